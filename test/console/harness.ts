import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.js';
import type { Config } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/index.js';

// One real server (listening on a free port, so the links in e-mails point at it) and one
// headless Debian Chromium per test file, plus what the console tests share: signing in,
// axe-core, screenshots, and reading the .eml files the server writes.

export { CHROMIUM, hasChromium } from '../helpers/browser.js';
import { launchChromium } from '../helpers/browser.js';
import { freePort } from '../helpers/fake-http.js';
export const SHOTS = join(process.cwd(), 'test-output/screenshots');

interface Teardown {
  teardown(fn: () => unknown): void;
}

export { freePort };

export interface ConsoleHarness {
  app: FastifyInstance;
  base: string;
  port: number;
  dataDir: string;
  browser: Browser;
}

/** The console's Chromium: "localhost" (the origin the server's e-mail links use) is loopback. */
export const launchConsoleChromium = (t: Teardown): Promise<Browser> => launchChromium(t, ['--host-resolver-rules=MAP localhost 127.0.0.1']);

/**
 * A console server and a browser. A file that needs a second server (other config) passes the
 * first one's `database` and `browser` through `shared`: one PGlite and one Chromium per file.
 */
export async function startConsole(t: Teardown, config: Partial<Config> = {}, shared: { database?: DatabaseHandle; browser?: Browser } = {}): Promise<ConsoleHarness> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'console-e2e-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const { app } = await buildTestApp(t, { database: shared.database, config: { PORT: port, DATA_DIR: dataDir, MAX_EVENT_LOOP_DELAY: 0, ...config } });
  await app.listen({ port, host: '127.0.0.1' });
  const browser = shared.browser ?? (await launchConsoleChromium(t));
  return { app, base: `http://localhost:${port}`, port, dataDir, browser };
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** A page that records script errors and CSP violations (tests assert there are none). */
export async function openPage(h: ConsoleHarness, viewport: { width: number; height: number } = DESKTOP): Promise<{ page: Page; problems: string[] }> {
  const context = await h.browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  // CONSOLE_GRAPHQL_JITTER_MS=1500 holds each GraphQL request a random 0-1500 ms, so the page's
  // queries land in any order (as on CI's slower machine): a test that waits for one query and
  // reads what another fills fails here too. Off by default; a test's own routes run first.
  const jitter = Number(process.env.CONSOLE_GRAPHQL_JITTER_MS ?? 0);
  if (jitter > 0) await context.route('**/graphql', async (route) => (await new Promise((r) => setTimeout(r, Math.random() * jitter)), route.fallback()));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  return { page, problems };
}

export async function signIn(page: Page, base: string, email: string, password: string, path = '/admin/'): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/admin/signin'));
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page (through the debugger protocol, so the page's CSP stays on). */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

export const serious = (v: AxeViolation[]): AxeViolation[] => v.filter((x) => x.impact === 'serious' || x.impact === 'critical');

export async function shot(page: Page, name: string): Promise<void> {
  const vp = page.viewportSize();
  const dir = join(SHOTS, vp && vp.width < 600 ? 'phone' : 'desktop');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** The newest .eml under DATA_DIR/mail whose text matches, waiting for the outbox to send it. */
export async function waitForMail(dataDir: string, match: RegExp, timeoutMs = 20_000): Promise<string> {
  const dir = join(dataDir, 'mail');
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(dir)) {
      const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().reverse();
      for (const f of files) {
        const text = decodeQuotedPrintable(readFileSync(join(dir, f), 'utf8'));
        if (match.test(text)) return text;
      }
    }
    if (Date.now() > until) throw new Error(`no e-mail matching ${match} in ${dir}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Soft line breaks and =XX escapes of quoted-printable undone (enough to read links and names). */
function decodeQuotedPrintable(eml: string): string {
  return eml.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The first console link of a kind in a (decoded) .eml. */
export function linkIn(eml: string, path: RegExp): string {
  const text = eml.replace(/&amp;/g, '&');
  const m = new RegExp(`https?://[^\\s"'<>]*${path.source}[^\\s"'<>]*`).exec(text);
  if (!m) throw new Error(`no link matching ${path} in the e-mail`);
  return m[0];
}
