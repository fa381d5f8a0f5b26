import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { normalizeText } from '../../src/ai/lexical.js';

// Session 15 QA, guides the owner wrote himself.

const MASSAGE = `Harmony Massage Studio - FAQ

Q: How much is a massage?
A: 60 minutes is $85, 90 minutes is $120. Hot stone adds $20. Couples massage (60 min) is $170 for two.

Q: What's your cancellation policy?
A: Please give us 24 hours notice. Late cancellations and no-shows are charged 50% of the session.`;

const massage = knowledgeOf('Harmony Massage Studio', MASSAGE);
const askMassage = (q: string) => extractiveAnswer(q, massage.hits, { vocabulary: massage.vocabulary })?.text ?? null;

t.test('a length said two ways: "an hour massage" is the 60-minute one, "an hour and a half" the 90', async (t) => {
  for (const q of ['how much is an hour massage', 'how much for an hour and a half', 'how much is a one-hour massage', 'price of an hour long massage']) {
    t.match(askMassage(q), /^60 minutes is \$85, 90 minutes is \$120\./, q);
  }
  t.equal(normalizeText('an hour and a half'), '90 minutes');
  t.equal(normalizeText('a 1-hour session'), 'a 60 minutes session');
  // A rate keeps its hour: "$50 an hour for labor", "how much an hour".
  t.equal(normalizeText('$50 an hour for labor'), '$50 an hour for labor');
  t.equal(normalizeText('how much an hour'), 'how much an hour');
  t.equal(normalizeText('we left an hour ago'), 'we left an hour ago');
});
