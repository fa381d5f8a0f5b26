import type { Kysely } from 'kysely';
import type { Client, Conversation, Database, Lead, Project } from './schema.js';
import { notFound } from '../errors.js';
import { isUuid } from './ids.js';

// One row (or a batch of rows) by id, always filtered by business_id: a row of another
// business is indistinguishable from a missing one. The domain folders and GraphQL loaders
// use these for leads, conversations, clients and projects.

type Db = Kysely<Database>;

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

/**
 * Batch loader body: rows for `ids` in the business, in `ids` order, null where missing.
 * `columns` limits what is read (the rows then carry only those, for the caller that asked).
 */
export async function loadByIds<T extends ByIdTable>(db: Db, table: T, businessId: string, ids: readonly string[], columns?: ReadonlyArray<keyof RowOf<T>>): Promise<Array<RowOf<T> | null>> {
  const valid = [...new Set(ids.filter(isUuid))];
  const from = (db as Kysely<any>).selectFrom(table as string);
  const query = columns ? from.select([...new Set([...columns, 'id'])] as string[]) : from.selectAll();
  const rows: Array<RowOf<T>> = valid.length ? ((await query.where('business_id', '=', businessId).where('id', 'in', valid).execute()) as Array<RowOf<T>>) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
