import t from 'tap';
import { sql } from 'kysely';
import { createTestDatabase } from '../helpers/db.js';
import { silentLogger } from '../helpers/app.js';
import { createGloveEmbedder, GLOVE_EMBEDDING_MODEL as LOCAL_EMBEDDING_MODEL, labelCoverage, localEmbedding, localSectionEmbedding } from '../../src/ai/local-embedder.js';
import { loadWordVectors } from '../../src/ai/word-vectors.js';
import { terms } from '../../src/ai/lexical.js';
import { createKnowledgeService } from '../../src/knowledge/service.js';
import { createSearchPaths, hybridQuery, hybridSearch, searchPath, toOrTsquery, vectorLiteral } from '../../src/knowledge/search.js';

// Hybrid search on the database the suite runs on (PGlite by default, PostgreSQL with
// TEST_DATABASE_URL): tenant isolation on both query paths (a small business's exact scan and
// a big business's index scans), paraphrases found through the word-vector part of the local
// embedding, and migration 0460 (embeddings stored in the row). The hashed-lexical + GloVe embedder
// (the local provider's before the sentence encoder, still the benchmark's A/B): the sentence
// encoder's own retrieval is in sentence-retrieval.test.ts.

const database = await createTestDatabase(t);
const { db } = database;
const embedder = createGloveEmbedder();
const knowledge = createKnowledgeService({ db, embedder, logger: silentLogger as never });

const DOCS = [
  { title: 'Car repairs', content: 'We repair cars, vans and motorbikes of every make in our workshop.' },
  { title: 'Doctors', content: 'Our doctors see patients on weekdays; the nurse runs the vaccination clinic.' },
  { title: 'Bakery', content: 'The bakery sells fresh bread, croissants and cakes every morning.' },
  { title: 'Garden', content: 'Lawn mowing, hedge trimming and leaf clearing from spring to autumn.' },
];

async function businessWith(name: string, marker: string) {
  const b = await db.insertInto('businesses').values({ name }).returning('id').executeTakeFirstOrThrow();
  for (const d of DOCS) {
    await db
      .insertInto('knowledge_items')
      .values({ business_id: b.id, title: d.title, source: 'TEXT', content: `${d.content} ${marker}` })
      .execute();
  }
  return b.id;
}

const mine = await businessWith('Mine', 'MINE-ONLY');
const theirs = await businessWith('Theirs', 'THEIRS-ONLY');
t.ok((await knowledge.ingestPending(100)) >= DOCS.length * 2, 'both businesses ingested');

t.test('migration 0460 keeps embeddings in the row', async (t) => {
  const r = await sql<{ s: string }>`SELECT attstorage AS s FROM pg_attribute WHERE attrelid = 'knowledge_chunks'::regclass AND attname = 'embedding'`.execute(db);
  t.equal(r.rows[0]?.s, 'p', 'embedding storage is PLAIN');
  const opts = await sql<{ o: string[] | null }>`SELECT reloptions AS o FROM pg_class WHERE relname = 'knowledge_chunks'`.execute(db);
  t.match(String(opts.rows[0]?.o ?? ''), /toast_tuple_target=8160/, 'a chunk row stays in one tuple');
  const dims = await sql<{ d: number }>`SELECT vector_dims(embedding) AS d FROM knowledge_chunks LIMIT 1`.execute(db);
  t.equal(Number(dims.rows[0]?.d), 512, 'the column dimension the local embedder writes');
});

t.test("another business's chunks never come back, on either query path", async (t) => {
  for (const exactMaxChunks of [5000, 0]) {
    for (const q of ['THEIRS-ONLY', 'bread and cakes', 'repair my car', 'physician']) {
      const hits = await hybridSearch(db, { businessId: mine, query: q, embedding: localEmbedding(q), model: LOCAL_EMBEDDING_MODEL, k: 10, exactMaxChunks });
      t.ok(hits.length > 0, `${q}: found something (exactMaxChunks ${exactMaxChunks})`);
      t.notOk(
        hits.some((h) => /THEIRS-ONLY/.test(h.content)),
        `${q}: only the asking business's chunks (exactMaxChunks ${exactMaxChunks})`,
      );
    }
  }
  const own = await knowledge.search(theirs, 'THEIRS-ONLY', 3);
  t.match(own[0]?.content ?? '', /THEIRS-ONLY/, 'the owner finds its own chunk');
});

t.test('a small business takes the exact path and a forced big one the index path, with the same answer', async (t) => {
  const q = 'fresh bread in the morning';
  const run = async (exactMaxChunks: number) => {
    const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, COSTS OFF) ${hybridQuery({ businessId: mine, query: q, embedding: localEmbedding(q), model: LOCAL_EMBEDDING_MODEL, k: 3, exactMaxChunks })}`.execute(db);
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    const hits = await hybridSearch(db, { businessId: mine, query: q, embedding: localEmbedding(q), model: LOCAL_EMBEDDING_MODEL, k: 3, exactMaxChunks });
    return { text, top: hits[0]?.title };
  };
  const small = await run(5000);
  const big = await run(0);
  t.equal(small.top, 'Bakery');
  t.equal(big.top, 'Bakery');
  t.match(small.text, /One-Time Filter/, 'the branches are gated by the business size');
  t.notMatch(small.text, /knowledge_chunks_tsv_idx[^\n]*\n[^\n]*\(actual[^\n]*loops=[1-9]/, 'small: the GIN index is not scanned');
});

t.test('the paraphrase path: a question sharing no word with its chunk finds it through word vectors', async (t) => {
  const q = 'is there a physician I could consult';
  const chunk = DOCS[1]!;
  const shared = terms(q).filter((w) => terms(`${chunk.title} ${chunk.content}`).includes(w));
  t.same(shared, [], 'no content word in common');
  const fts = toOrTsquery(q).split(' | ');
  t.notOk(fts.some((w) => terms(chunk.content).includes(w)), 'so full text cannot match it');
  const hits = await knowledge.search(mine, q, 1);
  t.equal(hits[0]?.title, 'Doctors', 'the vector leg ranks it first');
  // Without the word vectors (the lexical part alone) the same question has nothing to go on.
  const lexical = await hybridSearch(db, { businessId: mine, query: q, embedding: localEmbedding(q, null), model: LOCAL_EMBEDDING_MODEL, k: 1 });
  t.not(lexical[0]?.title, 'Doctors', 'the lexical part alone does not find it (the test can fail)');
});

t.test('embeddings are unit vectors of the column dimension, deterministic', async (t) => {
  const [a] = await embedder.embed(['Our doctors see patients on weekdays']);
  const [b] = await embedder.embed(['Our doctors see patients on weekdays']);
  t.same(a, b);
  t.equal(a!.length, 512);
  t.ok(Math.abs(Math.hypot(...a!) - 1) < 1e-3, 'unit length');
  t.ok(vectorLiteral(a!).startsWith('['));
});

t.test('chunk fields: a title and heading that name what is asked outrank a text that mentions it in passing', async (t) => {
  const wv = loadWordVectors();
  const q = 'what do you charge for a yearly furnace checkup';
  const fact = { title: 'Boiler service', heading: 'Prices', content: 'It is $90 all in, including a flue gas analysis.' };
  const review = { title: 'Customer reviews', heading: '', content: 'Jenny said the boiler service prices were fair and the engineer was friendly.' };
  const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  const qv = localEmbedding(q, wv);
  const [fv, rv] = [localSectionEmbedding(fact, wv), localSectionEmbedding(review, wv)];
  for (const v of [qv, fv, rv]) t.ok(Math.abs(Math.hypot(...v) - 1) < 1e-3, 'unit length, a missing heading included');
  t.ok(cos(qv, fv) > cos(qv, rv), `the priced fact (${cos(qv, fv).toFixed(3)}) beats the review (${cos(qv, rv).toFixed(3)})`);
  // The same words with no fields (title and heading written into the text) rank below the
  // review: the fields are what puts the fact first (the test can fail).
  const unfielded = localSectionEmbedding({ title: '', heading: '', content: `${fact.title}\n${fact.heading}\n${fact.content}` }, wv);
  t.ok(cos(qv, unfielded) < cos(qv, rv), `unfielded fact ${cos(qv, unfielded).toFixed(3)} < review`);
  // The stored embedding is the section one: the service embeds chunks through embedSections.
  const [viaEmbedder] = await embedder.embedSections!([fact]);
  t.same(viaEmbedder, fv);
});

t.test('label coverage: word by word, stems and near word vectors', async (t) => {
  const wv = loadWordVectors();
  const [priced, guarantee, reviews] = labelCoverage('how much does a furnace service cost', ['Boiler service Prices', 'Boiler service Guarantee', 'Customer reviews 3'], wv);
  t.ok(priced! > guarantee!, `the label naming service and aspect covers most (${priced!.toFixed(2)} > ${guarantee!.toFixed(2)})`);
  t.ok(guarantee! > reviews!, 'the service alone covers part of it');
  t.equal(labelCoverage('opening hours', ['Opening hours'], wv)[0], 1, 'the same words cover all of it');
  t.same(labelCoverage('the and of', ['Opening hours'], wv), [0], 'a question of stop words covers nothing');
});

t.test('the label re-ranking never brings in another business, on either query path', async (t) => {
  const wv = loadWordVectors();
  const rerank = (q: string, labels: string[]) => labelCoverage(q, labels, wv);
  for (const exactMaxChunks of [5000, 0]) {
    for (const q of ['THEIRS-ONLY', 'bread and cakes', 'repair my car']) {
      const hits = await hybridSearch(db, { businessId: mine, query: q, embedding: localEmbedding(q, wv), model: LOCAL_EMBEDDING_MODEL, k: 10, exactMaxChunks, labelCoverage: rerank });
      t.ok(hits.length > 0 && hits.length <= 10);
      t.notOk(hits.some((h) => /THEIRS-ONLY/.test(h.content)), `${q}: only the asking business's chunks (exactMaxChunks ${exactMaxChunks})`);
    }
  }
  const hits = await hybridSearch(db, { businessId: mine, query: 'car repairs', embedding: localEmbedding('car repairs', wv), model: LOCAL_EMBEDDING_MODEL, k: 2, labelCoverage: rerank });
  t.equal(hits[0]?.title, 'Car repairs', 'the label that is the question comes first');
  t.ok(hits[0]!.score > hits[1]!.score, 'scores stay ordered after re-ranking');
});

t.test('a known path plans only its own legs, and either path keeps to the business', async (t) => {
  t.equal(await searchPath(db, mine), 'exact', 'a small business is searched exactly');
  t.equal(await searchPath(db, mine, 0), 'index', 'above the limit, through the indexes');
  const paths = createSearchPaths(db, { exactMaxChunks: 0 });
  t.equal(await paths.pathFor(mine), 'index');
  const q = 'fresh bread in the morning';
  const tops: (string | undefined)[] = [];
  for (const path of ['exact', 'index'] as const) {
    const params = { businessId: mine, query: q, embedding: localEmbedding(q), model: LOCAL_EMBEDDING_MODEL, k: 10, path };
    const plan = (await sql<{ 'QUERY PLAN': string }>`EXPLAIN (COSTS OFF) ${hybridQuery(params)}`.execute(db)).rows.map((r) => r['QUERY PLAN']).join('\n');
    t.notMatch(plan, /CTE size|InitPlan/, `${path}: no size count or gate in the statement`);
    if (path === 'exact') t.notMatch(plan, /knowledge_chunks_tsv_idx|knowledge_chunks_embedding_idx/, 'exact: neither global index is in the plan');
    else t.notMatch(plan, /CTE mine/, 'index: no pass over the business rows');
    for (const query of [q, 'THEIRS-ONLY', 'repair my car']) {
      const hits = await hybridSearch(db, { ...params, query, embedding: localEmbedding(query) });
      t.notOk(hits.some((h) => /THEIRS-ONLY/.test(h.content)), `${path}, ${query}: only the asking business's chunks`);
    }
    tops.push((await hybridSearch(db, params))[0]?.title);
  }
  t.same(tops, ['Bakery', 'Bakery'], 'both paths find the same chunk');
  const own = await knowledge.search(theirs, 'THEIRS-ONLY', 3);
  t.match(own[0]?.content ?? '', /THEIRS-ONLY/, 'the service (with its path cache) still finds the owner its chunk');
});
