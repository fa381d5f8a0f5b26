import t from 'tap';
import { GraphQLError } from 'graphql';
import { cheapestPlanWith, type Feature } from '../../src/plans/index.js';
import type { Plan } from '../../src/db/schema.js';
import { formatExecution } from '../../src/graphql/errors.js';
import { buildTestApp } from '../helpers/app.js';
import { codeOf, errorOf, rawQuery, startGraphqlApp } from './harness.js';

// Plan gates, tenant isolation, authentication, roles and query limits.

const h = await startGraphqlApp(t);
const { db } = h;
const tiers = {
  FREE: await h.business({ plan: 'FREE' }),
  BASIC: await h.business({ plan: 'BASIC' }),
  PRO: await h.business({ plan: 'PRO' }),
};

type Biz = (typeof tiers)['FREE'];

async function fillLeadQuestions(b: Biz, n: number) {
  await db.deleteFrom('lead_questions').where('business_id', '=', b.businessId).execute();
  await db
    .insertInto('lead_questions')
    .values(Array.from({ length: n }, (_, i) => ({ business_id: b.businessId, position: i, question: `Q${i}` })))
    .execute();
}

const gates: Array<{ feature: Feature; attempt: (b: Biz) => Promise<unknown> }> = [
  { feature: 'knowledgeBase', attempt: (b) => b.gql.mutation({ createKnowledgeItem: { __args: { input: { title: 'T', content: 'Some text' } }, id: true } }) },
  {
    feature: 'unlimitedLeadQuestions',
    attempt: async (b) => {
      await fillLeadQuestions(b, 5);
      return b.gql.mutation({ createLeadQuestion: { __args: { input: { question: 'The sixth question?' } }, id: true } });
    },
  },
  { feature: 'voiceConfiguration', attempt: (b) => b.gql.mutation({ updateVoiceSettings: { __args: { input: { voiceGreeting: 'Hello caller' } }, id: true } }) },
  { feature: 'brandingRemoval', attempt: (b) => b.gql.mutation({ updateWidgetConfig: { __args: { input: { showBranding: false } }, id: true } }) },
  { feature: 'enhancedAnalytics', attempt: (b) => b.gql.query({ dashboard: { enhanced: { conversionRate: true } } }) },
  { feature: 'advancedAnalytics', attempt: (b) => b.gql.query({ dashboard: { advanced: { hourlyHeatmap: { hour: true } } } }) },
  // Gates declared in the other domains' files, through the same builder.
  { feature: 'projectSync', attempt: (b) => b.gql.mutation({ syncProjects: { projectCount: true } }) },
  { feature: 'sessionMonitoring', attempt: (b) => b.gql.query({ liveCalls: { callSid: true } }) },
  { feature: 'outgoingWebhooks', attempt: (b) => b.gql.query({ webhookEndpoints: { id: true } }) },
];

const ORDER: Plan[] = ['FREE', 'BASIC', 'PRO'];

t.test('plan gating per feature per tier', async (t) => {
  for (const gate of gates) {
    const unlocks = cheapestPlanWith(gate.feature);
    for (const tier of ORDER) {
      const allowed = ORDER.indexOf(tier) >= ORDER.indexOf(unlocks);
      const b = tiers[tier];
      if (allowed) {
        t.equal(await codeOf(gate.attempt(b)), 'OK', `${gate.feature} on ${tier} is allowed`);
      } else {
        const err = await errorOf(gate.attempt(b));
        t.equal(err.extensions.code, 'PLAN_UPGRADE_REQUIRED', `${gate.feature} on ${tier} needs an upgrade`);
        t.equal(err.extensions.feature, gate.feature);
        t.equal(err.extensions.requiredPlan, unlocks);
        t.match(err.message, unlocks);
      }
    }
  }
  // Turning branding back on is never gated.
  t.equal(await codeOf(tiers.FREE.gql.mutation({ updateWidgetConfig: { __args: { input: { showBranding: true } }, id: true } })), 'OK');
  // The refused 6th question was not stored.
  const count = await db.selectFrom('lead_questions').select('id').where('business_id', '=', tiers.FREE.businessId).execute();
  t.equal(count.length, 5);
});

t.test('another business\'s ids behave exactly like missing ids, at the top level and through nested edges', async (t) => {
  const a = await h.business({ plan: 'PRO', name: 'A' });
  const b = await h.business({ plan: 'PRO', name: 'B' });
  const bClient = await db.insertInto('clients').values({ business_id: b.businessId, name: 'B client', email: 'secret@b.example' }).returning('id').executeTakeFirstOrThrow();
  const bConv = await db.insertInto('conversations').values({ business_id: b.businessId, channel: 'CHAT', started_at: new Date(), client_id: bClient.id }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('messages').values({ business_id: b.businessId, conversation_id: bConv.id, role: 'user', content: 'B secret message' }).execute();
  const bLead = await db.insertInto('leads').values({ business_id: b.businessId, channel: 'CHAT', name: 'B lead', conversation_id: bConv.id, client_id: bClient.id }).returning('id').executeTakeFirstOrThrow();
  const bProject = await db.insertInto('projects').values({ business_id: b.businessId, provider: 'MANUAL', external_id: 'b1', name: 'B project', client_id: bClient.id }).returning('id').executeTakeFirstOrThrow();
  const bQuestion = await db.insertInto('lead_questions').values({ business_id: b.businessId, question: 'B question?' }).returning('id').executeTakeFirstOrThrow();
  const bItem = await db.insertInto('knowledge_items').values({ business_id: b.businessId, title: 'B item', content: 'B secret' }).returning('id').executeTakeFirstOrThrow();
  const bKey = await h.app.deps.auth.createApiKey({ businessId: b.businessId, userId: b.userId, role: 'OWNER', plan: 'PRO' }, 'B key');
  const bMember = await db.insertInto('users').values({ business_id: b.businessId, email: `bm-${Date.now()}@b.example`, password_hash: 'x', role: 'MEMBER' }).returning('id').executeTakeFirstOrThrow();
  // Rows of the other domains (notifications, webhooks, integrations), created directly.
  const raw = db as unknown as import('kysely').Kysely<any>;
  const bNotification = await raw
    .insertInto('notifications')
    .values({ business_id: b.businessId, lead_id: bLead.id, kind: 'email.lead_owner', recipient: 'owner@b.example', payload: JSON.stringify({}), idempotency_key: `x-${bLead.id}`, status: 'DEAD' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const bHook = await raw
    .insertInto('webhook_endpoints')
    .values({ business_id: b.businessId, url: 'https://hooks.b.example/x', secret_encrypted: h.app.deps.encryptor.encrypt('whsec_b') })
    .returning('id')
    .executeTakeFirstOrThrow();
  const bIntegration = await raw
    .insertInto('integrations')
    .values({ business_id: b.businessId, provider: 'MOCK', credentials_encrypted: h.app.deps.encryptor.encrypt('{}'), credentials_key_id: 'k1' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const bRule = await raw.insertInto('client_link_rules').values({ business_id: b.businessId, client_id: bClient.id, kind: 'DOMAIN', value: 'b.example' }).returning('id').executeTakeFirstOrThrow();
  // A's own rows, pointing at B's rows (as corrupted or forged links would).
  const aProject = await db.insertInto('projects').values({ business_id: a.businessId, provider: 'MANUAL', external_id: 'a1', name: 'A project' }).returning('id').executeTakeFirstOrThrow();
  const aQuestion = await db.insertInto('lead_questions').values({ business_id: a.businessId, question: 'A question?' }).returning('id').executeTakeFirstOrThrow();
  const aConv = await db.insertInto('conversations').values({ business_id: a.businessId, channel: 'CALL', started_at: new Date(), client_id: bClient.id }).returning('id').executeTakeFirstOrThrow();
  const aLead = await db.insertInto('leads').values({ business_id: a.businessId, channel: 'CALL', name: 'A lead', conversation_id: bConv.id, client_id: bClient.id }).returning('id').executeTakeFirstOrThrow();

  const g = a.gql;
  const attempts: Record<string, () => Promise<unknown>> = {
    lead: () => g.query({ lead: { __args: { id: bLead.id }, name: true } }),
    updateLead: () => g.mutation({ updateLead: { __args: { id: bLead.id, input: { status: 'LOST' } }, id: true } }),
    'updateLead linking B client': () => g.mutation({ updateLead: { __args: { id: aLead.id, input: { clientId: bClient.id } }, id: true } }),
    conversation: () => g.query({ conversation: { __args: { id: bConv.id }, id: true } }),
    client: () => g.query({ client: { __args: { id: bClient.id }, name: true } }),
    updateClient: () => g.mutation({ updateClient: { __args: { id: bClient.id, input: { name: 'Hacked' } }, id: true } }),
    deleteClient: () => g.mutation({ deleteClient: { __args: { id: bClient.id } } }),
    project: () => g.query({ project: { __args: { id: bProject.id }, name: true } }),
    'projects filtered by B client': () => g.query({ projects: { __args: { clientId: bClient.id }, nodes: { id: true } } }),
    'linkProjectToClient with B project': () => g.mutation({ linkProjectToClient: { __args: { projectId: bProject.id, clientId: null }, id: true } }),
    'linkProjectToClient to B client': () => g.mutation({ linkProjectToClient: { __args: { projectId: aProject.id, clientId: bClient.id }, id: true } }),
    updateLeadQuestion: () => g.mutation({ updateLeadQuestion: { __args: { id: bQuestion.id, input: { question: 'Hacked?' } }, id: true } }),
    deleteLeadQuestion: () => g.mutation({ deleteLeadQuestion: { __args: { id: bQuestion.id } } }),
    'reorderLeadQuestions with a B id': () => g.mutation({ reorderLeadQuestions: { __args: { ids: [aQuestion.id, bQuestion.id] }, id: true } }),
    knowledgeItem: () => g.query({ knowledgeItem: { __args: { id: bItem.id }, content: true } }),
    updateKnowledgeItem: () => g.mutation({ updateKnowledgeItem: { __args: { id: bItem.id, input: { title: 'Hacked' } }, id: true } }),
    deleteKnowledgeItem: () => g.mutation({ deleteKnowledgeItem: { __args: { id: bItem.id } } }),
    revokeApiKey: () => g.mutation({ revokeApiKey: { __args: { id: bKey.id }, id: true } }),
    setTeamMemberRole: () => g.mutation({ setTeamMemberRole: { __args: { userId: bMember.id, role: 'ADMIN' }, id: true } }),
    removeTeamMember: () => g.mutation({ removeTeamMember: { __args: { userId: bMember.id } } }),
    retryNotification: () => g.mutation({ retryNotification: { __args: { id: bNotification.id }, id: true } }),
    updateWebhookEndpoint: () => g.mutation({ updateWebhookEndpoint: { __args: { id: bHook.id, input: { enabled: false } }, id: true } }),
    rotateWebhookSecret: () => g.mutation({ rotateWebhookSecret: { __args: { id: bHook.id }, __typename: true } }),
    deleteWebhookEndpoint: () => g.mutation({ deleteWebhookEndpoint: { __args: { id: bHook.id } } }),
    disconnectIntegration: () => g.mutation({ disconnectIntegration: { __args: { id: bIntegration.id } } }),
    'syncProjects of B integration': () => g.mutation({ syncProjects: { __args: { integrationId: bIntegration.id }, projectCount: true } }),
    removeClientLinkRule: () => g.mutation({ removeClientLinkRule: { __args: { id: bRule.id } } }),
    'malformed id': () => g.query({ lead: { __args: { id: "1' or '1'='1" }, id: true } }),
  };
  let succeeded = 0;
  for (const [name, attempt] of Object.entries(attempts)) {
    const code = await codeOf(attempt());
    if (code === 'OK') succeeded++;
    t.equal(code, 'NOT_FOUND', name);
  }
  t.equal(succeeded, 0, '0 cross-tenant attempts succeed');

  // Nested edges from A's own rows never reveal B's rows.
  const nested = await g.query({
    lead: { __args: { id: aLead.id }, conversation: { id: true, messages: { content: true } }, client: { name: true } },
    conversation: { __args: { id: aConv.id }, client: { name: true } },
    leads: { __args: { first: 100 }, nodes: { name: true, client: { email: true }, conversation: { id: true } } },
    clients: { __args: { first: 100 }, nodes: { name: true } },
    knowledgeItems: { title: true },
    team: { id: true },
    apiKeys: { id: true },
  });
  t.equal(nested.lead.conversation, null);
  t.equal(nested.lead.client, null);
  t.equal(nested.conversation.client, null);
  const text = JSON.stringify(nested);
  for (const secret of ['B lead', 'B client', 'secret@b.example', 'B secret', 'B item', bMember.id, bKey.id]) t.notOk(text.includes(secret), `no ${secret} in A's view`);

  // B's rows are untouched.
  t.equal((await db.selectFrom('leads').select('status').where('id', '=', bLead.id).executeTakeFirstOrThrow()).status, 'NEW');
  t.equal((await db.selectFrom('clients').select('name').where('id', '=', bClient.id).executeTakeFirstOrThrow()).name, 'B client');
  t.ok(await db.selectFrom('knowledge_items').select('id').where('id', '=', bItem.id).executeTakeFirst());
  t.equal((await db.selectFrom('api_keys').select('revoked_at').where('id', '=', bKey.id).executeTakeFirstOrThrow()).revoked_at, null);
  t.equal((await db.selectFrom('users').select('role').where('id', '=', bMember.id).executeTakeFirstOrThrow()).role, 'MEMBER');
  t.equal((await raw.selectFrom('webhook_endpoints').select('enabled').where('id', '=', bHook.id).executeTakeFirstOrThrow()).enabled, true);
  t.ok(await raw.selectFrom('integrations').select('id').where('id', '=', bIntegration.id).executeTakeFirst());
  t.ok(await raw.selectFrom('client_link_rules').select('id').where('id', '=', bRule.id).executeTakeFirst());
  t.equal((await raw.selectFrom('notifications').select('status').where('id', '=', bNotification.id).executeTakeFirstOrThrow()).status, 'DEAD');
});

t.test('unauthenticated callers get UNAUTHENTICATED everywhere but signUp/login', async (t) => {
  for (const g of [h.client(), h.client('garbage-token'), h.client('sk_live_AAAAAAAAAAAA_bbbbbbbbbbbbbbbbbbbbbbbbb')]) {
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['me', () => g.query({ me: { role: true } })],
      ['business', () => g.query({ business: { name: true } })],
      ['leads', () => g.query({ leads: { totalCount: true } })],
      ['dashboard', () => g.query({ dashboard: { leadsTotal: true } })],
      ['plan', () => g.query({ plan: { tier: true } })],
      ['updateBusiness', () => g.mutation({ updateBusiness: { __args: { input: { name: 'X' } }, id: true } })],
      ['createClient', () => g.mutation({ createClient: { __args: { input: { name: 'X' } }, id: true } })],
      ['createKnowledgeItem', () => g.mutation({ createKnowledgeItem: { __args: { input: { title: 'X', content: 'Y' } }, id: true } })],
      ['createApiKey', () => g.mutation({ createApiKey: { __args: { name: 'X' }, secret: true } })],
      ['setPlan', () => g.mutation({ setPlan: { __args: { businessId: tiers.FREE.businessId, plan: 'PRO' }, id: true } })],
    ];
    for (const [name, call] of calls) t.equal(await codeOf(call()), 'UNAUTHENTICATED', name);
  }
});

t.test('MEMBERs can read but every mutation is FORBIDDEN', async (t) => {
  const m = await h.business({ plan: 'PRO', role: 'MEMBER' });
  t.equal((await m.gql.query({ me: { role: true } })).me.role, 'MEMBER');
  t.equal(await codeOf(m.gql.query({ leads: { totalCount: true }, leadQuestions: { id: true }, agentConfig: { id: true } })), 'OK');
  const q = await db.insertInto('lead_questions').values({ business_id: m.businessId, question: 'Q?' }).returning('id').executeTakeFirstOrThrow();
  const mutations: Array<[string, () => Promise<unknown>]> = [
    ['updateBusiness', () => m.gql.mutation({ updateBusiness: { __args: { input: { name: 'X' } }, id: true } })],
    ['updateNotificationSettings', () => m.gql.mutation({ updateNotificationSettings: { __args: { input: { notificationEmail: 'x@example.com' } }, id: true } })],
    ['updateAgentConfig', () => m.gql.mutation({ updateAgentConfig: { __args: { input: { agentName: 'X' } }, id: true } })],
    ['updateVoiceSettings', () => m.gql.mutation({ updateVoiceSettings: { __args: { input: { voiceGreeting: 'X' } }, id: true } })],
    ['updateWidgetConfig', () => m.gql.mutation({ updateWidgetConfig: { __args: { input: { launcherText: 'X' } }, id: true } })],
    ['createLeadQuestion', () => m.gql.mutation({ createLeadQuestion: { __args: { input: { question: 'X?' } }, id: true } })],
    ['deleteLeadQuestion', () => m.gql.mutation({ deleteLeadQuestion: { __args: { id: q.id } } })],
    ['createKnowledgeItem', () => m.gql.mutation({ createKnowledgeItem: { __args: { input: { title: 'X', content: 'Y' } }, id: true } })],
    ['createClient', () => m.gql.mutation({ createClient: { __args: { input: { name: 'X' } }, id: true } })],
    ['createApiKey', () => m.gql.mutation({ createApiKey: { __args: { name: 'X' }, secret: true } })],
    ['addTeamMember', () => m.gql.mutation({ addTeamMember: { __args: { input: { email: 'x@example.com', role: 'ADMIN', password: 'long enough password' } }, id: true } })],
    ['setPlan', () => m.gql.mutation({ setPlan: { __args: { businessId: m.businessId, plan: 'PRO' }, id: true } })],
  ];
  for (const [name, call] of mutations) t.equal(await codeOf(call()), 'FORBIDDEN', name);
  t.ok(await db.selectFrom('lead_questions').select('id').where('id', '=', q.id).executeTakeFirst(), 'nothing was deleted');
  // ADMINs write, but team management is the owner's.
  const admin = await h.business({ plan: 'PRO', role: 'ADMIN' });
  t.equal(await codeOf(admin.gql.mutation({ createClient: { __args: { input: { name: 'By admin' } }, id: true } })), 'OK');
  t.equal(await codeOf(admin.gql.mutation({ addTeamMember: { __args: { input: { email: 'y@example.com', role: 'ADMIN', password: 'long enough password' } }, id: true } })), 'FORBIDDEN');
});

t.test('depth and cost limits reject before any resolver runs', async (t) => {
  const b = await h.business({ plan: 'PRO' });
  const countClients = async () => (await db.selectFrom('clients').select('id').where('business_id', '=', b.businessId).execute()).length;
  // Too deep (12 levels), as a mutation: the mutation must not run.
  let deep = 'id';
  for (let i = 0; i < 5; i++) deep = `projects { client { ${deep} } }`;
  const tooDeep = await rawQuery(h.base, `mutation { createClient(input: {name: "Deep"}) { ${deep} } }`, b.token);
  t.equal(tooDeep.status, 400);
  t.equal(tooDeep.body.errors?.[0]?.extensions?.code, 'QUERY_TOO_DEEP');
  t.equal(await countClients(), 0, 'the too-deep mutation did not run');
  // Within depth but over the cost budget: lists multiply.
  const costly = await rawQuery(h.base, 'mutation { createClient(input: {name: "Costly"}) { projects { client { projects { client { projects { client { projects { id name status progress dueDate description url } } } } } } } } }', b.token);
  t.equal(costly.status, 400);
  t.equal(costly.body.errors?.[0]?.extensions?.code, 'QUERY_TOO_COSTLY');
  t.equal(await countClients(), 0, 'the too-costly mutation did not run');
  // Page sizes from variables count too.
  const q = 'query($n: Int) { leads(first: $n) { nodes { conversation { messages(first: 500) { content } } } } }';
  const before = h.counter.tables.length;
  const big = await rawQuery(h.base, q, b.token, { n: 100 });
  t.equal(big.body.errors?.[0]?.extensions?.code, 'QUERY_TOO_COSTLY');
  // Counted by what was read, not by how many statements ran: the app's background work (the
  // outbox, the sweeps) may run a statement of its own meanwhile.
  const touched = new Set(h.counter.tables.slice(before).flat());
  t.notOk(['leads', 'conversations', 'messages'].some((table) => touched.has(table)), `no resolver read the page's tables (read: ${[...touched].join(', ') || 'nothing'})`);
  const small = await rawQuery(h.base, q, b.token, { n: 2 });
  t.same(small.body, { data: { leads: { nodes: [] } } });
});

t.test('batched queries are refused and errors never carry internals', async (t) => {
  const res = await fetch(`${h.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tiers.PRO.token}` },
    body: JSON.stringify([{ query: '{ me { role } }' }, { query: '{ me { role } }' }]),
  });
  t.equal(res.status, 400);
  const bad = await rawQuery(h.base, '{ me { role } ', tiers.PRO.token);
  t.equal(bad.status, 400);
  t.equal(bad.body.errors?.[0]?.extensions?.code, 'GRAPHQL_PARSE_FAILED');
  const internal = new GraphQLError('boom', { originalError: Object.assign(new Error('relation "leads" does not exist at /srv/app/src/x.ts:12'), { stack: 'Error: at secret' }) });
  const out = formatExecution({ data: { x: null }, errors: [internal] });
  const wire = JSON.stringify(out.response);
  t.equal(out.response.errors?.[0]?.message, 'Internal server error');
  t.equal(out.response.errors?.[0]?.extensions?.code, 'INTERNAL');
  t.notOk(/relation|srv|stack|secret/.test(wire), 'no internals on the wire');
});

t.test('production: no introspection, no GraphiQL', async (t) => {
  const prod = await buildTestApp(t, { database: h.app.deps.database, config: { NODE_ENV: 'production' } });
  const gi = await prod.app.inject({ method: 'GET', url: '/graphiql' });
  t.equal(gi.statusCode, 404);
  const intro = await prod.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __schema { types { name } } }' } });
  t.equal(intro.statusCode, 400);
  t.match(intro.json().errors[0].message, /introspection/i);
  const dev = await h.app.inject({ method: 'GET', url: '/graphiql' });
  t.equal(dev.statusCode, 200, 'GraphiQL is served outside production');
});
