import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';

// A price table as a clinic or a salon types it: the same service in two lengths, with the length
// abbreviated ("30 min"). Found in QA with a chiropractic clinic's guide: "how much is a massage"
// got "Massage therapy — Price: $90. Massage therapy — Price: $55." (two prices for one thing), and
// "how much is a 30 min massage" got nothing ("min" is read "minutes", which the row never said).

const KB = `# Cedar Wellness
## Prices
| Visit | Length | Price |
|---|---|---|
| New patient exam + X-rays | 60 min | $145 |
| Adjustment | 15 min | $55 |
| Massage therapy | 60 min | $90 |
| Massage therapy | 30 min | $55 |
| Dog walk | 2 hrs | $40 |

## First visit
Arrive 15 minutes early to fill in forms.
`;
const { hits, vocabulary } = knowledgeOf('Cedar Wellness guide', KB);
const answer = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? '';

t.test('rows said together that share a label keep what tells them apart', async (t) => {
  t.equal(answer('how much is a massage'), 'Massage therapy — Length: 60 min; Price: $90. Massage therapy — Length: 30 min; Price: $55.');
  t.match(answer('how much is an adjustment'), /^Adjustment — Price: \$55\.$/, 'a row alone keeps to the column asked for');
});

t.test("a length the visitor writes out picks the row that abbreviates it", async (t) => {
  for (const [q, price, not] of [
    ['how much is a 30 min massage', '$55', '$90'],
    ['how much is the 30 minute massage', '$55', '$90'],
    ['price of a 60 min massage', '$90', '$55'],
  ] as const) {
    const a = answer(q);
    t.match(a, `Massage therapy — Price: ${price}`, q);
    t.notMatch(a, not, `${q}: not the other length`);
    t.notMatch(a, /Arrive 15 minutes/, `${q}: no sentence added for "minutes"`);
  }
  t.match(answer('how much for a 2 hour dog walk'), /Dog walk — Price: \$40/, '"2 hrs" is two hours');
});
