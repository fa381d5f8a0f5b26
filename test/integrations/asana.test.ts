import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startAsanaFake, type AsanaProject } from '../helpers/asana-fake.js';
import { freePort } from '../helpers/fake-http.js';

// Asana through the real provider code against a local fake of its REST API: paged sync,
// normalisation, client linking, the X-Hook-Secret handshake during webhook creation, signed
// deliveries (applied once; tampered ones rejected with nothing written), and the
// reconciliation poll.

const asana = await startAsanaFake({ pageSize: 2 });
t.teardown(() => asana.close());
const port = await freePort();
const { app, database } = await buildTestApp(t, {
  config: { ASANA_API_BASE_URL: `${asana.url}/api/1.0`, PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, PM_SYNC_INTERVAL: 3_600_000, MAX_EVENT_LOOP_DELAY: 0 },
});
await app.listen({ port, host: '127.0.0.1' });
const db = database.db;
const integrations = app.services.integrations;

const tasks = (n: number, done: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ gid: `${prefix}${i}`, name: `Task ${i}`, completed: i < done }));

function project(gid: string, name: string, extra: Partial<AsanaProject> = {}): AsanaProject {
  return { gid, name, notes: `${name} notes`, due_on: '2026-12-20', permalink_url: `https://app.asana.com/0/${gid}`, archived: false, tasks: tasks(5, 3, `${gid}0`), ...extra };
}

asana.projects.push(
  project('101', 'Northwind website', {
    current_status_update: { status_type: 'at_risk' },
    custom_fields: [{ gid: '7', name: 'Client', display_value: 'Northwind' }],
  }),
  project('102', 'Northwind app', { owner: { gid: '5', email: 'pm@agency.example' }, members: [{ gid: '6', email: 'ops@northwind.example' }] }),
  project('103', 'Globex rebrand', { custom_fields: [{ gid: '7', name: 'Client', display_value: 'ceo@globex.example' }] }),
  project('104', 'Internal wiki', { tasks: [] }),
  project('105', 'Old archived', { archived: true }),
);

const biz = await createTestBusiness(app, { plan: 'PRO' });
const northwind = await db
  .insertInto('clients')
  .values({ business_id: biz.businessId, name: 'Northwind', email: 'ops@northwind.example', company: 'Northwind Traders' })
  .returning('id')
  .executeTakeFirstOrThrow();
const globex = await db.insertInto('clients').values({ business_id: biz.businessId, name: 'Globex', email: 'ceo@globex.example' }).returning('id').executeTakeFirstOrThrow();

const projectsOf = () => db.selectFrom('projects').selectAll().where('business_id', '=', biz.businessId).orderBy('external_id').execute();
const deliveries = async () => Number((await db.selectFrom('pm_webhook_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const view = await integrations.connect(biz.businessId, 'ASANA', { accessToken: asana.token });

t.test('connect runs a full sync over several pages and normalises each project', async (t) => {
  t.equal(view.status, 'CONNECTED', view.lastError ?? '');
  t.equal(view.projectCount, 4, 'archived project left out');
  t.equal(view.taskCount, 15);
  const offsets = asana.requests.filter((r) => r.path === '/api/1.0/projects' && r.query.get('offset'));
  t.ok(offsets.length >= 1, 'projects were paged with offset');
  t.ok(asana.requests.some((r) => /\/projects\/101\/tasks/.test(r.path) && r.query.get('offset')), 'tasks were paged with offset');
  const rows = await projectsOf();
  t.same(
    rows.map((r) => r.external_id),
    ['101', '102', '103', '104'],
  );
  const p = rows[0]!;
  t.equal(p.provider, 'ASANA');
  t.equal(p.name, 'Northwind website');
  t.equal(p.status, 'AT_RISK');
  t.equal(p.progress, 60);
  t.equal(p.task_count, 5);
  t.equal(p.completed_task_count, 3);
  t.equal(new Date(p.due_date!).toISOString().slice(0, 10), '2026-12-20');
  t.equal(p.customer_ref, 'Northwind');
  t.equal(p.url, 'https://app.asana.com/0/101');
  t.equal(rows[3]!.status, 'NOT_STARTED');
  t.equal(rows[3]!.progress, null);
});

t.test('projects link to clients by customer field, then by contact e-mail', async (t) => {
  const rows = await projectsOf();
  t.equal(rows[0]!.client_id, northwind.id, 'customer field "Northwind" = client name');
  t.equal(rows[1]!.client_id, northwind.id, "member e-mail = client's e-mail");
  t.equal(rows[2]!.client_id, globex.id, 'customer field holding an e-mail');
  t.equal(rows[3]!.client_id, null, 'no match, no client');
});

t.test('credentials are encrypted at rest and only a masked hint is shown', async (t) => {
  const row = await db.selectFrom('integrations').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
  t.notMatch(row.credentials_encrypted, asana.token);
  t.notMatch(JSON.stringify(row), asana.token);
  for (const hook of asana.webhooks) t.notMatch(JSON.stringify(row), hook.secret, 'webhook secrets are encrypted too');
  t.equal(row.credentials_key_id, app.deps.encryptor.keyId);
  t.equal(view.credentialsHint, `••••${asana.token.slice(-4)}`);
  t.notMatch(JSON.stringify(await integrations.list(biz.businessId)), asana.token);
});

t.test('webhooks were created with the X-Hook-Secret handshake, one per project', async (t) => {
  t.equal(asana.webhooks.length, 4);
  t.ok(asana.webhooks.every((w) => w.target.startsWith(`http://127.0.0.1:${port}/api/webhooks/pm/asana?token=${view.id}.`)));
  t.equal((await integrations.get(biz.businessId, view.id)).webhooksActive, true);
  // A second sync creates no duplicates.
  await integrations.syncProjects(biz.businessId, view.id);
  t.equal(asana.webhooks.length, 4);
});

t.test('a handshake cannot re-key an established webhook', async (t) => {
  const target = asana.webhooks[0]!.target;
  const res = await fetch(target, { method: 'POST', headers: { 'X-Hook-Secret': 'attacker-chosen-secret-123' } });
  t.equal(res.status, 401);
  t.equal(res.headers.get('x-hook-secret'), null);
});

t.test('a correctly signed delivery is acknowledged at once and applied', async (t) => {
  const p = asana.projects.find((x) => x.gid === '101')!;
  p.name = 'Northwind website v2';
  p.tasks.forEach((task) => (task.completed = true));
  p.current_status_update = { status_type: 'complete' };
  const started = performance.now();
  const res = await asana.deliver('101', [
    { action: 'changed', resource: { gid: '10100', resource_type: 'task' }, parent: { gid: '101', resource_type: 'project' }, created_at: new Date().toISOString() },
  ]);
  t.equal(res.status, 200);
  t.ok(performance.now() - started < 1000, 'answered within a second');
  await integrations.idle();
  const row = (await projectsOf())[0]!;
  t.equal(row.name, 'Northwind website v2');
  t.equal(row.status, 'COMPLETED');
  t.equal(row.progress, 100);
  t.equal(await deliveries(), 1);
});

t.test('a replayed delivery is accepted but changes nothing more', async (t) => {
  const before = asana.requests.filter((r) => r.path === '/api/1.0/projects/102').length;
  const first = await asana.deliver('102', [{ action: 'changed', resource: { gid: '1020', resource_type: 'task' }, parent: { gid: '102', resource_type: 'project' }, created_at: '2026-11-25T03:00:00Z' }]);
  t.equal(first.status, 200);
  await integrations.idle();
  const afterFirst = asana.requests.filter((r) => r.path === '/api/1.0/projects/102').length;
  t.equal(afterFirst, before + 1, 'the first delivery fetched the project once');
  t.equal(await asana.replay(first.sent, '102'), 200);
  t.equal(await asana.replay(first.sent, '102'), 200);
  await integrations.idle();
  t.equal(asana.requests.filter((r) => r.path === '/api/1.0/projects/102').length, afterFirst, 'replays were not applied');
  t.equal(await deliveries(), 2);
});

t.test('a tampered delivery is rejected with 401 and nothing is written', async (t) => {
  const p = asana.projects.find((x) => x.gid === '103')!;
  p.name = 'Globex rebrand (should not appear)';
  const before = await projectsOf();
  const count = await deliveries();
  const tampered = await asana.deliver('103', [{ action: 'changed', resource: { gid: '103', resource_type: 'project' }, created_at: '2026-11-25T03:01:00Z' }], { tamper: true });
  t.equal(tampered.status, 401);
  const unsigned = await asana.deliver('103', [{ action: 'changed', resource: { gid: '103', resource_type: 'project' } }], { signature: '' });
  t.equal(unsigned.status, 401);
  const forged = await asana.deliver('103', [{ action: 'changed', resource: { gid: '103', resource_type: 'project' } }], { signature: 'ab'.repeat(32) });
  t.equal(forged.status, 401);
  await integrations.idle();
  t.same(await projectsOf(), before);
  t.equal(await deliveries(), count);
});

t.test('a wrong URL token is rejected before anything else', async (t) => {
  const good = new URL(asana.webhooks[0]!.target);
  const token = good.searchParams.get('token')!;
  const bad = `${good.origin}${good.pathname}?token=${token.slice(0, -2)}xx&resource=101`;
  const res = await fetch(bad, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Hook-Signature': 'x' }, body: '{"events":[]}' });
  t.equal(res.status, 401);
  const none = await fetch(`${good.origin}${good.pathname}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  t.equal(none.status, 401);
  const unknown = await fetch(`${good.origin}/api/webhooks/pm/trello?token=${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  t.equal(unknown.status, 404);
});

t.test('payloads are size-limited and must be JSON objects', async (t) => {
  const hook = asana.webhooks.find((w) => w.resource === '104')!;
  const big = await fetch(hook.target, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Hook-Signature': 'x' }, body: `{"events":[],"pad":"${'x'.repeat(300 * 1024)}"}` });
  t.equal(big.status, 413);
  const { createHmac } = await import('node:crypto');
  const notJson = 'events=1';
  const sig = createHmac('sha256', hook.secret).update(notJson).digest('hex');
  const res = await fetch(hook.target, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Hook-Signature': sig }, body: notJson });
  t.equal(res.status, 400);
});

t.test('a deleted project event removes the project', async (t) => {
  asana.projects.splice(asana.projects.findIndex((x) => x.gid === '104'), 1);
  const res = await asana.deliver('104', [{ action: 'deleted', resource: { gid: '104', resource_type: 'project' }, created_at: '2026-11-25T03:02:00Z' }]);
  t.equal(res.status, 200);
  // Asana deletes a webhook together with its resource.
  asana.webhooks.splice(asana.webhooks.findIndex((w) => w.resource === '104'), 1);
  await integrations.idle();
  t.same((await projectsOf()).map((r) => r.external_id), ['101', '102', '103']);
  t.equal((await integrations.get(biz.businessId, view.id)).projectCount, 3);
});

t.test('the reconciliation poll picks up what webhooks missed', async (t) => {
  asana.projects.find((x) => x.gid === '103')!.name = 'Globex rebrand (renamed while a delivery was lost)';
  t.equal(await integrations.scheduler.tick(), true);
  t.equal((await projectsOf())[2]!.name, 'Globex rebrand (renamed while a delivery was lost)');
  const v = await integrations.get(biz.businessId, view.id);
  t.equal(v.status, 'CONNECTED');
  t.ok(v.lastSyncAt);
});

t.test('a revoked token surfaces as an ERROR status with a readable last error', async (t) => {
  const row = await db.selectFrom('integrations').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
  await db
    .updateTable('integrations')
    .set({ credentials_encrypted: app.deps.encryptor.encrypt(JSON.stringify({ accessToken: 'revoked' })) })
    .where('id', '=', view.id)
    .execute();
  await t.rejects(integrations.syncProjects(biz.businessId, view.id), { code: 'SERVICE_UNAVAILABLE' });
  const v = await integrations.get(biz.businessId, view.id);
  t.equal(v.status, 'ERROR');
  t.match(v.lastError, /credentials were refused/);
  t.notMatch(v.lastError, 'revoked');
  await db.updateTable('integrations').set({ credentials_encrypted: row.credentials_encrypted }).where('id', '=', view.id).execute();
  t.equal((await integrations.syncProjects(biz.businessId, view.id)).projectCount, 3);
});

t.test('another business cannot see or sync this integration', async (t) => {
  const other = await createTestBusiness(app, { plan: 'PRO' });
  await t.rejects(integrations.get(other.businessId, view.id), { code: 'NOT_FOUND' });
  await t.rejects(integrations.syncProjects(other.businessId, view.id), { code: 'NOT_FOUND' });
  await t.rejects(integrations.disconnect(other.businessId, 'not-a-uuid'), { code: 'NOT_FOUND' });
});

t.test('disconnect removes the vendor webhooks', async (t) => {
  t.equal(await integrations.disconnect(biz.businessId, view.id), true);
  t.equal(asana.webhooks.length, 0);
  t.same(await integrations.list(biz.businessId), []);
});
