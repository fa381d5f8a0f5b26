import t from 'tap';
import { sql } from 'kysely';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startTestSmtpServer } from '../helpers/smtp-server.js';
import { captureLead, sleep, waitUntil } from './helpers.js';

// Worker lifecycle and concurrency over one database (PGlite here; real PostgreSQL in CI via
// TEST_DATABASE_URL). The app's own worker is stopped so each test drives its workers.

const smtp = await startTestSmtpServer(t);
const { app, database } = await buildTestApp(t, {
  config: { SMTP_URL: smtp.url, NOTIFY_POLL_INTERVAL: 100, NOTIFY_RETRY_BASE: 50, NOTIFY_RETRY_MAX: 500 },
});
const { db } = app.deps;
const notify = app.services.notify;
await notify.worker.stop();
t.comment(`database: ${database.kind}`);

const mailTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
// Each owner e-mail links its lead once ("Open the lead: …/admin/leads/<id>"): one link per lead.
const leadLinks = (address: string) => mailTo(address).map((m) => /Open the lead: (\S+)/.exec(m.parsed.text ?? '')?.[1] ?? '?');
const statusCounts = async (businessId: string) =>
  Object.fromEntries(
    (
      await db
        .selectFrom('notifications')
        .select(['status', sql<number>`count(*)::int`.as('n')])
        .where('business_id', '=', businessId)
        .groupBy('status')
        .execute()
    ).map((r) => [r.status, Number(r.n)]),
  );

t.test('a worker stopped mid-batch and restarted loses nothing and doubles nothing', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO' });
  for (let i = 0; i < 40; i++) await captureLead(app, { business_id: biz.businessId, name: `Stop ${i}` });
  smtp.setDelay(40);
  t.teardown(() => smtp.setDelay(0));

  const first = notify.createWorker({ name: 'first', batchSize: 20, concurrency: 4 });
  first.start();
  await waitUntil('some e-mails', async () => mailTo(biz.email).length >= 6);
  await first.stop(); // mid-batch: in-flight sends finish, unstarted rows are released
  const afterStop = mailTo(biz.email).length;
  const counts: Record<string, number | undefined> = await statusCounts(biz.businessId);
  t.equal(counts.SENDING ?? 0, 0, 'no row is left claimed after a clean stop');
  t.equal(counts.SENT, afterStop, 'every e-mail that arrived is recorded as sent');
  t.equal((counts.PENDING ?? 0) + (counts.SENT ?? 0), 40);
  t.ok(afterStop < 40, `stopped mid-way (${afterStop} of 40 sent)`);
  await sleep(300);
  t.equal(mailTo(biz.email).length, afterStop, 'a stopped worker sends nothing more');

  const second = notify.createWorker({ name: 'second', batchSize: 20, concurrency: 4 });
  second.start();
  t.teardown(() => second.stop());
  await waitUntil('all 40', async () => mailTo(biz.email).length >= 40, 20_000);
  await sleep(400);
  const names = leadLinks(biz.email);
  t.equal(names.length, 40, 'exactly 40 e-mails');
  t.equal(new Set(names).size, 40, 'each lead once');
  t.same(await statusCounts(biz.businessId), { SENT: 40 });
  await second.stop();
});

t.test('two workers on one database never send the same row twice', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO' });
  for (let i = 0; i < 120; i++) await captureLead(app, { business_id: biz.businessId, name: `Pair ${i}`, email: `pair${i}@example.test` });
  smtp.setDelay(5);
  t.teardown(() => smtp.setDelay(0));
  const a = notify.createWorker({ name: 'a', batchSize: 10, concurrency: 4 });
  const b = notify.createWorker({ name: 'b', batchSize: 10, concurrency: 4 });
  a.start();
  b.start();
  t.teardown(async () => {
    await a.stop();
    await b.stop();
  });
  await waitUntil('240 e-mails', async () => mailTo(biz.email).length >= 120 && smtp.received.filter((m) => m.to.some((x) => x.startsWith('pair'))).length >= 120, 30_000);
  await sleep(500);
  const owner = leadLinks(biz.email);
  t.equal(owner.length, 120, '120 owner e-mails');
  t.equal(new Set(owner).size, 120, 'no owner e-mail twice');
  const confirmations = smtp.received.filter((m) => m.to.some((x) => x.startsWith('pair')));
  t.equal(confirmations.length, 120, '120 confirmations');
  t.equal(new Set(confirmations.map((m) => m.to[0])).size, 120, 'no confirmation twice');
  t.same(await statusCounts(biz.businessId), { SENT: 240 });
});

t.test('concurrent claims are disjoint, and a lost lease cannot overwrite the newer outcome', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO' });
  for (let i = 0; i < 30; i++) await captureLead(app, { business_id: biz.businessId, name: `Claim ${i}` });
  const store = notify.store;
  const claims = await Promise.all([store.claim(12, 60_000), store.claim(12, 60_000), store.claim(12, 60_000)]);
  const ids = claims.flat().map((r) => r.id);
  t.equal(ids.length, 30, 'all rows claimed once across three concurrent claims');
  t.equal(new Set(ids).size, 30, 'no row in two claims');
  t.same(await store.claim(10, 60_000), [], 'claimed rows are not due again while leased');

  // A worker that crashed: its lease runs out and another worker reclaims the row.
  const [row] = claims.flat();
  await db.updateTable('notifications').set({ locked_until: sql<Date>`now() - interval '1 second'` }).where('id', '=', row!.id).execute();
  const reclaimed = await store.claim(10, 60_000);
  t.same(reclaimed.map((r) => r.id), [row!.id], 'an expired lease is reclaimed');
  t.equal(reclaimed[0]!.attempts, row!.attempts + 1);
  t.equal(await store.markSent(row!), false, 'the stale claim cannot mark it');
  t.equal(await store.markSent(reclaimed[0]!), true, 'the current claim can');

  // Release the rest and let a worker finish them.
  for (const r of claims.flat()) if (r.id !== row!.id) await store.release(r);
  const w = notify.createWorker({ name: 'finisher' });
  w.start();
  t.teardown(() => w.stop());
  await waitUntil('29 e-mails', async () => mailTo(biz.email).length >= 29);
  await sleep(300);
  t.equal(mailTo(biz.email).length, 29, 'the row marked sent by the reclaiming worker is not sent again');
  t.same(await statusCounts(biz.businessId), { SENT: 30 });
});
