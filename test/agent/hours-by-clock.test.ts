import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// Hours asked by the clock, end to end on the demo plumber (New York; Monday to Friday 8 to 6,
// Saturday 9 to 1, an emergency line that answers 24/7), at a set time. Found on a bike shop's
// widget on a Saturday: "r u open today" got another day's hours and "open tomorrow?" a "Yes."
// for its closed Sunday. Closed then, the answer says the emergency line that answers around the clock.

let clock = Date.parse('2026-12-05T12:00:00Z'); // Saturday 07:00 in New York: opens at 9
const { app } = await buildTestApp(t, {
  config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0 },
  overrides: { now: () => clock },
});
const demo = await app.deps.db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
const ask = async (text: string, channel: 'CHAT' | 'CALL' = 'CHAT') => (await (await agentChat(app.services.agent, demo.id, channel, channel === 'CALL' ? '+17205550142' : undefined)).say(text)).reply;

t.test('early on a Saturday', async (t) => {
  clock = Date.parse('2026-12-05T12:00:00Z');
  t.equal(await ask('hi are you guys open today'), 'Yes. Today (Saturday) we are open 9am to 1pm.');
  t.equal(await ask('are you open now'), 'No. We are closed right now. We open today at 9am. Our emergency line is (555) 555-0199. We are closed on Sundays and public holidays, but our emergency line answers 24/7.');
  t.match(await ask('open tomorrow?'), /^No\. We are closed tomorrow \(Sunday\)\. We open again Monday at 8am\. Our emergency line is/);
  t.equal(await ask('um what time do you close tomorrow', 'CALL'), 'We are closed tomorrow (Sunday). We open again Monday at 8am. Our emergency line is (555) 555-0199. We are closed on Sundays and public holidays, but our emergency line answers 24/7.', 'by phone alike');
});

t.test('on a Friday afternoon', async (t) => {
  clock = Date.parse('2026-12-04T19:30:00Z'); // Friday 14:30 in New York
  t.equal(await ask('r u open rn'), 'Yes. We are open right now, until 6pm.');
  t.equal(await ask('are you open tomorrow'), 'Yes. Tomorrow (Saturday) we are open 9am to 1pm.');
  t.match(await ask('what are your hours'), /Monday to Friday 8am to 6pm/, 'the week, as before');
  t.match(await ask('hours on sat?'), /Saturday/, 'a day named is that day');
});
