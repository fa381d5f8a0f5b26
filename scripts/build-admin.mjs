// Builds the owner's console (admin/) with Vite into admin/dist, served at /admin/ by
// src/http/console.ts. Prints what the first load of /admin/ transfers (gzip): the scripts
// and stylesheets index.html references, plus the modules they preload. Budget: 200 KB JS.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const adminDir = join(root, 'admin');

/** Gzipped bytes of the JS and CSS the first page load of /admin/ fetches. */
export function initialTransfer(distDir = join(adminDir, 'dist')) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/admin\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let js = 0;
  let css = 0;
  for (const ref of new Set(refs)) {
    const bytes = gzipSync(readFileSync(join(distDir, ref))).length;
    if (ref.endsWith('.css')) css += bytes;
    else js += bytes;
  }
  return { js, css, files: [...new Set(refs)] };
}

export async function buildAdmin() {
  await build({ configFile: join(adminDir, 'vite.config.ts'), root: adminDir, logLevel: 'warn' });
  return initialTransfer();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await buildAdmin();
  console.log(`admin: initial JS ${(r.js / 1024).toFixed(1)} KB gzip, CSS ${(r.css / 1024).toFixed(1)} KB gzip (budget 200 KB JS)`);
  if (r.js > 200 * 1024) {
    console.error('the console\'s initial JS is over the 200 KB gzipped budget');
    process.exit(1);
  }
}
