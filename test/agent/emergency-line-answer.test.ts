import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { asksEmergencyLine } from '../../src/agent/emergency-reply.js';

// QA on the demo plumber, as a visitor: "what is your emergency line number" got "our emergency
// line answers 24/7" with no number, "whats the emergency number if my pipe bursts" got "I don't
// know", and "do you have a 24/7 emergency line" got "No." (the "closed on Sundays" before the
// "but" was read as the answer).

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0 } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
const chat = (businessId: string) => agentChat(app.services.agent, businessId, 'CHAT');

t.test('which questions ask for the emergency line itself', async (t) => {
  for (const q of ['whats the emergency number', 'what is your emergency line number', 'whats the emergency number if my pipe bursts', 'emergency number?', 'what is your after hours number', 'who do i call in an emergency', "what's ur 24/7 line"]) t.ok(asksEmergencyLine(q), q);
  for (const q of ['do you have a 24 hour line', 'how much is an emergency call-out', 'what counts as an emergency', 'is the emergency line free', 'my pipe burst what is the number']) t.notOk(asksEmergencyLine(q), q);
});

t.test('the demo: the number, with when it answers; a yes to "do you have a 24/7 line"', async (t) => {
  const c = await chat(demo.id);
  for (const q of ['what is your emergency line number', 'whats the emergency number if my pipe bursts', 'who do i call in an emergency']) {
    const r = await c.say(q);
    t.match(r.reply, /^Our emergency line is \(555\) 555-0199\. .*emergency line answers 24\/7/, q);
    t.notOk(r.lead, 'a question, no lead');
  }
  for (const q of ['do you have a 24/7 emergency line', 'do you have a 24 hour line']) t.match((await c.say(q)).reply, /^Yes\b/, q);
  t.match((await c.say('are you open on sundays')).reply, /^No\b/, 'the office itself is still closed on Sundays');
});

t.test("a line the business lists for emergencies wins over its office number; another business's is never said", async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Night Sparks Electric' });
  await db.updateTable('businesses').set({ phone_number: '+14165550100' }).where('id', '=', biz.businessId).execute();
  const item = await db
    .insertInto('knowledge_items')
    .values({ business_id: biz.businessId, title: 'Contact', content: '# Contact\nOffice: Monday to Friday, 8am to 4pm.\nFor emergencies call our after-hours line on (416) 555-0177, day and night.', source: 'MARKDOWN' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await app.services.knowledge.ingestItem(biz.businessId, item.id);
  const r = await (await chat(biz.businessId)).say('whats ur emergency number');
  t.match(r.reply, /^Our emergency line is \(416\) 555-0177\./);
  t.notMatch(r.reply, /555-0199/, "never the demo's line");
});
