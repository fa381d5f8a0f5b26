import t from 'tap';
import { buildTestApp, createTestBusiness, silentLogger } from '../helpers/app.js';
import { createSessionStore, SessionStoreFullError } from '../../src/sessions/index.js';

// L13: a flood of chat sessions must not evict real visitors' sessions from the memory store:
// sessions are capped per address, and a full store refuses new entries instead of evicting.

t.test('the chat API caps sessions per address; earlier sessions keep working', async (t) => {
  const { app } = await buildTestApp(t, { config: { CHAT_SESSIONS_PER_ADDRESS: 3, CHAT_RATE_LIMIT_PER_MINUTE: 1000 } });
  const b = await createTestBusiness(app, { plan: 'PRO' });
  const visitor = (await app.inject({ method: 'POST', url: '/api/chat', remoteAddress: '203.0.113.5', payload: { businessId: b.businessId } })).json() as { sessionId: string };
  const codes: number[] = [];
  for (let i = 0; i < 6; i++) codes.push((await app.inject({ method: 'POST', url: '/api/chat', remoteAddress: '198.51.100.9', payload: { businessId: b.businessId } })).statusCode);
  t.same(codes, [201, 201, 201, 429, 429, 429], 'the flooding address is capped');
  const res = await app.inject({ method: 'POST', url: `/api/chat/${visitor.sessionId}/message`, remoteAddress: '203.0.113.5', payload: { text: 'Hello' } });
  t.equal(res.statusCode, 200, "the real visitor's session is still there");
});

t.test('a full memory store refuses new sessions instead of evicting live ones', async (t) => {
  const store = await createSessionStore({ logger: silentLogger, maxLocalEntries: 5 });
  t.teardown(() => store.close());
  const ns = store.namespace<{ n: number }>('chat', 60_000);
  for (let i = 0; i < 5; i++) await ns.set(`s${i}`, { n: i });
  await t.rejects(ns.set('flood', { n: 99 }), SessionStoreFullError);
  for (let i = 0; i < 5; i++) t.same(await ns.get(`s${i}`), { n: i }, `session ${i} kept`);
  await ns.set('s0', { n: 100 });
  t.same(await ns.get('s0'), { n: 100 }, 'existing sessions still update');
  await ns.delete('s1');
  await ns.set('new', { n: 7 });
  t.same(await ns.get('new'), { n: 7 }, 'a freed place can be used');
});

t.test('expired entries make room', async (t) => {
  const store = await createSessionStore({ logger: silentLogger, maxLocalEntries: 2 });
  t.teardown(() => store.close());
  const ns = store.namespace<number>('x', 60_000);
  await ns.set('a', 1, 30);
  await ns.set('b', 2, 30);
  await new Promise((r) => setTimeout(r, 60));
  await ns.set('c', 3);
  t.equal(await ns.get('c'), 3);
});
