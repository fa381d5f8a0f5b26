import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { privatePostgresUnavailable, startPrivatePostgres } from '../helpers/postgres-server.js';
import { openDatabase } from '../../src/db/index.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { skipLocally } from '../helpers/common.js';

const unavailable = privatePostgresUnavailable();

t.test('PostgreSQL restarted: requests fail fast with 503 and recover by themselves', { skip: skipLocally(unavailable) }, async (t) => {
  const pgServer = await startPrivatePostgres(t);
  const database = await openDatabase({ DATA_DIR: '', DATABASE_URL: pgServer.url, DATABASE_POOL_MAX: 5 });
  t.teardown(() => database.close());
  await migrateToLatest(database.db);
  const { app } = await buildTestApp(t, { database });
  const biz = await createTestBusiness(app, { plan: 'BASIC' });
  const me = () => app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${biz.token}` } });

  const first = await me();
  t.equal(first.statusCode, 200, first.body);
  const acknowledged = await app.deps.db.insertInto('leads').values({ business_id: biz.businessId, channel: 'API', name: 'Before restart' }).returning('id').executeTakeFirstOrThrow();

  pgServer.stop();
  const started = performance.now();
  const down = await me();
  const elapsed = performance.now() - started;
  t.equal(down.statusCode, 503, 'database down: 503');
  t.equal(down.json().error.code, 'SERVICE_UNAVAILABLE');
  t.equal(down.headers['retry-after'], '5');
  t.ok(elapsed < 3000, `failed fast (${Math.round(elapsed)} ms)`);
  t.notMatch(down.body, /ECONNREFUSED|postgres|127\.0\.0\.1/, 'nothing internal leaks');
  const health = await app.inject('/health');
  t.equal(health.statusCode, 503);
  t.equal(health.json().checks.db.status, 'error');

  pgServer.start();
  let recovered = false;
  for (let i = 0; i < 50 && !recovered; i++) {
    recovered = (await me()).statusCode === 200;
    if (!recovered) await new Promise((r) => setTimeout(r, 200));
  }
  t.ok(recovered, 'recovered without a restart of the app');
  t.equal((await app.inject('/health')).json().checks.db.status, 'ok');
  const lead = await app.deps.db.selectFrom('leads').select('name').where('id', '=', acknowledged.id).executeTakeFirst();
  t.same(lead, { name: 'Before restart' }, 'the acknowledged lead survived');
});
