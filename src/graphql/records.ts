import type { Client, Conversation, Lead, Message, Project } from '../db/schema.js';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../admin/pagination.js';
import {
  getRecord,
  leadsByConversation,
  listClients,
  listConversations,
  listLeads,
  listProjects,
  loadByIds,
  messagesByConversation,
  projectsByClient,
} from '../admin/records.js';
import { cleanEmail, cleanOptionalText, cleanPhone, cleanText } from '../admin/validate.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { connectionOf } from './connection.js';
import type { GraphQLContext } from './context.js';
import { ConversationChannelEnum, ConversationStatusEnum, LeadChannelEnum, LeadStatusEnum, PriorityEnum } from './enums.js';

// Leads, conversations (chats and calls with transcripts), clients and projects. Nested edges
// go through per-request DataLoaders scoped to the caller's business: a page of leads with
// their conversations, clients and projects costs one query per edge kind, not per row.

const businessOf = (ctx: GraphQLContext): string => {
  if (!ctx.actor) throw new Error('unreachable: edge resolved without an actor');
  return ctx.actor.businessId;
};

export const LeadRef = builder.objectRef<Lead>('Lead');
export const ConversationRef = builder.objectRef<Conversation>('Conversation');
export const ClientRef = builder.objectRef<Client>('Client');
export const ProjectRef = builder.objectRef<Project>('Project');
const MessageRole = builder.enumType('MessageRole', { values: ['user', 'assistant', 'system', 'tool'] as const });

const MessageRef = builder.objectRef<Message>('Message').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: MessageRole, resolve: (m) => m.role }),
    content: t.exposeString('content'),
    createdAt: t.field({ type: 'DateTime', resolve: (m) => m.created_at }),
  }),
});

LeadRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    channel: t.field({ type: LeadChannelEnum, resolve: (l) => l.channel }),
    status: t.field({ type: LeadStatusEnum, resolve: (l) => l.status }),
    priority: t.field({ type: PriorityEnum, resolve: (l) => l.priority }),
    name: t.exposeString('name', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    issue: t.exposeString('issue', { nullable: true }),
    capturedData: t.field({ type: 'JSON', description: 'Every answer captured, keyed by question', resolve: (l) => l.captured_data ?? {} }),
    isEmergency: t.exposeBoolean('is_emergency'),
    emergencySeverity: t.exposeInt('emergency_severity', { nullable: true }),
    emergencyNotes: t.exposeString('emergency_notes', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    acknowledgedAt: t.field({ type: 'DateTime', nullable: true, resolve: (l) => l.acknowledged_at }),
    createdAt: t.field({ type: 'DateTime', resolve: (l) => l.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (l) => l.updated_at }),
    conversation: t.loadable({
      type: ConversationRef,
      nullable: true,
      load: (ids: string[], ctx) => loadByIds(ctx.deps.db, 'conversations', businessOf(ctx), ids),
      resolve: (l) => l.conversation_id,
    }),
    client: t.loadable({
      type: ClientRef,
      nullable: true,
      load: (ids: string[], ctx) => loadByIds(ctx.deps.db, 'clients', businessOf(ctx), ids),
      resolve: (l) => l.client_id,
    }),
  }),
});

ConversationRef.implement({
  description: 'A chat session or a phone call',
  fields: (t) => ({
    id: t.exposeID('id'),
    channel: t.field({ type: ConversationChannelEnum, resolve: (c) => c.channel }),
    status: t.field({ type: ConversationStatusEnum, resolve: (c) => c.status }),
    fromNumber: t.exposeString('from_number', { nullable: true }),
    toNumber: t.exposeString('to_number', { nullable: true }),
    startedAt: t.field({ type: 'DateTime', resolve: (c) => c.started_at }),
    endedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.ended_at }),
    durationSeconds: t.exposeInt('duration_seconds', { nullable: true }),
    summary: t.exposeString('summary', { nullable: true }),
    client: t.loadable({
      type: ClientRef,
      nullable: true,
      load: (ids: string[], ctx) => loadByIds(ctx.deps.db, 'clients', businessOf(ctx), ids),
      resolve: (c) => c.client_id,
    }),
    messages: t.loadableGroup({
      type: MessageRef,
      description: 'The transcript, oldest first',
      args: { first: t.arg.int({ defaultValue: 50, description: 'At most 500' }) },
      byPath: true,
      load: (ids: string[], ctx, args) => {
        const n = args.first ?? 50;
        if (n < 1 || n > 500) throw badInput('messages(first) must be between 1 and 500');
        return messagesByConversation(ctx.deps.db, businessOf(ctx), ids, n);
      },
      group: (m) => m.conversation_id,
      resolve: (c) => c.id,
    }),
    leads: t.loadableGroup({
      type: LeadRef,
      load: (ids: string[], ctx) => leadsByConversation(ctx.deps.db, businessOf(ctx), ids),
      group: (l) => l.conversation_id!,
      resolve: (c) => c.id,
    }),
  }),
});

ClientRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    company: t.exposeString('company', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    externalRef: t.exposeString('external_ref', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updated_at }),
    projects: t.loadableGroup({
      type: ProjectRef,
      load: (ids: string[], ctx) => projectsByClient(ctx.deps.db, businessOf(ctx), ids),
      group: (p) => p.client_id!,
      resolve: (c) => c.id,
    }),
  }),
});

ProjectRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    status: t.exposeString('status'),
    progress: t.exposeInt('progress', { nullable: true, description: 'Percent complete' }),
    dueDate: t.string({
      nullable: true,
      description: 'YYYY-MM-DD',
      resolve: (p) => (p.due_date == null ? null : p.due_date instanceof Date ? p.due_date.toISOString().slice(0, 10) : String(p.due_date).slice(0, 10)),
    }),
    description: t.exposeString('description', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    provider: t.exposeString('provider', { description: 'ASANA, JIRA, MONDAY, MOCK or MANUAL' }),
    externalId: t.exposeString('external_id'),
    taskCount: t.exposeInt('task_count'),
    completedTaskCount: t.exposeInt('completed_task_count'),
    lastSyncedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.last_synced_at }),
    client: t.loadable({
      type: ClientRef,
      nullable: true,
      load: (ids: string[], ctx) => loadByIds(ctx.deps.db, 'clients', businessOf(ctx), ids),
      resolve: (p) => p.client_id,
    }),
  }),
});

const withCursor = <T extends { id: string }>(page: Page<T>, at: (n: T) => Date) => ({ ...page, cursorOf: (n: T) => encodeCursor(at(n), n.id) });

const LeadConnection = connectionOf('Lead', LeadRef);
const ConversationConnection = connectionOf('Conversation', ConversationRef);
const ClientConnection = connectionOf('Client', ClientRef);
const ProjectConnection = connectionOf('Project', ProjectRef);

const LeadFilterInput = builder.inputType('LeadFilter', {
  fields: (t) => ({
    status: t.field({ type: [LeadStatusEnum] }),
    priority: t.field({ type: [PriorityEnum] }),
    channel: t.field({ type: [LeadChannelEnum] }),
    isEmergency: t.boolean(),
    createdAfter: t.field({ type: 'DateTime' }),
    createdBefore: t.field({ type: 'DateTime' }),
    search: t.string({ description: 'Matches name, e-mail, phone, address or issue' }),
  }),
});

const pageArgs = (t: any) => ({
  first: t.arg.int({ defaultValue: 20, description: 'Page size, 1 to 100' }),
  after: t.arg.string({ description: 'endCursor of the previous page' }),
});

builder.queryField('leads', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: LeadConnection,
    args: { ...pageArgs(t), filter: t.arg({ type: LeadFilterInput }) },
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      if (f.search && f.search.length > 200) throw badInput('search must be at most 200 characters');
      const page = await listLeads(ctx.deps.db, ctx.actor.businessId, f, pageSize(args.first as number | null), decodeCursor(args.after as string | null));
      return withCursor(page, (l) => l.created_at);
    },
  }),
);

builder.queryField('lead', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: LeadRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => getRecord(ctx.deps.db, 'leads', ctx.actor.businessId, String(args.id)),
  }),
);

const UpdateLeadInput = builder.inputType('UpdateLeadInput', {
  fields: (t) => ({
    status: t.field({ type: LeadStatusEnum }),
    priority: t.field({ type: PriorityEnum }),
    notes: t.string({ description: 'Internal notes; null clears them' }),
    clientId: t.id({ description: 'Link the lead to one of your clients; null unlinks' }),
    acknowledged: t.boolean({ description: 'Mark an emergency as seen' }),
  }),
});

builder.mutationField('updateLead', (t) =>
  t.withAuth({ writer: true }).field({
    type: LeadRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateLeadInput, required: true }) },
    resolve: async (_root, { id, input }, ctx) => {
      const { db } = ctx.deps;
      const businessId = ctx.actor.businessId;
      const lead = await getRecord(db, 'leads', businessId, String(id));
      const now = new Date(ctx.deps.now());
      const set: Record<string, unknown> = { updated_at: now };
      if (input.status) set.status = input.status;
      if (input.priority) set.priority = input.priority;
      if (input.notes !== undefined) set.notes = cleanOptionalText(input.notes, 'Notes', 10_000);
      if (input.clientId !== undefined) set.client_id = input.clientId === null ? null : (await getRecord(db, 'clients', businessId, String(input.clientId))).id;
      if (input.acknowledged != null) set.acknowledged_at = input.acknowledged ? (lead.acknowledged_at ?? now) : null;
      const row = await db.updateTable('leads').set(set).where('id', '=', lead.id).where('business_id', '=', businessId).returningAll().executeTakeFirstOrThrow();
      ctx.deps.events.publish({ type: 'lead.updated', businessId, leadId: row.id });
      return row;
    },
  }),
);

const ConversationFilterInput = builder.inputType('ConversationFilter', {
  fields: (t) => ({
    channel: t.field({ type: ConversationChannelEnum }),
    status: t.field({ type: ConversationStatusEnum }),
    startedAfter: t.field({ type: 'DateTime' }),
    startedBefore: t.field({ type: 'DateTime' }),
  }),
});

builder.queryField('conversations', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConversationConnection,
    args: { ...pageArgs(t), filter: t.arg({ type: ConversationFilterInput }) },
    resolve: async (_root, args, ctx) => {
      const page = await listConversations(ctx.deps.db, ctx.actor.businessId, args.filter ?? {}, pageSize(args.first as number | null), decodeCursor(args.after as string | null));
      return withCursor(page, (c) => c.started_at);
    },
  }),
);

builder.queryField('conversation', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConversationRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => getRecord(ctx.deps.db, 'conversations', ctx.actor.businessId, String(args.id)),
  }),
);

builder.queryField('clients', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ClientConnection,
    args: { ...pageArgs(t), search: t.arg.string({ description: 'Matches name, e-mail, phone or company' }) },
    resolve: async (_root, args, ctx) => {
      if (args.search && args.search.length > 200) throw badInput('search must be at most 200 characters');
      const page = await listClients(ctx.deps.db, ctx.actor.businessId, args.search, pageSize(args.first as number | null), decodeCursor(args.after as string | null));
      return withCursor(page, (c) => c.created_at);
    },
  }),
);

builder.queryField('client', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ClientRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => getRecord(ctx.deps.db, 'clients', ctx.actor.businessId, String(args.id)),
  }),
);

const ClientInput = builder.inputType('ClientInput', {
  fields: (t) => ({
    name: t.string(),
    email: t.string(),
    phone: t.string({ description: 'E.164; spaces, dashes and brackets are removed' }),
    company: t.string(),
    notes: t.string(),
  }),
});

function clientValues(input: { name?: string | null; email?: string | null; phone?: string | null; company?: string | null; notes?: string | null }) {
  const v: Record<string, unknown> = {};
  if (input.name != null) v.name = cleanText(input.name, 'Client name', 200, { required: true });
  if (input.email !== undefined) {
    v.email = input.email ? cleanEmail(input.email, 'Client e-mail') : null;
    v.email_domain = typeof v.email === 'string' ? v.email.split('@')[1] : null;
  }
  if (input.phone !== undefined) v.phone = input.phone ? cleanPhone(input.phone, 'Client phone') : null;
  if (input.company !== undefined) v.company = cleanOptionalText(input.company, 'Company', 200);
  if (input.notes !== undefined) v.notes = cleanOptionalText(input.notes, 'Notes', 10_000);
  return v;
}

builder.mutationField('createClient', (t) =>
  t.withAuth({ writer: true }).field({
    type: ClientRef,
    args: { input: t.arg({ type: ClientInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      if (!input.name) throw badInput('Client name is required');
      const v = clientValues(input);
      return ctx.deps.db
        .insertInto('clients')
        .values({ ...v, name: v.name as string, business_id: ctx.actor.businessId })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  }),
);

builder.mutationField('updateClient', (t) =>
  t.withAuth({ writer: true }).field({
    type: ClientRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ClientInput, required: true }) },
    resolve: async (_root, { id, input }, ctx) => {
      const client = await getRecord(ctx.deps.db, 'clients', ctx.actor.businessId, String(id));
      return ctx.deps.db
        .updateTable('clients')
        .set({ ...clientValues(input), updated_at: new Date(ctx.deps.now()) })
        .where('id', '=', client.id)
        .where('business_id', '=', ctx.actor.businessId)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  }),
);

builder.mutationField('deleteClient', (t) =>
  t.withAuth({ writer: true }).field({
    type: 'Boolean',
    description: 'Deletes the client; its leads, conversations and projects stay, unlinked',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const client = await getRecord(ctx.deps.db, 'clients', ctx.actor.businessId, String(id));
      await ctx.deps.db.deleteFrom('clients').where('id', '=', client.id).where('business_id', '=', ctx.actor.businessId).execute();
      return true;
    },
  }),
);

builder.queryField('projects', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ProjectConnection,
    args: { ...pageArgs(t), clientId: t.arg.id(), status: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const clientId = args.clientId == null ? null : String(args.clientId);
      if (clientId) await getRecord(ctx.deps.db, 'clients', ctx.actor.businessId, clientId);
      const status = args.status ? cleanText(args.status, 'status', 60) : null;
      const page = await listProjects(ctx.deps.db, ctx.actor.businessId, { clientId, status }, pageSize(args.first as number | null), decodeCursor(args.after as string | null));
      return withCursor(page, (p) => p.created_at);
    },
  }),
);

builder.queryField('project', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ProjectRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => getRecord(ctx.deps.db, 'projects', ctx.actor.businessId, String(args.id)),
  }),
);

builder.mutationField('linkProjectToClient', (t) =>
  t.withAuth({ writer: true }).field({
    type: ProjectRef,
    description: 'Sets (or clears, with null) the client a project belongs to',
    args: { projectId: t.arg.id({ required: true }), clientId: t.arg.id() },
    resolve: async (_root, args, ctx) => {
      const { db } = ctx.deps;
      const businessId = ctx.actor.businessId;
      const project = await getRecord(db, 'projects', businessId, String(args.projectId));
      const clientId = args.clientId == null ? null : (await getRecord(db, 'clients', businessId, String(args.clientId))).id;
      return db
        .updateTable('projects')
        .set({ client_id: clientId, updated_at: new Date(ctx.deps.now()) })
        .where('id', '=', project.id)
        .where('business_id', '=', businessId)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  }),
);

