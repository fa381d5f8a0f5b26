// Project sync: full-sync throughput (projects and tasks per second through the Asana
// provider, paged 100 at a time, against the local Asana fake) and webhook acknowledgement
// latency (p50/p99 of the 200 for signed deliveries, 20 in flight) plus how long the deferred
// work takes to apply them all. Real app on loopback (PGlite in memory, or BENCH_DATABASE_URL).
// Prints one JSON line.
import { createHmac } from 'node:crypto';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openBenchDatabase } from './database.js';
import { startAsanaFake } from '../scripts/fakes/asana-fake.js';
import { freePort } from '../scripts/fakes/fake-http.js';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 200);
const TASKS = Number(process.env.BENCH_TASKS ?? 20);
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 1000);
const CONCURRENCY = 20;

const database = await openBenchDatabase();
const asana = await startAsanaFake({ pageSize: 100 });
const port = await freePort();
const app = await buildApp(
  testConfig({ ASANA_API_BASE_URL: `${asana.url}/api/1.0`, PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, PM_SYNC_INTERVAL: 3_600_000, MAX_EVENT_LOOP_DELAY: 0 }),
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

const latencies: number[] = [];
let next = 0;
const applyStart = performance.now();
async function worker(): Promise<void> {
  while (next < DELIVERIES) {
    const i = next++;
    const hook = asana.webhooks[i % asana.webhooks.length]!;
    const body = JSON.stringify({ events: [{ action: 'changed', resource: { gid: `${hook.resource}0`, resource_type: 'task' }, parent: { gid: hook.resource, resource_type: 'project' }, created_at: new Date(Date.now() + i).toISOString() }] });
    const started = performance.now();
    const res = await fetch(hook.target, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Hook-Signature': createHmac('sha256', hook.secret).update(body).digest('hex') }, body });
    await res.text();
    if (res.status !== 200) throw new Error(`delivery ${i} answered ${res.status}`);
    latencies.push(performance.now() - started);
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
await app.services.integrations.idle();
const applyAllMs = performance.now() - applyStart;
latencies.sort((a, b) => a - b);
const pct = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;

console.log(
  JSON.stringify({
    bench: 'pm-webhooks',
    db: database.kind,
    projects: PROJECTS,
    tasks: PROJECTS * TASKS,
    connect_with_webhooks_ms: Math.round(connectMs),
    full_sync_ms: Math.round(resyncMs),
    full_sync_projects_per_s: Math.round((PROJECTS / resyncMs) * 1000),
    deliveries: DELIVERIES,
    ack_p50_ms: pct(0.5),
    ack_p99_ms: pct(0.99),
    deliveries_applied_per_s: Math.round((DELIVERIES / applyAllMs) * 1000),
  }),
);
await app.close();
await asana.close();
await database.close();
