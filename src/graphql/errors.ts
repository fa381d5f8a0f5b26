import { GraphQLError, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import { isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { isDatabaseUnavailable } from '../db/errors.js';

// GraphQL errors carry a machine-readable `extensions.code` (DESIGN.md). Domain code throws
// AppError; everything unexpected becomes INTERNAL with a generic message. Stack traces,
// SQL and driver messages never reach a client.

const CLIENT_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PLAN_UPGRADE_REQUIRED',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'TWILIO_NOT_CONFIGURED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
]);

function codeOf(err: GraphQLError): { code: string; message: string; extra?: Record<string, unknown> } {
  const original = err.originalError as (Error & { code?: string; extensions?: Record<string, unknown> }) | undefined;
  if (isAppError(original)) return { code: original.code, message: original.message, extra: original.details };
  // A nested GraphQLError (e.g. thrown by a plugin) with its own code.
  const nestedCode = (original as GraphQLError | undefined)?.extensions?.code ?? err.extensions?.code;
  if (typeof nestedCode === 'string' && CLIENT_CODES.has(nestedCode)) {
    return { code: nestedCode, message: original?.message ?? err.message };
  }
  if (!original) {
    // Errors raised by parsing/validation (no original error): safe to show, they describe the query.
    return { code: /^Syntax Error/.test(err.message) ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED', message: err.message };
  }
  if (isDatabaseUnavailable(original)) return { code: 'SERVICE_UNAVAILABLE', message: 'Service temporarily unavailable; retry shortly' };
  // Mercurius wraps its own limits (queryDepth) as errors with an internal code.
  if (original.code === 'MER_ERR_GQL_QUERY_DEPTH') return { code: 'QUERY_TOO_DEEP', message: original.message };
  // graphql-js wraps variable coercion failures ("Expected type X to be an object") in a
  // GraphQLError without a code: they describe the client's input.
  if (original instanceof GraphQLError && !nestedCode) return { code: 'BAD_USER_INPUT', message: original.message };
  return { code: 'INTERNAL', message: 'Internal server error' };
}

/** Formats one error for the wire: message, locations, path, extensions.code; nothing else. */
export function formatError(err: GraphQLError, log?: Logger): GraphQLError {
  const { code, message, extra } = codeOf(err);
  if (code === 'INTERNAL' && log) log.error({ err: err.originalError ?? err, path: err.path }, 'graphql resolver failed');
  const extensions: Record<string, unknown> = { code };
  if (extra) {
    for (const [k, v] of Object.entries(extra)) if (k !== 'stack') extensions[k] = v;
  }
  return new GraphQLError(message, { nodes: err.nodes, source: err.source, positions: err.positions, path: err.path, extensions });
}

/**
 * Mercurius errorFormatter: every error gets a code; requests whose errors are all about the
 * query itself (validation, depth, cost) answer 400, everything else 200 with partial data.
 */
export function formatExecution(
  execution: ExecutionResult & { errors: readonly GraphQLError[] },
  log?: Logger,
): { statusCode: number; response: FormattedExecutionResult } {
  const errors = execution.errors.flatMap((e) => {
    // Mercurius bundles validation errors into one error whose originalError lists them.
    const inner = (e.originalError as { errors?: GraphQLError[] } | undefined)?.errors;
    return Array.isArray(inner) && inner.length > 0 ? inner.map((x) => (x instanceof GraphQLError ? x : new GraphQLError(String((x as Error).message ?? x)))) : [e];
  });
  const formatted = errors.map((e) => formatError(e, log));
  const queryOnly = execution.data === undefined && formatted.every((e) => String(e.extensions.code).startsWith('GRAPHQL_') || e.extensions.code === 'QUERY_TOO_DEEP' || e.extensions.code === 'QUERY_TOO_COSTLY');
  return {
    statusCode: queryOnly ? 400 : 200,
    response: { data: execution.data ?? null, errors: formatted.map((e) => e.toJSON()) },
  };
}
