import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';

// The bit every vendor fake shares: a local HTTP server with a request log.

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeServer {
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export type Handler = (req: FakeRequest, res: ServerResponse) => void | Promise<void>;

export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://fake');
      const fr: FakeRequest = { method: req.method ?? 'GET', path: u.pathname, query: u.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(fr);
      Promise.resolve(handler(fr, res)).catch((err: Error) => {
        if (!res.headersSent) json(res, 500, { error: err.message });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * The kernel's ephemeral port range (listen(0) and outgoing connections draw from it), read
 * from Linux; elsewhere the IANA range.
 */
function ephemeralRange(): [number, number] {
  try {
    const [lo, hi] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (lo! > 0 && hi! >= lo!) return [lo!, hi!];
  } catch {
    // not Linux
  }
  return [49152, 65535];
}

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = createNetServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

/**
 * A loopback port that is free now, for a server that is started a moment later (a child
 * process, or an app whose config must name its port). It is drawn at random from OUTSIDE the
 * ephemeral range: a port from listen(0) is free only until the kernel hands it to the next
 * listen(0) of a parallel test file, while a port outside that range is only ever taken by
 * another explicit choice like this one.
 */
export async function freePort(): Promise<number> {
  const [lo, hi] = ephemeralRange();
  const below: [number, number] = [10_000, lo - 1];
  const above: [number, number] = [hi + 1, 65_535];
  const [from, to] = below[1] - below[0] >= above[1] - above[0] ? below : above;
  for (let i = 0; i < 50 && to > from; i++) {
    const port = from + Math.floor(Math.random() * (to - from + 1));
    if (await canListen(port)) return port;
  }
  const srv = createNetServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}
