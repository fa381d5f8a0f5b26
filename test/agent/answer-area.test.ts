import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { areaAnswer, areaUnits, unnamedPlace } from '../../src/agent/answer-area.js';
import { createKnowledgeAnswerer } from '../../src/agent/answer.js';
import type { KnowledgeService } from '../../src/knowledge/service.js';
import type { BusinessContext } from '../../src/agent/context.js';

// "Is <town> in your area?" about a town the guide never names: the answer says it is not sure
// about that town and gives what the guide says about where the business works. Examples written
// for this test (not taken from eval/data).

const GUIDE = `# Lakeview Window Washing
## About us
We are a family-run window cleaning company founded in 2015.

## Where we work
We wash windows in Harlow, Kestrel Bay and East Marsh. Homes up to 15 miles outside those towns pay a $25 trip fee.

## Prices
| Job | Price |
| --- | --- |
| Small house | $140 |`;
const { hits, vocabulary } = knowledgeOf('Lakeview guide', GUIDE);

t.test('a place the guide never names, in the ways visitors ask about it', async (t) => {
  const rows: Array<[string, string | null]> = [
    ['is longmont in ur area', 'longmont'],
    ['Is Oak Park within your service area?', 'oak park'],
    ['do u come out to boulder', 'boulder'],
    ['will your crew travel to fort collins', 'fort collins'],
    ['do you serve longmont', 'longmont'],
    ['i live in plymouth, can you still come', 'plymouth'],
    ["we're in oak park, do you cover us", 'oak park'],
    // A place the guide names is answered by the sentence that names it.
    ['do you guys serve kestrel bay?', null],
    ['is harlow in your area', null],
    ['do you come out to kestrel bays', null],
    // No place: a home, a time, a job ("service" and "cover" also ask about jobs), or no place question at all.
    ['do you come to my house', null],
    ['is that in your area', null],
    ['do you cover weekends', null],
    ['do you service small house windows', null],
    ['how much is the trip fee', null],
  ];
  for (const [q, place] of rows) t.equal(unnamedPlace(q, vocabulary), place, q);
  t.equal(unnamedPlace('is longmont in ur area', null), null, 'without the vocabulary nothing is known to be unnamed');
});

t.test('a place the guide never names gets what the guide says about where the business works', async (t) => {
  const a = areaAnswer('longmont', hits);
  t.match(a?.text, /^I'm not sure about Longmont\. Here is where we work: We wash windows in Harlow, Kestrel Bay and East Marsh\. Homes up to 15 miles outside those towns pay a \$25 trip fee\.$/);
  t.same(
    areaUnits(hits).map((u) => u.heading.split(' > ').pop()),
    ['Where we work', 'Where we work'],
    'only the section about where, not the prices or the company',
  );
});

t.test('a guide that says nothing about where gives no area answer', async (t) => {
  const none = knowledgeOf('Studio guide', `# Studio\n## About\nWe design logos.\n\n## Prices\nA logo costs $400.`);
  t.equal(areaAnswer('longmont', none.hits), null);
});

t.test('the answerer: a town the guide never names gets the area answer; a named town the ordinary one', async (t) => {
  const queries: string[] = [];
  const knowledge = {
    search: async (_b: string, q: string) => (queries.push(q), hits),
    vocabulary: async () => vocabulary,
  } as unknown as KnowledgeService;
  const answerer = createKnowledgeAnswerer({ knowledge, chat: null });
  const ctx = {
    business: { id: '00000000-0000-4000-8000-000000000001', plan: 'PRO', business_hours: null, timezone: 'UTC' },
    agent: { faq: [] },
    questions: [],
  } as unknown as BusinessContext;
  t.match((await answerer.answer(ctx, 'is longmont in ur area')).answer?.text, /^I'm not sure about Longmont\. Here is where we work: We wash windows in Harlow/);
  t.match((await answerer.answer(ctx, 'do you serve kestrel bay?')).answer?.text, /^Yes\. We wash windows in Harlow, Kestrel Bay and East Marsh/);
  t.notMatch((await answerer.answer(ctx, 'do you serve kestrel bay?')).answer?.text, /not sure/);
});

// Session 32 (a PostgreSQL run): "what areas do you cover" on a dog walker's guide with no area
// section got "Pet taxi to the vet or groomer within our area" whenever that chunk came first among
// hits of equal score. A sentence that names the towns says where; one that only says "our area" does not.
t.test('with no area section, the sentence that names the towns answers, whichever chunk comes first', async (t) => {
  const walker = knowledgeOf('Happy Tails', `# Happy Tails Dog Walking\n## Extras\nPet taxi to the vet or groomer within our area: $20 each way.\n\n## About us\nWe've been walking dogs in Westfield, Cranford and Garwood since 2016.`);
  for (const hits of [walker.hits, [...walker.hits].reverse()]) {
    t.match(areaUnits(hits).map((u) => u.text).join(' '), /^We've been walking dogs in Westfield, Cranford and Garwood since 2016\.?$/, hits.map((h) => h.heading).join(' | '));
  }
});
