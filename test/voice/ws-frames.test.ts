import t from 'tap';
import { createRequire } from 'node:module';
import type { EventEmitter } from 'node:events';
import { needle, textFrames } from '../../src/voice/frames.js';

// The bridge writes a media frame and its mark to Twilio as bytes it framed itself
// (frames.textFrames): ws's own parser must read them back as exactly those messages, at every
// length encoding (7-bit, 16-bit, 64-bit), with and without the second message.

// ws's frame parser (exported by ws, not described by @types/ws).
const { Receiver } = createRequire(import.meta.url)('ws') as { Receiver: new (o: { isServer: boolean; maxPayload: number }) => EventEmitter & { write(b: Buffer): void } };

function parse(bytes: Buffer): string[] {
  const out: string[] = [];
  const receiver = new Receiver({ isServer: false, maxPayload: 0 });
  receiver.on('message', (data: Buffer, isBinary: boolean) => {
    if (isBinary) throw new Error('binary frame');
    out.push(data.toString('utf8'));
  });
  receiver.on('error', (err: Error) => {
    throw err;
  });
  receiver.write(bytes);
  return out;
}

t.test('media (+ mark) frames read back by ws as the same messages', async (t) => {
  const prefix = needle('{"event":"media","streamSid":"MZ1","media":{"payload":"');
  const suffix = needle('"}}');
  for (const payloadLength of [0, 40, 64, 65, 125, 200, 65_000, 70_000]) {
    const payload = 'A'.repeat(payloadLength);
    const source = Buffer.from(`{"delta":"${payload}"}`);
    const start = source.indexOf('"delta":"') + 9;
    const expected = `{"event":"media","streamSid":"MZ1","media":{"payload":"${payload}"}}`;
    t.same(parse(textFrames(prefix, source, start, start + payloadLength, suffix)), [expected], `payload ${payloadLength}`);
    for (const mark of ['{"event":"mark","streamSid":"MZ1","mark":{"name":"0.1.20"}}', `{"event":"mark","name":"${'é'.repeat(100)}"}`]) {
      t.same(parse(textFrames(prefix, source, start, start + payloadLength, suffix, mark)), [expected, mark], `payload ${payloadLength} + mark of ${Buffer.byteLength(mark)} bytes`);
    }
  }
});
