import type { ClientLinkRule } from '../db/schema.js';
import type { IntegrationView } from '../integrations/service.js';
import type { DriveSyncResult } from '../integrations/drive/drive-sync.js';
import { toView } from '../integrations/service.js';
import { builder } from './builder.js';

// Project-management integrations (Asana, Jira, monday.com, the demo MOCK provider), the rules
// that link synced projects to clients, and Google Drive as a knowledge source.
// Credentials go in, never out: an Integration shows only a masked hint of its secret.

const IntegrationProviderEnum = builder.enumType('IntegrationProvider', { values: ['ASANA', 'JIRA', 'MONDAY', 'MOCK', 'GDRIVE'] as const });
const PmProviderEnum = builder.enumType('PmProvider', { values: ['ASANA', 'JIRA', 'MONDAY', 'MOCK'] as const });
const IntegrationStatusEnum = builder.enumType('IntegrationStatus', { values: ['CONNECTED', 'SYNCING', 'ERROR', 'DISCONNECTED'] as const });
const LinkRuleKindEnum = builder.enumType('ClientLinkRuleKind', {
  values: { EMAIL: { description: 'An exact e-mail address' }, DOMAIN: { description: 'Every e-mail address at a domain' } } as const,
});

const IntegrationRef = builder.objectRef<IntegrationView>('Integration').implement({
  description: 'A connected external tool. Its credentials are stored encrypted and never returned.',
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.expose('provider', { type: IntegrationProviderEnum }),
    status: t.expose('status', { type: IntegrationStatusEnum }),
    credentialsHint: t.exposeString('credentialsHint', { description: 'A masked hint of the secret, e.g. ••••a1b2' }),
    accountLabel: t.exposeString('accountLabel', { nullable: true, description: 'Which account/workspace the credentials belong to' }),
    lastSyncAt: t.field({ type: 'DateTime', nullable: true, resolve: (i) => i.lastSyncAt }),
    lastError: t.exposeString('lastError', { nullable: true }),
    projectCount: t.exposeInt('projectCount'),
    taskCount: t.exposeInt('taskCount', { description: 'Tasks across synced projects (for Google Drive: files in the folder)' }),
    webhooksActive: t.exposeBoolean('webhooksActive', { description: 'False when only the periodic sync keeps data fresh' }),
    createdAt: t.field({ type: 'DateTime', resolve: (i) => i.createdAt }),
  }),
});

const SyncResultRef = builder.objectRef<{ projectCount: number; taskCount: number }>('ProjectSyncResult').implement({
  fields: (t) => ({ projectCount: t.exposeInt('projectCount'), taskCount: t.exposeInt('taskCount') }),
});

const DriveSyncResultRef = builder.objectRef<DriveSyncResult>('DriveSyncResult').implement({
  fields: (t) => ({
    added: t.exposeInt('added'),
    updated: t.exposeInt('updated'),
    removed: t.exposeInt('removed'),
    unchanged: t.exposeInt('unchanged'),
    skipped: t.exposeInt('skipped', { description: 'Unsupported type, too large, empty, or over the plan limit' }),
  }),
});

const ClientLinkRuleRef = builder.objectRef<ClientLinkRule>('ClientLinkRule').implement({
  description: 'Projects whose customer field or contact e-mails match this rule belong to the client',
  fields: (t) => ({
    id: t.exposeID('id'),
    clientId: t.exposeID('client_id'),
    kind: t.expose('kind', { type: LinkRuleKindEnum }),
    value: t.exposeString('value'),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => r.created_at }),
  }),
});

const ConnectIntegrationInput = builder.inputType('ConnectIntegrationInput', {
  description: 'Asana: accessToken (+ workspaceGid). Jira: siteUrl, email, apiToken. monday.com: apiToken (+ signingSecret). MOCK: nothing.',
  fields: (t) => ({
    provider: t.field({ type: PmProviderEnum, required: true }),
    accessToken: t.string({ description: 'Asana personal access token' }),
    workspaceGid: t.string({ description: 'Asana workspace (default: the first one)' }),
    siteUrl: t.string({ description: 'Jira site, e.g. https://acme.atlassian.net' }),
    email: t.string({ description: 'Jira account e-mail' }),
    apiToken: t.string({ description: 'Jira API token or monday.com API token' }),
    signingSecret: t.string({ description: "monday.com app signing secret (verifies the webhooks' JWT)" }),
    customerField: t.string({ description: 'Asana custom field name or Jira field id (customfield_NNNNN) naming the client' }),
    customerColumn: t.string({ description: 'monday.com column title naming the client (default "Client")' }),
    jql: t.string({ description: 'Jira: which issues to sync (default: all projects)' }),
    doneLabels: t.stringList({ description: 'monday.com status labels that mean done (default ["Done"])' }),
  }),
});

const ConnectDriveInput = builder.inputType('ConnectGoogleDriveInput', {
  description: 'A service account key (JSON) or an OAuth access token, and the folder to sync',
  fields: (t) => ({
    serviceAccountKey: t.string(),
    accessToken: t.string(),
    folderId: t.string({ required: true }),
  }),
});

const LinkRuleInput = builder.inputType('ClientLinkRuleInput', {
  fields: (t) => ({
    clientId: t.id({ required: true }),
    kind: t.field({ type: LinkRuleKindEnum, required: true }),
    value: t.string({ required: true, description: 'An e-mail address (EMAIL) or a domain like example.com (DOMAIN)' }),
  }),
});

builder.queryField('integrations', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [IntegrationRef],
    description: 'Connected tools with their sync status, last sync time, counts and last error',
    resolve: (_root, _args, ctx) => ctx.services.integrations.list(ctx.actor.businessId),
  }),
);

builder.queryField('clientLinkRules', (t) =>
  t.withAuth({ authenticated: true, feature: 'projectSync' }).field({
    type: [ClientLinkRuleRef],
    resolve: (_root, _args, ctx) => ctx.services.integrations.listLinkRules(ctx.actor.businessId),
  }),
);

builder.mutationField('connectIntegration', (t) =>
  t.withAuth({ writer: true, feature: 'projectSync' }).field({
    type: IntegrationRef,
    description: 'Checks the credentials with the provider, stores them encrypted, syncs projects and registers webhooks',
    args: { input: t.arg({ type: ConnectIntegrationInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const { provider, customerField, customerColumn, jql, doneLabels, ...rest } = input;
      const credentials: Record<string, string> = {};
      for (const [k, v] of Object.entries(rest)) if (typeof v === 'string') credentials[k] = v;
      return ctx.services.integrations.connect(ctx.actor.businessId, provider, credentials, { customerField, customerColumn, jql, doneLabels: doneLabels ?? undefined });
    },
  }),
);

builder.mutationField('disconnectIntegration', (t) =>
  t.withAuth({ writer: true }).boolean({
    description: 'Removes the integration, its stored credentials and its webhooks at the provider; synced projects stay',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.integrations.disconnect(ctx.actor.businessId, String(args.id)),
  }),
);

builder.mutationField('syncProjects', (t) =>
  t.withAuth({ writer: true, feature: 'projectSync' }).field({
    type: SyncResultRef,
    description: 'Syncs one integration now (or all project integrations when no id is given)',
    args: { integrationId: t.arg.id() },
    resolve: (_root, args, ctx) => ctx.services.integrations.syncProjects(ctx.actor.businessId, args.integrationId ? String(args.integrationId) : undefined),
  }),
);

builder.mutationField('addClientLinkRule', (t) =>
  t.withAuth({ writer: true, feature: 'projectSync' }).field({
    type: ClientLinkRuleRef,
    description: 'Links projects to a client by e-mail or domain, and re-links existing projects',
    args: { input: t.arg({ type: LinkRuleInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.integrations.addLinkRule(ctx.actor.businessId, { clientId: String(input.clientId), kind: input.kind, value: input.value }),
  }),
);

builder.mutationField('removeClientLinkRule', (t) =>
  t.withAuth({ writer: true, feature: 'projectSync' }).boolean({
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.integrations.removeLinkRule(ctx.actor.businessId, String(args.id)),
  }),
);

builder.mutationField('connectGoogleDrive', (t) =>
  t.withAuth({ writer: true, feature: 'knowledgeBase' }).field({
    type: IntegrationRef,
    description: 'Connects a Drive folder as a knowledge source and runs the first sync',
    args: { input: t.arg({ type: ConnectDriveInput, required: true }) },
    resolve: async (_root, { input }, ctx) => toView(await ctx.services.integrations.drive.connect(ctx.actor.businessId, input)),
  }),
);

builder.mutationField('syncGoogleDrive', (t) =>
  t.withAuth({ writer: true, feature: 'knowledgeBase' }).field({
    type: DriveSyncResultRef,
    description: 'Syncs the Drive folder now: new and changed documents are ingested, deleted ones removed',
    resolve: (_root, _args, ctx) => ctx.services.integrations.drive.sync(ctx.actor.businessId),
  }),
);
