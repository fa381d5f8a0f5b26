import t from 'tap';
import { sql } from 'kysely';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../helpers/db.js';
import { silentLogger } from '../helpers/app.js';
import { createLocalEmbedder, LOCAL_EMBEDDING_MODEL } from '../../src/ai/local-embedder.js';
import { createSentenceEncoder, type SentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { terms } from '../../src/ai/lexical.js';
import type { Embedder } from '../../src/ai/types.js';
import { createKnowledgeService, WORDS_ONLY_MAX_CHUNKS } from '../../src/knowledge/service.js';
import { toOrTsquery, vectorLiteral } from '../../src/knowledge/search.js';

// Retrieval with the local provider's sentence-encoder vectors: a visitor's paraphrase finds the
// section that answers it with no word in common; a chunk is read by its fields (title, heading,
// text), so the section named by what is asked beats a text that mentions it in passing; a
// knowledge base no bigger than what is asked for comes back whole without embedding the
// question; chunk vectors are kept on disk so the same knowledge is not encoded twice.

const database = await createTestDatabase(t);
const { db } = database;
const encoder = createSentenceEncoder();
let encoded = 0;
// Counts the texts the model really encodes (memo and disk hits are not counted).
const counting: SentenceEncoder = {
  model: encoder.model,
  async encode(texts) {
    encoded += texts.length;
    return encoder.encode(texts);
  },
};
const cacheDir = mkdtempSync(join(tmpdir(), 'sentence-vectors-test-'));
t.teardown(() => rmSync(cacheDir, { recursive: true, force: true }));
const embedder = createLocalEmbedder({ encoder: counting, cacheDir });
let queries = 0;
const spy: Embedder = {
  ...embedder,
  model: embedder.model,
  async embed(texts, opts) {
    queries += texts.length;
    return embedder.embed(texts, opts);
  },
  embedSections: embedder.embedSections!.bind(embedder),
  labelCoverage: embedder.labelCoverage!.bind(embedder),
};
// `knowledge` embeds the question whenever the knowledge base is bigger than what is asked for;
// `wordsOnly` is the local provider's (services.ts): a knowledge base of up to 20 chunks is
// searched by its words.
const knowledge = createKnowledgeService({ db, embedder: spy, logger: silentLogger as never });
const wordsOnly = createKnowledgeService({ db, embedder: spy, logger: silentLogger as never, wordsOnlyMaxChunks: WORDS_ONLY_MAX_CHUNKS });

const GUIDE = `# Water heater replacement
## Prices
A new 50-gallon tank, installed, costs $1,850 including removal of the old cylinder.
## Who does the work
Our senior installer, Dana, fits every tank herself.

# Drain unblocking
## Prices
Clearing a blocked drain costs $120 with rodding and a camera check.
## Who does the work
Sam and Priya handle drains, with the jetting van.

# Customer reviews
Jenny said the water heater replacement prices were fair and the plumber was friendly.

# Opening hours
We answer the phone from 8 am to 6 pm on weekdays.`;

async function businessWith(name: string, content: string) {
  const b = await db.insertInto('businesses').values({ name }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('knowledge_items').values({ business_id: b.id, title: `${name} guide`, source: 'MARKDOWN', content }).execute();
  return b.id;
}

const mine = await businessWith('Flowline', GUIDE);
const theirs = await businessWith('Rival', `${GUIDE}\n\nRIVAL-ONLY marker.`);
// (Both read before either is asserted: once a file has a teardown, tap ends its root by itself when
// it sits idle after an assertion, and a query awaited between two top-level assertions let it, on
// a loaded PostgreSQL run: "assertion after automatic end".)
const ingested = await knowledge.ingestPending(10);
const stored = await db.selectFrom('knowledge_chunks').select(['embedding_model']).where('business_id', '=', mine).execute();
t.equal(ingested, 2, 'both businesses ingested');
t.ok(stored.length > 4 && stored.every((r) => r.embedding_model === LOCAL_EMBEDDING_MODEL), `${stored.length} chunks stored with the sentence model's name`);

t.test('a paraphrase with no word in common finds its section through the sentence vectors', async (t) => {
  const q = 'what would a new hot water tank set me back';
  const fts = toOrTsquery(q).split(' | ');
  t.notOk(fts.some((w) => /heater|replacement|price/.test(w)), 'full text has no word of the section title or heading');
  const before = queries;
  const hits = await knowledge.search(mine, q, 2);
  t.equal(queries, before + 1, 'the question is embedded (the knowledge base is bigger than what is asked)');
  t.same(
    hits.map((h) => h.heading.split(' > ')[0]),
    ['Water heater replacement', 'Water heater replacement'],
    'the sections of the service the visitor described come back, not the drains or the review that says its name',
  );
  t.notOk(hits.some((h) => /RIVAL-ONLY/.test(h.content)), "never another business's chunk");
  // The sentence vectors alone: the nearest stored chunk is the priced section.
  const [qv] = await embedder.embed([q]);
  const nearest = await sql<{ heading: string }>`SELECT heading FROM knowledge_chunks WHERE business_id = ${mine} ORDER BY embedding <=> ${vectorLiteral(qv!)}::vector LIMIT 1`.execute(db);
  t.equal(nearest.rows[0]?.heading, 'Water heater replacement > Prices', '"set me back" is read as a price');
});

t.test('fields: the section named by what is asked beats a text that mentions it in passing', async (t) => {
  const [q] = await embedder.embed(['how much for a water heater replacement']);
  const [fact, review] = await embedder.embedSections!([
    { title: 'Flowline guide', heading: 'Water heater replacement > Prices', content: 'A new 50-gallon tank, installed, costs $1,850.' },
    { title: 'Flowline guide', heading: 'Customer reviews', content: 'Jenny said the water heater replacement prices were fair and the plumber was friendly.' },
  ]);
  const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  for (const v of [q!, fact!, review!]) t.ok(Math.abs(Math.hypot(...v) - 1) < 1e-3, 'unit length');
  t.ok(cos(q!, fact!) > cos(q!, review!), `the priced section (${cos(q!, fact!).toFixed(3)}) beats the review (${cos(q!, review!).toFixed(3)})`);
});

t.test('who does the work: the aspect asked picks the section among the service sections', async (t) => {
  const hits = await knowledge.search(mine, 'which of your people would come to sort out my clogged sink', 2);
  t.equal(hits[0]?.heading, 'Drain unblocking > Who does the work');
});

t.test('a knowledge base no bigger than what is asked for comes back whole, the question not embedded', async (t) => {
  const small = await businessWith('Tiny', '# Hours\nWe open at 8 am.\n\n# Area\nWe cover Springfield and Shelbyville.');
  await knowledge.ingestPending(10);
  const before = queries;
  const hits = await knowledge.search(small, 'do you come out to my town', 20);
  t.equal(queries, before, 'no query embedding');
  t.equal(hits.length, 2, 'every chunk, though the question shares no word with one of them');
  const q = terms('do you come out to my town');
  t.ok(hits.some((h) => !terms(h.content).some((w) => q.includes(w))), 'a chunk the words alone would miss is there');
  const mineHits = await knowledge.search(mine, 'RIVAL-ONLY', 20);
  t.ok(mineHits.length > 4, 'all of a bigger one too when asked for all');
  t.notOk(mineHits.some((h) => /RIVAL-ONLY/.test(h.content)), "the whole knowledge base is the asking business's only");
});

t.test('a small knowledge base is searched by its words: no query embedding, the chunks that say them first', async (t) => {
  const before = queries;
  const hits = await wordsOnly.search(mine, 'how much to unblock a drain', 2);
  t.equal(queries, before, 'no query embedding');
  t.equal(hits.length, 2);
  t.same(
    hits.map((h) => h.heading.split(' > ')[0]),
    ['Drain unblocking', 'Drain unblocking'],
    'full text and the section labels find the service named',
  );
  t.notOk((await wordsOnly.search(mine, 'RIVAL-ONLY', 3)).some((h) => /RIVAL-ONLY/.test(h.content)), "never another business's chunk");
});

t.test('chunk vectors are kept on disk: the same knowledge again is not encoded', async (t) => {
  const files = readdirSync(join(cacheDir, LOCAL_EMBEDDING_MODEL)).length;
  t.ok(files > 0, `${files} vectors on disk`);
  let seen = 0;
  const fresh = createLocalEmbedder({
    cacheDir,
    encoder: {
      model: encoder.model,
      async encode(texts) {
        seen += texts.length;
        return encoder.encode(texts);
      },
    },
  });
  const section = { title: 'Flowline guide', heading: 'Opening hours', content: 'We answer the phone from 8 am to 6 pm on weekdays.' };
  const [a] = await embedder.embedSections!([section]);
  const [b] = await fresh.embedSections!([section]);
  t.equal(seen, 0, 'a second embedder (another process) reads the vector from disk');
  t.same(b, a, 'the same vector');
  const [c] = await fresh.embedSections!([{ ...section, content: 'We answer the phone from 9 am.' }]);
  t.equal(seen, 3, 'a new text is encoded (its title, heading and text)');
  t.equal(c!.length, 512);
});
