// What the logs may hold. Errors from the database drivers carry the statement and its bound
// parameters (a password hash, an e-mail, a visitor's message); URLs carry bearer-like values
// (chat session ids in the path, tokens in query strings). These serializers keep what helps an
// operator (error class, message, SQLSTATE, stack, route shape) and drop the rest.

/** Query-string values are never logged: `?token=abc&x=1` -> `?token=[redacted]&x=[redacted]`. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const [path, query] = splitOnce(url, '?');
  // Path segments that are bearer-like: chat session ids, and long opaque tokens anywhere.
  const safePath = path
    .replace(/^(\/api\/chat\/)[^/?#]+/, '$1[session]')
    .split('/')
    .map((seg) => (/^[A-Za-z0-9_-]{32,}$/.test(seg) && !/^[0-9a-f-]{36}$/i.test(seg) ? '[redacted]' : seg))
    .join('/');
  if (query === undefined) return safePath;
  const redactedQuery = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${splitOnce(pair, '=')[0]}=[redacted]`)
    .join('&');
  return `${safePath}?${redactedQuery}`;
}

function splitOnce(value: string, sep: string): [string, string | undefined] {
  const i = value.indexOf(sep);
  return i < 0 ? [value, undefined] : [value.slice(0, i), value.slice(i + 1)];
}

interface LoggedError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: LoggedError;
}

/** An error for the log: class, message, code and stack; never `params`, `query`, `detail` or other driver fields. */
export function safeError(err: unknown, depth = 0): LoggedError | unknown {
  if (!(err instanceof Error)) return err;
  const code = (err as { code?: unknown }).code;
  // PostgreSQL quotes the offending value in some messages ('invalid input syntax for type
  // uuid: "…"'): any bound parameter that appears in the message is cut out of it.
  const params = (err as { params?: unknown; parameters?: unknown }).params ?? (err as { parameters?: unknown }).parameters;
  const values = Array.isArray(params)
    ? params.map((p) => (typeof p === 'string' ? p : typeof p === 'number' || typeof p === 'bigint' ? String(p) : '')).filter((v) => v.length >= 3)
    : [];
  // node-postgres errors carry no parameters, but PostgreSQL still quotes the value in the
  // message: for a database error (a SQLSTATE code and a severity), quoted values are cut too.
  const fromDatabase = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof (err as { severity?: unknown }).severity === 'string';
  const scrub = (text: string) => {
    const cut = values.reduce((acc, v) => acc.split(v).join('[param]'), text);
    return fromDatabase ? cut.replace(/"(?:[^"\\]|\\.)*"/g, '"[value]"') : cut;
  };
  const message = scrub(err.message);
  const out: LoggedError = { type: err.name || err.constructor?.name || 'Error', message };
  if (typeof code === 'string' || typeof code === 'number') out.code = String(code);
  if (err.stack) out.stack = scrub(err.stack);
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof Error && depth < 3) out.cause = safeError(cause, depth + 1) as LoggedError;
  return out;
}

interface RawRequestLike {
  method?: string;
  url?: string;
  hostname?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's request serializer, with the URL redacted. */
export function safeRequest(req: RawRequestLike): Record<string, unknown> {
  return { method: req.method, url: redactUrl(req.url), host: req.host ?? req.hostname, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
}

export const logSerializers = { err: safeError, error: safeError, req: safeRequest };
