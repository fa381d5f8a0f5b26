import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// Session 31 (the phone QA, vq31): a caller who said "skip" to the required address heard "I need
// this one so the team can help you. What is the address of the property?" on every turn until the
// call's turn limit, and "i dont want to give that" was stored as the address. A required question
// is now asked once more, then let go, unless it is the only way left to reach the visitor.

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('is_demo', '=', true).executeTakeFirstOrThrow();

t.test('a declined required question is asked once more, then the next one; the request still goes', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  await c.say('can someone come fix my dripping tap');
  await c.say('Dana Ortiz');
  await c.say('415 555 0142');
  t.match((await c.say('skip')).reply, /What is the address of the property\?$/, 'the optional e-mail is skipped');
  t.equal((await c.say('skip')).reply, 'I need this one so the team can help you. What is the address of the property?');
  const next = await c.say('i dont want to give that');
  t.match(next.reply, /^No problem, the team can ask you when they get in touch\. /);
  t.notMatch(next.reply, /address/i, 'the address is not asked a third time');
  let r = next;
  for (let i = 0; i < 3 && !c.state.leadId; i++) r = await c.say(/visit/i.test(r.reply) ? 'tomorrow morning' : 'the kitchen tap drips all day');
  t.ok(c.state.leadId, 'the request went to the team');
  const lead = await db.selectFrom('leads').select(['name', 'phone', 'address']).where('id', '=', c.state.leadId!).executeTakeFirstOrThrow();
  t.same(lead, { name: 'Dana Ortiz', phone: '+14155550142', address: null }, 'no refusal stored as the address');
});

t.test('the only way to reach a chat visitor is not let go', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  await c.say('can someone come fix my dripping tap');
  await c.say('Dana Ortiz');
  t.equal((await c.say('skip')).reply, 'I need this one so the team can help you. What is the best phone number to reach you?');
  const again = await c.say("i'd rather not say");
  t.match(again.reply, /^No problem\. What is your e-mail address\?/, 'a phone declined twice: the e-mail is the way left, asked next');
  t.equal((await c.say('no')).reply, 'I need this one so the team can help you. What is your e-mail address?', 'without phone or e-mail the team could not answer: asked again');
  t.equal((await c.say('no')).reply, 'I need this one so the team can help you. What is your e-mail address?');
});

t.test('a caller declining the phone question keeps their caller ID', async (t) => {
  const c = await agentChat(app.services.agent, demo.id, 'CALL', '+14155550177');
  await c.say('can someone come fix my dripping tap');
  await c.say('its dana ortiz');
  const asked = c.state.pendingQuestionId;
  const q = await db.selectFrom('lead_questions').select('maps_to').where('id', '=', asked!).executeTakeFirstOrThrow();
  t.not(q.maps_to, 'PHONE', 'on a call the number is known');
});
