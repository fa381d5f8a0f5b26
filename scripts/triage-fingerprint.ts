// The fingerprint of what decides the learned triage's generated files (src/agent/triage-weights.ts and
// src/agent/triage-neighbours.ts), so CI can check them for drift in seconds instead of retraining
// (~10 min of CPU): scripts/train-triage.ts writes it into the weights file's header, and
// `--check` recomputes it and fails when it differs (`--check --full` still retrains and compares).
//
// What decides the files, all hashed (sha256):
// - the tune items the training reads (loadTuneItems' output: the held-out split is never read);
// - the source of every project module the training runs, found from the real import graph
//   (dependency-cruiser's JSON, with the project's own config, as `npm run lint:deps` reads it):
//   from scripts/train-triage.ts, static and dynamic imports, following runtime edges only
//   (`import type` is erased); a module that starts a worker or loads a file by a relative
//   path ("./sentence-worker.ts" in `new URL(...)`) makes that file an entry too, so the
//   sentence encoder's worker and whatever it imports are in;
// - the npm packages those modules reach, with everything they depend on, as package-lock.json
//   pins them (name, version, integrity: the encoder's weights ship in one), and the Node runtime
//   the project pins (the `node` package).
// The generated files themselves are outputs, not inputs: the header also holds the sha256 of
// both files as generated, so a hand edit of either fails the check too.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The training's entry point and the files it generates (relative to the repository root). */
export const TRAINING_ENTRY = 'scripts/train-triage.ts';
export const GENERATED_FILES = ['src/agent/triage-weights.ts', 'src/agent/triage-neighbours.ts'] as const;
/** The Node runtime the project pins (package.json's `node` dependency): floating point is the engine's. */
const RUNTIME_PACKAGE = 'node_modules/node';

interface CruiseModule {
  source: string;
  coreModule?: boolean;
  couldNotResolve?: boolean;
  dependencies: Array<{ resolved: string; coreModule?: boolean; couldNotResolve?: boolean; dependencyTypes: string[]; module: string }>;
}

/** dependency-cruiser's modules for the given entries, with the project's config (.dependency-cruiser.cjs). */
export function cruise(root: string, entries: readonly string[]): CruiseModule[] {
  const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
  const out = execFileSync(process.execPath, [bin, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...entries], { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return (JSON.parse(out) as { modules: CruiseModule[] }).modules;
}

/**
 * The project files a module names by a relative path in a string literal other than an import
 * ('./sentence-worker.ts' in `new Worker(new URL(...))`): they run, but the import graph does not show them.
 */
export function referencedFiles(root: string, from: string, source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/(?<!\b(?:from|import|require)\s*\(?\s*)['"`](\.\.?\/[^'"`\s]+\.(?:ts|js|mjs|cjs))['"`]/g)) {
    const rel = posix.normalize(posix.join(posix.dirname(from), m[1]!));
    const asTs = rel.replace(/\.(js|mjs|cjs)$/, '.ts');
    for (const candidate of [asTs, rel]) {
      if (!candidate.startsWith('..') && existsSync(join(root, candidate))) {
        found.add(candidate);
        break;
      }
    }
  }
  return [...found];
}

export interface TrainingInputs {
  /** Project files the training runs (sorted, relative to the root), the generated files left out. */
  files: string[];
  /** npm package folders (package-lock.json keys) the training reaches, with their dependencies. */
  packages: string[];
}

/** What the training runs: the import graph from TRAINING_ENTRY, runtime edges only, plus the files its modules start by path. */
export function trainingInputs(root: string, cruiseOf: (entries: readonly string[]) => CruiseModule[] = (e) => cruise(root, e)): TrainingInputs {
  const entries = new Set<string>([TRAINING_ENTRY]);
  for (;;) {
    const modules = new Map(cruiseOf([...entries].sort()).map((m) => [m.source, m]));
    const files = new Set<string>();
    const npm = new Set<string>();
    const queue = [...entries];
    while (queue.length) {
      const source = queue.pop()!;
      if (files.has(source) || npm.has(source)) continue;
      if (source.includes('node_modules/')) {
        npm.add(source);
        continue;
      }
      files.add(source);
      for (const d of modules.get(source)?.dependencies ?? []) {
        if (d.coreModule || d.dependencyTypes.includes('type-only') || d.dependencyTypes.includes('type-import')) continue;
        if (d.couldNotResolve) throw new Error(`${source}: cannot resolve ${d.module}: the fingerprint would miss it`);
        queue.push(d.resolved);
      }
    }
    const more = [...files].flatMap((f) => referencedFiles(root, f, readFileSync(join(root, f), 'utf8'))).filter((f) => !entries.has(f) && !files.has(f));
    if (more.length === 0) {
      const generated = new Set<string>(GENERATED_FILES);
      return { files: [...files].filter((f) => !generated.has(f)).sort(), packages: packageClosure(root, [...npm].map(packageDirOf)) };
    }
    for (const f of more) entries.add(f);
  }
}

/** node_modules/@scope/name/dist/index.js -> node_modules/@scope/name (the innermost package of a nested path). */
export function packageDirOf(modulePath: string): string {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(modulePath);
  if (!m) throw new Error(`not an npm module: ${modulePath}`);
  return m[1]!;
}

interface LockEntry {
  version?: string;
  integrity?: string;
  resolved?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function readLock(root: string): Record<string, LockEntry> {
  return (JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }).packages;
}

/** The packages and everything they depend on, resolved as Node resolves them (nearest node_modules first), plus the runtime. */
export function packageClosure(root: string, dirs: readonly string[], lock: Record<string, LockEntry> = readLock(root)): string[] {
  const seen = new Set<string>();
  const queue = [...dirs, RUNTIME_PACKAGE];
  while (queue.length) {
    const dir = queue.pop()!;
    if (seen.has(dir)) continue;
    const entry = lock[dir];
    if (!entry) throw new Error(`${dir} is not in package-lock.json: the fingerprint would miss it`);
    seen.add(dir);
    const deps = { ...entry.peerDependencies, ...entry.optionalDependencies, ...entry.dependencies };
    for (const name of Object.keys(deps)) {
      let at: string | undefined;
      for (let base = dir; ; ) {
        if (lock[`${base}/node_modules/${name}`]) {
          at = `${base}/node_modules/${name}`;
          break;
        }
        const up = base.lastIndexOf('/node_modules/');
        if (up < 0) break;
        base = base.slice(0, up);
      }
      at ??= lock[`node_modules/${name}`] ? `node_modules/${name}` : undefined;
      if (at) queue.push(at);
      else if (!entry.optionalDependencies?.[name] && !entry.peerDependencies?.[name]) throw new Error(`${dir} needs ${name}, which package-lock.json does not have`);
    }
  }
  return [...seen].sort();
}

/** The sha256 of the training's inputs: the tune items, the files' contents and the packages' pins. */
export function inputsFingerprint(root: string, tuneItems: unknown, inputs: TrainingInputs, lock: Record<string, LockEntry> = readLock(root)): string {
  const h = createHash('sha256');
  const part = (label: string, text: string) => h.update(`${label}\0${Buffer.byteLength(text)}\0`).update(text);
  part('tune-items', JSON.stringify(tuneItems));
  for (const f of inputs.files) part(`file ${f}`, readFileSync(join(root, f), 'utf8'));
  for (const p of inputs.packages) {
    const e = lock[p]!;
    part(`package ${p}`, JSON.stringify([e.version ?? null, e.integrity ?? null, e.resolved ?? null, e.link ?? false]));
  }
  return h.digest('hex');
}

const STAMP = /^\/\/ Fingerprint: inputs sha256 ([0-9a-f]{64}), generated sha256 ([0-9a-f]{64})\b.*\n/m;

/** The sha256 of the generated files (the weights file without its fingerprint line). */
export function outputsFingerprint(weightsSource: string, neighboursSource: string): string {
  return createHash('sha256').update(weightsSource.replace(STAMP, '')).update('\0').update(neighboursSource).digest('hex');
}

/** The weights file with its fingerprint line, right under the first (GENERATED) line. */
export function stamped(weightsSource: string, neighboursSource: string, inputs: string): string {
  const bare = weightsSource.replace(STAMP, '');
  const nl = bare.indexOf('\n') + 1;
  const line = `// Fingerprint: inputs sha256 ${inputs}, generated sha256 ${outputsFingerprint(bare, neighboursSource)} (scripts/triage-fingerprint.ts; CI's --check compares it).\n`;
  return bare.slice(0, nl) + line + bare.slice(nl);
}

export type StampCheck = 'ok' | 'missing' | 'inputs-changed' | 'edited';

/** Whether the committed files were generated from these inputs and not edited since. */
export function checkStamp(weightsSource: string, neighboursSource: string, inputs: string): StampCheck {
  const m = STAMP.exec(weightsSource);
  if (!m) return 'missing';
  if (m[2] !== outputsFingerprint(weightsSource, neighboursSource)) return 'edited';
  if (m[1] !== inputs) return 'inputs-changed';
  return 'ok';
}

/** The committed files' check against these inputs: undefined when they are up to date, else what is wrong. */
export function checkGeneratedFiles(root: string, inputs: string): string | undefined {
  const [weights, neighbours] = GENERATED_FILES.map((f) => (existsSync(join(root, f)) ? readFileSync(join(root, f), 'utf8') : ''));
  const regenerate = 'run `npx tsx scripts/train-triage.ts` and commit both files';
  switch (checkStamp(weights!, neighbours!, inputs)) {
    case 'ok':
      return undefined;
    case 'missing':
      return `${GENERATED_FILES[0]} has no fingerprint line: ${regenerate}`;
    case 'edited':
      return `${GENERATED_FILES.join(' or ')} differs from what was generated (edited by hand, or another branch's weights merged in?): ${regenerate}`;
    case 'inputs-changed':
      return `the triage training's inputs changed since ${GENERATED_FILES[0]} was generated (tune items, a module it runs, or a package): ${regenerate}`;
  }
}
