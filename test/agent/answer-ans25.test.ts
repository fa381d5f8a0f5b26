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

// "do you fix sub zero fridges" got "I don't know that" although the guide says "We don't work on
// Sub-Zero, Viking, Miele ...": a refusal to WORK ON a thing refuses every job on it (fix, repair,
// install), and a hyphenated name is said with a space or run together ("sub zero", "subzero").
const appliance = knowledgeOf(
  'Brightside Appliance Repair',
  `# Brightside Appliance Repair

## What we fix

We fix washers, dryers, fridges, freezers, ovens and dishwashers in people's homes.
We don't work on Sub-Zero, Viking, Miele or commercial (restaurant) equipment.
We do not install gas lines.

## Prices

A diagnostic visit is $89, credited toward the repair.
`,
);
const refused: Array<[string, RegExp]> = [
  ['do you fix sub zero fridges', /^No\. We don't work on Sub-Zero/],
  ['can you repair a subzero', /^No\. We don't work on Sub-Zero/],
  ['can you fix my viking range', /^No\. We don't work on Sub-Zero/],
  ['could you service a miele dishwasher', /^No\. We don't work on Sub-Zero/],
  // (The same verb refused as before.)
  ['can you install a gas line for my dryer', /^No\. We do not install gas lines/],
];
t.test('a refusal to work on a thing says no to every job on it', async (t) => {
  for (const [q, want] of refused) t.match(ask(appliance, q), want, q);
  // (A thing it does work on gets no no.)
  t.notMatch(ask(appliance, 'do you fix fridges'), /^No\./);
  t.notMatch(ask(appliance, 'can you repair my dishwasher'), /^No\./);
});
