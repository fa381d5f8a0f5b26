import t from 'tap';
import { sql } from 'kysely';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { FIXTURE_ITEMS, FIXTURE_QUESTIONS } from './fixture.js';

// Hybrid retrieval with the local (hashed lexical) embeddings: the right chunk ranks in the
// top 3 for paraphrased questions, and another business's chunks never come back.

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
const { db } = app.deps;
const knowledge = app.services.knowledge;
const mine = await createTestBusiness(app, { plan: 'PRO', name: 'Northwind' });
const rival = await createTestBusiness(app, { plan: 'PRO', name: 'Rival' });

async function load(businessId: string, items: typeof FIXTURE_ITEMS) {
  const ids: string[] = [];
  for (const item of items) {
    const row = await db.insertInto('knowledge_items').values({ business_id: businessId, ...item }).returning('id').executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

const myIds = await load(mine.businessId, FIXTURE_ITEMS);
// The rival has the same documents with different numbers: the perfect decoy for a leak.
await load(
  rival.businessId,
  FIXTURE_ITEMS.map((i) => ({ ...i, content: `${i.content}\nRIVAL-ONLY marker.` })),
);

t.test('ingestPending chunks and embeds PENDING items', async (t) => {
  const n = await knowledge.ingestPending(100);
  t.ok(n >= FIXTURE_ITEMS.length * 2, `ingested ${n}`);
  const items = await db.selectFrom('knowledge_items').select(['status', 'embedding_model']).where('business_id', '=', mine.businessId).execute();
  t.ok(items.every((i) => i.status === 'READY' && i.embedding_model === knowledge.embeddingModel));
  const html = await db
    .selectFrom('knowledge_chunks')
    .innerJoin('knowledge_items', 'knowledge_items.id', 'knowledge_chunks.item_id')
    .select('knowledge_chunks.content')
    .where('knowledge_items.title', '=', 'Paying us')
    .where('knowledge_chunks.business_id', '=', mine.businessId)
    .execute();
  t.ok(html.length > 0);
  t.notMatch(html.map((h) => h.content).join(' '), /<p>|<body>/, 'HTML stripped');
});

t.test('recall@3 over paraphrased questions', async (t) => {
  let hits = 0;
  let first = 0;
  const misses: string[] = [];
  for (const { q, expect } of FIXTURE_QUESTIONS) {
    const results = await knowledge.search(mine.businessId, q, 3);
    const rank = results.findIndex((r) => r.content.includes(expect));
    if (rank >= 0) hits++;
    else misses.push(q);
    if (rank === 0) first++;
    for (const r of results) t.notMatch(r.content, /RIVAL-ONLY/, 'never another business');
    t.ok(results.every((r) => r.title.length > 0), 'every hit carries its item title');
  }
  const recall = hits / FIXTURE_QUESTIONS.length;
  t.comment(`recall@3 = ${recall.toFixed(3)} (${hits}/${FIXTURE_QUESTIONS.length}), top-1 = ${(first / FIXTURE_QUESTIONS.length).toFixed(3)}; misses: ${JSON.stringify(misses)}`);
  t.ok(FIXTURE_QUESTIONS.length >= 30);
  t.ok(recall >= 0.9, `recall@3 ${recall} >= 0.9`);
});

t.test("another business's chunks never come back, even for its unique words", async (t) => {
  const r = await knowledge.search(mine.businessId, 'RIVAL-ONLY marker', 10);
  t.equal(r.filter((x) => /RIVAL-ONLY/.test(x.content)).length, 0);
  const theirs = await knowledge.search(rival.businessId, 'RIVAL-ONLY marker', 3);
  t.ok(theirs.length > 0 && /RIVAL-ONLY/.test(theirs[0]!.content), 'the owner does find it');
  t.same(await knowledge.search('not-a-uuid', 'boiler', 3), []);
});

t.test('query text cannot inject tsquery syntax', async (t) => {
  for (const q of ["boiler' | ! & (", '\\:* <-> !!', "'); DROP TABLE knowledge_chunks; --", '']) {
    const r = await knowledge.search(mine.businessId, q, 3);
    t.ok(Array.isArray(r), `no error for ${JSON.stringify(q)}`);
  }
  const count = await db.selectFrom('knowledge_chunks').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  t.ok(Number(count.n) > 0);
});

t.test('deleteItem removes its chunks; another tenant cannot delete it', async (t) => {
  const target = myIds[myIds.length - 1]!;
  t.equal(await knowledge.deleteItem(rival.businessId, target), false);
  t.equal(await knowledge.deleteItem(mine.businessId, target), true);
  const left = await db.selectFrom('knowledge_chunks').select('id').where('item_id', '=', target).execute();
  t.equal(left.length, 0);
  const r = await knowledge.search(mine.businessId, 'How many days does a new bathroom take?', 5);
  t.notOk(r.some((x) => x.content.includes('8 to 10 working days')));
});

t.test('a change of embedding model re-embeds READY items', async (t) => {
  await sql`UPDATE knowledge_items SET embedding_model = 'old-model' WHERE business_id = ${mine.businessId}`.execute(db);
  await sql`UPDATE knowledge_chunks SET embedding_model = 'old-model' WHERE business_id = ${mine.businessId}`.execute(db);
  const before = await knowledge.search(mine.businessId, 'What do you charge to come out?', 3);
  t.ok(before.length > 0, 'full text still answers while vectors are stale');
  const n = await knowledge.ingestPending(100);
  t.equal(n, FIXTURE_ITEMS.length - 1);
  const stale = await db.selectFrom('knowledge_chunks').select('id').where('business_id', '=', mine.businessId).where('embedding_model', '=', 'old-model').execute();
  t.equal(stale.length, 0);
});
