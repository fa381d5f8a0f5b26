import t from 'tap';
import { createSessionStore } from '../../src/sessions/index.js';
import { buildTestApp } from '../helpers/app.js';
import { hasRedisServer, startRedis } from '../helpers/redis-server.js';

// Redis killed and restarted in the middle of chat traffic: not one chat request fails.
t.test('Redis killed and restarted mid-traffic: no failed chat', { skip: hasRedisServer() ? false : 'redis-server is not installed (CI installs it)' }, async (t) => {
  const redis = await startRedis(t);
  const sessions = await createSessionStore({ redisUrl: redis.url, logger: { warn() {}, info() {} }, probeIntervalMs: 200 });
  t.teardown(() => sessions.close());
  const { app } = await buildTestApp(t, {
    config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'faults-password-1', CHAT_RATE_LIMIT_PER_MINUTE: 100_000, CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE: 100_000 },
    overrides: { sessions },
  });
  const demo = await app.deps.db.selectFrom('businesses').select('id').executeTakeFirstOrThrow();
  const statuses = new Map<number, number>();
  const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);

  const chats: string[] = [];
  for (let i = 0; i < 5; i++) {
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: demo.id }, remoteAddress: `10.7.0.${i}` });
    count(res.statusCode);
    chats.push(res.json().sessionId);
  }
  const questions = ['how much is a call-out?', 'what areas do you cover?', 'do you do water heaters?', 'are you licensed?'];
  let stop = false;
  const traffic = (async () => {
    let n = 0;
    while (!stop) {
      const sessionId = chats[n % chats.length]!;
      const res = await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text: questions[n % questions.length] }, remoteAddress: `10.7.0.${n % 5}` });
      count(res.statusCode);
      if (res.statusCode !== 200) t.fail(`chat failed with ${res.statusCode}: ${res.body}`);
      n++;
      // New chats keep starting during the outage too.
      if (n % 10 === 0) {
        const started = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: demo.id } });
        count(started.statusCode);
        if (started.statusCode === 201) chats.push(started.json().sessionId);
      }
    }
  })();
  await new Promise((r) => setTimeout(r, 500));
  await redis.stop();
  await new Promise((r) => setTimeout(r, 1500));
  t.equal(sessions.status().redis, 'fallback', 'running on the memory fallback');
  await redis.start();
  for (let i = 0; i < 50 && sessions.status().redis !== 'connected'; i++) await new Promise((r) => setTimeout(r, 100));
  t.equal(sessions.status().redis, 'connected', 'back on Redis by itself');
  await new Promise((r) => setTimeout(r, 500));
  stop = true;
  await traffic;
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  t.ok(total > 20, `${total} requests during the test`);
  t.same([...statuses.keys()].filter((s) => s >= 300), [], `only 2xx answers: ${JSON.stringify(Object.fromEntries(statuses))}`);
});
