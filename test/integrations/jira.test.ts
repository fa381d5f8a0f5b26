import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startJiraFake, type JiraIssue } from '../helpers/jira-fake.js';
import { freePort } from '../helpers/fake-http.js';
import { jiraSite } from '../../src/integrations/pm/jira.js';

// Jira through the real provider against a local fake: basic auth, JQL search paged with
// nextPageToken, projects built from issues, admin webhook registration with a secret,
// X-Hub-Signature verification, the URL-token fallback, and dedupe by
// X-Atlassian-Webhook-Identifier. Deliveries go to the listening app's route, from the fake or inject.

const jira = await startJiraFake({ pageSize: 3 });
t.teardown(() => jira.close());
const port = await freePort();
const { app, database } = await buildTestApp(t, {
  config: { JIRA_API_BASE_URL: jira.url, PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, PM_SYNC_INTERVAL: 3_600_000, MAX_EVENT_LOOP_DELAY: 0 },
});
await app.listen({ port, host: '127.0.0.1' });
const db = database.db;
const integrations = app.services.integrations;

jira.projects.push({ id: '10001', key: 'NW', name: 'Northwind portal' }, { id: '10002', key: 'GLX', name: 'Globex migration' });
const issue = (n: number, projectId: string, done: boolean, extra: Partial<JiraIssue> = {}): JiraIssue => ({
  id: String(20000 + n),
  key: `${projectId === '10001' ? 'NW' : 'GLX'}-${n}`,
  projectId,
  summary: `Issue ${n}`,
  done,
  ...extra,
});
jira.issues.push(
  issue(1, '10001', true, { duedate: '2026-12-01', custom: { customfield_10050: { value: 'Northwind' } } }),
  issue(2, '10001', true),
  issue(3, '10001', false, { duedate: '2027-01-15' }),
  issue(4, '10001', false),
  issue(5, '10002', true, { reporterEmail: 'it@globex.example' }),
  issue(6, '10002', true),
  issue(7, '10002', false),
);

const biz = await createTestBusiness(app, { plan: 'PRO' });
const northwind = await db.insertInto('clients').values({ business_id: biz.businessId, name: 'Northwind' }).returning('id').executeTakeFirstOrThrow();
const globex = await db.insertInto('clients').values({ business_id: biz.businessId, name: 'Globex Corp' }).returning('id').executeTakeFirstOrThrow();
// The owner's domain rule links Globex's projects by a reporter's e-mail domain.
await integrations.addLinkRule(biz.businessId, { clientId: globex.id, kind: 'DOMAIN', value: 'globex.example' });

const projectsOf = () => db.selectFrom('projects').selectAll().where('business_id', '=', biz.businessId).orderBy('external_id').execute();
const webhookUrl = () => new URL(jira.webhooks[0]!.url);
async function post(body: string, headers: Record<string, string>, url = webhookUrl()) {
  return app.inject({ method: 'POST', url: `${url.pathname}${url.search}`, headers: { 'content-type': 'application/json', ...headers }, payload: body });
}

const view = await integrations.connect(biz.businessId, 'JIRA', { siteUrl: 'https://agency.atlassian.net', email: jira.email, apiToken: jira.apiToken }, { customerField: 'customfield_10050' });

t.test('connect syncs every page of the JQL search into projects', async (t) => {
  t.equal(view.status, 'CONNECTED', view.lastError ?? '');
  t.equal(view.projectCount, 2);
  t.equal(view.taskCount, 7);
  const searches = jira.requests.filter((r) => r.path === '/rest/api/3/search/jql');
  t.equal(searches.length, 3, '7 issues in pages of 3');
  t.ok(searches[1]!.query.get('nextPageToken'));
  t.match(searches[0]!.query.get('fields'), /customfield_10050/);
  const [nw, glx] = await projectsOf();
  t.equal(nw!.name, 'Northwind portal');
  t.equal(nw!.status, 'IN_PROGRESS');
  t.equal(nw!.progress, 50);
  t.equal(nw!.task_count, 4);
  t.equal(nw!.completed_task_count, 2);
  t.equal(new Date(nw!.due_date!).toISOString().slice(0, 10), '2027-01-15');
  t.equal(nw!.url, 'https://agency.atlassian.net/browse/NW');
  t.equal(nw!.customer_ref, 'Northwind');
  t.equal(nw!.client_id, northwind.id, 'linked by the customer field');
  t.equal(glx!.progress, 67);
  t.equal(glx!.client_id, globex.id, "linked by the owner's domain rule");
});

t.test('basic auth credentials are stored encrypted and shown masked', async (t) => {
  const row = await db.selectFrom('integrations').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
  t.notMatch(JSON.stringify(row), jira.apiToken);
  t.notMatch(JSON.stringify(row), jira.webhooks[0]!.secret!);
  t.equal(view.credentialsHint, `••••${jira.apiToken.slice(-4)}`);
});

t.test('an admin webhook was registered with a secret and a >=128-bit URL token', async (t) => {
  t.equal(jira.webhooks.length, 1);
  const hook = jira.webhooks[0]!;
  t.match(hook.secret, /^[0-9a-f]{64}$/);
  t.ok(hook.events.includes('jira:issue_updated'));
  const token = webhookUrl().searchParams.get('token')!;
  const [id, secret] = token.split('.');
  t.equal(id, view.id);
  t.ok(Buffer.from(secret!, 'base64url').length * 8 >= 128);
});

t.test('a signed issue_updated delivery is applied; its duplicate is dropped', async (t) => {
  jira.issues.find((i) => i.id === '20003')!.done = true;
  jira.issues.find((i) => i.id === '20004')!.done = true;
  const event = { webhookEvent: 'jira:issue_updated', issue: { id: '20004', key: 'NW-4', fields: { summary: 'Issue 4', project: { id: '10001', key: 'NW' } } } };
  const sent = JSON.stringify(event);
  const { createHmac } = await import('node:crypto');
  const sig = `sha256=${createHmac('sha256', jira.webhooks[0]!.secret!).update(sent).digest('hex')}`;
  const res = await post(sent, { 'X-Hub-Signature': sig, 'X-Atlassian-Webhook-Identifier': 'delivery-1' });
  t.equal(res.statusCode, 200);
  await integrations.idle();
  const nw = (await projectsOf())[0]!;
  t.equal(nw.status, 'COMPLETED');
  t.equal(nw.progress, 100);
  // Same identifier, even with a fresh signature over a new body: Jira retried; apply once.
  const searchesBefore = jira.requests.filter((r) => r.path === '/rest/api/3/search/jql').length;
  const again = await post(sent, { 'X-Hub-Signature': sig, 'X-Atlassian-Webhook-Identifier': 'delivery-1' });
  t.equal(again.statusCode, 200);
  t.same(again.json(), { ok: true, duplicate: true });
  await integrations.idle();
  t.equal(jira.requests.filter((r) => r.path === '/rest/api/3/search/jql').length, searchesBefore, 'no second fetch');
});

t.test('tampered, unsigned or wrongly signed deliveries get 401 and write nothing', async (t) => {
  jira.projects[1]!.name = 'Globex (must not be applied)';
  const before = await projectsOf();
  const deliveries = await db.selectFrom('pm_webhook_deliveries').selectAll().execute();
  const event = { webhookEvent: 'jira:issue_updated', issue: { id: '20005', fields: { project: { id: '10002' } } } };
  t.equal((await jira.deliver(event, { tamper: true })).status, 401);
  t.equal((await jira.deliver(event, { signature: null })).status, 401);
  t.equal((await jira.deliver(event, { signature: 'sha256=' + '0'.repeat(64) })).status, 401);
  t.equal((await jira.deliver(event, { signature: 'sha1=abc' })).status, 401);
  await integrations.idle();
  t.same(await projectsOf(), before);
  t.same(await db.selectFrom('pm_webhook_deliveries').selectAll().execute(), deliveries);
});

t.test('a signed project_deleted delivery removes the project', async (t) => {
  const event = { webhookEvent: 'project_deleted', project: { id: '10002', key: 'GLX' } };
  const sent = JSON.stringify(event);
  const { createHmac } = await import('node:crypto');
  const sig = `sha256=${createHmac('sha256', jira.webhooks[0]!.secret!).update(sent).digest('hex')}`;
  const res = await post(sent, { 'X-Hub-Signature': sig, 'X-Atlassian-Webhook-Identifier': 'delivery-2' });
  t.equal(res.statusCode, 200);
  await integrations.idle();
  t.same((await projectsOf()).map((p) => p.external_id), ['10001']);
});

t.test('without a webhook secret, the secret URL token alone authenticates', async (t) => {
  // An integration whose admin webhook was created without a secret (e.g. by hand).
  const row = await db.selectFrom('integrations').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
  const blob = JSON.parse(app.deps.encryptor.decrypt(row.webhook_secret_encrypted!)) as { secret: string | null };
  blob.secret = null;
  await db.updateTable('integrations').set({ webhook_secret_encrypted: app.deps.encryptor.encrypt(JSON.stringify(blob)) }).where('id', '=', view.id).execute();
  jira.issues.find((i) => i.id === '20001')!.done = false;
  const event = JSON.stringify({ webhookEvent: 'jira:issue_updated', issue: { id: '20001', fields: { project: { id: '10001' } } } });
  const ok = await post(event, { 'X-Atlassian-Webhook-Identifier': 'delivery-3' });
  t.equal(ok.statusCode, 200);
  await integrations.idle();
  t.equal((await projectsOf())[0]!.progress, 75);
  const url = webhookUrl();
  const token = url.searchParams.get('token')!;
  url.searchParams.set('token', `${token.slice(0, -4)}AAAA`);
  const bad = await post(event, { 'X-Atlassian-Webhook-Identifier': 'delivery-4' }, url);
  t.equal(bad.statusCode, 401);
  url.searchParams.set('token', view.id);
  t.equal((await post(event, { 'X-Atlassian-Webhook-Identifier': 'delivery-5' }, url)).statusCode, 401);
  t.equal(await db.selectFrom('pm_webhook_deliveries').select('delivery_key').where('delivery_key', 'in', ['jira:delivery-4', 'jira:delivery-5']).execute().then((r) => r.length), 0);
});

t.test('a site outside atlassian.net is refused unless an operator pinned JIRA_API_BASE_URL', async (t) => {
  const jiraProvider = integrations.registry.get('JIRA')!;
  await t.rejects(
    jiraProvider.connect({ fetch, config: { ...app.deps.config, JIRA_API_BASE_URL: undefined }, logger: app.deps.logger, credentials: { siteUrl: 'http://169.254.169.254', email: 'a@b.c', apiToken: 'x' }, settings: {}, webhookTarget: null }),
    /atlassian\.net/,
  );
});

// Session 32 QA: an owner typed the site as "brightline.atlassian.net" and read "JIRA refused the
// connection: The Jira site URL is not a valid URL". The site is read the way people type it.
t.test('the site address is read as people type it: without https://, a page of the site, or its name alone', async (t) => {
  t.equal(jiraSite('brightline.atlassian.net')?.origin, 'https://brightline.atlassian.net');
  t.equal(jiraSite(' brightline ')?.origin, 'https://brightline.atlassian.net');
  t.equal(jiraSite('https://brightline.atlassian.net/jira/software/projects/ACME/boards/1')?.origin, 'https://brightline.atlassian.net');
  t.equal(jiraSite('https://brightline.atlassian.net')?.origin, 'https://brightline.atlassian.net');
  t.equal(jiraSite(''), null);
  t.equal(jiraSite('not a site'), null);
  const jiraProvider = integrations.registry.get('JIRA')!;
  const offline = { ...app.deps.config, JIRA_API_BASE_URL: undefined };
  // Typed without the scheme, the site passes the Atlassian-only rule and is what the requests go to.
  const asked: string[] = [];
  const recording = (async (url: string | URL) => {
    asked.push(String(url));
    return new Response(JSON.stringify({ accountId: '1', displayName: 'Ops' }), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const ok = await jiraProvider.connect({ fetch: recording, config: offline, logger: app.deps.logger, credentials: { siteUrl: 'brightline.atlassian.net', email: 'a@b.c', apiToken: 'x' }, settings: {}, webhookTarget: null });
  t.equal(ok.settings?.siteUrl, 'https://brightline.atlassian.net');
  t.equal(asked[0], 'https://brightline.atlassian.net/rest/api/3/myself');
  // A bad address says so in the tool's own name, not "JIRA refused the connection".
  const err = await integrations.connect(biz.businessId, 'JIRA', { siteUrl: 'not a site', email: 'a@b.c', apiToken: 'x' }).catch((e: Error) => e);
  t.match(String((err as Error).message), /^Could not connect to Jira: The Jira site address is not valid \(e\.g\. https:\/\/acme\.atlassian\.net\)$/);
});

t.test('disconnect deletes the Jira webhook', async (t) => {
  await integrations.disconnect(biz.businessId, view.id);
  t.equal(jira.webhooks.length, 0);
});
