import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, PmProvider as PmProviderName } from '../db/schema.js';
import type { ClientMatcher } from './client-linking.js';
import type { NormalizedProject } from './pm/types.js';

// Writes synced projects. Every statement is keyed by (business, provider, external id), the
// unique key of the projects table, so a re-sync or a replayed webhook converges on one row.

type Db = Kysely<Database> | Transaction<Database>;

export async function upsertProject(
  db: Db,
  target: { businessId: string; integrationId: string; provider: PmProviderName },
  p: NormalizedProject,
  matcher: ClientMatcher,
  now: Date,
): Promise<void> {
  const values = {
    name: p.name,
    status: p.status,
    progress: p.progress,
    due_date: p.dueDate,
    description: p.description,
    url: p.url,
    customer_ref: p.customerRef,
    task_count: p.taskCount,
    completed_task_count: p.completedTaskCount,
    raw: JSON.stringify({ ...p.raw, contactEmails: p.contactEmails }),
    last_synced_at: now,
    updated_at: now,
    integration_id: target.integrationId,
  };
  const clientId = matcher.match(p);
  await db
    .insertInto('projects')
    .values({ business_id: target.businessId, provider: target.provider, external_id: p.externalId, client_id: clientId, ...values })
    .onConflict((oc) =>
      oc.columns(['business_id', 'provider', 'external_id']).doUpdateSet({
        ...values,
        // A client the owner linked by hand (no automatic match) is kept.
        client_id: (eb) => eb.fn.coalesce(eb.val(clientId), eb.ref('projects.client_id')),
      }),
    )
    .execute();
}

export async function deleteProject(db: Db, businessId: string, provider: PmProviderName, externalId: string): Promise<number> {
  const res = await db.deleteFrom('projects').where('business_id', '=', businessId).where('provider', '=', provider).where('external_id', '=', externalId).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Removes projects of this integration the vendor no longer lists. */
export async function deleteMissingProjects(db: Db, businessId: string, integrationId: string, keep: string[]): Promise<void> {
  let q = db.deleteFrom('projects').where('business_id', '=', businessId).where('integration_id', '=', integrationId);
  if (keep.length) q = q.where('external_id', 'not in', keep);
  await q.execute();
}

export async function countProjects(db: Db, businessId: string, integrationId: string): Promise<{ projectCount: number; taskCount: number }> {
  const row = await db
    .selectFrom('projects')
    .select([sql<number>`count(*)::int`.as('projects'), sql<number>`coalesce(sum(task_count), 0)::int`.as('tasks')])
    .where('business_id', '=', businessId)
    .where('integration_id', '=', integrationId)
    .executeTakeFirstOrThrow();
  return { projectCount: Number(row.projects), taskCount: Number(row.tasks) };
}

/** Re-applies the link rules to every project of a business (after a rule or client changes). */
export async function relinkProjects(db: Db, businessId: string, matcher: ClientMatcher): Promise<number> {
  const rows = await db.selectFrom('projects').select(['id', 'customer_ref', 'raw', 'client_id']).where('business_id', '=', businessId).execute();
  let changed = 0;
  for (const r of rows) {
    const raw = (typeof r.raw === 'string' ? JSON.parse(r.raw) : r.raw) as { contactEmails?: string[] };
    const clientId = matcher.match({ customerRef: r.customer_ref, contactEmails: Array.isArray(raw?.contactEmails) ? raw.contactEmails : [] });
    if (clientId && clientId !== r.client_id) {
      await db.updateTable('projects').set({ client_id: clientId }).where('business_id', '=', businessId).where('id', '=', r.id).execute();
      changed++;
    }
  }
  return changed;
}
