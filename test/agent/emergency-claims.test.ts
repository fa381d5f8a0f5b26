import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { startTwilioRestFake } from '../helpers/twilio-rest-fake.js';
import { twilioFakeConfig } from '../notify/helpers.js';

// What the agent tells a visitor in an emergency is what the outbox can really do: the owner's
// phone is "being alerted" only where Twilio is configured and the call is placed; on the
// embedded default (no Twilio) the visitor is told the team has it as an emergency, nothing more.

const base = { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0, NOTIFY_POLL_INTERVAL: 100 };

async function emergencyChat(app: Awaited<ReturnType<typeof buildTestApp>>['app']) {
  const demo = await app.deps.db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
  const c = await agentChat(app.services.agent, demo.id);
  let r = await c.say('theres water coming thru my ceiling from the upstairs bathroom');
  t.ok(r.emergency, 'spotted as an emergency');
  for (const answer of ['Quick questions', 'Mary Smith', '217 555 0188', '14 Oak Avenue, Springfield']) r = await c.say(answer);
  t.ok(r.lead, 'the lead is captured after the essentials');
  return r;
}

t.test('no Twilio (the embedded default): no phone alert is promised', async (t) => {
  const { app } = await buildTestApp(t, { config: base });
  const r = await emergencyChat(app);
  t.match(r.reply, /sent it to the team marked as an emergency/);
  t.notMatch(r.reply, /on-call phone|being alerted|calling/i, 'no call is claimed that nobody can place');
});

t.test('Twilio configured: the call is promised and placed', async (t) => {
  const rest = await startTwilioRestFake(t);
  const { app } = await buildTestApp(t, { config: { ...base, ...twilioFakeConfig(rest) } });
  const r = await emergencyChat(app);
  t.match(r.reply, /their on-call phone is being alerted now/);
  const call = await rest.waitFor('the emergency call', () => rest.creates[0]);
  t.ok(call.params.To, 'the owner is called');
});
