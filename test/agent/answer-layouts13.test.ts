import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Layouts owners write that the answerer must read (our own small guides, not the eval's): a plan
// table with the tiers as COLUMNS and yes/no cells, asked with "include"; and a sentence that opens
// with a list of things before its verb ("Aeration, overseeding and tree work are NOT part of the plan").

const TIERS = `# Greenway Lawn Care
## Plans
| | Basic | Plus | Premium |
|---|---|---|---|
| Monthly price | $49 | $79 | $119 |
| Mowing visits | 2 | 4 | 4 |
| Fertiliser | No | Yes | Yes |
| Weed control | No | No | Yes |`;

const LIST_FIRST = `# Greenway Lawn Care
## Monthly plan
The monthly lawn plan is $99 and covers mowing, edging and blowing. Aeration, overseeding and tree work are not part of the plan.`;

const tiers = knowledgeOf('Greenway plans', TIERS);
const listFirst = knowledgeOf('Greenway plan', LIST_FIRST);
const ask = (k: typeof tiers, q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank })?.text ?? null;

const cases: Array<[string, typeof tiers, RegExp]> = [
  ['how much is the plus plan', tiers, /^Monthly price — Plus: \$79/],
  ['does basic include fertiliser', tiers, /^No\. Fertiliser — Basic: No/],
  ['is fertiliser included in plus', tiers, /^Yes\. Fertiliser — Plus: Yes/],
  ['does the plus plan include weed control', tiers, /^No\. Weed control — Plus: No/],
  ['does the monthly plan include aeration', listFirst, /^No\. Aeration, overseeding and tree work are not part of the plan/],
  ['is tree work part of the plan', listFirst, /^No\./],
  ['does the plan include edging', listFirst, /^Yes\. The monthly lawn plan is \$99/],
];
for (const [q, k, want] of cases) t.test(q, async (t) => t.match(ask(k, q) ?? '', want));
