import t from 'tap';
import { chromiumSkip, hasChromium, launchChromium } from '../helpers/browser.js';
import type { AddressInfo } from 'node:net';
import { buildTestApp } from '../helpers/app.js';

// The newest reply stays in view. The log is the flexible part of a fixed-height panel: the
// suggested replies and the emergency banner that arrive with a reply shrink it, and the
// emergency advice ("call it now…", the callback offer) used to be cut off below the fold,
// on a phone as on a desktop, until the visitor scrolled by hand.

if (!hasChromium) {
  t.test('widget scroll in a real browser', { skip: chromiumSkip() }, async () => {});
} else {
  const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium(t);

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    t.test(`at ${viewport.width}x${viewport.height}: the emergency reply is scrolled fully into view`, async (t) => {
      const page = await browser.newPage({ viewport });
      t.teardown(() => page.close());
      await page.goto(`${base}/demo`);
      await page.locator('#smb-chat-widget button.l').click();
      const log = page.locator('#smb-chat-widget [role="log"]');
      await log.locator('.b.a').first().waitFor();
      const input = page.locator('#smb-chat-widget input');
      for (const text of ['hey whats ur hours on sat', 'how much for a callout', 'do u guys do gas fitting', 'my kitchen sink is leaking a bit, no rush', 'water is POURING thru my ceiling help']) {
        const before = await log.locator('.b.a').count();
        await input.fill(text);
        await input.press('Enter');
        await page.waitForFunction((n) => document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelectorAll('.b.a').length > n, before);
      }
      await page.locator('#smb-chat-widget [role="alert"]').waitFor({ state: 'visible' });
      t.ok(await page.locator('#smb-chat-widget .q button').count() > 0, 'suggested replies came with the emergency reply');
      const fit = await log.evaluate((el) => {
        const last = el.querySelectorAll('.b.a');
        const box = last[last.length - 1]!.getBoundingClientRect();
        const view = el.getBoundingClientRect();
        return { overflows: el.scrollHeight > el.clientHeight, lastBottom: box.bottom, viewBottom: view.bottom, gap: el.scrollHeight - el.clientHeight - el.scrollTop };
      });
      t.ok(fit.overflows, 'the conversation is longer than the log (otherwise nothing is proved)');
      t.ok(fit.gap <= 1, `scrolled to the end (${fit.gap}px left below)`);
      t.ok(fit.lastBottom <= fit.viewBottom + 1, `the newest reply ends inside the visible log (${fit.lastBottom} <= ${fit.viewBottom})`);
    });
  }
}
