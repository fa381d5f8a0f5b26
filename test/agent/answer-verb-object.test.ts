import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';

// "do you TAKE crypto": the object names what is asked about. When a sentence that says only the
// verb ("We take bank transfer and cards.") ties with one that names the object ("No crypto."),
// the object's sentence answers, so its no is not turned into a yes.

const KB = `# Pixel Studio
## Payment
- We take bank transfer and all major cards. No crypto.
- We accept purchase orders from schools. Cheques are not accepted.

## Delivery
We ship printed work anywhere in the state. No international shipping.`;

const { hits, vocabulary } = knowledgeOf('Pixel Studio guide', KB);
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? '';

t.test("a tie goes to the unit that names the question's object", async (t) => {
  const cases: Array<[string, RegExp, RegExp]> = [
    ['do you take crypto', /^No crypto\./, /^Yes/],
    ['do you accept cheques', /Cheques are not accepted/, /^Yes/],
    ['do you ship international', /No international shipping/, /^Yes/],
  ];
  for (const [q, want, not] of cases) {
    const a = ask(q);
    t.match(a, want, q);
    t.notMatch(a, not, `${q}: no yes`);
  }
  t.match(ask('do you take cards'), /^Yes\. We take bank transfer and all major cards\./, 'the verb and the object in one sentence: a yes');
});
