import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { NEUTRAL_REQUEST_REPLY, SPOKEN_REQUEST_REPLY } from '../../src/agent/identity-proof.js';

// M1: knowing a client's e-mail (or calling from their number) is not enough to hear their
// project status; the answer does not reveal whether the client exists; a one-time code sent
// to the contact on record is the proof.

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('is_demo', '=', true).executeTakeFirstOrThrow();
const codes = () => db.selectFrom('notifications').select(['kind', 'recipient', 'payload']).where('business_id', '=', demo.id).where('kind', 'in', ['email.identity_code', 'sms.identity_code']).execute();

t.test('a known e-mail gets the neutral answer and no project details; the code unlocks them', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  let r = await c.say("what's the status of my project?");
  t.match(r.reply, /e-mail address or phone number/);
  r = await c.say('jane@example.com');
  t.equal(r.reply, NEUTRAL_REQUEST_REPLY);
  t.notMatch(r.reply, /Bathroom|Water heater/, 'no project named before the proof');
  const sent = await codes();
  t.equal(sent.length, 1, 'one code in the outbox');
  t.equal(sent[0]?.kind, 'email.identity_code');
  t.equal(sent[0]?.recipient, 'jane@example.com', 'sent to the address on record');
  const code = (sent[0]?.payload as { code: string }).code;
  t.match(code, /^\d{6}$/);

  const wrong = code === '000000' ? '111111' : '000000';
  r = await c.say(wrong);
  t.match(r.reply, /doesn't match/);
  t.notMatch(r.reply, /Bathroom/);
  r = await c.say(`my code is ${code.slice(0, 3)} ${code.slice(3)}`);
  t.match(r.reply, /Bathroom remodel: in progress, 60% done/);
  t.match(r.reply, /Water heater replacement: completed/);
  // Proven for the rest of the conversation.
  r = await c.say('and how is my project now?');
  t.match(r.reply, /Bathroom remodel/);
  // Follow-ups are about the projects (QA: "when will it be done" got "I don't know that", and
  // "and the water heater one?" the price of a new water heater).
  r = await c.say('when will it be done');
  t.match(r.reply, /Bathroom remodel: in progress, 60% done, 6 of 10 tasks finished, due December 18, 2026\./);
  r = await c.say('and the water heater one?');
  t.equal(r.reply, 'Water heater replacement: completed, finished October 2, 2026. 50-gallon gas water heater installed and inspected.');
  r = await c.say('hows the bathroom going');
  t.match(r.reply, /^Bathroom remodel: in progress.*Tiling is under way; fixtures go in next week\.$/s, 'one project named: what is happening on it');
  t.notMatch(r.reply, /Water heater/);
  r = await c.say('how much is a drain cleaning');
  t.match(r.reply, /\$149/, 'a question about the business is still answered from its knowledge');
});

t.test('before the proof, a follow-up about "it" is no way into anyone\'s projects', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  const r = await c.say('when will it be done');
  t.notMatch(r.reply, /Bathroom|Water heater replacement/);
});

t.test('an unknown e-mail gets exactly the same answer, and no code is sent', async (t) => {
  const before = (await codes()).length;
  const c = await agentChat(app.services.agent, demo.id);
  await c.say("what's the status of my project?");
  const r = await c.say('nobody-here@example.com');
  t.equal(r.reply, NEUTRAL_REQUEST_REPLY, 'indistinguishable from a match');
  t.equal((await codes()).length, before, 'nothing sent');
  const guess = await c.say('123456');
  t.match(guess.reply, /doesn't match/, 'every code is wrong, as for a real client');
});

t.test('the caller ID alone is not proof on the phone either', async (t) => {
  const client = await db.selectFrom('clients').select(['phone']).where('business_id', '=', demo.id).where('email', '=', 'jane@example.com').executeTakeFirstOrThrow();
  const call = await agentChat(app.services.agent, demo.id, 'CALL', client.phone ?? '+15555550123');
  const r = await app.services.agent.runTool(call.state, 'check_project_status', JSON.stringify({ phone: client.phone }));
  const out = JSON.parse(r.output) as { found: boolean; text: string };
  t.equal(out.found, false);
  t.notMatch(out.text, /Bathroom/);
  t.equal(out.text, SPOKEN_REQUEST_REPLY, 'the neutral answer, worded for a call: the code is said, not typed');
});

t.test('five wrong codes void the pending code', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  await c.say("what's the status of my project?");
  await c.say('jane@example.com');
  const all = await codes();
  const code = (all.at(-1)?.payload as { code: string }).code;
  for (let i = 0; i < 5; i++) await c.say(String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
  const r = await c.say(code);
  t.notMatch(r.reply, /Bathroom/, 'the right code after five wrong ones is refused');
});
