import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError, type ErrorCode } from '../errors.js';
import { isBadInputDatabaseError, isDatabaseUnavailable } from '../db/errors.js';

export function sendError(reply: FastifyReply, status: number, code: ErrorCode | string, message: string, extra?: Record<string, unknown>) {
  return reply.status(status).send({ error: { code, message, ...(extra ?? {}) } });
}

/** One error handler for every REST route: coded bodies, and nothing internal in a 5xx. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, request, reply) => {
    if (err instanceof AppError) {
      const retry = err.details?.retryAfterSec;
      if (err.code === 'RATE_LIMITED' && typeof retry === 'number') reply.header('retry-after', String(retry));
      return sendError(reply, err.status, err.code, err.message);
    }
    if (isDatabaseUnavailable(err)) {
      request.log.warn({ err: (err as Error).message }, 'database unavailable');
      reply.header('retry-after', '5');
      return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'Service temporarily unavailable; retry shortly');
    }
    if (isBadInputDatabaseError(err)) return sendError(reply, 400, 'BAD_USER_INPUT', 'A value in the request is not valid (out of range or contains characters that are not allowed)');
    if ((err as { code?: unknown }).code === 'SESSION_STORE_FULL') {
      reply.header('retry-after', '30');
      return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'Too busy to start a new chat right now; retry shortly');
    }
    const fe = err as FastifyError;
    if (fe.validation) return sendError(reply, 400, 'BAD_USER_INPUT', fe.message);
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, 'PAYLOAD_TOO_LARGE', 'Request body is too large');
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendError(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported content type');
    // (A body parser's SyntaxError is marked 400; one thrown inside a handler is our bug, not the client's body.)
    if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe instanceof SyntaxError && fe.statusCode === 400)) {
      return sendError(reply, 400, 'BAD_USER_INPUT', 'Request body is not valid JSON');
    }
    const status = typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 600 ? fe.statusCode : 500;
    if (status === 429) return sendError(reply, 429, 'RATE_LIMITED', 'Too many requests; slow down');
    if (status < 500) return sendError(reply, status, 'BAD_REQUEST', fe.message);
    request.log.error({ err }, 'request failed');
    if (status === 503) return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'Service temporarily unavailable');
    return sendError(reply, 500, 'INTERNAL', 'Internal server error');
  });

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'NOT_FOUND', `Route ${request.method} ${request.url.split('?')[0]} not found`),
  );
}
