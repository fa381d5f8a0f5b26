// What batching the caller's audio saves (src/voice/realtime-link.ts), without the rest of the
// bridge: N RealtimeLinks over real ws sockets to a receiver in a child process, each fed one
// Twilio media message per 20 ms (or slower, --gap), batching 1 frame per append (what the
// bridge did before) or AUDIO_BATCH_FRAMES, alternating in rounds. Measured: this process's CPU
// (the links' own work, ws framing and masking, write syscalls) per call-second of audio.
//
//   npx tsx bench/voice-batch.ts [--calls 300] [--seconds 5] [--rounds 6] [--gap 20] [--batch 3]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket, { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { newCallStats, type Socket } from '../src/voice/bridge-types.js';
import { AUDIO_BATCH_FRAMES, RealtimeLink } from '../src/voice/realtime-link.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

if (args.includes('--child')) {
  // The receiver: counts caller audio (bytes) per connection, nothing else.
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 1 << 20 });
  let bytes = 0;
  wss.on('connection', (ws) => ws.on('message', (d: Buffer) => void (bytes += d.length)));
  wss.on('listening', () => process.send!({ port: (wss.address() as AddressInfo).port }));
  process.on('message', () => process.send!({ bytes }));
} else {
  const calls = opt('calls', 300);
  const seconds = opt('seconds', 5);
  const rounds = opt('rounds', 6);
  const gap = opt('gap', 20);
  const batch = opt('batch', AUDIO_BATCH_FRAMES);
  const child = fork(fileURLToPath(import.meta.url), ['--child'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { port } = await new Promise<{ port: number }>((r) => child.once('message', r));
  const payload = Buffer.alloc(160, 0xd5).toString('base64');
  const msg = Buffer.from(`{"event":"media","sequenceNumber":"3","media":{"track":"inbound","chunk":"1","timestamp":"20","payload":"${payload}"},"streamSid":"MZ00000000000000000000000000000001"}`);
  const start = msg.indexOf('"payload":"') + 11;
  const end = msg.indexOf('"', start);
  const log = { warn() {} };

  async function phase(framesPerAppend: number): Promise<{ usPerCallSecond: number; appendsPerFrame: number }> {
    const stats = newCallStats(Date.now());
    const links: RealtimeLink[] = [];
    const sockets: WebSocket[] = [];
    for (let i = 0; i < calls; i++) {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false, skipUTF8Validation: true });
      await new Promise((r) => ws.once('open', r));
      sockets.push(ws);
      const link = new RealtimeLink({ open: () => ws as unknown as Socket, onMessage() {}, onReconnecting() {}, onGiveUp() {}, log, now: Date.now }, stats, `CA${i}`, framesPerAppend);
      link.connect();
      link.markReady();
      links.push(link);
    }
    const sends = sockets.map((ws) => {
      let n = 0;
      const send = ws.send.bind(ws);
      ws.send = ((data: Buffer, o: unknown) => (n++, send(data, o as object))) as typeof ws.send;
      return () => n;
    });
    let running = true;
    let frames = 0;
    let next = performance.now();
    const tick = () => {
      if (!running) return;
      for (const link of links) link.appendAudio(msg, start, end);
      frames += links.length;
      next += gap;
      setTimeout(tick, Math.max(0, next - performance.now()));
    };
    tick();
    await new Promise((r) => setTimeout(r, 1000));
    const frames0 = frames;
    const cpu0 = process.cpuUsage();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const cpu = process.cpuUsage(cpu0);
    const measured = frames - frames0;
    running = false;
    for (const link of links) link.close();
    await new Promise((r) => setTimeout(r, 300));
    const appends = sends.reduce((a, n) => a + n(), 0);
    return { usPerCallSecond: Math.round(((cpu.user + cpu.system) / (measured / 50)) * 10) / 10, appendsPerFrame: Math.round((appends / frames) * 1000) / 1000 };
  }

  const out: Array<{ round: number; one: number; batched: number; ratio: number; appendsPerFrame: number }> = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0 ? 1 : batch;
    const a = await phase(first);
    const b = await phase(first === 1 ? batch : 1);
    const [one, batched] = first === 1 ? [a, b] : [b, a];
    out.push({ round: r + 1, one: one.usPerCallSecond, batched: batched.usPerCallSecond, ratio: Math.round((batched.usPerCallSecond / one.usPerCallSecond) * 100) / 100, appendsPerFrame: batched.appendsPerFrame });
    console.log(JSON.stringify(out.at(-1)));
  }
  const ratios = out.map((o) => o.ratio).sort((x, y) => x - y);
  console.log(JSON.stringify({ bench: 'voice-batch', calls, seconds, gapMs: gap, batch, medianRatio: ratios[Math.floor(ratios.length / 2)] }));
  child.kill();
}
