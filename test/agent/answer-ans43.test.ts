import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 43: answers that read the wrong line of a seasonal page, each fixed by the general cause
// (an item named by a qualified word, the days or the months a thing is on, an age told as the
// subject of the question's verb), shown first on the orchard and the climbing gym and proved on a
// farm stand's page written for it (test/fixtures/guides/farm-stand.md), asked as visitors type.

const { app } = await buildTestApp(t);
const asker = async (guide: string, name: string, address: string) => {
  const businessId = await businessWithGuide(app, { name, guide, remoteAddress: address });
  return async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;
};
const farm = await asker('farm-stand.md', 'Maple Lane Farm Stand', '10.0.43.1');
const orchard = await asker('orchard.md', 'Cider Hill Orchard', '10.0.43.2');
const gym = await asker('climbing-gym.md', 'Crux Climbing Gym', '10.0.43.3');
const DONT_KNOW = /^I don't know that/;

t.test('an item named by the word qualified ("Half-peck") is another item than the bare one (answer-match qualifiedItem)', async (t) => {
  // (It quoted the half-peck's price for a peck, the half-dozen's for a dozen.)
  t.match(await orchard('how much is a peck of apples'), /^Peck bag \(about 12 pounds\): \$30/);
  t.match(await farm('how much is a dozen eggs'), /^Dozen eggs \(brown, from our own hens\): \$7/);
  t.match(await farm('how much for a pint of raspberrys'), /^Pint of raspberries: \$9/);
  // (The qualified item asked by its whole name is still its own.)
  t.match(await farm('hw much is a half pint'), /^Half-pint of raspberries: \$5/);
  t.match(await orchard('how much is a half peck'), /^Half-peck bag/);
  // (A size the page never sells is not known.)
  t.match(await farm('how much is a quart of raspberries'), DONT_KNOW);
});

t.test('the days a thing is on decide a day asked of it (answer-match, answer-polarity)', async (t) => {
  // (It said "Yes." from a school-trip sentence that mentions a hayride on weekdays.)
  t.match(await orchard('are there hayrides on friday'), /^No\. (?!School field trips)/);
  t.match(await farm('is the petting barn open on tuesday'), /^No\. Petting barn: Fridays, Saturdays and Sundays/);
  t.match(await farm('petting barn on tuesdays?'), /^Petting barn: Fridays, Saturdays and Sundays/);
  t.match(await farm('can we do the wagon ride on a saturday'), /^No\. Tractor wagon rides: Sundays only/);
  // (Coming in on a day is answered by the stand's own days, not by every thing's days.)
  t.equal(await farm('can we come on tuesday'), 'Yes. Farm stand: open every day 8 am to 7 pm from May 1 through November 15.');
});

t.test('a thing that runs on a day asked: the verb frames when, it is no service of its own (answer-frame WHEN_FRAME)', async (t) => {
  // (It said "I don't know": "run" is a verb the page never uses, read as a service asked.)
  t.match(await farm('does the wagon ride run on saturdays'), /^No\. Tractor wagon rides: Sundays only/);
  t.match(await farm('does the petting barn operate on mondays'), /^No\. Petting barn: Fridays, Saturdays and Sundays/);
  t.match(await farm('do the tractor rides run on sundays?'), /^Yes\. Tractor wagon rides: Sundays only/);
  t.match(await farm('does the corn maze run on saturdays'), DONT_KNOW);
});

t.test('the months given for the thing asked decide a month asked of it (answer-days seasonLeftOut)', async (t) => {
  // (It said "Yes." to peaches in September: the sentence's months were read for the whole sentence.)
  t.match(await orchard('can we pick peaches in september'), /^No\. Pick-your-own: weekends only in July and August \(peaches\)/);
  t.match(await farm('can we pick strawberries in july'), /^No\. Pick-your-own: strawberries in June/);
  t.match(await farm('can we pick strawberrys in august?'), /^No\. Pick-your-own/);
  t.match(await farm('can we pick blueberries in august'), /^Yes\. Pick-your-own/);
  t.match(await farm('can we pick strawberries in june'), /^Yes\. Pick-your-own/);
  // (A stretch that runs from a holiday gives no months to leave one out: apples in September stay no No.)
  const apples = await orchard('can we pick apples in september');
  t.notMatch(apples, /^No\./);
  // (It was answered from the field-trip sentence, "School field trips ... in September and October": Labor Day gives its month, session 44.)
  t.match(apples, /^Yes\. Pick-your-own/);
  // (A fruit the page never names is not known.)
  t.match(await farm('can we pick apples in october'), DONT_KNOW);
});

t.test('an age told as the subject of the verb asked is an age; "any age" holds it (answer-ages)', async (t) => {
  // (It said "Yes." from the gym's description: "climb" was not read as what the 6 year old does.)
  t.match(await gym('can my 6 year old climb'), /^Yes\. Kids of any age can boulder in the kids' area with a parent watching\./);
  t.match(await gym('can my 6 yr old climb?'), /^Yes\. Kids of any age can boulder/);
  t.match(await farm('can my 2 yr old go on the wagon ride'), /^No\. Tractor wagon rides are \$4 per rider, for ages 3 and up\./);
  t.match(await farm('can my 2 year old pet the animals'), /^Yes\. The petting barn is free and welcomes kids of any age/);
  t.match(await farm('do you have a corn maze'), DONT_KNOW);
});
