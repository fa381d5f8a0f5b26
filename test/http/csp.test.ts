import t from 'tap';
import { buildTestApp } from '../helpers/app.js';

// L10: helmet's Content-Security-Policy is on for every response; the HTML pages that need
// more (the /demo page, GraphiQL) set their own policy, per page.

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });

t.test('every response carries a CSP', async (t) => {
  for (const url of ['/health', '/api/widget/11111111-1111-4111-8111-111111111111/config', '/nope', '/widget.js']) {
    const res = await app.inject({ method: 'GET', url });
    const csp = String(res.headers['content-security-policy'] ?? '');
    t.match(csp, /default-src 'self'/, `${url}: ${csp}`);
    t.match(csp, /frame-ancestors 'none'/, `${url}: not framed`);
    t.match(csp, /object-src 'none'/);
  }
});

t.test('the demo page and GraphiQL have their own policies', async (t) => {
  const demo = await app.inject({ method: 'GET', url: '/demo' });
  t.equal(demo.statusCode, 200);
  t.match(String(demo.headers['content-security-policy']), /script-src 'self'/);
  const graphiql = await app.inject({ method: 'GET', url: '/graphiql' });
  t.equal(graphiql.statusCode, 200);
  t.match(String(graphiql.headers['content-type']), /html/);
  const csp = String(graphiql.headers['content-security-policy']);
  // GraphiQL is served from local assets (no CDN): its own scripts only.
  t.match(csp, /script-src 'self'(;|$)/, 'GraphiQL loads its bundle from this server only');
  t.notMatch(csp, /unpkg|https:/, 'no remote origin');
  t.notMatch(csp, /'unsafe-eval'/);
});

// Session 18 QA: every page the browser opened logged "Failed to load resource: 404" for its favicon.
t.test('the browser asks for /favicon.ico: no content, no error, cached', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/favicon.ico' });
  t.equal(res.statusCode, 204);
  t.match(String(res.headers['cache-control']), /max-age=86400/);
});
