import t, { type Test } from 'tap';
import { startGatherCallApp } from '../helpers/voice-call.js';
import { twilioSignature } from '../../src/twilio/signature.js';
import { createAfterCall, type VoiceSessionRecord } from '../../src/voice/after-call.js';
import { createLeadWrites } from '../../src/voice/lead-writes.js';
import { newCallSid, type TwimlDoc, type WebhookResult } from '../helpers/twilio-sim.js';
import { startTwilioRestFake } from '../helpers/twilio-rest-fake.js';

// The Gather loop's warm transfer (no OpenAI key): the same voice/transfer.ts as the realtime
// agent. The caller's turn is answered with a hold message and <Dial action><Number url=whisper>;
// the test plays Twilio's part for the person called (the whisper on their leg, their key press,
// the <Dial> action with DialCallStatus) and for the caller handed back to the Gather loop.

const PUBLIC = 'https://voice.example.test';
const AUTH_TOKEN = 'gather-transfer-auth-token';
const DEMO = '+15555550100';
// Twilio's REST API (the real SDK against the fake): where a transfer's ringing leg is cancelled.
const rest = await startTwilioRestFake(t, { authToken: AUTH_TOKEN });
const { app, db, sim, businessId } = await startGatherCallApp(t, {
  number: DEMO,
  authToken: AUTH_TOKEN,
  publicBaseUrl: PUBLIC,
  account: { accountSid: rest.accountSid, apiBaseUrl: rest.url },
});
const TEAM = ['+15550006001', '+15550006002', '+15550006003'];
await db.updateTable('agent_configs').set({ transfer_numbers: TEAM }).where('business_id', '=', businessId).execute();

/** The attribute of the first `tag` in `xml` (entities decoded). */
const attr = (xml: string, tag: string, name: string): string => {
  const el = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0] ?? '';
  return (new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1] ?? '').replace(/&amp;/g, '&');
};
/** Twilio requests one of our absolute callback URLs, signed. */
async function callback(url: string, params: Record<string, string>): Promise<WebhookResult> {
  if (!url.startsWith(`${PUBLIC}/`)) throw new Error(`not a callback URL: ${url}`);
  const res = await sim.webhook(url.slice(PUBLIC.length), params);
  if (res.status !== 200 || !res.twiml) throw new Error(`callback failed: ${res.status} ${res.body}`);
  return res;
}

async function say(callSid: string, from: string, speech: string): Promise<TwimlDoc> {
  const res = await sim.webhook('/api/voice/gather', { CallSid: callSid, From: from, To: DEMO, SpeechResult: speech, Confidence: '0.92' });
  if (res.status !== 200 || !res.twiml) throw new Error(`gather turn failed: ${res.status} ${res.body}`);
  return res.twiml;
}

/** The person at the number the caller's document rings answers and hears the whisper: its text and <Gather> action. */
async function answer(dialling: TwimlDoc, answeredBy = 'human'): Promise<{ doc: TwimlDoc; spoken: string; accept: string }> {
  const res = await callback(attr(dialling.xml, 'Number', 'url'), { CallSid: newCallSid(), AnsweredBy: answeredBy });
  return { doc: res.twiml!, spoken: res.twiml!.says.join(' '), accept: attr(res.body, 'Gather', 'action') };
}

/** Twilio posts the <Dial> outcome on the caller's leg. */
const dialDone = async (dialling: TwimlDoc, callSid: string, status: string): Promise<TwimlDoc> =>
  (await callback(dialling.dialAction!, { CallSid: callSid, DialCallStatus: status, DialCallDuration: status === 'completed' ? '30' : '0' })).twiml!;

const convOf = (callSid: string) => db.selectFrom('conversations').selectAll().where('call_sid', '=', callSid).executeTakeFirstOrThrow();
const leadsOf = (conversationId: string) => db.selectFrom('leads').selectAll().where('conversation_id', '=', conversationId).execute();
const transcript = async (conversationId: string) =>
  (await db.selectFrom('messages').select(['role', 'content']).where('conversation_id', '=', conversationId).orderBy('created_at').execute()).map((m) => `${m.role}: ${m.content}`);

t.test('a caller asks for a person: the whisper is heard, 1 is pressed, the legs are bridged', async (t) => {
  const callSid = newCallSid();
  const from = '+15557771001';
  await sim.inbound({ callSid, from, to: DEMO });
  await say(callSid, from, 'How much is a call-out?');
  const d = await say(callSid, from, 'My name is Ann Lee, can i talk to a real person please');
  t.same(d.says, ['Sure, putting you through to the team now. Please hold.'], 'the caller hears one hold message');
  t.equal(d.dial, TEAM[0], 'the first transfer number rings');
  t.equal(attr(d.xml, 'Dial', 'timeout'), '20', 'for the ring time set (20 s by default)');
  t.match(d.dialAction, /^https:\/\/voice\.example\.test\/api\/voice\/transfer\/dial-done\?t=[\w-]{16,64}&n=0$/);
  t.match(attr(d.xml, 'Number', 'url'), /\/api\/voice\/transfer\/whisper\?t=[\w-]+&n=0$/, 'a whisper on the called leg');
  t.equal(attr(d.xml, 'Number', 'machineDetection'), 'Enable', 'voicemail is told from a person');

  const w = await answer(d);
  t.equal(w.doc.gather?.numDigits, '1', 'one key press');
  t.match(w.spoken, /^Transfer from the Demo Plumbing assistant: Ann Lee, calling from 5 5 5 7 7 7 1 0 0 1\./, 'who is calling');
  t.match(w.spoken, /Reason: Asked to speak to a person\./, 'why');
  t.match(w.spoken, /They said: How much is a call-out\? My name is Ann Lee, can i talk to a real person please/, "the caller's own words, from the Gather call's transcript");
  t.notMatch(w.spoken, /emergency/i, 'no emergency here');
  t.match(w.spoken, /Press 1 to take the call\./);
  t.ok(w.doc.hangup, 'no key press: the whisper hangs up on the person');
  const accepted = await callback(w.accept, { CallSid: newCallSid(), Digits: '1' });
  t.notOk(accepted.twiml!.hangup, 'pressing 1 ends the whisper: Twilio bridges the legs');
  t.same(accepted.twiml!.says, ['Connecting you now.']);

  // The conversation is over: Twilio posts the <Dial> outcome and the call's status at the same moment.
  const [end, status] = await Promise.all([dialDone(d, callSid, 'completed'), sim.webhook('/api/voice/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '75' })]);
  t.ok(end.hangup, 'after the person hangs up, the call ends');
  t.notOk(end.gather, 'no assistant after the team has talked to the caller');
  t.equal(status.status, 204);
  await app.services.voice.settled();
  const conv = await convOf(callSid);
  t.match(conv.metadata, { mode: 'gather', transfer: { outcome: 'accepted', acceptedBy: TEAM[0] } });
  t.match(conv.summary, /Transferred to \+15550006001, who took the call\.$/);
  const leads = await leadsOf(conv.id);
  t.equal(leads.length, 1, 'one lead for the call (the status callback and the transfer outcome do not both write one)');
  t.equal(leads[0]?.phone, from);
  const lines = await transcript(conv.id);
  t.ok(lines.includes('user: My name is Ann Lee, can i talk to a real person please'), 'the request is in the transcript');
  t.ok(lines.includes('assistant: Sure, putting you through to the team now. Please hold.'), 'so is the hold message');
});

t.test('no key press, voicemail, busy: the next number each time, then back in the Gather loop with the callback offer', async (t) => {
  const callSid = newCallSid();
  const from = '+15557771002';
  await sim.inbound({ callSid, from, to: DEMO });
  const d1 = await say(callSid, from, 'can i talk to a real person');
  t.equal(d1.dial, TEAM[0]);

  // Number 1: a person answers, hears the whisper and presses nothing (Twilio posts an empty result).
  const w1 = await answer(d1);
  t.ok((await callback(w1.accept, { CallSid: newCallSid(), Digits: '' })).twiml!.hangup, 'no key: the whisper leg is hung up');
  const d2 = await dialDone(d1, callSid, 'completed');
  t.equal(d2.dial, TEAM[1], 'the second number rings');
  t.same(d2.says, ['Still trying to reach someone, please hold.']);
  t.match(d2.dialAction, /&n=1$/);

  // Number 2: voicemail picks up (answering-machine detection): hung up on, nothing left on it.
  const w2 = await answer(d2, 'machine_start');
  t.ok(w2.doc.hangup);
  t.equal(w2.doc.says.length, 0);
  const d3 = await dialDone(d2, callSid, 'completed');
  t.equal(d3.dial, TEAM[2], 'the third number rings');

  // Number 3: busy. Nobody could take it: the caller is back with the assistant.
  const back = await dialDone(d3, callSid, 'busy');
  t.notOk(back.dial, 'no fourth number');
  t.notOk(back.stream, 'no media stream without a key');
  t.equal(back.gather?.input, 'speech', 'the Gather loop again');
  t.equal(back.gather?.action, `${PUBLIC}/api/voice/gather`);
  t.equal(back.gather?.prompt, 'Sorry, nobody could pick up right now. I can take your details so the team can call you back. Would you like that?');
  t.match((await say(callSid, from, 'yes please')).gather?.prompt, /What is your name\?$/, 'a yes takes up the callback');

  const conv = await convOf(callSid);
  t.match(conv.metadata, { transfer: { outcome: 'returned', acceptedBy: null } });
  t.equal(conv.summary, null, 'the call goes on: no summary yet');
  t.equal((await leadsOf(conv.id)).length, 0, 'no lead yet: the caller is giving the details');
  const lines = await transcript(conv.id);
  t.ok(lines.includes('assistant: Sorry, nobody could pick up right now. I can take your details so the team can call you back. Would you like that?'));
  const metrics = await app.inject({ url: '/metrics' });
  t.match(metrics.body, /voice_transfers_total\{outcome="returned"\} 1/);
});

t.test('asked mid-questions, nobody takes it: the pending question again', async (t) => {
  const callSid = newCallSid();
  const from = '+15557771003';
  await sim.inbound({ callSid, from, to: DEMO });
  t.match((await say(callSid, from, 'I would like someone to come and fix a leaking tap')).gather?.prompt, /What is your name\?$/);
  const d = await say(callSid, from, 'actually just put me through to the owner');
  t.equal(d.dial, TEAM[0]);
  const w = await answer(d);
  t.match(w.spoken, /They said: I would like someone to come and fix a leaking tap actually just put me through to the owner/);
  const d2 = await dialDone(d, callSid, 'no-answer');
  const d3 = await dialDone(d2, callSid, 'no-answer');
  t.equal((await dialDone(d3, callSid, 'no-answer')).gather?.prompt, 'Sorry, nobody could pick up right now. What is your name?');
});

t.test('an emergency caller asks to be connected: URGENT lead first, the whisper says emergency, one lead whatever happens', async (t) => {
  await db.deleteFrom('emergency_escalations').execute();
  const callSid = newCallSid();
  const from = '+15557771004';
  await sim.inbound({ callSid, from, to: DEMO });
  t.match((await say(callSid, from, 'A pipe burst and water is flooding my kitchen')).gather?.prompt, /just say "connect me"/);
  const d = await say(callSid, from, 'connect me now please');
  t.same(d.says, ['Connecting you now. Please hold.']);
  t.equal(d.dial, TEAM[0]);
  const conv = await convOf(callSid);
  const before = await leadsOf(conv.id);
  t.equal(before.length, 1, 'the URGENT lead is written before anyone is rung');
  t.equal(before[0]?.priority, 'URGENT');
  // (The escalation may already have moved on by the time this reads, on a slow machine or with a
  // real PostgreSQL worker: its next attempt rings the next contact, or the same one again when the
  // ladder comes round. What holds: the first attempt is queued with the lead, and no attempt twice.)
  const alerts = await db.selectFrom('notifications').select(['kind', 'recipient', 'payload']).where('lead_id', '=', before[0]!.id).where('kind', '=', 'call.emergency').orderBy('created_at').execute();
  const attempts = alerts.map((a) => (a.payload as { attempt?: number }).attempt);
  t.ok(attempts.includes(1), "the owner's phone alert is queued with it");
  t.equal(new Set(attempts).size, alerts.length, 'never two alerts for one attempt');

  const w = await answer(d);
  t.match(w.spoken, /^Transfer from the Demo Plumbing assistant: a caller from 5 5 5 7 7 7 1 0 0 4\. This is an emergency\. Reason: /, 'the person hears it is an emergency');
  t.match(w.spoken, /They said: A pipe burst and water is flooding my kitchen connect me now please/);
  t.match((await transcript(conv.id)).slice(-4), ['user: A pipe burst and water is flooding my kitchen', /^assistant: /, 'user: connect me now please', 'assistant: Connecting you now. Please hold.'], 'the transfer is in the transcript');

  // Nobody takes it on any of the three numbers: the caller is told the alert went out.
  t.ok((await callback(w.accept, { CallSid: newCallSid(), Digits: '9' })).twiml!.hangup, 'a wrong key is a decline');
  const d2 = await dialDone(d, callSid, 'completed');
  const d3 = await dialDone(d2, callSid, 'no-answer');
  const end = await dialDone(d3, callSid, 'failed');
  t.ok(end.hangup);
  t.match(end.says.join(' '), /^Sorry, nobody could pick up right now, but the team has been alerted and will call you back on this number as soon as they can\./);
  await sim.webhook('/api/voice/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '80' });
  await app.services.voice.settled();
  t.equal((await leadsOf(conv.id)).length, 1, 'still one lead');

  // Another emergency caller: the first person takes it.
  await db.deleteFrom('emergency_escalations').execute();
  const call2 = newCallSid();
  await sim.inbound({ callSid: call2, from: '+15557771005', to: DEMO });
  await say(call2, '+15557771005', 'There is water pouring through my ceiling');
  const e = await say(call2, '+15557771005', 'put me through');
  const w2 = await answer(e);
  t.match(w2.spoken, /This is an emergency\./);
  await callback(w2.accept, { CallSid: newCallSid(), Digits: '1' });
  t.ok((await dialDone(e, call2, 'completed')).hangup);
  await sim.webhook('/api/voice/status', { CallSid: call2, CallStatus: 'completed', CallDuration: '120' });
  await app.services.voice.settled();
  const conv2 = await convOf(call2);
  const leads2 = await leadsOf(conv2.id);
  t.equal(leads2.length, 1, 'one lead: the URGENT one, amended');
  t.equal(leads2[0]?.priority, 'URGENT');
  t.match(conv2.summary, /^EMERGENCY call.*Transferred to \+15550006001, who took the call\.$/s);
});

t.test('an emergency caller who hangs up while the team is rung: no second lead', async (t) => {
  await db.deleteFrom('emergency_escalations').execute();
  const callSid = newCallSid();
  const from = '+15557771006';
  await sim.inbound({ callSid, from, to: DEMO });
  await say(callSid, from, 'A pipe burst and water is flooding my kitchen');
  t.equal((await say(callSid, from, 'connect me')).dial, TEAM[0]);
  await sim.webhook('/api/voice/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '25' });
  await app.services.voice.settled();
  const leads = await leadsOf((await convOf(callSid)).id);
  t.equal(leads.length, 1);
  t.equal(leads[0]?.priority, 'URGENT');
});

t.test("the Gather transfer's callbacks are signature-checked, the query included", async (t) => {
  const callSid = newCallSid();
  const from = '+15557771007';
  await sim.inbound({ callSid, from, to: DEMO });
  const d = await say(callSid, from, 'can i talk to a real person');
  const whisperUrl = attr(d.xml, 'Number', 'url');
  const params = { CallSid: newCallSid(), AnsweredBy: 'human' };
  const path = (url: string) => url.slice(PUBLIC.length);
  t.equal((await sim.webhook(path(whisperUrl), params, 'bm9wZQ==')).status, 403, 'whisper: a bad signature is refused');
  t.equal((await sim.webhook(path(whisperUrl), params, '')).status, 403, 'whisper: no signature is refused');
  const w = await answer(d);
  const press = { CallSid: params.CallSid, Digits: '1' };
  t.equal((await sim.webhook(path(w.accept), press, 'bm9wZQ==')).status, 403, 'key press: a bad signature is refused');
  // A signature Twilio made for number 0 does not carry over to another number: the query is signed.
  const other = w.accept.replace(/&n=0$/, '&n=1');
  t.equal((await sim.webhook(path(other), press, twilioSignature(AUTH_TOKEN, w.accept, press))).status, 403, 'key press: the signed URL is the one requested');
  const outcome = { CallSid: callSid, DialCallStatus: 'completed' };
  t.equal((await sim.webhook(path(d.dialAction!), outcome, 'bm9wZQ==')).status, 403, 'dial outcome: a bad signature is refused');
  const conv = await convOf(callSid);
  t.notMatch(conv.metadata, { transfer: {} }, 'nothing was recorded from the refused requests');
  // Signed, it works: no key was pressed, so the next number rings.
  t.equal((await dialDone(d, callSid, 'completed')).dial, TEAM[1]);
});

t.test("a Gather call's end and its transfer's outcome at the same moment: one lead, the transfer's summary", async (t) => {
  // Twilio may post the <Dial> action (the person took the call) and the call's status callback
  // together: each after-call step reads what the one before wrote (after-call serially).
  const { core, leads } = app.services;
  const afterCall = createAfterCall({ db, events: core.events, leads, sessions: core.sessions.namespace<VoiceSessionRecord>('voice-race-test', 60_000), now: core.now, log: { warn: () => {} }, leadWrites: createLeadWrites() });
  const callSid = newCallSid();
  const from = '+15557771008';
  await sim.inbound({ callSid, from, to: DEMO });
  await say(callSid, from, 'Hi, this is Cy Moss, how much is a call-out?');
  const conv = await convOf(callSid);
  // The status callback read the conversation (no summary yet) while the transfer's outcome was being written.
  const accepted = afterCall.transferAccepted({ businessId, conversationId: conv.id }, TEAM[0]!);
  while ((await leadsOf(conv.id)).length === 0) await new Promise((r) => setImmediate(r));
  await Promise.all([accepted, afterCall.finishGatherCall({ id: conv.id, business_id: businessId, from_number: from }, 60)]);
  const written = await leadsOf(conv.id);
  t.equal(written.length, 1, 'one lead');
  t.equal(written[0]?.name, 'Cy Moss');
  t.match((await convOf(callSid)).summary, /Transferred to \+15550006001, who took the call\.$/, 'the summary says who took the call');
});

/** Twilio places the leg for the number `dialling` rings and posts its status callbacks (<Number statusCallback>). */
async function ringLeg(t: Test, dialling: TwimlDoc, callSid: string): Promise<{ sid: string; status(s: string): Promise<number> }> {
  const sid = rest.addDialedCall(callSid, dialling.dial!);
  const url = attr(dialling.xml, 'Number', 'statusCallback');
  const status = async (s: string) => {
    if (s === 'in-progress') rest.setCallStatus(sid, s);
    return (await sim.webhook(url.slice(PUBLIC.length), { CallSid: sid, ParentCallSid: callSid, CallStatus: s, To: dialling.dial! })).status;
  };
  t.equal(await status('initiated'), 204);
  t.equal(await status('ringing'), 204);
  return { sid, status };
}
const abandonedCount = async () => Number(/voice_transfers_total\{outcome="abandoned"\} (\d+)/.exec((await app.inject({ url: '/metrics' })).body)?.[1] ?? 0);
const legUpdates = (sid: string) => rest.updates.filter((u) => u.callSid === sid).map((u) => u.params.Status);

t.test('the caller hangs up while the first number rings: the leg is cancelled, no other number rings, one lead and a summary', async (t) => {
  const callSid = newCallSid();
  const from = '+15557771011';
  rest.addInboundCall(callSid, from, DEMO);
  await sim.inbound({ callSid, from, to: DEMO });
  await say(callSid, from, 'Hi, this is Bo Diaz, how much is a call-out?');
  const d = await say(callSid, from, 'can i talk to a real person');
  t.equal(d.dial, TEAM[0]);
  t.equal(attr(d.xml, 'Number', 'statusCallbackEvent'), 'initiated ringing answered completed', "the leg's progress is reported");
  t.match(attr(d.xml, 'Number', 'statusCallback'), /\/api\/voice\/transfer\/leg-status\?t=[\w-]+&n=0$/);
  const abandonedBefore = await abandonedCount();
  const leg = await ringLeg(t, d, callSid);

  // The caller gives up: Twilio's status callback for the call, then the <Dial> action with the call over.
  t.equal((await sim.webhook('/api/voice/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '41' })).status, 204);
  t.same(legUpdates(leg.sid), ['canceled'], 'the ringing leg is cancelled through the REST API');
  t.equal(rest.callStatus(leg.sid), 'canceled');
  const end = await callback(d.dialAction!, { CallSid: callSid, CallStatus: 'completed', DialCallStatus: 'canceled', DialCallDuration: '0' });
  t.ok(end.twiml!.hangup, 'the <Dial> action for a caller who is gone ends it');
  t.notOk(end.twiml!.dial, 'no second number rings for nobody');
  t.equal(end.twiml!.says.length, 0);
  t.equal(await leg.status('canceled'), 204, "the leg's last callback changes nothing");
  t.same(legUpdates(leg.sid), ['canceled'], 'cancelled once');

  await app.services.voice.settled();
  const conv = await convOf(callSid);
  t.match(conv.metadata, { transfer: { outcome: 'abandoned', acceptedBy: null } });
  t.match(conv.summary, /The caller hung up while the team was being rung\.$/);
  const leads = await leadsOf(conv.id);
  t.equal(leads.length, 1, 'one lead: the owner can call back');
  t.equal(leads[0]?.name, 'Bo Diaz');
  t.equal(leads[0]?.phone, from);
  const lines = await transcript(conv.id);
  t.notOk(lines.some((l) => /nobody could pick up/.test(l)), 'nobody is told the transfer failed');
  t.equal(await abandonedCount(), abandonedBefore + 1, 'counted once, as abandoned');
});

t.test('the <Dial> action says the caller is gone first: the answered leg is hung up, the key press comes too late, one lead', async (t) => {
  const callSid = newCallSid();
  const from = '+15557771012';
  rest.addInboundCall(callSid, from, DEMO);
  await sim.inbound({ callSid, from, to: DEMO });
  await say(callSid, from, 'A pipe burst and water is flooding my kitchen');
  const d = await say(callSid, from, 'connect me');
  t.equal(d.dial, TEAM[0]);
  const leg = await ringLeg(t, d, callSid);
  await leg.status('in-progress');
  const w = await callback(attr(d.xml, 'Number', 'url'), { CallSid: leg.sid, AnsweredBy: 'human' });
  t.match(w.twiml!.says.join(' '), /This is an emergency/, 'the person hears the whisper');

  const end = await callback(d.dialAction!, { CallSid: callSid, CallStatus: 'completed', DialCallStatus: 'completed', DialCallDuration: '3' });
  t.ok(end.twiml!.hangup);
  t.notOk(end.twiml!.dial, 'no second number');
  t.same(legUpdates(leg.sid), ['completed'], 'the answered leg (the whisper playing) is hung up: a cancel would not end it');
  t.equal(rest.callStatus(leg.sid), 'completed');
  const late = await callback(attr(w.body, 'Gather', 'action'), { CallSid: leg.sid, Digits: '1' });
  t.ok(late.twiml!.hangup, 'pressing 1 for a caller who is gone');
  t.same(late.twiml!.says, ['Sorry, the caller has already hung up.']);
  await sim.webhook('/api/voice/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '30' });
  await app.services.voice.settled();
  const conv = await convOf(callSid);
  t.match(conv.metadata, { transfer: { outcome: 'abandoned', acceptedBy: null } });
  const leads = await leadsOf(conv.id);
  t.equal(leads.length, 1, 'the URGENT lead written before the dial, and no other');
  t.equal(leads[0]?.priority, 'URGENT');
  t.match(conv.summary, /^EMERGENCY call.*The caller hung up while the team was being rung\.$/s);
});

t.test('a leg that reports in after the caller hung up is cancelled at once', async (t) => {
  const callSid = newCallSid();
  const from = '+15557771013';
  rest.addInboundCall(callSid, from, DEMO);
  await sim.inbound({ callSid, from, to: DEMO });
  const d = await say(callSid, from, 'can i talk to a real person');
  await sim.webhook('/api/voice/status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '12' });
  const sid = rest.addDialedCall(callSid, TEAM[0]!);
  const url = attr(d.xml, 'Number', 'statusCallback');
  t.equal((await sim.webhook(url.slice(PUBLIC.length), { CallSid: sid, ParentCallSid: callSid, CallStatus: 'ringing' })).status, 204);
  t.same(legUpdates(sid), ['canceled']);
  const w = await callback(attr(d.xml, 'Number', 'url'), { CallSid: sid, AnsweredBy: 'human' });
  t.ok(w.twiml!.hangup, 'someone who answers anyway hears that the caller is gone');
  t.same(w.twiml!.says, ['Sorry, the caller has already hung up.']);
  await app.services.voice.settled();
  t.equal((await leadsOf((await convOf(callSid)).id)).length, 1);
});
