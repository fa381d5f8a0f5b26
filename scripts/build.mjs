// Transpiles src/, migrations/ and genql/ to dist/ with esbuild (type-checking is `npm run
// typecheck`, which CI runs): `npm start` on a fresh clone builds in about a second.
import { build } from 'esbuild';
import { readdirSync, statSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const entryPoints = ['src', 'migrations', 'genql'].flatMap((d) => collect(d));
rmSync('dist/src', { recursive: true, force: true });
rmSync('dist/migrations', { recursive: true, force: true });
rmSync('dist/genql', { recursive: true, force: true });
const started = Date.now();
await build({
  entryPoints,
  outdir: 'dist',
  outbase: '.',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  bundle: false,
  logLevel: 'warning',
});
console.log(`built ${entryPoints.length} files in ${Date.now() - started} ms`);
