import t from 'tap';
import { chromiumSkip } from '../helpers/browser.js';
import { CHROMIUM, DESKTOP, hasChromium, linkIn, openPage, PHONE, shot, signIn, startConsole, waitForMail } from './harness.js';
import { createTestBusiness } from '../helpers/app.js';

// The account lifecycle as a person meets it in the console: forgot password -> the e-mailed
// link -> a new password (and the other signed-in browser is signed out); change password and
// sign out; invite a member who sets their own password from the e-mailed link and then sees
// a read-only console.

if (!hasChromium) {
  t.test('account lifecycle in a real browser', { skip: chromiumSkip() }, async () => {});
} else {
  // A real browser on a shared CI machine: more than the default per-file budget.
  t.setTimeout(600_000);
  const h = await startConsole(t);
  const { app } = h;
  const owner = await createTestBusiness(app, { plan: 'PRO', name: 'Lifecycle Plumbing' });

  t.test('forgot password -> e-mailed link -> new password; other sessions end', async (t) => {
    const { page: other } = await openPage(h, DESKTOP);
    await signIn(other, h.base, owner.email, owner.password);
    await other.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    const { page, problems } = await openPage(h, PHONE);
    await page.goto(`${h.base}/admin/signin`);
    // The address typed on the sign-in page is carried over to the reset page.
    await page.getByLabel('Email').fill(owner.email);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    t.equal(await page.getByLabel('Email').inputValue(), owner.email, 'the address typed before is carried over');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText(`If an account exists for ${owner.email}`).waitFor();
    await shot(page, 'forgot-password-sent');

    const link = linkIn(await waitForMail(h.dataDir, /reset-password\?token=/), /\/admin\/reset-password\?token=/);
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('another-good-password-77');
    await page.getByLabel('Repeat the new password').fill('another-good-password-7');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    t.match(await page.locator('.field-error').innerText(), /differ/, 'a mismatch is said inline');
    await page.getByLabel('Repeat the new password').fill('another-good-password-77');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    t.pass('signed in with the new password');

    // The link is single use.
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('yet-another-password-99');
    await page.getByLabel('Repeat the new password').fill('yet-another-password-99');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('alert').first().waitFor();
    t.match(await page.getByRole('alert').first().innerText(), /invalid|expired|used/i, 'a used link says so');

    // The browser that was signed in with the old password is sent to the sign-in page.
    await other.goto(`${h.base}/admin/leads`);
    await other.waitForURL(/\/admin\/signin/);
    t.pass('the other session ended');
    await signIn(other, h.base, owner.email, 'another-good-password-77');
    await other.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    t.same(problems, []);
    owner.password = 'another-good-password-77';
    await page.context().close();
    await other.context().close();
  });

  t.test('change password on the Account page, sign out, sign in again', async (t) => {
    const { page } = await openPage(h, DESKTOP);
    await signIn(page, h.base, owner.email, owner.password, '/admin/account');
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    await page.getByLabel('Current password').fill('not-my-password-000');
    await page.getByLabel('New password', { exact: true }).fill('changed-password-for-owner-5');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.field-error').waitFor();
    t.match(await page.locator('.field-error').innerText(), /password/i, 'a wrong current password is said next to its field');
    await page.getByLabel('Current password').fill(owner.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/admin\/signin/);
    await signIn(page, h.base, owner.email, 'changed-password-for-owner-5');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    t.pass('the new password works');
    owner.password = 'changed-password-for-owner-5';
    await page.context().close();
  });

  t.test('invite a member: they set their own password and see a read-only console', async (t) => {
    const { page } = await openPage(h, DESKTOP);
    await signIn(page, h.base, owner.email, owner.password, '/admin/team');
    await page.getByRole('heading', { level: 1, name: 'Team & API keys' }).waitFor();
    await page.getByLabel('Their e-mail').fill('mo@lifecycle.test');
    await page.getByLabel('Their name').fill('Mo Member');
    await page.getByLabel('Role', { exact: true }).selectOption('MEMBER');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const row = page.locator('ul[aria-label="Team members"] li', { hasText: 'mo@lifecycle.test' });
    await row.getByText('Invitation sent').waitFor();
    await shot(page, 'team-invited');

    const { page: member, problems } = await openPage(h, PHONE);
    const link = linkIn(await waitForMail(h.dataDir, /accept-invitation\?token=/), /\/admin\/accept-invitation\?token=/);
    await member.goto(link);
    await member.getByRole('heading', { level: 1, name: 'Join your team' }).waitFor();
    await member.getByLabel('Password', { exact: true }).fill('members-own-password-31');
    await member.getByRole('button', { name: 'Set password and sign in' }).click();
    await member.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    t.match(await member.locator('.readonly-note').innerText(), /your role is Member/, 'the console says it is read-only');

    // The heading is drawn at once; who may write comes with the session (the read-only note
    // says it arrived) and the rows with the questions query: before both, "no form, no edit
    // buttons" held for anyone. Wait for the note and a row.
    await app.deps.db.insertInto('lead_questions').values({ business_id: owner.businessId, question: 'What is your name?', position: 0, required: true }).execute();
    await member.goto(`${h.base}/admin/questions`);
    await member.getByRole('heading', { level: 1, name: 'Lead questions' }).waitFor();
    await member.locator('.readonly-note').waitFor();
    await member.locator('li[data-question="What is your name?"]').waitFor();
    t.equal(await member.getByRole('heading', { name: 'Add a question' }).count(), 0, 'no form to add questions');
    t.equal(await member.getByRole('button', { name: /^Edit/ }).count(), 0, 'no edit buttons');
    await member.goto(`${h.base}/admin/widget`);
    await member.getByRole('button', { name: 'Save widget' }).waitFor();
    t.ok(await member.getByRole('button', { name: 'Save widget' }).isDisabled(), 'widget settings are read-only');
    await shot(member, 'member-widget');
    await member.goto(`${h.base}/admin/team`);
    await member.getByRole('heading', { level: 1, name: 'Team & API keys' }).waitFor();
    // The role comes with the session: before it, no button for anyone.
    await member.locator('.readonly-note').waitFor();
    t.equal(await member.getByRole('button', { name: 'Send invitation' }).count(), 0, 'members cannot invite');
    t.same(problems, []);
    const user = await app.deps.db.selectFrom('users').select(['role', 'name']).where('email', '=', 'mo@lifecycle.test').executeTakeFirstOrThrow();
    t.same(user, { role: 'MEMBER', name: 'Mo Member' });
    await member.context().close();
    await page.context().close();
  });
}
