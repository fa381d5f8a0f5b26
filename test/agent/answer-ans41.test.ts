import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat, talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { partyFit } from '../../src/agent/answer-party.js';
import { ageFit } from '../../src/agent/answer-ages.js';
import { namesByCount } from '../../src/agent/answer-count-named.js';

// Session 41: what the visitor tells of their own case (an age, the size of their party, a product
// named by its count) picks the row or rule that holds it. Found at a climbing gym
// (test/fixtures/guides/climbing-gym.md), proved on a trade neither the eval nor the other fixtures
// have: a trampoline park (test/fixtures/guides/skyhigh-trampoline-park.md), asked as its visitors type.

const { app } = await buildTestApp(t);
const gym = await businessWithGuide(app, { name: 'Crux Climbing Gym', guide: '../guides/climbing-gym.md', remoteAddress: '10.0.41.1' });
const park = await businessWithGuide(app, { name: 'Skyhigh Trampoline Park', guide: '../guides/skyhigh-trampoline-park.md', remoteAddress: '10.0.41.2' });
const askGym = async (q: string) => (await talkTo(app.services.agent, gym)(q))[0]!;
const askPark = async (q: string) => (await talkTo(app.services.agent, park)(q))[0]!;
const DK = /^I don't know/;

t.test('an age told picks the price row of the age group that holds it, a bound in brackets included (answer-ages agesOf, answer-extract ageTermsHeldBy)', async (t) => {
  // (It said "I don't know": "Youth day pass (under 14)" gave no ages, and its label named nothing asked.)
  t.match(await askGym('whats it cost for my 10 yr old'), /^Youth day pass \(under 14\) — Price: \$16\./);
  t.match(await askGym("price for my kid, she's 9"), /^Youth day pass \(under 14\) — Price: \$16\./);
  t.match(await askPark('whats it cost for my 4 year old'), /^Toddler jump \(5 and under\) — Price: \$10\./);
  t.match(await askPark('how much for my 8 yr old'), /^Junior jump \(ages 6 to 12\) — Price: \$16\./);
  t.equal(ageFit('how much for my 10 yr old', 'Youth day pass (under 14) | $16'), 1);
  t.equal(ageFit('how much for my 15 yr old', 'Youth day pass (under 14) | $16'), -1);
  t.equal(ageFit('how much for my 70 yr old', 'Seniors (65+) | $12'), 1);
  // (A bound in brackets after no word for people is no age: "Hose (under 50 ft)".)
  t.equal(ageFit('how much for my 10 yr old', 'Hose (under 50 ft) | $16'), 0);
  // (Asked no price, the row is no case of the question: "can my 3 year old boulder" is the kids' rule, not the youth pass.)
  t.equal(ageFit('can my 3 year old go', 'Youth day pass (under 14) | $16', false), 0);
  t.match(await askGym('can my 3 year old boulder'), /^Yes\. Kids of any age can boulder/);
});

t.test('a party told is held by a size of party the text says (answer-party partyFit, answer-credit)', async (t) => {
  // (It said "I don't know": "troop" is a word the page never uses, and 15 is said nowhere.)
  t.match(await askGym("we're a scout troop of 15, any discount?"), /Groups of 10 or more \(schools, scouts, work teams\) get 20% off/);
  t.match(await askPark("we're a church youth group of 20, any discount?"), /Groups of 15 or more \(schools, churches, camps, teams\) get \$4 off/);
  t.match(await askPark('our class of 25 kids, group rate?'), /Groups of 15 or more/);
  // A party the sizes leave out, or one named only by a size of another kind of party, stays unanswered.
  t.match(await askPark("we're a group of 6, any discount"), DK);
  t.match(await askGym("we're a group of 6, any discount"), DK);
  t.equal(partyFit("we're a scout troop of 15", 'Groups of 10 or more get 20% off'), 1);
  t.equal(partyFit('there are 8 of us', 'Groups of 10 or more get 20% off'), -1);
  // (A most only holds a small party: it neither picks the unit nor is against it; qa27's "how much for 4 ppl" keeps its price per player.)
  t.equal(partyFit('a party for 9 kids', 'Birthday parties are for up to 10 jumpers'), 0);
  t.equal(partyFit('a party for 12 kids', 'Birthday parties are for up to 10 jumpers'), -1);
  t.equal(partyFit('how much for 4 ppl', 'Corporate team building packages start at $450 for up to 12 people'), 0);
  t.equal(partyFit('a pack of 10 gum', 'Groups of 10 or more'), 0);
});

t.test('a number that names a thing is said by a thing named by it, not by a price or a bound (answer-count-named, answer-figure)', async (t) => {
  // (It said the freeze fee, "... for $10 a month": "the 10" read as a price quoted back.)
  t.match(await askGym('how much is the 10 pass'), /^10-visit punch card — Price: \$180\./);
  t.match(await askPark('how much is the 5 pass'), /^5-jump card — Price: \$85\./);
  t.match(await askPark('how much is the 5 card'), /^5-jump card — Price: \$85\./);
  t.ok(namesByCount('how much is the 10 pass', '10'));
  t.notOk(namesByCount('is the 89 dollar fee refundable', '89'));
  t.notOk(namesByCount('Groups of 10 or more', '10'));
  t.notOk(namesByCount('frozen for $10 a month', '10'));
  // A price quoted back still names its unit.
  t.match(await askPark('is the 3 for socks'), /Grip socks are required and cost \$3 a pair/);
});

t.test('"do i need to bring my own X" asks whether X is had there: a rental or a supply says no (answer-bring bringAnswered, answer-claims, answer-unsaid)', async (t) => {
  // (It said "I don't know": "my own" read as the visitor doing the work themselves, which the page never speaks of.)
  t.match(await askGym('do i need to bring my own shoes'), /^No\. Climbing shoes rent for \$6/);
  t.match(await askGym('do i have to bring my own harness'), /^No\. Climbing shoes rent for \$6, a harness for \$5/);
  t.match(await askPark('do we need to bring our own food'), /^No\. We have a snack bar with pizza and drinks/);
  // (Asked leave to bring one's own, a rental is no answer.)
  t.match(await askGym('can we bring our own chalk'), DK);
});

t.test('a shortened day with a date, after a subject, asks of that subject on that day (follow-up namesOnlyWhen, withEarlierSubject)', async (t) => {
  const conv = async (id: string, lines: string[]) => {
    const c = await agentChat(app.services.agent, id);
    let last = '';
    for (const line of lines) last = (await c.say(line)).reply;
    return last;
  };
  // (It said "I don't know": "sat" was no day, so the message was read alone.)
  t.match(await conv(gym, ['do you do birthday parties', 'ok what about sat the 16th']), /^Birthday parties are on Saturdays and Sundays/);
  t.match(await conv(gym, ['do you do birthday parties', 'can we do fri the 15th']), /^No\. Birthday parties are on Saturdays and Sundays/);
  // (The subject's answer says no day: the day's hours are said with it.)
  t.match(await conv(park, ['do you have a foam pit', 'what about sun']), /Sunday: 11 am to 7 pm/);
});

t.test('questions the park page does not answer stay unanswered', async (t) => {
  t.match(await askPark('how much for a 3 yr old furnace inspection'), DK);
  t.match(await askPark('do you have a group rate for 4 people'), DK);
  t.match(await askPark('whats the price for adults'), DK);
});
