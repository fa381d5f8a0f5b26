import t from 'tap';
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { signAck } from '../../src/notify/emergency-call.js';
import { waitUntil, webhookOnlyDeliverer, webhookRow } from './helpers.js';
import { startServerProcess } from '../helpers/server-process.js';

// Security review findings in the notification edge: receivers that never stop answering,
// and acknowledgement tokens in request logs.

t.test('a webhook receiver answering 500 with an endless body fails fast with its status', async (t) => {
  const server = createServer((_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const pump = () => {
      while (res.write(chunk));
      res.once('drain', pump);
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  t.teardown(() => {
    server.closeAllConnections();
    server.close();
  });
  const port = (server.address() as { port: number }).port;
  const deliver = webhookOnlyDeliverer(port);
  const row = webhookRow('evt_1');
  const started = Date.now();
  const outcome = await deliver(row);
  t.equal(outcome.kind, 'failed');
  // Issue 15 (L4): the status only, none of the receiver's answer (it was a probing oracle).
  t.match(outcome.kind === 'failed' ? outcome.error : '', /^HTTP 500$/, 'the status is reported');
  t.ok(outcome.kind === 'failed' && outcome.error.length < 1100, 'the error text is bounded');
  t.ok(Date.now() - started < 5000, `done in ${Date.now() - started} ms, not at the 10 s delivery timeout`);
});

t.test('acknowledgement and PM webhook tokens never reach the request logs', async (t) => {
  const secret = 'hardening-jwt-secret-long-enough-000000';
  const server = await startServerProcess(t, { LOG_LEVEL: 'info', JWT_SECRET: secret, SEED_DEMO: 'false' });
  const n = randomUUID();
  const token = signAck(secret, n);
  const ack = await fetch(`${server.url}/api/notify/emergency/ack?n=${n}&t=${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'Digits=1',
  });
  t.equal(ack.status, 403, 'no such alert');
  const pmSecret = 'pm-url-secret-0123456789abcdef';
  const pm = await fetch(`${server.url}/api/webhooks/pm/jira?token=${randomUUID()}.${pmSecret}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  t.equal(pm.status, 401);
  // The child's log lines arrive through a pipe, a moment after the answers. A last request
  // marks the end: once its line is there, whatever the two requests above logged is too.
  const marker = `/log-marker/${randomUUID()}`; // a UUID segment is logged as it is
  await fetch(`${server.url}${marker}`);
  const logs = await waitUntil('the marker request in the log', async () => server.output().includes(marker) && server.output(), 30_000);
  t.match(logs, '/api/notify/emergency/ack', 'the acknowledgement request is logged');
  t.notOk(logs.includes(token), 'without its token');
  t.notOk(logs.includes(pmSecret), 'nor the PM webhook URL secret');
});
