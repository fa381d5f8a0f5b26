// GraphQL: the admin leads page (50 leads, each with its conversation + messages, client and
// the client's projects) under load on loopback. Real app over PGlite in memory (or a fresh
// database on BENCH_DATABASE_URL's server, Redis sessions with BENCH_REDIS_URL). The load
// generator (autocannon) runs in its own process (bench/lib/harness.ts); the server's CPU per
// request is measured in this process over the same window. Prints one JSON line.
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openBenchDatabase } from './database.js';
import { benchRedis, figures, runClient } from './lib/harness.js';

const DURATION_SEC = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const database = await openBenchDatabase();
// Load shedding off: this measures the GraphQL path itself (PGlite runs in this thread, so a
// queue of heavy pages trips the event-loop-delay shedder and would measure 503s instead).
// The production default for the caches of business settings and signed-in callers (testConfig
// turns them off for test files).
const app = await buildApp(testConfig({ MAX_EVENT_LOOP_DELAY: 0, BUSINESS_CACHE_TTL: 5_000, ...benchRedis() }), { database, skipMigrations: true });
await app.ready();
const { db, auth } = app.deps;

const business = await db.insertInto('businesses').values({ name: 'Bench Plumbing', plan: 'PRO' }).returning('id').executeTakeFirstOrThrow();
const user = await db
  .insertInto('users')
  .values({ business_id: business.id, email: `bench-${Date.now()}@bench.test`, password_hash: 'x', role: 'OWNER' })
  .returning(['id', 'business_id', 'role'])
  .executeTakeFirstOrThrow();
const token = auth.issueToken(user);
for (let i = 0; i < 50; i++) {
  const client = await db.insertInto('clients').values({ business_id: business.id, name: `Client ${i}`, email: `c${i}@example.com` }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('projects')
    .values([0, 1].map((j) => ({ business_id: business.id, client_id: client.id, provider: 'MANUAL' as const, external_id: `p${i}-${j}`, name: `Project ${i}.${j}`, status: 'IN_PROGRESS', progress: 50 })))
    .execute();
  const conv = await db.insertInto('conversations').values({ business_id: business.id, channel: i % 2 ? 'CALL' : 'CHAT', started_at: new Date(), summary: `Conversation ${i}` }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('messages')
    .values([0, 1, 2, 3].map((k) => ({ business_id: business.id, conversation_id: conv.id, role: k % 2 ? ('assistant' as const) : ('user' as const), content: `Message ${k} of conversation ${i}` })))
    .execute();
  await db
    .insertInto('leads')
    .values({ business_id: business.id, channel: 'CHAT', name: `Lead ${i}`, email: `lead${i}@example.com`, phone: '+15555550123', issue: 'Leaking tap', client_id: client.id, conversation_id: conv.id })
    .execute();
}

const query = `query LeadsPage($first: Int) {
  leads(first: $first) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name email phone issue status priority channel isEmergency createdAt
      conversation { id channel status summary startedAt messages { role content createdAt } }
      client { id name email projects { id name status progress dueDate } }
    } }
  }
}`;

await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
const url = `http://127.0.0.1:${port}/graphql`;
const body = JSON.stringify({ query, variables: { first: 50 } });
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

// Check the page is what we think it is, and warm up (JIT, pool, statement caches).
type Page = { data?: { leads: { edges: unknown[] } }; errors?: unknown };
for (let i = 0; i < 50; i++) {
  const res = await fetch(url, { method: 'POST', headers, body });
  const check = (await res.json()) as Page;
  if (check.errors || check.data?.leads.edges.length !== 50) throw new Error(`unexpected response: ${JSON.stringify(check).slice(0, 500)}`);
}

const measured = await runClient({ kind: 'autocannon', url, method: 'POST', headers, body, connections: CONNECTIONS, seconds: DURATION_SEC });
await app.close();
await database.close();

console.log(JSON.stringify({ bench: 'graphql-leads-page', leads: 50, connections: CONNECTIONS, ...figures(measured) }));
