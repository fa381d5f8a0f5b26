import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { positionTerms } from '../../src/agent/answer-units.js';
import { terms } from '../../src/ai/lexical.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Tiers written as COLUMNS (plans side by side, cheapest first): a visitor names a tier by its
// place ("the middle package"), and the column at that place answers.

const KB = `# Shine Window Cleaning

## Care packages
We offer three yearly care packages for homes.

| | Bronze | Silver | Gold |
| --- | --- | --- | --- |
| Price per year | $180 | $320 | $450 |
| Cleans per year | 2 | 4 | 6 |
| Screen washing | No | Yes | Yes |

## Quotes
Quotes for shops and offices are free.`;

const { hits, vocabulary } = knowledgeOf('Shine guide', KB);
const opts = { vocabulary, wordRank: spokenRank };

t.test('the place words of a column', async (t) => {
  const cases: Array<{ i: number; n: number; word: string | null }> = [
    { i: 0, n: 3, word: 'cheapest' },
    { i: 1, n: 3, word: 'middle' },
    { i: 2, n: 3, word: 'top' },
    { i: 1, n: 4, word: null },
    { i: 0, n: 2, word: null },
  ];
  for (const c of cases) {
    const got = positionTerms(c.i, c.n);
    if (c.word) t.ok(got.includes(terms(c.word)[0]!), `column ${c.i} of ${c.n} is the ${c.word}`);
    else t.same(got, [], `column ${c.i} of ${c.n} has no place word`);
  }
});

t.test('a tier named by its place is answered from its column', async (t) => {
  const cases: Array<{ q: string; has: RegExp; not?: RegExp }> = [
    { q: 'how much is the middle package', has: /Silver: \$320/, not: /\$180|\$450/ },
    { q: 'how many cleans a year on the middle package', has: /Silver: 4\b/ },
  ];
  for (const c of cases) {
    const a = extractiveAnswer(c.q, hits, opts);
    t.match(a?.text, c.has, c.q);
    if (c.not) t.notMatch(a?.text ?? '', c.not, `${c.q}: not the other tiers`);
  }
});
