// Generates the typed Genql client into genql/ from schema.graphql, then makes its relative
// imports explicit (./runtime -> ./runtime/index.js, ./x -> ./x.js) and drops `@ts-nocheck`,
// so that under NodeNext the client type-checks for real and loads at run time (STACK.md).
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@genql/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'genql');
const schemaPath = join(root, 'schema.graphql');

rmSync(output, { recursive: true, force: true });
await generate({
  schema: readFileSync(schemaPath, 'utf8'),
  output,
  scalarTypes: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
  sortProperties: true,
});

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function fixSpecifier(file, spec) {
  if (!spec.startsWith('.')) return spec;
  if (/\.(c|m)?js$/.test(spec)) return spec;
  const base = resolve(dirname(file), spec);
  if (existsSync(base) && statSync(base).isDirectory()) return `${spec.replace(/\/$/, '')}/index.js`;
  return `${spec}.js`;
}

for (const file of walk(output)) {
  if (!/\.(ts|js)$/.test(file) || file.endsWith('.d.ts.map')) continue;
  let text = readFileSync(file, 'utf8');
  // The generated files start with @ts-nocheck: keep it only in the vendored runtime, where
  // strict-mode complaints are not ours; the schema types and the client must be checked.
  if (!file.includes(`${join('genql', 'runtime')}`)) text = text.replace(/^\/\/ @ts-nocheck\s*\n/m, '');
  text = text.replace(/(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])(\.[^'"]*)\2/g, (_m, pre, q, spec) => `${pre}${q}${fixSpecifier(file, spec)}${q}`);
  writeFileSync(file, text);
}
console.log(`generated ${output}`);
