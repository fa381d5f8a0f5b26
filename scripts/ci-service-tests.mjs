// CI only: prints the test files the PostgreSQL + Redis run must include, one a line, and on
// stderr how many and why (`node scripts/ci-service-tests.mjs`).
//
// The two `npm test` runs of .ci/run differ only in the environment: the second sets
// TEST_DATABASE_URL and TEST_REDIS_URL (and turns coverage off, which changes no test). A test
// file runs different code on the second run only if some code it runs reads one of them. So
// a file is included when, in the real import graph (dependency-cruiser, the same resolution as
// `npm run lint:deps`, type-only and dynamic imports included), it can reach:
// - a module whose text names TEST_DATABASE_URL or TEST_REDIS_URL, or reads process.env with a
//   computed key (today: test/helpers/db.ts, which opens the test database, test/helpers/app.ts,
//   which opens the session store, and tests that check for the services themselves);
// - a module that starts processes (child_process, cluster): they inherit the environment and
//   run code outside this graph (a worker thread's entry module is followed like an import);
// - a module with an import()/require() whose target is computed at run time (not in the graph).
// Packages (node_modules) are not followed: none knows the project's variable names, and the one
// process a package starts (playwright-core's Chromium) runs no project code. A template-literal
// import counts as computed. Any test file the graph lacks is included too, and every file when a module .taprc preloads
// into each test process reaches one of the above. Nothing here is a hand-kept list: a new test
// that opens a database through the helpers, or a new helper that reads the variables, is
// picked up by the same rules.
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { posix } from 'node:path';

const READS_SERVICE_ENV = /TEST_(DATABASE|REDIS)_URL|process\.env\[(?!\s*['"`])/;
const OPAQUE_IMPORT = /\b(import|require)\(\s*(?!['")])/;
const SPAWNS = new Set(['child_process', 'cluster']);
// A worker thread runs a module of this repo: in a module that calls `new Worker(`, every
// relative path literal ('./x.ts', './x.js' for the transpiled x.ts) naming a file is followed
// like an import (src/ai/sentence-encoder.ts picks its worker's entry between two such
// literals). A module starting a Worker with no such literal counts as a process start.
const WORKER_ENTRY = /['"`](\.{1,2}\/[^'"`\s]+\.[cm]?[jt]s)['"`]/g;

const tests = globSync('test/**/*.test.ts').sort();
const cruise = JSON.parse(
  execFileSync(process.execPath, [realpathSync('node_modules/.bin/depcruise'), '--config', '.dependency-cruiser.cjs', '--output-type', 'json', 'test', 'src', 'scripts'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  }),
);

/** The repo file a worker entry URL names (x.js is the transpiled x.ts), or undefined. */
function workerEntry(from, rel) {
  const base = posix.join(posix.dirname(from), rel);
  for (const candidate of [base, base.replace(/\.js$/, '.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/** Why a module alone makes a test differ between the runs, or undefined. */
const ownReason = new Map();
const edges = new Map();
for (const m of cruise.modules) {
  const deps = [];
  let reason;
  let usesWorkers = false;
  for (const d of m.dependencies) {
    if (d.coreModule && d.resolved.replace(/^node:/, '') === 'worker_threads') usesWorkers = true;
    else if (d.coreModule && SPAWNS.has(d.resolved.replace(/^node:/, ''))) reason ??= `starts processes (${d.resolved})`;
    else if (d.couldNotResolve) reason ??= `an import the graph cannot resolve (${d.module})`;
    else if (!d.coreModule && !d.resolved.includes('node_modules/')) deps.push(d.resolved);
  }
  if (!m.coreModule && !m.source.includes('node_modules/')) {
    let text = '';
    try {
      text = readFileSync(m.source, 'utf8');
    } catch {
      reason ??= 'its source could not be read';
    }
    if (usesWorkers && /new Worker\(/.test(text)) {
      const entries = [...text.matchAll(WORKER_ENTRY)].map((e) => workerEntry(m.source, e[1])).filter(Boolean);
      if (entries.length) deps.push(...entries);
      else reason ??= 'starts a worker thread with no entry file named in it';
    }
    if (READS_SERVICE_ENV.test(text)) reason = 'reads TEST_DATABASE_URL / TEST_REDIS_URL';
    else if (OPAQUE_IMPORT.test(text)) reason ??= 'imports a module computed at run time';
  }
  if (reason) ownReason.set(m.source, reason);
  edges.set(m.source, deps);
}

/** The first module reachable from `file` with a reason, and the reason (breadth first). */
function reach(file) {
  if (!edges.has(file)) return { via: file, reason: 'not in the import graph' };
  const seen = new Set([file]);
  const queue = [file];
  while (queue.length) {
    const cur = queue.shift();
    if (ownReason.has(cur)) return { via: cur, reason: ownReason.get(cur) };
    for (const next of edges.get(cur) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return undefined;
}

// The modules .taprc preloads into every test process (`node-arg: --import=...`) run in every
// test file: if one of them reaches a reason, every file is included.
const preloads = [...readFileSync('.taprc', 'utf8').matchAll(/--import=\.\/(\S+)/g)].map((m) => m[1]);
const preloaded = preloads.map((p) => ({ p, r: reach(p) })).find((x) => x.r && x.r.reason !== 'not in the import graph');

const included = [];
const excluded = [];
const why = new Map();
for (const file of tests) {
  const r = preloaded?.r ?? reach(file);
  if (!r) {
    excluded.push(file);
    continue;
  }
  included.push(file);
  const key = r.via === file ? `the test file itself ${r.reason}` : `${r.via}: ${r.reason}`;
  why.set(key, (why.get(key) ?? 0) + 1);
}

const err = (s) => process.stderr.write(`${s}\n`);
err(`PostgreSQL + Redis run: ${included.length} of ${tests.length} test files can read the service variables; the other ${excluded.length} run the same code on both runs and run once (PGlite run).`);
err('included because they reach (first such module found):');
for (const [k, n] of [...why].sort((a, b) => b[1] - a[1])) err(`  ${String(n).padStart(4)}  ${k}`);
err(`run once (no path to the service variables, a process start or a computed import): ${excluded.join(' ')}`);
process.stdout.write(included.map((f) => `${f}\n`).join(''));
