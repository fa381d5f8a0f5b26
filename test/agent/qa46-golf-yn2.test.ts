import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { conditionUnraised, groupUnraised } from '../../src/agent/answer-conditional.js';

// Session 46: more of the golf course's yes/no questions (test/fixtures/guides/golf-course.md) that
// got a wrong Yes or No when first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Cedar Ridge Golf Course', guide: 'golf-course.md', remoteAddress: '10.0.46.47' });
await app.deps.db.updateTable('businesses').set({ description: 'Public 18-hole golf course with driving range, lessons and a grill in Springfield, Missouri' }).where('id', '=', businessId).execute();
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;

t.test('a case the question does not raise is no answer to it (answer-conditional conditionUnraised, answer-order)', async (t) => {
  // (It said "No. If rain stops play, you get a rain check for the holes not played: 9 holes or fewer played gets a 9-hole rain check.")
  const nine = await ask('can i play 9 holes');
  t.match(nine, /^Yes\. 9 holes walking/);
  t.match(nine, /9 holes with cart/);
  t.notMatch(nine, /rain check/);
  const rain = 'If rain stops play, you get a rain check for the holes not played: 9 holes or fewer played gets a 9-hole rain check.';
  t.ok(conditionUnraised('can i play 9 holes', rain));
  t.notOk(conditionUnraised('what if rain stops play', rain), 'the question raises a case');
  t.notOk(conditionUnraised('can i play 9 holes', 'Rain checks are good for 60 days.'), 'no case');
});

t.test('a line for a group by age is no answer to a question about everyone (answer-conditional groupUnraised, answer-order)', async (t) => {
  // (It said "Yes. Juniors (17 and under): $15 to walk 18 holes any day, after 11 am on weekends. Book tee times ...")
  const weekend = await ask('do you have tee times available this weekend');
  t.notMatch(weekend, /Juniors/);
  t.match(weekend, /Book tee times online or by phone up to 7 days ahead/);
  const juniors = 'Juniors (17 and under): $15 to walk 18 holes any day, after 11 am on weekends.';
  t.ok(groupUnraised('do you have tee times available this weekend', juniors));
  t.notOk(groupUnraised('is there a junior rate', juniors), 'the label named');
  t.notOk(groupUnraised('how much for my 12 year old', juniors), 'an age told');
  t.match(await ask('is there a junior rate'), /^Yes\. Juniors \(17 and under\)/);
});
