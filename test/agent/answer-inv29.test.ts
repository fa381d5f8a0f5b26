import t from 'tap';
import { terms } from '../../src/ai/lexical.js';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { chargeUnanswered, policyOfAnother } from '../../src/agent/answer-unanswered.js';
import { durationUnanswered, selfDoneJobPriced, vehicleUnnamed } from '../../src/agent/answer-unsaid.js';
import { forAnotherThing } from '../../src/agent/answer-claims.js';
import { isInstruction, safetyAside } from '../../src/agent/answer-safety.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Session 29 (never invent, the classes answer-probes-inv29 found inventing): each on a guide of our
// own (not the probes' pages), each failing without its gate, with the covered look-alikes beside it
// that must still be answered.

const guide = (title: string, text: string) => {
  const k = knowledgeOf(title, text);
  return (q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, business: title })?.text ?? null;
};

const HOME = `# Pinecrest Home Services

## What we do
We repair faucets, sinks, toilets and water softeners in homes and apartments. We also clean gutters.

## Prices
| Job | Price |
| --- | --- |
| Faucet replacement | $180 |
| Toilet repair | $120 |

A new water softener, installed, costs from $1,400 and usually takes three hours.
Most homes should have their gutters cleaned every 6 to 12 months.

## Grease traps
| Trap | Price per pump-out |
| --- | --- |
| Under-sink trap | $150 |
| In-ground interceptor | $400 |

## Payment
For new water softeners over $1,000 there's financing with 0% interest for 12 months.
New water softeners carry a 5-year warranty. Gutter cleaning has a 30-day clog-free guarantee.
Plan members pay $99 a year.

## Safety and emergencies
If your smoke alarm sounds, get everyone outside and call 911. Don't go back in until the fire department says it's safe.
Smoke detectors older than 10 years should be replaced.`;

t.test('a safety instruction is no yes or no to a question about something else', async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  // (Got "No. Don't go back in until the fire department says it's safe.")
  t.equal(ask('can i get my money back if you cant fix it'), null);
  // The instruction still answers what to do in the danger, and its no answers the act it forbids
  // (tune pc-040 "should i spray the wasp nest myself first" -> "... Do not spray it").
  t.match(ask('what do i do if my smoke alarm goes off'), /get everyone outside/);
  t.equal(isInstruction("Don't go back in until the fire department says it's safe.", 'can i get my money back if you cant fix it'), true);
  t.equal(isInstruction('Do not spray the nest yourself.', 'should i spray the wasp nest myself first'), false);
});

t.test('a request for work on a safety device is no question about the danger', async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  // (Got "Yes. Smoke detectors older than 10 years should be replaced.")
  t.equal(ask('can you replace my smoke detector'), null);
  t.equal(safetyAside('Safety and emergencies', 'can you replace my co carbon monoxide detector'), true);
  t.equal(safetyAside('Safety and emergencies', 'do you install smoke alarms'), true);
  // Asked about the danger itself, the section answers.
  t.equal(safetyAside('Safety and emergencies', 'what do i do if my smoke alarm goes off'), false);
  t.equal(safetyAside('Safety and emergencies', 'my co alarm is beeping'), false);
});

t.test('how often a job is done is no length of the job', async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  // (Got "Most homes should have their gutters cleaned every 6 to 12 months.")
  t.equal(ask('how long does a gutter cleaning take'), null);
  t.equal(durationUnanswered('how long does a septic pumping take', 'Most households should have the tank pumped every 3 to 5 years.'), true);
  t.equal(durationUnanswered('how long does a pumping take', 'A pumping takes about 2 hours, and we suggest one every 3 years.'), false);
  t.match(ask('how often should i get my gutters cleaned'), /every 6 to 12 months/);
});

t.test("a figure added to an answer is the thing's, not only the job's", async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  // (Got "Faucet replacement — Price: $180. A new water softener, installed, ... usually takes three hours.")
  t.equal(ask('how long does a faucet replacement take'), null, { todo: 'the heater sentence ranks first (it holds the span); the thing is required of the unit chosen only when the encoder chose it: required of every unit it cost tune 3 covered items (q17-tw-05, q20-sn-03, q21-cr-11)' });
  // (Got "A new water softener, installed, costs from $1,400 ...": a describing word is no thing of its own.)
  t.match(ask('how long does a water softener install take'), /three hours/);
  t.match(ask('how much is a faucet replacement'), /\$180/);
});

t.test('work on a vehicle or vessel the page never names', async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  // (Got "Yes. We repair faucets, sinks, toilets and water softeners in homes and apartments.")
  t.equal(ask('can you fix the sink in my camper'), null);
  t.equal(ask('do you fix toilets on boats'), null);
  t.match(ask('can you fix the sink in my apartment'), /^Yes\b/);
  const unknown = (w: string) => ['rv', 'boat', 'food'].includes(w);
  t.equal(vehicleUnnamed('can you pump the holding tank on my rv', unknown), true);
  t.equal(vehicleUnnamed('can you fill the tank on my food truck', unknown), true);
  // (A vehicle the page names is its own; a house or a home is no vehicle.)
  t.equal(vehicleUnnamed('can you fix the fridge in my camper', unknown), false);
  t.equal(vehicleUnnamed('can you fix the awning on my house', (w) => w === 'house'), false);
});

t.test('a policy of another thing: the thing without its describing words and its job', async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  const related = () => [];
  // (Got "Yes. New water softeners carry a 5-year warranty.": "new" named the thing.)
  t.equal(ask('is there a warranty on a new toilet'), null);
  t.equal(policyOfAnother('is there a warranty on a new tank install', [{ text: "New boilers and furnaces we install carry 2 years on labor, plus the manufacturer's parts warranty.", heading: 'Warranty' }], related), true);
  // (Got "Yes. Gutter cleaning has a 30-day clog-free guarantee.": the job named no thing.)
  t.equal(ask('is there a guarantee on sink cleaning'), null);
  t.equal(policyOfAnother('is there a guarantee on air duct cleaning', [{ text: 'Dryer vent cleaning has a 90-day clog-free guarantee.', heading: 'Is the work guaranteed?' }], related), true);
  t.equal(policyOfAnother('is there a guarantee on gutter cleaning', [{ text: 'Gutter cleaning has a 30-day clog-free guarantee.', heading: 'Payment' }], related), false);
  t.match(ask('is there a warranty on a new water softener'), /5-year warranty/);
});

t.test('financing asked for one thing, offered for another', async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  // (Got "Yes. For new water softeners over $1,000 there's financing ...")
  t.equal(ask('can i finance a new faucet'), null);
  t.equal(forAnotherThing('can i finance a new opener', "For new doors over $1,500 there's financing.", (t) => t === terms('opener')[0]), true);
  t.match(ask('can i finance a new water softener'), /0% interest/);
});

t.test('a fee for cancelling needs a word of cancelling', async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  // (Got "Yes. Plan members pay $99 a year.")
  t.equal(ask('is there a fee to cancel the plan'), null);
  t.equal(chargeUnanswered('is there a fee to cancel the price cap plan', 'Price Cap plan. Never above the cap: $3.09 per gallon.'), true);
  t.equal(chargeUnanswered('is there a fee to cancel', 'A late cancellation costs $50.'), false);
});

t.test("a row priced for another job by its price's own column", async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  // (Got "Under-sink trap — Price per pump-out: $150.")
  t.equal(ask('how much to install a grease trap'), null);
  t.match(ask('how much to pump an under sink trap'), /\$150/);
});

t.test('the price of a thing with the job the visitor means to do themselves', async (t) => {
  const ask = guide('Pinecrest Home Services', HOME);
  // (Got "A new water softener, installed, costs from $1,400 and usually takes three hours.")
  t.equal(ask('how much is just the water softener if i install it myself'), null);
  t.equal(selfDoneJobPriced('how much is the booster fan if i install it myself', 'A booster fan installed costs $595.'), true);
  t.equal(selfDoneJobPriced('how much is the booster fan if i install it myself', 'A booster fan is $300; you can install it yourself.'), false);
  t.match(ask('how much is a new water softener'), /\$1,400/);
});

const SPA = `# Birchwood Massage

## Treatments
- Swedish massage: relaxing. 60 minutes $90, 90 minutes $125.
- Prenatal massage: side-lying. 60 minutes $95.
- Hot stone add-on: $20 with any 60 or 90 minute massage.

## Hours
Monday to Saturday, 9am to 7pm.`;

t.test('another item of the list is no kind asked', async (t) => {
  const ask = guide('Birchwood Massage', SPA);
  // (Got "Swedish massage ... 90 minutes $125. ... Hot stone add-on: $20 with any 60 or 90 minute massage.")
  t.equal(ask('how much is a 90 minute prenatal massage'), null);
  t.match(ask('how much is a prenatal massage'), /\$95/);
  t.match(ask('how much is a 90 minute swedish massage'), /\$125/);
});

t.test('the lengths listed say no price', async (t) => {
  const ask = guide('Birchwood Massage', SPA);
  // (Got "... The lengths we list: Swedish massage: relaxing.: 60 minutes; ... Hot stone add-on: $20 with any 60 or: 90 minute.")
  const reply = ask('how much is a 30 minute massage') ?? '';
  t.match(reply, /^We don't list a 30 minute option/);
  t.match(reply, /Swedish massage: 60 minutes or 90 minutes/);
  t.notMatch(reply, /\$/);
});
