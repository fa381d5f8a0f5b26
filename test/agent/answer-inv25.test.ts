import { readFileSync } from 'node:fs';
import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { unitsOf } from '../../src/agent/answer-units.js';
import { qualityUnanswered } from '../../src/agent/answer-unanswered.js';
import { officeHoursOnly } from '../../src/agent/answer-days.js';
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
  // (Nor a question of the time: "what time do u close on fridays" is the office's hours, not a holiday list naming a Friday.)
  t.equal(officeHoursOnly('what time do u close on fridays', 'Friday — Office and phones: 7:30 am to 4:00 pm.'), false);
  t.match(ask('what time do you close on fridays'), /5pm/);
  t.equal(officeHoursOnly('do you work sundays', 'Cleanings run 7 days a week.'), false);
});

const LAWN = `# Greenleaf Lawn Treatments

## Treatments
We fertilize lawns and control weeds, grubs and crabgrass.

## Safety
Keep pets and children off the lawn until the spray has dried, about an hour.`;

t.test('whether a thing is safe gets no yes the guide never states', async (t) => {
  const ask = guide('Greenleaf Lawn Treatments', LAWN);
  // (Got "Yes. Keep pets and children off the lawn until the spray has dried": a safety never claimed.)
  t.equal(ask('is the spray safe for pets'), 'Keep pets and children off the lawn until the spray has dried, about an hour.');
  // A guide that says it is safe still gets its yes.
  const safe = guide('Greenleaf Lawn Treatments', LAWN.replace('Keep pets', 'Our products are safe for pets once dry. Keep pets'));
  t.match(safe('is the spray safe for pets'), /^Yes\. Our products are safe for pets once dry/);
  t.equal(qualityUnanswered('is it safe for my dog', 'Keep pets off the lawn until it dries.'), true);
  t.equal(qualityUnanswered('is it safe for my dog', 'Our products are non-toxic.'), false);
  // (The noun is no quality: "the combo to my safe", "can you move a gun safe".)
  t.equal(qualityUnanswered('can you open my safe', 'We open safes for $175.'), false);
  t.equal(qualityUnanswered('is there a fee to change a safe combination', 'Changing a combination is $75.'), false);
});

const PESTS = `# Desert Guard Pest Control
Ants, scorpions, roaches and termites.

## Safety
Pets and kids should stay off treated areas until they are dry, about 30 minutes.`;

t.test('a yes needs the thing asked about, not only a word for its kind in a heading', async (t) => {
  const ask = guide('Desert Guard Pest Control', PESTS);
  // (Got "Yes. Pets and kids should stay off treated areas ...": fleas are met only by "Pest" in the title.)
  t.equal(ask('do you treat fleas'), null);
  t.match(ask('do you do termites'), /^Yes\. Ants, scorpions, roaches and termites/);
});

const GARAGE = `# Harbor Auto Repair
Our mechanics repair cars, SUVs and light trucks of every make.

## Loaners
We have four loaner cars for repairs that take more than one day.`;

t.test('"detail" right after "you" is the service asked for, no everyday word', async (t) => {
  const ask = guide('Harbor Auto Repair', GARAGE);
  // (Got "Yes. We have four loaner cars ...": the detailing asked for is never said.)
  t.equal(ask('do you detail cars'), null);
  t.match(ask('do you repair cars'), /^Yes\. Our mechanics repair cars/);
});

const HEATING = `# Prices
| Service | Price |
| --- | --- |
| Furnace tune-up | $119 |
| Heat pump tune-up | $149 |
| Thermostat install | $189 |`;

t.test("a row pricing another kind of job on the thing is no price of the job asked", async (t) => {
  const ask = guide('Lakeshore Heating', HEATING);
  // (Got "Heat pump tune-up — Price: $149." for putting a new heat pump in.)
  t.equal(ask('how much to install a heat pump'), null);
  t.equal(ask('how much to replace a furnace'), null);
  t.match(ask('how much is a heat pump tune-up'), /\$149/);
  t.match(ask('how much to install a thermostat'), /\$189/);
});

const DENTAL = `# Treatments and prices
| Treatment | Price |
| --- | --- |
| Check-up and cleaning | $129 |
| Root canal (front tooth) | $890 |
| Teeth whitening (in office) | $450 |`;

t.test('a job the knowledge never names is asked, not a kind of the thing the label names', async (t) => {
  const k = knowledgeOf('Maple Dental', DENTAL);
  const units = unitsOf(k.hits);
  // The encoder's reading puts the root canal row clearly first, as it did for the visitor.
  const similarity = units.map((u) => (/Root canal/.test(u.text) ? 0.7 : 0.3));
  const ask = (q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, business: 'Maple Dental', similarity })?.text ?? null;
  // (Got "Root canal (front tooth) — Price: $890. Teeth whitening ... $450." for an extraction.)
  t.equal(ask('how much is a tooth extraction'), null);
  t.match(ask('how much is a root canal'), /\$890/);
});

t.test('a price is no word on whether a thing is safe', async (t) => {
  const ask = guide('Green Light Driving School', readFileSync(new URL('../fixtures/guides/driving-school.md', import.meta.url), 'utf8'));
  // (Got "Road test package (warm-up lesson + car for the test): $180. Full BDE course ...: $795." for "are your cars safe".)
  t.equal(ask('are your cars safe'), null);
  t.match(ask('how much is the road test package'), /\$180/);
});
