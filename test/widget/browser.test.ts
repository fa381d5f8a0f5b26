import t from 'tap';
import { chromiumSkip, hasChromium, launchChromium } from '../helpers/browser.js';
import type { AddressInfo } from 'node:net';
import { buildTestApp } from '../helpers/app.js';

// A real browser (Debian chromium, headless, via playwright-core) opens /demo, chats with the
// widget through the lead questions, sees the emergency banner, and the lead is in the DB.


if (!hasChromium) {
  t.test('chat on /demo in a real browser', { skip: chromiumSkip() }, async () => {});
} else {
  const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium(t);

  t.test('chat on /demo: answer, emergency banner, lead questions, lead in the database', async (t) => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // (Nothing the page loads fails: QA saw the browser's own /favicon.ico request answered 404.)
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${base}/demo`);
    const launcher = page.locator('#smb-chat-widget button.l');
    await launcher.waitFor();
    t.equal(await launcher.getAttribute('aria-expanded'), 'false');
    // Page CSS does not reach into the widget: the launcher keeps its own colour.
    await page.addStyleTag({ content: 'button { background: rgb(255, 0, 0) !important; }' });
    t.not(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 0, 0)', 'no CSS leaks in');
    await launcher.click();
    t.equal(await launcher.getAttribute('aria-expanded'), 'true');
    const dialog = page.locator('#smb-chat-widget [role="dialog"]');
    await dialog.waitFor({ state: 'visible' });
    const log = page.locator('#smb-chat-widget [role="log"]');
    await log.locator('.b.a').first().waitFor();
    t.match(await log.innerText(), /Sam from Demo Plumbing/);
    const input = page.locator('#smb-chat-widget input');
    t.ok(await input.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement), 'focus moves to the input');

    const send = async (text: string) => {
      const before = await log.locator('.b.a').count();
      await input.fill(text);
      await input.press('Enter');
      await page.waitForFunction(
        (n) => document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelectorAll('.b.a').length > n,
        before,
      );
      return (await log.locator('.b.a').last().innerText()).trim();
    };

    t.match(await send('how much is a call-out?'), /\$89/);
    t.match(await send('<img src=x onerror=alert(1)> hello'), /.+/);
    t.equal(await log.locator('img').count(), 0, 'messages are text, never HTML');

    const emergency = await send('my pipe burst and the basement is flooding');
    t.match(emergency, /emergency/i);
    const banner = page.locator('#smb-chat-widget [role="alert"]');
    await banner.waitFor({ state: 'visible' });
    t.equal(await banner.locator('a').getAttribute('href'), 'tel:+15555550199', 'call button in the banner');
    await page.locator('#smb-chat-widget .q button', { hasText: 'Quick questions' }).click();
    await page.waitForFunction(() => /What is your name/.test(document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelector('[role="log"]')!.textContent!));
    t.match(await send('Pat Browser'), /phone number/);
    t.equal(await input.getAttribute('inputmode'), 'tel', 'phone input hint (the keyboard; the field stays type=text)');
    t.match(await send('not a number'), /does not look like a phone number/);
    t.match(await send('415 555 6547'), /address of the property/);
    t.match(await send('77 Chrome Road, Springfield'), /sent it to the team marked as an emergency/);

    const lead = await app.deps.db.selectFrom('leads').selectAll().where('name', '=', 'Pat Browser').executeTakeFirst();
    t.ok(lead, 'lead in the database');
    t.match(lead, { phone: '+14155556547', priority: 'URGENT', is_emergency: true, channel: 'CHAT' });

    // The session survives a page load.
    await page.reload();
    await page.locator('#smb-chat-widget button.l').click();
    await page.waitForFunction(() => /Pat Browser/.test(document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelector('[role="log"]')!.textContent!));
    t.pass('history restored from localStorage after reload');
    await page.keyboard.press('Escape');
    t.equal(await page.locator('#smb-chat-widget button.l').getAttribute('aria-expanded'), 'false', 'Escape closes');
    t.same(errors, [], 'no page errors and no failed requests');
  });

  t.test('"End chat" ends the conversation; the next chat is a new one', async (t) => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/demo`);
    await page.locator('#smb-chat-widget button.l').click();
    const log = page.locator('#smb-chat-widget [role="log"]');
    await log.locator('.b.a').first().waitFor();
    const input = page.locator('#smb-chat-widget input');
    await input.fill('how much is a call-out?');
    await input.press('Enter');
    await page.waitForFunction(() => /\$89/.test(document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelector('[role="log"]')!.textContent!));
    const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('smb-widget:'))!);
    const first = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).s as string, key);
    await page.locator('#smb-chat-widget button', { hasText: 'End chat' }).click();
    t.equal(await page.locator('#smb-chat-widget button.l').getAttribute('aria-expanded'), 'false', 'the panel closes');
    t.equal(await page.evaluate((k) => localStorage.getItem(k), key), null, 'the ended session is forgotten');
    const db = app.deps.db;
    const ended = await (async () => {
      for (let i = 0; i < 100; i++) {
        const c = await db.selectFrom('conversations').select(['status', 'summary']).where('session_id', '=', first).executeTakeFirstOrThrow();
        if (c.status === 'ENDED') return c;
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    })();
    t.match(ended, { status: 'ENDED', summary: /Visitor: "how much is a call-out\?"/ }, 'the conversation is ended with a summary');
    await page.locator('#smb-chat-widget button.l').click();
    await page.waitForFunction(() => /Sam from Demo Plumbing/.test(document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelector('[role="log"]')!.textContent!));
    t.notMatch(await log.innerText(), /\$89/, 'a fresh chat, without the old messages');
    const second = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).s as string, key);
    t.not(second, first, 'a new session');
  });

  t.test('mobile: the panel is full screen', async (t) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(`${base}/demo`);
    await page.locator('#smb-chat-widget button.l').click();
    const box = await page.locator('#smb-chat-widget [role="dialog"]').boundingBox();
    t.equal(Math.round(box!.width), 375);
    t.equal(Math.round(box!.height), 700);
  });
}
