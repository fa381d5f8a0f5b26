import t from 'tap';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { generateSubscriptionOp } from '../../genql/index.js';
import { buildTestApp } from '../helpers/app.js';
import { hasRedisServer, startRedis } from '../helpers/redis-server.js';
import { startGraphqlApp } from './harness.js';
import { skipLocally } from '../helpers/common.js';
import { watchSubscriptions } from '../helpers/subscriptions.js';

// Batching (N+1), subscriptions (one instance and across instances through Redis), and the
// compile-time safety of the generated client.

const h = await startGraphqlApp(t);
const { db } = h;
const subs = watchSubscriptions(h.app);

async function seedLeads(businessId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const client = await db.insertInto('clients').values({ business_id: businessId, name: `Client ${i}` }).returning('id').executeTakeFirstOrThrow();
    await db
      .insertInto('projects')
      .values([0, 1].map((j) => ({ business_id: businessId, client_id: client.id, provider: 'MANUAL' as const, external_id: `p-${i}-${j}`, name: `Project ${i}.${j}` })))
      .execute();
    const conv = await db.insertInto('conversations').values({ business_id: businessId, channel: 'CHAT', started_at: new Date(), summary: `Chat ${i}` }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('messages').values({ business_id: businessId, conversation_id: conv.id, role: 'user', content: `Hello ${i}` }).execute();
    await db.insertInto('leads').values({ business_id: businessId, channel: 'CHAT', name: `Lead ${i}`, client_id: client.id, conversation_id: conv.id }).execute();
  }
}

t.test('a page of 50 leads with conversations, clients and projects costs a small constant number of queries', async (t) => {
  const small = await h.business({ plan: 'PRO' });
  const large = await h.business({ plan: 'PRO' });
  await seedLeads(small.businessId, 3);
  await seedLeads(large.businessId, 50);
  const run = async (gql: typeof small.gql) => {
    const before = h.counter.count;
    const r = await gql.query({
      leads: {
        __args: { first: 50 },
        nodes: {
          id: true,
          name: true,
          conversation: { id: true, summary: true, messages: { content: true } },
          client: { name: true, projects: { name: true, client: { name: true } } },
        },
      },
    });
    return { r, queries: h.counter.count - before };
  };
  // Background tasks (knowledge ingestion, outbox) share the database: take the least of three
  // runs so that a poll landing inside the window is not counted against the request.
  const best = async (gql: typeof small.gql) => {
    const runs = [await run(gql), await run(gql), await run(gql)];
    return runs.reduce((x, y) => (y.queries < x.queries ? y : x));
  };
  const a = await best(small.gql);
  const b = await best(large.gql);
  t.equal(b.r.leads.nodes.length, 50);
  t.ok(b.r.leads.nodes.every((l) => l.conversation?.messages.length === 1 && l.client?.projects.length === 2), 'every edge resolved');
  t.equal(b.r.leads.nodes[0]?.client?.projects[0]?.client?.name, b.r.leads.nodes[0]?.client?.name);
  t.ok(b.queries <= 8, `50 leads took ${b.queries} queries`);
  t.equal(b.queries, a.queries, 'the count does not grow with the page');
});

function connect(url: string, authorization?: string) {
  const ws = new WebSocket(url, 'graphql-transport-ws');
  const messages: Array<{ type: string; id?: string; payload?: any }> = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (raw) => {
    messages.push(JSON.parse(raw.toString()));
    waiters.splice(0).forEach((w) => w());
  });
  ws.on('close', () => waiters.splice(0).forEach((w) => w()));
  const next = async (pred: (m: { type: string; payload?: any }) => boolean, ms = 5000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const i = messages.findIndex(pred);
      if (i >= 0) return messages.splice(i, 1)[0]!;
      if (Date.now() > deadline || ws.readyState === WebSocket.CLOSED) return undefined;
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 50);
      });
    }
  };
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => {
      ws.send(JSON.stringify({ type: 'connection_init', payload: authorization ? { authorization } : {} }));
      resolve();
    });
    ws.once('error', reject);
  });
  return { ws, next, opened, messages };
}

const leadSubscription = generateSubscriptionOp({ leadCaptured: { leadId: true, lead: { name: true } } });

t.test('a subscription receives leads captured in its own business only', async (t) => {
  const mine = await h.business({ plan: 'PRO' });
  const other = await h.business({ plan: 'PRO' });
  const myLead = await db.insertInto('leads').values({ business_id: mine.businessId, channel: 'CHAT', name: 'Mine' }).returning('id').executeTakeFirstOrThrow();
  const otherLead = await db.insertInto('leads').values({ business_id: other.businessId, channel: 'CHAT', name: 'Not mine' }).returning('id').executeTakeFirstOrThrow();
  const c = connect(`${h.base.replace('http', 'ws')}/graphql`, `Bearer ${mine.token}`);
  t.teardown(() => c.ws.close());
  await c.opened;
  t.ok(await c.next((m) => m.type === 'connection_ack'), 'connection acknowledged');
  const leadsAttached = subs.attached();
  c.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: leadSubscription }));
  await leadsAttached;
  h.app.deps.events.publish({ type: 'lead.created', businessId: other.businessId, leadId: otherLead.id });
  h.app.deps.events.publish({ type: 'lead.created', businessId: mine.businessId, leadId: myLead.id });
  const got = await c.next((m) => m.type === 'next');
  t.same(got?.payload, { data: { leadCaptured: { leadId: myLead.id, lead: { name: 'Mine' } } } });
  await new Promise((r) => setTimeout(r, 200));
  t.equal(c.messages.filter((m) => m.type === 'next').length, 0, "the other business's lead never arrived");

  const conv = connect(`${h.base.replace('http', 'ws')}/graphql`, `Bearer ${mine.token}`);
  t.teardown(() => conv.ws.close());
  await conv.opened;
  await conv.next((m) => m.type === 'connection_ack');
  const convAttached = subs.attached();
  conv.ws.send(JSON.stringify({ id: '2', type: 'subscribe', payload: generateSubscriptionOp({ conversationUpdated: { conversationId: true, channel: true, status: true } }) }));
  await convAttached;
  const convId = '11111111-1111-4111-8111-111111111111';
  h.app.deps.events.publish({ type: 'conversation.updated', businessId: other.businessId, conversationId: convId, channel: 'CALL', status: 'ACTIVE' });
  h.app.deps.events.publish({ type: 'conversation.updated', businessId: mine.businessId, conversationId: convId, channel: 'CALL', status: 'ENDED' });
  const cu = await conv.next((m) => m.type === 'next');
  t.same(cu?.payload, { data: { conversationUpdated: { conversationId: convId, channel: 'CALL', status: 'ENDED' } } });
});

t.test('subscriptions need a valid token on connection_init', async (t) => {
  for (const auth of [undefined, 'Bearer not-a-token']) {
    const c = connect(`${h.base.replace('http', 'ws')}/graphql`, auth);
    t.teardown(() => c.ws.close());
    await c.opened;
    const m = await c.next((x) => x.type === 'connection_ack' || x.type === 'connection_error', 2000);
    t.not(m?.type, 'connection_ack', `refused with ${auth ?? 'no token'}`);
    c.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: leadSubscription }));
    await new Promise((r) => setTimeout(r, 300));
    t.equal(c.messages.filter((x) => x.type === 'next').length, 0);
  }
});

t.test('subscription documents are depth-limited too', async (t) => {
  const b = await h.business({ plan: 'PRO' });
  const c = connect(`${h.base.replace('http', 'ws')}/graphql`, `Bearer ${b.token}`);
  t.teardown(() => c.ws.close());
  await c.opened;
  t.ok(await c.next((m) => m.type === 'connection_ack'));
  const deep = 'subscription { leadCaptured { lead { client { projects { client { projects { client { projects { client { projects { id } } } } } } } } } } }';
  c.ws.send(JSON.stringify({ id: '9', type: 'subscribe', payload: { query: deep } }));
  const m = await c.next((x) => x.type === 'error' || x.type === 'next' || x.type === 'complete');
  t.equal(m?.type, 'error', 'depth 11 is refused');
  // The same shape two levels shallower is a valid, accepted subscription.
  const ok = 'subscription { leadCaptured { lead { client { projects { client { projects { client { projects { id } } } } } } } } }';
  const okAttached = subs.attached();
  c.ws.send(JSON.stringify({ id: '10', type: 'subscribe', payload: { query: ok } }));
  await okAttached;
  t.equal(c.messages.filter((x) => x.id === '10' && x.type === 'error').length, 0, 'depth 9 is accepted');
});

t.test('with REDIS_URL a lead captured on one instance reaches subscribers on another', { skip: skipLocally(!hasRedisServer() && 'redis-server is not installed (CI installs it)') }, async (t) => {
  const redis = await startRedis(t);
  const config = { REDIS_URL: redis.url, MAX_EVENT_LOOP_DELAY: 0 };
  const one = await buildTestApp(t, { database: h.app.deps.database, config });
  const two = await buildTestApp(t, { database: h.app.deps.database, config });
  await two.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (two.app.server.address() as { port: number }).port;
  const b = await h.business({ plan: 'PRO' });
  const lead = await db.insertInto('leads').values({ business_id: b.businessId, channel: 'CALL', name: 'Across' }).returning('id').executeTakeFirstOrThrow();
  const c = connect(`ws://127.0.0.1:${port}/graphql`, `Bearer ${b.token}`);
  t.teardown(() => c.ws.close());
  await c.opened;
  t.ok(await c.next((m) => m.type === 'connection_ack'));
  const attached = watchSubscriptions(two.app).attached();
  c.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: leadSubscription }));
  await attached;
  one.app.deps.events.publish({ type: 'lead.created', businessId: b.businessId, leadId: lead.id });
  const got = await c.next((m) => m.type === 'next');
  t.same(got?.payload, { data: { leadCaptured: { leadId: lead.id, lead: { name: 'Across' } } } });
});

t.test('misusing the generated client fails tsc; the correct use compiles', async (t) => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsc = (file: string) =>
    spawnSync(process.execPath, [
      `${root}node_modules/typescript/bin/tsc`,
      '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2023,dom',
      file,
    ], { cwd: root, encoding: 'utf8' });
  const bad = tsc('test/fixtures/compile-fail/genql-misuse.ts');
  t.not(bad.status, 0, 'tsc rejects the misuse');
  t.match(bad.stdout, /genql-misuse\.ts\(9,\d+\): error TS2322/, 'a LeadStatus is not a number');
  t.match(bad.stdout, /genql-misuse\.ts\(11,\d+\): error TS2322.*ARCHIVED/, 'an unknown enum value');
  t.match(bad.stdout, /genql-misuse\.ts\(13,\d+\): error TS2322/, 'a wrong argument type');
  const good = tsc('test/fixtures/compile-ok/genql-use.ts');
  t.equal(good.status, 0, good.stdout);
});
