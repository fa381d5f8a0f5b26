import t, { type Test } from 'tap';
import { sql } from 'kysely';
import { rawQuery, startGraphqlApp } from './harness.js';

// The leads page reads its conversations, transcripts, clients and projects in the leads' own
// statement: the answer is the same as through the per-edge loaders, it stays inside the
// caller's business, and it costs the same couple of statements at any page size.

const h = await startGraphqlApp(t);
const { db } = h;
const mine = await h.business({ plan: 'PRO' });
const other = await h.business({ plan: 'PRO' });

const at = (s: number) => new Date(Date.UTC(2026, 10, 1, 9, 0, s, 123));

async function seed(businessId: string, n: number, tag = '') {
  for (let i = 0; i < n; i++) {
    const client = await db.insertInto('clients').values({ business_id: businessId, name: `${tag}Client ${i}`, email: `c${i}@example.com` }).returning('id').executeTakeFirstOrThrow();
    await db
      .insertInto('projects')
      .values([0, 1, 2].map((j) => ({ business_id: businessId, client_id: client.id, provider: 'MANUAL' as const, external_id: `p-${i}-${j}`, name: `${tag}Project ${i}.${j}`, progress: j * 10, due_date: j === 1 ? '2026-12-24' : null, created_at: at(j) })))
      .execute();
    const conv = await db.insertInto('conversations').values({ business_id: businessId, channel: 'CALL', started_at: at(i), summary: `${tag}Call ${i}`, from_number: '+15555550100' }).returning('id').executeTakeFirstOrThrow();
    await db
      .insertInto('messages')
      .values([3, 1, 2].map((k) => ({ business_id: businessId, conversation_id: conv.id, role: k % 2 ? ('user' as const) : ('assistant' as const), content: `${tag}Line ${k} of ${i}`, created_at: at(k) })))
      .execute();
    await db.insertInto('leads').values({ business_id: businessId, channel: 'CALL', name: `Lead ${i}`, client_id: client.id, conversation_id: conv.id, created_at: at(i) }).execute();
  }
}
await seed(mine.businessId, 4);
await seed(other.businessId, 1, 'Theirs ');

// A lead of mine that points at the other business's conversation and client (as a bad write
// could leave it): the page must not show them.
const theirs = await db.selectFrom('leads').select(['conversation_id', 'client_id']).where('business_id', '=', other.businessId).executeTakeFirstOrThrow();
const stray = await db
  .insertInto('leads')
  .values({ business_id: mine.businessId, channel: 'CHAT', name: 'Stray', conversation_id: theirs.conversation_id, client_id: theirs.client_id, created_at: at(30) })
  .returning('id')
  .executeTakeFirstOrThrow();

const NODE = `id name conversation { id channel summary fromNumber startedAt messages(first: $m) { id role content createdAt } }
  client { id name email createdAt projects { id name progress dueDate lastSyncedAt } }`;
const PAGE = `query($m: Int) { leads(first: 50) { edges { node { ${NODE} } } } }`;

async function page(t: Test, query: string, variables: Record<string, unknown>) {
  const before = h.counter.count;
  const r = await rawQuery(h.base, query, mine.token, variables);
  t.same(r.body.errors, undefined, 'no errors');
  return { data: r.body.data as any, statements: h.counter.count - before };
}

t.test('edges read with the leads equal the ones the loaders read', async (t) => {
  // Background tasks (knowledge ingestion, outbox) share the database: take the least of three
  // runs so that a poll landing inside the window is not counted against the request.
  const runs = [await page(t, PAGE, { m: 2 }), await page(t, PAGE, { m: 2 }), await page(t, PAGE, { m: 2 })];
  const { data } = runs[0]!;
  const statements = Math.min(...runs.map((r) => r.statements));
  const nodes = data.leads.edges.map((e: any) => e.node);
  t.equal(nodes.length, 5);
  t.ok(statements <= 2, `one statement for the page (plus the caller's lookup): ${statements}`);
  const first = nodes.find((n: any) => n.name === 'Lead 0');
  t.same(
    first.conversation.messages.map((m: any) => [m.role, m.content, m.createdAt]),
    [
      ['user', 'Line 1 of 0', at(1).toISOString()],
      ['assistant', 'Line 2 of 0', at(2).toISOString()],
    ],
    'the first two lines, oldest first, timestamps as ISO text',
  );
  t.equal(first.conversation.startedAt, at(0).toISOString());
  t.same(
    first.client.projects.map((p: any) => [p.name, p.progress, p.dueDate, p.lastSyncedAt]),
    [
      ['Project 0.2', 20, null, null],
      ['Project 0.1', 10, '2026-12-24', null],
      ['Project 0.0', 0, null, null],
    ],
    'projects newest first, the due date as YYYY-MM-DD',
  );
  // Each lead one at a time (lead(id): its edges go through the per-edge loaders).
  for (const n of nodes) {
    const one = await rawQuery(h.base, `query($id: ID!, $m: Int) { lead(id: $id) { ${NODE} } }`, mine.token, { id: n.id, m: 2 });
    t.same((one.body.data as any).lead, n, `lead ${n.name} is the same through the loaders`);
  }
  // Two transcript sizes in one request cannot share one read: the loaders answer both.
  const both = await page(t, `query($m: Int) { leads(first: 50) { nodes { name conversation { short: messages(first: 1) { content } messages(first: $m) { content } } } } }`, { m: 3 });
  const lead0 = both.data.leads.nodes.find((n: any) => n.name === 'Lead 0');
  t.same(lead0.conversation.short.map((m: any) => m.content), ['Line 1 of 0']);
  t.same(lead0.conversation.messages.map((m: any) => m.content), ['Line 1 of 0', 'Line 2 of 0', 'Line 3 of 0']);
});

t.test("another business's conversation and client are not found through a lead", async (t) => {
  const { data } = await page(t, PAGE, { m: 5 });
  const node = data.leads.edges.map((e: any) => e.node).find((n: any) => n.id === stray.id);
  t.equal(node.conversation, null);
  t.equal(node.client, null);
  const text = JSON.stringify(data);
  t.notMatch(text, /Theirs/, 'no row of the other business on the page');
  const one = await rawQuery(h.base, `query($id: ID!) { lead(id: $id) { conversation { id } client { id } } }`, mine.token, { id: stray.id });
  t.same((one.body.data as any).lead, { conversation: null, client: null }, 'the loaders agree');
});

t.test('a bad transcript size is refused on every path', async (t) => {
  for (const m of [0, -1]) {
    const r = await rawQuery(h.base, PAGE, mine.token, { m });
    t.equal(r.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `messages(first: ${m})`);
  }
});

t.test('timestamps with microseconds read with the leads equal the loaders (milliseconds, truncated like the drivers)', async (t) => {
  const biz = await h.business({ plan: 'PRO' });
  const conv = await db
    .insertInto('conversations')
    .values({ business_id: biz.businessId, channel: 'CHAT', started_at: sql<Date>`'2026-03-04T05:06:07.987654Z'::timestamptz`, summary: 'Micro' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('messages').values({ business_id: biz.businessId, conversation_id: conv.id, role: 'user', content: 'hi', created_at: sql<Date>`'1999-12-31T23:59:59.999999Z'::timestamptz` }).execute();
  const client = await db.insertInto('clients').values({ business_id: biz.businessId, name: 'Micro client', created_at: sql<Date>`'2026-03-04T05:06:07.000999Z'::timestamptz` }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('leads').values({ business_id: biz.businessId, channel: 'CHAT', name: 'Micro', client_id: client.id, conversation_id: conv.id }).execute();
  const r = await rawQuery(h.base, `query($m: Int) { leads(first: 5) { edges { node { ${NODE} } } } }`, biz.token, { m: 5 });
  const node = (r.body.data as any).leads.edges[0].node;
  t.equal(node.conversation.startedAt, '2026-03-04T05:06:07.987Z');
  t.equal(node.conversation.messages[0].createdAt, '1999-12-31T23:59:59.999Z');
  t.equal(node.client.createdAt, '2026-03-04T05:06:07.000Z');
  const one = await rawQuery(h.base, `query($id: ID!, $m: Int) { lead(id: $id) { ${NODE} } }`, biz.token, { id: node.id, m: 5 });
  t.same((one.body.data as any).lead, node, 'the same through the loaders');
});

t.test("every lead field on the page equals lead(id), and pages follow each other in order (the page is one JSON array)", async (t) => {
  const biz = await h.business({ plan: 'PRO' });
  const conv = await db.insertInto('conversations').values({ business_id: biz.businessId, channel: 'CALL', started_at: at(1), summary: 'Fields' }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('leads')
    .values({
      business_id: biz.businessId,
      channel: 'CALL',
      status: 'CONTACTED',
      priority: 'URGENT',
      name: 'Every field',
      email: 'e@example.com',
      phone: '+15555550123',
      address: '1 Main St',
      issue: 'Burst pipe',
      captured_data: JSON.stringify({ 'When?': 'tomorrow', n: 3, nested: { ok: true } }),
      is_emergency: true,
      emergency_severity: 4,
      emergency_notes: 'water everywhere',
      notes: 'call back',
      conversation_id: conv.id,
      acknowledged_at: sql<Date>`'2026-03-04T05:06:07.987654Z'::timestamptz`,
      created_at: sql<Date>`'2026-03-04T05:06:08.000999Z'::timestamptz`,
      updated_at: sql<Date>`'2026-03-04T05:06:09.5Z'::timestamptz`,
    })
    .execute();
  // Same created_at, ids decide the order; and a few more to page through.
  for (let i = 0; i < 4; i++) await db.insertInto('leads').values({ business_id: biz.businessId, channel: 'CHAT', name: `Tie ${i}`, created_at: at(40) }).execute();
  const FIELDS = `id channel status priority name email phone address issue capturedData isEmergency emergencySeverity emergencyNotes notes acknowledgedAt createdAt updatedAt conversation { id summary }`;
  const r = await rawQuery(h.base, `{ leads(first: 50) { edges { node { ${FIELDS} } } } }`, biz.token, {});
  const nodes = (r.body.data as any).leads.edges.map((e: any) => e.node);
  const full = nodes.find((n: any) => n.name === 'Every field');
  t.same(full.capturedData, { 'When?': 'tomorrow', n: 3, nested: { ok: true } });
  t.equal(full.acknowledgedAt, '2026-03-04T05:06:07.987Z');
  t.equal(full.createdAt, '2026-03-04T05:06:08.000Z');
  t.equal(full.updatedAt, '2026-03-04T05:06:09.500Z');
  t.equal(full.emergencySeverity, 4);
  t.equal(full.isEmergency, true);
  for (const n of nodes) {
    const one = await rawQuery(h.base, `query($id: ID!) { lead(id: $id) { ${FIELDS} } }`, biz.token, { id: n.id });
    t.same((one.body.data as any).lead, n, `lead ${n.name}: the same as lead(id)`);
  }
  // Two at a time through the cursors: the same leads in the same order as the one page.
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const p: any = await rawQuery(h.base, `query($a: String) { leads(first: 2, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id conversation { id } } } } }`, biz.token, { a: after });
    seen.push(...p.body.data.leads.edges.map((e: any) => e.node.id));
    if (!p.body.data.leads.pageInfo.hasNextPage) break;
    after = p.body.data.leads.pageInfo.endCursor;
  }
  t.same(seen, nodes.map((n: any) => n.id), 'paged in the order of the full page');
  t.same(nodes.map((n: any) => n.name).slice(4), ['Every field'], 'newest first');
});
