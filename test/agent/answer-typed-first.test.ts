import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';

// A question that must get a kind of answer (how much, how long, how many) is answered by a unit
// above the threshold that holds one, before a unit that only names the subject in a list of
// services ("We do hedge trimming, leaf removal and ...").

const KB = `# Green Thumb Yard Care
We do hedge trimming, lawn mowing, leaf removal and gutter clearing for homes in Millbrook.
Most hedge trimming jobs are booked within a week.

## Leaf removal
- Small yard: $80 per visit.
- Large yard: $140 per visit.

## Gutters
Gutter clearing takes about 2 hours for a two-storey house.`;

const { hits, vocabulary } = knowledgeOf('Green Thumb guide', KB);
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? '';

t.test('the unit that holds the kind of answer asked for wins', async (t) => {
  const cases: Array<[string, RegExp, RegExp]> = [
    ['how much is leaf removal', /\$80/, /^We do hedge trimming/],
    ['how much for leaf removal on a large yard', /\$140/, /^We do hedge trimming/],
    ['how long does gutter clearing take', /2 hours/, /^We do hedge trimming/],
  ];
  for (const [q, want, not] of cases) {
    const a = ask(q);
    t.match(a, want, q);
    t.notMatch(a, not, `${q}: not the list of services first`);
  }
  t.match(ask('do you do leaf removal'), /leaf removal/i, 'a yes/no question asks for no price');
});
