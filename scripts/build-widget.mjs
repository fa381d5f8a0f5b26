// Builds the embeddable widget (widget/src) into one minified script, widget/dist/widget.js,
// served at /widget.js. Prints its gzipped size; the budget is 15 KB.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildWidget({ write = true } = {}) {
  const result = await build({
    entryPoints: [join(root, 'widget/src/index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  if (write) {
    mkdirSync(join(root, 'widget/dist'), { recursive: true });
    writeFileSync(join(root, 'widget/dist/widget.js'), code);
  }
  return { code, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await buildWidget();
  console.log(`widget.js: ${r.bytes} bytes, ${r.gzipBytes} bytes gzipped (budget 15360)`);
  if (r.gzipBytes > 15 * 1024) {
    console.error('widget.js is over the 15 KB gzipped budget');
    process.exit(1);
  }
}
