import t from 'tap';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 25 (answers): covered questions that got the wrong part of the right row, or no answer.

const ask = (kb: ReturnType<typeof knowledgeOf>, q: string) => extractiveAnswer(q, kb.hits, { vocabulary: kb.vocabulary, wordRank: spokenRank })?.text ?? 'DK';

// "how often should the grease trap be pumped" got the row's price ("Price per pump-out: $395") and
// not its "How often we suggest" cell: a frequency asked picks the column that gives one, as a
// price or a duration asked does.
const grease = knowledgeOf(
  'Hollow Creek Septic',
  `# Hollow Creek Septic

## Grease traps

| Trap | Price per pump-out | How often we suggest |
|---|---|---|
| Under-sink trap (up to 50 gallons) | $145 | Every 2 to 4 weeks |
| In-ground interceptor (up to 1,000 gallons) | $395 | Every 60 to 90 days |

## Filters

| Filter | Price | How often to change |
|---|---|---|
| Sediment cartridge | $35 | Every 6 months |
| Carbon block | $60 | Once a year |
`,
);
const frequencies: Array<[string, RegExp]> = [
  ['how often should the big in-ground interceptor be pumped', /In-ground interceptor.*Every 60 to 90 days/],
  ['how often does an under-sink trap need pumping', /Under-sink trap.*Every 2 to 4 weeks/],
  ['how often should i change the carbon block filter', /Carbon block.*Once a year/],
  ['how frequently do sediment cartridges get swapped', /Sediment cartridge.*Every 6 months/],
];
t.test('a frequency asked of a table row gets the column that gives one', async (t) => {
  for (const [q, want] of frequencies) t.match(ask(grease, q), want, q);
  // (A price asked still gets the price, not the frequency.)
  t.match(ask(grease, 'how much to pump an in-ground interceptor'), /\$395/);
  t.notMatch(ask(grease, 'how much to pump an in-ground interceptor'), /60 to 90 days/);
});
