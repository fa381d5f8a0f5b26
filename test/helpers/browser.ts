import { existsSync } from 'node:fs';
import type { Browser, Locator } from 'playwright-core';
import { skipLocally, until, type Teardown } from './common.js';

// Debian's Chromium driven by playwright-core: one place for its path and flags. The
// background-networking flags keep it from calling out (this machine has no network).
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
/** The skip reason for a browser test on a machine without Chromium (said loudly; CI installs it). */
export const chromiumSkip = (): string | false => skipLocally(hasChromium ? false : `needs chromium at ${CHROMIUM} (CI installs it with apt-get install chromium)`);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches headless Chromium, closed at teardown; `extraArgs` add to the common flags. */
export async function launchChromium(t: Teardown, extraArgs: string[] = []): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...FLAGS, ...extraArgs] });
  t.teardown(() => browser.close());
  return browser;
}

/**
 * The locator's innerText once it matches `re`, polled (bounded by `timeoutMs`); the last text
 * read if it never does, so the test's own assertion fails with what the page showed. For text
 * one query fills while the test waited for an element another query drew (a list next to a
 * detail, a count refetched after a mutation's notice): wait for the exact content, not a sleep.
 */
export async function innerTextMatching(locator: Locator, re: RegExp, timeoutMs = 10_000): Promise<string> {
  let text = '';
  await until(async () => re.test((text = await locator.innerText({ timeout: timeoutMs }))), timeoutMs, `text matching ${re}`, 50).catch(() => undefined);
  return text;
}
