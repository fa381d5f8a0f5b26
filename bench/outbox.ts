// Notifications outbox: time from the lead's commit to the SMTP server receiving the owner
// e-mail (p50/p99 over BENCH_LEADS leads arriving at a steady pace), and the sustained
// e-mails/s the worker drains a backlog of as many at. Real app (PGlite in memory, or a fresh
// database on BENCH_DATABASE_URL's server), real nodemailer pool, real local SMTP server in its
// own process (bench/lib/smtp-sink.ts); the server's CPU per e-mail is measured in this
// process over each phase. Prints one JSON line.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openBenchDatabase } from './database.js';
import { enqueueLeadNotifications } from '../src/notify/lead-notifications.js';
import { absoluteNow, startSmtpSink, databaseCpuMs } from './lib/harness.js';

const LEADS = Number(process.env.BENCH_LEADS ?? 1000);
// 20 leads/s is far above a small business's peak yet below the embedded PGlite's capacity
// (one WASM connection shared by capture and delivery); BENCH_PACE raises it.
const PACE_PER_SEC = Number(process.env.BENCH_PACE ?? 20);

const receivedAt = new Map<string, number>();
let received = 0;
const smtp = await startSmtpSink((id, at) => {
  received++;
  if (id) receivedAt.set(id, at);
});
// A throwaway database: in-memory PGlite, or a fresh database on BENCH_DATABASE_URL's server.
const database = await openBenchDatabase();
const app = await buildApp(testConfig({ SMTP_URL: smtp.url, ...(process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL } : {}) }), { database, skipMigrations: true });
await app.ready();
const { db } = app.deps;

const owner = 'owner@bench.test';
const business = await db.insertInto('businesses').values({ name: 'Bench Plumbing', plan: 'BASIC', notification_email: owner, verified_notification_email: owner }).returning('id').executeTakeFirstOrThrow();

const committedAt = new Map<string, number>();
const messageKey = (leadId: string) => createHash('sha256').update(`${leadId}:email.lead_owner:${owner}`).digest('hex').slice(0, 32);

async function capture(i: number): Promise<string> {
  const lead = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('leads')
      .values({ business_id: business.id, channel: 'CHAT', name: `Bench ${i}`, phone: '+15555550123', issue: 'Dripping tap in the kitchen' })
      .returningAll()
      .executeTakeFirstOrThrow();
    await enqueueLeadNotifications(trx, row);
    return row;
  });
  const key = messageKey(lead.id);
  committedAt.set(key, absoluteNow());
  app.deps.events.publish({ type: 'lead.created', businessId: lead.business_id, leadId: lead.id });
  return key;
}

async function waitAll(keys: string[], timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (keys.some((k) => !receivedAt.has(k))) {
    if (performance.now() > deadline) throw new Error(`only ${keys.filter((k) => receivedAt.has(k)).length}/${keys.length} e-mails arrived`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const latencies = (keys: string[]) => keys.map((k) => receivedAt.get(k)! - committedAt.get(k)!).sort((a, b) => a - b);
const round = (n: number) => Math.round(n * 100) / 100;

// Warm-up at the paced rate: pool connections, JIT.
const warm = [];
for (let i = 0; i < 100; i++) {
  warm.push(await capture(-1 - i));
  await new Promise((r) => setTimeout(r, 1000 / PACE_PER_SEC));
}
await waitAll(warm, 30_000);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

// Phase 1: leads arriving at a steady pace (a busy day, compressed).
const cpuPaced = process.cpuUsage();
const dbPaced = databaseCpuMs();
const paced: string[] = [];
const start = performance.now();
for (let i = 0; i < LEADS; i++) {
  const due = start + (i * 1000) / PACE_PER_SEC;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  paced.push(await capture(i));
}
await waitAll(paced, 120_000);
const pacedCpuMs = cpuMs(cpuPaced);
const pacedDbCpuMs = dbPaced === undefined ? undefined : databaseCpuMs()! - dbPaced;
const pacedLat = latencies(paced);

// Phase 2: 1,000 leads already committed while the worker was stopped (a backlog after an
// outage or a deploy): e-mails/s from the worker's start to the last receipt.
await app.services.notify.worker.stop();
const burst: string[] = [];
const commitStart = performance.now();
for (let i = 0; i < LEADS; i++) burst.push(await capture(LEADS + i));
const committedIn = performance.now() - commitStart;
const drainStart = absoluteNow();
const cpuDrain = process.cpuUsage();
app.services.notify.worker.start();
await waitAll(burst, 300_000);
const drainCpuMs = cpuMs(cpuDrain);
const drainEnd = Math.max(...burst.map((k) => receivedAt.get(k)!));
await new Promise((r) => setTimeout(r, 500));
const dupes = received - (warm.length + paced.length + burst.length);

console.log(
  JSON.stringify({
    bench: 'outbox',
    database: database.kind === 'postgres' ? 'postgresql' : 'pglite',
    sessions: process.env.BENCH_REDIS_URL ? 'redis' : 'memory',
    leads: LEADS,
    pacedPerSec: PACE_PER_SEC,
    commitToSmtpP50Ms: round(pct(pacedLat, 50)),
    commitToSmtpP99Ms: round(pct(pacedLat, 99)),
    commitToSmtpMaxMs: round(pacedLat.at(-1)!),
    leadCommitsPerSec: Math.round((LEADS / committedIn) * 1000),
    backlogEmailsPerSec: Math.round((burst.length / (drainEnd - drainStart)) * 1000),
    duplicates: dupes,
    // Lead capture (insert + outbox rows) plus delivery, per lead, in the server's process.
    serverCpuMsPerLeadPaced: round(pacedCpuMs / LEADS),
    serverCpuMsPerEmailBacklog: round(drainCpuMs / burst.length),
    ...(pacedDbCpuMs !== undefined ? { dbCpuMsPerLeadPaced: round(pacedDbCpuMs / LEADS) } : {}),
    loadAverage1m: round(os.loadavg()[0]!),
    generator: 'SMTP server in a separate process',
    node: process.version,
  }),
);
await app.close();
await database.close();
await smtp.stop();
