import { sql, type Kysely, type Updateable } from 'kysely';
import type { Database, Lead, LeadChannel, LeadsTable, LeadStatus, Priority } from '../db/schema.js';
import { likePattern, toPage, type Cursor, type Page } from '../db/pagination.js';
import { getRecord } from '../db/records.js';
import { isUuid } from '../db/ids.js';
import { cleanOptionalText } from '../validate.js';
import { leadEdgeSelections, readLeadsWithEdges, type LeadEdgesPlan } from './page-edges.js';

// Leads as the admin API reads and edits them. Data functions take `db` first, so a
// transaction fits the same parameter; every query is filtered by business_id.

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

/**
 * A page of the business's leads, newest first. `columns` limits what is read (the GraphQL
 * page passes the columns its selection needs); rows then carry only those, typed as Lead
 * for the caller that asked for them. `edges` reads the lead's conversation and client (and
 * their transcript and projects) in the same statement (./page-edges.ts).
 */
export async function listLeads(db: Db, businessId: string, f: LeadFilter, size: number, after?: Cursor, columns?: ReadonlyArray<keyof Lead>, edges?: LeadEdgesPlan): Promise<Page<Lead>> {
  // With edges the statement becomes the subquery of one JSON aggregate (readLeadsWithEdges):
  // built without plugins (none are configured today): one would transform the outer statement, subquery included, once.
  const base = leadQuery(edges ? db.withoutPlugins() : db, businessId, f);
  let q = (columns ? base.select([...new Set<keyof Lead>([...columns, 'id', 'created_at'])]) : base.selectAll()) as unknown as ReturnType<typeof base.selectAll>;
  if (edges) q = q.select(leadEdgeSelections(businessId, edges)) as unknown as typeof q;
  if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
  const ordered = q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(size + 1);
  const rows = edges ? await readLeadsWithEdges(db, ordered, edges) : await ordered.execute();
  return toPage(rows, size, (r) => r.created_at, async () => Number((await leadQuery(db, businessId, f).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n));
}

export async function leadsByConversation(db: Db, businessId: string, conversationIds: readonly string[]): Promise<Lead[]> {
  const ids = [...new Set(conversationIds.filter(isUuid))];
  if (!ids.length) return [];
  return db.selectFrom('leads').selectAll().where('business_id', '=', businessId).where('conversation_id', 'in', ids).orderBy('created_at').execute();
}

export interface LeadEdit {
  status?: LeadStatus | null;
  priority?: Priority | null;
  /** Internal notes; null clears them. */
  notes?: string | null;
  /** One of the business's clients; null unlinks. */
  clientId?: string | null;
  /** Marks an emergency as seen (true) or unseen (false). */
  acknowledged?: boolean | null;
}

/** Applies an owner's edit to one lead of the business (NOT_FOUND for another business's lead or client). */
export async function editLead(db: Db, businessId: string, id: string, edit: LeadEdit, now: Date): Promise<Lead> {
  const lead = await getRecord(db, 'leads', businessId, id);
  const set: Updateable<LeadsTable> = { updated_at: now };
  if (edit.status) set.status = edit.status;
  if (edit.priority) set.priority = edit.priority;
  if (edit.notes !== undefined) set.notes = cleanOptionalText(edit.notes, 'Notes', 10_000);
  if (edit.clientId !== undefined) set.client_id = edit.clientId === null ? null : (await getRecord(db, 'clients', businessId, edit.clientId)).id;
  if (edit.acknowledged != null) set.acknowledged_at = edit.acknowledged ? (lead.acknowledged_at ?? now) : null;
  return db.updateTable('leads').set(set).where('id', '=', lead.id).where('business_id', '=', businessId).returningAll().executeTakeFirstOrThrow();
}
