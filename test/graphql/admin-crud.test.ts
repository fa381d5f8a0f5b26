import t from 'tap';
import { codeOf, errorOf, startGraphqlApp } from './harness.js';

// The admin flows, through the generated Genql client against the real app on loopback.

const PLATFORM_TOKEN = 'platform-admin-token-for-tests-0123456789';
const h = await startGraphqlApp(t, { PLATFORM_ADMIN_TOKEN: PLATFORM_TOKEN });
const owner = await h.business({ plan: 'PRO', name: 'Acme Plumbing' });
const { db } = h;

t.test('signUp creates a FREE business with owner and default configs, and its token works', async (t) => {
  const anon = h.client();
  const email = `new-${Date.now()}@example.com`;
  const r = await anon.mutation({ signUp: { __args: { input: { businessName: 'Fresh Co', email, password: 'a good long password' } }, token: true, businessId: true, role: true } });
  t.equal(r.signUp.role, 'OWNER');
  const me = await h.client(r.signUp.token).query({ me: { role: true, user: { email: true }, business: { name: true, plan: true } }, agentConfig: { id: true }, widgetConfig: { showBranding: true } });
  t.equal(me.me.business.plan, 'FREE');
  t.equal(me.me.business.name, 'Fresh Co');
  t.equal(me.me.user?.email, email);
  t.equal(me.widgetConfig.showBranding, true);
  t.equal(await codeOf(anon.mutation({ signUp: { __args: { input: { businessName: 'Dup', email: email.toUpperCase(), password: 'a good long password' } }, token: true } })), 'CONFLICT');
  const weak = await errorOf(anon.mutation({ signUp: { __args: { input: { businessName: 'X', email: 'x@example.com', password: 'short' } }, token: true } }));
  t.equal(weak.extensions.code, 'BAD_USER_INPUT');
  t.match(weak.message, /at least 10 characters/);
  t.equal(await codeOf(anon.mutation({ signUp: { __args: { input: { businessName: 'X', email: 'not-an-email', password: 'a good long password' } }, token: true } })), 'BAD_USER_INPUT');

  const login = await anon.mutation({ login: { __args: { email, password: 'a good long password' }, token: true, businessId: true } });
  t.equal(login.login.businessId, r.signUp.businessId);
  t.equal(await codeOf(anon.mutation({ login: { __args: { email, password: 'wrong password!!' }, token: true } })), 'UNAUTHENTICATED');
});

t.test('signUp is rate-limited per address', async (t) => {
  const anon = h.client();
  const codes: string[] = [];
  for (let i = 0; i < 6; i++) {
    codes.push(await codeOf(anon.mutation({ signUp: { __args: { input: { businessName: 'Spam', email: `spam${i}-${Date.now()}@example.com`, password: 'a good long password' } }, token: true } })));
  }
  t.ok(codes.includes('RATE_LIMITED'), `codes: ${codes.join(',')}`);
});

t.test('business profile and notification settings', async (t) => {
  const r = await owner.gql.mutation({
    updateBusiness: {
      __args: {
        input: {
          name: 'Acme Plumbing & Heating',
          timezone: 'Europe/London',
          allowedOrigins: ['https://acme.example/', 'https://www.acme.example'],
          businessHours: { weekly: [{ day: 'mon', ranges: [{ open: '08:00', close: '17:30' }] }], holidays: ['2026-12-25'] },
        },
      },
      name: true,
      timezone: true,
      allowedOrigins: true,
      businessHours: { weekly: { day: true, ranges: { open: true, close: true } }, holidays: true },
    },
  });
  t.equal(r.updateBusiness.name, 'Acme Plumbing & Heating');
  t.same(r.updateBusiness.allowedOrigins, ['https://acme.example', 'https://www.acme.example']);
  t.same(r.updateBusiness.businessHours.weekly, [{ day: 'mon', ranges: [{ open: '08:00', close: '17:30' }] }]);
  t.equal(await codeOf(owner.gql.mutation({ updateBusiness: { __args: { input: { timezone: 'Mars/Olympus' } }, id: true } })), 'BAD_USER_INPUT');
  t.equal(await codeOf(owner.gql.mutation({ updateBusiness: { __args: { input: { businessHours: { weekly: [{ day: 'mon', ranges: [{ open: '18:00', close: '08:00' }] }] } } }, id: true } })), 'BAD_USER_INPUT');

  const n = await owner.gql.mutation({
    updateNotificationSettings: {
      __args: { input: { notificationEmail: ' Alerts@Acme.Example ', notificationPhoneNumber: '+44 (20) 7946-0958' } },
      notificationSettings: { notificationEmail: true, notificationPhoneNumber: true },
    },
  });
  t.same(n.updateNotificationSettings.notificationSettings, { notificationEmail: 'alerts@acme.example', notificationPhoneNumber: '+442079460958' });
  // A number without its country code is read in the business's country (test/graphql/local-numbers.test.ts); one too short for it is refused.
  const noCountry = await errorOf(owner.gql.mutation({ updateNotificationSettings: { __args: { input: { notificationPhoneNumber: '555 01' } }, id: true } }));
  t.equal(noCountry.extensions.code, 'BAD_USER_INPUT');
  t.match(noCountry.message, /country code/);
  t.equal(await codeOf(owner.gql.mutation({ updateNotificationSettings: { __args: { input: { notificationEmail: 'alerts@' } }, id: true } })), 'BAD_USER_INPUT');
  const row = await db.selectFrom('businesses').select(['notification_phone']).where('id', '=', owner.businessId).executeTakeFirstOrThrow();
  t.equal(row.notification_phone, '+442079460958', 'invalid input did not overwrite the stored number');
});

t.test('agent config, voice settings and widget config', async (t) => {
  const a = await owner.gql.mutation({
    updateAgentConfig: {
      __args: { input: { agentName: 'Sam', welcomeMessage: 'Hi there!', emergencySensitivity: 8, emergencyKeywords: ['Burst Pipe', 'gas smell', 'burst pipe'], faq: [{ question: 'Free quotes?', answer: 'Yes' }] } },
      agentName: true,
      welcomeMessage: true,
      emergencySensitivity: true,
      emergencyKeywords: true,
      faq: { question: true, answer: true },
    },
  });
  t.same(a.updateAgentConfig.emergencyKeywords, ['burst pipe', 'gas smell']);
  t.equal(a.updateAgentConfig.emergencySensitivity, 8);
  t.equal(await codeOf(owner.gql.mutation({ updateAgentConfig: { __args: { input: { emergencySensitivity: 11 } }, id: true } })), 'BAD_USER_INPUT');

  const v = await owner.gql.mutation({
    updateVoiceSettings: {
      __args: { input: { voiceGreeting: 'Thanks for calling Acme', realtimeVoice: 'marin', twilioVoice: 'Polly.Joanna', twilioLanguage: 'en-GB', interruptionDelayMs: 300, realtimeEnabled: true } },
      voiceGreeting: true,
      realtimeVoice: true,
      twilioLanguage: true,
      interruptionDelayMs: true,
      realtimeEnabled: true,
    },
  });
  t.same(v.updateVoiceSettings, { voiceGreeting: 'Thanks for calling Acme', realtimeVoice: 'marin', twilioLanguage: 'en-GB', interruptionDelayMs: 300, realtimeEnabled: true });
  t.equal(await codeOf(owner.gql.mutation({ updateVoiceSettings: { __args: { input: { realtimeVoice: 'robot' } }, id: true } })), 'BAD_USER_INPUT');

  const w = await owner.gql.mutation({
    updateWidgetConfig: { __args: { input: { primaryColor: '#FF6600', position: 'BOTTOM_LEFT', launcherText: 'Chat', showBranding: false } }, primaryColor: true, position: true, showBranding: true },
  });
  t.same(w.updateWidgetConfig, { primaryColor: '#ff6600', position: 'BOTTOM_LEFT', showBranding: false });
  t.equal(await codeOf(owner.gql.mutation({ updateWidgetConfig: { __args: { input: { primaryColor: 'orange' } }, id: true } })), 'BAD_USER_INPUT');
});

t.test('lead questions: create, update, reorder, delete', async (t) => {
  const q1 = (await owner.gql.mutation({ createLeadQuestion: { __args: { input: { question: 'Your name?', mapsTo: 'NAME', essentialForEmergency: true } }, id: true, position: true } })).createLeadQuestion;
  const q2 = (await owner.gql.mutation({ createLeadQuestion: { __args: { input: { question: 'Your phone?', expectedFormat: 'PHONE', mapsTo: 'PHONE' } }, id: true, position: true } })).createLeadQuestion;
  const q3 = (await owner.gql.mutation({ createLeadQuestion: { __args: { input: { question: 'What happened?', required: false } }, id: true, position: true } })).createLeadQuestion;
  t.same([q1.position, q2.position, q3.position], [0, 1, 2]);
  const u = await owner.gql.mutation({ updateLeadQuestion: { __args: { id: q3.id, input: { question: 'What went wrong?', mapsTo: 'ISSUE' } }, question: true, mapsTo: true, required: true } });
  t.same(u.updateLeadQuestion, { question: 'What went wrong?', mapsTo: 'ISSUE', required: false });
  const re = await owner.gql.mutation({ reorderLeadQuestions: { __args: { ids: [q3.id, q1.id, q2.id] }, id: true, position: true } });
  t.same(re.reorderLeadQuestions.map((q) => q.id), [q3.id, q1.id, q2.id]);
  t.equal(await codeOf(owner.gql.mutation({ reorderLeadQuestions: { __args: { ids: [q3.id, q1.id] }, id: true } })), 'BAD_USER_INPUT');
  t.equal((await owner.gql.mutation({ deleteLeadQuestion: { __args: { id: q2.id } } })).deleteLeadQuestion, true);
  const list = await owner.gql.query({ leadQuestions: { id: true, question: true, essentialForEmergency: true } });
  t.same(list.leadQuestions.map((q) => q.id), [q3.id, q1.id]);
  t.equal(list.leadQuestions[1]?.essentialForEmergency, true);
  t.equal(await codeOf(owner.gql.mutation({ deleteLeadQuestion: { __args: { id: q2.id } } })), 'NOT_FOUND');
});

t.test('knowledge items: create, update, delete', async (t) => {
  const hasService = Boolean((h.app.services as unknown as { knowledge?: unknown }).knowledge);
  const c = await owner.gql.mutation({
    createKnowledgeItem: { __args: { input: { title: 'Prices', content: '# Prices\nCall-out fee is $89 including 30 minutes.' } }, id: true, title: true, status: true, source: true, chunkCount: true },
  });
  t.equal(c.createKnowledgeItem.source, 'MARKDOWN');
  if (hasService) {
    t.equal(c.createKnowledgeItem.status, 'READY', 'ingested through the knowledge service');
    t.ok(c.createKnowledgeItem.chunkCount > 0);
  } else {
    t.equal(c.createKnowledgeItem.status, 'PENDING');
  }
  const u = await owner.gql.mutation({ updateKnowledgeItem: { __args: { id: c.createKnowledgeItem.id, input: { content: 'Call-out fee is now $99.' } }, content: true, status: true } });
  t.equal(u.updateKnowledgeItem.content, 'Call-out fee is now $99.');
  const list = await owner.gql.query({ knowledgeItems: { id: true, title: true } });
  t.ok(list.knowledgeItems.some((k) => k.id === c.createKnowledgeItem.id));
  t.equal((await owner.gql.mutation({ deleteKnowledgeItem: { __args: { id: c.createKnowledgeItem.id } } })).deleteKnowledgeItem, true);
  t.equal(await codeOf(owner.gql.query({ knowledgeItem: { __args: { id: c.createKnowledgeItem.id }, id: true } })), 'NOT_FOUND');
  const chunks = await db.selectFrom('knowledge_chunks').select('id').where('item_id', '=', c.createKnowledgeItem.id).execute();
  t.equal(chunks.length, 0, 'chunks go with the item');
});

t.test('clients CRUD and projects with client link', async (t) => {
  const c = await owner.gql.mutation({ createClient: { __args: { input: { name: 'Jane Cooper', email: 'Jane@Example.com', phone: '+1 555-555-0123', company: 'Cooper' } }, id: true, email: true, phone: true } });
  t.same({ email: c.createClient.email, phone: c.createClient.phone }, { email: 'jane@example.com', phone: '+15555550123' });
  const u = await owner.gql.mutation({ updateClient: { __args: { id: c.createClient.id, input: { notes: 'VIP', company: null } }, notes: true, company: true } });
  t.same(u.updateClient, { notes: 'VIP', company: null });
  await db
    .insertInto('projects')
    .values([
      { business_id: owner.businessId, provider: 'MANUAL', external_id: 'p1', name: 'Bathroom', status: 'IN_PROGRESS', progress: 40, due_date: '2026-12-18' },
      { business_id: owner.businessId, provider: 'MANUAL', external_id: 'p2', name: 'Kitchen', status: 'DONE', client_id: c.createClient.id },
    ])
    .execute();
  const projects = await owner.gql.query({ projects: { __args: { first: 10 }, nodes: { id: true, name: true, dueDate: true, client: { name: true } } } });
  const bathroom = projects.projects.nodes.find((p) => p.name === 'Bathroom')!;
  t.equal(bathroom.dueDate, '2026-12-18');
  t.equal(bathroom.client, null);
  const linked = await owner.gql.mutation({ linkProjectToClient: { __args: { projectId: bathroom.id, clientId: c.createClient.id }, client: { id: true } } });
  t.equal(linked.linkProjectToClient.client?.id, c.createClient.id);
  const withProjects = await owner.gql.query({ client: { __args: { id: c.createClient.id }, projects: { name: true } } });
  t.same(withProjects.client.projects.map((p) => p.name).sort(), ['Bathroom', 'Kitchen']);
  const search = await owner.gql.query({ clients: { __args: { search: 'coop' }, totalCount: true, nodes: { name: true } } });
  t.equal(search.clients.totalCount, 1);
  t.equal((await owner.gql.mutation({ deleteClient: { __args: { id: c.createClient.id } } })).deleteClient, true);
  t.equal(await codeOf(owner.gql.query({ client: { __args: { id: c.createClient.id }, id: true } })), 'NOT_FOUND');
  const after = await owner.gql.query({ project: { __args: { id: bathroom.id }, client: { id: true } } });
  t.equal(after.project.client, null, 'projects stay, unlinked');
});

t.test('leads: filters, cursor pagination, update, detail with conversation and messages', async (t) => {
  const conv = await db
    .insertInto('conversations')
    .values({ business_id: owner.businessId, channel: 'CALL', status: 'ENDED', started_at: new Date('2026-11-20T10:00:00Z'), ended_at: new Date('2026-11-20T10:03:00Z'), duration_seconds: 180, summary: 'Burst pipe' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('messages')
    .values([
      { business_id: owner.businessId, conversation_id: conv.id, role: 'user', content: 'My pipe burst!', created_at: new Date('2026-11-20T10:00:05Z') },
      { business_id: owner.businessId, conversation_id: conv.id, role: 'assistant', content: 'Turn off the main valve.', created_at: new Date('2026-11-20T10:00:09Z') },
    ])
    .execute();
  const base = Date.parse('2026-11-01T12:00:00Z');
  const rows = Array.from({ length: 25 }, (_, i) => ({
    business_id: owner.businessId,
    channel: i % 2 ? ('CHAT' as const) : ('CALL' as const),
    priority: i === 0 ? ('URGENT' as const) : ('NORMAL' as const),
    status: 'NEW' as const,
    name: i === 7 ? 'Zelda 100%' : `Lead ${i}`,
    email: `lead${i}@example.com`,
    is_emergency: i === 0,
    conversation_id: i === 0 ? conv.id : null,
    created_at: new Date(base + i * 3_600_000),
  }));
  await db.insertInto('leads').values(rows).execute();

  const seen: string[] = [];
  let after: string | null | undefined;
  do {
    const page = await owner.gql.query({ leads: { __args: { first: 10, after }, edges: { cursor: true, node: { id: true, name: true } }, pageInfo: { hasNextPage: true, endCursor: true }, totalCount: true } });
    t.equal(page.leads.totalCount, 25);
    seen.push(...page.leads.edges.map((e) => e.node.name ?? ''));
    after = page.leads.pageInfo.hasNextPage ? page.leads.pageInfo.endCursor : null;
  } while (after);
  t.equal(seen.length, 25);
  t.equal(new Set(seen).size, 25, 'no duplicates across pages');
  t.equal(seen[0], 'Lead 24', 'newest first');

  const urgent = await owner.gql.query({ leads: { __args: { filter: { priority: ['URGENT'] } }, nodes: { id: true, isEmergency: true } } });
  t.equal(urgent.leads.nodes.length, 1);
  const chats = await owner.gql.query({ leads: { __args: { first: 100, filter: { channel: ['CHAT'] } }, totalCount: true } });
  t.equal(chats.leads.totalCount, 12);
  const ranged = await owner.gql.query({ leads: { __args: { filter: { createdAfter: '2026-11-01T12:00:00Z', createdBefore: '2026-11-01T15:00:00Z' } }, totalCount: true } });
  t.equal(ranged.leads.totalCount, 3);
  const text = await owner.gql.query({ leads: { __args: { filter: { search: '100%' } }, nodes: { name: true } } });
  t.same(text.leads.nodes.map((n) => n.name), ['Zelda 100%'], 'LIKE wildcards in the search are literal');
  t.equal(await codeOf(owner.gql.query({ leads: { __args: { first: 101 }, totalCount: true } })), 'BAD_USER_INPUT');
  t.equal(await codeOf(owner.gql.query({ leads: { __args: { after: 'garbage' }, totalCount: true } })), 'BAD_USER_INPUT');

  const leadId = urgent.leads.nodes[0]!.id;
  const upd = await owner.gql.mutation({ updateLead: { __args: { id: leadId, input: { status: 'CONTACTED', notes: 'Called back at 10:05', acknowledged: true } }, status: true, notes: true, acknowledgedAt: true } });
  t.equal(upd.updateLead.status, 'CONTACTED');
  t.equal(upd.updateLead.notes, 'Called back at 10:05');
  t.ok(upd.updateLead.acknowledgedAt);

  const detail = await owner.gql.query({
    lead: {
      __args: { id: leadId },
      conversation: { channel: true, durationSeconds: true, summary: true, messages: { role: true, content: true }, leads: { id: true } },
    },
  });
  t.equal(detail.lead.conversation?.durationSeconds, 180);
  t.same(detail.lead.conversation?.messages.map((m) => m.content), ['My pipe burst!', 'Turn off the main valve.']);
  t.same(detail.lead.conversation?.leads.map((l) => l.id), [leadId]);

  const convs = await owner.gql.query({ conversations: { __args: { filter: { channel: 'CALL' } }, nodes: { id: true, summary: true } } });
  t.same(convs.conversations.nodes.map((c) => c.id), [conv.id]);
  const one = await owner.gql.query({ conversation: { __args: { id: conv.id }, messages: { __args: { first: 1 }, content: true } } });
  t.same(one.conversation.messages.map((m) => m.content), ['My pipe burst!']);
});

t.test('API keys: the secret is shown once, works as a bearer, and stops working when revoked', async (t) => {
  const created = await owner.gql.mutation({ createApiKey: { __args: { name: 'Zapier' }, secret: true, apiKey: { id: true, prefix: true, lastUsedAt: true } } });
  t.match(created.createApiKey.secret, /^sk_live_/);
  t.ok(created.createApiKey.secret.startsWith(created.createApiKey.apiKey.prefix));
  const viaKey = h.client(created.createApiKey.secret);
  const me = await viaKey.query({ me: { apiKeyId: true, user: { id: true }, business: { id: true } } });
  t.equal(me.me.apiKeyId, created.createApiKey.apiKey.id);
  t.equal(me.me.user, null);
  t.equal(me.me.business.id, owner.businessId);
  const list = await owner.gql.query({ apiKeys: { id: true, prefix: true, lastUsedAt: true } });
  const listed = list.apiKeys.find((k) => k.id === created.createApiKey.apiKey.id);
  t.ok(listed?.lastUsedAt, 'last use is recorded');
  t.notOk(JSON.stringify(list).includes(created.createApiKey.secret), 'the list never shows the secret');
  const revoked = await owner.gql.mutation({ revokeApiKey: { __args: { id: created.createApiKey.apiKey.id }, revokedAt: true } });
  t.ok(revoked.revokeApiKey.revokedAt);
  t.equal(await codeOf(viaKey.query({ me: { role: true } })), 'UNAUTHENTICATED');
  t.equal(await codeOf(owner.gql.mutation({ revokeApiKey: { __args: { id: created.createApiKey.apiKey.id }, id: true } })), 'NOT_FOUND');
});

t.test('team: the owner adds, changes and removes members', async (t) => {
  const added = await owner.gql.mutation({ addTeamMember: { __args: { input: { email: `admin-${Date.now()}@acme.example`, role: 'ADMIN', password: 'another long password' } }, id: true, role: true } });
  t.equal(added.addTeamMember.role, 'ADMIN');
  const changed = await owner.gql.mutation({ setTeamMemberRole: { __args: { userId: added.addTeamMember.id, role: 'MEMBER' }, role: true } });
  t.equal(changed.setTeamMemberRole.role, 'MEMBER');
  t.equal(await codeOf(owner.gql.mutation({ setTeamMemberRole: { __args: { userId: owner.userId, role: 'MEMBER' }, role: true } })), 'BAD_USER_INPUT', "the owner's role is fixed");
  const team = await owner.gql.query({ team: { id: true, role: true } });
  t.ok(team.team.some((u) => u.id === added.addTeamMember.id));
  t.equal((await owner.gql.mutation({ removeTeamMember: { __args: { userId: added.addTeamMember.id } } })).removeTeamMember, true);
  t.equal(await codeOf(owner.gql.mutation({ removeTeamMember: { __args: { userId: added.addTeamMember.id } } })), 'NOT_FOUND');
});

t.test('plan: read by owners, changed only by the platform operator', async (t) => {
  const free = await h.business({ plan: 'FREE' });
  const p = await free.gql.query({ plan: { tier: true, features: { key: true, included: true, requiredPlan: true }, limits: { name: true, value: true } } });
  t.equal(p.plan.tier, 'FREE');
  t.same(p.plan.features.find((f) => f.key === 'knowledgeBase'), { key: 'knowledgeBase', included: false, requiredPlan: 'BASIC' });
  t.same(p.plan.limits.find((l) => l.name === 'leadQuestions'), { name: 'leadQuestions', value: 5 });
  t.equal(await codeOf(free.gql.mutation({ setPlan: { __args: { businessId: free.businessId, plan: 'PRO' }, plan: true } })), 'FORBIDDEN');
  t.equal(await codeOf(h.client('not-the-token').mutation({ setPlan: { __args: { businessId: free.businessId, plan: 'PRO' }, plan: true } })), 'UNAUTHENTICATED');
  const operator = h.client(PLATFORM_TOKEN);
  const r = await operator.mutation({ setPlan: { __args: { businessId: free.businessId, plan: 'BASIC' }, plan: true } });
  t.equal(r.setPlan.plan, 'BASIC');
  t.equal((await free.gql.query({ plan: { tier: true } })).plan.tier, 'BASIC', 'the new tier applies on the next request');
  t.equal(await codeOf(operator.query({ me: { role: true } })), 'UNAUTHENTICATED', 'the operator token is not a business login');
  t.equal(await codeOf(operator.mutation({ setPlan: { __args: { businessId: '00000000-0000-4000-8000-000000000000', plan: 'PRO' }, plan: true } })), 'NOT_FOUND');
});

t.test('dashboard: basic figures for every plan', async (t) => {
  const d = await owner.gql.query({
    dashboard: {
      __args: { from: '2026-11-01T00:00:00Z', to: '2026-11-30T00:00:00Z' },
      leadsTotal: true,
      emergencies: true,
      calls: true,
      leadsByStatus: { status: true, count: true },
      leadsPerDay: { date: true, count: true },
      enhanced: { conversionRate: true, averageCallDurationSeconds: true, leadsPerDayByChannel: { date: true, key: true, count: true } },
      advanced: { hourlyHeatmap: { dayOfWeek: true, hour: true, count: true }, questionDropOff: { question: true, answered: true, dropOffRate: true } },
    },
  });
  t.equal(d.dashboard.leadsTotal, 25);
  t.equal(d.dashboard.emergencies, 1);
  t.equal(d.dashboard.calls, 1);
  t.equal(d.dashboard.enhanced.averageCallDurationSeconds, 180);
  t.equal(d.dashboard.leadsPerDay.reduce((s, x) => s + x.count, 0), 25);
  t.equal(d.dashboard.enhanced.leadsPerDayByChannel.filter((x) => x.key === 'CHAT').reduce((s, x) => s + x.count, 0), 12);
  t.equal(d.dashboard.advanced.hourlyHeatmap.reduce((s, x) => s + x.count, 0), 25);
  t.ok(d.dashboard.advanced.questionDropOff.length >= 1);
  t.equal(await codeOf(owner.gql.query({ dashboard: { __args: { from: '2025-01-01T00:00:00Z', to: '2026-11-30T00:00:00Z' }, leadsTotal: true } })), 'BAD_USER_INPUT');
});
