import t from 'tap';
import { chromiumSkip, hasChromium, launchChromium } from '../helpers/browser.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildTestApp } from '../helpers/app.js';
import { GRAPHIQL_CSP } from '../../src/http/graphiql.js';

// GraphiQL works on a machine without internet: every file comes from this server (the npm
// packages' bundled builds), the page runs under its CSP without a violation, and it loads the
// schema (from /graphiql/assets/schema.json: the API's depth/cost limits refuse the standard
// introspection query). In production there is no GraphiQL at all.

const shots = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'widget-screenshots');

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

t.test('the page and its assets are local, with a CSP that allows only this origin', async (t) => {
  const page = await fetch(`${base}/graphiql`);
  t.equal(page.status, 200);
  t.equal(page.headers.get('content-security-policy'), GRAPHIQL_CSP);
  t.match(GRAPHIQL_CSP, /script-src 'self'(;|$)/, 'no inline or remote script');
  const html = await page.text();
  t.notMatch(html, /https?:\/\//, 'no absolute URL: nothing from a CDN');
  t.notMatch(html, /<script>[^<]/, 'no inline script');
  for (const src of html.match(/(?:src|href)="([^"]+)"/g)!.map((m) => m.replace(/^(src|href)="|"$/g, ''))) {
    const res = await fetch(`${base}${src}`);
    t.equal(res.status, 200, `${src} is served`);
    await res.arrayBuffer();
  }
  t.equal((await fetch(`${base}/graphiql/assets/..%2Fpackage.json`)).status, 404, 'only the listed assets');
});

if (!hasChromium) {
  t.test('GraphiQL in a browser', { skip: chromiumSkip() }, async () => {});
} else {
  t.test('it renders offline in Chromium and loads the schema', async (t) => {
    const browser = await launchChromium(t);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outside: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === base) return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const schemaLoaded = page.waitForResponse((r) => r.url() === `${base}/graphiql/assets/schema.json` && r.status() === 200, { timeout: 30_000 });
    await page.goto(`${base}/graphiql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await schemaLoaded;
    // The schema is there: the documentation explorer lists the root types.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.getByText('Mutation', { exact: false }).first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'graphiql-1280.png') });
    t.same(outside, [], 'no request left this server');
    t.same(problems.filter((p) => /Content Security Policy|Refused/i.test(p)), [], 'no CSP violation');
    t.same(problems.filter((p) => !/Content Security Policy|Refused|401|Authentication/i.test(p)), [], 'no script errors');
  });
}

t.test('no GraphiQL in production', async (t) => {
  const prod = await buildTestApp(t, { database: app.deps.database, config: { NODE_ENV: 'production' } });
  t.equal((await prod.app.inject({ method: 'GET', url: '/graphiql' })).statusCode, 404);
  t.equal((await prod.app.inject({ method: 'GET', url: '/graphiql/assets/graphiql.js' })).statusCode, 404);
});
