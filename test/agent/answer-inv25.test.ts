import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { officeHoursOnly } from '../../src/agent/answer-polarity.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Session 25 (never invent): the general causes behind the probes of answer-probes-inv25, each on a
// guide of our own, each failing without its fix.

const guide = (title: string, text: string) => {
  const k = knowledgeOf(title, text);
  return (q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, business: title })?.text ?? null;
};

const CARPETS = `# Fresh Step Carpet Care
Carpet and upholstery cleaning in Dayton and Kettering.

## Hours
Office: Monday to Friday 9am to 5pm. Cleanings run 7 days a week, starting at 8am.

## Prices
Carpet cleaning is $45 per room.`;

t.test("the office's hours are no no to the days the work runs", async (t) => {
  const ask = guide('Fresh Step Carpet Care', CARPETS);
  // (Got "No. Office: Monday to Friday 9am to 5pm.": the cleanings run on Sundays.)
  const sunday = ask('do you work sundays');
  t.match(sunday, /7 days a week/);
  t.notMatch(sunday, /^No\b/);
  t.notMatch(sunday, /Office/);
  t.match(ask('can you clean on a saturday'), /^Yes\. Cleanings run 7 days a week/);
  // Asked about the office, or about being open, the office's hours still answer.
  t.match(ask('are you open on saturday'), /^No\. Office: Monday to Friday/);
  t.equal(officeHoursOnly('do you work sundays', 'Office: Monday to Friday 9am to 5pm.'), true);
  t.equal(officeHoursOnly('can i call on sunday', 'Office: Monday to Friday 9am to 5pm.'), false);
  t.equal(officeHoursOnly('do you work sundays', 'Cleanings run 7 days a week.'), false);
});
