import t, { type Test } from 'tap';
import type { Config } from '../../src/config.js';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startAsanaFake } from '../helpers/asana-fake.js';
import { freePort } from '../helpers/fake-http.js';

// Done-when, end to end against the Asana fake: an owner connects Asana through GraphQL,
// projects appear (linked to the client), a signed webhook updates one, and the chat agent
// answers the known client's status question -- and refuses a visitor it cannot match.

const asana = await startAsanaFake({ pageSize: 2 });
t.teardown(() => asana.close());
const port = await freePort();
const { app } = await buildTestApp(t, {
  config: { ASANA_API_BASE_URL: `${asana.url}/api/1.0`, PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, PM_SYNC_INTERVAL: 3_600_000, MAX_EVENT_LOOP_DELAY: 0 } as Partial<Config>,
});
await app.listen({ port, host: '127.0.0.1' });

asana.projects.push(
  {
    gid: '801',
    name: 'Bathroom remodel',
    due_on: '2026-12-18',
    custom_fields: [{ gid: '1', name: 'Client', display_value: 'dana@brightsmile.example' }],
    tasks: [
      { gid: '8011', name: 'Demo', completed: true },
      { gid: '8012', name: 'Tiling', completed: false },
      { gid: '8013', name: 'Fixtures', completed: false },
      { gid: '8014', name: 'Inspection', completed: false },
    ],
  },
  { gid: '802', name: 'Office fit-out', members: [{ gid: '9', email: 'facilities@brightsmile.example' }], tasks: [{ gid: '8021', name: 'Plan', completed: false }] },
  { gid: '803', name: 'Somebody else entirely', members: [{ gid: '10', email: 'ops@partner.example' }], tasks: [] },
  { gid: '804', name: 'Unrelated job', tasks: [] },
);

async function gql<T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: { query, variables } });
  return res.json() as { data: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

const owner = await createTestBusiness(app, { plan: 'PRO', name: 'Bright Smile Builders' });
const INTEGRATION_FIELDS = 'id provider status credentialsHint accountLabel projectCount taskCount lastSyncAt lastError webhooksActive';

t.test('the owner adds a client and connects Asana through GraphQL; projects appear', async (t) => {
  const client = await gql<{ createClient: { id: string } }>(owner.token, 'mutation ($i: ClientInput!) { createClient(input: $i) { id } }', {
    i: { name: 'Dana Scully', email: 'dana@brightsmile.example', phone: '+15555550188', company: 'Bright Smile Dental' },
  });
  t.notOk(client.errors, JSON.stringify(client.errors));
  const res = await gql<{ connectIntegration: Record<string, unknown> }>(owner.token, `mutation ($i: ConnectIntegrationInput!) { connectIntegration(input: $i) { ${INTEGRATION_FIELDS} } }`, {
    i: { provider: 'ASANA', accessToken: asana.token },
  });
  t.notOk(res.errors, JSON.stringify(res.errors));
  const integration = res.data.connectIntegration;
  t.match(integration, { provider: 'ASANA', status: 'CONNECTED', projectCount: 4, taskCount: 5, webhooksActive: true, lastError: null, accountLabel: 'Alex Agency / Acme Agency' });
  t.equal(integration.credentialsHint, `••••${asana.token.slice(-4)}`);
  t.notMatch(JSON.stringify(res), asana.token, 'the token never comes back');

  const projects = await gql<{ projects: { edges: Array<{ node: { name: string; status: string; progress: number | null; client: { name: string } | null } }> } }>(
    owner.token,
    '{ projects(first: 10) { edges { node { name status progress client { name } } } } }',
  );
  t.notOk(projects.errors, JSON.stringify(projects.errors));
  const byName = Object.fromEntries(projects.data.projects.edges.map((e) => [e.node.name, e.node]));
  t.match(byName['Bathroom remodel'], { status: 'IN_PROGRESS', progress: 25, client: { name: 'Dana Scully' } });
  t.match(byName['Office fit-out'], { client: { name: 'Dana Scully' } }, "a member's e-mail is at the client's domain");
  t.equal(byName['Somebody else entirely']!.client, null, 'no client matches ops@partner.example yet');
  t.equal(byName['Unrelated job']!.client, null);

  const list = await gql<{ integrations: Array<Record<string, unknown>> }>(owner.token, `{ integrations { ${INTEGRATION_FIELDS} } }`);
  t.equal(list.data.integrations.length, 1);
});

t.test("an owner's e-mail rule links a project to the client", async (t) => {
  const client = await app.deps.db.selectFrom('clients').select('id').where('business_id', '=', owner.businessId).executeTakeFirstOrThrow();
  const res = await gql<{ addClientLinkRule: { kind: string; value: string } }>(owner.token, 'mutation ($i: ClientLinkRuleInput!) { addClientLinkRule(input: $i) { id kind value clientId } }', {
    i: { clientId: client.id, kind: 'EMAIL', value: 'Ops@Partner.example' },
  });
  t.notOk(res.errors, JSON.stringify(res.errors));
  t.match(res.data.addClientLinkRule, { kind: 'EMAIL', value: 'ops@partner.example' });
  const p = await app.deps.db.selectFrom('projects').select(['name', 'client_id']).where('business_id', '=', owner.businessId).where('name', '=', 'Somebody else entirely').executeTakeFirstOrThrow();
  t.equal(p.client_id, client.id);
  const bad = await gql(owner.token, 'mutation ($i: ClientLinkRuleInput!) { addClientLinkRule(input: $i) { id } }', { i: { clientId: client.id, kind: 'EMAIL', value: 'not-an-email' } });
  t.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});

t.test('a webhook updates a project, visible in GraphQL', async (t) => {
  const p = asana.projects.find((x) => x.gid === '801')!;
  p.tasks[1]!.completed = true;
  p.tasks[2]!.completed = true;
  const res = await asana.deliver('801', [{ action: 'changed', resource: { gid: '8012', resource_type: 'task' }, parent: { gid: '801', resource_type: 'project' }, created_at: new Date().toISOString() }]);
  t.equal(res.status, 200);
  await app.services.integrations.idle();
  const projects = await gql<{ projects: { edges: Array<{ node: { name: string; progress: number | null } }> } }>(owner.token, '{ projects(first: 10) { edges { node { name progress } } } }');
  t.equal(projects.data.projects.edges.find((e) => e.node.name === 'Bathroom remodel')!.node.progress, 75);
});

async function chat(t: Test, text: string): Promise<string> {
  const start = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: owner.businessId } });
  t.ok(start.statusCode === 200 || start.statusCode === 201, start.body);
  const { sessionId } = start.json() as { sessionId: string };
  const res = await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text } });
  t.equal(res.statusCode, 200, res.body);
  return (res.json() as { reply: string }).reply;
}

/** One more message on an existing chat session. */
async function say(t: Test, sessionId: string, text: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text } });
  t.equal(res.statusCode, 200, res.body);
  return (res.json() as { reply: string }).reply;
}

t.test("the agent answers a known client's status question on chat", async (t) => {
  const start = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: owner.businessId } });
  const { sessionId } = start.json() as { sessionId: string };
  const first = await say(t, sessionId, "Hi, what's the status of my project? My email is dana@brightsmile.example");
  // Issue 15 (M1): a one-time code to the address on record first; typed back, it unlocks the status.
  t.match(first, /If that matches our records/);
  t.notMatch(first, /Bathroom|Office/);
  const sent = await app.deps.db.selectFrom('notifications').select(['payload', 'recipient']).where('business_id', '=', owner.businessId).where('kind', 'like', '%identity_code').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  t.equal(sent.recipient.toLowerCase(), 'dana@brightsmile.example');
  const reply = await say(t, sessionId, (sent.payload as { code: string }).code);
  t.match(reply, /Bathroom remodel: in progress, 75% done, 3 of 4 tasks finished, due December 18, 2026/);
  t.match(reply, /Office fit-out/);
  t.match(reply, /Somebody else entirely/, 'linked by the rule above');
  t.notMatch(reply, /Unrelated job/);
});

t.test('an unmatched visitor gets no project details (check_project_status refuses)', async (t) => {
  const reply = await chat(t, "What's the status of my project? I'm stranger@nowhere.example");
  // The same neutral answer as for a client (issue 15, M1); no code is sent.
  t.match(reply, /If that matches our records/i);
  t.notMatch(reply, /Bathroom|Office|Somebody|Unrelated/);
  t.equal(await app.services.integrations.matchClientByContact(owner.businessId, { email: 'stranger@nowhere.example' }), null);
  t.equal(await app.services.integrations.matchClientByContact(owner.businessId, { email: 'DANA@brightsmile.example' }).then((c) => c?.name), 'Dana Scully');
});

t.test('plan and role gates: BASIC gets PLAN_UPGRADE_REQUIRED, MEMBER gets FORBIDDEN, another tenant NOT_FOUND', async (t) => {
  const basic = await createTestBusiness(app, { plan: 'BASIC' });
  const r1 = await gql(basic.token, 'mutation { connectIntegration(input: { provider: MOCK }) { id } }');
  t.equal(r1.errors?.[0]?.extensions?.code, 'PLAN_UPGRADE_REQUIRED');
  t.equal(await app.deps.db.selectFrom('integrations').select('id').where('business_id', '=', basic.businessId).execute().then((r) => r.length), 0);
  const member = await createTestBusiness(app, { plan: 'PRO', role: 'MEMBER' });
  const r2 = await gql(member.token, 'mutation { syncProjects { projectCount } }');
  t.equal(r2.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  const other = await createTestBusiness(app, { plan: 'PRO' });
  const mine = await gql<{ integrations: Array<{ id: string }> }>(owner.token, '{ integrations { id } }');
  const r3 = await gql(other.token, 'mutation ($id: ID!) { syncProjects(integrationId: $id) { projectCount } }', { id: mine.data.integrations[0]!.id });
  t.equal(r3.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  const r4 = await gql(other.token, 'mutation ($id: ID!) { disconnectIntegration(id: $id) }', { id: mine.data.integrations[0]!.id });
  t.equal(r4.errors?.[0]?.extensions?.code, 'NOT_FOUND');
});

t.test('manual syncProjects mutation and a refused credential', async (t) => {
  const r = await gql<{ syncProjects: { projectCount: number; taskCount: number } }>(owner.token, 'mutation { syncProjects { projectCount taskCount } }');
  t.notOk(r.errors, JSON.stringify(r.errors));
  t.same(r.data.syncProjects, { projectCount: 4, taskCount: 5 });
  const other = await createTestBusiness(app, { plan: 'PRO' });
  const bad = await gql(other.token, 'mutation { connectIntegration(input: { provider: ASANA, accessToken: "2/wrong-token" }) { id } }');
  t.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  t.match(bad.errors?.[0]?.message, /refused/);
  t.notMatch(bad.errors?.[0]?.message, 'wrong-token');
});

t.test('the mock provider seeds demo projects', async (t) => {
  const demo = await createTestBusiness(app, { plan: 'PRO' });
  const r = await gql<{ connectIntegration: { projectCount: number; status: string } }>(demo.token, 'mutation { connectIntegration(input: { provider: MOCK }) { projectCount status } }');
  t.same(r.data.connectIntegration, { projectCount: 3, status: 'CONNECTED' });
});
