import t from 'tap';
import fc from 'fast-check';
import { frameOf, indexOfKey, needle, trailingValueStart, valueEnd, valueStart, valueStartAt } from '../../src/voice/frames.js';

// The hot path's byte searches are JavaScript loops (cheaper than Buffer#indexOf on messages of
// a few hundred bytes): they must find exactly what Buffer#indexOf finds, at any offset, and the
// frame built from the offsets must hold exactly the bytes around them.

const bytes = fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a));
// Keys and messages over a small alphabet, so that near-misses and overlaps are frequent.
const small = (max: number) => fc.array(fc.constantFrom(0x22, 0x3a, 0x61, 0x62, 0x7d), { minLength: 0, maxLength: max }).map((a) => Buffer.from(a));

t.test('indexOfKey finds what Buffer#indexOf finds', async (t) => {
  fc.assert(
    fc.property(fc.oneof(bytes, small(200)), small(6).filter((k) => k.length >= 2), fc.integer({ min: -5, max: 320 }), (buf, key, from) => {
      const got = indexOfKey(buf, key, from);
      const want = buf.indexOf(key, Math.max(0, from));
      if (got !== want) throw new Error(`indexOfKey ${got}, indexOf ${want}`);
    }),
    { numRuns: 3000 },
  );
  t.pass('3000 searches agree');
});

t.test('valueStart / valueEnd / trailingValueStart on real layouts and on garbage', async (t) => {
  const delta = Buffer.from('{"type":"response.output_audio.delta","event_id":"ev_1","response_id":"resp_9","item_id":"item_7","output_index":0,"content_index":0,"delta":"AAEC/+8="}');
  const key = needle('"item_id":"');
  const s = valueStart(delta, key, 37);
  t.equal(delta.toString('latin1', s, valueEnd(delta, s)), 'item_7');
  const ds = trailingValueStart(delta, needle('"delta":"'), needle('"}'), 37);
  t.equal(delta.toString('latin1', ds, delta.length - 2), 'AAEC/+8=');
  t.equal(trailingValueStart(delta, needle('"nope":"'), needle('"}'), 37), -1, 'absent key');
  t.equal(trailingValueStart(Buffer.from('{"delta":"AA"},'), needle('"delta":"'), needle('"}'), 0), -1, 'not the last field');
  t.equal(valueEnd(Buffer.from('abc'), 0), -1, 'no closing quote');
  t.equal(valueEnd(Buffer.from('abc'), -1), -1);
  fc.assert(
    fc.property(fc.oneof(bytes, small(200)), fc.integer({ min: 0, max: 300 }), (buf, from) => {
      const at = buf.indexOf(key, from);
      return valueEnd(buf, from) === buf.indexOf(0x22, from) && valueStart(buf, key, from) === (at < 0 ? -1 : at + key.length);
    }),
    { numRuns: 1000 },
  );
  t.pass('1000 value searches agree');
});

t.test('frameOf: prefix + the slice + suffix, byte for byte', async (t) => {
  fc.assert(
    fc.property(bytes, bytes, bytes, fc.nat(), fc.nat(), (prefix, buf, suffix, a, b) => {
      const start = buf.length ? a % (buf.length + 1) : 0;
      const end = start + (buf.length - start ? b % (buf.length - start + 1) : 0);
      return frameOf(prefix, buf, start, end, suffix).equals(Buffer.concat([prefix, buf.subarray(start, end), suffix]));
    }),
    { numRuns: 1000 },
  );
  t.pass('1000 frames built byte for byte');
});

t.test('valueStartAt: the value of a known size ending the message, checked where it must be, else -1', async (t) => {
  const key = needle('"payload":"');
  const tail = needle('"},"streamSid":"MZ1"}');
  const frame = Buffer.from('{"event":"media","media":{"chunk":"1","payload":"QUJD"},"streamSid":"MZ1"}');
  const start = trailingValueStart(frame, key, tail, 16);
  t.equal(valueStartAt(frame, key, tail, 4), start, 'the same start as the search, for the size it found');
  t.equal(valueStartAt(frame, key, tail, 3), -1, 'another size: the key is not where it would be');
  t.equal(valueStartAt(frame, key, tail, 0), -1, 'no size known yet');
  t.equal(valueStartAt(frame, key, tail, 4, start), -1, 'never before `from`');
  t.equal(valueStartAt(frame, key, needle('"},"streamSid":"MZ2"}'), 4), -1, 'another tail');
  t.equal(valueStartAt(Buffer.from('"}'), key, needle('"}'), 4), -1, 'shorter than key and value');
  // Any message: a start it gives is the search's (the key right before the value, the tail after it).
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (s, len) => {
      const buf = Buffer.from(`{"payload":"${s}"},"streamSid":"MZ1"}`, 'latin1');
      const at = valueStartAt(buf, key, tail, len);
      return at < 0 || (buf.subarray(at - key.length, at).equals(key) && at + len === buf.length - tail.length);
    }),
  );
});
