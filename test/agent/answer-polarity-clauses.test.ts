import t from 'tap';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// QA on owner-written guides (a bike repair profile, a piano tuner's guide), not eval items:
// "can you fix my ebike motor" got "Yes. We fix ... e-bikes (mechanical parts only, we don't do
// e-bike motor or battery repairs)": the yes was read in the first clause naming "e-bike", not in
// the one that says the most of what was asked. "are you open between christmas and new years"
// got "Yes. I take the week between Christmas and New Year's off": time off is closed.

const bikes = knowledgeOf(
  'Spoke & Chain',
  `# What we fix
We fix road bikes, mountain bikes, hybrids, kids' bikes and e-bikes (mechanical parts only, we don't do e-bike motor or battery repairs). A basic tune-up is $89.

# Hours
Monday to Friday 9am to 5pm, Saturday 10am to 2pm. I take the week between Christmas and New Year's off. Take $10 off your first tune-up when you book online.`,
);
const ask = (q: string) => extractiveAnswer(q, bikes.hits, { vocabulary: bikes.vocabulary, wordRank: spokenRank })?.text ?? 'DK';

t.test('the yes or no is read in the clause that says the most of what was asked', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['can you fix my ebike motor', /^No\. /],
    ['do you fix e-bike batteries', /^No\. /],
    ['do you do ebikes', /^Yes\. /],
    ['do you fix kids bikes', /^Yes\. /],
  ];
  for (const [q, expected] of cases) t.match(ask(q), expected, q);
});

t.test('time taken off is closed; money off is not', async (t) => {
  t.match(ask('are you open between christmas and new years'), /^No\. I take the week between Christmas and New Year's off/);
  t.match(ask('are you open saturday'), /^Yes\. /);
});
