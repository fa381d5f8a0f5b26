import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 46: a public golf course's page (test/fixtures/guides/golf-course.md), asked what golfers type.
// Each case got a wrong or an extra sentence when the page was first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Cedar Ridge Golf Course', guide: 'golf-course.md', remoteAddress: '10.0.46.7' });
await app.deps.db.updateTable('businesses').set({ description: 'Public 18-hole golf course with driving range, lessons and a grill in Springfield, Missouri' }).where('id', '=', businessId).execute();
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;

t.test('a party of one is a single (lexical-casual ALONE_TOLD)', async (t) => {
  // (It said "Three short horns mean play may resume.")
  t.match(await ask('im by myself can i still play'), /^Singles may be paired with another group\.$/);
});

t.test('an outing is an event, no light "out" (lexical-forms OWN_STEMS)', async (t) => {
  // (It said "The 19th Hole Grill hosts parties up to 60 people in the banquet room.")
  t.match(await ask('how many people for an outing'), /^Tournaments and charity outings for 16 to 144 players\.$/);
});

t.test('a count in brackets is what a bundle holds, no thing on offer (answer-noyes countedInBundle)', async (t) => {
  // (It said "Yes. Small (35 balls) — Price: $6. ...": the range's buckets.)
  t.notMatch(await ask('do you sell golf balls'), /^Yes\. Small \(35 balls\)/);
});

t.test('a unit that opens with the thing is about it (answer-order opensWith)', async (t) => {
  // (It said "Yes. Gift cards are sold in the pro shop ...".)
  t.match(await ask('do you have a pro shop'), /^Yes\. (?:Pro shop: opens|Driving range, practice putting green, pro shop)/);
});

t.test('an age asked or told is answered by the unit whose age decides it (answer-order decides)', async (t) => {
  // (Both led with "Carts with handicap flags may drive closer to greens".)
  t.match(await ask('can my 15 year old drive the cart'), /^No\. Drivers must be 16 or older/);
  t.match(await ask('how old do you have to be to drive a cart'), /^Drivers must be 16 or older/);
});

t.test('what a signal means is each meaning the section tells (answer-meaning)', async (t) => {
  // (It said only "Three short horns mean play may resume.")
  t.match(await ask('what does the horn mean'), /one long horn: leave the course.*Three short horns mean play may resume\./);
});

t.test('a refund asked is said by its own word (answer-noyes policyUnsaid)', async (t) => {
  // (It said "Yes. If rain stops play, you get a rain check ... Par 71, 6,540 yards from the back tees.": "back" of "money back".)
  const reply = await ask('can i get a refund if it rains');
  t.match(reply, /^If rain stops play, you get a rain check/);
  t.notMatch(reply, /Par 71/);
});

t.test('a weekday with its clock time says when (answer-types), "womens" is "women\'s" (lexical-forms)', async (t) => {
  // (It said the leagues line and "Shotgun starts available on Mondays.")
  t.match(await ask('when is the womens league'), /^Men's league Wednesdays at 4:30 pm, women's league Thursdays at 9 am, April to September\.$/);
});
