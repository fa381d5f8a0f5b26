import { sql, type Kysely } from 'kysely';
import type { Client, Conversation, Database, Lead, LeadChannel, LeadStatus, Message, Priority, Project, ConversationChannel, ConversationStatus } from '../db/schema.js';
import { notFound } from '../errors.js';
import { isUuid } from '../db/ids.js';
import { likePattern, toPage, type Cursor, type Page } from './pagination.js';

// Leads, conversations, clients and projects for the admin API. Every query is filtered by
// business_id; a row of another business is indistinguishable from a missing one.

type Db = Kysely<Database>;

export interface LeadFilter {
  status?: LeadStatus[] | null;
  priority?: Priority[] | null;
  channel?: LeadChannel[] | null;
  isEmergency?: boolean | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  search?: string | null;
}

function leadQuery(db: Db, businessId: string, f: LeadFilter) {
  let q = db.selectFrom('leads').where('business_id', '=', businessId);
  if (f.status?.length) q = q.where('status', 'in', f.status);
  if (f.priority?.length) q = q.where('priority', 'in', f.priority);
  if (f.channel?.length) q = q.where('channel', 'in', f.channel);
  if (f.isEmergency != null) q = q.where('is_emergency', '=', f.isEmergency);
  if (f.createdAfter) q = q.where('created_at', '>=', f.createdAfter);
  if (f.createdBefore) q = q.where('created_at', '<', f.createdBefore);
  const text = f.search?.trim();
  if (text) {
    const p = likePattern(text);
    q = q.where((eb) => eb.or(['name', 'email', 'phone', 'address', 'issue'].map((c) => eb(sql.ref(c), 'ilike', p))));
  }
  return q;
}

export async function listLeads(db: Db, businessId: string, f: LeadFilter, size: number, after?: Cursor): Promise<Page<Lead>> {
  let q = leadQuery(db, businessId, f).selectAll();
  if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(size + 1).execute();
  return toPage(rows, size, (r) => r.created_at, async () => Number((await leadQuery(db, businessId, f).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n));
}

export interface ConversationFilter {
  channel?: ConversationChannel | null;
  status?: ConversationStatus | null;
  startedAfter?: Date | null;
  startedBefore?: Date | null;
}

function conversationQuery(db: Db, businessId: string, f: ConversationFilter) {
  let q = db.selectFrom('conversations').where('business_id', '=', businessId);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.startedAfter) q = q.where('started_at', '>=', f.startedAfter);
  if (f.startedBefore) q = q.where('started_at', '<', f.startedBefore);
  return q;
}

export async function listConversations(db: Db, businessId: string, f: ConversationFilter, size: number, after?: Cursor): Promise<Page<Conversation>> {
  let q = conversationQuery(db, businessId, f).selectAll();
  if (after) q = q.where((eb) => eb.or([eb('started_at', '<', after.at), eb.and([eb('started_at', '=', after.at), eb('id', '<', after.id)])]));
  const rows = await q.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(size + 1).execute();
  return toPage(rows, size, (r) => r.started_at, async () => Number((await conversationQuery(db, businessId, f).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n));
}

function clientQuery(db: Db, businessId: string, search?: string | null) {
  let q = db.selectFrom('clients').where('business_id', '=', businessId);
  const text = search?.trim();
  if (text) {
    const p = likePattern(text);
    q = q.where((eb) => eb.or(['name', 'email', 'phone', 'company'].map((c) => eb(sql.ref(c), 'ilike', p))));
  }
  return q;
}

export async function listClients(db: Db, businessId: string, search: string | null | undefined, size: number, after?: Cursor): Promise<Page<Client>> {
  let q = clientQuery(db, businessId, search).selectAll();
  if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(size + 1).execute();
  return toPage(rows, size, (r) => r.created_at, async () => Number((await clientQuery(db, businessId, search).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n));
}

export async function listProjects(db: Db, businessId: string, f: { clientId?: string | null; status?: string | null }, size: number, after?: Cursor): Promise<Page<Project>> {
  const base = () => {
    let q = db.selectFrom('projects').where('business_id', '=', businessId);
    if (f.clientId) q = q.where('client_id', '=', f.clientId);
    if (f.status) q = q.where('status', '=', f.status);
    return q;
  };
  let q = base().selectAll();
  if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(size + 1).execute();
  return toPage(rows, size, (r) => r.created_at, async () => Number((await base().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n));
}

type ByIdTable = 'leads' | 'conversations' | 'clients' | 'projects';
type RowOf<T extends ByIdTable> = { leads: Lead; conversations: Conversation; clients: Client; projects: Project }[T];

const LABEL: Record<ByIdTable, string> = { leads: 'Lead', conversations: 'Conversation', clients: 'Client', projects: 'Project' };

/** One row by id in the business, or NOT_FOUND (malformed ids never reach the database). */
export async function getRecord<T extends ByIdTable>(db: Db, table: T, businessId: string, id: string): Promise<RowOf<T>> {
  if (!isUuid(id)) throw notFound(LABEL[table]);
  const row = await (db as Kysely<any>)
    .selectFrom(table)
    .selectAll()
    .where('id', '=', id)
    .where('business_id', '=', businessId)
    .executeTakeFirst();
  if (!row) throw notFound(LABEL[table]);
  return row as RowOf<T>;
}

/** Batch loader body: rows for `ids` in the business, in `ids` order, null where missing. */
export async function loadByIds<T extends ByIdTable>(db: Db, table: T, businessId: string, ids: readonly string[]): Promise<Array<RowOf<T> | null>> {
  const valid = [...new Set(ids.filter(isUuid))];
  const rows: Array<RowOf<T>> = valid.length
    ? ((await (db as Kysely<any>).selectFrom(table).selectAll().where('business_id', '=', businessId).where('id', 'in', valid).execute()) as Array<RowOf<T>>)
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function projectsByClient(db: Db, businessId: string, clientIds: readonly string[]): Promise<Project[]> {
  const ids = [...new Set(clientIds.filter(isUuid))];
  if (!ids.length) return [];
  return db.selectFrom('projects').selectAll().where('business_id', '=', businessId).where('client_id', 'in', ids).orderBy('created_at', 'desc').execute();
}

export async function leadsByConversation(db: Db, businessId: string, conversationIds: readonly string[]): Promise<Lead[]> {
  const ids = [...new Set(conversationIds.filter(isUuid))];
  if (!ids.length) return [];
  return db.selectFrom('leads').selectAll().where('business_id', '=', businessId).where('conversation_id', 'in', ids).orderBy('created_at').execute();
}

/** The first `perConversation` messages of each conversation, in one query. */
export async function messagesByConversation(db: Db, businessId: string, conversationIds: readonly string[], perConversation: number): Promise<Message[]> {
  const ids = [...new Set(conversationIds.filter(isUuid))];
  if (!ids.length) return [];
  const ranked = db
    .selectFrom('messages')
    .selectAll()
    .select(sql<number>`row_number() over (partition by conversation_id order by created_at, id)`.as('rn'))
    .where('business_id', '=', businessId)
    .where('conversation_id', 'in', ids)
    .as('m');
  const rows = await db.selectFrom(ranked).selectAll().where('rn', '<=', perConversation).orderBy('created_at').orderBy('id').execute();
  return rows.map(({ rn: _rn, ...m }) => m as Message);
}
