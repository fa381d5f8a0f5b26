import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

// A real SMTP server (the `smtp-server` package) on a loopback port, parsing what it receives
// with `mailparser`. It can be stopped and started again on the same port to simulate an
// outage, and can answer with a temporary (4xx) or permanent (5xx) failure.

export interface ReceivedMail {
  parsed: ParsedMail;
  raw: string;
  /** The SMTP envelope recipients (RCPT TO). */
  to: string[];
  receivedAt: number;
}

export interface TestSmtpServer {
  readonly url: string;
  readonly port: number;
  readonly received: ReceivedMail[];
  /** Resolves when at least `count` messages arrived (rejects after timeoutMs). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Refuses connections (listening socket closed, live connections dropped). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Answers DATA with this SMTP code (e.g. 451, 550) until cleared with null. */
  failWith(code: number | null): void;
  /** Holds each message this long before accepting it (a slow server). */
  setDelay(ms: number): void;
  readonly listening: boolean;
  onMessage?: (mail: ReceivedMail) => void;
}

export async function startTestSmtpServer(t?: { teardown(fn: () => unknown): void }, opts: { port?: number; parse?: boolean } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let failCode: number | null = null;
  let delayMs = 0;
  let server: SMTPServer | null = null;
  let port = opts.port ?? 0;
  const parse = opts.parse ?? true;

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // No reverse DNS per connection (it costs ~100 ms on a machine without a resolver).
      disableReverseLookup: true,
      // A stopped server must drop pooled client connections promptly (an outage, not a drain).
      closeTimeout: 50,
      size: 10 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
          if (failCode !== null) {
            const err = new Error(failCode >= 500 ? 'Mailbox unavailable (test)' : 'Try again later (test)') as Error & { responseCode: number };
            err.responseCode = failCode;
            callback(err);
            return;
          }
          const raw = Buffer.concat(chunks);
          const receivedAt = performance.now();
          const to = session.envelope.rcptTo.map((r) => r.address);
          const record = (parsed: ParsedMail) => {
            const mail = { parsed, raw: raw.toString('utf8'), to, receivedAt };
            received.push(mail);
            api.onMessage?.(mail);
            for (const w of waiters) w();
          };
          if (parse) {
            simpleParser(raw)
              .then((parsed) => {
                record(parsed);
                callback();
              })
              .catch((err: Error) => callback(err));
          } else {
            record({} as ParsedMail);
            callback();
          }
        });
      },
    });

  const listen = async () => {
    server = create();
    server.on('error', () => {});
    await new Promise<void>((resolve, reject) => {
      server!.server.once('error', reject);
      server!.listen(port, '127.0.0.1', () => resolve());
    });
    port = (server.server.address() as { port: number }).port;
  };

  const api: TestSmtpServer = {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    received,
    get listening() {
      return server !== null;
    },
    waitFor(count, timeoutMs = 15_000) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`SMTP: expected ${count} messages, got ${received.length} after ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (received.length >= count) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(received);
          }
        };
        waiters.add(check);
      });
    },
    async stop() {
      const s = server;
      if (!s) return;
      server = null;
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async start() {
      if (server) return;
      await listen();
    },
    failWith(code) {
      failCode = code;
    },
    setDelay(ms) {
      delayMs = ms;
    },
  };
  await listen();
  t?.teardown(() => api.stop());
  return api;
}
