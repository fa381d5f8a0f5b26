import t from 'tap';
import { createTestDatabase } from '../helpers/db.js';
import { silentLogger } from '../helpers/app.js';
import type { Embedder, EmbedSection } from '../../src/ai/types.js';
import { createFieldGroups, fieldLabels, MAX_FIELD_GROUPS, readFieldGroups } from '../../src/knowledge/field-rank.js';
import { hybridSearch, vectorLiteral } from '../../src/knowledge/search.js';
import { createKnowledgeService } from '../../src/knowledge/service.js';
import { statesKindAsked } from '../../src/agent/asked-kind.js';

// Field-aware re-ranking (src/knowledge/field-rank.ts). A fixture business with titles (its
// services) and headings (what is asked about them), whose vectors are built by hand so the
// geometry is known: a section whose text mentions another aspect in passing is nearer to a
// question about that aspect, by one summed vector, than the section under that heading. The
// means of the business's "about" and "aspect" groups put the right section first.

const database = await createTestDatabase(t);
const { db } = database;
const MODEL = 'hand-made-fields';
const DIMS = 512;

// Axes of the hand-made space: three services, three aspects, and one private axis per chunk (its
// text's own meaning).
const SERVICES = ['Water heater replacement', 'Drain unblocking', 'Boiler service'];
const ASPECTS = ['Prices', 'Who does the work', 'Guarantee'];
const axis = { service: (s: number) => s, aspect: (a: number) => 10 + a, own: (n: number) => 20 + n };

/** A chunk's vector: its service and aspect, its own text's meaning, and what the text mentions in passing. */
function chunkVector(s: number, a: number, n: number, opts: { own?: number; mentions?: number } = {}): number[] {
  const v = new Array<number>(DIMS).fill(0);
  v[axis.service(s)] = 1;
  v[axis.aspect(a)] = 1;
  v[axis.own(n)] = opts.own ?? 1.5;
  if (opts.mentions !== undefined) v[axis.aspect(opts.mentions)] = 1;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

function questionVector(s: number, a: number): number[] {
  const v = new Array<number>(DIMS).fill(0);
  v[axis.service(s)] = 0.6;
  v[axis.aspect(a)] = 0.8;
  return v;
}

// Each row: a question about (service, aspect); its sibling (same service, another aspect)
// mentions the asked aspect in passing and has a short text.
const CASES: Array<{ service: number; aspect: number; sibling: number }> = [
  { service: 0, aspect: 0, sibling: 1 },
  { service: 1, aspect: 2, sibling: 0 },
  { service: 2, aspect: 1, sibling: 2 },
];

async function business(name: string, vectorOf: (s: number, a: number, n: number) => number[]): Promise<string> {
  const b = await db.insertInto('businesses').values({ name }).returning('id').executeTakeFirstOrThrow();
  let n = 0;
  for (const [s, title] of SERVICES.entries()) {
    const item = await db.insertInto('knowledge_items').values({ business_id: b.id, title, content: title, status: 'READY', embedding_model: MODEL }).returning('id').executeTakeFirstOrThrow();
    for (const [a, heading] of ASPECTS.entries()) {
      await db
        .insertInto('knowledge_chunks')
        .values({ business_id: b.id, item_id: item.id, ordinal: n, heading, content: `${name}: ${title}, ${heading}.`, embedding: vectorLiteral(vectorOf(s, a, n)), embedding_model: MODEL })
        .execute();
      n++;
    }
  }
  return b.id;
}

const siblingOf = (s: number, a: number) => CASES.find((c) => c.service === s && c.sibling === a);
const mine = await business('Mine', (s, a, n) => {
  const c = siblingOf(s, a);
  return c ? chunkVector(s, a, n, { own: 0.3, mentions: c.aspect }) : chunkVector(s, a, n);
});
// The rival's "aspect" sections point elsewhere: mixed into the asking business's groups, they
// would change its ranking.
const rival = await business('Rival', (s, a, n) => chunkVector(s, (a + 1) % ASPECTS.length, n, { own: 0.2 }));

// The kind of fact asked (src/agent/asked-kind.ts). One business, two services, each with a price
// and a duration section; the question asks a price in words that name neither heading nor text
// ("what would it run me"), and its vector (as the sentence encoder reads "run") is a little nearer
// the duration sections: by vectors and fields alone the duration section comes first.
const KIND_SERVICES = ['Tank swap', 'Valve check'];
const KIND_SECTIONS = [
  { heading: 'Prices', text: (t: string) => `${t}: $120 all in.` },
  { heading: 'How long it takes', text: (t: string) => `${t}: around 90 minutes from start to finish.` },
];
const KIND_QUESTION = 'what would it run me';
function kindVector(s: number, a: number, n: number): number[] {
  const v = new Array<number>(DIMS).fill(0);
  v[axis.service(s)] = 1;
  v[axis.aspect(a)] = 1;
  v[axis.own(n)] = 0.5;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}
/** The question: about the first service, its aspect read half as a duration (a little more) and half as a price. */
const kindQuestion = (() => {
  const v = new Array<number>(DIMS).fill(0);
  v[axis.service(0)] = 0.7;
  v[axis.aspect(1)] = 0.52;
  v[axis.aspect(0)] = 0.48;
  return v;
})();
const kindBusiness = await (async () => {
  const b = await db.insertInto('businesses').values({ name: 'Kinds' }).returning('id').executeTakeFirstOrThrow();
  let n = 30;
  for (const [s, title] of KIND_SERVICES.entries()) {
    const item = await db.insertInto('knowledge_items').values({ business_id: b.id, title, content: title, status: 'READY', embedding_model: MODEL }).returning('id').executeTakeFirstOrThrow();
    for (const [a, sec] of KIND_SECTIONS.entries()) {
      await db
        .insertInto('knowledge_chunks')
        .values({ business_id: b.id, item_id: item.id, ordinal: n, heading: sec.heading, content: sec.text(title), embedding: vectorLiteral(kindVector(s, a, n)), embedding_model: MODEL })
        .execute();
      n++;
    }
  }
  return b.id;
})();

// Every fixture is written before the first subtest: once a subtest has run, the root test may end
// (and close the database) while a top-level await is still waiting on PostgreSQL.
t.test('labels: what a chunk is about and which aspect it answers, from its title and heading path', async (t) => {
  const rows: Array<[title: string, heading: string, about: string, aspect: string]> = [
    ['Water heater replacement', 'Prices', 'water heater replacement', 'prices'],
    ['Flowline guide', 'Water heater replacement > Prices', 'water heater replacement', 'prices'],
    ['Flowline guide', 'Services > Water heater replacement > Prices ', 'water heater replacement', 'prices'],
    ['Opening hours', '', 'opening hours', 'opening hours'],
    ['FAQ', 'Do you work weekends?', 'faq', 'do you work weekends?'],
  ];
  for (const [title, heading, about, aspect] of rows) t.same(fieldLabels(title, heading), { about, aspect }, `${title} / ${heading}`);
});

const search = async (businessId: string, c: (typeof CASES)[number], fields: boolean) =>
  hybridSearch(db, {
    businessId,
    // No word of the fixture: the vector leg alone ranks the candidates.
    query: 'qqq zzz',
    embedding: questionVector(c.service, c.aspect),
    model: MODEL,
    k: 3,
    path: 'exact',
    fields: fields ? await readFieldGroups(db, businessId, MODEL) : null,
  });

t.test('the summed vector ranks the sibling first; the field groups rank the asked section first', async (t) => {
  for (const c of CASES) {
    const want = `${SERVICES[c.service]} / ${ASPECTS[c.aspect]}`;
    const plain = await search(mine, c, false);
    t.equal(`${plain[0]?.title} / ${plain[0]?.heading}`, `${SERVICES[c.service]} / ${ASPECTS[c.sibling]}`, `${want}: one summed vector puts the sibling that mentions it first`);
    const ranked = await search(mine, c, true);
    t.equal(`${ranked[0]?.title} / ${ranked[0]?.heading}`, want, `${want}: first with the field groups`);
    t.ok(
      ranked.every((h) => h.content.startsWith('Mine:')),
      'only the asking business',
    );
  }
});

t.test("the groups are the asking business's own", async (t) => {
  const groups = await readFieldGroups(db, mine, MODEL);
  t.same([...groups.about.keys()].sort(), SERVICES.map((s) => s.toLowerCase()).sort(), 'one about group per service');
  t.same([...groups.aspect.keys()].sort(), ASPECTS.map((s) => s.toLowerCase()).sort(), 'one aspect group per heading');
  for (const v of [...groups.about.values(), ...groups.aspect.values()]) t.ok(Math.abs(Math.hypot(...v) - 1) < 1e-5, 'unit length');
  // The prices group is the mean of the three "Prices" sections: its aspect axis dominates.
  const prices = groups.aspect.get('prices')!;
  t.ok(prices[axis.aspect(0)]! > prices[axis.aspect(1)]! && prices[axis.aspect(0)]! > prices[axis.aspect(2)]!, 'the prices group points at prices');
  const theirs = await readFieldGroups(db, rival, MODEL);
  t.ok(theirs.aspect.get('prices')![axis.aspect(1)]! > theirs.aspect.get('prices')![axis.aspect(0)]!, "the rival's prices group is its own");
  t.same((await readFieldGroups(db, mine, 'another-model')).about.size, 0, 'only vectors of the asked model');
});

t.test('groups are cached per business until forgotten', async (t) => {
  const groups = createFieldGroups(db);
  const first = await groups.groupsFor(mine, MODEL);
  t.equal(await groups.groupsFor(mine, MODEL), first, 'read once');
  const item = await db.selectFrom('knowledge_items').select('id').where('business_id', '=', mine).where('title', '=', SERVICES[0]!).executeTakeFirstOrThrow();
  const extra = await db
    .insertInto('knowledge_chunks')
    .values({ business_id: mine, item_id: item.id, ordinal: 99, heading: 'Cancellations', content: 'Mine: cancellations.', embedding: vectorLiteral(chunkVector(0, 0, 40)), embedding_model: MODEL })
    .returning('id')
    .executeTakeFirstOrThrow();
  t.notOk((await groups.groupsFor(mine, MODEL)).aspect.has('cancellations'), 'a cached entry until forgotten');
  groups.forget(mine);
  t.ok((await groups.groupsFor(mine, MODEL)).aspect.has('cancellations'), 'read again after forget');
  await db.deleteFrom('knowledge_chunks').where('id', '=', extra.id).execute();
});

t.test('the knowledge service re-ranks by fields when asked to, and forgets a re-ingested business', async (t) => {
  // An embedder that knows the hand-made space: sections by their heading path, questions by a
  // code word (no word of the fixture, so the vectors alone rank).
  const ask = (c: { service: number; aspect: number }) => `qqq${c.service}x${c.aspect}`;
  const questions = new Map(CASES.map((c) => [ask(c), questionVector(c.service, c.aspect)]));
  let n = 100;
  const embedder: Embedder = {
    model: MODEL,
    async embed(texts) {
      return texts.map((q) => questions.get(q) ?? new Array<number>(DIMS).fill(0).map((_, i) => (i === 0 ? 1 : 0)));
    },
    async embedSections(sections: EmbedSection[]) {
      return sections.map((s) => {
        const a = ASPECTS.findIndex((h) => s.heading.endsWith(h));
        const sv = SERVICES.findIndex((h) => s.heading.startsWith(h));
        const c = siblingOf(sv, a);
        return c ? chunkVector(sv, a, n++, { own: 0.3, mentions: c.aspect }) : chunkVector(sv, a, n++);
      });
    },
  };
  const b = await db.insertInto('businesses').values({ name: 'Guide' }).returning('id').executeTakeFirstOrThrow();
  const guide = SERVICES.map((s) => `# ${s}\n${ASPECTS.map((a) => `## ${a}\nWords about ${a.toLowerCase()}.`).join('\n\n')}`).join('\n\n');
  const item = await db.insertInto('knowledge_items').values({ business_id: b.id, title: 'Our guide', source: 'MARKDOWN', content: guide }).returning('id').executeTakeFirstOrThrow();
  const plain = createKnowledgeService({ db, embedder, logger: silentLogger as never });
  const fielded = createKnowledgeService({ db, embedder, logger: silentLogger as never, fieldRanking: true });
  await fielded.ingestItem(b.id, item.id);
  for (const c of CASES) {
    const q = ask(c);
    t.equal((await plain.search(b.id, q, 3))[0]?.heading, `${SERVICES[c.service]} > ${ASPECTS[c.sibling]}`, `${q} without fields: the sibling`);
    t.equal((await fielded.search(b.id, q, 3))[0]?.heading, `${SERVICES[c.service]} > ${ASPECTS[c.aspect]}`, `${q} with fields: the asked section`);
  }
  // A new section, ingested through the service: its group is read at the next question.
  await db.updateTable('knowledge_items').set({ content: `${guide}\n\n# Extra\n## Cancellations\nWords.` }).where('id', '=', item.id).execute();
  await fielded.ingestItem(b.id, item.id);
  const q = ask(CASES[0]!);
  t.equal((await fielded.search(b.id, q, 3))[0]?.heading, `${SERVICES[0]} > ${ASPECTS[0]}`, 'still first after the re-ingest');
});

t.test('a business whose headings hardly repeat gets no groups (each chunk ranks by its own vector)', async (t) => {
  const b = await db.insertInto('businesses').values({ name: 'Many headings' }).returning('id').executeTakeFirstOrThrow();
  const item = await db.insertInto('knowledge_items').values({ business_id: b.id, title: 'FAQ', content: 'FAQ', status: 'READY', embedding_model: MODEL }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('knowledge_chunks')
    .values(Array.from({ length: MAX_FIELD_GROUPS + 1 }, (_, n) => ({ business_id: b.id, item_id: item.id, ordinal: n, heading: `Question ${n}`, content: `Answer ${n}.`, embedding: vectorLiteral(chunkVector(0, 0, n % 400)), embedding_model: MODEL })))
    .execute();
  const groups = await readFieldGroups(db, b.id, MODEL);
  t.equal(groups.about.size + groups.aspect.size, 0, 'no groups');
  const hits = await hybridSearch(db, { businessId: b.id, query: 'qqq', embedding: questionVector(0, 0), model: MODEL, k: 3, path: 'exact', fields: groups });
  t.equal(hits.length, 3, 'still ranked');
});

t.test('a section that states the kind of fact asked (a price) ranks above a sibling section that states another', async (t) => {
  const fields = await readFieldGroups(db, kindBusiness, MODEL);
  const search = (statesKind: ((text: string) => boolean) | null) =>
    hybridSearch(db, { businessId: kindBusiness, query: KIND_QUESTION, embedding: kindQuestion, model: MODEL, k: 2, path: 'exact', fields, statesKind });
  const plain = await search(null);
  t.equal(`${plain[0]?.title} / ${plain[0]?.heading}`, 'Tank swap / How long it takes', 'by vectors and fields alone: the duration of the asked service first');
  const kinded = await search(statesKindAsked(KIND_QUESTION));
  t.equal(`${kinded[0]?.title} / ${kinded[0]?.heading}`, 'Tank swap / Prices', 'the price is asked: the section that states one first');
  t.equal(`${kinded[1]?.title} / ${kinded[1]?.heading}`, 'Tank swap / How long it takes', 'a small boost: the asked service still comes before the other service');
  // A question that asks no kind of fact changes nothing.
  t.equal(statesKindAsked('what does a tank swap involve'), null, 'no kind asked, no test');
});

t.test('the knowledge service ranks by the kind asked when given the reading', async (t) => {
  const embedder: Embedder = {
    model: MODEL,
    async embed(texts) {
      return texts.map(() => kindQuestion);
    },
  };
  const plain = createKnowledgeService({ db, embedder, logger: silentLogger as never, fieldRanking: true });
  const kinded = createKnowledgeService({ db, embedder, logger: silentLogger as never, fieldRanking: true, kindAsked: statesKindAsked });
  t.equal((await plain.search(kindBusiness, KIND_QUESTION, 1))[0]?.heading, 'How long it takes', 'fields alone');
  t.equal((await kinded.search(kindBusiness, KIND_QUESTION, 1))[0]?.heading, 'Prices', 'with the kind asked');
  t.equal((await kinded.search(kindBusiness, 'qqq', 1))[0]?.heading, 'How long it takes', 'a question that asks no kind ranks as before');
});
