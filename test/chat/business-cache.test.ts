import t from 'tap';
import { createBusinessCache } from '../../src/business/cache.js';
import { createEventBus } from '../../src/events.js';
import { buildTestApp, createTestBusiness, type TestBusiness } from '../helpers/app.js';

// Chat messages read their business's settings (profile, agent, lead questions) from a cache
// (src/business/cache.ts, BUSINESS_CACHE_TTL) instead of three reads per message. An owner's
// edit through this instance is seen by the very next message; one that did not pass through
// this instance (another instance, a direct write) within the TTL; tenants never mix.

const TTL = 60_000;
const ADMIN = 'platform-admin-token-for-business-cache-test-0001';
let clock = Date.now();
const now = () => clock;
const { app, database } = await buildTestApp(t, { config: { BUSINESS_CACHE_TTL: TTL, PLATFORM_ADMIN_TOKEN: ADMIN, CHAT_RATE_LIMIT_PER_MINUTE: 1000 }, overrides: { now } });
// A second instance over the same database (its own cache, its own event bus).
const { app: other } = await buildTestApp(t, { database, config: { BUSINESS_CACHE_TTL: TTL, PLATFORM_ADMIN_TOKEN: ADMIN }, overrides: { now } });
const { db } = app.deps;

const gql = async (instance: typeof app, token: string, query: string, variables: Record<string, unknown> = {}) => {
  const res = await instance.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${token}` }, payload: { query, variables } });
  const body = res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const setFaq = (instance: typeof app, biz: TestBusiness, answer: string) =>
  gql(instance, biz.token, 'mutation($faq: [FaqEntryInput!]) { updateAgentConfig(input: { faq: $faq }) { agentName } }', {
    faq: [{ question: 'How much is a call-out?', answer }],
  });
const start = async (businessId: string) => (await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId } })).json().sessionId as string;
const say = async (sessionId: string, text: string) => {
  const res = await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text } });
  if (res.statusCode !== 200) throw new Error(`message refused: ${res.statusCode} ${res.body}`);
  return res.json().reply as string;
};

t.test('an owner edit through this instance is seen by the next message of an open chat', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Cached Plumbing' });
  await setFaq(app, biz, 'A call-out is $91 on weekdays.');
  const sid = await start(biz.businessId);
  t.match(await say(sid, 'How much is a call-out?'), /\$91/);
  t.match(await say(sid, 'How much is a call-out?'), /\$91/, 'served from the cache');
  await setFaq(app, biz, 'A call-out is $97 on weekdays.');
  t.match(await say(sid, 'How much is a call-out?'), /\$97/, 'the next message has the edit (no waiting for the TTL)');

  await gql(app, biz.token, 'mutation { updateBusiness(input: { name: "Renamed Plumbing" }) { name } }');
  t.equal((await app.services.agent.loadContext(biz.businessId))!.business.name, 'Renamed Plumbing', 'a profile edit is seen at once too');
});

t.test('an edit that did not pass through this instance is seen within BUSINESS_CACHE_TTL', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Two Instances Co' });
  await setFaq(app, biz, 'A call-out is $50.');
  const sid = await start(biz.businessId);
  t.match(await say(sid, 'How much is a call-out?'), /\$50/);
  await setFaq(other, biz, 'A call-out is $60.');
  t.match(await say(sid, 'How much is a call-out?'), /\$50/, 'this instance did not hear of it yet (its cache is at most TTL old)');
  clock += TTL + 1;
  t.match(await say(sid, 'How much is a call-out?'), /\$60/, 'after the TTL the edit is read');

  // A direct write (no event at all) follows the same bound.
  await db.updateTable('businesses').set({ name: 'Direct Write Co' }).where('id', '=', biz.businessId).execute();
  t.equal((await app.services.agent.loadContext(biz.businessId))!.business.name, 'Two Instances Co');
  clock += TTL + 1;
  t.equal((await app.services.agent.loadContext(biz.businessId))!.business.name, 'Direct Write Co');
});

t.test('tenants never share an entry; an edit of one leaves the other cached as it was', async (t) => {
  const a = await createTestBusiness(app, { plan: 'PRO', name: 'Tenant A' });
  const b = await createTestBusiness(app, { plan: 'BASIC', name: 'Tenant B' });
  await setFaq(app, a, 'A call-out is $11.');
  await setFaq(app, b, 'A call-out is $22.');
  const sa = await start(a.businessId);
  const sb = await start(b.businessId);
  t.match(await say(sa, 'How much is a call-out?'), /\$11/);
  t.match(await say(sb, 'How much is a call-out?'), /\$22/);
  await setFaq(app, a, 'A call-out is $33.');
  t.match(await say(sa, 'How much is a call-out?'), /\$33/);
  t.match(await say(sb, 'How much is a call-out?'), /\$22/);
  // A's session cannot be used for B (the cache is keyed by the session's business only).
  const cross = await app.inject({ method: 'POST', url: `/api/chat/${sa}/message`, payload: { text: 'hi', businessId: b.businessId } });
  t.equal(cross.statusCode, 404);
});

t.test('a plan change by the platform operator is seen at once (plan-gated limits of the next turn)', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'BASIC', name: 'Downgraded Co' });
  const values = Array.from({ length: 7 }, (_, i) => ({ business_id: biz.businessId, question: `Question ${i}?`, position: i }));
  await db.insertInto('lead_questions').values(values).execute();
  app.services.core.events.publish({ type: 'business.changed', businessId: biz.businessId });
  t.equal((await app.services.agent.loadContext(biz.businessId))!.questions.length, 7, 'BASIC: every question');
  await gql(app, ADMIN, 'mutation($id: ID!) { setPlan(businessId: $id, plan: FREE) { plan } }', { id: biz.businessId });
  const ctx = (await app.services.agent.loadContext(biz.businessId))!;
  t.equal(ctx.business.plan, 'FREE');
  t.equal(ctx.questions.length, 5, 'FREE: cut to its limit on the next turn');
});

t.test('the cache itself: one load per business per TTL, shared, frozen, bounded; failures and unknown businesses are not kept', async (t) => {
  const events = createEventBus(() => {});
  let at = 0;
  const loads: string[] = [];
  let fail = false;
  const cache = createBusinessCache<{ id: string; list: string[] }>({
    load: async (id) => {
      loads.push(id);
      if (fail) throw new Error('database down');
      return id.startsWith('missing') ? null : { id, list: ['a'] };
    },
    ttlMs: 1000,
    events,
    now: () => at,
    maxEntries: 2,
  });
  t.teardown(() => cache.close());
  const [x1, x2] = await Promise.all([cache.get('x'), cache.get('x')]);
  t.equal(x1, x2);
  t.same(loads, ['x'], 'concurrent gets share one load');
  t.ok(Object.isFrozen(x1) && Object.isFrozen(x1!.list), 'entries are frozen (no turn can change another turn\'s context)');
  at = 999;
  await cache.get('x');
  t.same(loads, ['x'], 'still fresh');
  at = 1000;
  await cache.get('x');
  t.same(loads, ['x', 'x'], 'reloaded after the TTL');
  events.publish({ type: 'business.changed', businessId: 'x' });
  await cache.get('x');
  t.same(loads, ['x', 'x', 'x'], 'business.changed drops it');
  events.publish({ type: 'business.changed', businessId: 'y' });
  await cache.get('x');
  t.equal(loads.length, 3, "another business's change leaves it");
  t.equal(await cache.get('missing-1'), null);
  t.equal(await cache.get('missing-1'), null);
  t.equal(loads.filter((l) => l === 'missing-1').length, 2, 'an unknown business is not kept');
  fail = true;
  await t.rejects(cache.get('z'));
  fail = false;
  t.same(await cache.get('z'), { id: 'z', list: ['a'] }, 'a failed load is not kept');
  await cache.get('w');
  await cache.get('x');
  t.equal(loads.filter((l) => l === 'x').length, 4, 'bounded: the oldest entry went first');
  const off = createBusinessCache({ load: async (id) => (loads.push(`off:${id}`), { id }), ttlMs: 0, events, now: () => at });
  await off.get('q');
  await off.get('q');
  t.equal(loads.filter((l) => l === 'off:q').length, 2, 'ttl 0: no cache');
  off.close();
});
