import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { overTheLimit } from '../../src/agent/answer-limits.js';
import { closedAtTimeAsked } from '../../src/agent/answer-days.js';
import { addedOnTop } from '../../src/agent/answer-unanswered.js';
import { toldThenAsked } from '../../src/agent/answer-words.js';
import { obligedAnswer } from '../../src/agent/answer-obliged.js';
import { normalizeCasual } from '../../src/ai/lexical.js';

// Session 46: a public golf course's page (test/fixtures/guides/golf-course.md), asked the yes/no questions its golfers
// type. Each case was a wrong Yes or No when first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Cedar Ridge Golf Course', guide: 'golf-course.md', remoteAddress: '10.0.46.46' });
await app.deps.db.updateTable('businesses').set({ description: 'Public 18-hole golf course with driving range, lessons and a grill in Springfield, Missouri' }).where('id', '=', businessId).execute();
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;

t.test('people counted over the most a page allows of any people (answer-limits overTheLimit, answer-rows numberFit)', async (t) => {
  // (It said "Yes. The 19th Hole Grill hosts parties up to 60 people ... Non-golfers can ride along ...")
  t.match(await ask('can 3 people ride in one cart'), /^No\. Two riders per cart and two bags per cart\.$/);
  // (It said "Yes. Groups are up to 4 players.")
  t.match(await ask('were a group of 5 can we play together'), /^No\. Groups are up to 4 players/);
  t.ok(overTheLimit('can 3 people ride in one cart', 'Two riders per cart and two bags per cart.'));
  t.ok(overTheLimit('there are 5 of us can we play', 'Groups are up to 4 players.'));
  t.notOk(overTheLimit('can 2 people ride in one cart', 'Two riders per cart and two bags per cart.'));
  t.notOk(overTheLimit('can 3 people ride in one cart', 'The 19th Hole Grill hosts parties up to 60 people in the banquet room.'));
  t.notOk(overTheLimit('can 6 kids come', 'Up to 4 adults per table.'), 'kids are no adults');
});

t.test('a time asked past the last time a thing starts is a no (answer-days closedAtTimeAsked)', async (t) => {
  // (It said "Yes. Course: first tee time 7 am, last 18-hole tee time 4 pm (April to October).")
  t.match(await ask('can i tee off at 5pm'), /^No\. Course: first tee time 7 am, last 18-hole tee time 4 pm/);
  const hours = 'Course: first tee time 7 am, last 18-hole tee time 4 pm (April to October).';
  t.ok(closedAtTimeAsked('can i tee off at 5pm', hours));
  t.notOk(closedAtTimeAsked('can i tee off at 3pm', hours));
});

t.test('a thing extra in any clause is not included (answer-polarity saysNo, answer-unanswered addedOnTop)', async (t) => {
  // (It said "Yes. Unlimited weekday golf: $1,150 for the season (April to October), cart fees extra. ...")
  t.match(await ask('is the cart included in the season pass'), /^No\. Unlimited weekday golf: \$1,150 for the season \(April to October\), cart fees extra/);
  t.ok(addedOnTop('is the cart included in the season pass', 'Unlimited weekday golf: $1,150 for the season (April to October), cart fees extra.'));
});

t.test('just showing up is a walk-in (lexical JUST_SHOW_UP)', async (t) => {
  // (It said "No. Groups that do not show up without cancelling are charged $10 per player.")
  t.match(await ask('can i just show up'), /^Yes\. Walk-ins are welcome and fit in when there is an opening/);
  t.equal(normalizeCasual('can we walk in without a tee time'), 'can we walk in walk-ins without a tee time', "the visitor's own words kept beside (reviewer: the yoga studio's 'Drop-in class')");
  t.equal(normalizeCasual('when will you show up'), 'when will you show up arrive');
});

t.test('a negative told after the question with no comma is not asked (answer-words toldThenAsked)', async (t) => {
  // (It said "No. Non-golfers can ride along for $10 with a golfer's cart.")
  t.match(await ask('can my wife ride along she doesnt golf'), /^Yes\. Non-golfers can ride along for \$10/);
  t.same(toldThenAsked('can my wife ride along she doesnt golf').map((p) => p.told), [false, true]);
  t.same(toldThenAsked('can i come if i dont have clubs').map((p) => p.told), [false], 'a condition is part of what is asked');
});

t.test('list items go on the nearest clause with a verb (answer-polarity listHead)', async (t) => {
  // (It said "No. Gift cards ... They never expire and can be used for golf, lessons, the pro shop and the grill.")
  t.match(await ask('can i use a gift card at the grill'), /^Yes\. Gift cards are sold .* can be used for golf, lessons, the pro shop and the grill/);
  t.match(await ask('do gift cards expire'), /^No\. /);
});

t.test('a thing lent is no need of it, one of several allowed or only rented no yes (answer-obliged)', async (t) => {
  // (It said "Yes. Clubs can be borrowed.")
  t.match(await ask('does my kid need clubs for camp'), /^No\. Clubs can be borrowed\./);
  // (It said "Yes. Soft spikes or spikeless golf shoes, or sneakers.")
  t.match(await ask('do i need golf shoes'), /^(?!Yes)[\s\S]*sneakers/);
  // (It said "Yes. Pull cart rental: $5.")
  t.notMatch(await ask('do i have to rent a cart'), /^Yes/);
  t.equal(obligedAnswer('does my kid need clubs for camp', 'Clubs can be borrowed.'), 'No.');
  t.equal(obligedAnswer('do i need golf shoes', 'Soft spikes or spikeless golf shoes, or sneakers.'), '');
  t.equal(obligedAnswer('do i have to rent a cart', 'Pull cart rental: $5.'), '');
  t.equal(obligedAnswer('do i need a helmet', 'Helmets are required for everyone.'), null, 'a rule said is the page\'s');
  t.equal(obligedAnswer('do i have to pay for parking', 'Parking: $5.'), null, 'paying is asked of a price');
});
