import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 25 QA on owner-written pages (test/fixtures/guides/), asked the way people type.

const guide = (name: string, file: string) => knowledgeOf(name, readFileSync(new URL(`../fixtures/guides/${file}`, import.meta.url), 'utf8'));
const ask = (kb: ReturnType<typeof guide>, q: string) => extractiveAnswer(q, kb.hits, { vocabulary: kb.vocabulary, wordRank: spokenRank })?.text ?? 'DK';

// A massage studio (massage.md) lists "- **Deep tissue massage**: firm pressure for chronic tension.
// 60 minutes $100, 90 minutes $140.": "how much for a deep tissue" got the membership's "$75 per month
// for one 60 minute Swedish or deep tissue massage" (the item's prices were a sentence with no subject).
const massage = guide('Riverside Massage', 'massage.md');
t.test("a list item's figures are the item's prices", async (t) => {
  t.match(ask(massage, 'how much for a deep tissue'), /^Deep tissue massage: .*60 minutes \$100, 90 minutes \$140\.$/);
  t.match(ask(massage, 'how much is a swedish'), /^Swedish massage: .*60 minutes \$90, 90 minutes \$125\.$/);
  t.match(ask(massage, 'price for prenatal massage'), /Prenatal massage: .*60 minutes \$95\./);
  t.match(ask(massage, 'how much is the membership'), /^Monthly membership: \$75 per month/);
});

// "hey do you guys take insurance" got "Yes. We accept cash, all major credit cards, Apple Pay and
// HSA/FSA cards." (insurance only in the section's title, "Payment, insurance and gift cards"): with a
// light verb the object is the subject, and the sentence that says it answers.
t.test('"do you take X" is answered by the sentence that says X', async (t) => {
  t.match(ask(massage, 'hey do you guys take insurance'), /We do not bill insurance directly/);
  t.match(ask(massage, 'do you accept insurance'), /We do not bill insurance directly/);
  t.notMatch(ask(massage, 'do you take insurance'), /^Yes/);
  t.match(ask(massage, 'do you take apple pay'), /^Yes\. We accept cash, .*Apple Pay/);
  t.match(ask(massage, 'do you have gift cards'), /^Yes\. Gift cards are sold/);
});

// "what if i need to cancel" got "We need 24 hours notice to cancel ... If you arrive late, your
// session ends at the scheduled time." (another case, found by its "If"): the sentence after the
// answer that names the case asked tells what follows from it.
t.test('what follows from the case asked is the sentence that names it', async (t) => {
  const a = ask(massage, 'what if i need to cancel');
  t.match(a, /^We need 24 hours notice to cancel/);
  t.match(a, /Late cancellations and no-shows are charged 50%/);
  t.notMatch(a, /arrive late/);
});
