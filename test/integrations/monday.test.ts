import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { mondayJwt, startMondayFake, type MondayItem } from '../helpers/monday-fake.js';
import { freePort } from '../helpers/fake-http.js';

// monday.com through the real provider against a graphql-js fake of its API: boards paged
// by `page`, items by items_page/next_items_page cursors, create_webhook with the {challenge}
// echo, and deliveries authenticated by the Authorization JWT (signing secret, exp) or, when
// no signing secret is set, by the secret URL token alone.

const monday = await startMondayFake({ itemPageSize: 2 });
t.teardown(() => monday.close());
const port = await freePort();
const { app, database } = await buildTestApp(t, {
  config: { MONDAY_API_URL: `${monday.url}/v2`, PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, PM_SYNC_INTERVAL: 3_600_000, MAX_EVENT_LOOP_DELAY: 0 },
});
await app.listen({ port, host: '127.0.0.1' });
const db = database.db;
const integrations = app.services.integrations;
const signingSecret = 'monday-app-signing-secret-0123456789';

const item = (id: string, status: string, extra: Partial<MondayItem> = {}): MondayItem => ({ id, name: `Item ${id}`, status, ...extra });
// 27 boards: more than one `page` of 25.
for (let b = 1; b <= 27; b++) {
  monday.boards.push({ id: String(3000 + b), name: `Board ${b}`, items: [item(`${b}01`, 'Working on it')] });
}
monday.boards[0] = {
  id: '3001',
  name: 'Wayne Manor renovation',
  description: 'Kitchen and east wing',
  items: [
    item('1', 'Done', { client: 'Wayne Enterprises', date: '2026-12-24' }),
    item('2', 'Done', { email: 'alfred@wayne.example' }),
    item('3', 'Working on it'),
    item('4', 'Stuck'),
    item('5', 'Working on it', { date: '2027-01-10' }),
  ],
};
monday.boards.push({ id: '4000', name: 'Archived board', state: 'archived', items: [] });

const biz = await createTestBusiness(app, { plan: 'PRO' });
const wayne = await db.insertInto('clients').values({ business_id: biz.businessId, name: 'Bruce Wayne', company: 'Wayne Enterprises' }).returning('id').executeTakeFirstOrThrow();
const projectsOf = () => db.selectFrom('projects').selectAll().where('business_id', '=', biz.businessId).orderBy('external_id').execute();
const wayneProject = async () => (await projectsOf()).find((p) => p.external_id === '3001')!;

const view = await integrations.connect(biz.businessId, 'MONDAY', { apiToken: monday.apiToken, signingSecret });

t.test('connect syncs every board page and every items page', async (t) => {
  t.equal(view.status, 'CONNECTED', view.lastError ?? '');
  t.equal(view.projectCount, 27, 'active boards only, across two pages');
  t.equal(view.taskCount, 5 + 26);
  const bodies = monday.requests.map((r) => JSON.parse(r.body) as { query: string; variables?: Record<string, unknown> });
  t.ok(bodies.some((b) => b.variables?.page === 2), 'asked for a second page of boards');
  t.ok(bodies.filter((b) => /next_items_page/.test(b.query)).length >= 2, 'followed the items cursor');
  t.ok(monday.requests.every((r) => r.headers['api-version']), 'sends API-Version');
  const p = await wayneProject();
  t.equal(p.name, 'Wayne Manor renovation');
  t.equal(p.description, 'Kitchen and east wing');
  t.equal(p.task_count, 5);
  t.equal(p.completed_task_count, 2);
  t.equal(p.progress, 40);
  t.equal(p.status, 'IN_PROGRESS');
  t.equal(new Date(p.due_date!).toISOString().slice(0, 10), '2027-01-10');
  t.equal(p.url, 'https://agency.monday.com/boards/3001');
  t.equal(p.customer_ref, 'Wayne Enterprises');
  t.equal(p.client_id, wayne.id, "linked by the Client column = client's company");
});

t.test('create_webhook went through the {challenge} echo for every board', async (t) => {
  t.equal(monday.webhooks.length, 27 * 3);
  t.ok(monday.webhooks.every((w) => w.url.startsWith(`http://127.0.0.1:${port}/api/webhooks/pm/monday?token=${view.id}.`)));
  const row = await db.selectFrom('integrations').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
  t.notMatch(JSON.stringify(row), monday.apiToken);
  t.notMatch(JSON.stringify(row), signingSecret);
});

t.test('a delivery with a valid JWT is applied; a replay of its triggerUuid is not', async (t) => {
  monday.boards[0]!.items[2]!.status = 'Done';
  const res = await monday.deliver('3001', { pulseId: 3, columnId: 'status', triggerUuid: 'b5ef2a0a-0001' }, { jwtSecret: signingSecret });
  t.equal(res.status, 200);
  await integrations.idle();
  t.equal((await wayneProject()).progress, 60);
  monday.boards[0]!.items[3]!.status = 'Done';
  const replay = await monday.deliver('3001', { pulseId: 3, columnId: 'status', triggerUuid: 'b5ef2a0a-0001' }, { jwtSecret: signingSecret });
  t.equal(replay.status, 200);
  await integrations.idle();
  t.equal((await wayneProject()).progress, 60, 'the replay was not applied');
});

t.test('missing, forged or expired JWTs get 401 and nothing is written', async (t) => {
  monday.boards[0]!.name = 'Must not be applied';
  const before = await projectsOf();
  const count = (await db.selectFrom('pm_webhook_deliveries').selectAll().execute()).length;
  t.equal((await monday.deliver('3001', { triggerUuid: 'x-1' })).status, 401, 'no Authorization');
  t.equal((await monday.deliver('3001', { triggerUuid: 'x-2' }, { jwtSecret: 'some-other-secret' })).status, 401, 'wrong key');
  t.equal((await monday.deliver('3001', { triggerUuid: 'x-3' }, { jwtSecret: signingSecret, expired: true })).status, 401, 'expired');
  const good = mondayJwt(signingSecret, { exp: Math.floor(Date.now() / 1000) + 60 });
  const [h, , s] = good.split('.');
  const forgedClaims = Buffer.from(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + 9999, admin: true })).toString('base64url');
  t.equal((await monday.deliver('3001', { triggerUuid: 'x-4' }, { jwt: `${h}.${forgedClaims}.${s}` })).status, 401, 'tampered claims');
  const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${forgedClaims}.`;
  t.equal((await monday.deliver('3001', { triggerUuid: 'x-5' }, { jwt: none })).status, 401, 'alg none');
  await integrations.idle();
  t.same(await projectsOf(), before);
  t.equal((await db.selectFrom('pm_webhook_deliveries').selectAll().execute()).length, count);
  monday.boards[0]!.name = 'Wayne Manor renovation';
});

t.test('without a signing secret the secret URL token authenticates', async (t) => {
  const row = await db.selectFrom('integrations').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
  await db
    .updateTable('integrations')
    .set({ credentials_encrypted: app.deps.encryptor.encrypt(JSON.stringify({ apiToken: monday.apiToken })) })
    .where('id', '=', view.id)
    .execute();
  const ok = await monday.deliver('3001', { pulseId: 4, triggerUuid: 'c0ffee-0002' });
  t.equal(ok.status, 200);
  await integrations.idle();
  t.equal((await wayneProject()).progress, 80);
  const hook = monday.webhooks.find((w) => w.boardId === '3001')!;
  const u = new URL(hook.url);
  u.searchParams.set('token', `${view.id}.${'A'.repeat(32)}`);
  const bad = await fetch(u, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ok.sent.replace('c0ffee-0002', 'c0ffee-0003') });
  t.equal(bad.status, 401);
  const challenge = await fetch(u, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"challenge":"abc"}' });
  t.equal(challenge.status, 401, 'the challenge is not echoed to a wrong token');
  await db.updateTable('integrations').set({ credentials_encrypted: row.credentials_encrypted }).where('id', '=', view.id).execute();
});

// QA 33: a property manager's "Make-ready projects" board holds every owner's job (a Client column
// and a Contact e-mail per item). The board was one project linked to every client on it: Dana was
// told "Make-ready projects: in progress, 33% done, due January 15, 2027", a total counting Raj's
// stuck remodel and his date. A board shared by clients is one project per item, each its client's.
t.test('a board whose items name different clients: one project per item, each linked to its own client', async (t) => {
  await db.updateTable('integrations').set({ status: 'CONNECTED' }).where('id', '=', view.id).execute();
  monday.boards.push({
    id: '5000',
    name: 'Make-ready projects',
    items: [
      item('11', 'Working on it', { name: '742 Evergreen Terrace – repaint and carpet', client: 'Dana Whitfield', email: 'dana@whitfield.example', date: '2026-12-18' }),
      item('12', 'Done', { name: '742 Evergreen Terrace – new dishwasher', client: 'Dana Whitfield', email: 'dana@whitfield.example', date: '2026-12-02' }),
      item('13', 'Stuck', { name: '19 Pine St unit 2 – bathroom remodel', client: 'Raj Patel', email: 'raj@patelholdings.example', date: '2027-01-15' }),
    ],
  });
  const dana = await db.insertInto('clients').values({ business_id: biz.businessId, name: 'Dana Whitfield', email: 'dana@whitfield.example' }).returning('id').executeTakeFirstOrThrow();
  const raj = await db.insertInto('clients').values({ business_id: biz.businessId, name: 'Raj Patel', email: 'raj@patelholdings.example' }).returning('id').executeTakeFirstOrThrow();
  await integrations.syncProjects(biz.businessId, view.id);
  const shared = (await projectsOf()).filter((p) => p.external_id.startsWith('5000'));
  t.same(shared.map((p) => p.external_id), ['5000:11', '5000:12', '5000:13'], 'no project for the board as a whole');
  const byId = Object.fromEntries(shared.map((p) => [p.external_id, p]));
  t.match(byId['5000:11'], { name: '742 Evergreen Terrace – repaint and carpet', status: 'IN_PROGRESS', client_id: dana.id, description: null });
  t.equal(new Date(byId['5000:11']!.due_date!).toISOString().slice(0, 10), '2026-12-18', "Dana's own date, not the board's latest");
  t.match(byId['5000:12'], { status: 'COMPLETED', client_id: dana.id });
  t.match(byId['5000:13'], { name: '19 Pine St unit 2 – bathroom remodel', status: 'ON_HOLD', client_id: raj.id });
  t.equal(monday.webhooks.filter((w) => w.boardId === '5000').length, 3, 'webhooks once per board, not per item');
  t.equal(monday.webhooks.filter((w) => w.boardId.includes(':')).length, 0);

  // A change to Raj's item arrives by webhook: his project alone is updated.
  monday.boards.at(-1)!.items[2]!.status = 'Done';
  const res = await monday.deliver('5000', { pulseId: 13, columnId: 'status', triggerUuid: 'shared-0001' }, { jwtSecret: signingSecret });
  t.equal(res.status, 200);
  await integrations.idle();
  const after = Object.fromEntries((await projectsOf()).map((p) => [p.external_id, p]));
  t.equal(after['5000:13']!.status, 'COMPLETED');
  t.equal(after['5000:11']!.status, 'IN_PROGRESS');
  t.notOk(after['5000'], 'the board is still no project of its own');
});

t.test('disconnect deletes the monday webhooks', async (t) => {
  await integrations.disconnect(biz.businessId, view.id);
  t.equal(monday.webhooks.length, 0);
});
