import t from 'tap';
import { randomUUID } from 'node:crypto';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startTestSmtpServer } from '../helpers/smtp-server.js';
import { captureLead, sleep, waitUntil } from '../notify/helpers.js';
import { MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY_ALL, MAX_CONFIRMATIONS_PER_BUSINESS_PER_DAY } from '../../src/notify/lead-notifications.js';

// M3: the visitor confirmation goes to whatever address the visitor typed, so it must not carry
// anything the visitor wrote (no relay of arbitrary text under the business's name), and it is
// capped per business per day and per address.

const smtp = await startTestSmtpServer(t);
const { app } = await buildTestApp(t, { config: { SMTP_URL: smtp.url, NOTIFY_POLL_INTERVAL: 200 } });
const { db } = app.deps;
const confirmationsTo = (address: string) => db.selectFrom('notifications').select('id').where('kind', '=', 'email.lead_confirmation').where('recipient', '=', address).execute();

/** Confirmations already sent today, as rows (status SENT: the worker leaves them alone). */
async function alreadySent(businessId: string, recipient: (i: number) => string, n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({
    business_id: businessId,
    lead_id: null,
    kind: 'email.lead_confirmation',
    recipient: recipient(i),
    payload: JSON.stringify({}),
    status: 'SENT' as const,
    idempotency_key: `seed:${randomUUID()}`,
  }));
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('notifications').values(rows.slice(i, i + 100)).execute();
}

t.test('the confirmation quotes nothing the visitor typed', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'FREE', name: 'Ace Plumbing' });
  await captureLead(app, {
    business_id: biz.businessId,
    name: 'Claim your prize at evil.example',
    email: 'victim@example.test',
    issue: 'URGENT: your account is locked, log in at http://evil.example/login now',
  });
  await waitUntil('the confirmation', async () => smtp.received.some((m) => m.to.includes('victim@example.test')));
  const mail = smtp.received.find((m) => m.to.includes('victim@example.test'))!.parsed;
  t.equal(mail.subject, 'We received your request - Ace Plumbing');
  for (const part of [String(mail.text), String(mail.html), String(mail.subject)]) {
    t.notMatch(part, /evil\.example|prize|locked/i, 'no visitor text in any part');
  }
  t.match(String(mail.text), /Thank you for contacting Ace Plumbing/);
});

t.test(`at most ${MAX_CONFIRMATIONS_PER_BUSINESS_PER_DAY} confirmations per business per day`, async (t) => {
  const biz = await createTestBusiness(app, { plan: 'FREE' });
  await alreadySent(biz.businessId, (i) => `earlier${i}@example.test`, MAX_CONFIRMATIONS_PER_BUSINESS_PER_DAY);
  await captureLead(app, { business_id: biz.businessId, name: 'One more', email: 'one-more@example.test' });
  t.equal((await confirmationsTo('one-more@example.test')).length, 0, 'the next one is not sent');
  const other = await createTestBusiness(app, { plan: 'FREE' });
  await captureLead(app, { business_id: other.businessId, name: 'Elsewhere', email: 'elsewhere@example.test' });
  t.equal((await confirmationsTo('elsewhere@example.test')).length, 1, 'another business is not affected');
});

t.test(`one address gets at most ${MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY_ALL} confirmations a day from all businesses`, async (t) => {
  const target = 'flooded@example.test';
  for (let i = 0; i < MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY_ALL; i++) {
    const b = await createTestBusiness(app, { plan: 'FREE' });
    await captureLead(app, { business_id: b.businessId, name: `Lead ${i}`, email: target });
  }
  t.equal((await confirmationsTo(target)).length, MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY_ALL);
  const next = await createTestBusiness(app, { plan: 'FREE' });
  await captureLead(app, { business_id: next.businessId, name: 'Lead next', email: target });
  await sleep(50);
  t.equal((await confirmationsTo(target)).length, MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY_ALL, 'no more that day');
});

t.test("the business's number in the confirmation is written as its customers write it, like the chat says it", async (t) => {
  const { renderVisitorConfirmationEmail } = await import('../../src/notify/visitor-emails.js');
  const lead = { is_emergency: false, priority: 'NORMAL' as const };
  const us = renderVisitorConfirmationEmail({ business: { name: 'Green Acre', phone_number: '+19705550144', twilio_number: null, timezone: 'America/Denver' }, lead });
  t.match(us.text, /You can also reach us at \(970\) 555-0144\./, 'QA: it said +19705550144');
  const uk = renderVisitorConfirmationEmail({ business: { name: 'Thames Plumbing', phone_number: '+442079460958', twilio_number: null, timezone: 'Europe/London' }, lead });
  t.match(uk.text, /reach us at 020 7946 0958\./);
});
