import { GraphQLError, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import { AppError, isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { isBadInputDatabaseError, isDatabaseUnavailable } from '../db/errors.js';

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
  'UNSUPPORTED_MEDIA_TYPE',
]);

/** An AppError as a GraphQLError (for places that must throw GraphQL errors directly). */
export function toGraphQLError(err: AppError): GraphQLError {
  return new GraphQLError(err.message, { extensions: { code: err.code, ...(err.details ?? {}) } });
}

/** The 4xx status of a Fastify/Mercurius request error, if it is one. */
function transportStatus(original: unknown): number | null {
  const status = (original as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

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
  if (isBadInputDatabaseError(original)) return { code: 'BAD_USER_INPUT', message: 'A value in the request is not valid (out of range or contains characters that are not allowed)' };
  // The transport refused the request itself (body not JSON, wrong content type, no query):
  // Fastify and Mercurius errors carry a 4xx statusCode and describe the client's request.
  const transport = transportStatus(original);
  if (transport) return { code: transport === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : transport === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT', message: original.message || 'Bad request' };
  // Mercurius wraps its own limits (queryDepth) as errors with an internal code.
  if (original.code === 'MER_ERR_GQL_QUERY_DEPTH') return { code: 'QUERY_TOO_DEEP', message: original.message };
  // graphql-js wraps variable coercion failures ("Expected type X to be an object") in a
  // GraphQLError without a code: they describe the client's input.
  if (original instanceof GraphQLError && !nestedCode) return { code: 'BAD_USER_INPUT', message: original.message };
  return { code: 'INTERNAL', message: 'Internal server error' };
}

export interface FormatOptions {
  /** Production: no "Did you mean ...?" hints, which map the schema for someone without introspection. */
  hideSuggestions?: boolean;
}

/** graphql-js appends field/type/argument suggestions to validation messages. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?\s*$/, '');
}

/** Formats one error for the wire: message, locations, path, extensions.code; nothing else. */
export function formatError(err: GraphQLError, log?: Logger, options: FormatOptions = {}): GraphQLError {
  const coded = codeOf(err);
  const { code, extra } = coded;
  const message = options.hideSuggestions ? withoutSuggestions(coded.message) : coded.message;
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
  options: FormatOptions = {},
): { statusCode: number; response: FormattedExecutionResult } {
  const errors = execution.errors.flatMap((e) => {
    // Mercurius bundles validation errors into one error whose originalError lists them.
    const inner = (e.originalError as { errors?: GraphQLError[] } | undefined)?.errors;
    return Array.isArray(inner) && inner.length > 0 ? inner.map((x) => (x instanceof GraphQLError ? x : new GraphQLError(String((x as Error).message ?? x)))) : [e];
  });
  const formatted = errors.map((e) => formatError(e, log, options));
  const queryOnly = execution.data === undefined && formatted.every((e) => String(e.extensions.code).startsWith('GRAPHQL_') || e.extensions.code === 'QUERY_TOO_DEEP' || e.extensions.code === 'QUERY_TOO_COSTLY');
  // A request refused before execution (malformed body, wrong content type) keeps its 4xx.
  const refused = execution.data === undefined ? errors.map((e) => transportStatus(e.originalError)).find((x) => x !== null) : undefined;
  return {
    statusCode: refused ?? (queryOnly ? 400 : 200),
    response: { data: execution.data ?? null, errors: formatted.map((e) => e.toJSON()) },
  };
}
