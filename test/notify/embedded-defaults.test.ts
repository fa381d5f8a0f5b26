import t from 'tap';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { buildTestApp } from '../helpers/app.js';
import { DEMO_BUSINESS_NAME } from '../../src/seed/demo.js';
import { waitUntil } from './helpers.js';

// The embedded defaults: no SMTP_URL, no Twilio. A demo lead captured through the real lead
// capture service leaves a readable .eml file under DATA_DIR/mail/ at once (woken by the commit).

const dataDir = mkdtempSync(join(tmpdir(), 'notify-defaults-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
// The poll is out of the way (10 minutes): only the wake-up on the commit can deliver, so a
// worker that waited for its poll fails here every time, not one time in three (the default
// poll is 1.5 s), and a loaded machine that takes 1.3 s does not fail it.
const { app } = await buildTestApp(t, { config: { DATA_DIR: dataDir, SEED_DEMO: true, DEMO_OWNER_EMAIL: 'owner@demo.local', NOTIFY_POLL_INTERVAL: 600_000 } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select(['id', 'notification_phone']).where('name', '=', DEMO_BUSINESS_NAME).executeTakeFirstOrThrow();
// Start-up work (the demo knowledge being chunked and embedded) shares the one PGlite
// connection; the "within a second" promise is about a running server, so let it settle.
await waitUntil('demo knowledge ingested', async () => !(await db.selectFrom('knowledge_items').select('id').where('status', '=', 'PENDING').executeTakeFirst()), 60_000, 50);
const mailDir = join(dataDir, 'mail');
const emls = () => {
  try {
    return readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
};

t.test('a captured demo lead leaves a readable .eml in the data dir at once: the commit wakes the worker', async (t) => {
  const lead = await app.services.leads.capture({
    businessId: demo.id,
    conversationId: null,
    channel: 'CHAT',
    priority: 'NORMAL',
    name: 'Jane Visitor',
    email: 'jane.visitor@example.test',
    phone: '+15555550123',
    issue: 'Dripping kitchen tap',
    capturedData: {},
    isEmergency: false,
  });
  const committed = Date.now(); // capture() returns after the commit
  await waitUntil('two .eml files', async () => emls().length >= 2, 10_000, 10);
  const ms = Date.now() - committed;
  t.ok(ms < 10_000, `written ${ms} ms after the commit, woken by it (the poll is 10 minutes away)`);
  const parsed = await Promise.all(emls().map(async (f) => simpleParser(readFileSync(join(mailDir, f)))));
  const owner = parsed.find((m) => m.to && 'value' in m.to && m.to.value[0]?.address === 'owner@demo.local');
  const confirmation = parsed.find((m) => m.to && 'value' in m.to && m.to.value[0]?.address === 'jane.visitor@example.test');
  t.equal(owner?.subject, 'New lead: Dripping kitchen tap, Jane Visitor, (555) 555-0123');
  t.match(owner?.text ?? '', /Jane Visitor - \(555\) 555-0123/);
  t.match(owner?.text ?? '', new RegExp(`/admin/leads/${lead.id}`));
  t.equal(confirmation?.subject, `We received your request - ${DEMO_BUSINESS_NAME}`);
  const rows = await db.selectFrom('notifications').select(['kind', 'status', 'payload']).where('lead_id', '=', lead.id).execute();
  t.same(rows.map((r) => r.status), ['SENT', 'SENT']);
  t.ok(rows.every((r) => String((r.payload as { result?: { file?: string } }).result?.file).startsWith(mailDir)), 'the file path is recorded');
});

t.test('without Twilio the emergency alert is dead with a clear reason; the e-mail still goes', async (t) => {
  t.ok(demo.notification_phone, 'the demo business has a notification phone');
  const before = emls().length;
  const lead = await app.services.leads.capture({
    businessId: demo.id,
    conversationId: null,
    channel: 'CHAT',
    priority: 'URGENT',
    name: 'Flooded Fred',
    phone: '+15555550124',
    issue: 'Water pouring through the ceiling',
    capturedData: {},
    isEmergency: true,
    emergencySeverity: 9,
  });
  const call = await waitUntil('dead call row', async () =>
    db.selectFrom('notifications').select(['status', 'last_error', 'attempts']).where('lead_id', '=', lead.id).where('kind', '=', 'call.emergency').where('status', '=', 'DEAD').executeTakeFirst(),
  );
  t.match(call.last_error, /Twilio is not configured/);
  t.equal(call.attempts, 1, 'not retried: configuration will not fix itself');
  await waitUntil('urgent .eml', async () => emls().length > before);
  const health = (await app.inject({ method: 'GET', url: '/health' })).json();
  t.equal(health.checks.notify.mailer, 'file');
  t.equal(health.checks.notify.dead, 1);
});

t.test('sendTestEmail on the embedded default reports the file it wrote', async (t) => {
  const r = await app.services.notify.sendTestEmail(demo.id, null);
  t.equal(r.success, true);
  t.match(r.delivery, /\.eml$/);
  const parsed = await simpleParser(readFileSync(r.delivery));
  t.equal(parsed.subject, `Test e-mail from ${DEMO_BUSINESS_NAME}`);
});
