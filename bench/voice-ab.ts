// Voice A/B: two servers measured AT THE SAME TIME under one load, so that whatever else the
// machine is doing weighs on both alike (bench/voice.ts runs its servers one after the other, and
// on a shared machine the load changes between phases by more than the difference measured).
// Each server gets its own calls and its own fake OpenAI; one 20 ms clock drives both, the two
// sets interleaved. Prints one JSON line per round and a summary.
//
//   npx tsx bench/voice-ab.ts [--a voice|bare|DIR] [--b voice|bare|DIR] [--calls 150] [--seconds 10] [--rounds 3]
//
// A side is `voice` (this tree's server), `bare` (bench/bare-relay.ts) or a directory holding
// another checkout of this project (its bench/voice.ts child runs its own server: old vs new code).
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket, { WebSocketServer } from 'ws';
import { REALTIME, base64DecodedLength } from '../src/voice/frames.js';
import { CALLS_PER_BUSINESS, callIds, inboundParams, startStream, streamSocket } from './lib/twilio-caller.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const FRAME = Buffer.alloc(160, 0xff).toString('base64');
/** `{"type":"input_audio_buffer.append","audio":"` (the bridge's and the bare relay's layout), then the audio, then `"}`. */
const APPEND_PREFIX = REALTIME.appendPrefix.length;

interface Side {
  name: string;
  child: ChildProcess;
  http: Server;
  wss: WebSocketServer;
  sims: Array<{ ws: WebSocket; sid: string; seq: number; chunk: number; received: number }>;
  fake: Array<{ ws: WebSocket; received: number; n: number }>;
  sent: number;
  marks: number;
}

function childOf(spec: string): { script: string; kind: string } {
  if (spec === 'voice' || spec === 'bare') return { script: fileURLToPath(new URL('./voice.ts', import.meta.url)), kind: spec };
  return { script: join(spec, 'bench/voice.ts'), kind: 'voice' };
}

async function startSide(name: string, spec: string, calls: number): Promise<Side> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http, maxPayload: 1 << 20 });
  const side: Side = { name, child: undefined as unknown as ChildProcess, http, wss, sims: [], fake: [], sent: 0, marks: 0 };
  wss.on('connection', (ws) => {
    const c = { ws, received: 0, n: side.fake.length };
    side.fake.push(c);
    ws.on('message', (data) => {
      // Caller audio counted in 20 ms frames (an append may carry several: realtime-link.ts).
      const b = data as Buffer;
      if (b[9] === 0x69 /* {"type":"i(nput_audio_buffer.append) */) c.received += Math.floor(base64DecodedLength(b, APPEND_PREFIX, b.length - 2) / 160);
    });
    ws.send(JSON.stringify({ type: 'session.created', event_id: 'e0', session: { id: 'sess', type: 'realtime' } }));
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const openaiUrl = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/v1/realtime`;
  const { script, kind } = childOf(spec);
  const child = fork(script, [`--child=${kind}`], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_OPENAI_URL: openaiUrl, BENCH_BUSINESSES: String(Math.ceil(calls / CALLS_PER_BUSINESS)) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  side.child = child;
  const ready = await new Promise<{ port: number; numbers: string[] }>((resolve, reject) => {
    child.once('message', (m: { port: number; numbers: string[] }) => resolve(m));
    child.once('exit', (code) => reject(new Error(`${spec} exited with ${code}`)));
  });
  const server = `http://127.0.0.1:${ready.port}`;
  for (let i = 0; i < calls; i++) {
    const params = kind === 'voice' ? await inboundParams(server, i, ready.numbers[Math.floor(i / CALLS_PER_BUSINESS)]!) : {};
    const ws = streamSocket(ready.port);
    const sim = { ws, sid: callIds(i).sid, seq: 0, chunk: 0, received: 0 };
    side.sims.push(sim);
    ws.on('message', (data) => {
      const b = data as Buffer;
      if (b[10] === 0x6d /* {"event":"m(edia|ark)" */ && b[11] === 0x61 && b[12] === 0x72) {
        const s = b.toString('latin1');
        const a = s.indexOf('"name":"') + 8;
        side.marks++;
        ws.send(`{"event":"mark","sequenceNumber":"${++sim.seq}","streamSid":"${sim.sid}","mark":{"name":"${s.slice(a, s.indexOf('"', a))}"}}`);
      } else sim.received++;
    });
    await startStream(ws, i, params, sim);
  }
  const deadline = Date.now() + 20_000;
  while (side.fake.length < calls && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return side;
}

function tickSide(side: Side, i: number): void {
  const sim = side.sims[i];
  if (sim && sim.ws.readyState === WebSocket.OPEN) {
    sim.chunk++;
    side.sent++;
    sim.ws.send(`{"event":"media","sequenceNumber":"${++sim.seq}","media":{"track":"inbound","chunk":"${sim.chunk}","timestamp":"${sim.chunk * 20}","payload":"${FRAME}"},"streamSid":"${sim.sid}"}`);
  }
  const c = side.fake[i];
  if (c && c.ws.readyState === WebSocket.OPEN) {
    side.sent++;
    c.ws.send(`{"type":"response.output_audio.delta","event_id":"ev_${side.sent}","response_id":"resp_${c.n}","item_id":"item_${c.n}","output_index":0,"content_index":0,"delta":"${FRAME}"}`);
  }
}

const measure = (child: ChildProcess, type: 'start' | 'end') =>
  new Promise<{ cpuMs: number }>((resolve) => {
    if (type === 'start') {
      child.send({ type });
      resolve({ cpuMs: 0 });
    } else {
      child.once('message', (m: { cpuMs: number }) => resolve(m));
      child.send({ type });
    }
  });

async function stopSide(side: Side): Promise<void> {
  for (const s of side.sims) s.ws.terminate();
  side.child.send({ type: 'exit' });
  await new Promise((r) => side.child.once('exit', r));
  for (const c of side.wss.clients) c.terminate();
  await new Promise<void>((r) => side.wss.close(() => r()));
  side.http.closeAllConnections();
  await new Promise<void>((r) => side.http.close(() => r()));
}

async function round(specA: string, specB: string, calls: number, seconds: number, flip: boolean) {
  const a = await startSide('a', specA, calls);
  const b = await startSide('b', specB, calls);
  await new Promise((r) => setTimeout(r, 300));
  let running = true;
  let next = performance.now();
  let odd = flip;
  const loop = () => {
    if (!running) return;
    odd = !odd;
    const [x, y] = odd ? [a, b] : [b, a];
    for (let i = 0; i < calls; i++) {
      tickSide(x, i);
      tickSide(y, i);
    }
    next += 20;
    setTimeout(loop, Math.max(0, next - performance.now()));
  };
  loop();
  await new Promise((r) => setTimeout(r, 2000));
  const sent0 = [a.sent, b.sent];
  await Promise.all([measure(a.child, 'start'), measure(b.child, 'start')]);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const [ma, mb] = await Promise.all([measure(a.child, 'end'), measure(b.child, 'end')]);
  const elapsed = (performance.now() - t0) / 1000;
  const callSecA = (a.sent - sent0[0]!) / 100;
  const callSecB = (b.sent - sent0[1]!) / 100;
  running = false;
  await new Promise((r) => setTimeout(r, 1500));
  const lost = (s: Side) => s.sent - s.sims.reduce((n, x) => n + x.received, 0) - s.fake.reduce((n, x) => n + x.received, 0);
  const out = {
    a: { spec: specA, cpuMsPerCallSecond: Math.round((ma.cpuMs / callSecA) * 1000) / 1000, framesLost: lost(a), marks: a.marks, fps: Math.round((callSecA * 50) / (calls * elapsed) * 10) / 10 },
    b: { spec: specB, cpuMsPerCallSecond: Math.round((mb.cpuMs / callSecB) * 1000) / 1000, framesLost: lost(b), marks: b.marks, fps: Math.round((callSecB * 50) / (calls * elapsed) * 10) / 10 },
  };
  await stopSide(a);
  await stopSide(b);
  return { ...out, ratio: Math.round((out.a.cpuMsPerCallSecond / out.b.cpuMsPerCallSecond) * 1000) / 1000 };
}

const specA = opt('a', 'voice');
const specB = opt('b', 'bare');
const calls = Number(opt('calls', '150'));
const seconds = Number(opt('seconds', '10'));
const rounds = Number(opt('rounds', '3'));
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const res = await round(specA, specB, calls, seconds, r % 2 === 1);
  ratios.push(res.ratio);
  console.log(JSON.stringify({ round: r + 1, ...res }));
}
const sorted = [...ratios].sort((x, y) => x - y);
console.log(JSON.stringify({ a: specA, b: specB, calls, seconds, ratios, medianRatio: sorted[Math.floor(sorted.length / 2)] }));
