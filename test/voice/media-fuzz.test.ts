import t from 'tap';
import fc from 'fast-check';
import { sleep, startRealtimeCallApp } from '../helpers/voice-call.js';

// Arbitrary Media Streams messages on a live call: the call survives (or is closed with a
// protocol code), the process never crashes, and a well-formed frame still relays afterwards.

const unhandled: unknown[] = [];
const onUnhandled = (err: unknown) => void unhandled.push(err);
process.on('unhandledRejection', onUnhandled);
t.teardown(() => process.off('unhandledRejection', onUnhandled));

t.test('fuzzed Twilio media messages', async (t) => {
  const { app, placeCall } = await startRealtimeCallApp(t, {
    number: '+15550008888',
    authToken: 'media-fuzz-auth-token',
    publicBaseUrl: 'https://voice.example.test',
  });
  const { call, rt } = await placeCall();

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
  // Counted in audio (the bridge batches caller frames): the frame's 160 bytes arrive, last.
  const before = rt.appendedBytes;
  call.sendFrame(0x33);
  const deadline = Date.now() + 3000;
  while (rt.appendedBytes < before + 160 && Date.now() < deadline) await sleep(10);
  t.ok(rt.appendedBytes >= before + 160 && rt.appendedAudio().subarray(-160).equals(Buffer.alloc(160, 0x33)), 'a well-formed frame still relays');
  t.match((await app.inject('/metrics')).body, /voice_malformed_frames(?:_total)? [1-9]/, 'the garbage was counted');
  t.equal((await app.inject('/health')).statusCode, 200);
  call.stop();
  t.same(unhandled, [], 'no unhandled rejections');
});
