import t, { type Test } from 'tap';
import { startGraphqlApp } from '../graphql/harness.js';
import { gqlSocket } from '../helpers/ws-client.js';
import { watchSubscriptions } from '../helpers/subscriptions.js';

// H1 + L3: subscriptions pass the same alias/cost/depth rules as HTTP before they start, a
// socket holds at most 10 of them, connection_init is due within WEBSOCKET_INIT_TIMEOUT, and
// GraphQL sockets count against MAX_WEBSOCKET_CONNECTIONS.

const h = await startGraphqlApp(t, { WEBSOCKET_INIT_TIMEOUT: 600, MAX_WEBSOCKET_CONNECTIONS: 4 });
const subs = watchSubscriptions(h.app);
const wsUrl = `${h.base.replace('http', 'ws')}/graphql`;
const b = await h.business({ plan: 'FREE' });

async function ready(t: Test) {
  const c = gqlSocket(wsUrl, { authorization: `Bearer ${b.token}` });
  t.teardown(() => c.ws.terminate());
  await c.opened;
  t.ok(await c.next((m) => m.type === 'connection_ack'), 'acknowledged');
  return c;
}

t.test('an aliased subscription over the alias limit is refused before it starts', async (t) => {
  const c = await ready(t);
  const fields = Array.from({ length: 60 }, (_, i) => `a${i}: conversation { id }`).join(' ');
  c.subscribe('1', `subscription { conversationUpdated { ${fields} } }`);
  const m = await c.next((x) => x.id === '1');
  t.equal(m?.type, 'error');
  t.equal(m?.payload?.[0]?.extensions?.code, 'QUERY_TOO_COSTLY');
  c.ws.terminate();
});

t.test('cost is computed with the actual variables', async (t) => {
  const c = await ready(t);
  const q = 'subscription($n: Int) { conversationUpdated { conversation { leads { conversation { messages(first: $n) { id role content createdAt again: content more: id } } } } } }';
  c.subscribe('2', q, { n: 500 });
  const m = await c.next((x) => x.id === '2');
  t.equal(m?.type, 'error');
  t.equal(m?.payload?.[0]?.extensions?.code, 'QUERY_TOO_COSTLY');
  // The same document with a small page is a normal subscription that receives events.
  const attached = subs.attached();
  c.subscribe('3', q, { n: 5 });
  await attached;
  h.app.deps.events.publish({ type: 'conversation.updated', businessId: b.businessId, conversationId: '11111111-1111-4111-8111-111111111111', channel: 'CHAT', status: 'ACTIVE' });
  const ok = await c.next((x) => x.id === '3');
  t.equal(ok?.type, 'next', 'an event arrives');
  c.ws.terminate();
});

t.test('at most 10 subscriptions per socket; stopping one frees a place', async (t) => {
  const c = await ready(t);
  const ten = subs.attached(10);
  for (let i = 0; i < 10; i++) c.subscribe(`s${i}`, 'subscription { leadCaptured { leadId } }');
  await ten;
  t.equal(c.messages.filter((m) => m.type === 'error').length, 0, 'ten are accepted');
  c.subscribe('s10', 'subscription { leadCaptured { leadId } }');
  const m = await c.next((x) => x.id === 's10');
  t.equal(m?.type, 'error');
  t.equal(m?.payload?.[0]?.extensions?.code, 'RATE_LIMITED');
  const stopped = subs.detached();
  c.ws.send(JSON.stringify({ id: 's0', type: 'complete' }));
  await stopped;
  const eleventh = subs.attached();
  c.subscribe('s11', 'subscription { leadCaptured { leadId } }');
  await eleventh;
  t.notOk(c.messages.some((x) => x.id === 's11' && x.type === 'error'), 'a new one fits after a stop');
  c.ws.terminate();
});

t.test('a socket that never sends connection_init is closed with 4408', async (t) => {
  const c = gqlSocket(wsUrl, { init: false });
  t.teardown(() => c.ws.terminate());
  await c.opened;
  const started = Date.now();
  const code = await Promise.race([c.closed, new Promise<number>((r) => setTimeout(() => r(-1), 5000))]);
  t.equal(code, 4408);
  t.ok(Date.now() - started < 3000, 'closed after the init timeout');
});

t.test('GraphQL sockets count against MAX_WEBSOCKET_CONNECTIONS', async (t) => {
  const open = [];
  for (let i = 0; i < 4; i++) {
    const c = gqlSocket(wsUrl, { authorization: `Bearer ${b.token}` });
    t.teardown(() => c.ws.terminate());
    await c.opened;
    open.push(c);
  }
  const extra = gqlSocket(wsUrl, { authorization: `Bearer ${b.token}` });
  t.teardown(() => extra.ws.terminate());
  await t.rejects(extra.opened, /HTTP 503/, 'the fifth socket is refused');
  for (const c of open) c.ws.terminate();
});
