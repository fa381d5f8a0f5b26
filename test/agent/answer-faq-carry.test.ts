import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { unitsOf } from '../../src/agent/answer-units.js';
import { terms } from '../../src/ai/lexical.js';

// An FAQ answer of several sentences: the later ones go on from the first ("Yes, gas inserts only.
// Installs start at $3,800." prices a gas insert), so the first one's words carry forward; a later
// sentence's words never carry back onto the first ("Short on cash? Call the office first. We can
// split a bill into two payments.": calling the office says nothing about split payments).

const KB = `# Billing
Short on cash? Call the office first. We can split a bill into two payments twice a year.
Do you do boiler installs? Yes, combi boilers only. Fitting starts at $2,400 with the boiler.

# Visits
We come out Monday to Friday.`;

const { hits, vocabulary } = knowledgeOf('Guide', KB);
const units = unitsOf(hits);
const unit = (start: string) => units.find((u) => u.text.startsWith(start))!;
const has = (start: string, word: string) => terms(word).every((w) => unit(start).terms.has(w));

t.test('words carry forward from the first sentence of an FAQ answer, not back', async (t) => {
  const cases: Array<[string, string, boolean]> = [
    ['Call the office first', 'cash', true], // the question's words
    ['Call the office first', 'split', false], // a later sentence's words never carry back
    ['Call the office first', 'payments', false],
    ['We can split a bill', 'office', true], // the first sentence's words carry forward
    ['We can split a bill', 'cash', true],
    ['Fitting starts at', 'combi', true],
    ['Fitting starts at', 'install', true],
    ['Yes, combi boilers only', 'fitting', false],
    ['We come out Monday to Friday', 'boiler', false], // no FAQ: nothing carried
  ];
  for (const [start, word, expected] of cases) t.equal(has(start, word), expected, `${start} ~ ${word}: ${expected}`);
});

t.test('an answer sentence is not claimed for what only a later sentence says', async (t) => {
  const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? null;
  t.notMatch(ask('can i split my bill into weekly payments') ?? '', /^Yes\. Call the office first/, 'no yes from the sentence before');
  t.match(ask('how much to fit a combi boiler') ?? '', /\$2,400/, 'the later sentence still prices what the first one names');
});
