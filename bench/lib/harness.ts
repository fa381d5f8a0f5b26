import { fork } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ClientResult, ClientSpec } from './load-client.js';
import { statementCount } from '../database.js';

// What every load benchmark shares: the load generator runs in a child process (its CPU is
// never the server's), and the server's CPU over the measured window is read here, in the
// server's process, with process.cpuUsage(). On PostgreSQL the database server's CPU over the
// same window is read from /proc (BENCH_DATABASE_PID: the postmaster, set by
// scripts/bench-all.mjs when it starts the cluster itself).

export type { ClientResult, ClientSpec } from './load-client.js';

export interface Measured {
  client: ClientResult;
  /** This (server) process's user+system CPU over the window, in ms. */
  serverCpuMs: number;
  /** The PostgreSQL cluster's CPU over the window (postmaster + backends), when known. */
  dbCpuMs?: number;
  /** Database statements the server sent over the window (bench/database.ts counts them). */
  statements: number;
  windowSec: number;
}

const CLIENT = fileURLToPath(new URL('./load-client.ts', import.meta.url));

/**
 * BENCH_CPU_PROFILE=<file prefix>: a V8 CPU profile of this (server) process over each measured
 * window only, written to <prefix>-<n>.cpuprofile (open in Chrome DevTools or speedscope).
 */
let profiles = 0;
async function profileWindow(): Promise<() => Promise<void>> {
  const prefix = process.env.BENCH_CPU_PROFILE;
  if (!prefix) return async () => {};
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${prefix}-${++profiles}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  };
}

/** Runs one load generator in a child process and measures this process's CPU while it runs. */
export function runClient(spec: ClientSpec): Promise<Measured> {
  return new Promise((resolve, reject) => {
    let stopProfile: Promise<() => Promise<void>> | undefined;
    // The child inherits tsx's loader flags (process.execArgv), so it runs TypeScript too.
    const child = fork(CLIENT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let cpu0: NodeJS.CpuUsage | undefined;
    let db0: number | undefined;
    let st0 = 0;
    let t0 = 0;
    let done = false;
    child.on('message', (m: { type: 'start' } | { type: 'done'; result: ClientResult } | { type: 'error'; message: string }) => {
      if (m.type === 'start') {
        stopProfile = profileWindow();
        cpu0 = process.cpuUsage();
        db0 = databaseCpuMs();
        st0 = statementCount.value;
        t0 = performance.now();
      } else if (m.type === 'done') {
        const cpu = process.cpuUsage(cpu0);
        const db1 = databaseCpuMs();
        done = true;
        const result: Measured = {
          client: m.result,
          serverCpuMs: (cpu.user + cpu.system) / 1000,
          ...(db0 !== undefined && db1 !== undefined ? { dbCpuMs: db1 - db0 } : {}),
          statements: statementCount.value - st0,
          windowSec: (performance.now() - t0) / 1000,
        };
        void (stopProfile ?? Promise.resolve(async () => {})).then((stop) => stop()).then(() => resolve(result), reject);
      } else reject(new Error(`load generator: ${m.message}`));
    });
    child.on('exit', (code) => {
      if (!done) reject(new Error(`load generator exited with ${code}`));
    });
    child.send(spec);
  });
}

const TICK_MS = 1000 / 100; // USER_HZ on Linux

/** CPU ms used so far by the postmaster BENCH_DATABASE_PID and its children (backends). */
export function databaseCpuMs(): number | undefined {
  const pid = Number(process.env.BENCH_DATABASE_PID);
  if (!pid || os.platform() !== 'linux') return undefined;
  let ticks = 0;
  let found = false;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name (which may contain spaces): state ppid ... utime(14) stime(15)
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(rest[1]);
    if (Number(entry) !== pid && ppid !== pid) continue;
    found = true;
    ticks += Number(rest[11]) + Number(rest[12]);
  }
  return found ? ticks * TICK_MS : undefined;
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** The fields every load benchmark's JSON line carries. */
export function figures(m: Measured) {
  const n = Math.max(1, m.client.requests);
  return {
    database: process.env.BENCH_DATABASE_URL ? 'postgresql' : 'pglite',
    sessions: process.env.BENCH_REDIS_URL ? 'redis' : 'memory',
    requests: m.client.requests,
    seconds: round(m.client.seconds),
    reqPerSec: round(m.client.requests / m.client.seconds),
    p50Ms: round(m.client.p50Ms, 2),
    p90Ms: round(m.client.p90Ms, 2),
    p99Ms: round(m.client.p99Ms, 2),
    maxMs: round(m.client.maxMs, 2),
    serverCpuMsPerRequest: round(m.serverCpuMs / n, 3),
    serverCpuUtilisation: round(m.serverCpuMs / 1000 / m.windowSec, 2),
    ...(m.dbCpuMs !== undefined ? { dbCpuMsPerRequest: round(m.dbCpuMs / n, 3) } : {}),
    statementsPerRequest: round(m.statements / n, 2),
    non2xx: m.client.non2xx,
    errors: m.client.errors,
    loadAverage1m: round(os.loadavg()[0]!, 2),
    generator: 'separate process',
  };
}

/** Server config overrides every load benchmark uses: Redis sessions when BENCH_REDIS_URL is set. */
export const benchRedis = (): { REDIS_URL?: string } => (process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL } : {});

/** Wall-clock ms comparable across processes (what the child processes report). */
export const absoluteNow = (): number => performance.timeOrigin + performance.now();

/** The outbox bench's SMTP server in its own process: e-mails arrive through onMail. */
export function startSmtpSink(onMail: (key: string | undefined, at: number) => void): Promise<{ url: string; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./smtp-sink.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('exit', (code) => reject(new Error(`SMTP sink exited with ${code}`)));
    child.on('message', (m: { type: 'ready'; url: string } | { type: 'mail'; id?: string; at: number }) => {
      if (m.type === 'mail') onMail(m.id, m.at);
      else
        resolve({
          url: m.url,
          stop: () =>
            new Promise<void>((done) => {
              child.removeAllListeners('exit');
              child.once('exit', () => done());
              child.send({ type: 'stop' });
            }),
        });
    });
  });
}
