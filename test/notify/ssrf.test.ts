import t from 'tap';
import { createServer } from 'node:http';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { isPrivateAddress, PermanentDeliveryError, postWebhook } from '../../src/notify/webhook-target.js';
import { webhookOnlyDeliverer, webhookRow } from './helpers.js';

// L4: IPv6 transition forms of private addresses are refused; the address is checked when the
// socket connects (DNS rebinding); lastError carries the status, never the target's answer.

const received: string[] = [];
const receiver = createServer((req, res) => {
  received.push(req.url ?? '');
  res.writeHead(500, { 'content-type': 'text/plain' });
  res.end('internal admin panel: db password hunter2');
});
await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
t.teardown(() => receiver.close());
const port = (receiver.address() as { port: number }).port;

t.test('IPv6 transition forms of loopback/private addresses are private', async (t) => {
  for (const a of ['::7f00:1', '::ffff:0:7f00:1', '2002:7f00:1::', '::ffff:7f00:1', '::ffff:127.0.0.1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '64:ff9b:1::a00:1']) {
    t.ok(isPrivateAddress(a), `${a} is refused`);
  }
  t.notOk(isPrivateAddress('2606:4700:4700::1111'), 'a public IPv6 address is fine');
  t.notOk(isPrivateAddress('1.1.1.1'));
});

t.test('registration refuses them', async (t) => {
  const { app } = await buildTestApp(t);
  const b = await createTestBusiness(app, { plan: 'PRO' });
  for (const url of ['https://[::7f00:1]/hook', 'https://[::ffff:0:7f00:1]/hook', 'https://[2002:7f00:1::]/hook', 'https://[::ffff:127.0.0.1]/hook']) {
    await t.rejects(app.services.notify.webhooks.create(b.businessId, 'PRO', { url, events: ['lead.created'] }), { code: 'BAD_USER_INPUT' }, url);
  }
});

t.test('the check runs at connect time: a name that resolves to loopback never gets a request', async (t) => {
  await t.rejects(
    postWebhook(new URL(`http://localhost:${port}/rebound`), { headers: {}, body: '{}', timeoutMs: 2000, allowPrivate: false }),
    PermanentDeliveryError,
  );
  t.notOk(received.includes('/rebound'), 'nothing reached the private address');
});

t.test("lastError has the status only, never the target's answer", async (t) => {
  const deliver = webhookOnlyDeliverer(port);
  const outcome = await deliver(webhookRow('evt'));
  t.same(outcome, { kind: 'failed', error: 'HTTP 500', permanent: false });
});
