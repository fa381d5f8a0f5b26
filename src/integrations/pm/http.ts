// Outbound HTTP for providers: always through the injected fetch (tests route it to fakes),
// with a timeout, a bounded response size, and errors that never carry credentials.

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

export interface FetchJsonOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
  /** Statuses that return null instead of throwing (e.g. 404 for "gone"). */
  allow?: number[];
}

export async function fetchJson<T>(fetchImpl: typeof fetch, url: string, options: FetchJsonOptions = {}): Promise<T | null> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetchImpl(url, { method: options.method ?? 'GET', headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 20_000) });
  } catch (err) {
    throw new ProviderError(`request to ${safeOrigin(url)} failed: ${(err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message}`);
  }
  if (options.allow?.includes(res.status)) {
    await res.body?.cancel();
    return null;
  }
  const text = await readBounded(res);
  if (!res.ok) {
    const hint = res.status === 401 || res.status === 403 ? 'the credentials were refused' : text.slice(0, 200);
    throw new ProviderError(`${safeOrigin(url)} answered ${res.status}: ${hint}`, res.status);
  }
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ProviderError(`${safeOrigin(url)} returned invalid JSON`, res.status);
  }
}

export async function readBounded(res: Response, max = MAX_RESPONSE_BYTES): Promise<string> {
  const buf = await readBoundedBytes(res, max);
  return buf.toString('utf8');
}

export async function readBoundedBytes(res: Response, max = MAX_RESPONSE_BYTES): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > max) {
    await res.body?.cancel();
    throw new ProviderError(`response too large (${declared} bytes)`);
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > max) throw new ProviderError(`response too large (over ${max} bytes)`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** Origin only: paths and query strings may carry tokens and must not reach logs or errors. */
export function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'provider';
  }
}
