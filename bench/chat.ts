// Chat message round trips on loopback with the local provider (no API key): C virtual
// visitors each start a session and run a realistic script (FAQ questions, the lead questions,
// an emergency), for D seconds. Reports requests/s and p50/p99 of POST /api/chat/:id/message.
// Uses PGlite in memory unless BENCH_DATABASE_URL is set. Client and server share the machine.
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openDatabase } from '../src/db/index.js';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 15) * 1000;

const SCRIPT = [
  'how much is a call-out?',
  'what are your opening hours?',
  'do you offer financing?',
  'I would like to book a visit',
  'Ann Bench',
  '555 010 2233',
  'skip',
  '12 Test Street, Springfield',
  'The water heater is noisy',
  'Friday morning',
  'my pipe burst and the basement is flooding',
];

const database = await openDatabase(
  { DATA_DIR: '', DATABASE_URL: process.env.BENCH_DATABASE_URL, DATABASE_POOL_MAX: 10 },
  process.env.BENCH_DATABASE_URL ? {} : { pgliteDir: 'memory://' },
);
const app = await buildApp(
  testConfig({
    SEED_DEMO: true,
    DEMO_OWNER_PASSWORD: 'bench-password-123',
    MAX_EVENT_LOOP_DELAY: 0,
    CHAT_RATE_LIMIT_PER_MINUTE: 10_000_000,
    CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE: 10_000_000,
  }),
  { database },
);
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as AddressInfo).port;
const demo = await app.deps.db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

function post(path: string, body: unknown): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const latencies: number[] = [];
let errors = 0;
let sessions = 0;
let leads = 0;
const deadline = performance.now() + DURATION_MS;
const started = performance.now();

async function visitor(): Promise<void> {
  while (performance.now() < deadline) {
    const s = await post('/api/chat', { businessId: demo.id });
    if (s.status !== 201) {
      errors++;
      continue;
    }
    sessions++;
    const { sessionId } = JSON.parse(s.body) as { sessionId: string };
    for (const text of SCRIPT) {
      if (performance.now() >= deadline) return;
      const t0 = performance.now();
      const r = await post(`/api/chat/${sessionId}/message`, { text });
      latencies.push(performance.now() - t0);
      if (r.status !== 200) errors++;
      else if (r.body.includes('"lead"')) leads++;
    }
  }
}

await Promise.all(Array.from({ length: CONCURRENCY }, visitor));
const elapsed = (performance.now() - started) / 1000;
const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
console.log(
  JSON.stringify({
    bench: 'chat',
    provider: 'local',
    database: process.env.BENCH_DATABASE_URL ? 'postgresql' : 'pglite',
    concurrency: CONCURRENCY,
    seconds: Math.round(elapsed * 10) / 10,
    messages: latencies.length,
    requestsPerSec: Math.round((latencies.length / elapsed) * 10) / 10,
    p50Ms: pct(50),
    p99Ms: pct(99),
    sessions,
    leads,
    errors,
  }),
);
agent.destroy();
await app.close();
await database.close();
