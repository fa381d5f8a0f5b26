import t from 'tap';
import { startGatherCallApp } from '../helpers/voice-call.js';
import { newCallSid, type TwimlDoc } from '../helpers/twilio-sim.js';

// A Gather turn or a <Dial> action for a call whose state the server no longer holds (the
// sessions store lost it: a restart without Redis, or it expired). The conversation row is
// durable: the call goes on from it with an apology and the callback offer; without one the
// caller hears a polite goodbye. Never "I did not catch that".

const PUBLIC = 'https://voice.example.test';
const AUTH_TOKEN = 'lost-call-auth-token';
const DEMO = '+15555550100';
const TEAM = ['+15550007001', '+15550007002'];
const { app, db, sim, businessId } = await startGatherCallApp(t, { number: DEMO, authToken: AUTH_TOKEN, publicBaseUrl: PUBLIC });
await db.updateTable('agent_configs').set({ transfer_numbers: TEAM }).where('business_id', '=', businessId).execute();
const { sessions } = app.services.core;

/** What a restart without Redis does to a call: its Gather state (and any transfer's) is gone. */
async function forget(callSid: string, transferId?: string): Promise<void> {
  await sessions.namespace('voice-gather', 60_000).delete(callSid);
  if (transferId) await sessions.namespace('voice-transfer', 60_000).delete(transferId);
}

async function turn(callSid: string, speech: string, from: string): Promise<TwimlDoc> {
  const res = await sim.webhook('/api/voice/gather', { CallSid: callSid, From: from, To: DEMO, ...(speech ? { SpeechResult: speech, Confidence: '0.9' } : {}) });
  if (res.status !== 200 || !res.twiml) throw new Error(`gather turn failed: ${res.status} ${res.body}`);
  return res.twiml;
}
const transcript = async (callSid: string) => {
  const conv = await db.selectFrom('conversations').select('id').where('call_sid', '=', callSid).executeTakeFirstOrThrow();
  return (await db.selectFrom('messages').select(['role', 'content']).where('conversation_id', '=', conv.id).orderBy('created_at').execute()).map((m) => `${m.role}: ${m.content}`);
};
const OFFER = 'Sorry, I lost track of our conversation for a moment. I can take your details so the team can call you back. Would you like that?';

t.test('a Gather turn for a call the server lost: found by CallSid, an apology and the callback offer, the words kept', async (t) => {
  const callSid = newCallSid();
  const from = '+15557772001';
  await sim.inbound({ callSid, from, to: DEMO });
  await turn(callSid, 'How much is a call-out?', from);
  await forget(callSid);
  const d = await turn(callSid, 'And do you work on weekends?', from);
  t.equal(d.gather?.prompt, OFFER);
  t.notMatch(d.xml, /did not catch|expired/, 'not read as silence, not hung up on');
  t.notOk(d.hangup);
  const lines = await transcript(callSid);
  t.same(lines.slice(-2), ['user: And do you work on weekends?', `assistant: ${OFFER}`], 'what the caller said stays in the transcript');
  t.match((await turn(callSid, 'yes please', from)).gather?.prompt, /What is your name\?$/, 'a yes takes up the callback: the call goes on');
});

t.test('the silent redirect of a lost call is not a silent turn', async (t) => {
  const callSid = newCallSid();
  const from = '+15557772002';
  await sim.inbound({ callSid, from, to: DEMO });
  await forget(callSid);
  const d = await turn(callSid, '', from);
  t.equal(d.gather?.prompt, OFFER);
});

t.test('a lost call with its details taken already: the team will call, no second offer', async (t) => {
  await db.deleteFrom('emergency_escalations').execute();
  const callSid = newCallSid();
  const from = '+15557772003';
  await sim.inbound({ callSid, from, to: DEMO });
  await turn(callSid, 'A pipe burst and water is flooding my kitchen', from);
  await turn(callSid, 'connect me', from); // the URGENT lead is written before the team is rung
  await forget(callSid);
  const d = await turn(callSid, 'hello?', from);
  t.equal(d.gather?.prompt, 'Sorry, I lost track of our conversation for a moment. The team has your details and will call you back. Is there anything else I can help with?');
});

t.test('a call the server never knew, or one that ended: a polite goodbye', async (t) => {
  const unknown = await turn(newCallSid(), 'hello', '+15557772004');
  t.ok(unknown.hangup);
  t.match(unknown.says.join(' '), /^Sorry, we lost track of this call on our side\. Please call us again/);
  t.notMatch(unknown.xml, /did not catch/);
  const callSid = newCallSid();
  await sim.inbound({ callSid, from: '+15557772005', to: DEMO });
  await sim.webhook('/api/voice/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '20' });
  await forget(callSid);
  t.ok((await turn(callSid, 'hello', '+15557772005')).hangup, 'an ended call is not picked up again');
});

t.test('a <Dial> action for a transfer the server lost: back in the Gather loop with the callback offer', async (t) => {
  const callSid = newCallSid();
  const from = '+15557772006';
  await sim.inbound({ callSid, from, to: DEMO });
  const d = await turn(callSid, 'can i talk to a real person', from);
  t.equal(d.dial, TEAM[0]);
  const action = d.dialAction!;
  await forget(callSid, /[?&]t=([\w-]+)/.exec(action)![1]);
  const post = (params: Record<string, string>) => sim.webhook(action.slice(PUBLIC.length), { CallSid: callSid, From: from, To: DEMO, ...params });
  const back = (await post({ CallStatus: 'in-progress', DialCallStatus: 'no-answer', DialCallDuration: '0' })).twiml!;
  t.notOk(back.dial, 'no number is rung from a state that is gone');
  t.equal(back.gather?.prompt, 'Sorry, nobody could pick up right now. I can take your details so the team can call you back. Would you like that?');
  t.match((await turn(callSid, 'yes', from)).gather?.prompt, /What is your name\?$/);

  // The person talked with the caller (DialBridged), or the caller is gone: nothing more to say.
  const bridged = (await post({ CallStatus: 'in-progress', DialCallStatus: 'completed', DialCallDuration: '95', DialBridged: 'true' })).twiml!;
  t.ok(bridged.hangup);
  t.equal(bridged.says.length, 0);
  const gone = (await post({ CallStatus: 'completed', DialCallStatus: 'canceled' })).twiml!;
  t.ok(gone.hangup);
  t.equal(gone.says.length, 0);
  // No conversation at all for that CallSid: a goodbye, not silence.
  const stranger = (await sim.webhook(action.slice(PUBLIC.length), { CallSid: newCallSid(), CallStatus: 'in-progress', DialCallStatus: 'no-answer' })).twiml!;
  t.ok(stranger.hangup);
  t.match(stranger.says.join(' '), /^Sorry, we lost track of this call on our side/);
});
