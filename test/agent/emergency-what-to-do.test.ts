import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// QA 14 on the demo: "theres water comin thru the ceiling light in the kitchen!!", then "what do
// i do" got "I don't know that one, but the team can tell you when they reach you." The business's
// guide says what to do; a visitor in an emergency who asks gets it, and the details go on.

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });
const demo = await app.deps.db.selectFrom('businesses').select('id').where('is_demo', '=', true).executeTakeFirstOrThrow();

t.test('"what do i do" at the emergency choice: the guide\'s instruction, then the essentials', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  t.match((await c.say('theres water comin thru the ceiling light in the kitchen!!')).reply, /^Switch off electricity to any flooded area/);
  const r = await c.say('what do i do');
  t.match(r.reply, /^Switch off electricity to any flooded area if it is safe to do so\. Meanwhile, just the essentials so we can get someone to you\. What is your name\?$/);
  t.notMatch(r.reply, /I don't know/);
});

t.test('"what should i do now" while the emergency\'s details are taken: the instruction, then the question again', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  await c.say('i smell gas in the basement');
  t.match((await c.say('quick questions')).reply, /What is your name\?$/);
  const r = await c.say('what should i do now??');
  t.match(r.reply, /^If you smell gas, leave the building, do not use light switches, and call the gas company from outside before calling us\. What is your name\?$/);
});

t.test('with no emergency, "what do i do" is no safety advice', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  t.notMatch((await c.say('what do i do')).reply, /leave the building|Switch off electricity/);
});

t.test('an emergency in words no hazard rule knows: people first, and a price is no instruction', async (t) => {
  // QA: "i think someone is in my house, i heard the back door" was recognised, and the reply opened
  // with "Emergency call-outs outside business hours cost $180 ..." (a "call-out" read as "call").
  const c = await agentChat(app.services.agent, demo.id);
  const r = (await c.say('my kid is missing, we cant find him anywhere')).reply;
  t.match(r, /^If anyone is in danger, call 911 now\. /);
  t.notMatch(r, /\$180|call-outs/);
});

t.test('"what do i do" when the guide has no instruction for it: the standard one again, not "I don\'t know"', async (t) => {
  // QA 33 (a property manager's tenant): "sewage is coming up in my bathtub" got the standard
  // instruction, then "what do i do" got "I don't know that one, but the team can tell you".
  const { createTestBusiness } = await import('../helpers/app.js');
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Summit Ridge Property Management' });
  const c = await agentChat(app.services.agent, biz.businessId);
  const first = (await c.say('sewage is coming up in my bathtub')).reply;
  t.match(first, /^Stop using the taps, toilets and drains for now/);
  const r = await c.say('what do i do');
  t.match(r.reply, /^Stop using the taps, toilets and drains for now, and keep people and pets away from the dirty water\. Meanwhile, just the essentials/);
  t.notMatch(r.reply, /I don't know/);
});
