// `npm run bench`: runs every `bench:*` script, collects the JSON line each prints, and writes
// bench/results.json plus bench/RESULTS.md (machine, Node version, every figure).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const only = process.argv.slice(2);
const names = Object.keys(pkg.scripts)
  .filter((s) => s.startsWith('bench:'))
  .filter((s) => only.length === 0 || only.includes(s.slice(6)));

// Running a subset (`npm run bench -- voice`) refreshes those figures and keeps the others.
const results = only.length > 0 && existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')).results : {};
for (const name of names) {
  const started = Date.now();
  process.stderr.write(`running ${name}...\n`);
  const res = spawnSync('npm', ['run', '--silent', name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 });
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
  results[name.slice(6)] = figures ?? { error: `no JSON line (exit ${res.status})`, stderr: (res.stderr ?? '').split('\n').slice(-5).join('\n') };
  process.stderr.write(`  ${name}: ${Math.round((Date.now() - started) / 1000)} s ${line ?? '(failed)'}\n`);
}

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  date: new Date().toISOString(),
};
writeFileSync('bench/results.json', JSON.stringify({ machine, results }, null, 2) + '\n');

const rows = [];
for (const [bench, figures] of Object.entries(results)) {
  for (const [k, v] of Object.entries(figures)) {
    if (k === 'bench') continue;
    rows.push(`| ${bench} | ${k} | ${typeof v === 'object' ? JSON.stringify(v) : v} |`);
  }
}
const md = [
  '# Benchmark results',
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB; Node ${machine.node}; ${machine.date}.`,
  'Load generators share the machine with the server, so figures are conservative.',
  '',
  '| benchmark | figure | value |',
  '|---|---|---|',
  ...rows,
  '',
].join('\n');
writeFileSync('bench/RESULTS.md', md);
process.stdout.write(md);
