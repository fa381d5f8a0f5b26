import t from 'tap';
import { EventEmitter } from 'node:events';
import { CallBridge, type Socket } from '../../src/voice/call-bridge.js';
import { bareCallSetup, bareHooks } from '../../scripts/fakes/call-setup.js';
import { AUDIO_BATCH_FRAMES } from '../../src/voice/realtime-link.js';

// The bridge alone, over in-memory sockets: the bounds that keep a slow peer from growing
// memory without limit.

class MemorySocket extends EventEmitter {
  readyState = 1;
  bufferedAmount = 0;
  sent: Array<string | Buffer> = [];
  closedWith: number | undefined;
  send(data: string | Buffer): void {
    this.sent.push(data);
  }
  close(code?: number): void {
    this.closedWith = code;
    this.readyState = 3;
    this.emit('close', code ?? 1000, Buffer.alloc(0));
  }
  terminate(): void {
    this.close(1006);
  }
}

const setup = bareCallSetup('CA1');

/** A bridge over memory sockets; `openRealtime` gives the OpenAI socket for each connect (default: one socket, `openai`). */
function bridge(openRealtime?: () => MemorySocket) {
  const twilio = new MemorySocket();
  const openai = new MemorySocket();
  const hooks = bareHooks({ authorize: async () => setup, openRealtime: () => (openRealtime ? openRealtime() : openai) as unknown as Socket, now: Date.now });
  const b = new CallBridge(twilio as unknown as Socket, hooks);
  return { b, twilio, openai };
}

const frame = (n: number) =>
  Buffer.from(JSON.stringify({ event: 'media', sequenceNumber: String(n), media: { track: 'inbound', chunk: String(n), timestamp: String(n * 20), payload: Buffer.alloc(160, n & 0xff).toString('base64') }, streamSid: 'MZ1' }));

t.test('caller audio waiting for the model is bounded (5 s), oldest dropped', async (t) => {
  const { b, twilio, openai } = bridge();
  twilio.emit('message', Buffer.from(JSON.stringify({ event: 'start', streamSid: 'MZ1', start: { streamSid: 'MZ1', callSid: 'CA1', customParameters: {} } })));
  await new Promise((r) => setImmediate(r));
  for (let i = 1; i <= 300; i++) twilio.emit('message', frame(i));
  t.equal(b.stats.framesDropped, 50, '300 frames before the session is ready: 50 dropped');
  openai.emit('message', Buffer.from(JSON.stringify({ type: 'session.created', session: {} })));
  // Counted in audio (the link sends held audio in appends of up to 1 s): 250 frames of 160 bytes.
  const appends = openai.sent.map(String).filter((s) => s.includes('input_audio_buffer.append'));
  const audio = Buffer.concat(appends.map((s) => Buffer.from(JSON.parse(s).audio, 'base64')));
  t.equal(audio.length, 250 * 160);
  t.equal(audio[0], 51, 'the newest 5 s are kept, in order');
  t.ok(audio.equals(Buffer.concat(Array.from({ length: 250 }, (_, i) => Buffer.alloc(160, (i + 51) & 0xff)))), 'every byte of frames 51-300, in order');
});

t.test('a slow Twilio socket: model audio is dropped, not queued without bound', async (t) => {
  const { b, twilio, openai } = bridge();
  twilio.emit('message', Buffer.from(JSON.stringify({ event: 'start', streamSid: 'MZ1', start: { streamSid: 'MZ1', callSid: 'CA1', customParameters: {} } })));
  await new Promise((r) => setImmediate(r));
  openai.emit('message', Buffer.from(JSON.stringify({ type: 'session.created', session: {} })));
  const delta = (i: number) =>
    Buffer.from(`{"type":"response.output_audio.delta","event_id":"e${i}","response_id":"r1","item_id":"i1","output_index":0,"content_index":0,"delta":"${Buffer.alloc(160, 1).toString('base64')}"}`);
  openai.emit('message', delta(1));
  t.equal(b.stats.framesOut, 1);
  twilio.bufferedAmount = 10 * 1024 * 1024;
  for (let i = 2; i < 12; i++) openai.emit('message', delta(i));
  t.equal(b.stats.framesOut, 1);
  t.equal(b.stats.framesDropped, 10);
  const slowOpenai = openai;
  slowOpenai.bufferedAmount = 10 * 1024 * 1024;
  twilio.emit('message', frame(1));
  t.equal(b.stats.framesDropped, 11, 'and caller audio to a slow model socket too');
});

// Caller audio is batched towards the model (realtime-link.ts): AUDIO_BATCH_FRAMES frames per
// append, nothing held longer than a batch takes to fill, and nothing lost or reordered.

const startAndReady = async (twilio: MemorySocket, openai: MemorySocket) => {
  twilio.emit('message', Buffer.from(JSON.stringify({ event: 'start', streamSid: 'MZ1', start: { streamSid: 'MZ1', callSid: 'CA1', customParameters: {} } })));
  await new Promise((r) => setImmediate(r));
  openai.emit('message', Buffer.from(JSON.stringify({ type: 'session.created', session: {} })));
};
const appendsOf = (socket: MemorySocket) =>
  socket.sent.map(String).flatMap((s) => (s.startsWith('{"type":"input_audio_buffer.append"') ? [Buffer.from(JSON.parse(s).audio as string, 'base64')] : []));
const framesBytes = (from: number, to: number) => Buffer.concat(Array.from({ length: to - from + 1 }, (_, i) => Buffer.alloc(160, (from + i) & 0xff)));

t.test('caller audio goes out in batches of AUDIO_BATCH_FRAMES frames, in order, unchanged', async (t) => {
  const { b, twilio, openai } = bridge();
  await startAndReady(twilio, openai);
  const n = AUDIO_BATCH_FRAMES * 4;
  for (let i = 1; i <= n; i++) twilio.emit('message', frame(i));
  const appends = appendsOf(openai);
  t.equal(appends.length, 4, `${n} frames: 4 appends`);
  t.ok(appends.every((a) => a.length === AUDIO_BATCH_FRAMES * 160), 'each a whole batch');
  t.ok(Buffer.concat(appends).equals(framesBytes(1, n)), 'every byte, in order');
  t.equal(b.stats.framesIn, n);
  t.equal(b.stats.framesDropped, 0);
});

t.test('a batch that does not fill goes out after at most a batch of time', async (t) => {
  const { twilio, openai } = bridge();
  await startAndReady(twilio, openai);
  twilio.emit('message', frame(7));
  t.equal(appendsOf(openai).length, 0, 'held while the batch fills');
  const sentAt = Date.now();
  while (appendsOf(openai).length === 0 && Date.now() - sentAt < 2000) await new Promise((r) => setTimeout(r, 5));
  const waited = Date.now() - sentAt;
  t.ok(appendsOf(openai)[0]?.equals(framesBytes(7, 7)), 'the paused stream\'s frame went out alone');
  t.ok(waited >= AUDIO_BATCH_FRAMES * 20 - 5 && waited < AUDIO_BATCH_FRAMES * 20 + 150, `after ${waited} ms (max age ${AUDIO_BATCH_FRAMES * 20} ms)`);
});

t.test('held audio goes out before an event that follows it (barge-in truncate)', async (t) => {
  const { twilio, openai } = bridge();
  await startAndReady(twilio, openai);
  // The agent speaks (audio queued at Twilio), the caller talks over it, the model hears speech.
  openai.emit('message', Buffer.from(`{"type":"response.output_audio.delta","event_id":"e1","response_id":"r1","item_id":"i1","output_index":0,"content_index":0,"delta":"${Buffer.alloc(1600, 1).toString('base64')}"}`));
  twilio.emit('message', frame(1));
  openai.emit('message', Buffer.from(JSON.stringify({ type: 'input_audio_buffer.speech_started', audio_start_ms: 0, item_id: 'u1' })));
  const types = openai.sent.map((s) => (JSON.parse(String(s)) as { type: string }).type);
  const append = types.indexOf('input_audio_buffer.append');
  t.ok(append >= 0, 'the pending frame went out');
  t.ok(append < types.indexOf('conversation.item.truncate'), 'before the truncate');
  t.ok(appendsOf(openai)[0]!.equals(framesBytes(1, 1)));
});

t.test('stop: the last frames go out before the OpenAI socket closes', async (t) => {
  const { b, twilio, openai } = bridge();
  await startAndReady(twilio, openai);
  const n = AUDIO_BATCH_FRAMES * 2 + 1;
  for (let i = 1; i <= n; i++) twilio.emit('message', frame(i));
  twilio.emit('message', Buffer.from(JSON.stringify({ event: 'stop', streamSid: 'MZ1', stop: { callSid: 'CA1' } })));
  t.equal(openai.closedWith, 1000, 'closed');
  t.ok(Buffer.concat(appendsOf(openai)).equals(framesBytes(1, n)), `all ${n} frames sent, in order`);
  t.equal(String(openai.sent.at(-1)).startsWith('{"type":"input_audio_buffer.append"'), true, 'the last message before the close is the audio');
  t.equal(b.stats.framesDropped, 0);
});

t.test('the OpenAI socket drops with a batch pending: the new session gets it, in order', async (t) => {
  const sockets: MemorySocket[] = [];
  const { b, twilio } = bridge(() => {
    sockets.push(new MemorySocket());
    return sockets.at(-1)!;
  });
  twilio.emit('message', Buffer.from(JSON.stringify({ event: 'start', streamSid: 'MZ1', start: { streamSid: 'MZ1', callSid: 'CA1', customParameters: {} } })));
  await new Promise((r) => setImmediate(r));
  sockets[0]!.emit('message', Buffer.from(JSON.stringify({ type: 'session.created', session: {} })));
  const before = AUDIO_BATCH_FRAMES + 1;
  for (let i = 1; i <= before; i++) twilio.emit('message', frame(i));
  sockets[0]!.close(1006);
  t.equal(sockets.length, 2, 'reconnected');
  for (let i = before + 1; i <= before + 3; i++) twilio.emit('message', frame(i));
  t.equal(appendsOf(sockets[1]!).length, 0, 'held until the new session is ready');
  sockets[1]!.emit('message', Buffer.from(JSON.stringify({ type: 'session.created', session: {} })));
  const first = sockets[1]!.sent.map(String).findIndex((s) => s.startsWith('{"type":"input_audio_buffer.append"'));
  t.ok(first > sockets[1]!.sent.map(String).findIndex((s) => s.includes('"session.update"')), 'after the new session.update');
  t.ok(Buffer.concat([...appendsOf(sockets[0]!), ...appendsOf(sockets[1]!)]).equals(framesBytes(1, before + 3)), 'every frame once, in order, across both sockets');
  t.equal(b.stats.framesDropped, 0);
});

t.test('a slow model socket when a batch is due: the batch is dropped and counted in frames', async (t) => {
  const { b, twilio, openai } = bridge();
  await startAndReady(twilio, openai);
  for (let i = 1; i < AUDIO_BATCH_FRAMES; i++) twilio.emit('message', frame(i));
  // The socket goes over its bound before the batch's age is up: the audio is dropped, counted.
  openai.bufferedAmount = 10 * 1024 * 1024;
  await new Promise((r) => setTimeout(r, AUDIO_BATCH_FRAMES * 20 + 50));
  t.equal(appendsOf(openai).length, 0);
  t.equal(b.stats.framesDropped, AUDIO_BATCH_FRAMES - 1, 'each 20 ms frame counted');
});
