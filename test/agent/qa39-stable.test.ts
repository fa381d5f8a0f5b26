import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { ageVerdict } from '../../src/agent/answer-ages.js';

// Session 39: a riding stable's page (test/fixtures/guides/horse-stable.md), asked what its
// customers type. Each case was wrong when the page was first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Hollow Creek Stables', guide: '../guides/horse-stable.md', remoteAddress: '10.0.39.1' });
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;

t.test('an age told meets the least or most age a sentence says (answer-ages ageVerdict, answer-rows creditCounted)', async (t) => {
  // (It said "Yes. We offer riding lessons for kids and adults, ... guided trail rides".)
  t.match(await ask('can my 8 year old go on the trail ride'), /^No\. Trail riders must be at least 10 years old/);
  t.match(await ask('can my 12 year old go on the trail ride'), /^Yes\. Trail riders must be at least 10 years old/);
  // (It quoted the limit with no yes or no: "can HE take lessons" is the question after the story.)
  t.match(await ask('my son is 6. can he take lessons'), /^No\. Lessons are for riders age 7 and up/);
  // Too old or too young asked: outside the ages is the yes (it said "Yes" to a 10 year old).
  t.match(await ask('is my 10 year old too old for camp'), /^No\. .*ages 8 to 14/);
  t.match(await ask('is my 15 year old too old for camp'), /^Yes\. .*ages 8 to 14/);
  t.match(await ask('is my 6 year old too young for camp'), /^Yes\. .*ages 8 to 14/);
  t.match(await ask('can my 15 year old do camp'), /^No\. .*ages 8 to 14/);
  // (The age told is whom the question is for, no part of its own: no camp sentence after the boots;
  // "(no sneakers, no sandals)" is no "no" to boots, nor "no upper age limit" a limit on lessons.)
  const boots = await ask('my daughter is 9 and horse crazy lol, does she need riding boots for lessons');
  t.match(boots, /^Yes\. What to wear: .*boots with a small heel/);
  t.notMatch(boots, /[Ss]ummer camp/);
  // (A notice or an hour is no age: "at least 48 hours ahead", "from 9 am".)
  t.equal(ageVerdict('can my 8 year old come', 'Please book at least 48 hours ahead.'), null);
  t.equal(ageVerdict('can my 8 year old come', 'Kids club runs from 9 am for children.'), null);
  t.equal(ageVerdict('can my 8 year old come', 'Book at least 2 weeks ahead for kids parties.'), null);
  t.equal(ageVerdict('can my 4 week old come', 'We care for babies from 6 weeks.'), 'No');
  // (Nor a count, a size or a price; "years of age" is an age, and "no kids under 10" a least age.)
  t.equal(ageVerdict('can my 14 year old rent a kayak', 'Renters must be at least 16 years of age to rent a kayak.'), 'No');
  t.equal(ageVerdict('can my 12 year old go on the trail ride', 'No kids under 10 years on the trail rides.'), null);
  t.equal(ageVerdict('can my 8 year old go on the trail ride', 'No kids under 10 years on the trail rides.'), 'No');
  t.equal(ageVerdict('can my 4 year old join a group', 'Groups of at least 6 riders; kids ages 3 and up are welcome.'), null);
  t.equal(ageVerdict('can my 6 month old come', "Kids' cooking classes are $20 and up."), null);
  t.equal(ageVerdict('can my 4 year old come', 'Parties for 10+ kids.'), null);
  t.equal(ageVerdict('can my 8 year old ride', 'Riders must be at least 40 in. tall, kids welcome.'), null);
});

t.test('a bracket is an aside within its clause (answer-claims verbOfSomethingElse)', async (t) => {
  // (It said "I don't know": "We teach English (hunt seat) and Western" split at the bracket.)
  t.match(await ask('do you teach western'), /^Yes\. We teach English \(hunt seat\) and Western\./);
  t.match(await ask('do you teach dressage'), /^I don't know/);
});

t.test("a house rule of the thing asked is a yes, though it sits in the safety section", async (t) => {
  // (It said "I don't know" against "Dogs must stay on a leash.")
  t.match(await ask('can i bring my dog'), /^Yes\. Dogs must stay on a leash\./);
  t.match(await ask('are dogs allowed'), /^Yes\. Dogs must stay on a leash\./);
  t.match(await ask('can i smoke'), /^No\. There is no smoking anywhere on the property\./);
  // (Not a rule that keeps it out: "Visitors must stay out of the pastures".)
  t.notMatch(await ask('can visitors walk in the pastures'), /^Yes/);
});

t.test("the stable's own instruction for a horse, 911 for a person (emergency-reply safetyInstructions)", async (t) => {
  // (A colicking horse was told "If a person is hurt, call 911 first.")
  const colic = await ask('hi um my horse is rolling a lot and keeps trying to lay down in his stall, hes sweating');
  t.match(colic, /^If a horse here is colicking, .*\(859\) 555-0199/);
  t.notMatch(colic, /911|get your pet to a vet/);
  t.match(await ask('my horse has a big cut on his leg and its bleeding a lot'), /^If a horse here is colicking/);
  // (A rider hurt is the person's case, not the horse's; whose horse it is is no person hurt.)
  const kick = await ask('the horse kicked my son in the chest');
  t.match(kick, /^If a person is hurt, call 911 first\./);
  t.notMatch(kick, /colicking/);
  t.match(await ask("my daughter's horse is colicking what do i do"), /^If a horse here is colicking/);
  t.match(await ask('my sons horse is colicking'), /^If a horse here is colicking/);
});

t.test("asked at the visitor's place, done at the business's own (answer-polarity atOursOnly)", async (t) => {
  // (It said "Yes. Pony parties: ... at our barn" to a pony brought to the house.)
  t.match(await ask('can you bring a pony to my house'), /^No\. Pony parties: .*at our barn/);
  t.match(await ask('can you do a pony party at my house'), /^No\. Pony parties/);
  t.match(await ask('do you do pony parties'), /^Yes\. Pony parties/);
  // (Not when the page has it at the customer's too.)
  const { atOursOnly } = await import('../../src/agent/answer-polarity.js');
  t.notOk(atOursOnly('can you do a cooking class in my home', 'Cooking classes are held at our studio or in your home.'));
  t.notOk(atOursOnly('can you deliver a cake to my house', 'Cakes can be picked up at our bakery or delivered for $15.'));
});

t.test('room asked as space is no tack room (answer-claims roomAsPlace)', async (t) => {
  // (It said "Yes. A heated tack room and wash rack with hot water are available.")
  t.notMatch(await ask('is there room for my horse'), /tack room/);
  t.match(await ask('do you have a tack room'), /^Yes\. A heated tack room/);
  // (A room that seats a party is room for it: test/fixtures/guides/bistro.md.)
  const bistro = await businessWithGuide(app, { name: 'Bistro', guide: '../guides/bistro.md', remoteAddress: '10.0.39.2' });
  t.match((await talkTo(app.services.agent, bistro)('is there room for 25 people for a birthday'))[0]!, /^Yes\. Our back room seats up to 40 people/);
});

t.test('a sentence opening on "Includes" goes with the one before it (answer-units CONTINUES)', async (t) => {
  // (It said only "Full board: $750 per month.")
  t.match(await ask('whats included in full board'), /^Full board: \$750 per month\. Includes a 12x12 stall, .*fly spray\./);
});

t.test("the customer's own said as theirs answers 'my own' (answer-unsaid SAYS_OWN_SUPPLY)", async (t) => {
  // (It said "I don't know" against "Boarders may use their own vet and farrier.")
  t.match(await ask('can i use my own farrier'), /^Yes\. Boarders may use their own vet and farrier\./);
});
