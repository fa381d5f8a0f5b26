import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { closedAtTimeAsked } from '../../src/agent/answer-days.js';

// Session 45: an indoor shooting range's page (test/fixtures/guides/shooting-range.md), signed up as
// "Something else", asked what its visitors type. Each case was wrong when the page was first tried.
// (The helpers' cases on the same page are in qa45-range-yn, qa45-range-price and qa45-range-own.)

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Bullseye Indoor Range', guide: 'shooting-range.md', remoteAddress: '10.0.45.1' });
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;

t.test('an hour asked without am or pm is a no when neither reading is in the day asked (answer-days closedAtTimeAsked)', async (t) => {
  // (It said "Yes. Sunday: 12 pm to 6 pm" to the first.)
  t.match(await ask('are you open sunday at 10'), /^No\. Sunday: 12 pm to 6 pm/);
  t.match(await ask('are you open sunday at 7 in the evening'), /^No\. Sunday: 12 pm to 6 pm/);
  t.match(await ask('are you open saturday at 2'), /^Yes\. Saturday: 9 am to 8 pm/, 'one reading in the hours: no no');
  t.match(await ask('are you open sunday at 1'), /^Yes\. Sunday: 12 pm to 6 pm/);
  const week = 'Monday to Friday: 11 am to 8 pm. Saturday: 9 am to 8 pm. Sunday: 12 pm to 6 pm.';
  t.ok(closedAtTimeAsked('are you open sunday at 10', week), "only the day asked's hours: Saturday's 9 am does not hold Sunday at 10");
  t.notOk(closedAtTimeAsked('are you open saturday at 10', week));
  t.ok(closedAtTimeAsked('open at 10 in the morning on sunday?', week));
  t.notOk(closedAtTimeAsked('can you come out at 9 pine st on sunday', week), 'a house number is no hour');
  t.notOk(closedAtTimeAsked('can i come shoot at 10 yards on sunday', week), 'a number that goes on as a length is no hour');
  t.notOk(closedAtTimeAsked('can i shoot at 7 or 10 yards on sunday', week));
  t.ok(closedAtTimeAsked('can i come sunday at 9 or 10?', week), 'two hours asked, both outside');
  // (Reviewer, a stable's camp: an age is no hour, and the rule is asked of being open or coming in only.)
  const camp = 'Summer camp runs Monday to Friday, 9 am to 3 pm, for kids ages 8 to 14.';
  t.notOk(closedAtTimeAsked('can my daughter do summer camp at 8 or 9 years old?', camp));
  t.notOk(closedAtTimeAsked('can my 8 year old do summer camp? she would start at 8 and 1/2', camp));
  t.notOk(closedAtTimeAsked('can kids start summer camp at 8?', camp));
});
