// The bridge's own JavaScript per media message, in-process and without sockets (sends are
// counted, not written): what CallBridge does with one Twilio media frame, one OpenAI audio
// delta and the marks they bring, next to what the bare relay's code does with the same
// messages (JSON.parse + JSON.stringify). The socket costs (ws framing, syscalls) are left out, so
// that a change to the hot path shows even on a loaded machine; they are per message, and the
// bridge sends a third of the bare relay's messages to OpenAI (caller audio batched, see
// bridgeSendsPerCallerFrame), so its Twilio -> OpenAI JavaScript here includes the base64 work
// that batching costs but not the socket work it saves.
//
//   npx tsx bench/voice-hotpath.ts [--messages 200000] [--rounds 7]
//
// Deterministic work (fake time, fixed messages): run it under `valgrind --tool=callgrind` for
// instruction counts that do not depend on the machine's load.
import { EventEmitter } from 'node:events';
import { CallBridge, type Socket } from '../src/voice/call-bridge.js';
import { bareCallSetup, bareHooks } from '../scripts/fakes/call-setup.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

class CountingSocket extends EventEmitter {
  readyState = 1;
  bufferedAmount = 0;
  sends = 0;
  last: string | Buffer = '';
  send(data: string | Buffer): void {
    this.sends++;
    this.last = data;
  }
  close(): void {
    this.readyState = 3;
  }
  terminate(): void {
    this.readyState = 3;
  }
}

const setup = bareCallSetup('CA00000000000000000000000000000001');

const STREAM = 'MZ00000000000000000000000000000001';
const PAYLOAD = Buffer.alloc(160, 0xd5).toString('base64');
const twilioFrame = (n: number) =>
  Buffer.from(`{"event":"media","sequenceNumber":"${n + 2}","media":{"track":"inbound","chunk":"${n}","timestamp":"${n * 20}","payload":"${PAYLOAD}"},"streamSid":"${STREAM}"}`);
const openaiDelta = (n: number) =>
  Buffer.from(`{"type":"response.output_audio.delta","event_id":"event_${n.toString(36).padStart(6, '0')}","response_id":"resp_0000000000000001","item_id":"item_0000000000000001","output_index":0,"content_index":0,"delta":"${PAYLOAD}"}`);

async function bridgeUnderTest() {
  let now = 1_000_000;
  const twilio = new CountingSocket();
  const openai = new CountingSocket();
  const hooks = bareHooks({ authorize: async () => setup, openRealtime: () => openai as unknown as Socket, now: () => now });
  const bridge = new CallBridge(twilio as unknown as Socket, hooks);
  twilio.emit('message', Buffer.from(JSON.stringify({ event: 'start', streamSid: STREAM, start: { streamSid: STREAM, callSid: setup.callSid, customParameters: {} } })));
  await new Promise((r) => setImmediate(r));
  openai.emit('message', Buffer.from(JSON.stringify({ type: 'session.created', session: { id: 's' } })));
  return { bridge, twilio, openai, tick: (ms: number) => (now += ms), now: () => now };
}

const MARK_RE = /"name":"([^"]+)"/;

async function runBridge(n: number, frames: Buffer[], deltas: Buffer[]): Promise<{ inNs: number; outNs: number; marks: number; appendsPerFrame: number }> {
  const b = await bridgeUnderTest();
  const twilioMsg = (d: Buffer) => b.twilio.emit('message', d, false);
  const openaiMsg = (d: Buffer) => b.openai.emit('message', d, false);
  // Twilio plays 20 ms per 20 ms and echoes each mark once the audio before it has played (a
  // 40 ms round trip): marks wait in a queue of (due time, echo).
  const due: Array<{ at: number; echo: Buffer }> = [];
  let marks = 0;
  let head = 0;
  const startedAt = b.now();
  const appends0 = b.openai.sends;
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) twilioMsg(frames[i % frames.length]!);
  const t1 = process.cpuUsage(t0);
  // Caller audio is batched (realtime-link.ts): fewer socket sends than frames, each costing more here.
  const appendsPerFrame = (b.openai.sends - appends0) / n;
  const t2 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    b.tick(20);
    const before = b.twilio.sends;
    openaiMsg(deltas[i % deltas.length]!);
    if (b.twilio.sends > before + 1 || (b.twilio.sends === before + 1 && typeof b.twilio.last === 'string')) {
      // The frame went out with a mark (the mark is the last send, a string).
      const name = MARK_RE.exec(String(b.twilio.last))?.[1];
      if (name) due.push({ at: startedAt + (i + 1) * 20 + 40, echo: Buffer.from(`{"event":"mark","sequenceNumber":"${i}","streamSid":"${STREAM}","mark":{"name":"${name}"}}`) });
    }
    while (head < due.length && due[head]!.at <= b.now()) {
      marks++;
      twilioMsg(due[head++]!.echo);
    }
  }
  const t3 = process.cpuUsage(t2);
  b.bridge.finish('bench');
  return { inNs: ((t1.user + t1.system) * 1000) / n, outNs: ((t3.user + t3.system) * 1000) / n, marks, appendsPerFrame };
}

function runBare(n: number, frames: Buffer[], deltas: Buffer[]): { inNs: number; outNs: number } {
  const sink = new CountingSocket();
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const msg = JSON.parse(frames[i % frames.length]!.toString()) as { event?: string; media?: { payload?: string } };
    if (msg.event === 'media') sink.send(JSON.stringify({ type: 'input_audio_buffer.append', audio: msg.media?.payload }));
  }
  const t1 = process.cpuUsage(t0);
  const t2 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const ev = JSON.parse(deltas[i % deltas.length]!.toString()) as { type?: string; delta?: string };
    if (ev.type === 'response.output_audio.delta') sink.send(JSON.stringify({ event: 'media', streamSid: STREAM, media: { payload: ev.delta } }));
  }
  const t3 = process.cpuUsage(t2);
  return { inNs: ((t1.user + t1.system) * 1000) / n, outNs: ((t3.user + t3.system) * 1000) / n };
}

const n = opt('messages', 200_000);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const rounds = opt('rounds', 7);
const frames = Array.from({ length: 1000 }, (_, i) => twilioFrame(i));
const deltas = Array.from({ length: 1000 }, (_, i) => openaiDelta(i));
const bridge: Array<{ inNs: number; outNs: number; marks: number; appendsPerFrame: number }> = [];
const bare: Array<{ inNs: number; outNs: number }> = [];
for (let r = 0; r < rounds; r++) {
  if (only !== 'bare') bridge.push(await runBridge(n, frames, deltas));
  if (only !== 'bridge') bare.push(runBare(n, frames, deltas));
}
const med = (xs: number[]) => (xs.length === 0 ? null : Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!));
console.log(
  JSON.stringify({
    bench: 'voice-hotpath',
    messages: n,
    rounds,
    bridgeNsPerMessage: { in: med(bridge.map((x) => x.inNs)), out: med(bridge.map((x) => x.outNs)) },
    bareNsPerMessage: { in: med(bare.map((x) => x.inNs)), out: med(bare.map((x) => x.outNs)) },
    bridgeSendsPerCallerFrame: bridge.length ? Math.round(bridge[0]!.appendsPerFrame * 1000) / 1000 : null,
    marksEchoedPerSecondOfAudio: bridge.length ? Math.round((bridge[0]!.marks / (n * 0.02)) * 100) / 100 : null,
  }),
);
