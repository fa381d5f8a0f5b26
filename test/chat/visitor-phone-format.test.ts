import t from 'tap';
import { buildTestApp } from '../helpers/app.js';

// The business's number is shown to its visitors in one form: the emergency banner's "Call …"
// button and the widget's config used to say "+1 555 555 0199" while the reply above them said
// "(555) 555-0199". A visitor at home reads the national form; the tel: link stays E.164.

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0, CHAT_RATE_LIMIT_PER_MINUTE: 1000 } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select(['id', 'phone_number', 'twilio_number', 'timezone']).where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();

t.test('the widget config and the emergency card use the form the replies use', async (t) => {
  const cfg = (await app.inject({ method: 'GET', url: `/api/widget/${demo.id}/config` })).json();
  t.match(cfg.phone, /^\+1\d{10}$/, 'the raw number stays E.164');
  t.match(cfg.phoneDisplay, /^\(\d{3}\) \d{3}-\d{4}$/, 'shown as a US visitor reads it');

  const sid = (await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: demo.id } })).json().sessionId as string;
  const res = await app.inject({ method: 'POST', url: `/api/chat/${sid}/message`, payload: { text: 'water is pouring through my ceiling right now' } });
  const body = res.json();
  t.ok(body.emergency, 'an emergency');
  t.match(body.emergency.phoneDisplay, /^\(\d{3}\) \d{3}-\d{4}$/);
  t.ok(body.reply.includes(body.emergency.phoneDisplay), 'the banner says the number exactly as the reply does');
  t.match(body.emergency.callUrl, /^tel:\+1\d{10}$/);
});

t.test('a business abroad: its own visitors read the national form', async (t) => {
  await db.updateTable('businesses').set({ phone_number: '+442079460958', timezone: 'Europe/London' }).where('id', '=', demo.id).execute();
  t.teardown(() => db.updateTable('businesses').set({ phone_number: demo.phone_number, timezone: demo.timezone }).where('id', '=', demo.id).execute());
  const cfg = (await app.inject({ method: 'GET', url: `/api/widget/${demo.id}/config` })).json();
  t.equal(cfg.phoneDisplay, '020 7946 0958');
});
