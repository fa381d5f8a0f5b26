import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { tableRuns, unitsOf } from '../../src/agent/answer-units.js';
import { stem } from '../../src/ai/lexical.js';

// Shapes real owners' guides take that the eval's guides never had (found in QA with a chimney
// sweep's guide typed as an owner would): a note written straight under a price table, an FAQ of
// "Question? Answer." lines (also bold or "Q:/A:"), and irregular verbs in visitors' questions.

const KB = `# Sootbusters Chimney & Fireplace
## Prices
| Service | Price |
|---|---|
| Standard chimney sweep (one flue) | $229 |
| Pellet stove cleaning | $189 |
| Dryer vent cleaning | $139 |
Glazed creosote removal is quoted after inspection, usually $400 to $900.

## FAQ
How often should I sweep? Once a year, or every cord of wood burned, whichever comes first.
Do you sell firewood? No, but we can recommend local suppliers.
**Do you install new fireplaces?** Yes, gas inserts only. Installs start at $3,800 including the insert.
Q: Can I stay home during the sweep?
A: Sure, we use drop cloths and a HEPA vacuum so there is no mess.

**Do you take credit cards?**

Visa and Mastercard, no Amex.`;

const { hits, vocabulary } = knowledgeOf('Sootbusters guide', KB, { counted: false });
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? null;

t.test('a table with a note under it: rows stay rows, the note stays a sentence', async (t) => {
  t.same(tableRuns('| a | b |\n|---|---|\n| x | 1 |\nA note.\nAnother.'), ['| a | b |\n|---|---|\n| x | 1 |', 'A note.\nAnother.']);
  t.same(tableRuns('Intro line.\n| a | b |\n| x | 1 |'), ['Intro line.', '| a | b |\n| x | 1 |']);
  const units = unitsOf(hits);
  t.notOk(units.some((u) => u.text.includes('|')), 'no unit keeps the markdown pipes');
  t.ok(units.some((u) => u.kind === 'row' && u.label === 'Pellet stove cleaning'), 'the rows are read as rows');
  t.match(ask('how much is pellet stove cleaning'), /^Pellet stove cleaning\b.*\$189/);
  t.notMatch(ask('how much is pellet stove cleaning') ?? '', /\|/);
  t.match(ask('how much to remove glazed creosote'), /\$400 to \$900/, 'the note under the table is found as a sentence');
});

t.test("an FAQ's question is not an answer; its answer is, and answers for the question's words", async (t) => {
  const units = unitsOf(hits);
  t.notOk(units.some((u) => /\?$/.test(u.text)), 'no question of the guide is said back as an answer');
  t.notOk(units.some((u) => /^\*\*|^Q:|^A:/.test(u.text)), 'no bold marks or Q:/A: prefixes in what is said');
  t.match(ask('do you sell firewood'), /^No, but we can recommend local suppliers\./, "the guide's own no, not a yes");
  t.match(ask('can you install a new fireplace'), /^Yes, gas inserts only\./, 'a bold question; the guide already says yes, so no second "Yes."');
  t.notMatch(ask('can you install a new fireplace') ?? '', /^Yes\. Yes/);
  t.match(ask('can i stay home during the sweep'), /^Sure, we use drop cloths/, 'Q:/A: lines; the guide says yes with "Sure", so no "No." from its "no mess"');
  t.match(ask('do you take credit cards'), /Visa and Mastercard/, 'a question whose answer is in the next paragraph');
});

t.test('irregular past forms meet their verbs', async (t) => {
  for (const [past, base] of [['swept', 'sweep'], ['paid', 'pay'], ['bought', 'buy'], ['broken', 'break'], ['frozen', 'freeze'], ['stolen', 'steal']] as const) t.equal(stem(past), stem(base), `${past} ~ ${base}`);
  for (const word of ['saw', 'left', 'fell', 'found', 'led']) t.not(stem(word), stem({ saw: 'see', left: 'leave', fell: 'fall', found: 'find', led: 'lead' }[word]!), `${word} keeps its own sense`);
  t.match(ask('how often should it be swept'), /^Once a year, or every cord of wood burned/, 'and "how often" is answered by a frequency, not by the sweep\'s price');
});

t.test('a compound ending in the word asked about', async (t) => {
  const { morphMatch } = await import('../../src/agent/answer-words.js');
  for (const [term, unit] of [['wood', 'firewood'], ['light', 'flashlight'], ['brush', 'toothbrush']] as const) t.ok(morphMatch(stem(term), new Set([stem(unit)])), `${term} ~ ${unit}`);
  for (const [term, unit] of [['stand', 'understand'], ['come', 'outcome']] as const) t.notOk(morphMatch(stem(term), new Set([stem(unit)])), `${term} is not ${unit}`);
  t.match(ask('do u sell wood'), /^No, but we can recommend local suppliers/, '"wood" finds the FAQ about firewood, not "selling a home" with a yes');
});

t.test("an FAQ answer that starts with 'It' refers to its question, not to the answer before", async (t) => {
  const { hits, vocabulary } = knowledgeOf('FAQ', `## FAQ\nDo you clean gutters? No, we only do chimneys and dryer vents.\nHow long does a liner install take? It usually takes about 6 hours.`, { counted: false });
  const a = extractiveAnswer('how long does a liner install take', hits, { vocabulary })?.text ?? '';
  t.match(a, /^It usually takes about 6 hours\./);
  t.notMatch(a, /gutters|dryer vents/, 'the previous answer is not put in front of it');
});

t.test('a second question that names nothing of its own asks about the first; "put in" is installing', async (t) => {
  const { hits, vocabulary } = knowledgeOf('Sootbusters guide', `## Prices\n| Service | Price |\n|---|---|\n| Standard chimney sweep | $229 |\n| Gas fireplace service and safety check | $179 |\n| Dryer vent cleaning | $139 |\n\n## FAQ\nDo you install new fireplaces? Yes, gas inserts only. Installs start at $3,800 including the insert.`, { counted: false });
  const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? '';
  const a = ask('can you put in a gas fireplace and whats it cost');
  t.match(a, /^Yes\b/, 'the guide says yes');
  t.match(a, /Installs start at \$3,800/, "the install's price, said by the FAQ's second sentence");
  t.match(a, /gas inserts only/, 'and what kind it installs');
  t.notMatch(a, /\$229|\$139/, 'not the whole price list (QA: "whats it cost" alone was a bare price question)');
  t.notMatch(a, /\$179/, 'not the price of servicing one');
  t.match(ask('how much to put in a new gas insert'), /\$3,800/);
});
