import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// Session 32 QA (an IT company that had not added a phone number yet): an emergency in the widget
// showed the banner "Emergency: call us now." with no number to call. A business with no number
// gets a banner that says what happens instead; one with a number keeps the call button's words.

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
const { db } = app.deps;

t.test('the emergency banner never says "call us now" when there is no number to call', async (t) => {
  const biz = await createTestBusiness(app, { name: 'Brightline IT Support' });
  let c = await agentChat(app.services.agent, biz.businessId);
  let r = await c.say('help all our computers have a ransom note on them and files are encrypted');
  t.ok(r.emergency, 'an emergency');
  t.equal(r.emergency?.phone, null);
  t.equal(r.emergency?.callUrl, null);
  t.equal(r.emergency?.message, 'Emergency: marked urgent for the team.');

  await db.updateTable('businesses').set({ phone_number: '+13125550100' }).where('id', '=', biz.businessId).execute();
  c = await agentChat(app.services.agent, biz.businessId);
  r = await c.say('help all our computers have a ransom note on them and files are encrypted');
  t.equal(r.emergency?.callUrl, 'tel:+13125550100');
  t.match(r.emergency?.message ?? '', /call us now|connect you now/);
});
