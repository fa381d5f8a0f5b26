import t from 'tap';
import type { AddressInfo } from 'node:net';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startFakeRealtime, type FakeRealtimeConnection } from '../helpers/openai-realtime-fake.js';
import { TwilioSim, newCallSid, type SimCall } from '../helpers/twilio-sim.js';
import { sleep, until } from '../helpers/voice-call.js';

// The phone call end to end over real sockets: Twilio simulator -> server -> fake OpenAI.

const AUTH_TOKEN = 'twilio-test-auth-token';
const PUBLIC = 'https://voice.example.test';

const fake = await startFakeRealtime({ apiKey: 'sk-test-realtime' });
t.teardown(() => fake.close());

const { app, database } = await buildTestApp(t, {
  config: {
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_ACCOUNT_SID: 'ACtest',
    PUBLIC_BASE_URL: PUBLIC,
    // PGlite's start-up can stall the loop past the shedding threshold; not what these tests measure.
    MAX_EVENT_LOOP_DELAY: 0,
    OPENAI_API_KEY: 'sk-test-realtime',
    OPENAI_REALTIME_URL: fake.url,
  },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const serverUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const sim = new TwilioSim({ serverUrl, publicBaseUrl: PUBLIC, authToken: AUTH_TOKEN });
const db = database.db;

const NUMBER = '+15550001001';
const biz = await createTestBusiness(app, { plan: 'PRO', twilioNumber: NUMBER, name: 'Acme Plumbing' });
await db
  .updateTable('agent_configs')
  .set({ voice_greeting: 'Thanks for calling Acme Plumbing, how can I help?', realtime_voice: 'marin' })
  .where('business_id', '=', biz.businessId)
  .execute();

/** OpenAI sockets a bridge actually used (pre-warmed ones that were never claimed got nothing). */
const usedSockets = () => fake.connections.filter((c) => c.events.length > 0).length;

/** Dials in, opens the stream, returns the sim call and the fake's connection for it. */
async function placeCall(from = '+15557770000'): Promise<{ call: SimCall; rt: FakeRealtimeConnection; callSid: string }> {
  const callSid = newCallSid();
  const index = fake.connections.length;
  const res = await sim.inbound({ callSid, from, to: NUMBER });
  if (!res.twiml?.stream) throw new Error(`expected <Stream>: ${res.body}`);
  const call = await sim.openStream(res.twiml, { callSid });
  const rt = await fake.connection(index);
  return { call, rt, callSid };
}

t.test('a bad webhook signature is refused with 403 and nothing is written', async (t) => {
  const before = await db.selectFrom('conversations').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const res = await sim.inbound({ from: '+15557770000', to: NUMBER }, 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  t.equal(res.status, 403, res.body);
  const missing = await sim.webhook('/api/voice/status', { CallSid: 'CA1', CallStatus: 'completed' }, '');
  t.equal(missing.status, 403);
  const after = await db.selectFrom('conversations').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
  t.equal(Number(after.n), Number(before.n), 'no conversation row written');
});

t.test('a signature over another parameter set is refused (every parameter is signed)', async (t) => {
  const { twilioSignature } = await import('../../src/twilio/signature.js');
  const params = { CallSid: newCallSid(), From: '+15557770000', To: NUMBER };
  const sig = twilioSignature(AUTH_TOKEN, PUBLIC + '/api/voice/inbound', params);
  const res = await sim.webhook('/api/voice/inbound', { ...params, Extra: 'x' }, sig);
  t.equal(res.status, 403);
});

t.test('an unknown number gets a polite TwiML message', async (t) => {
  const res = await sim.inbound({ from: '+15557770000', to: '+15559999999' });
  t.equal(res.status, 200);
  t.match(res.twiml?.says.join(' '), /not connected/);
  t.ok(res.twiml?.hangup);
});

t.test('PRO with realtime: <Connect><Stream> to the wss URL with a token parameter', async (t) => {
  const callSid = newCallSid();
  const res = await sim.inbound({ callSid, from: '+15557770000', to: NUMBER });
  t.equal(res.status, 200);
  t.equal(res.twiml?.stream?.url, 'wss://voice.example.test/api/voice/stream');
  t.notOk(res.twiml?.stream?.url.includes('?'), 'no query string on the stream URL');
  t.match(res.twiml?.stream?.parameters.token, /^[\w-]+\.[\w-]+$/);
  const conv = await db.selectFrom('conversations').selectAll().where('call_sid', '=', callSid).executeTakeFirstOrThrow();
  t.equal(conv.business_id, biz.businessId);
  t.equal(conv.channel, 'CALL');
  t.equal(conv.from_number, '+15557770000');
  t.equal(conv.to_number, NUMBER);
  const again = await sim.inbound({ callSid, from: '+15557770000', to: NUMBER });
  t.equal(again.status, 200, 'a retried webhook is answered again');
  const rows = await db.selectFrom('conversations').select('id').where('call_sid', '=', callSid).execute();
  t.equal(rows.length, 1, 'and recorded once');
});

t.test('a bad upgrade signature is refused before the 101', async (t) => {
  const callSid = newCallSid();
  const res = await sim.inbound({ callSid, from: '+15557770000', to: NUMBER });
  const before = usedSockets();
  const err = await sim.openStream(res.twiml!, { callSid, signature: 'bm9wZQ==' }).then(() => undefined, (e: { statusCode?: number }) => e);
  t.equal(err?.statusCode, 403, 'upgrade refused with 403');
  await sleep(100);
  t.equal(usedSockets(), before, 'no OpenAI session started');
});

t.test('a token for another call is refused with close 1008', async (t) => {
  const a = await sim.inbound({ callSid: newCallSid(), from: '+15557770000', to: NUMBER });
  const otherSid = newCallSid();
  await sim.inbound({ callSid: otherSid, from: '+15557770000', to: NUMBER });
  const before = usedSockets();
  const call = await sim.openStream(a.twiml!, { callSid: otherSid });
  t.equal(await call.closed, 1008);
  const forged = await sim.inbound({ callSid: newCallSid(), from: '+15557770000', to: NUMBER });
  const sid = newCallSid();
  const call2 = await sim.openStream(forged.twiml!, { callSid: sid, parameters: { token: 'forged.token' } });
  t.equal(await call2.closed, 1008);
  t.equal(usedSockets(), before, 'no OpenAI session for a refused stream');
});

t.test('greeting first, relay in order both ways, two exact barge-ins, stop closes OpenAI', async (t) => {
  // Pre-warm: the webhook alone opens the OpenAI socket; the stream then takes that socket over.
  const callSid = newCallSid();
  const index = fake.connections.length;
  const answer = await sim.inbound({ callSid, from: '+15557770000', to: NUMBER });
  const rt = await fake.connection(index);
  t.equal(rt.events.length, 0, 'opened during the webhook, before the media stream');
  const call = await sim.openStream(answer.twiml!, { callSid });
  t.equal(new URL(rt.request.url!, 'http://x').searchParams.get('model'), 'gpt-realtime');

  // session.update in the GA shape, then the greeting response before anything else.
  const update = await rt.waitFor('session.update');
  t.same(rt.rejections, [], 'the GA session shape is accepted');
  const session = update.session as Record<string, any>;
  t.equal(session.audio.output.voice, 'marin');
  t.match(session.instructions, /Acme Plumbing/);
  t.same(
    (session.tools as Array<{ name: string }>).map((x) => x.name).sort(),
    ['capture_lead', 'check_project_status', 'end_call', 'report_emergency', 'search_knowledge', 'transfer_call'],
  );
  const first = await rt.waitFor('response.create');
  t.equal(rt.events.indexOf(first), rt.events.indexOf(update) + 1, 'the greeting is the first response');
  t.match((first.response as { instructions: string }).instructions, 'Thanks for calling Acme Plumbing, how can I help?');

  // The greeting plays (fill 0x11) and every chunk's mark comes back.
  await rt.speak(400, { fill: 0x11, transcript: 'Thanks for calling Acme Plumbing, how can I help?' });
  await until(() => call.received.length === 20 && call.queuedMs === 0, 3000, 'greeting played');
  t.equal(Buffer.from(call.received[0]!, 'base64')[0], 0x11, 'the first audio the caller hears is the greeting');

  // Caller -> model: frames arrive in order, unchanged.
  for (let i = 1; i <= 30; i++) call.sendFrame(i);
  // The bridge batches caller audio (several 20 ms frames per append): counted in audio, not messages.
  await until(() => rt.appendedFrames().length >= 30, 3000, 'caller frames relayed');
  t.same(
    rt.appendedFrames().slice(0, 30).map((f) => f[0]),
    Array.from({ length: 30 }, (_, i) => i + 1),
    'caller audio relayed in order',
  );
  t.ok(rt.appendedAudio().equals(Buffer.concat(Array.from({ length: 30 }, (_, i) => Buffer.alloc(160, i + 1)))), 'audio unchanged (every byte of the 30 frames, nothing else)');
  t.ok(rt.appended.every((p) => Buffer.from(p, 'base64').length % 160 === 0), 'no frame split across appends');

  // Model -> caller: 3 s answer (fill 0x22) in order; the caller barges in after ~1 s.
  const item1 = await rt.speak(3000, { fill: 0x22 });
  await until(() => (call.playedByFill.get(0x22) ?? 0) >= 1000, 5000, '1 s of the answer played');
  rt.speechStarted();
  const trunc1 = await rt.next('conversation.item.truncate');
  await until(() => call.clears.length === 1, 2000, 'clear received');
  const played1 = call.clears[0]!.playedByFill.get(0x22)!;
  t.equal(trunc1.item_id, item1);
  t.ok(Math.abs(Number(trunc1.audio_end_ms) - played1) <= 100, `truncate ${trunc1.audio_end_ms} ms within 100 ms of played ${played1} ms`);
  t.ok(call.queuedMs === 0, 'queued audio dropped');

  // A second answer, interrupted after ~700 ms: as exact as the first.
  await sleep(100);
  const item2 = await rt.speak(3000, { fill: 0x33 });
  await until(() => (call.playedByFill.get(0x33) ?? 0) >= 700, 5000, '700 ms of the second answer played');
  rt.speechStarted();
  const trunc2 = await rt.next('conversation.item.truncate');
  await until(() => call.clears.length === 2, 2000, 'second clear received');
  const played2 = call.clears[1]!.playedByFill.get(0x33)!;
  t.equal(trunc2.item_id, item2);
  t.ok(Math.abs(Number(trunc2.audio_end_ms) - played2) <= 100, `second truncate ${trunc2.audio_end_ms} ms within 100 ms of played ${played2} ms`);
  t.equal(rt.truncates.length, 2, 'exactly two truncates, both accepted');
  t.same(rt.rejections, [], 'no truncate past the audio sent');
  t.equal(rt.ofType('response.cancel').length, 0, 'no cancel: the session interrupts by itself (no confirmation delay)');

  // Speech while nothing is playing is not an interruption.
  rt.speechStarted();
  await sleep(100);
  t.equal(call.clears.length, 2);

  // Transcripts become messages.
  rt.userTranscript('Do you fix water heaters?');
  await sleep(100);

  // An OpenAI error event is counted, the call goes on.
  rt.errorEvent('transient');
  call.sendFrame(0x44);
  await until(() => rt.appendedFrames().some((f) => f[0] === 0x44), 2000, 'relay after an error event');

  // Malformed frames are ignored.
  call.send('{not json');
  call.send('{"event":"media","streamSid":"x"}');
  call.sendFrame(0x45);
  await until(() => rt.appendedFrames().some((f) => f[0] === 0x45), 2000, 'relay after malformed frames');

  const stoppedAt = Date.now();
  call.stop();
  await until(() => rt.closed, 1000, 'OpenAI socket closed after stop');
  t.ok(rt.closedAt - stoppedAt < 1000, 'OpenAI socket closed within a second of stop');
  await app.services.voice.settled();

  const conv = await db.selectFrom('conversations').selectAll().where('call_sid', '=', callSid).executeTakeFirstOrThrow();
  t.equal(conv.status, 'ENDED');
  t.match(conv.summary, /Do you fix water heaters/);
  const voiceMeta = (conv.metadata as { voice: Record<string, number> }).voice as Record<string, number> & { packetsIn: number; packetsOut: number; malformedFrames: number };
  t.equal(voiceMeta.interruptions, 2);
  t.equal(voiceMeta.openaiErrors, 1);
  t.ok(voiceMeta.malformedFrames >= 2);
  t.ok(voiceMeta.packetsIn >= 32);
  t.ok(voiceMeta.packetsOut >= 20);
  const messages = await db.selectFrom('messages').select(['role', 'content']).where('conversation_id', '=', conv.id).orderBy('created_at').execute();
  t.same(
    messages.map((m) => m.role),
    ['assistant', 'user'],
  );
  t.match(messages[0]!.content, /Acme Plumbing/);
  const record = await app.services.voice.session(callSid);
  t.equal(record?.interruptions, 2);
  t.equal(record?.packetsIn, voiceMeta.packetsIn);
});

t.test('a confirmation delay: a short "uh-huh" does not interrupt, sustained speech does', async (t) => {
  await db.updateTable('agent_configs').set({ interruption_delay_ms: 300 }).where('business_id', '=', biz.businessId).execute();
  t.teardown(() => db.updateTable('agent_configs').set({ interruption_delay_ms: 0 }).where('business_id', '=', biz.businessId).execute());
  const { call, rt } = await placeCall();
  const update = await rt.waitFor('session.update');
  t.equal((update.session as any).audio.input.turn_detection.interrupt_response, false, 'the bridge, not the server, decides');
  await rt.waitFor('response.create');
  await rt.speak(3000, { fill: 0x22 });
  await until(() => (call.playedByFill.get(0x22) ?? 0) >= 300, 3000, 'answer playing');
  rt.speechStarted();
  await sleep(100);
  rt.speechStopped();
  await sleep(400);
  t.equal(call.clears.length, 0, 'speech shorter than the delay is ignored');
  rt.speechStarted();
  const trunc = await rt.next('conversation.item.truncate', 2000);
  await until(() => call.clears.length === 1, 2000, 'clear');
  const played = call.clears[0]!.playedByFill.get(0x22)!;
  t.ok(Math.abs(Number(trunc.audio_end_ms) - played) <= 100, `truncate ${trunc.audio_end_ms} vs played ${played}`);
  await rt.waitFor('response.cancel', 1000);
  t.pass('response.cancel sent when the session does not interrupt by itself');
  call.stop();
  await call.closed;
});

t.test('the OpenAI socket drops: reconnect once with the conversation so far', async (t) => {
  const { call, rt } = await placeCall();
  await rt.waitFor('response.create');
  rt.userTranscript('My name is Ann and my sink is leaking');
  await sleep(100);
  const index = fake.connections.length;
  rt.drop();
  const rt2 = await fake.connection(index);
  const replay = await rt2.waitFor((e) => e.type === 'conversation.item.create' && (e.item as any)?.role === 'user');
  t.match(JSON.stringify(replay.item), /sink is leaking/);
  await rt2.waitFor('response.create');
  call.sendFrame(0x66);
  await until(() => rt2.appendedFrames().some((f) => f[0] === 0x66), 2000, 'relay on the new socket');
  call.stop();
  await call.closed;
});

t.test('/metrics and /health report voice', async (t) => {
  const metrics = await app.inject({ url: '/metrics' });
  t.match(metrics.body, /voice_frames_relayed\{direction="in"\} \d+/);
  t.match(metrics.body, /voice_interruptions_total \d+/);
  t.match(metrics.body, /voice_active_calls/);
  t.match(metrics.body, /voice_relay_added_latency_seconds_bucket/);
  t.match(metrics.body, /voice_first_audio_seconds_count [1-9]/);
  const health = await app.inject({ url: '/health' });
  t.match(health.json().checks.voice, { status: 'ok', realtime: 'configured' });
});

t.test('GraphQL: the transcript, summary and per-call analytics; live calls; plan gate', async (t) => {
  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    (await app.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${token}` }, payload: { query, variables } })).json() as {
      data?: any;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
  const conv = await db
    .selectFrom('conversations')
    .select('id')
    .where('business_id', '=', biz.businessId)
    .where('summary', 'is not', null)
    .where('summary', 'like', '%water heaters%')
    .executeTakeFirstOrThrow();
  const res = await gql(
    biz.token,
    `query($id: ID!) { conversation(id: $id) { summary messages { role content } callAnalytics { mode interruptions packetsIn packetsOut messages connectionStatus emergencyDetected openaiErrors } } }`,
    { id: conv.id },
  );
  t.notOk(res.errors, JSON.stringify(res.errors));
  const c = res.data.conversation;
  t.match(c.summary, /water heaters/);
  t.same(c.messages.map((m: { role: string }) => m.role), ['assistant', 'user']);
  t.match(c.callAnalytics, { mode: 'realtime', interruptions: 2, messages: 2, connectionStatus: 'ENDED', emergencyDetected: false, openaiErrors: 1 });
  t.ok(c.callAnalytics.packetsIn >= 32);

  const { call } = await placeCall();
  await until(() => app.services.voice.liveCallsSync().length > 0, 2000, 'call live');
  const live = await gql(biz.token, `{ liveCalls { callSid connectionStatus packetsIn } }`);
  t.notOk(live.errors);
  t.equal(live.data.liveCalls.length, 1);
  t.equal(live.data.liveCalls[0].callSid, call.callSid);
  call.stop();
  await call.closed;

  const basic = await createTestBusiness(app, { plan: 'BASIC' });
  const gated = await gql(basic.token, `{ liveCalls { callSid } }`);
  t.equal(gated.errors?.[0]?.extensions?.code, 'PLAN_UPGRADE_REQUIRED');
  const other = await gql(basic.token, `query($id: ID!) { conversation(id: $id) { id } }`, { id: conv.id });
  t.equal(other.errors?.[0]?.extensions?.code, 'NOT_FOUND', "another tenant's call is not found");
});
