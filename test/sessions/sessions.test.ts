import t, { type Test } from 'tap';
import { createSessionStore } from '../../src/sessions/index.js';
import { buildTestApp } from '../helpers/app.js';
import { hasRedisServer, startRedis } from '../helpers/redis-server.js';
import { skipLocally, until } from '../helpers/common.js';

const noRedis = skipLocally(!hasRedisServer() && 'redis-server is not installed (CI installs it)');

const logs: string[] = [];
const logger = { warn: (_o: object, m?: string) => void logs.push(`warn ${m}`), info: (_o: object, m?: string) => void logs.push(`info ${m}`) };

t.test('memory store: TTL, namespaces, counters', async (t) => {
  // The clock stands still unless the test moves it: a 50 ms TTL or a 1 s rate window must not
  // run out because a loaded machine paused between two lines.
  const realNow = Date.now;
  let now = realNow();
  Date.now = () => now;
  t.teardown(() => {
    Date.now = realNow;
  });
  const store = await createSessionStore({ logger });
  t.teardown(() => store.close());
  const chat = store.namespace<{ n: number }>('chat', 50);
  const voice = store.namespace<{ n: number }>('voice', 1000);
  await chat.set('a', { n: 1 });
  await voice.set('a', { n: 2 });
  t.same(await chat.get('a'), { n: 1 });
  t.same(await voice.get('a'), { n: 2 }, 'namespaces do not collide');
  now += 80;
  t.equal(await chat.get('a'), undefined, 'expired after its TTL');
  t.same(await voice.get('a'), { n: 2 }, 'a longer TTL has not');
  const hits = [];
  for (let i = 0; i < 4; i++) hits.push((await store.hit('k', 3, 1000)).allowed);
  t.same(hits, [true, true, true, false]);
  t.equal(store.status().redis, 'disabled');
});

t.test('redis killed mid-test: sessions keep working in memory, health degraded, then back', { skip: noRedis }, async (t) => {
  const redis = await startRedis(t);
  const store = await createSessionStore({ redisUrl: redis.url, logger, probeIntervalMs: 100, commandTimeoutMs: 3000 });
  t.teardown(() => store.close());
  const { app } = await buildTestApp(t, { overrides: { sessions: store } });
  const chat = store.namespace<{ turn: number }>('chat', 60_000);

  await chat.set('before', { turn: 1 });
  t.equal(store.status().redis, 'connected');
  t.same(await chat.get('before'), { turn: 1 });
  t.equal((await app.inject('/health')).json().checks.sessions.status, 'ok');

  await redis.stop();
  // Every call answers, none throws, while Redis is gone.
  await chat.set('during', { turn: 2 });
  t.same(await chat.get('during'), { turn: 2 }, 'write + read work in memory');
  t.equal((await store.hit('x', 5, 1000)).allowed, true, 'rate limits still count');
  t.equal(store.status().redis, 'fallback');
  const health = (await app.inject('/health')).json();
  t.not(health.status, 'ok');
  t.equal(health.checks.sessions.status, 'degraded');
  t.equal(health.redis, 'fallback');
  t.equal(health.checks.sessions.fallbackEvents, 1);
  t.equal(logs.filter((l) => l.includes('redis unavailable')).length, 1, 'logged once');
  await chat.set('during2', { turn: 3 });
  t.equal(logs.filter((l) => l.includes('redis unavailable')).length, 1, 'still logged once');

  await redis.start();
  await until(() => store.status().redis === 'connected', 30_000, 'the store back on redis').catch(() => undefined);
  t.equal(store.status().redis, 'connected', 'back on redis by itself');
  t.same(await chat.get('during'), { turn: 2 }, 'what was written during the outage was copied to redis');
  t.equal((await app.inject('/health')).json().checks.sessions.status, 'ok');

  // Prove it is in Redis itself: a second store on the same Redis sees it.
  const other = await createSessionStore({ redisUrl: redis.url, logger });
  t.teardown(() => other.close());
  t.same(await other.namespace<{ turn: number }>('chat', 1000).get('during2'), { turn: 3 });
});

t.test('sessions this instance served survive a Redis outage; Redis stays the truth while up', { skip: noRedis }, async (t) => {
  const redis = await startRedis(t);
  const a = await createSessionStore({ redisUrl: redis.url, logger, probeIntervalMs: 100, commandTimeoutMs: 3000 });
  const b = await createSessionStore({ redisUrl: redis.url, logger, probeIntervalMs: 100, commandTimeoutMs: 3000 });
  t.teardown(async () => {
    await a.close();
    await b.close();
  });
  const chatA = a.namespace<{ turn: number }>('chat', 60_000);
  const chatB = b.namespace<{ turn: number }>('chat', 60_000);
  await chatA.set('s1', { turn: 1 });
  await chatB.set('s1', { turn: 2 }); // the conversation moved on, on another instance
  t.same(await chatA.get('s1'), { turn: 2 }, 'while Redis answers, it wins over the local copy');
  await chatB.delete('s1');
  t.equal(await chatA.get('s1'), undefined, 'a delete elsewhere is seen');
  await chatA.set('s2', { turn: 7 });
  await redis.stop();
  t.same(await chatA.get('s2'), { turn: 7 }, 'a session started before the outage goes on');
});

t.test('local copies are bounded', async (t) => {
  const store = await createSessionStore({ logger, maxLocalEntries: 3 });
  t.teardown(() => store.close());
  const ns = store.namespace<number>('n', 60_000);
  // Issue 15 (L13): a full store refuses new keys instead of evicting live ones.
  let refused = 0;
  for (let i = 0; i < 5; i++) await ns.set(`k${i}`, i).catch(() => refused++);
  t.equal(refused, 2, 'past the bound, new keys are refused');
  t.equal(await ns.get('k0'), 0, 'the oldest is kept');
  t.equal(await ns.get('k4'), undefined);
  t.equal(store.status().memoryKeys, 3);
});

// hitAll counts several limits in one round trip with the semantics of sequential `hit`s that
// stop at the first refusal (the chat's per-address limit refused must not spend the business's day).
const hitAllChecks = async (t: Test, store: Awaited<ReturnType<typeof createSessionStore>>) => {
  const limits = (ip: string) => [
    { key: `ip:${ip}`, max: 2, windowMs: 60_000 },
    { key: 'biz', max: 100, windowMs: 60_000 },
    { key: 'day', max: Infinity, windowMs: 86_400_000 },
  ];
  const first = await store.hitAll(limits('a'));
  t.same(first.map((r) => [r.allowed, r.count, r.remaining]), [[true, 1, 1], [true, 1, 99], [true, 1, Infinity]], 'every counter counted once');
  t.ok(first.every((r) => r.resetMs > 0 && r.resetMs <= 86_400_000), 'each says when its window resets');
  await store.hitAll(limits('a'));
  const refused = await store.hitAll(limits('a'));
  t.equal(refused.length, 1, 'stops at the first refusal');
  t.same([refused[0]!.allowed, refused[0]!.count], [false, 3]);
  const other = await store.hitAll(limits('b'));
  t.same(other.map((r) => r.count), [1, 3, 3], 'the refused hit did not count against the business or the day');
  t.equal((await store.hit('biz', 100, 60_000)).count, 4, 'the same counters as hit');
};

t.test('hitAll on memory: ordered counters, stops at the first refusal', async (t) => {
  const store = await createSessionStore({ logger });
  t.teardown(() => store.close());
  await hitAllChecks(t, store);
});

t.test('hitAll on redis: the same in one round trip', { skip: noRedis }, async (t) => {
  const redis = await startRedis(t);
  const store = await createSessionStore({ redisUrl: redis.url, logger, keyPrefix: 'hitall:' });
  t.teardown(() => store.close());
  t.equal(store.status().redis, 'connected');
  await hitAllChecks(t, store);
  t.equal(store.status().redis, 'connected', 'answered by redis, not the memory fallback');
});
