import t from 'tap';
import { sleep, startRealtimeCallApp, until } from '../helpers/voice-call.js';

// SIGTERM (app.close) while a phone call is live: the call goes on until the caller hangs up
// (within the grace period), new connections are not taken, and the close then completes.
t.test('a live call finishes during a graceful shutdown', async (t) => {
  const { app, database, serverUrl, placeCall } = await startRealtimeCallApp(t, {
    number: '+15550009999',
    authToken: 'shutdown-test-auth-token',
    publicBaseUrl: 'https://voice.example.test',
    config: { SHUTDOWN_GRACE: 20_000 },
  });
  const { call, rt, callSid } = await placeCall();
  await rt.speak(200, { fill: 0x11, transcript: 'Hello, how can I help?' });
  await until(() => call.received.length >= 10, 5000, 'greeting heard');

  let closed = false;
  const closing = app.close().then(() => {
    closed = true;
  });
  await sleep(1000);
  t.notOk(closed, 'the server waits for the live call');
  const refused = await fetch(`${serverUrl}/health`).then((r) => r.status, (e: Error) => e.name);
  t.ok(refused === 503 || refused === 'TypeError', `new work is refused while draining (${refused})`);

  // The call still works both ways while the server drains.
  // Counted in audio: 10 frames of 160 bytes (the bridge sends several per append).
  const appendedBefore = rt.appendedBytes;
  for (let i = 0; i < 10; i++) call.sendFrame(0x42);
  await until(() => rt.appendedBytes >= appendedBefore + 10 * 160, 3000, 'caller audio still relayed');
  const heardBefore = call.received.length;
  await rt.speak(200, { fill: 0x22 });
  await until(() => call.received.length >= heardBefore + 10, 3000, 'agent audio still relayed');
  t.pass('audio flows both ways during the drain');

  call.stop();
  const started = Date.now();
  await closing;
  t.ok(Date.now() - started < 5000, `the close completes soon after the caller hangs up (${Date.now() - started} ms)`);
  const convo = await database.db.selectFrom('conversations').select(['status', 'duration_seconds']).where('call_sid', '=', callSid).executeTakeFirstOrThrow();
  t.equal(convo.status, 'ENDED', 'the call was recorded as ended, not cut');
});
