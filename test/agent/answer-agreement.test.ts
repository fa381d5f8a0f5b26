import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { AGREEMENT, SEMANTIC } from '../../src/agent/answer-semantic.js';
import { unitsOf } from '../../src/agent/answer-units.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Two readings that agree: a unit the words rank first, though it covers less of the question
// than the answer threshold (down to AGREEMENT.cover), answers when the sentence encoder also
// finds that very unit the closest. When the encoder's nearest unit is another one, the
// question gets "I don't know" (null), as before. The similarities are given, so the tests are
// about the rule, not the model; they stay below SEMANTIC.similarity so the encoder's own second
// chance cannot be what answers.

const KB = `# Spoke & Chain Bike Repair
Spoke & Chain is a small bike workshop on Canal Street, open since 2011.

## Servicing
| Service | Price | Turnaround |
| --- | --- | --- |
| Basic tune-up | $65 | 2 days |
| Full overhaul | $180 | 5 days |

## Collection and delivery
We collect bikes from your door and bring them back once they are fixed, anywhere within 5 miles of the shop, for a flat $15.

## Parts
Customers may supply their own parts; we fit them at our normal labour rate but cannot guarantee parts we did not source.

## Storage
Bikes left more than 30 days after we call to say they are ready are charged $2 per day for storage.

## Damage
If something gets scratched or broken while your bike is with us, we repair it or pay for it.`;

const { hits, vocabulary } = knowledgeOf('Spoke & Chain guide', KB);
const units = unitsOf(hits);
const at = (start: string) => units.findIndex((u) => u.text.startsWith(start));
const near = SEMANTIC.similarity - 0.01;
/** `near` for unit `top`, 0.2 for every other unit. */
const sims = (top: number) => units.map((_, i) => (i === top ? near : 0.2));
const opts = { vocabulary, wordRank: spokenRank };

const cases: Array<{ q: string; nearest: string; answer: RegExp | null; why: string }> = [
  { q: 'someone to grab the bike from my place how much', nearest: 'We collect bikes', answer: /flat \$15/, why: 'the words and the encoder both pick the collection sentence' },
  { q: 'someone to grab the bike from my place how much', nearest: 'Bikes left more than', answer: null, why: 'the encoder reads another sentence: no agreement' },
  { q: 'what if my bike is not picked up for a month', nearest: 'Bikes left more than', answer: null, why: 'the words pick the damage sentence, the encoder the storage one: no answer rather than the wrong one' },
  { q: 'what if my bike is not picked up for a month', nearest: 'If something gets scratched', answer: /repair it or pay for it/, why: 'both pick the damage sentence (agreement is all the rule asks)' },
];

t.test('a unit below the threshold answers only when the encoder finds it the closest too', async (t) => {
  for (const c of cases) {
    const i = at(c.nearest);
    t.ok(i >= 0, `the unit "${c.nearest}" exists`);
    t.equal(extractiveAnswer(c.q, hits, opts), null, `${c.q}: the words alone do not answer`);
    const got = extractiveAnswer(c.q, hits, { ...opts, similarity: sims(i) });
    if (c.answer) t.match(got?.text, c.answer, `${c.q}: ${c.why}`);
    else t.equal(got, null, `${c.q}: ${c.why}`);
  }
});

t.test('below AGREEMENT.cover the words say too little, whatever the encoder reads', async (t) => {
  t.ok(AGREEMENT.cover < 0.5 && AGREEMENT.cover > 0.2);
  // ("fetch", "house": the collection sentence, nearest to the encoder, shares too little of the words.)
  t.equal(extractiveAnswer('will you fetch my bike from my house', hits, { ...opts, similarity: sims(at('We collect bikes')) }), null);
});

t.test('the checks every answer passes still apply: no yes about a thing the guide never names', async (t) => {
  for (const q of ['do you sell electric scooters', 'can you service my jet ski', 'how much is a carbon frame respray']) {
    for (let i = 0; i < units.length; i++) t.equal(extractiveAnswer(q, hits, { ...opts, similarity: sims(i) }), null, `${q} (nearest: unit ${i})`);
  }
});
