import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';

// Serves the widget bundle at /widget.js and a demo page at /demo. The bundle is the built
// widget/dist/widget.js (`npm run build`); when that is missing or older than widget/src (a
// fresh checkout under `npm test` or `npm run dev`), it is built in memory with esbuild once
// per app instance.

function findRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'widget')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return null;
}

function newestMtime(dir: string): number {
  let max = 0;
  if (!existsSync(dir)) return 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    max = Math.max(max, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return max;
}

async function loadBundle(): Promise<string> {
  const root = findRoot();
  if (!root) throw new Error('widget directory not found');
  const built = join(root, 'widget/dist/widget.js');
  const source = join(root, 'widget/src');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(source)) return readFileSync(built, 'utf8');
  if (existsSync(source)) {
    try {
      const script = join(root, 'scripts/build-widget.mjs');
      const mod = (await import(pathToFileURL(script).href)) as { buildWidget(o: { write: boolean }): Promise<{ code: string }> };
      return (await mod.buildWidget({ write: false })).code;
    } catch (err) {
      // No esbuild (production install without dev dependencies): serve the committed build.
      if (!existsSync(built)) throw err;
    }
  }
  return readFileSync(built, 'utf8');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export async function widgetRoutes(app: FastifyInstance): Promise<void> {
  let bundle: Promise<string> | null = null;

  app.get('/widget.js', async (_request, reply) => {
    bundle ??= loadBundle().catch((err: unknown) => {
      bundle = null;
      throw err;
    });
    const code = await bundle;
    reply.header('content-type', 'application/javascript; charset=utf-8');
    reply.header('cache-control', 'public, max-age=300');
    return code;
  });

  // Browsers ask for it on every page (the demo, the console): no icon, and no 404 in their console.
  app.get('/favicon.ico', async (_request, reply) => reply.status(204).header('cache-control', 'public, max-age=86400').send());

  app.get('/demo', async (_request, reply) => {
    const demo = await app.deps.db
      .selectFrom('businesses')
      .select(['id', 'name'])
      // The flag, never the name: a tenant renamed "Demo Plumbing" does not get this page.
      .where('is_demo', '=', true)
      .limit(1)
      .executeTakeFirst();
    if (!demo) return reply.status(404).type('text/html; charset=utf-8').send('<!doctype html><title>No demo</title><p>The demo business is not seeded (SEED_DEMO=false).</p>');
    reply.header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    reply.type('text/html; charset=utf-8');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(demo.name)}: chat widget demo</title>
<style>body{font-family:system-ui,sans-serif;max-width:720px;margin:40px auto;padding:0 16px;color:#1e293b;line-height:1.5}code{background:#f1f5f9;padding:2px 4px;border-radius:4px}</style>
</head>
<body>
<h1>${escapeHtml(demo.name)}</h1>
<p>This page embeds the chat widget with one tag. Open the chat (bottom right) and try:</p>
<ul><li>"How much is a call-out?"</li><li>"My pipe burst and the basement is flooding"</li><li>"What's the status of my project?" (Jane Cooper: jane@example.com)</li></ul>
<p><code>&lt;script src="/widget.js" data-business-id="${escapeHtml(demo.id)}" async&gt;&lt;/script&gt;</code></p>
<script src="/widget.js" data-business-id="${escapeHtml(demo.id)}" async></script>
</body>
</html>`;
  });
}
