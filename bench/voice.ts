// Voice bridge benchmark: N concurrent simulated calls (50 frames/s each way, marks echoed)
// through the real server (Fastify + the voice route + CallBridge, PGlite in memory) against a
// fake OpenAI Realtime on loopback; then the same load, in the same invocation, through the
// bare relay (bench/bare-relay.ts: parse, forward, nothing else). Prints ONE JSON line.
//
//   npx tsx bench/voice.ts [--calls 300] [--seconds 10] [--warmup 2]
//
// The server runs in a child process (its CPU and RSS are measured there); the load generator
// (Twilio side and OpenAI side) shares this process, so both ends stamp frames with the same
// clock: 8 bytes of performance.now() + a 4-byte sequence at the start of each 160-byte frame.
// The bridge sends several caller frames per input_audio_buffer.append (realtime-link.ts): the
// fake OpenAI side counts, stamps and orders caller audio per 20 ms frame inside each append, so
// "frames lost" is audio not delivered whatever the batching; latencyInMs is every frame's (the
// batch wait included), relayLatencyInMs the newest frame's of each append (the relay's own).
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import WebSocket, { WebSocketServer } from 'ws';
import { AUTH_TOKEN, CALLS_PER_BUSINESS, PUBLIC, callIds, inboundParams, startStream, streamSocket } from './lib/twilio-caller.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CHILD = args.find((a) => a.startsWith('--child='))?.slice(8);
const API_KEY = 'sk-bench';

// ------------------------------------------------------------------ child: the servers

async function childMain(kind: string): Promise<void> {
  const openaiUrl = process.env.BENCH_OPENAI_URL!;
  const businesses = Number(process.env.BENCH_BUSINESSES ?? '1');
  let port: number;
  let numbers: string[] = [];
  if (kind === 'bare') {
    const { startBareRelay } = await import('./bare-relay.js');
    port = (await startBareRelay(openaiUrl, API_KEY)).port;
  } else {
    const { buildApp } = await import('../src/app.js');
    const { testConfig } = await import('../src/config.js');
    const { openDatabase } = await import('../src/db/index.js');
    const { migrateToLatest } = await import('../src/db/migrate.js');
    const database = await openDatabase({ DATA_DIR: '', DATABASE_URL: undefined, DATABASE_POOL_MAX: 1 }, { pgliteDir: 'memory://' });
    await migrateToLatest(database.db);
    const config = testConfig({
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      PUBLIC_BASE_URL: PUBLIC,
      OPENAI_API_KEY: API_KEY,
      OPENAI_REALTIME_URL: openaiUrl,
      MAX_EVENT_LOOP_DELAY: 0,
      NODE_ENV: 'production',
    });
    const app = await buildApp(config, { database, skipMigrations: true });
    for (let b = 0; b < businesses; b++) {
      const number = `+1555100${String(b).padStart(4, '0')}`;
      const biz = await database.db.insertInto('businesses').values({ name: `Bench ${b}`, plan: 'PRO', twilio_number: number }).returning('id').executeTakeFirstOrThrow();
      await database.db.insertInto('agent_configs').values({ business_id: biz.id }).execute();
      numbers.push(number);
    }
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  }
  let cpu0 = process.cpuUsage();
  let peak = process.memoryUsage().rss;
  let baseline = peak;
  setInterval(() => {
    const r = process.memoryUsage.rss();
    if (r > peak) peak = r;
  }, 250).unref();
  // BENCH_PROFILE=dir: a CPU profile of the measured window only (not start-up).
  const inspector = process.env.BENCH_PROFILE ? new (await import('node:inspector/promises')).Session() : undefined;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
  }
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'start') {
      if (inspector) await inspector.post('Profiler.start');
      cpu0 = process.cpuUsage();
      baseline = process.memoryUsage().rss;
      peak = baseline;
    } else if (m.type === 'end') {
      const d = process.cpuUsage(cpu0);
      if (inspector) {
        const { profile } = await inspector.post('Profiler.stop');
        (await import('node:fs')).writeFileSync(`${process.env.BENCH_PROFILE}/${kind}-${process.pid}.cpuprofile`, JSON.stringify(profile));
      }
      process.send!({ type: 'measured', cpuMs: (d.user + d.system) / 1000, peakRss: peak, baselineRss: baseline });
    } else if (m.type === 'exit') {
      process.exit(0);
    }
  });
  process.send!({ type: 'ready', port, numbers });
}

// ------------------------------------------------------------------ load generator

interface PhaseResult {
  calls: number;
  connected: number;
  framesSentIn: number;
  /** Caller audio not delivered, in 20 ms frames (160 bytes): counted in audio, not messages. */
  framesLostIn: number;
  /** Caller frames that reached the model out of order or twice. */
  framesMisorderedIn: number;
  /** input_audio_buffer.append messages per caller frame (the bridge batches caller audio). */
  appendsPerFrameIn: number;
  framesSentOut: number;
  framesLostOut: number;
  marksEchoed: number;
  /** Every caller frame, Twilio -> model: includes the time a frame waits for its batch to fill. */
  latencyInMs: { p50: number; p99: number };
  /** The newest frame of each append only: the relay's own delay, comparable with the bare relay's. */
  relayLatencyInMs: { p50: number; p99: number };
  latencyOutMs: { p50: number; p99: number };
  cpuMsPerCallSecond: number;
  achievedFramesPerSecondPerCall: number;
  peakRssMb: number;
  rssGrowthMb: number;
}

const FRAME_BYTES = 160;
// The generator shares this busy machine with the servers: its own work per frame is kept small.
// A stamp is 12 bytes (16 base64 characters, no padding) and the rest of the frame is constant.
const STAMP_TAIL = Buffer.alloc(FRAME_BYTES - 12, 0xff).toString('base64');
const stampBytes = Buffer.alloc(12);
const stamp = (seq: number): string => {
  stampBytes.writeDoubleLE(performance.now(), 0);
  stampBytes.writeUInt32LE(seq, 8);
  return stampBytes.toString('base64') + STAMP_TAIL;
};
/** The time stamped at the start of the base64 frame at `data[at..]`. */
const readStamp = (data: Buffer, at: number): number => Buffer.from(data.toString('latin1', at, at + 16), 'base64').readDoubleLE(0);
const PAYLOAD_KEY = Buffer.from('"payload":"');
const AUDIO_KEY = Buffer.from('"audio":"');

function quantile(values: Float64Array, n: number, q: number): number {
  if (n === 0) return NaN;
  const sorted = values.subarray(0, n).slice().sort();
  return Math.round(sorted[Math.min(n - 1, Math.floor(q * n))]! * 1000) / 1000;
}

class Recorder {
  values = new Float64Array(1 << 22);
  n = 0;
  on = false;
  add(v: number): void {
    if (this.on && this.n < this.values.length) this.values[this.n++] = v;
  }
}

async function startChild(kind: string, openaiUrl: string, businesses: number): Promise<{ child: ChildProcess; port: number; numbers: string[] }> {
  const child = fork(fileURLToPath(import.meta.url), [`--child=${kind}`], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_OPENAI_URL: openaiUrl, BENCH_BUSINESSES: String(businesses) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ port: number; numbers: string[] }>((resolve, reject) => {
    child.once('message', (m: { type: string; port: number; numbers: string[] }) => resolve(m));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return { child, ...ready };
}

const measure = (child: ChildProcess, type: 'start' | 'end') =>
  new Promise<{ cpuMs: number; peakRss: number; baselineRss: number }>((resolve) => {
    if (type === 'start') {
      child.send({ type });
      resolve({ cpuMs: 0, peakRss: 0, baselineRss: 0 });
    } else {
      child.once('message', (m: { cpuMs: number; peakRss: number; baselineRss: number }) => resolve(m));
      child.send({ type });
    }
  });

async function runPhase(kind: 'voice' | 'bare', calls: number, seconds: number, warmup: number): Promise<PhaseResult> {
  // The fake OpenAI side (one connection per call), kept minimal: string slicing, no JSON
  // parse of audio, one shared 20 ms clock.
  const latIn = new Recorder();
  const relayIn = new Recorder();
  const latOut = new Recorder();
  const http = createServer();
  const fakeConns: Array<{ ws: WebSocket; received: number; appends: number; misordered: number; lastSeq: number; sent: number; itemId: string; respId: string }> = [];
  const wss = new WebSocketServer({ server: http, maxPayload: 1 << 20 });
  wss.on('connection', (ws) => {
    const c = { ws, received: 0, appends: 0, misordered: 0, lastSeq: 0, sent: 0, itemId: `item_${fakeConns.length}`, respId: `resp_${fakeConns.length}` };
    fakeConns.push(c);
    ws.on('message', (data) => {
      const b = data as Buffer;
      if (b[9] === 0x69 /* {"type":"i(nput_audio_buffer.append) */) {
        // An append may carry several caller frames: each is counted, stamped and checked.
        const at = b.indexOf(AUDIO_KEY) + AUDIO_KEY.length;
        const audio = Buffer.from(b.toString('latin1', at, b.indexOf(0x22, at)), 'base64');
        const now = performance.now();
        const frames = Math.floor(audio.length / FRAME_BYTES);
        c.appends++;
        c.received += frames;
        for (let k = 0; k < frames; k++) {
          const seq = audio.readUInt32LE(k * FRAME_BYTES + 8);
          if (seq <= c.lastSeq) c.misordered++;
          c.lastSeq = seq;
          latIn.add(now - audio.readDoubleLE(k * FRAME_BYTES));
        }
        if (frames > 0) relayIn.add(now - audio.readDoubleLE((frames - 1) * FRAME_BYTES));
      }
    });
    ws.send(JSON.stringify({ type: 'session.created', event_id: 'e0', session: { id: 'sess', type: 'realtime' } }));
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const openaiUrl = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/v1/realtime`;

  const { child, port, numbers } = await startChild(kind, openaiUrl, Math.ceil(calls / CALLS_PER_BUSINESS));
  const serverHttp = `http://127.0.0.1:${port}`;

  // Twilio side: the webhook (voice only), then the signed stream.
  const sims: Array<{ ws: WebSocket; sid: string; sent: number; received: number; marks: number; seq: number; chunk: number }> = [];
  const opened: Promise<void>[] = [];
  for (let i = 0; i < calls; i++) {
    const { sid } = callIds(i);
    const params = kind === 'voice' ? await inboundParams(serverHttp, i, numbers[Math.floor(i / CALLS_PER_BUSINESS)]!) : {};
    const ws = streamSocket(port);
    const sim = { ws, sid, sent: 0, received: 0, marks: 0, seq: 0, chunk: 0 };
    sims.push(sim);
    ws.on('message', (data) => {
      const b = data as Buffer;
      if (b[10] === 0x6d /* {"event":"m */ && b[11] === 0x65 /* edia */) {
        sim.received++;
        latOut.add(performance.now() - readStamp(b, b.indexOf(PAYLOAD_KEY) + PAYLOAD_KEY.length));
      } else if (b[10] === 0x6d && b[11] === 0x61 /* ark */) {
        // Twilio echoes a mark once the audio before it has played; frames arrive in real time.
        const s = b.toString('latin1');
        const a = s.indexOf('"name":"') + 8;
        const name = s.slice(a, s.indexOf('"', a));
        sim.marks++;
        ws.send(`{"event":"mark","sequenceNumber":"${++sim.seq}","streamSid":"${sid}","mark":{"name":"${name}"}}`);
      }
    });
    opened.push(startStream(ws, i, params, sim));
    if (i % 25 === 24) await Promise.all(opened.slice(-25));
  }
  await Promise.all(opened);
  const deadline = Date.now() + 20_000;
  while (fakeConns.length < calls && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 300));

  // One clock for all calls: each tick, every caller sends 20 ms and every model answers 20 ms.
  let seq = 0;
  const tick = () => {
    for (const sim of sims) {
      if (sim.ws.readyState !== WebSocket.OPEN) continue;
      sim.chunk++;
      sim.sent++;
      sim.ws.send(
        `{"event":"media","sequenceNumber":"${++sim.seq}","media":{"track":"inbound","chunk":"${sim.chunk}","timestamp":"${sim.chunk * 20}","payload":"${stamp(++seq)}"},"streamSid":"${sim.sid}"}`,
      );
    }
    for (const c of fakeConns) {
      if (c.ws.readyState !== WebSocket.OPEN) continue;
      c.sent++;
      c.ws.send(
        `{"type":"response.output_audio.delta","event_id":"ev_${c.sent}","response_id":"${c.respId}","item_id":"${c.itemId}","output_index":0,"content_index":0,"delta":"${stamp(++seq)}"}`,
      );
    }
  };
  let next = performance.now();
  let running = true;
  const loop = () => {
    if (!running) return;
    tick();
    next += 20;
    setTimeout(loop, Math.max(0, next - performance.now()));
  };
  loop();
  await new Promise((r) => setTimeout(r, warmup * 1000));
  const framesNow = () => sims.reduce((a, s) => a + s.sent, 0) + fakeConns.reduce((a, c) => a + c.sent, 0);
  latIn.on = relayIn.on = latOut.on = true;
  await measure(child, 'start');
  const t0 = performance.now();
  const frames0 = framesNow();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const m = await measure(child, 'end');
  const elapsed = (performance.now() - t0) / 1000;
  // Normalised by the audio actually sent: when this shared machine is busy the generator
  // falls behind 50 frames/s, and dividing by wall-clock call-seconds would flatter the server.
  const callSeconds = (framesNow() - frames0) / 2 / 50;
  latIn.on = relayIn.on = latOut.on = false;
  running = false;
  await new Promise((r) => setTimeout(r, 1500)); // drain

  const sentIn = sims.reduce((a, s) => a + s.sent, 0);
  const recvIn = fakeConns.reduce((a, c) => a + c.received, 0);
  const sentOut = fakeConns.reduce((a, c) => a + c.sent, 0);
  const recvOut = sims.reduce((a, s) => a + s.received, 0);
  const result: PhaseResult = {
    calls,
    connected: fakeConns.length,
    framesSentIn: sentIn,
    framesLostIn: sentIn - recvIn,
    framesMisorderedIn: fakeConns.reduce((a, c) => a + c.misordered, 0),
    appendsPerFrameIn: Math.round((fakeConns.reduce((a, c) => a + c.appends, 0) / Math.max(1, recvIn)) * 1000) / 1000,
    framesSentOut: sentOut,
    framesLostOut: sentOut - recvOut,
    marksEchoed: sims.reduce((a, s) => a + s.marks, 0),
    latencyInMs: { p50: quantile(latIn.values, latIn.n, 0.5), p99: quantile(latIn.values, latIn.n, 0.99) },
    relayLatencyInMs: { p50: quantile(relayIn.values, relayIn.n, 0.5), p99: quantile(relayIn.values, relayIn.n, 0.99) },
    latencyOutMs: { p50: quantile(latOut.values, latOut.n, 0.5), p99: quantile(latOut.values, latOut.n, 0.99) },
    cpuMsPerCallSecond: Math.round((m.cpuMs / callSeconds) * 1000) / 1000,
    achievedFramesPerSecondPerCall: Math.round((callSeconds * 50) / (calls * elapsed) * 10) / 10,
    peakRssMb: Math.round(m.peakRss / 1048576),
    rssGrowthMb: Math.round((m.peakRss - m.baselineRss) / 1048576),
  };
  for (const s of sims) {
    s.ws.send(`{"event":"stop","sequenceNumber":"${++s.seq}","streamSid":"${s.sid}","stop":{"accountSid":"ACbench","callSid":"x"}}`);
  }
  await new Promise((r) => setTimeout(r, 500));
  for (const s of sims) s.ws.terminate();
  child.send({ type: 'exit' });
  await new Promise((r) => child.once('exit', r));
  for (const c of wss.clients) c.terminate();
  await new Promise<void>((r) => wss.close(() => r()));
  http.closeAllConnections();
  await new Promise<void>((r) => http.close(() => r()));
  return result;
}

async function main(): Promise<void> {
  const calls = opt('calls', 300);
  const seconds = opt('seconds', 10);
  const warmup = opt('warmup', 2);
  // This machine is shared and noisy: run both servers in several rounds, alternating which
  // goes first (ABBA), compare each round's pair (adjacent in time), and report medians.
  const rounds = opt('rounds', 3);
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const pairs: Array<{ bridge: PhaseResult; bare: PhaseResult }> = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      const bridge = await runPhase('voice', calls, seconds, warmup);
      const bare = await runPhase('bare', calls, seconds, warmup);
      pairs.push({ bridge, bare });
    } else {
      const bare = await runPhase('bare', calls, seconds, warmup);
      const bridge = await runPhase('voice', calls, seconds, warmup);
      pairs.push({ bridge, bare });
    }
  }
  const perRound = pairs.map(({ bridge, bare }) => ({
    bridgeCpuMsPerCallSecond: bridge.cpuMsPerCallSecond,
    bareCpuMsPerCallSecond: bare.cpuMsPerCallSecond,
    cpuRatio: ratio(bridge.cpuMsPerCallSecond, bare.cpuMsPerCallSecond),
    // The relay's own delay (newest frame of each append); the batch wait is reported beside it.
    p99InDeltaMs: Math.round((bridge.relayLatencyInMs.p99 - bare.relayLatencyInMs.p99) * 1000) / 1000,
    p50InHeldMs: Math.round((bridge.latencyInMs.p50 - bridge.relayLatencyInMs.p50) * 1000) / 1000,
    p99OutDeltaMs: Math.round((bridge.latencyOutMs.p99 - bare.latencyOutMs.p99) * 1000) / 1000,
    framesLost: bridge.framesLostIn + bridge.framesLostOut + bridge.framesMisorderedIn,
    marksEchoed: bridge.marksEchoed,
    fps: bridge.achievedFramesPerSecondPerCall,
    bareFps: bare.achievedFramesPerSecondPerCall,
  }));
  // The round whose CPU ratio is the median stands for the run in the detailed figures.
  const mid = [...pairs.keys()].sort((x, y) => perRound[x]!.cpuRatio - perRound[y]!.cpuRatio)[Math.floor(pairs.length / 2)]!;
  const { bridge, bare } = pairs[mid]!;
  const cpuRatio = median(perRound.map((p) => p.cpuRatio));
  const p99InDeltaMs = median(perRound.map((p) => p.p99InDeltaMs));
  const p99OutDeltaMs = median(perRound.map((p) => p.p99OutDeltaMs));
  const lost = perRound.reduce((n, p) => n + p.framesLost, 0);
  console.log(
    JSON.stringify({
      bench: 'voice',
      calls,
      seconds,
      rounds,
      framesPerSecondEachWay: 50,
      bridge,
      bare,
      perRound,
      ratios: {
        cpuPerCallSecond: cpuRatio,
        p99InDeltaMs,
        p99OutDeltaMs,
        p50In: ratio(bridge.latencyInMs.p50, bare.latencyInMs.p50),
        p50Out: ratio(bridge.latencyOutMs.p50, bare.latencyOutMs.p50),
      },
      targets: {
        zeroFramesLost: lost === 0,
        cpuNotAboveBare: cpuRatio <= 1,
        p99Within2msOfBare: p99InDeltaMs <= 2 && p99OutDeltaMs <= 2,
      },
    }),
  );
}

if (CHILD) await childMain(CHILD);
else await main();
