import t from 'tap';
import { EventEmitter } from 'node:events';
import { CallBridge, type BridgeHooks, type CallSetup, type Socket } from '../../src/voice/call-bridge.js';

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

const setup: CallSetup = {
  businessId: 'b',
  conversationId: 'c',
  callSid: 'CA1',
  plan: 'PRO',
  fromNumber: null,
  transferNumbers: [],
  say: { voice: 'Polly.Joanna', language: 'en-US' },
  leadIds: [],
  emergency: false,
  profile: {
    businessName: 'B',
    description: '',
    address: null,
    website: null,
    agentName: 'Sam',
    persona: '',
    instructions: '',
    voiceGreeting: 'Hello',
    voice: 'alloy',
    faq: [],
    leadQuestions: [],
    emergencyKeywords: [],
    interruptionDelayMs: 0,
    openNow: true,
    hoursText: '',
  },
};

function bridge() {
  const twilio = new MemorySocket();
  const openai = new MemorySocket();
  const hooks: BridgeHooks = {
    authorize: async () => setup,
    openRealtime: () => openai as unknown as Socket,
    executeTool: async () => ({ output: '{}' }),
    onTranscript() {},
    fallback: async () => {},
    hangup: async () => {},
    onEnd() {},
    log: { warn() {}, info() {} },
    now: Date.now,
    model: 'gpt-realtime',
  };
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
  const appends = openai.sent.map(String).filter((s) => s.includes('input_audio_buffer.append'));
  t.equal(appends.length, 250);
  t.equal(Buffer.from(JSON.parse(appends[0]!).audio, 'base64')[0], 51, 'the newest 5 s are kept, in order');
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
