import t from 'tap';
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startFakeRealtime } from '../helpers/openai-realtime-fake.js';
import { TwilioSim, newCallSid } from '../helpers/twilio-sim.js';

// Arbitrary Media Streams messages on a live call: the call survives (or is closed with a
// protocol code), the process never crashes, and a well-formed frame still relays afterwards.
const AUTH_TOKEN = 'media-fuzz-auth-token';
const PUBLIC = 'https://voice.example.test';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const unhandled: unknown[] = [];
const onUnhandled = (err: unknown) => void unhandled.push(err);
process.on('unhandledRejection', onUnhandled);
t.teardown(() => process.off('unhandledRejection', onUnhandled));

t.test('fuzzed Twilio media messages', async (t) => {
  const fake = await startFakeRealtime({ apiKey: 'sk-test-realtime' });
  t.teardown(() => fake.close());
  const { app } = await buildTestApp(t, {
    config: { TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_ACCOUNT_SID: 'ACtest', PUBLIC_BASE_URL: PUBLIC, OPENAI_API_KEY: 'sk-test-realtime', OPENAI_REALTIME_URL: fake.url },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const serverUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const sim = new TwilioSim({ serverUrl, publicBaseUrl: PUBLIC, authToken: AUTH_TOKEN });
  const NUMBER = '+15550008888';
  await createTestBusiness(app, { plan: 'PRO', twilioNumber: NUMBER });
  const callSid = newCallSid();
  const index = fake.connections.length;
  const answer = await sim.inbound({ callSid, from: '+15557770000', to: NUMBER });
  const call = await sim.openStream(answer.twiml!, { callSid });
  const rt = await fake.connection(index);
  await rt.waitFor('session.update');

  const message = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.record({ event: fc.constantFrom('media', 'mark', 'dtmf', 'connected', 'bogus'), media: fc.anything({ maxDepth: 2 }), mark: fc.anything({ maxDepth: 2 }), dtmf: fc.anything({ maxDepth: 1 }) }).map((v) => JSON.stringify(v)),
    fc.record({ event: fc.constant('media'), media: fc.record({ track: fc.constant('inbound'), payload: fc.oneof(fc.base64String({ maxLength: 400 }), fc.string({ maxLength: 50 })) }) }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 100 }).map((s) => `{"event":"media","media":{"payload":"${s}`),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 20 }), async (msgs) => {
      for (const m of msgs) call.ws.send(m);
      await sleep(5);
    }),
    { numRuns: 60 },
  );
  await sleep(200);
  t.equal(call.ws.readyState, call.ws.OPEN, 'the call is still up after 60 batches of garbage');
  const before = rt.appended.length;
  call.sendFrame(0x33);
  const deadline = Date.now() + 3000;
  while (rt.appended.length === before && Date.now() < deadline) await sleep(10);
  t.ok(rt.appended.length > before, 'a well-formed frame still relays');
  t.match((await app.inject('/metrics')).body, /voice_malformed_frames(?:_total)? [1-9]/, 'the garbage was counted');
  t.equal((await app.inject('/health')).statusCode, 200);
  call.stop();
  t.same(unhandled, [], 'no unhandled rejections');
});
