// `npm run bench`: runs every benchmark on the embedded default (PGlite in memory, memory
// sessions) and on PostgreSQL (+ Redis sessions): BENCH_DATABASE_URL / BENCH_REDIS_URL when
// given, else a throwaway PostgreSQL 15 cluster + Redis on loopback started here when the
// binaries exist (stopped by pid at the end), else "skipped: no PostgreSQL". Each part prints
// one JSON line; a part that fails is recorded with its exit code and last stderr lines, never
// with made-up figures, and never fails the run. Writes bench/results.json and the generated
// part of bench/RESULTS.md (between the bench-all markers; the rest of the file is kept).
//
// `npm run bench -- chat graphql` runs only those parts and keeps the other figures.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const TSX = ['node_modules/.bin/tsx'];
const MIN = 60_000;
// name, command, per-database?, timeout. Windows are short (10 s) to keep the whole run
// well under 15 minutes; each part's own env knobs lengthen them.
const PARTS = [
  // Chat has three windows (warm-up, fixed rate with its catch-up, saturation) plus the demo seed.
  { name: 'chat', cmd: [...TSX, 'bench/chat.ts'], perDatabase: true, timeout: 6 * MIN },
  { name: 'graphql', cmd: [...TSX, 'bench/graphql.ts'], perDatabase: true, timeout: 3 * MIN },
  { name: 'outbox', cmd: [...TSX, 'bench/outbox.ts'], perDatabase: true, timeout: 4 * MIN, env: { BENCH_LEADS: process.env.BENCH_LEADS ?? '300' } },
  { name: 'pm-webhooks', cmd: [...TSX, 'bench/pm-webhooks.ts'], perDatabase: true, timeout: 3 * MIN },
  { name: 'startup', cmd: [...TSX, 'bench/startup.ts'], perDatabase: true, timeout: 3 * MIN, needsBuild: true },
  // The retrieval bench picks its own size: 10k chunks on PGlite, 100k on PostgreSQL.
  { name: 'retrieval', cmd: [...TSX, 'bench/retrieval.ts'], perDatabase: true, timeout: 10 * MIN },
  // Voice keeps no state in the database per frame: one run (ABBA rounds against the bare relay).
  { name: 'voice', cmd: [...TSX, 'bench/voice.ts'], perDatabase: false, timeout: 6 * MIN },
];

const only = process.argv.slice(2);
const parts = PARTS.filter((p) => only.length === 0 || only.includes(p.name));
const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : undefined;
// Figures kept from an earlier run (subset runs) are those in this file's per-database shape.
const results = only.length > 0 && previous?.results ? Object.fromEntries(Object.entries(previous.results).filter(([, e]) => e && typeof e === 'object' && ('pglite' in e || 'postgresql' in e))) : {};

const PGBIN = '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

/** A throwaway PostgreSQL 15 cluster (+ Redis when installed) on loopback, or why not. */
function startServices() {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, redisUrl: process.env.BENCH_REDIS_URL, pid: process.env.BENCH_DATABASE_PID, stop() {} };
  if (!existsSync(`${PGBIN}/initdb`)) return { skipped: `skipped: no PostgreSQL (${PGBIN} not found; set BENCH_DATABASE_URL)` };
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-pg-'));
  chmodSync(dir, 0o755);
  const run = (cmd, args) => (asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' }) : execFileSync(cmd, args, { stdio: 'ignore' }));
  try {
    if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
    const port = 20000 + Math.floor(Math.random() * 20000);
    run(`${PGBIN}/initdb`, ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
    run(`${PGBIN}/pg_ctl`, [
      '-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c maintenance_work_mem=512MB -c shared_buffers=256MB`,
      'start',
    ]);
    const pid = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    let redisPid;
    let redisUrl;
    if (spawnSync('redis-server', ['--version']).status === 0) {
      const redisPort = 40000 + Math.floor(Math.random() * 20000);
      execFileSync('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes', '--pidfile', join(dir, 'redis.pid'), '--logfile', join(dir, 'redis.log')]);
      for (let i = 0; i < 50 && !existsSync(join(dir, 'redis.pid')); i++) spawnSync('sleep', ['0.1']);
      redisPid = Number(readFileSync(join(dir, 'redis.pid'), 'utf8'));
      redisUrl = `redis://127.0.0.1:${redisPort}`;
    }
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      redisUrl,
      pid: String(pid),
      stop() {
        for (const p of [redisPid, pid]) {
          if (!p) continue;
          try {
            process.kill(p, p === pid ? 'SIGINT' : 'SIGTERM');
          } catch {
            /* already gone */
          }
        }
        for (let i = 0; i < 100; i++) {
          try {
            process.kill(pid, 0);
            spawnSync('sleep', ['0.1']);
          } catch {
            break;
          }
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `skipped: PostgreSQL did not start (${err.message.split('\n')[0]})` };
  }
}

function runPart(part, env) {
  const started = Date.now();
  const merged = { ...process.env, ...part.env, ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const res = spawnSync(part.cmd[0], part.cmd.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: part.timeout, env: merged, killSignal: 'SIGKILL' });
  const line = (res.stdout ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('{') && l.endsWith('}'))
    .pop();
  let figures;
  try {
    figures = line ? JSON.parse(line) : undefined;
  } catch {
    figures = undefined;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  if (figures) return { ...figures, benchSeconds: seconds };
  const why = res.error?.code === 'ETIMEDOUT' ? `timed out after ${part.timeout / 1000} s` : `no JSON line (exit ${res.status ?? res.signal})`;
  return { error: why, stderr: (res.stderr ?? '').trim().split('\n').slice(-6).join('\n'), benchSeconds: seconds };
}

const log = (s) => process.stderr.write(`${s}\n`);
const loadBefore = os.loadavg();
const runStarted = Date.now();

if (parts.some((p) => p.needsBuild)) {
  log('building (startup bench runs the built server)...');
  const b = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', timeout: 10 * MIN });
  if (b.status !== 0) log(`  build failed (exit ${b.status}); the startup part will say so`);
}

const services = parts.some((p) => p.perDatabase) ? startServices() : { skipped: 'not needed' };
if (services.skipped) log(services.skipped);
try {
  for (const part of parts) {
    const entry = {};
    log(`running ${part.name} (pglite)...`);
    entry.pglite = runPart(part, { BENCH_DATABASE_URL: undefined, BENCH_REDIS_URL: undefined, BENCH_DATABASE_PID: undefined, TEST_DATABASE_URL: undefined, TEST_REDIS_URL: undefined });
    log(`  ${JSON.stringify(entry.pglite)}`);
    if (part.perDatabase) {
      if (services.skipped) entry.postgresql = { skipped: services.skipped };
      else {
        log(`running ${part.name} (postgresql${services.redisUrl ? ' + redis' : ''})...`);
        entry.postgresql = runPart(part, { BENCH_DATABASE_URL: services.url, BENCH_REDIS_URL: services.redisUrl, BENCH_DATABASE_PID: services.pid });
        log(`  ${JSON.stringify(entry.postgresql)}`);
      }
    }
    results[part.name] = entry;
  }
} finally {
  services.stop?.();
}

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  date: new Date().toISOString(),
  loadAverageAtStart: loadBefore.map((n) => Math.round(n * 100) / 100),
  loadAverageAtEnd: os.loadavg().map((n) => Math.round(n * 100) / 100),
  runSeconds: Math.round((Date.now() - runStarted) / 1000),
};
writeFileSync('bench/results.json', JSON.stringify({ machine, results }, null, 2) + '\n');

// The generated table: one row per figure, one column per database.
const cell = (v) => (v === undefined ? '' : typeof v === 'object' ? `\`${JSON.stringify(v)}\`` : String(v).replace(/\|/g, '\\|').replace(/\n/g, ' '));
const rows = [];
for (const [bench, entry] of Object.entries(results)) {
  const keys = [...new Set([...Object.keys(entry.pglite ?? {}), ...Object.keys(entry.postgresql ?? {})])].filter((k) => k !== 'bench');
  for (const k of keys) rows.push(`| ${bench} | ${k} | ${cell(entry.pglite?.[k])} | ${cell(entry.postgresql?.[k])} |`);
}
const generated = [
  '<!-- bench-all:start (generated by `npm run bench`; edit outside these markers) -->',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB; Node ${machine.node}; ${machine.date}; load average ${machine.loadAverageAtStart.join(' / ')} at start, ${machine.loadAverageAtEnd.join(' / ')} at end; whole run ${machine.runSeconds} s.`,
  '',
  '| benchmark | figure | PGlite (embedded, memory sessions) | PostgreSQL (+ Redis sessions) |',
  '|---|---|---|---|',
  ...rows,
  '<!-- bench-all:end -->',
].join('\n');
const existing = existsSync('bench/RESULTS.md') ? readFileSync('bench/RESULTS.md', 'utf8') : '# Benchmark results\n';
const re = /<!-- bench-all:start[\s\S]*?<!-- bench-all:end -->/;
writeFileSync('bench/RESULTS.md', re.test(existing) ? existing.replace(re, generated) : `${existing.trimEnd()}\n\n${generated}\n`);
process.stdout.write(`${generated}\n`);
