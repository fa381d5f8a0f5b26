import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';

// A "no" or "not" right before a word of the question's subject says no to it, even when another
// clause of the sentence names the rest of the subject ("Nail trim on its own: $15, no appointment
// needed" answers "do I need an appointment for a nail trim" with a no).

const KB = `# Wag & Wash Dog Grooming
## Extras
- Nail trim on its own: $15, no appointment needed, Tuesday and Friday mornings.
- Ear cleaning: $8, not available for puppies under 16 weeks.
- Teeth brushing: $10 with any groom.`;

const { hits, vocabulary } = knowledgeOf('Wag & Wash guide', KB);
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? '';

t.test('a negation right before a subject word is a no', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['do i need an appointment for a nail trim', /^No\. Nail trim on its own/],
    ['is ear cleaning available for puppies', /^No\. Ear cleaning/],
    ['can i get teeth brushing with a groom', /^Yes\. Teeth brushing/],
    ['do you do nail trims on tuesdays', /^Yes\. Nail trim on its own/],
  ];
  for (const [q, want] of cases) t.match(ask(q), want, q);
});
