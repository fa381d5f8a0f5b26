import t from 'tap';
import { sql } from 'kysely';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { loadConfig } from '../../src/config.js';

// L11: /demo shows the business flagged as the demo (a tenant renamed "Demo Plumbing" does not
// take it over); SEED_DEMO is off by default in production.

t.test('a tenant renamed "Demo Plumbing" does not get the /demo page', async (t) => {
  const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });
  const real = await app.deps.db.selectFrom('businesses').select(['id', 'is_demo']).where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
  t.equal(real.is_demo, true, 'the seed flags its business');
  const squatter = await createTestBusiness(app, { plan: 'FREE', name: 'Demo Plumbing' });
  // Older than the seeded one: the old "first by name" rule would have picked it.
  await sql`update businesses set created_at = '2000-01-01' where id = ${squatter.businessId}`.execute(app.deps.db);
  const page = await app.inject({ method: 'GET', url: '/demo' });
  t.equal(page.statusCode, 200);
  t.match(page.body, `data-business-id="${real.id}"`);
  t.notMatch(page.body, squatter.businessId);
});

t.test('no demo without the flag', async (t) => {
  const { app } = await buildTestApp(t);
  await createTestBusiness(app, { plan: 'PRO', name: 'Demo Plumbing' });
  t.equal((await app.inject({ method: 'GET', url: '/demo' })).statusCode, 404);
});

t.test('SEED_DEMO defaults off in production, on elsewhere', async (t) => {
  const secrets = { JWT_SECRET: 'x'.repeat(40), ENCRYPTION_KEY: '0'.repeat(64) };
  t.equal(loadConfig({ NODE_ENV: 'production', ...secrets }).SEED_DEMO, false);
  t.equal(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', ...secrets }).SEED_DEMO, true, 'an explicit choice wins');
  t.equal(loadConfig({ NODE_ENV: 'development' }).SEED_DEMO, true);
});
