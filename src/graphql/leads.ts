import { decodeCursor, pageSize } from '../db/pagination.js';
import { getRecord } from '../db/records.js';
import { loadClient, loadConversation } from './loaders.js';
import { planLeadEdges } from './lead-edges.js';
import { prefetchedOf } from '../db/prefetch.js';
import type { LeadEdges } from '../leads/page-edges.js';
import { editLead, listLeads } from '../leads/data.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { connectionOf, pageArgs, withCursor } from './connection.js';
import { LeadChannelEnum, LeadStatusEnum, PriorityEnum } from './enums.js';
import { ClientRef, ConversationRef, LeadRef } from './refs.js';
import { CONNECTION_NODES, selectedColumns, type ColumnMap } from './columns.js';
import type { Lead } from '../db/schema.js';

// Leads: the type, the filtered list, one lead, and the owner's edit.
// The list reads its nodes' edges in its own statement (./lead-edges.ts); other paths to a
// lead's edges go through per-request DataLoaders scoped to the caller's business.

LeadRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    channel: t.expose('channel', { type: LeadChannelEnum }),
    status: t.expose('status', { type: LeadStatusEnum }),
    priority: t.expose('priority', { type: PriorityEnum }),
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
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      resolve: (l, _args, ctx, info) => {
        const read = prefetchedOf<LeadEdges>(l)?.conversation;
        if (read !== undefined) return read;
        return l.conversation_id ? loadConversation(ctx, info, l.conversation_id) : null;
      },
    }),
    client: t.field({
      type: ClientRef,
      nullable: true,
      resolve: (l, _args, ctx, info) => {
        const read = prefetchedOf<LeadEdges>(l)?.client;
        if (read !== undefined) return read;
        return l.client_id ? loadClient(ctx, info, l.client_id) : null;
      },
    }),
  }),
});

const LeadConnection = connectionOf('Lead', LeadRef);

/** The columns each Lead field reads (keep in step with LeadRef above; unknown fields read all). */
const LEAD_COLUMNS: ColumnMap<keyof Lead> = {
  id: ['id'],
  channel: ['channel'],
  status: ['status'],
  priority: ['priority'],
  name: ['name'],
  email: ['email'],
  phone: ['phone'],
  address: ['address'],
  issue: ['issue'],
  capturedData: ['captured_data'],
  isEmergency: ['is_emergency'],
  emergencySeverity: ['emergency_severity'],
  emergencyNotes: ['emergency_notes'],
  notes: ['notes'],
  acknowledgedAt: ['acknowledged_at'],
  createdAt: ['created_at'],
  updatedAt: ['updated_at'],
  conversation: ['conversation_id'],
  client: ['client_id'],
};

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

builder.queryField('leads', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: LeadConnection,
    args: { ...pageArgs(t), filter: t.arg({ type: LeadFilterInput }) },
    resolve: async (_root, args, ctx, info) => {
      const f = args.filter ?? {};
      if (f.search && f.search.length > 200) throw badInput('search must be at most 200 characters');
      const columns = selectedColumns(info, CONNECTION_NODES, LEAD_COLUMNS, ['id', 'business_id', 'created_at']);
      // The page's conversations, transcripts, clients and projects come in the leads' statement.
      const page = await listLeads(ctx.deps.db, ctx.actor.businessId, f, pageSize(args.first as number | null), decodeCursor(args.after as string | null), columns, planLeadEdges(info));
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
      const businessId = ctx.actor.businessId;
      const row = await editLead(ctx.deps.db, businessId, String(id), { ...input, clientId: input.clientId == null ? input.clientId : String(input.clientId) }, new Date(ctx.deps.now()));
      ctx.deps.events.publish({ type: 'lead.updated', businessId, leadId: row.id });
      return row;
    },
  }),
);

