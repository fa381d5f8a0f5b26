// Voice bridge benchmark: N concurrent simulated calls (50 frames/s each way, marks echoed when
// the audio before them has played) through the real server (Fastify + the voice route +
// CallBridge, PGlite in memory or BENCH_DATABASE_URL) against a fake OpenAI Realtime on loopback, and N more through
// the bare relay (bench/bare-relay.ts: parse, forward, nothing else), both servers up at once.
// Prints ONE JSON line.
//
//   npx tsx bench/voice.ts [--calls 150] [--pairs 16] [--window 3] [--warmup 2]
//   npx tsx bench/voice.ts --alternate [--calls 300] [--window 2] [--settle 0.5] ...
//   npx tsx bench/voice.ts --lean ...   (the CallBridge on a plain ws server: bench/lean-bridge.ts)
//   BENCH_VOICE_BARE_WIRING=1 npx tsx bench/voice.ts ...   (the full app's voice route, the lean bridge's wiring)
//   BENCH_VOICE_BASELINE=lean|lean-fastify npx tsx bench/voice.ts [--lean] ...   (head to head: the lean bridge
//     on a plain ws server / a bare Fastify replaces the bare relay as the second server; "bare" in the output is it)
//   BENCH_LEAN_WITH_DB=1 npx tsx bench/voice.ts --lean ...   (the lean bridge with only PGlite, migrated, in its process)
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/voice.ts ...   (the full server on a fresh database on that PostgreSQL server)
//
// This 2-core machine is shared and its load drifts by more than the difference measured, and
// CPU per frame depends on how starved a process is. By default both servers carry their calls
// AT THE SAME TIME (one 20 ms clock, the one served first alternating), so both see the same
// machine and the same starved generator; each window (3 s) gives one ratio, and the result is
// the median of the windows' ratios with quartiles and range. --alternate drives one server at
// a time instead (ABBA windows, each pair a few seconds apart): no competition between the two,
// but each side sees the load of its own moment (wider spread on a busy machine).
// Each server runs in a child process (its CPU and RSS are measured there); the load generator
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
/** The full server with the lean bridge's wiring on its voice route (see childMain); no webhooks then. */
const BARE_WIRING = Boolean(process.env.BENCH_VOICE_BARE_WIRING);
/** What the second server is: the bare relay (default), or the lean bridge on a plain ws server / a bare Fastify. */
const BASELINE = process.env.BENCH_VOICE_BASELINE ?? 'relay';

// ------------------------------------------------------------------ child: the servers

async function childMain(kind: string): Promise<void> {
  const openaiUrl = process.env.BENCH_OPENAI_URL!;
  const businesses = Number(process.env.BENCH_BUSINESSES ?? '1');
  let port: number;
  let numbers: string[] = [];
  /** Run before the child exits (the PostgreSQL database to drop). */
  const beforeExit: (() => Promise<void>)[] = [];
  if (kind === 'bare' && BASELINE !== 'relay') {
    // BENCH_VOICE_BASELINE: the lean bridge stands in for the bare relay (a head-to-head of two bridge servers).
    const { startLeanBridge } = await import('./lean-bridge.js');
    port = (await startLeanBridge(openaiUrl, API_KEY, 0, BASELINE === 'lean-fastify')).port;
  } else if (kind === 'bare') {
    const { startBareRelay } = await import('./bare-relay.js');
    port = (await startBareRelay(openaiUrl, API_KEY)).port;
  } else if (kind === 'lean' && !process.env.BENCH_LEAN_WITH_APP) {
    const { startLeanBridge } = await import('./lean-bridge.js');
    port = (await startLeanBridge(openaiUrl, API_KEY, 0, Boolean(process.env.BENCH_LEAN_FASTIFY))).port;
  } else {
    const { buildApp } = await import('../src/app.js');
    const { testConfig } = await import('../src/config.js');
    const { openDatabase } = await import('../src/db/index.js');
    const { migrateToLatest } = await import('../src/db/migrate.js');
    // BENCH_DATABASE_URL: the app on a fresh database on that PostgreSQL server (dropped at exit),
    // as in production, where the voice server hosts no database; else PGlite in memory.
    const fresh = process.env.BENCH_DATABASE_URL ? await (await import('./database.js')).createBenchDatabase(process.env.BENCH_DATABASE_URL) : undefined;
    const database = fresh
      ? await openDatabase({ DATA_DIR: '', DATABASE_URL: fresh.url, DATABASE_POOL_MAX: 10 })
      : await openDatabase({ DATA_DIR: '', DATABASE_URL: undefined, DATABASE_POOL_MAX: 1 }, { pgliteDir: 'memory://' });
    if (fresh) beforeExit.push(async () => {
      await database.close();
      await fresh.drop();
    });
    await migrateToLatest(database.db);
    const config = testConfig({
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      PUBLIC_BASE_URL: PUBLIC,
      OPENAI_API_KEY: API_KEY,
      OPENAI_REALTIME_URL: openaiUrl,
      MAX_EVENT_LOOP_DELAY: 0,
      NODE_ENV: 'production',
      // BENCH_VOICE_BARE_WIRING: no pre-warmed OpenAI socket (the connector keeps none past this cap).
      ...(BARE_WIRING ? { MAX_WEBSOCKET_CONNECTIONS: 0 } : {}),
    });
    const app = await buildApp(config, { database, skipMigrations: true });
    if (BARE_WIRING) {
      // The calls reach the full app's own voice route (its Fastify, hooks and plugins), but each
      // gets the lean bridge's CallBridge and bare hooks: no stream auth, call registry, metrics
      // hooks or pre-warmed socket. Tells the app's HTTP server apart from the voice wiring.
      const { attachLean } = await import('./lean-bridge.js');
      const voice = app.services.voice as unknown as { attach: (socket: WebSocket) => unknown; canAcceptSocket: () => boolean };
      voice.canAcceptSocket = () => true;
      voice.attach = (socket) => attachLean(socket, openaiUrl, API_KEY);
    }
    for (let b = 0; b < businesses; b++) {
      const number = `+1555100${String(b).padStart(4, '0')}`;
      const biz = await database.db.insertInto('businesses').values({ name: `Bench ${b}`, plan: 'PRO', twilio_number: number }).returning('id').executeTakeFirstOrThrow();
      await database.db.insertInto('agent_configs').values({ business_id: biz.id }).execute();
      numbers.push(number);
    }
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
    if (kind === 'lean') {
      // BENCH_LEAN_WITH_APP: the full app runs in the process (its heap, timers, background work) but the calls go to the lean bridge.
      const { startLeanBridge } = await import('./lean-bridge.js');
      port = (await startLeanBridge(openaiUrl, API_KEY)).port;
    }
  }
  if (kind === 'lean' && process.env.BENCH_LEAN_WITH_DB) {
    // BENCH_LEAN_WITH_DB: only the app's database (PGlite in memory, migrated) in the lean bridge's process.
    const { openDatabase } = await import('../src/db/index.js');
    const { migrateToLatest } = await import('../src/db/migrate.js');
    const database = await openDatabase({ DATA_DIR: '', DATABASE_URL: undefined, DATABASE_POOL_MAX: 1 }, { pgliteDir: 'memory://' });
    await migrateToLatest(database.db);
    // Referenced by this listener, so PGlite lives as long as the calls.
    process.once('exit', () => void database.close());
  }
  let cpu0 = process.cpuUsage();
  let peak = 0;
  let baseline = 0;
  setInterval(() => {
    const r = process.memoryUsage.rss();
    if (baseline > 0 && r > peak) peak = r;
  }, 250).unref();
  // BENCH_PROFILE=dir: a CPU profile from the first measured window to the end (not start-up).
  const inspector = process.env.BENCH_PROFILE ? new (await import('node:inspector/promises')).Session() : undefined;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
  }
  let profiling = false;
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'start') {
      if (inspector && !profiling) {
        profiling = true;
        await inspector.post('Profiler.start');
      }
      if (baseline === 0) peak = baseline = process.memoryUsage().rss;
      cpu0 = process.cpuUsage();
    } else if (m.type === 'end') {
      const d = process.cpuUsage(cpu0);
      process.send!({ type: 'measured', userMs: d.user / 1000, systemMs: d.system / 1000, peakRss: peak, baselineRss: baseline });
    } else if (m.type === 'exit') {
      if (inspector && profiling) {
        const { profile } = await inspector.post('Profiler.stop');
        (await import('node:fs')).writeFileSync(`${process.env.BENCH_PROFILE}/${kind}-${process.pid}.cpuprofile`, JSON.stringify(profile));
      }
      for (const f of beforeExit) await f();
      process.exit(0);
    }
  });
  process.send!({ type: 'ready', port, numbers });
}

// ------------------------------------------------------------------ load generator

interface SideResult {
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
  /** Over all measured windows: CPU (user + system) / call-seconds of audio sent. */
  cpuMsPerCallSecond: number;
  userMsPerCallSecond: number;
  systemMsPerCallSecond: number;
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

function quantile(values: Float64Array | number[], n: number, q: number): number {
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values.slice(0, n)).sort();
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

interface Measured {
  userMs: number;
  systemMs: number;
  peakRss: number;
  baselineRss: number;
}

const measure = (child: ChildProcess, type: 'start' | 'end') =>
  new Promise<Measured>((resolve) => {
    if (type === 'start') {
      child.send({ type });
      resolve({ userMs: 0, systemMs: 0, peakRss: 0, baselineRss: 0 });
    } else {
      child.once('message', (m: Measured) => resolve(m));
      child.send({ type });
    }
  });

interface Sim {
  ws: WebSocket;
  sid: string;
  sent: number;
  received: number;
  marks: number;
  seq: number;
  chunk: number;
  /** When the audio Twilio has queued for this call will have played (performance.now() ms). */
  playEnd: number;
}
interface FakeConn {
  ws: WebSocket;
  received: number;
  appends: number;
  misordered: number;
  lastSeq: number;
  sent: number;
  itemId: string;
  respId: string;
}

/** One server under test: its child process, its simulated Twilio calls and its fake OpenAI. */
interface Side {
  kind: 'voice' | 'bare' | 'lean';
  child: ChildProcess;
  http: ReturnType<typeof createServer>;
  wss: WebSocketServer;
  sims: Sim[];
  fakeConns: FakeConn[];
  latIn: Recorder;
  relayIn: Recorder;
  latOut: Recorder;
  /** One entry per measured window. */
  windows: Array<{ userMs: number; systemMs: number; callSeconds: number; elapsed: number }>;
  last: Measured | undefined;
}

async function startSide(kind: 'voice' | 'bare' | 'lean', calls: number): Promise<Side> {
  // The fake OpenAI side (one connection per call), kept minimal: string slicing, no JSON
  // parse of audio, one shared 20 ms clock.
  const latIn = new Recorder();
  const relayIn = new Recorder();
  const latOut = new Recorder();
  const http = createServer();
  const fakeConns: FakeConn[] = [];
  const wss = new WebSocketServer({ server: http, maxPayload: 1 << 20 });
  wss.on('connection', (ws) => {
    const c: FakeConn = { ws, received: 0, appends: 0, misordered: 0, lastSeq: 0, sent: 0, itemId: `item_${fakeConns.length}`, respId: `resp_${fakeConns.length}` };
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
  const sims: Sim[] = [];
  const opened: Promise<void>[] = [];
  for (let i = 0; i < calls; i++) {
    const { sid } = callIds(i);
    const params = kind === 'voice' && !BARE_WIRING ? await inboundParams(serverHttp, i, numbers[Math.floor(i / CALLS_PER_BUSINESS)]!) : {};
    const ws = streamSocket(port);
    const sim: Sim = { ws, sid, sent: 0, received: 0, marks: 0, seq: 0, chunk: 0, playEnd: 0 };
    sims.push(sim);
    const echo = (name: string) => {
      sim.marks++;
      if (ws.readyState === WebSocket.OPEN) ws.send(`{"event":"mark","sequenceNumber":"${++sim.seq}","streamSid":"${sid}","mark":{"name":"${name}"}}`);
    };
    ws.on('message', (data) => {
      const b = data as Buffer;
      const now = performance.now();
      if (b[10] === 0x6d /* {"event":"m */ && b[11] === 0x65 /* edia */) {
        sim.received++;
        const at = b.indexOf(PAYLOAD_KEY) + PAYLOAD_KEY.length;
        latOut.add(now - readStamp(b, at));
        // Twilio plays 8000 bytes of mu-law a second, queued audio back to back.
        sim.playEnd = Math.max(sim.playEnd, now) + (((b.indexOf(0x22, at) - at) * 3) >> 2) / 8;
      } else if (b[10] === 0x6d && b[11] === 0x61 /* ark */) {
        // Twilio echoes a mark once the audio sent before it has played (not when it arrives:
        // an echo 20 ms early would tell the bridge's playback clock that it is wrong).
        const s = b.toString('latin1');
        const a = s.indexOf('"name":"') + 8;
        const name = s.slice(a, s.indexOf('"', a));
        const wait = sim.playEnd - now;
        if (wait <= 0.5) echo(name);
        else setTimeout(echo, wait, name);
      }
    });
    opened.push(startStream(ws, i, params, sim));
    if (i % 25 === 24) await Promise.all(opened.slice(-25));
  }
  await Promise.all(opened);
  const deadline = Date.now() + 20_000;
  while (fakeConns.length < calls && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return { kind, child, http, wss, sims, fakeConns, latIn, relayIn, latOut, windows: [], last: undefined };
}

let seq = 0;
/** One 20 ms tick of one side: every caller sends 20 ms and every model answers 20 ms. */
function tickSide(side: Side): void {
  for (const sim of side.sims) {
    if (sim.ws.readyState !== WebSocket.OPEN) continue;
    sim.chunk++;
    sim.sent++;
    sim.ws.send(
      `{"event":"media","sequenceNumber":"${++sim.seq}","media":{"track":"inbound","chunk":"${sim.chunk}","timestamp":"${sim.chunk * 20}","payload":"${stamp(++seq)}"},"streamSid":"${sim.sid}"}`,
    );
  }
  for (const c of side.fakeConns) {
    if (c.ws.readyState !== WebSocket.OPEN) continue;
    c.sent++;
    c.ws.send(
      `{"type":"response.output_audio.delta","event_id":"ev_${c.sent}","response_id":"${c.respId}","item_id":"${c.itemId}","output_index":0,"content_index":0,"delta":"${stamp(++seq)}"}`,
    );
  }
}

const framesSent = (side: Side) => side.sims.reduce((a, s) => a + s.sent, 0) + side.fakeConns.reduce((a, c) => a + c.sent, 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Drives `side` alone for settle + window seconds and measures its server over the window. */
async function runWindow(side: Side, driven: { side: Side | undefined } | undefined, windowS: number, settleS: number, calls: number): Promise<number> {
  if (driven) driven.side = side;
  await sleep(settleS * 1000);
  side.latIn.on = side.relayIn.on = side.latOut.on = true;
  await measure(side.child, 'start');
  const t0 = performance.now();
  const frames0 = framesSent(side);
  await sleep(windowS * 1000);
  const m = await measure(side.child, 'end');
  const elapsed = (performance.now() - t0) / 1000;
  // Normalised by the audio actually sent: when this shared machine is busy the generator
  // falls behind 50 frames/s, and dividing by wall-clock call-seconds would flatter the server.
  const callSeconds = (framesSent(side) - frames0) / 2 / 50;
  side.latIn.on = side.relayIn.on = side.latOut.on = false;
  side.windows.push({ userMs: m.userMs, systemMs: m.systemMs, callSeconds, elapsed });
  side.last = m;
  void calls;
  return (m.userMs + m.systemMs) / callSeconds;
}

async function stopSide(side: Side): Promise<SideResult> {
  const { sims, fakeConns, windows } = side;
  const calls = sims.length;
  const sentIn = sims.reduce((a, s) => a + s.sent, 0);
  const recvIn = fakeConns.reduce((a, c) => a + c.received, 0);
  const sentOut = fakeConns.reduce((a, c) => a + c.sent, 0);
  const recvOut = sims.reduce((a, s) => a + s.received, 0);
  const sum = (f: (w: (typeof windows)[number]) => number) => windows.reduce((a, w) => a + f(w), 0);
  const callSeconds = sum((w) => w.callSeconds);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const q = (r: Recorder) => ({ p50: quantile(r.values, r.n, 0.5), p99: quantile(r.values, r.n, 0.99) });
  const m = side.last!;
  const result: SideResult = {
    calls,
    connected: fakeConns.length,
    framesSentIn: sentIn,
    framesLostIn: sentIn - recvIn,
    framesMisorderedIn: fakeConns.reduce((a, c) => a + c.misordered, 0),
    appendsPerFrameIn: r3(fakeConns.reduce((a, c) => a + c.appends, 0) / Math.max(1, recvIn)),
    framesSentOut: sentOut,
    framesLostOut: sentOut - recvOut,
    marksEchoed: sims.reduce((a, s) => a + s.marks, 0),
    latencyInMs: q(side.latIn),
    relayLatencyInMs: q(side.relayIn),
    latencyOutMs: q(side.latOut),
    cpuMsPerCallSecond: r3(sum((w) => w.userMs + w.systemMs) / callSeconds),
    userMsPerCallSecond: r3(sum((w) => w.userMs) / callSeconds),
    systemMsPerCallSecond: r3(sum((w) => w.systemMs) / callSeconds),
    achievedFramesPerSecondPerCall: Math.round(((callSeconds * 50) / (calls * sum((w) => w.elapsed))) * 10) / 10,
    peakRssMb: Math.round(m.peakRss / 1048576),
    rssGrowthMb: Math.round((m.peakRss - m.baselineRss) / 1048576),
  };
  for (const s of sims) {
    if (s.ws.readyState === WebSocket.OPEN) s.ws.send(`{"event":"stop","sequenceNumber":"${++s.seq}","streamSid":"${s.sid}","stop":{"accountSid":"ACbench","callSid":"x"}}`);
  }
  await sleep(500);
  for (const s of sims) s.ws.terminate();
  side.child.send({ type: 'exit' });
  await new Promise((r) => side.child.once('exit', r));
  for (const c of side.wss.clients) c.terminate();
  await new Promise<void>((r) => side.wss.close(() => r()));
  side.http.closeAllConnections();
  await new Promise<void>((r) => side.http.close(() => r()));
  return result;
}

async function main(): Promise<void> {
  const together = !args.includes('--alternate');
  const calls = opt('calls', together ? 150 : 300);
  // Both servers run side by side, each with its own calls and fake OpenAI (see the header):
  // together (default), or the load switched between them in short ABBA windows (--alternate,
  // only the driven server works, the other's calls are silent).
  const pairs = opt('pairs', 16);
  const windowS = opt('window', together ? 3 : 2);
  const settleS = opt('settle', 0.5);
  const warmup = opt('warmup', 2);
  // --lean: the CallBridge on a plain ws server (bench/lean-bridge.ts) stands in for the full server.
  const bridge = await startSide(args.includes('--lean') ? 'lean' : 'voice', calls);
  const bare = await startSide('bare', calls);
  const driven: { side: Side | undefined } = { side: undefined };
  let next = performance.now();
  let running = true;
  let flip = false;
  const loop = () => {
    if (!running) return;
    if (together && driven.side) {
      // Both at once, the one served first alternating tick by tick.
      flip = !flip;
      tickSide(flip ? bridge : bare);
      tickSide(flip ? bare : bridge);
    } else if (driven.side) tickSide(driven.side);
    next += 20;
    setTimeout(loop, Math.max(0, next - performance.now()));
  };
  loop();
  // What each server spends with its calls connected and silent (timers, heartbeat, background work).
  const idle = async (side: Side) => {
    await measure(side.child, 'start');
    const t0 = performance.now();
    await sleep(2000);
    const m = await measure(side.child, 'end');
    return Math.round(((m.userMs + m.systemMs) / ((performance.now() - t0) / 1000)) * 100) / 100;
  };
  await sleep(500);
  const [bridgeIdle, bareIdle] = await Promise.all([idle(bridge), idle(bare)]);
  // Warm-up: each server carries the load for a while before anything is measured (JIT, buffers).
  if (together) {
    driven.side = bridge;
    await sleep(warmup * 1000);
  } else {
    driven.side = bridge;
    await sleep(warmup * 1000);
    driven.side = bare;
    await sleep(warmup * 1000);
  }
  const perPair: Array<{ bridge: number; bare: number; ratio: number }> = [];
  for (let p = 0; p < pairs; p++) {
    const order = p % 2 === 0 ? [bridge, bare] : [bare, bridge];
    const cost = new Map<Side, number>();
    if (together) {
      const [b, r] = await Promise.all([runWindow(bridge, undefined, windowS, 0, calls), runWindow(bare, undefined, windowS, 0, calls)]);
      cost.set(bridge, b).set(bare, r);
    } else for (const side of order) cost.set(side, await runWindow(side, driven, windowS, settleS, calls));
    const b = cost.get(bridge)!;
    const r = cost.get(bare)!;
    perPair.push({ bridge: Math.round(b * 1000) / 1000, bare: Math.round(r * 1000) / 1000, ratio: Math.round((b / r) * 1000) / 1000 });
  }
  driven.side = undefined;
  running = false;
  await sleep(1500); // drain
  const bridgeResult = await stopSide(bridge);
  const bareResult = await stopSide(bare);
  const ratios = perPair.map((p) => p.ratio);
  const lost = bridgeResult.framesLostIn + bridgeResult.framesLostOut + bridgeResult.framesMisorderedIn;
  const sortedRatios = [...ratios].sort((x, y) => x - y);
  const mid = sortedRatios.length >> 1;
  const cpuRatio = sortedRatios.length % 2 ? sortedRatios[mid]! : Math.round(((sortedRatios[mid - 1]! + sortedRatios[mid]!) / 2) * 1000) / 1000;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const p99InDeltaMs = Math.round((bridgeResult.relayLatencyInMs.p99 - bareResult.relayLatencyInMs.p99) * 1000) / 1000;
  const p99OutDeltaMs = Math.round((bridgeResult.latencyOutMs.p99 - bareResult.latencyOutMs.p99) * 1000) / 1000;
  console.log(
    JSON.stringify({
      bench: 'voice',
      calls,
      pairs,
      windowSeconds: windowS,
      mode: together ? 'together' : 'alternate',
      bridgeServer: bridge.kind,
      /** The full server's database (the lean bridge and the bare relay have none but with BENCH_LEAN_WITH_DB). */
      database: process.env.BENCH_DATABASE_URL ? 'postgresql' : 'pglite',
      framesPerSecondEachWay: 50,
      bridge: bridgeResult,
      bare: bareResult,
      /** CPU ms per second of each server with its calls connected and silent. */
      idleCpuMsPerSecond: { bridge: bridgeIdle, bare: bareIdle },
      perPair,
      ratios: {
        /** The median of the pairs' ratios (each pair: the bridge's window and the bare relay's, adjacent in time). */
        cpuPerCallSecond: cpuRatio,
        /** Spread of the pairs' ratios: quartiles and extremes. */
        cpuQuartiles: [quantile(ratios, ratios.length, 0.25), quantile(ratios, ratios.length, 0.75)],
        cpuRange: [Math.min(...ratios), Math.max(...ratios)],
        /** All windows pooled: the bridge's CPU per call-second over the bare relay's. */
        cpuPooled: r2(bridgeResult.cpuMsPerCallSecond / bareResult.cpuMsPerCallSecond),
        cpuUser: r2(bridgeResult.userMsPerCallSecond / bareResult.userMsPerCallSecond),
        cpuSystem: r2(bridgeResult.systemMsPerCallSecond / bareResult.systemMsPerCallSecond),
        p99InDeltaMs,
        p99OutDeltaMs,
        p50In: r2(bridgeResult.latencyInMs.p50 / bareResult.latencyInMs.p50),
        p50Out: r2(bridgeResult.latencyOutMs.p50 / bareResult.latencyOutMs.p50),
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
