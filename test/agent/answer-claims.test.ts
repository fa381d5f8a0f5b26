import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { askedThing, instructsVisitor, namedOnlyAsModifier, verbOfSomethingElse } from '../../src/agent/answer-claims.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// A yes is a claim about the thing asked for: a sentence that names it only as the first word of
// another thing ("RAT snakes"), says the question's verb of something else ("when you SELL A
// HOUSE") says no yes.

t.test('the thing asked about and its verb', async (t) => {
  t.same(askedThing('do you do rats in the basement'), { verb: 'do', thing: 'rats' });
  t.same(askedThing('can you install a ceiling fan for me'), { verb: 'install', thing: 'ceiling fan' });
  t.equal(askedThing('what are your hours'), null);
});

t.test('named only as the first word of another thing', async (t) => {
  const rows: Array<[string, string, boolean]> = [
    ['do you do rats in the basement', 'Most snakes here are harmless, mostly rat snakes and garter snakes.', true],
    ['do you clean ducts', 'Our duct tape repairs are temporary.', true],
    ['do you do rats in the basement', 'We remove rats and mice.', false],
    ['do you do rats', 'Rat removal starts at $200.', false],
    ['do you clean ducts', 'We clean ducts and vents.', false],
  ];
  for (const [q, text, want] of rows) t.equal(namedOnlyAsModifier(q, text), want, `${q} / ${text}`);
});

t.test("the question's verb said of something else", async (t) => {
  const rows: Array<[string, string, boolean]> = [
    ['do you sell firewood by the cord', 'An inspection is what you need when you buy or sell a house.', true],
    ['can you install a ceiling fan', 'We install EV chargers.', true],
    ['do you sell firewood', 'We sell seasoned firewood by the cord.', false],
    ['do you sell gift cards', 'Gift cards are sold at the front desk.', false],
    ['can you install a ceiling fan', 'We install ceiling fans and light fixtures.', false],
    ['do you do gutters', 'We do gutters.', false],
    // A verb with no object of its own says it of what was just named.
    // As the reader sees it after the typo step splits "firewood": "after a chimney fire" is a clause of its own, not what is sold.
    ['do you sell fire wood by the cord', 'A Level 2 is what you need when you buy or sell a house, after a chimney fire, or when you change fuel (wood to gas).', true],
    ['do you sell fire wood', 'Seasoned fire wood is sold by the cord.', false],
    ['do you drill safes', 'Opening a locked safe costs $175, and we drill only as a last resort.', false],
    ['do you charge extra to come that far', 'Beyond 20 miles we add a travel charge of $2 per mile.', false],
  ];
  for (const [q, text, want] of rows) t.equal(verbOfSomethingElse(q, text), want, `${q} / ${text}`);
});

const GUIDE = `# Ridgeline Roofing & Wildlife
## Roofing
We repair shingle roofs. A roof inspection is $150. A full roof replacement starts at $9,000.

## Payment
| Option | Taken? |
| --- | --- |
| Cards | Yes |
| Financing | No, sorry |

## Snakes
Almost every snake we catch is harmless, mostly rat snakes and garter snakes.

## Home sales
A roof certification is what you need when you buy or sell a house.`;

t.test('no invented yes from a sentence about something else', async (t) => {
  const { hits, vocabulary } = knowledgeOf('Ridgeline guide', GUIDE);
  const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary, wordRank: spokenRank })?.text ?? null;
  for (const q of ['do you do rats in the attic', 'do you sell shingles to homeowners']) t.notMatch(ask(q), /^Yes/, q);
  t.match(ask('do you repair shingle roofs'), /^Yes\./, 'the verb said of the thing asked: yes');
  t.match(ask('how much is a roof inspection'), /\$150/);
});

t.test('what the visitor is told to do in a case is no yes to a service', async (t) => {
  const rows: Array<[string, string, boolean]> = [
    ['can you get a skunk out from under my deck', 'If a fox or skunk is stumbling in the daytime, bring everyone inside and call Animal Control.', true],
    ['do you remove bees', 'If you are stung, call 911.', true],
    ['do you remove bees', 'If the nest is in a wall, we remove the bees and the comb.', false],
    ['what should i do if i get stung', 'If you are stung, call 911.', false],
  ];
  for (const [q, text, want] of rows) t.equal(instructsVisitor(q, text), want, `${q} / ${text}`);
});
