import t from 'tap';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { measuresAsDigits } from '../../src/agent/answer-numbers.js';
import { correctTypos } from '../../src/agent/answer-typos.js';
import { pricedItems } from '../../src/agent/answer-units.js';
import { stemDf } from '../../src/agent/answer-query.js';
import { englishWords, spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 27: covered questions the answerer left unanswered, or answered with more or less than
// was asked, because the visitor's words are another form of the knowledge's: a typo with two
// letters the wrong way round, a casual rewrite's added word the knowledge never uses, a priced
// list written on one line, a stem two different words share. Each question goes through the
// answerer as answer.ts sends it (numbers as digits, typos corrected).

const english = new Set(englishWords());
const ask = (kb: ReturnType<typeof knowledgeOf>, q: string) => {
  const vocabulary = { ...kb.vocabulary, stems: stemDf(kb.vocabulary) };
  return extractiveAnswer(correctTypos(measuresAsDigits(q), vocabulary, english, spokenRank), kb.hits, { vocabulary, wordRank: spokenRank, typed: q })?.text ?? 'DK';
};

const propane = knowledgeOf(
  'Valley Propane',
  `# Valley Propane
Valley Propane delivers propane and heating oil to homes and farms.

## Ordering
- Automatic delivery customers never need to call: we track your usage by the weather.
- Will-call customers: order when your propane gauge reads 30%, or when your oil gauge reads 1/4.

## Prices
Propane is $2.89 a gallon for automatic customers.`,
);
const daycare = knowledgeOf(
  'Little Oaks Daycare',
  `# Little Oaks Daycare
Little Oaks is a licensed daycare for children from 6 weeks to 5 years.

## Contact
During open hours, call the front desk at (555) 762-0100. For something urgent outside open hours, the director's on-call line is (555) 762-0199.

## Hours
Monday to Friday 7am to 6pm.`,
);
const clinic = knowledgeOf(
  'Harbor Physio',
  `# Harbor Physio
Harbor Physio treats back pain, sports injuries and post-surgery rehab.

## Insurance and payment
We bill most major insurers directly. Payment plans are available for patients without insurance; ask the front desk.

## Visits
A first visit takes 60 minutes.`,
);
const bikes = knowledgeOf(
  'Northside Bike Repair',
  `# Northside Bike Repair
Bike repair shop in Northside Minneapolis. We fix road, mountain, hybrid and kids bikes. Basic tune-up $79, full overhaul $189, flat fix $15 plus the tube. We do not sell bikes. We take cards and cash. Most repairs are ready in 2-3 days.`,
);
const studio = knowledgeOf(
  'Northlight Creative',
  `# Northlight Creative
We build websites and online shops, and design logos.

## Packages
| Package | Price | What you get |
| --- | --- | --- |
| Landing page | $950 | One page for a launch or campaign |
| Online shop | $7,500 | Shopify shop with up to 100 products loaded |`,
);

const tattoo = knowledgeOf(
  'Ironwood Tattoo Co.',
  `# Ironwood Tattoo Co.
Custom tattoos and piercings in the Old Mill district.

## Payment
Cash, Visa, Mastercard and Apple Pay. Touch-ups on our own work within 6 months: free.`,
);

const kennel = knowledgeOf(
  'Happy Tails Boarding',
  `# Happy Tails Boarding
Dog and cat boarding, daycare and pet sitting.

## Care extras
| Extra | Price |
| --- | --- |
| Medication, first one | Free |
| Insulin injections | $6 per day |
| Extra walk | $8 |`,
);
const wildlife = knowledgeOf(
  'Critter Control',
  `# Critter Control
We humanely trap and remove raccoons, squirrels, opossums, skunks and bats, then seal the entry points.

## Prices
An inspection is $149.`,
);
const dental = knowledgeOf(
  'Maple Street Dental',
  `# Maple Street Dental
General and family dentistry.

## Children
Nitrous oxide (laughing gas) is available for anxious children and adults for $60.

## Hours
Monday to Friday 8am to 5pm.`,
);
const trees = knowledgeOf(
  'Tall Timber Tree Care',
  `# Tall Timber Tree Care
Tree removal, pruning and stump grinding.

## Pruning prices
| Tree size | Price per tree |
| --- | --- |
| Small, under 20 ft | $175 |
| Medium, 20 to 40 ft | $350 |
| Large, 40 to 60 ft | $650 |`,
);

const cases: Array<[string, ReturnType<typeof knowledgeOf>, string, RegExp, RegExp?]> = [
  // "what should the GUAGE say" got "I don't know": two letters the wrong way round are one slip ("gauge").
  ['two letters swapped are one typo', propane, 'when should i call for propane, what should the guage say', /propane gauge reads 30%/],
  // "after hours emergency number" got "I don't know": "outside open hours" is after hours too.
  ['outside open hours is after hours', daycare, 'after hours emergency number', /on-call line is \(555\) 762-0199/],
  // "i dont have insurance, do you have payment plans" got "I don't know": the casual reading adds
  // "financing" beside "payment plans", a word this clinic never uses; and the visitor's own "don't"
  // told before the question asked no negative ("No. Payment plans are available ...").
  ['a word the rewrite added weighs nothing when unused', clinic, 'i dont have insurance, do you have payment plans', /^Yes\. Payment plans are available for patients without insurance/],
  // (A word the rewrite put in place of the visitor's is what is left of it: "pay in installments" is
  // read "pay in monthly payments financing", and a studio that only names its ways of paying says nothing of it.)
  ['a word the rewrite put in place of the visitor\'s still weighs', tattoo, 'can i pay in installments', /^DK$/],
  // (Nor when the guide never says the visitor's own word: a studio that never says "plan" has nothing on a payment plan.)
  ['a word the rewrite added still weighs when the guide never says the visitor\'s', tattoo, 'the bill is big, can i do a payment plan', /^DK$/],
  // "how much for a flat fix" got the whole sentence of prices: each priced thing of a one-line list answers apart.
  ['a priced list on one line answers item by item', bikes, 'how much for a flat fix', /^Flat fix \$15 plus the tube\.$/],
  ['a priced list on one line answers item by item', bikes, 'whats a full overhaul cost', /^Full overhaul \$189\.$/],
  // "how much is a tune up and how long does it take" got the price alone: the shop's word on its
  // repairs as a whole answers how long.
  ['two asks, two facts', bikes, 'how much is a tune up and how long does it take', /^Basic tune-up \$79\. Most repairs are ready in 2-3 days\.$/],
  // "my cat is diabetic, can you do insulin shots and what does that cost" got "I don't know": "that"
  // points at the insulin shots the question names, not at the diabetic cat told before it.
  ['a pointer after the thing asked points at it', kennel, 'my cat is diabetic, can you do insulin shots and what does that cost', /Insulin injections — Price: \$6 per day/],
  // (After the verb alone the told thing is still what is asked: "moles ... do u trap THOSE" is about moles, which the guide never names.)
  ['a pointer after the verb alone points at the story', wildlife, 'moles are tearing up my lawn, do u trap those', /^DK$/],
  // "whats the charge for laughing gas im super nervous" got "I don't know": "super" says how nervous,
  // and nervous is the guide's "anxious".
  ['how strongly a thing is said names nothing', dental, 'whats the charge for laughing gas im super nervous', /laughing gas\) is available for anxious children and adults for \$60/],
  // "we got a big maple prob 50 foot tall, what would pruning it run me" got "I don't know": "prob" is
  // a hedge, and "it" is the maple told before the question about pruning.
  ['a hedge names nothing', trees, 'we got a big maple prob 50 foot tall, what would pruning it run me', /^Large, 40 to 60 ft — Price per tree: \$650/],
  // "do you do video production" got "Yes. Online shop ... 100 products loaded": production is no product.
  ['production is no product', studio, 'do you do video production', /^DK$/],
];

for (const [name, kb, q, want, not] of cases) {
  t.test(`${name}: ${q}`, async (t) => {
    const a = ask(kb, q);
    t.match(a, want);
    if (not) t.notMatch(a, not);
  });
}

t.test('what is no one-line list of priced things stays one sentence', async (t) => {
  t.same(pricedItems('Basic tune-up $79, full overhaul $189, flat fix $15 plus the tube.'), ['Basic tune-up $79.', 'Full overhaul $189.', 'Flat fix $15 plus the tube.']);
  for (const s of [
    'Battery smoke/CO combo detectors are $65 each installed; hardwired ones are $95 each.',
    'An AC tune-up is also $129.50; book both together for $219.',
    'A health check visit is $150, and with the written report it\'s $250.',
    'Our installed prices start at $7,900 for a 14 kW unit, $10,400 for a 22 kW unit and $12,900 for a 26 kW unit.',
    'Flat fix $15.',
  ])
    t.equal(pricedItems(s), null, s);
  // (The product itself is still found: "how many products" is the online shop's row.)
  t.match(ask(studio, 'how many products can the shop have'), /100 products loaded/);
  // (A "don't" the question itself asks stays a negative asked: "don't you take cash".)
  t.match(ask(clinic, 'do you bill insurers directly'), /^Yes\. We bill most major insurers directly/);
});
