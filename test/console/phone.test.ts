import t from 'tap';
import { chromiumSkip } from '../helpers/browser.js';
import { axe, CHROMIUM, DESKTOP, hasChromium, launchConsoleChromium, openPage, serious, shot, signIn, startConsole } from './harness.js';
import { createTestDatabase } from '../helpers/db.js';
import { createTestBusiness } from '../helpers/app.js';
import { startTwilioRestFake } from '../helpers/twilio-rest-fake.js';

// The Phone page in a real browser, against the real server whose Twilio client talks to the
// Twilio REST fake: a PRO owner searches (area code, contains), buys a number and sees it,
// sets transfer numbers, releases it after confirming, and connects a number already on the
// account. On a server without Twilio credentials the page says so in words.

if (!hasChromium) {
  t.test('phone page in a real browser', { skip: chromiumSkip() }, async () => {});
} else {
  t.setTimeout(600_000);
  // Two servers (with and without Twilio credentials) over one database and one browser.
  const shared = { database: await createTestDatabase(t), browser: await launchConsoleChromium(t) };

  t.test('search, buy, transfer numbers, release, connect', async (t) => {
    const rest = await startTwilioRestFake(t);
    const h = await startConsole(t, { TWILIO_ACCOUNT_SID: rest.accountSid, TWILIO_AUTH_TOKEN: rest.authToken, TWILIO_API_BASE_URL: rest.url }, shared);
    const { db } = h.app.deps;
    const owner = await createTestBusiness(h.app, { plan: 'PRO', name: 'Bay Plumbing' });
    const { page, problems } = await openPage(h, DESKTOP);
    await signIn(page, h.base, owner.email, owner.password);
    await page.goto(`${h.base}/admin/phone`);
    await page.getByRole('heading', { level: 1, name: 'Phone' }).waitFor();
    const numberCard = page.locator('#phone-number');
    await numberCard.getByText('No number yet').waitFor();

    // Search by area code and pattern.
    await page.getByLabel('Area code').fill('415');
    await page.getByLabel('Contains').fill('5551');
    await page.getByRole('button', { name: 'Search numbers' }).click();
    const results = page.locator('ul[aria-label="Available numbers"] li');
    await results.first().waitFor();
    const listed = await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-number') ?? ''));
    t.ok(listed.length > 0, `${listed.length} numbers offered`);
    t.ok(listed.every((n) => n.startsWith('+1415') && n.includes('5551')), 'every offer is in 415 and contains 5551');
    const search = rest.requests.filter((q) => q.action === 'search').at(-1)!;
    t.match(search.params, { AreaCode: '415', Contains: '5551' }, 'the search reached Twilio with both filters');
    await shot(page, 'phone-search');

    // Buy the first one: the page shows it, the business has it, Twilio sold it.
    const wanted = listed[0]!;
    const shown = `+1 ${wanted.slice(2, 5)}-${wanted.slice(5, 8)}-${wanted.slice(8)}`;
    await page.getByRole('button', { name: `Buy ${shown}` }).click();
    await numberCard.getByRole('link', { name: shown }).waitFor();
    t.match(await numberCard.innerText(), /Bought through this console/);
    const bought = await db.selectFrom('businesses').select(['twilio_number', 'twilio_number_source']).where('id', '=', owner.businessId).executeTakeFirstOrThrow();
    t.same(bought, { twilio_number: wanted, twilio_number_source: 'PROVISIONED' }, 'recorded on the business');
    t.ok([...rest.numbers.values()].some((n) => n.phone_number === wanted && n.voice_url.endsWith('/api/voice/inbound')), 'bought on the account and pointed at this server');
    t.equal(await page.getByRole('button', { name: 'Search numbers' }).count(), 0, 'no second purchase offered while a number is set');
    t.match(await page.locator('main').innerText(), new RegExp(`\\*\\*004\\*\\${wanted}#`), 'the forwarding codes use the new number');
    t.same(serious(await axe(page)), [], 'axe clean with a number');
    await shot(page, 'phone-bought');

    // Transfer numbers.
    await page.getByLabel('Transfer number 1').fill('+1 415 555 0142');
    await page.getByLabel('Ring each for (seconds)').fill('25');
    await page.getByRole('button', { name: 'Save transfer numbers' }).click();
    await page.getByText('Transfer numbers saved').waitFor();
    const transfer = await h.app.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${owner.token}` }, payload: { query: '{ callTransfer { numbers ringSeconds } }' } });
    t.same(transfer.json().data.callTransfer, { numbers: ['+14155550142'], ringSeconds: 25 }, 'transfer numbers saved as E.164');

    // Release, after a confirm step (cancelling keeps it).
    await page.getByRole('button', { name: 'Release this number' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    t.equal((await db.selectFrom('businesses').select('twilio_number').where('id', '=', owner.businessId).executeTakeFirstOrThrow()).twilio_number, wanted, 'cancel keeps the number');
    await page.getByRole('button', { name: 'Release this number' }).click();
    await page.getByRole('button', { name: 'Yes, release it' }).click();
    await numberCard.getByText('No number yet').waitFor();
    t.notOk([...rest.numbers.values()].some((n) => n.phone_number === wanted), 'the bought number went back to Twilio');

    // Connect a number already on the account.
    const owned = rest.addOwnedNumber('+14155550199');
    await page.getByLabel("Number on the platform's Twilio account").fill('+1 415 555 0199');
    await page.getByRole('button', { name: 'Connect number' }).click();
    await numberCard.getByRole('link', { name: '+1 415-555-0199' }).waitFor();
    t.match(await numberCard.innerText(), /already had on the platform account/);
    t.ok(owned.voice_url.endsWith('/api/voice/inbound'), 'the connected number now calls this server');

    // The emergency escalation ladder on the Notifications page.
    await page.getByRole('link', { name: 'Notifications' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByLabel('Escalation contact 1').fill('+1 415 555 0101');
    await page.getByLabel('Escalation contact 2').fill('+1 (415) 555-0102');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Notification settings saved').waitFor();
    const ladder = await db.selectFrom('businesses').select('emergency_contacts').where('id', '=', owner.businessId).executeTakeFirstOrThrow();
    t.same(ladder.emergency_contacts, ['+14155550101', '+14155550102'], 'the ladder is saved in order, as E.164');
    await page.reload();
    // The form fills in when the settings query answers; wait for that before reading it.
    const first = page.getByLabel('Escalation contact 1');
    for (const until = Date.now() + 10_000; Date.now() < until && (await first.inputValue().catch(() => '')) === ''; ) await page.waitForTimeout(100);
    t.equal(await page.getByLabel('Escalation contact 2').inputValue(), '+14155550102', 'and shown again after a reload');
    await page.getByLabel('Escalation contact 3').fill('not a number');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const bad = page.getByRole('alert').filter({ hasText: /is not a valid phone number/ });
    await bad.waitFor();
    t.match(await bad.innerText(), /"not a number" is not a valid phone number: check the digits, or write it with its country code/, 'a bad number is explained inline');
    t.same(serious(await axe(page)), [], 'notifications axe clean with the ladder');

    t.same(problems, [], 'no script errors or CSP violations');
    await page.context().close();
  });

  t.test('without Twilio credentials the page says numbers are not configured', async (t) => {
    const h = await startConsole(t, {}, shared);
    const owner = await createTestBusiness(h.app, { plan: 'PRO', name: 'No Twilio Co' });
    const { page, problems } = await openPage(h, DESKTOP);
    await signIn(page, h.base, owner.email, owner.password);
    await page.goto(`${h.base}/admin/phone`);
    await page.getByRole('button', { name: 'Search numbers' }).click();
    const alert = page.locator('[data-code="TWILIO_NOT_CONFIGURED"]');
    await alert.waitFor();
    t.match(await alert.innerText(), /Phone numbers are not configured on this server/);
    // The alert is the search's answer; the page's own query may still be loading.
    await page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 10_000 }).catch(() => undefined);
    t.notMatch(await page.locator('main').innerText(), /TWILIO_ACCOUNT_SID|TWILIO_NOT_CONFIGURED/, 'no raw error');
    t.same(problems, []);
    await page.context().close();
  });
}
