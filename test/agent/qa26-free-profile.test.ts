import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// Session 26 QA: a bike shop signed up in the console on the FREE plan (no knowledge base): its
// agent answers from what the owner wrote under "What you do" and from its hours. Chatting in the
// widget preview as a visitor: "do u fix electric bikes?" got "I don't know that" (the owner wrote
// "e-bikes"), and "how long will it take" after "are you open sunday" got "We are closed on
// Sunday." (when the shop is open was taken as the thing "it" stands for).

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
const res = await app.inject({
  method: 'POST',
  url: '/graphql',
  remoteAddress: '10.0.82.1',
  payload: { query: 'mutation($input: SignUpInput!) { signUp(input: $input) { businessId } }', variables: { input: { businessName: 'Northside Bike Repair', email: 'dana@northsidebikes.test', password: 'a good long password' } } },
});
const businessId = res.json().data.signUp.businessId as string;
const weekly = Object.fromEntries(['tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [['09:00', '17:00']]]));
await app.deps.db
  .updateTable('businesses')
  .set({
    description:
      'Bike repair shop in Northside Minneapolis. We fix road, mountain, hybrid and kids bikes, and e-bikes with Bosch or Shimano motors. Basic tune-up $79, full overhaul $189, flat fix $15 plus the tube. We do not sell bikes. We take cards and cash. Most repairs are ready in 2-3 days.',
    timezone: 'America/Chicago',
    business_hours: JSON.stringify({ weekly, holidays: [] }),
  })
  .where('id', '=', businessId)
  .execute();
const say = async (...texts: string[]) => {
  const c = await agentChat(app.services.agent, businessId);
  const replies: string[] = [];
  for (const text of texts) replies.push((await c.say(text)).reply);
  return replies;
};

t.test('an electric bike is an e-bike', async (t) => {
  t.match((await say('do u fix electric bikes?'))[0], /^Yes\. We fix .*e-bikes with Bosch or Shimano motors\.$/);
  t.match((await say('do you repair electric bikes'))[0], /^Yes\. .*e-bikes/);
  t.match((await say('do you sell bikes'))[0], /^No\. We do not sell bikes\.$/);
});

t.test('when the shop is open is no thing a later "it" stands for', async (t) => {
  const [sunday, howLong] = await say('are you open sunday', 'how long will it take');
  t.equal(sunday, 'No. We are closed on Sunday.');
  t.equal(howLong, 'Most repairs are ready in 2-3 days.');
  // A day asked about a job named before is still the day's hours, and the job is still "it" after it.
  const [, saturday] = await say('my bike needs a tune up', 'do you do it on saturdays');
  t.match(saturday, /^Yes\. On Saturday we are open 9am to 5pm\./);
  const [, , price] = await say('do you fix e-bikes', 'are you open saturday', 'how much is it');
  t.notMatch(price, /tune-up|overhaul/, 'the e-bike is still what "it" is: no price of something else');
});

// "can i drop my bike off monday" got "The team will confirm that with you" (closed on Mondays), and
// "any openings sunday?" a "Yes. At the weekend we are open on Saturday only".
t.test('a visit asked for on a closed day is told so, before the details', async (t) => {
  const [monday] = await say('can i drop my bike off monday');
  t.equal(monday, 'We are closed on Monday. We are open Tuesday to Saturday 9am to 5pm. The team will confirm a time with you, so let me take your details. What is your name?');
  const [sunday] = await say('any openings sunday?');
  t.match(sunday, /^We are closed on Sunday\. We are open Tuesday to Saturday 9am to 5pm\./);
  t.notMatch(sunday, /\bYes\b/);
  t.match((await say('i want to drop off my bike on monday'))[0], /^We are closed on Monday\./);
  t.match((await say('can i bring it in saturday'))[0], /^Yes\. On Saturday we are open 9am to 5pm\./, 'an open day is still a yes');
});

// "do you fix ebikes? are you open monday" got "No. Yes. We fix ... No. We are closed on Monday.".
t.test('two questions: each part says its own yes or no, once', async (t) => {
  const [both] = await say('do you fix ebikes? are you open monday');
  t.equal(both, 'Yes. We fix road, mountain, hybrid and kids bikes, and e-bikes with Bosch or Shimano motors. No. We are closed on Monday.');
});

// "my brakes squeal really bad, can you look at it this week?" got "I don't know that, but the team can".
t.test('a job asked for on a day is the team\'s to confirm', async (t) => {
  t.equal((await say('my brakes squeal really bad, can you look at it this week?'))[0], 'The team will confirm that with you, so let me take your details. What is your name?');
});

// "do u take credit cards" got "I don't know that" (the profile says "We take cards and cash."), and
// "do you take cash" got "Yes. We take cards and cash. Most repairs are ready in 2-3 days." ("Most
// repairs" read as continuing the sentence before it).
t.test('ways to pay from the profile, said alone', async (t) => {
  t.equal((await say('do u take credit cards'))[0], 'Yes. We take cards and cash.');
  t.equal((await say('do you take cash'))[0], 'Yes. We take cards and cash.');
  t.equal((await say('can i pay with venmo'))[0], "I'm not sure about Venmo. We take cards and cash.");
});
