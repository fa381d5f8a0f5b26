import t from 'tap';
import { gunzipSync } from 'node:zlib';
import { buildTestApp } from '../helpers/app.js';
import { CONSOLE_CSP } from '../../src/http/console.js';

// /admin/ serves the built console: index.html for every client route (history fallback,
// never cached, strict CSP), hashed assets cached for a year, and a 404 for a missing asset.

const { app } = await buildTestApp(t);

t.test('index.html for /admin/ and deep links, with the strict CSP', async (t) => {
  for (const url of ['/admin/', '/admin/leads/00000000-0000-4000-8000-000000000000', '/admin/signin?next=%2Fleads', '/admin/questions']) {
    const res = await app.inject({ url });
    t.equal(res.statusCode, 200, url);
    t.match(res.headers['content-type'], /text\/html/);
    t.equal(res.headers['cache-control'], 'no-cache');
    t.equal(res.headers['content-security-policy'], CONSOLE_CSP);
    t.match(res.body, /<div id="root"><\/div>/);
    t.notMatch(res.body, /<script>(?!<\/script>)|https?:\/\/(?!localhost)/, 'no inline script, no CDN');
  }
  const csp = CONSOLE_CSP;
  t.match(csp, /script-src 'self'(;|$)/);
  t.notMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
});

t.test('/admin redirects to /admin/', async (t) => {
  const res = await app.inject({ url: '/admin' });
  t.equal(res.statusCode, 301);
  t.equal(res.headers.location, '/admin/');
});

t.test('hashed assets are immutable; a missing one is 404', async (t) => {
  const index = (await app.inject({ url: '/admin/' })).body;
  const assets = [...index.matchAll(/(?:src|href)="(\/admin\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  t.ok(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css')), 'index references a script and a stylesheet');
  for (const a of assets) {
    const res = await app.inject({ url: a });
    t.equal(res.statusCode, 200, a);
    t.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    t.match(res.headers['content-type'], a.endsWith('.js') ? /javascript/ : /text\/css/);
  }
  const js = assets.find((a) => a.endsWith('.js'))!;
  const plain = await app.inject({ url: js });
  const gz = await app.inject({ url: js, headers: { 'accept-encoding': 'gzip, deflate, br' } });
  t.equal(gz.headers['content-encoding'], 'gzip', 'browsers get it gzipped');
  t.equal(gz.headers.vary, 'accept-encoding');
  t.ok(gz.rawPayload.length < plain.rawPayload.length / 2, 'gzip at least halves it');
  t.same(gunzipSync(gz.rawPayload), plain.rawPayload, 'the same bytes once unzipped');
  t.equal(plain.headers['content-encoding'], undefined, 'no gzip when not accepted');
  const missing = await app.inject({ url: '/admin/assets/nope-123.js' });
  t.equal(missing.statusCode, 404);
  const traversal = await app.inject({ url: '/admin/..%2f..%2fpackage.json' });
  t.notMatch(traversal.body, /"dependencies"/, 'no file outside the build is served');
});

t.test('the widget preview page only takes a UUID', async (t) => {
  const bad = await app.inject({ url: '/admin/preview?businessId=%22%3E%3Cscript%3Ealert(1)%3C/script%3E' });
  t.equal(bad.statusCode, 400);
  t.notMatch(bad.body, /<script>/);
  const id = '00000000-0000-4000-8000-000000000001';
  const ok = await app.inject({ url: `/admin/preview?businessId=${id}` });
  t.equal(ok.statusCode, 200);
  t.match(ok.body, `<script src="/widget.js" data-business-id="${id}" async></script>`);
  t.match(ok.headers['content-security-policy'], /frame-ancestors 'self'/);
});
