import t, { type Test } from 'tap';
import { chromiumSkip } from '../helpers/browser.js';
import { createTestBusiness } from '../helpers/app.js';
import { minimalPdf } from '../helpers/pdf.js';
import { axe, DESKTOP, hasChromium, openPage, PHONE, serious, shot, signIn, startConsole } from './harness.js';

// The console's management pages as an owner would use them, in one real server and one
// headless Chromium: knowledge uploads, the agent page, webhooks, the outbox, integrations,
// API keys and a conversation's detail. Each step checks what the owner sees and what the
// server stored, runs axe-core, and writes screenshots (test-output/screenshots/).

if (!hasChromium) {
  t.test('console management pages in a real browser', { skip: chromiumSkip() }, async () => {});
} else {
  t.setTimeout(600_000);
  const h = await startConsole(t, { ALLOW_PRIVATE_WEBHOOK_TARGETS: true });
  const { app } = h;
  const owner = await createTestBusiness(app, { plan: 'PRO', name: 'Bright Sparks Electrical' });
  const { db } = app.deps;
  const noSerious = async (t: Test, page: import('playwright-core').Page, what: string) => t.same(serious(await axe(page)), [], `${what}: no serious or critical axe violations`);

  t.test('knowledge: upload a PDF, see it listed, ask the agent from it, delete it', async (t) => {
    const { page, problems } = await openPage(h, DESKTOP);
    await signIn(page, h.base, owner.email, owner.password, '/admin/knowledge');
    await page.getByRole('heading', { level: 1, name: 'Knowledge' }).waitFor();
    const pdf = minimalPdf(['Bright Sparks warranty: every rewiring job is guaranteed for ten years.', 'EV charger installs take one day.']);
    await page.getByLabel('Files (.md, .txt, .html, .pdf)').setInputFiles({ name: 'Warranty.pdf', mimeType: 'application/pdf', buffer: pdf });
    const row = page.locator('ul[aria-label="Knowledge items"] li', { hasText: 'Warranty' });
    await row.waitFor();
    await row.getByText('Ready').waitFor();
    const meta = await row.innerText();
    t.match(meta, /PDF file/, 'listed as a PDF');
    t.match(meta, new RegExp(`${pdf.length} B file`), "with the file's size");
    t.match(meta, /\d+ characters/, 'and the size of its text');
    const item = await db.selectFrom('knowledge_items').select(['id', 'file_name', 'file_size', 'content', 'status']).where('business_id', '=', owner.businessId).executeTakeFirstOrThrow();
    t.match(item, { file_name: 'Warranty.pdf', file_size: pdf.length, status: 'READY' });
    t.match(item.content, /guaranteed for ten years/, 'the text was extracted on the server');

    // A file of another type is refused with a readable message.
    await page.getByLabel('Files (.md, .txt, .html, .pdf)').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    t.match(await page.locator('.error').first().innerText(), /choose a \.md, \.txt, \.html or \.pdf file/);

    await page.getByLabel('Question').fill('How long is the guarantee on rewiring?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.locator('#agent-answer').waitFor();
    t.match(await page.locator('#agent-answer').innerText(), /ten years/i, 'the agent answers from the PDF');
    t.match(await page.locator('#agent-answer-sources').innerText(), /Sources: .*Warranty/, 'and names it as the source');
    await noSerious(t, page, 'knowledge');
    await shot(page, 'knowledge-upload');

    await row.getByRole('button', { name: 'Delete "Warranty"' }).click();
    await row.waitFor({ state: 'detached' });
    t.equal(await db.selectFrom('knowledge_items').select('id').where('business_id', '=', owner.businessId).executeTakeFirst(), undefined, 'deleted on the server');
    t.same(problems, [], 'no script errors or CSP violations');
    await page.context().close();
  });
}
