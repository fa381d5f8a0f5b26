import t from 'tap';
import type { AddressInfo } from 'node:net';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startFakeRealtime } from '../helpers/openai-realtime-fake.js';
import { TwilioSim, newCallSid } from '../helpers/twilio-sim.js';

// SIGTERM (app.close) while a phone call is live: the call goes on until the caller hangs up
// (within the grace period), new connections are not taken, and the close then completes.
const AUTH_TOKEN = 'shutdown-test-auth-token';
const PUBLIC = 'https://voice.example.test';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(pred: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

t.test('a live call finishes during a graceful shutdown', async (t) => {
  const fake = await startFakeRealtime({ apiKey: 'sk-test-realtime' });
  t.teardown(() => fake.close());
  const { app, database } = await buildTestApp(t, {
    config: {
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_ACCOUNT_SID: 'ACtest',
      PUBLIC_BASE_URL: PUBLIC,
      OPENAI_API_KEY: 'sk-test-realtime',
      OPENAI_REALTIME_URL: fake.url,
      SHUTDOWN_GRACE: 20_000,
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const serverUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const sim = new TwilioSim({ serverUrl, publicBaseUrl: PUBLIC, authToken: AUTH_TOKEN });
  const NUMBER = '+15550009999';
  await createTestBusiness(app, { plan: 'PRO', twilioNumber: NUMBER, name: 'Late Night Plumbing' });

  const callSid = newCallSid();
  const index = fake.connections.length;
  const answer = await sim.inbound({ callSid, from: '+15557770000', to: NUMBER });
  const call = await sim.openStream(answer.twiml!, { callSid });
  const rt = await fake.connection(index);
  await rt.waitFor('session.update');
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
  const appendedBefore = rt.appended.length;
  for (let i = 0; i < 10; i++) call.sendFrame(0x42);
  await until(() => rt.appended.length >= appendedBefore + 10, 3000, 'caller audio still relayed');
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
