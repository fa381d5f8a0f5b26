import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import type { KnowledgeService } from '../../src/knowledge/service.js';
import { createKnowledgeAnswerer, extractiveAnswer, semanticSimilarities } from '../../src/agent/answer.js';
import { SEMANTIC } from '../../src/agent/answer-extract.js';
import { unitsOf } from '../../src/agent/answer-units.js';
import type { SentenceEncoder } from '../../src/ai/sentence-encoder.js';
import type { BusinessContext } from '../../src/agent/context.js';

// The sentence encoder's second chance: a question whose words leave every sentence below the
// answer threshold is answered by the sentence the encoder finds clearly closest, when that
// sentence still says part of the question; every other check of an answer still applies. The
// encoder is asked only for such questions. Similarities are given (or come from a fake encoder)
// so the tests are about the rule, not the model.

const KB = `# Hilltop Heating
Hilltop Heating is a family firm founded in 2004 by Ana Silva. We repair boilers and radiators.

## Prices
| Service | Price | Time on site |
| --- | --- | --- |
| Boiler service | $95.50 | 1 hour |
| Radiator bleed | $40 | 30 minutes |

## Financing
Finance is available on jobs over $1,500 at 4.5% APR over 24 months. Approval takes about ten minutes.

## Emergencies
If you smell gas, leave the building and do not touch light switches. Then call the gas board on 0800 555 0101.
Our engineers are Gas Safe registered.`;

const { hits, vocabulary } = knowledgeOf('Hilltop guide', KB);
const units = unitsOf(hits);
const founded = units.findIndex((u) => u.text.startsWith('Hilltop Heating is a family firm'));
const registered = units.findIndex((u) => u.text.startsWith('Our engineers are Gas Safe'));
const repair = units.findIndex((u) => u.text.startsWith('We repair boilers'));
/** `value` for unit `top`, `rest` for every other unit. */
const sims = (top: number, value: number, rest = 0.3) => units.map((_, i) => (i === top ? value : rest));

t.test('a question the words leave below the threshold is answered by the clearly closest sentence', async (t) => {
  t.ok(founded >= 0 && registered >= 0 && repair >= 0, 'the sentences the tests point at are units');
  // ("who owns the company" reads as asking for the owner since session 20, so its words answer it
  // alone: "founded ... by Ana Silva". The clipped "owns the company?" is what the words leave below.)
  t.match(extractiveAnswer('who owns the company', hits, { vocabulary })?.text, /founded in 2004 by Ana Silva/, 'asking for the owner: the words answer');
  t.equal(extractiveAnswer('owns the company?', hits, { vocabulary }), null, 'the words alone do not answer');
  t.match(extractiveAnswer('owns the company?', hits, { vocabulary, similarity: sims(founded, 0.6) })?.text, /founded in 2004 by Ana Silva/);
  t.match(extractiveAnswer('company owner name', hits, { vocabulary, similarity: sims(founded, 0.6) })?.text, /founded in 2004 by Ana Silva/);
});

// ("company owner name": its words cover less of it than AGREEMENT.cover, so only this second
// chance can answer it; "owns the company?" is also answered when the words' first unit is
// the encoder's nearest, see answer-agreement.test.ts.)
t.test('no second chance without a clear margin, enough similarity, or any of the question in the sentence', async (t) => {
  t.equal(extractiveAnswer('company owner name', hits, { vocabulary, similarity: sims(founded, 0.6, 0.6 - SEMANTIC.margin / 2) }), null, 'another sentence is nearly as close');
  t.equal(extractiveAnswer('company owner name', hits, { vocabulary, similarity: sims(founded, SEMANTIC.similarity - 0.05, 0.1) }), null, 'not close enough');
  t.equal(extractiveAnswer('is gas work done by certified people', hits, { vocabulary, similarity: sims(registered, 0.8) }), null, 'the sentence says too little of the question');
  t.equal(extractiveAnswer('owns the company?', hits, { vocabulary, similarity: [0.9] }), null, 'similarities that do not fit the units are ignored');
});

t.test('the checks every answer passes still apply: no yes about a service the knowledge never names', async (t) => {
  t.equal(extractiveAnswer('do you install heat pumps', hits, { vocabulary, similarity: sims(repair, 0.8) }), null);
});

t.test('a sentence the words already answer is not re-ranked by the encoder', async (t) => {
  const a = extractiveAnswer('how much is a radiator bleed', hits, { vocabulary, similarity: sims(founded, 0.9) });
  t.match(a?.text, /Radiator bleed — Price: \$40/);
});

/** Encodes a text as one of three directions, by what it talks about. */
function fakeEncoder(log: string[][], fail = false): SentenceEncoder {
  const axis = (text: string) => (/owns|founded/i.test(text) ? 0 : /gas/i.test(text) ? 1 : 2);
  return {
    model: 'fake',
    async encode(texts) {
      log.push([...texts]);
      if (fail) throw new Error('encoder down');
      return texts.map((x) => {
        const v = new Float32Array(3);
        v[axis(x)] = 1;
        return v;
      });
    },
  };
}

function answerer(encoder: SentenceEncoder, warnings: string[] = []) {
  const knowledge = {
    search: async () => hits,
    vocabulary: async () => vocabulary,
  } as unknown as KnowledgeService;
  return createKnowledgeAnswerer({ knowledge, chat: null, encoder, logger: { warn: (_o: unknown, msg?: string) => void warnings.push(msg ?? ''), error: (_o: unknown, msg?: string) => void warnings.push(msg ?? '') } });
}

const ctx = {
  business: { id: '00000000-0000-4000-8000-000000000001', plan: 'PRO', business_hours: null, timezone: 'UTC' },
  agent: { faq: [] },
  questions: [],
} as unknown as BusinessContext;

t.test('the answerer encodes only a question the words leave unanswered, in one batch', async (t) => {
  const log: string[][] = [];
  const a = answerer(fakeEncoder(log));
  t.match((await a.answer(ctx, 'how much is a radiator bleed')).answer?.text, /\$40/);
  t.equal(log.length, 0, 'answered by its words: the encoder is not asked');
  t.match((await a.answer(ctx, 'owns the company?')).answer?.text, /Ana Silva/);
  t.equal(log.length, 1, 'one batch: the question and every unit');
  t.equal(log[0]!.length, units.length + 1);
  t.same(await semanticSimilarities(fakeEncoder([]), 'owns the company?', hits), units.map((_, i) => (i === founded ? 1 : 0)));
});

t.test('a failing encoder leaves the words to answer alone (and says so in the log)', async (t) => {
  const warnings: string[] = [];
  const a = answerer(fakeEncoder([], true), warnings);
  t.equal((await a.answer(ctx, 'owns the company?')).answer, null);
  t.match(warnings.join(' '), /sentence encoder failed/);
});

t.test("a word naming the visitor's own place ('in the conservatory') says where, not what", async (t) => {
  t.match(extractiveAnswer('do you bleed radiators in the conservatory', hits, { vocabulary })?.text, /^Yes\. Radiator bleed/);
  t.match(extractiveAnswer('who do i call if i smell gas in the cellar', hits, { vocabulary })?.text, /call the gas board/);
  t.equal(extractiveAnswer('do you bleed conservatory radiators', hits, { vocabulary }), null, 'named as a kind of the thing, it is still the subject');
});
