import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { closedAtTimeAsked } from '../../src/agent/answer-days.js';
import { toldThenAsked } from '../../src/agent/answer-words.js';

// Session 46's reviewer: counter-cases on other businesses' pages for the golf course's fixes.

const { app } = await buildTestApp(t);
const yoga = await businessWithGuide(app, { name: 'Yoga Studio', guide: 'yoga-studio.md', remoteAddress: '10.0.46.11' });
const kayak = await businessWithGuide(app, { name: 'Kayak Rental', guide: 'kayak-rental.md', remoteAddress: '10.0.46.12' });
const golf = await businessWithGuide(app, { name: 'Cedar Ridge Golf Course', guide: 'golf-course.md', remoteAddress: '10.0.46.13' });
const climbing = await businessWithGuide(app, { name: 'Summit Climbing Gym', guide: 'climbing-gym.md', remoteAddress: '10.0.46.14' });
const ask = async (biz: string, q: string) => (await talkTo(app.services.agent, biz)(q))[0]!;

t.test('dropping in keeps its own words beside walk-ins (lexical JUST_SHOW_UP)', async (t) => {
  // (It said "I don't know that" once "drop in" was replaced by "come walk-ins".)
  t.match(await ask(yoga, 'can i just drop in?'), /^Yes\. Drop-in class: \$22/);
});

t.test('the most one boat holds is no limit on a party taking several (answer-limits SEVERAL)', async (t) => {
  // (It said "No. Canoe (up to 3 people) — 1 hour: $35; ...".)
  t.notMatch(await ask(kayak, 'can 6 people rent boats together?'), /^No\b/);
  t.match(await ask(kayak, 'can 4 people fit in a canoe'), /^No\. Canoe \(up to 3 people\)/);
});

t.test('"last" is a last start time, not a length or a last weekday (answer-days DEADLINE)', async (t) => {
  t.notOk(closedAtTimeAsked('can i take a tour at 1pm', 'Tours last 90 minutes from 10 am, daily.'));
  t.notOk(closedAtTimeAsked('can i book a session at 11am', 'Sessions last 2 hours starting at 9 am or 1 pm.'));
  t.notOk(closedAtTimeAsked('can we come to family skate at 3pm', 'Family skate is on the last Sunday at 2 pm and runs until 5 pm.'));
  t.ok(closedAtTimeAsked('can i tee off at 5pm', 'Course: first tee time 7 am, last 18-hole tee time 4 pm (April to October).'));
});

t.test('a negative after a word of knowing or checking is asked, not told (answer-words TOLD_AFTER_BARE)', async (t) => {
  for (const q of ["can you make sure i don't feel anything", "is it normal i can't feel my lip", "how do i know we don't need a filling", "do you guarantee they won't fade"]) t.same(toldThenAsked(q), [{ text: q, told: false }], q);
  t.same(toldThenAsked('can my wife ride along she doesnt golf'), [{ text: 'can my wife ride along', told: false }, { text: 'she doesnt golf', told: true }]);
});

t.test('a yes to a number of things needs an answer that names them (answer-unsaid countedThingUnsaid)', async (t) => {
  // (It said "Yes. Three short horns mean play may resume." once the rain check's "If" sentence ranked lower.)
  t.notMatch(await ask(golf, 'can i play 27 holes'), /^Yes\b/);
  t.match(await ask(golf, 'can i play 9 holes'), /^Yes\. 9 holes walking/);
});

t.test('another kind of a worn thing withholds only a yes (answer-unsaid wornKindOtherwise)', async (t) => {
  // (It said "Street shoes are not allowed on the walls or the mats." without its No.)
  t.match(await ask(climbing, 'can i wear my running shoes?'), /^No\. Street shoes are not allowed/);
  t.notMatch(await ask(golf, 'can i wear a t shirt'), /^Yes\b/);
});
