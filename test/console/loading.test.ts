import t from 'tap';
import type { Page, Route } from 'playwright-core';
import { chromiumSkip } from '../helpers/browser.js';
import { createTestBusiness } from '../helpers/app.js';
import { DESKTOP, hasChromium, openPage, signIn, startConsole } from './harness.js';

// What a page says while one of its queries is still on its way. Each page reads several
// queries (the session with the plan and role, and its own lists), and either can land first:
// a slow one (CI's PostgreSQL run) must leave a gap or "Loading…", never a wrong statement an
// owner reads ("0 of 5 questions", "only the owner can invite", a connect form for a tool
// already connected), and a query landing late must not undo what the owner is typing.

/** Holds the page's GraphQL requests whose body matches `re` until `release()`. */
async function hold(page: Page, re: RegExp): Promise<{ arrived: Promise<void>; release: () => Promise<void> }> {
  const held: Route[] = [];
  let holding = true;
  let seen = (): void => undefined;
  const arrived = new Promise<void>((resolve) => (seen = resolve));
  await page.route('**/graphql', (route) => {
    if (holding && route.request().method() === 'POST' && re.test(route.request().postData() ?? '')) {
      held.push(route);
      seen();
      return;
    }
    return route.fallback();
  });
  const release = async () => {
    holding = false;
    await Promise.all(held.splice(0).map((r) => r.continue().catch(() => undefined)));
  };
  return { arrived, release };
}

if (!hasChromium) {
  t.test('pages while their queries load, in a real browser', { skip: chromiumSkip() }, async () => {});
} else {
  t.setTimeout(300_000);
  const h = await startConsole(t);

  t.test('lead questions: no count and no add form before the questions arrive', async (t) => {
    const biz = await createTestBusiness(h.app, { plan: 'FREE', name: 'Slow Chimney' });
    const texts = ['What is your name?', 'What is the best phone number to reach you?', 'What is the address where the work is needed?', 'Briefly, what is the problem?', 'When would suit you for a visit?', 'What is your e-mail address?'];
    await h.app.deps.db.insertInto('lead_questions').values(texts.map((question, position) => ({ business_id: biz.businessId, question, position, required: position < 2 }))).execute();
    const { page, problems } = await openPage(h, DESKTOP);
    t.teardown(() => page.context().close());
    await signIn(page, h.base, biz.email, biz.password);
    const questions = await hold(page, /leadQuestions/);
    await page.goto(`${h.base}/admin/questions`);
    await questions.arrived;
    await page.locator('.plan-pill').getByText('FREE').waitFor(); // the session (with the plan's limit) is in
    const title = page.getByRole('heading', { level: 2, name: /^Your questions/ });
    t.equal((await title.innerText()).trim(), 'Your questions', 'no count while the questions load (it read "(0 of 5)")');
    t.equal(await page.getByRole('heading', { name: 'Add a question' }).count(), 0, 'no add form: the plan may be full');
    await questions.release();
    await page.getByRole('heading', { level: 2, name: 'Your questions (6: your plan asks the first 5)' }).waitFor();
    await page.locator('[data-locked="unlimitedLeadQuestions"]').waitFor();
    t.equal(await page.getByRole('heading', { name: 'Add a question' }).count(), 0, 'the plan is full: the upgrade, not the form');
    t.same(problems, []);
  });

  t.test('team: an owner is not told "only the owner can invite" while the session loads', async (t) => {
    const owner = await createTestBusiness(h.app, { plan: 'PRO', name: 'Slow Session Plumbing' });
    const { page, problems } = await openPage(h, DESKTOP);
    t.teardown(() => page.context().close());
    await signIn(page, h.base, owner.email, owner.password);
    const session = await hold(page, /limits/);
    await page.goto(`${h.base}/admin/team`);
    await session.arrived;
    await page.locator('ul[aria-label="Team members"] li', { hasText: owner.email }).waitFor(); // the team query is in
    t.equal(await page.getByText('Only the owner can invite people.').count(), 0, 'nothing said about inviting before the role is known');
    await session.release();
    await page.getByRole('button', { name: 'Send invitation' }).waitFor();
    t.equal(await page.getByText('Only the owner can invite people.').count(), 0, 'the owner can invite');
    t.same(problems, []);
  });

  t.test('integrations: the Drive card shows neither the connect form nor "Not connected" before it knows', async (t) => {
    const owner = await createTestBusiness(h.app, { plan: 'PRO', name: 'Slow Drive Electrical' });
    const { page, problems } = await openPage(h, DESKTOP);
    t.teardown(() => page.context().close());
    await signIn(page, h.base, owner.email, owner.password);
    const integrations = await hold(page, /integrations/);
    await page.goto(`${h.base}/admin/integrations`);
    await integrations.arrived;
    const drive = page.getByRole('region', { name: 'Google Drive (knowledge)' });
    await drive.waitFor();
    t.equal(await drive.getByRole('button', { name: 'Connect Google Drive' }).count(), 0, 'no connect form yet');
    t.equal(await drive.getByText('Not connected.').count(), 0, 'not "Not connected" either');
    t.equal(await drive.locator('.loading').count(), 1, 'it says it is loading');
    await integrations.release();
    await drive.getByRole('button', { name: 'Connect Google Drive' }).waitFor();
    t.same(problems, []);
  });

  t.test('notifications: a session refetch that lands while the owner types keeps what they typed', async (t) => {
    const owner = await createTestBusiness(h.app, { plan: 'PRO', name: 'Typing Plumbing' });
    const { page, problems } = await openPage(h, DESKTOP);
    t.teardown(() => page.context().close());
    await signIn(page, h.base, owner.email, owner.password, '/admin/agent');
    await page.locator('.plan-pill').waitFor(); // the first session is in (the form is enabled)
    // Saving the profile fetches the session again (the name is in it): hold that refetch.
    const session = await hold(page, /limits/);
    await page.getByLabel('Business name').fill('Typing Plumbing & Heating');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved').waitFor();
    await session.arrived;
    await page.getByRole('link', { name: 'Notifications' }).first().click();
    const first = page.getByLabel('Escalation contact 1');
    await first.fill('+1 415 555 0101');
    await session.release();
    await page.locator('.brand').getByText('Typing Plumbing & Heating').waitFor(); // the new session is in
    t.equal(await first.inputValue(), '+1 415 555 0101', 'what the owner typed is still there');
    t.same(problems, []);
  });
}
