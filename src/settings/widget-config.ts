import type { Kysely, Updateable } from 'kysely';
import type { Database, WidgetConfig, WidgetConfigsTable } from '../db/schema.js';

// The chat widget's look: one row per business. Data functions take `db` first.

export async function getWidgetConfig(db: Kysely<Database>, businessId: string): Promise<WidgetConfig> {
  const row = await db.selectFrom('widget_configs').selectAll().where('business_id', '=', businessId).executeTakeFirst();
  if (row) return row;
  return db
    .insertInto('widget_configs')
    .values({ business_id: businessId })
    .onConflict((oc) => oc.column('business_id').doUpdateSet({ business_id: businessId }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Applies validated changes to the business's widget config (created with defaults first if missing). */
export async function saveWidgetConfig(db: Kysely<Database>, businessId: string, set: Updateable<WidgetConfigsTable>, now: Date): Promise<WidgetConfig> {
  await getWidgetConfig(db, businessId);
  return db.updateTable('widget_configs').set({ ...set, updated_at: now }).where('business_id', '=', businessId).returningAll().executeTakeFirstOrThrow();
}
