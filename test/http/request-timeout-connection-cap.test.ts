import t from 'tap';
import { Socket } from 'node:net';
import { buildTestApp } from '../helpers/app.js';

// L14: a body trickled byte by byte (never idle, so the idle timeout never fires) is cut off
// at REQUEST_TIMEOUT, not up to 30 s later; and MAX_CONNECTIONS caps open sockets.

const { app } = await buildTestApp(t, { config: { REQUEST_TIMEOUT: 1000, MAX_CONNECTIONS: 3 } });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = new Socket();
    s.connect(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
}

t.test('a trickled body is cut off at the request timeout', async (t) => {
  const socket = await open();
  t.teardown(() => socket.destroy());
  const started = Date.now();
  let response = '';
  socket.write('POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n');
  const trickle = setInterval(() => socket.writable && socket.write('x'), 150);
  t.teardown(() => clearInterval(trickle));
  socket.on('data', (d) => (response += d));
  const closedAfter = await new Promise<number>((resolve) => {
    socket.on('close', () => resolve(Date.now() - started));
    setTimeout(() => resolve(-1), 10_000).unref();
  });
  clearInterval(trickle);
  t.ok(closedAfter > 0, 'the connection was closed');
  t.ok(closedAfter >= 900 && closedAfter < 2600, `cut off after ${closedAfter} ms (REQUEST_TIMEOUT 1000)`);
  t.match(response, /^HTTP\/1\.1 408|^$/);
});

t.test('connections past MAX_CONNECTIONS are dropped at accept', async (t) => {
  const held = [await open(), await open(), await open()];
  t.teardown(() => held.forEach((s) => s.destroy()));
  await new Promise((r) => setTimeout(r, 100));
  const extra = await open();
  let answer = '';
  extra.on('data', (d) => (answer += d));
  const closed = await new Promise<boolean>((resolve) => {
    extra.on('close', () => resolve(true));
    extra.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    setTimeout(() => resolve(false), 900).unref();
  });
  extra.destroy();
  t.ok(closed, 'the fourth connection is closed');
  t.equal(answer, '', 'without being served');
  held.forEach((s) => s.destroy());
  await new Promise((r) => setTimeout(r, 200));
  const res = await fetch(`http://127.0.0.1:${port}/health`);
  t.equal(res.status, 200, 'served again once connections are freed');
});
