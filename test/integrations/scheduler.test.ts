import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { createTestDatabase } from '../helpers/db.js';
import { startAsanaFake } from '../helpers/asana-fake.js';
import { withAdvisoryLock } from '../../src/integrations/advisory-lock.js';

// The scheduled sync never runs on two app instances at once. Two apps share one database
// (as two machines share PostgreSQL in production) and tick together, repeatedly, while the
// vendor is slow; the fake tags each request with the instance that made it and records
// whether both instances ever had requests in flight at the same moment.
//
// With TEST_DATABASE_URL (CI) the two apps have separate pg pools on a real PostgreSQL, so this
// proves the session advisory lock across connections. On PGlite both apps share the one
// in-process session: it proves the lock query refuses a lock already held in that session
// (a bare pg_try_advisory_lock is re-entrant there and would let both through) and that the
// scheduler skips, rather than queues, a tick when the lock is taken.

const asana = await startAsanaFake({ pageSize: 1 });
t.teardown(() => asana.close());
const database = await createTestDatabase(t);

const inFlight = { A: 0, B: 0 };
let overlaps = 0;
let delayMs = 15;
// While a round is on, the vendor holds every request until the test opens the gate: the
// instance that took the lock is still syncing when the other one answers, however slowly a
// loaded machine schedules the two ticks.
let gate: Promise<void> = Promise.resolve();
function taggedFetch(tag: 'A' | 'B'): typeof fetch {
  return async (input, init) => {
    inFlight[tag]++;
    if (inFlight.A > 0 && inFlight.B > 0) overlaps++;
    try {
      await gate;
      await new Promise((r) => setTimeout(r, delayMs));
      return await fetch(input, init);
    } finally {
      inFlight[tag]--;
    }
  };
}

const config = { ASANA_API_BASE_URL: `${asana.url}/api/1.0`, PM_SYNC_INTERVAL: 3_600_000, MAX_EVENT_LOOP_DELAY: 0 };
const a = await buildTestApp(t, { database, config, overrides: { fetch: taggedFetch('A') } });
const b = await buildTestApp(t, { database, config, overrides: { fetch: taggedFetch('B') } });

for (let i = 1; i <= 3; i++) {
  asana.projects.push({ gid: String(500 + i), name: `Project ${i}`, tasks: [{ gid: `6${i}1`, name: 't', completed: false }, { gid: `6${i}2`, name: 't', completed: true }] });
}
const biz = await createTestBusiness(a.app, { plan: 'PRO' });
delayMs = 0;
const view = await a.app.services.integrations.connect(biz.businessId, 'ASANA', { accessToken: asana.token });
delayMs = 15;

t.test(`two instances ticking together: exactly one syncs each time (${database.kind})`, async (t) => {
  t.equal(view.projectCount, 3);
  const ranBy = { A: 0, B: 0 };
  for (let round = 0; round < 6; round++) {
    let open!: () => void;
    gate = new Promise<void>((r) => (open = r));
    const ticks = [a.app.services.integrations.scheduler.tick(), b.app.services.integrations.scheduler.tick()];
    // The first tick to answer must be the one that skipped (the runner waits at the gate). If
    // both took the lock, neither answers: the gate opens after 10 s and both report a run.
    const held = setTimeout(() => open(), 10_000);
    await Promise.race(ticks);
    open();
    clearTimeout(held);
    const [ra, rb] = await Promise.all(ticks);
    gate = Promise.resolve();
    t.equal(Number(ra) + Number(rb), 1, `round ${round}: one instance ran, the other skipped`);
    if (ra) ranBy.A++;
    if (rb) ranBy.B++;
  }
  t.equal(overlaps, 0, 'the two instances never called the vendor at the same time');
  t.ok(ranBy.A + ranBy.B === 6);
  const rows = await database.db.selectFrom('projects').select('external_id').where('business_id', '=', biz.businessId).execute();
  t.equal(rows.length, 3, 'no duplicate rows from concurrent upserts');
});

t.test('the lock is released after a run, and after a failing run', async (t) => {
  t.equal(await b.app.services.integrations.scheduler.tick(), true);
  t.equal(await a.app.services.integrations.scheduler.tick(), true);
  const failing = await withAdvisoryLock(database, 99, async () => {
    throw new Error('boom');
  }).catch((err: Error) => err.message);
  t.equal(failing, 'boom');
  const after = await withAdvisoryLock(database, 99, async () => 'ran');
  t.same(after, { ran: true, value: 'ran' });
});

t.test('a nested attempt on the same key is refused, other keys are independent', async (t) => {
  const outer = await withAdvisoryLock(database, 7, async () => {
    const inner = await withAdvisoryLock(database, 7, async () => 'inner');
    const other = await withAdvisoryLock(database, 8, async () => 'other');
    return { inner, other };
  });
  t.same(outer, { ran: true, value: { inner: { ran: false }, other: { ran: true, value: 'other' } } });
});

t.test('the background task runs on its interval and stops cleanly', async (t) => {
  const db2 = database;
  const c = await buildTestApp(t, { database: db2, config: { ...config, PM_SYNC_INTERVAL: 50 }, overrides: { fetch } });
  const before = (await db2.db.selectFrom('integrations').select('last_sync_at').where('id', '=', view.id).executeTakeFirstOrThrow()).last_sync_at!;
  // Nobody calls tick() here: only the 50 ms timer can move last_sync_at (polling, as CI is slow).
  let after = before;
  for (let i = 0; i < 200 && after.getTime() === before.getTime(); i++) {
    await new Promise((r) => setTimeout(r, 50));
    after = (await db2.db.selectFrom('integrations').select('last_sync_at').where('id', '=', view.id).executeTakeFirstOrThrow()).last_sync_at!;
  }
  t.ok(after.getTime() > before.getTime(), 'a scheduled tick synced');
  await c.app.close();
});

t.test('SEED_MOCK_PROJECTS=true seeds demo projects for the demo business, linked to its client', async (t) => {
  // The demo business as seedDemo leaves it (on an empty database; this one is shared).
  const demo = await database.db.insertInto('businesses').values({ name: 'Demo Plumbing', plan: 'PRO', twilio_number: '+15555550100' }).returning('id').executeTakeFirstOrThrow();
  const jane = await database.db.insertInto('clients').values({ business_id: demo.id, name: 'Jane Cooper', email: 'jane@example.com' }).returning('id').executeTakeFirstOrThrow();
  const d = await buildTestApp(t, { database, config: { ...config, SEED_MOCK_PROJECTS: true, DEMO_PHONE_NUMBER: '+15555550100' }, overrides: { fetch } });
  const integration = await database.db.selectFrom('integrations').selectAll().where('business_id', '=', demo.id).where('provider', '=', 'MOCK').executeTakeFirstOrThrow();
  t.equal(integration.project_count, 3);
  const mock = await database.db.selectFrom('projects').select(['name', 'client_id']).where('business_id', '=', demo.id).where('provider', '=', 'MOCK').orderBy('external_id').execute();
  t.same(
    mock.map((p) => [p.name, p.client_id === jane.id]),
    [
      ['Kitchen re-pipe', true],
      ['Water heater replacement', true],
      ['Office bathroom remodel', false],
    ],
  );
  await d.app.close();
  // A restart finds the same integration and re-syncs it instead of adding another.
  const again = await buildTestApp(t, { database, config: { ...config, SEED_MOCK_PROJECTS: true, DEMO_PHONE_NUMBER: '+15555550100' }, overrides: { fetch } });
  t.equal((await database.db.selectFrom('integrations').select('id').where('business_id', '=', demo.id).execute()).length, 1);
  await again.app.close();
});

t.test('a business downgraded below project sync is no longer synced on schedule', async (t) => {
  await database.db.updateTable('businesses').set({ plan: 'BASIC' }).where('id', '=', biz.businessId).execute();
  const before = (await database.db.selectFrom('integrations').select('last_sync_at').where('id', '=', view.id).executeTakeFirstOrThrow()).last_sync_at!;
  t.equal(await a.app.services.integrations.scheduler.tick(), true);
  const after = (await database.db.selectFrom('integrations').select('last_sync_at').where('id', '=', view.id).executeTakeFirstOrThrow()).last_sync_at!;
  t.equal(after.getTime(), before.getTime());
  await database.db.updateTable('businesses').set({ plan: 'PRO' }).where('id', '=', biz.businessId).execute();
  t.equal(await a.app.services.integrations.scheduler.tick(), true);
  const resumed = (await database.db.selectFrom('integrations').select('last_sync_at').where('id', '=', view.id).executeTakeFirstOrThrow()).last_sync_at!;
  t.ok(resumed.getTime() > before.getTime());
});
