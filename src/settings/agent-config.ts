import type { Kysely, Updateable } from 'kysely';
import type { AgentConfig, AgentConfigsTable, Database } from '../db/schema.js';

// What the agent says and how it sounds: one row per business. Data functions take `db` first.

/** The business's agent config, created with defaults if an older business lacks one. */
export async function getAgentConfig(db: Kysely<Database>, businessId: string): Promise<AgentConfig> {
  const row = await db.selectFrom('agent_configs').selectAll().where('business_id', '=', businessId).executeTakeFirst();
  if (row) return row;
  return db
    .insertInto('agent_configs')
    .values({ business_id: businessId })
    .onConflict((oc) => oc.column('business_id').doUpdateSet({ business_id: businessId }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Applies validated changes to the business's agent config (created with defaults first if missing). */
export async function saveAgentConfig(db: Kysely<Database>, businessId: string, set: Updateable<AgentConfigsTable>, now: Date): Promise<AgentConfig> {
  await getAgentConfig(db, businessId);
  return db.updateTable('agent_configs').set({ ...set, updated_at: now }).where('business_id', '=', businessId).returningAll().executeTakeFirstOrThrow();
}
