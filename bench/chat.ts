// Chat message round trips on loopback with the local provider (no API key). Virtual visitors
// each start a session and walk a realistic script (FAQ questions, the lead questions, an
// emergency). Two phases, each BENCH_SECONDS long:
//  - fixed rate: BENCH_RATE messages/s (open loop; latency counted from each message's
//    scheduled send time, so a slow server cannot slow the generator down and hide it);
//  - saturation: BENCH_CONCURRENCY visitors in a closed loop (the most the server answers).
// The generator runs in its own process (bench/lib/harness.ts); the server's CPU per message is
// measured in this process over each window. PGlite in memory, or a fresh database on
// BENCH_DATABASE_URL's server (Redis sessions with BENCH_REDIS_URL). Prints one JSON line.
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openBenchDatabase } from './database.js';
import { benchRedis, figures, runClient } from './lib/harness.js';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const SCRIPT = [
  'how much is a call-out?',
  'what are your opening hours?',
  'do you offer financing?',
  'I would like to book a visit',
  'Ann Bench',
  '(206) 342-8631',
  'skip',
  '12 Test Street, Springfield',
  'The water heater is noisy',
  'Friday morning',
  'my pipe burst and the basement is flooding',
];

const database = await openBenchDatabase();
const app = await buildApp(
  testConfig({
    SEED_DEMO: true,
    DEMO_OWNER_PASSWORD: 'bench-password-123',
    MAX_EVENT_LOOP_DELAY: 0,
    CHAT_RATE_LIMIT_PER_MINUTE: 10_000_000,
    CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE: 10_000_000,
    CHAT_SESSIONS_PER_ADDRESS: 1_000_000,
    // The production default (testConfig turns the business cache off for test files).
    BUSINESS_CACHE_TTL: 5_000,
    ...benchRedis(),
  }),
  { database, skipMigrations: true },
);
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
const baseUrl = `http://127.0.0.1:${port}`;
const demo = await app.deps.db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
// The demo plan's daily allowance would refuse a benchmark's worth of messages.
await app.deps.db.updateTable('businesses').set({ plan: 'PRO' }).where('id', '=', demo.id).execute();

// Warm-up (JIT, pool): a short closed-loop run, not measured.
await runClient({ kind: 'chat', baseUrl, businessId: demo.id, script: SCRIPT, seconds: 2, concurrency: 4 });
const fixed = await runClient({ kind: 'chat', baseUrl, businessId: demo.id, script: SCRIPT, seconds: SECONDS, rate: RATE });
const saturated = await runClient({ kind: 'chat', baseUrl, businessId: demo.id, script: SCRIPT, seconds: SECONDS, concurrency: CONCURRENCY });
await app.close();
await database.close();

const { database: db, sessions, loadAverage1m, generator, ...atRate } = figures(fixed);
const { database: _d, sessions: _s, loadAverage1m: _l, generator: _g, ...atSaturation } = figures(saturated);
console.log(
  JSON.stringify({
    bench: 'chat',
    provider: 'local',
    database: db,
    sessions,
    ...atRate,
    targetRate: RATE,
    leads: fixed.client.leads,
    waitedForSession: fixed.client.waitedForSession,
    unsent: fixed.client.unsent,
    saturation: { concurrency: CONCURRENCY, ...atSaturation, leads: saturated.client.leads },
    loadAverage1m,
    generator,
  }),
);
