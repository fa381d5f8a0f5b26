import type { Kysely } from 'kysely';
import type { Database, Project } from '../db/schema.js';
import { toPage, type Cursor, type Page } from '../db/pagination.js';
import { getRecord } from '../db/records.js';
import { isUuid } from '../db/ids.js';

// Projects (synced from the PM tools or entered by hand) as the admin API reads and links
// them. Data functions take `db` first; every query is filtered by business_id.

type Db = Kysely<Database>;

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

/** A project as the admin API shows it: without the provider's raw payload (large, never shown). */
export type ProjectView = Omit<Project, 'raw'>;

const PROJECT_VIEW_COLUMNS = [
  'id', 'business_id', 'client_id', 'integration_id', 'provider', 'external_id', 'name', 'status', 'progress', 'due_date',
  'description', 'url', 'customer_ref', 'task_count', 'completed_task_count', 'last_synced_at', 'created_at', 'updated_at',
] as const satisfies ReadonlyArray<keyof ProjectView>;

/** The projects of these clients, newest first; `columns` limits what is read (default: the view). */
export async function projectsByClient(db: Db, businessId: string, clientIds: readonly string[], columns: ReadonlyArray<keyof ProjectView> = PROJECT_VIEW_COLUMNS): Promise<ProjectView[]> {
  const ids = [...new Set(clientIds.filter(isUuid))];
  if (!ids.length) return [];
  const cols = [...new Set([...columns, 'id', 'client_id', 'created_at'])] as Array<(typeof PROJECT_VIEW_COLUMNS)[number]>;
  // Rows carry the asked columns only (typed as the view for the caller that asked for them).
  const rows = await db.selectFrom('projects').select(cols).where('business_id', '=', businessId).where('client_id', 'in', ids).orderBy('created_at', 'desc').execute();
  return rows as ProjectView[];
}

/** Sets (or clears, with null) the client a project belongs to; both must be the business's. */
export async function linkProjectToClient(db: Db, businessId: string, projectId: string, clientId: string | null, now: Date): Promise<Project> {
  const project = await getRecord(db, 'projects', businessId, projectId);
  const client = clientId == null ? null : (await getRecord(db, 'clients', businessId, clientId)).id;
  return db
    .updateTable('projects')
    .set({ client_id: client, updated_at: now })
    .where('id', '=', project.id)
    .where('business_id', '=', businessId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
