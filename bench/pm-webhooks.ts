// Project sync: full-sync throughput (projects and tasks per second through the Asana
// provider, paged 100 at a time, against the local Asana fake) and webhook acknowledgement
// latency (p50/p99 of the 200 for signed deliveries, 20 in flight, sent from a separate
// process by bench/lib/harness.ts) plus how long the deferred work takes to apply them all, and
// the server's CPU per delivery (acknowledge + apply). Real app on loopback (PGlite in memory,
// or a fresh database on BENCH_DATABASE_URL's server). The Asana fake the sync reads from runs
// in this process (sync figures include it). Prints one JSON line.
import os from 'node:os';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openBenchDatabase } from './database.js';
import { startAsanaFake } from '../scripts/fakes/asana-fake.js';
import { freePort } from '../scripts/fakes/fake-http.js';
import { runClient } from './lib/harness.js';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 200);
const TASKS = Number(process.env.BENCH_TASKS ?? 20);
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 1000);
const CONCURRENCY = 20;

const database = await openBenchDatabase();
const asana = await startAsanaFake({ pageSize: 100 });
const port = await freePort();
const app = await buildApp(
  testConfig({ ASANA_API_BASE_URL: `${asana.url}/api/1.0`, PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, PM_SYNC_INTERVAL: 3_600_000, MAX_EVENT_LOOP_DELAY: 0, ...(process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL } : {}) }),
  { database, skipMigrations: true },
);
await app.listen({ port, host: '127.0.0.1' });

for (let p = 0; p < PROJECTS; p++) {
  const gid = String(100_000 + p);
  asana.projects.push({ gid, name: `Project ${p}`, tasks: Array.from({ length: TASKS }, (_, i) => ({ gid: `${gid}${i}`, name: 't', completed: i % 3 === 0 })) });
}
const business = await app.deps.db.insertInto('businesses').values({ name: 'Bench Agency', plan: 'PRO' }).returning('id').executeTakeFirstOrThrow();

const syncStart = performance.now();
const view = await app.services.integrations.connect(business.id, 'ASANA', { accessToken: asana.token });
const connectMs = performance.now() - syncStart; // includes one webhook handshake per project
const resyncStart = performance.now();
await app.services.integrations.syncProjects(business.id, view.id);
const resyncMs = performance.now() - resyncStart;

const applyStart = performance.now();
const cpu0 = process.cpuUsage();
const acked = await runClient({ kind: 'asana-webhooks', hooks: asana.webhooks.map((h) => ({ target: h.target, secret: h.secret, resource: h.resource })), deliveries: DELIVERIES, concurrency: CONCURRENCY });
await app.services.integrations.idle();
const applyAllMs = performance.now() - applyStart;
const cpu = process.cpuUsage(cpu0);
const round = (n: number) => Math.round(n * 100) / 100;

console.log(
  JSON.stringify({
    bench: 'pm-webhooks',
    database: database.kind === 'postgres' ? 'postgresql' : 'pglite',
    sessions: process.env.BENCH_REDIS_URL ? 'redis' : 'memory',
    projects: PROJECTS,
    tasks: PROJECTS * TASKS,
    connect_with_webhooks_ms: Math.round(connectMs),
    full_sync_ms: Math.round(resyncMs),
    full_sync_projects_per_s: Math.round((PROJECTS / resyncMs) * 1000),
    deliveries: DELIVERIES,
    ack_p50_ms: round(acked.client.p50Ms),
    ack_p99_ms: round(acked.client.p99Ms),
    ack_non2xx: acked.client.non2xx + acked.client.errors,
    deliveries_applied_per_s: Math.round((DELIVERIES / applyAllMs) * 1000),
    // Acknowledging and applying every delivery, in the server's process, per delivery.
    serverCpuMsPerDelivery: round((cpu.user + cpu.system) / 1000 / DELIVERIES),
    loadAverage1m: round(os.loadavg()[0]!),
    generator: 'separate process',
  }),
);
await app.close();
await asana.close();
await database.close();
