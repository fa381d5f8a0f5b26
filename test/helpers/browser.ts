import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { skipLocally, type Teardown } from './common.js';

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
