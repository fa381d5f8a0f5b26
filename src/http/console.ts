import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUuid } from '../db/ids.js';

// Serves the owner's console (admin/, a Vite build in admin/dist) at /admin/: hashed assets
// with a one-year immutable cache, index.html (never cached) for every other /admin/* path so
// the SPA's router handles deep links such as /admin/leads/:id, and a strict CSP (same-origin
// scripts, styles, API and WebSocket; nothing from a CDN). When admin/dist is missing or older
// than admin/src (a fresh checkout under `npm test` or `npm run dev`), it is built once per app
// instance; in production the image ships the build.

export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

// The widget preview frame runs the real widget, which styles its shadow DOM inline.
const PREVIEW_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'self'";

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

interface Asset {
  raw: Buffer;
  /** Gzipped once at load for text files (what browsers fetch); null when it does not pay. */
  gz: Buffer | null;
}

interface Bundle {
  index: Asset;
  /** Path under /admin/ (e.g. "assets/index-3f2a.js") -> file bytes. */
  files: Map<string, Asset>;
}

function asset(raw: Buffer, path: string): Asset {
  if (!/\.(js|css|html|svg|json|txt)$/.test(path) || raw.length < 1024) return { raw, gz: null };
  const gz = gzipSync(raw, { level: 9 });
  return { raw, gz: gz.length < raw.length ? gz : null };
}

function findRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'admin')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return null;
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const newest = (files: string[]): number => files.reduce((max, f) => Math.max(max, statSync(f).mtimeMs), 0);

async function loadBundle(): Promise<Bundle> {
  const root = findRoot();
  if (!root) throw new Error('admin directory not found');
  const dist = join(root, 'admin/dist');
  const sources = walk(join(root, 'admin/src')).concat([join(root, 'admin/index.html')].filter(existsSync));
  const built = join(dist, 'index.html');
  const stale = !existsSync(built) || (sources.length > 0 && statSync(built).mtimeMs < newest(sources));
  if (stale && sources.length > 0) {
    try {
      const script = join(root, 'scripts/build-admin.mjs');
      const mod = (await import(pathToFileURL(script).href)) as { buildAdmin(): Promise<unknown> };
      await mod.buildAdmin();
    } catch (err) {
      // No Vite (production install without dev dependencies): serve the shipped build.
      if (!existsSync(built)) throw err;
    }
  }
  const files = new Map<string, Asset>();
  for (const file of walk(dist)) {
    const path = relative(dist, file).split(sep).join('/');
    files.set(path, asset(readFileSync(file), path));
  }
  const index = files.get('index.html');
  if (!index) throw new Error('admin/dist/index.html is missing: run npm run build');
  return { index, files };
}

/** Sends the gzipped bytes to clients that accept gzip (all browsers), else the raw ones. */
function sendAsset(request: FastifyRequest, reply: FastifyReply, file: Asset): FastifyReply {
  reply.header('vary', 'accept-encoding');
  if (file.gz && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(file.gz);
  return reply.send(file.raw);
}

function sendIndex(request: FastifyRequest, reply: FastifyReply, bundle: Bundle): FastifyReply {
  reply.header('content-security-policy', CONSOLE_CSP).header('cache-control', 'no-cache').header('x-frame-options', 'DENY').type('text/html; charset=utf-8');
  return sendAsset(request, reply, bundle.index);
}

const previewPage = (businessId: string): string => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Widget preview</title></head>
<body>
<main><h1 style="font:600 18px system-ui;color:#4f5863;margin:24px">Your website</h1></main>
<script src="/widget.js" data-business-id="${businessId}" async></script>
</body>
</html>`;

export async function consoleRoutes(app: FastifyInstance): Promise<void> {
  let bundle: Promise<Bundle> | null = null;
  const getBundle = (): Promise<Bundle> => {
    bundle ??= loadBundle().catch((err: unknown) => {
      bundle = null;
      throw err;
    });
    return bundle;
  };

  app.get('/admin', async (request, reply) => {
    if (!request.url.split('?')[0]!.endsWith('/')) return reply.redirect('/admin/', 301);
    return sendIndex(request, reply, await getBundle());
  });

  // A page that embeds the real widget for the signed-in owner's preview frame. The id is only
  // echoed after it parses as a UUID, so nothing else reaches the HTML.
  app.get<{ Querystring: { businessId?: string } }>('/admin/preview', async (request, reply) => {
    const id = request.query.businessId;
    if (!isUuid(id)) return reply.status(400).type('text/plain; charset=utf-8').send('businessId must be a UUID');
    return reply.header('content-security-policy', PREVIEW_CSP).header('cache-control', 'no-cache').header('x-frame-options', 'SAMEORIGIN').type('text/html; charset=utf-8').send(previewPage(id));
  });

  app.get<{ Params: { '*': string } }>('/admin/*', async (request, reply) => {
    const b = await getBundle();
    const path = request.params['*'];
    const file = b.files.get(path);
    if (file && path !== 'index.html') {
      const hashed = path.startsWith('assets/');
      reply
        .header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .type(TYPES[extname(path)] ?? 'application/octet-stream');
      return sendAsset(request, reply, file);
    }
    // A missing hashed asset is a 404 (an old tab after a deploy), not the HTML page.
    if (path.startsWith('assets/')) return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    return sendIndex(request, reply, b);
  });
}
