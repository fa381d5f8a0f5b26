import t from 'tap';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { sql } from 'kysely';
import { buildTestApp } from '../helpers/app.js';
import { DEMO_BUSINESS_NAME } from '../../src/seed/demo.js';
import { NOTIFICATION_KINDS } from '../../src/notify/kinds.js';
import { OWNER_UPDATE_DELAY_MS } from '../../src/notify/lead-notifications.js';
import { waitUntil } from './helpers.js';

// QA: a visitor who added "oh and its 12 oak st" after the lead went updated the lead in the
// console, but the owner, who works from the e-mail, never heard of it. Details added after the
// owner's e-mail went earn one more e-mail, a little later, so a few additions make one e-mail.

const dataDir = mkdtempSync(join(tmpdir(), 'owner-update-email-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const { app } = await buildTestApp(t, { config: { DATA_DIR: dataDir, SEED_DEMO: true, DEMO_OWNER_EMAIL: 'owner@demo.local' } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('name', '=', DEMO_BUSINESS_NAME).executeTakeFirstOrThrow();
const mailDir = join(dataDir, 'mail');

async function ownerMails(leadId: string): Promise<ParsedMail[]> {
  const out: ParsedMail[] = [];
  for (const f of readdirSync(mailDir).filter((n) => n.endsWith('.eml'))) {
    const m = await simpleParser(readFileSync(join(mailDir, f)));
    if (m.text?.includes(`/admin/leads/${leadId}`) && m.to && 'value' in m.to && m.to.value[0]?.address === 'owner@demo.local') out.push(m);
  }
  return out;
}

const ownerRows = (leadId: string) =>
  db.selectFrom('notifications').select(['id', 'status', 'payload', 'next_attempt_at']).where('lead_id', '=', leadId).where('kind', '=', NOTIFICATION_KINDS.OWNER_EMAIL).orderBy('created_at').execute();

t.test('details added after the owner e-mail went: one update e-mail with everything so far', async (t) => {
  const lead = await app.services.leads.capture({
    businessId: demo.id,
    conversationId: null,
    channel: 'CHAT',
    priority: 'NORMAL',
    name: 'Ann Lee',
    phone: '+12125550142',
    issue: 'kitchen tap dripping',
    capturedData: { answers: [{ question: 'What is your name?', answer: 'Ann Lee' }] },
    isEmergency: false,
  });
  await waitUntil('the first owner e-mail', async () => (await ownerRows(lead.id))[0]?.status === 'SENT', 20_000, 50);

  const unchanged = await app.services.leads.amend(demo.id, lead.id, { name: 'Ann Lee' });
  t.ok(unchanged);
  t.equal((await ownerRows(lead.id)).length, 1, 'nothing new to show: no update');

  const before = Date.now();
  await app.services.leads.amend(demo.id, lead.id, { address: '12 Oak Street, Springfield' });
  await app.services.leads.amend(demo.id, lead.id, { addToIssue: 'Tomorrow after 3pm suits me' });
  const rows = await ownerRows(lead.id);
  t.equal(rows.length, 2, 'two additions in a row make one update e-mail');
  const update = rows[1]!;
  t.same(update.payload, { update: true });
  t.equal(update.status, 'PENDING');
  const wait = new Date(update.next_attempt_at).getTime() - before;
  t.ok(wait > OWNER_UPDATE_DELAY_MS - 30_000 && wait <= OWNER_UPDATE_DELAY_MS + 30_000, `it waits about ${OWNER_UPDATE_DELAY_MS / 60_000} minutes for more (${Math.round(wait / 1000)} s)`);

  // The wait is over: the update goes out with both additions.
  await db.updateTable('notifications').set({ next_attempt_at: sql<Date>`now()` }).where('id', '=', update.id).execute();
  app.deps.events.publish({ type: 'lead.updated', businessId: demo.id, leadId: lead.id });
  await waitUntil('the update e-mail', async () => (await ownerMails(lead.id)).length === 2, 20_000, 100);
  const mail = (await ownerMails(lead.id)).find((m) => m.subject?.startsWith('Updated:'));
  t.ok(mail, 'the second e-mail says it is an update in its subject');
  t.match(mail!.subject, /^Updated: New lead: kitchen tap dripping/);
  t.match(mail!.text, /The visitor added details after the first e-mail\. Everything they gave so far is below\./);
  t.match(mail!.text, /Address: 12 Oak Street, Springfield/);
  t.match(mail!.text, /Tomorrow after 3pm suits me/);
  t.match(mail!.html || '', /The visitor added details after the first e-mail/);
});

t.test('a lead whose owner e-mail has not gone yet gets no update (the e-mail will show the change)', async (t) => {
  const lead = await db
    .insertInto('leads')
    .values({ business_id: demo.id, channel: 'CHAT', priority: 'NORMAL', name: 'Bo Chen', issue: 'new tap', captured_data: JSON.stringify({}), is_emergency: false })
    .returningAll()
    .executeTakeFirstOrThrow();
  await app.services.leads.amend(demo.id, lead.id, { address: '3 Elm Road' });
  t.equal((await ownerRows(lead.id)).length, 0);
  const row = await db.selectFrom('leads').select('address').where('id', '=', lead.id).executeTakeFirstOrThrow();
  t.equal(row.address, '3 Elm Road', 'the lead itself is updated');
});
