import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// A question about one kind of a thing ("a SMOKE detector") is not answered by a sentence about
// another kind of it ("a GLASS-BREAK detector"), when the guide never says the asked kind at all:
// that would be a price for something the business never said it sells. Our own guides (a home
// alarm installer in running prose, a bike shop with a price table), not the eval's.

const ALARMS = `# Brightwave Alarms
## Pricing
A standard four-sensor alarm kit costs $349 installed, and each extra door sensor is $35. Monitoring is $24.99 a month with no contract. A glass-break detector adds $55.

## Payment
We accept Visa, Mastercard, American Express and cash.`;

const BIKES = `# Spoke & Chain Bikes
## Repairs
| Job | Price |
|---|---|
| Road bike tune-up | $85 |
| Flat tyre repair | $20 |
Roadside jump-starts for e-bike batteries are $30.`;

const alarms = knowledgeOf('Brightwave guide', ALARMS);
const bikes = knowledgeOf('Spoke & Chain guide', BIKES);
const ask = (k: typeof alarms, q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank })?.text ?? null;

const cases: Array<[string, typeof alarms, string, RegExp | null]> = [
  // Another kind, never named by the guide: "I don't know", not the neighbouring kind's price.
  ['smoke detector (prose)', alarms, 'how much is a smoke detector', null],
  ['motion sensor (prose)', alarms, 'whats a motion sensor cost', null],
  ['mountain bike (table)', bikes, 'how much is a mountain bike tune-up', null],
  // The kind asked about is said: answered.
  ['glass-break detector', alarms, 'whats a glass break detector cost', /glass-break detector adds \$55/],
  ['extra door sensor', alarms, 'how much for an extra door sensor', /extra door sensor is \$35/],
  ['a bare head word', alarms, 'how much is monitoring', /\$24\.99/],
  ['road bike tune-up', bikes, 'how much is a road bike tune up', /\$85/],
  // A hyphenated word of the guide holds its own front word ("jump-starts").
  ['jump start (hyphenated)', bikes, 'jump start price for my ebike battery', /\$30/],
  // A list's comma parts no words together ("Mastercard, American Express").
  ['a list item', alarms, 'do you take american express', /American Express/],
];

for (const [name, k, q, want] of cases) {
  t.test(name, async (t) => {
    const a = ask(k, q);
    if (want) t.match(a ?? '', want, q);
    else t.equal(a, null, `${q}: "I don't know"`);
  });
}

// "a DAY pass", "a MONTH membership" name a thing by its length: no count of days that a rule
// stating "within 14 days" would fit better than the thing's own price.
const PASSES = `# Harbor Climbing Gym
## Passes
- Day pass: $18, shoes included.
- Month membership: $65, unlimited visits.

## Refunds
Annual plans get a full refund within 14 days of joining, after that a $20 transfer fee applies.

## Gear
| Harness age | Service |
|---|---|
| Up to 2 years | Free check |
| Over 2 years | Replace, $45 |`;

const passes = knowledgeOf('Harbor Climbing guide', PASSES);
const lengths: Array<[string, RegExp]> = [
  ['how much is a day pass', /Day pass: \$18/],
  ['whats a month membership cost', /Month membership: \$65/],
];
for (const [q, want] of lengths) t.test(q, async (t) => t.match(ask(passes, q) ?? '', want));
