import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Client, Conversation } from '../db/schema.js';
import { loadByIds } from '../db/records.js';
import { projectsByClient, type ProjectView } from '../projects/data.js';
import { messagesByConversation, type TranscriptMessage } from '../conversations/data.js';
import { businessOf } from './refs.js';
import type { GraphQLContext } from './context.js';
import { selectedColumns, type ColumnMap } from './columns.js';

// Batched edges that read only the columns their selection needs. One DataLoader per request
// (context), per edge and per column set: the 50 leads of a page ask for their conversations
// with the same selection, so they share one loader and one query. Loaders die with the
// request's context and are scoped to the caller's business (no cross-tenant row, no leak).

const loaders = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

function loaderFor<V>(ctx: GraphQLContext, key: string, batch: (ids: readonly string[]) => Promise<ArrayLike<V | Error>>): DataLoader<string, V> {
  let byKey = loaders.get(ctx);
  if (!byKey) loaders.set(ctx, (byKey = new Map()));
  let loader = byKey.get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch);
    byKey.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** Columns each Conversation field reads (unknown fields, e.g. callAnalytics, read them all). */
export const CONVERSATION_COLUMNS: ColumnMap<keyof Conversation> = {
  id: ['id'],
  channel: ['channel'],
  status: ['status'],
  fromNumber: ['from_number'],
  toNumber: ['to_number'],
  startedAt: ['started_at'],
  endedAt: ['ended_at'],
  durationSeconds: ['duration_seconds'],
  summary: ['summary'],
  client: ['client_id'],
  messages: ['id'],
  leads: ['id'],
};

/** Columns each Client field reads. */
export const CLIENT_COLUMNS: ColumnMap<keyof Client> = {
  id: ['id'],
  name: ['name'],
  email: ['email'],
  phone: ['phone'],
  company: ['company'],
  notes: ['notes'],
  externalRef: ['external_ref'],
  createdAt: ['created_at'],
  updatedAt: ['updated_at'],
  projects: ['id'],
};

/** Columns each Project field reads. */
export const PROJECT_COLUMNS: ColumnMap<keyof ProjectView> = {
  id: ['id'],
  name: ['name'],
  status: ['status'],
  progress: ['progress'],
  dueDate: ['due_date'],
  description: ['description'],
  url: ['url'],
  provider: ['provider'],
  externalId: ['external_id'],
  taskCount: ['task_count'],
  completedTaskCount: ['completed_task_count'],
  lastSyncedAt: ['last_synced_at'],
  client: ['client_id'],
};

const keyOf = (columns: readonly string[] | undefined) => (columns ? [...columns].sort().join(',') : '*');

/** The conversation (of the caller's business) with `id`, reading only what `info` selects. */
export function loadConversation(ctx: GraphQLContext, info: GraphQLResolveInfo, id: string): Promise<Conversation | null> {
  const columns = selectedColumns(info, [[]], CONVERSATION_COLUMNS, ['id', 'business_id']);
  const businessId = businessOf(ctx);
  // Rows carry the selected columns only; the fields that run on them read nothing else.
  return loaderFor<Conversation | null>(ctx, `conversations:${keyOf(columns)}`, (ids) => loadByIds(ctx.deps.db, 'conversations', businessId, ids, columns)).load(id);
}

/** The client (of the caller's business) with `id`, reading only what `info` selects. */
export function loadClient(ctx: GraphQLContext, info: GraphQLResolveInfo, id: string): Promise<Client | null> {
  const columns = selectedColumns(info, [[]], CLIENT_COLUMNS, ['id', 'business_id']);
  const businessId = businessOf(ctx);
  return loaderFor<Client | null>(ctx, `clients:${keyOf(columns)}`, (ids) => loadByIds(ctx.deps.db, 'clients', businessId, ids, columns)).load(id);
}

/** The projects of client `clientId`, newest first, reading only what `info` selects. */
export function loadClientProjects(ctx: GraphQLContext, info: GraphQLResolveInfo, clientId: string): Promise<ProjectView[]> {
  const columns = selectedColumns(info, [[]], PROJECT_COLUMNS, ['id', 'business_id', 'client_id', 'created_at']);
  const businessId = businessOf(ctx);
  return loaderFor<ProjectView[]>(ctx, `projects-by-client:${keyOf(columns)}`, async (ids) => {
    const rows = await projectsByClient(ctx.deps.db, businessId, ids, columns);
    const groups = new Map<string, ProjectView[]>();
    for (const p of rows) groups.set(p.client_id!, [...(groups.get(p.client_id!) ?? []), p]);
    return ids.map((id) => groups.get(id) ?? []);
  }).load(clientId);
}

/** The first `first` transcript lines of conversation `id` (of the caller's business), oldest first. */
export function loadMessages(ctx: GraphQLContext, id: string, first: number): Promise<TranscriptMessage[]> {
  const businessId = businessOf(ctx);
  return loaderFor<TranscriptMessage[]>(ctx, `messages:${first}`, async (ids) => {
    const rows = await messagesByConversation(ctx.deps.db, businessId, ids, first);
    const groups = new Map<string, TranscriptMessage[]>();
    for (const m of rows) {
      const group = groups.get(m.conversation_id);
      if (group) group.push(m);
      else groups.set(m.conversation_id, [m]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  }).load(id);
}
