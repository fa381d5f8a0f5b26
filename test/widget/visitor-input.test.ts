import t from 'tap';
import { chromiumSkip, hasChromium, launchChromium } from '../helpers/browser.js';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { buildTestApp } from '../helpers/app.js';

// What a visitor sees: no empty red strip when there is no emergency (the banner's
// display:flex used to override [hidden]), and whatever they type is sent: the browser never
// validates the text box ("skip" at the e-mail question used to be blocked as an invalid
// e-mail). Screenshots at phone and desktop sizes go to $SCREENSHOT_DIR (not committed).

const shots = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'widget-screenshots');

if (!hasChromium) {
  t.test('widget in a real browser', { skip: chromiumSkip() }, async () => {});
} else {
  mkdirSync(shots, { recursive: true });
  const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium(t);

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    t.test(`at ${viewport.width}x${viewport.height}: no banner without an emergency, and "skip" at the e-mail question is sent`, async (t) => {
      const page = await browser.newPage({ viewport });
      const sent: string[] = [];
      page.on('request', (r) => {
        if (/\/api\/chat\/[^/]+\/message$/.test(r.url())) sent.push(String(JSON.parse(r.postData() ?? '{}').text));
      });
      await page.goto(`${base}/demo`);
      await page.locator('#smb-chat-widget button.l').click();
      const log = page.locator('#smb-chat-widget [role="log"]');
      await log.locator('.b.a').first().waitFor();
      const banner = page.locator('#smb-chat-widget [role="alert"]');
      t.equal(await banner.isVisible(), false, 'the hidden emergency banner takes no space');
      t.equal(await banner.evaluate((el) => getComputedStyle(el).display), 'none');
      const input = page.locator('#smb-chat-widget input');
      t.equal(await input.evaluate((el) => getComputedStyle(el).fontSize), '16px', 'no zoom on focus in iOS');
      const footer = page.locator('#smb-chat-widget .f');
      if (await footer.count()) t.equal(await footer.evaluate((el) => getComputedStyle(el).color), 'rgb(71, 85, 105)', '"Powered by" at 7.6:1 on white');
      await page.screenshot({ path: join(shots, `widget-open-${viewport.width}.png`) });

      const say = async (text: string) => {
        const before = await log.locator('.b.a').count();
        await input.fill(text);
        await input.press('Enter');
        // A reply is the agent's whole turn (the first one opens the chat too): on a loaded
        // machine it took over 10 s (PostgreSQL run beside three others); browser.test and
        // scroll.test wait Playwright's 30 s for the same bubble.
        await page.waitForFunction((n) => document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelectorAll('.b.a').length > n, before, { timeout: 30_000 });
        return (await log.locator('.b.a').last().innerText()).trim();
      };
      let reply = await say('I would like a quote to replace my water heater next month');
      let askedEmail = false;
      for (let turn = 0; turn < 8 && !askedEmail; turn++) {
        if (/e-?mail/i.test(reply)) askedEmail = true;
        else if (/name/i.test(reply)) reply = await say('Jo Tester');
        else if (/phone/i.test(reply)) reply = await say('415 321 6547');
        else if (/address/i.test(reply)) reply = await say('12 Test Lane');
        else reply = await say('no rush');
      }
      t.ok(askedEmail, `the agent reached the e-mail question (last reply: ${reply})`);
      t.equal(await input.getAttribute('type'), 'text', 'the field stays type=text');
      t.equal(await input.getAttribute('inputmode'), 'email', 'the e-mail keyboard is a hint only');
      await input.focus();
      await page.screenshot({ path: join(shots, `widget-email-step-${viewport.width}.png`) });
      const afterSkip = await say('skip');
      t.equal(sent[sent.length - 1], 'skip', '"skip" reached the server');
      t.notMatch(afterSkip, /does not look like an e-mail/i, 'and was taken as skipping the optional question');
      t.equal(await banner.isVisible(), false, 'still no banner');
      await page.close();
    });
  }

  /** The demo page with the chat opened and its greeting shown. */
  const openWidget = async (page: Page) => {
    await page.goto(`${base}/demo`);
    await page.locator('#smb-chat-widget button.l').click();
    const log = page.locator('#smb-chat-widget [role="log"]');
    await log.locator('.b.a').first().waitFor();
    return { log, input: page.locator('#smb-chat-widget input') };
  };

  t.test('a server shedding load (503) is retried after Retry-After; the visitor never reads the server\'s error', async (t) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    let refuse = 1;
    let posts = 0;
    await page.route(/\/api\/chat\/[^/]+\/message$/, async (route) => {
      posts++;
      if (refuse-- > 0) return route.fulfill({ status: 503, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The server is overloaded; retry shortly' } }) });
      return route.continue();
    });
    const { log, input } = await openWidget(page);
    const answers = async () => (await log.locator('.b.a').allInnerTexts()).join('\n');
    const before = await log.locator('.b.a').count();
    await input.fill('do you take checks');
    await input.press('Enter');
    await page.waitForFunction((n) => document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelectorAll('.b.a').length > n, before, { timeout: 15_000 });
    t.equal(posts, 2, 'sent again once after the 503');
    t.match((await log.locator('.b.a').last().innerText()).trim(), /checks/i, 'the real answer');
    t.notMatch(await answers(), /overloaded/i, 'the server\'s error never shown');

    refuse = 3;
    const count = await log.locator('.b.a').count();
    const mine = await log.locator('.b.u').count();
    await input.fill('is there a warranty');
    await input.press('Enter');
    await page.waitForFunction((n) => document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelectorAll('.b.a').length > n, count, { timeout: 20_000 });
    t.equal(posts, 5, 'two retries, then it stops');
    t.match((await log.locator('.b.a').last().innerText()).trim(), /did not go through.*send it again/i, 'a plain notice');
    t.notMatch(await answers(), /overloaded/i);
    t.equal(await input.inputValue(), 'is there a warranty', 'the words are back in the box to send again');
    t.equal(await log.locator('.b.u').count(), mine, 'and not left in the log as if sent');
    await page.close();
  });
  // Session 30 (QA, a cold server): a visitor who typed and sent before the chat had started got two
  // chats (the opening one and one for the message) and the greeting twice.
  t.test('a message sent while the chat is still starting goes to that chat, with one greeting', async (t) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    let starts = 0;
    await page.route(/\/api\/chat$/, async (route) => {
      starts++;
      await new Promise((r) => setTimeout(r, 1500));
      return route.continue();
    });
    await page.goto(`${base}/demo`);
    await page.locator('#smb-chat-widget button.l').click();
    const log = page.locator('#smb-chat-widget [role="log"]');
    const input = page.locator('#smb-chat-widget input');
    await input.fill('do you take checks');
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelectorAll('.b.a').length >= 2, null, { timeout: 30_000 });
    t.equal(starts, 1, 'one chat started');
    const replies = await log.locator('.b.a').allInnerTexts();
    t.equal(replies.length, 2, `the greeting once, then the answer: ${JSON.stringify(replies)}`);
    t.match(replies[1], /checks/i);
    t.same(await log.locator('.b.u').allInnerTexts(), ['do you take checks']);
    // Session 32 QA: the greeting came under the message typed meanwhile, read as the reply to it.
    const order = await log.locator('.b').evaluateAll((els) => els.map((e) => (e.classList.contains('u') ? 'visitor' : 'agent')));
    t.same(order, ['agent', 'visitor', 'agent'], 'the greeting, the message typed meanwhile, then the answer');
    await page.close();
  });
  // Session 27: a visitor who sent a second message before the first reply came saw nothing happen
  // (the widget ignored Enter while a reply was awaited), and a fast typist's words were lost.
  t.test('messages sent while a reply is awaited are shown at once and sent in order after it', async (t) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const sent: string[] = [];
    let slow = true;
    await page.route(/\/api\/chat\/[^/]+\/message$/, async (route) => {
      sent.push(String(JSON.parse(route.request().postData() ?? '{}').text));
      if (slow) {
        slow = false;
        await new Promise((r) => setTimeout(r, 1500));
      }
      return route.continue();
    });
    const { log, input } = await openWidget(page);
    const before = await log.locator('.b.a').count();
    for (const text of ['do you take checks', 'and is there a warranty', 'thanks']) {
      await input.fill(text);
      await input.press('Enter');
    }
    t.same(await log.locator('.b.u').allInnerTexts(), ['do you take checks', 'and is there a warranty', 'thanks'], 'all three shown as sent at once');
    t.equal(await input.inputValue(), '', 'the box is cleared for the next one');
    await page.waitForFunction((n) => document.querySelector('#smb-chat-widget')!.shadowRoot!.querySelectorAll('.b.a').length >= n + 3, before, { timeout: 30_000 });
    t.same(sent, ['do you take checks', 'and is there a warranty', 'thanks'], 'each sent once, in order, one after the other');
    const replies = (await log.locator('.b.a').allInnerTexts()).slice(before);
    t.match(replies[0], /checks/i, 'the first reply answers the first question');
    t.match(replies[1], /warrant/i, 'the second the second');
    await page.close();
  });
}
