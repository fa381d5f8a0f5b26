import type { Kysely } from 'kysely';
import type { AgentConfig, Database, LeadQuestion, WidgetConfig } from '../db/schema.js';
import { badInput, notFound } from '../errors.js';
import { isUuid } from '../db/ids.js';

// Agent, widget and lead-question settings: plain functions over db, scoped by businessId.

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

export async function listLeadQuestions(db: Kysely<Database>, businessId: string): Promise<LeadQuestion[]> {
  return db.selectFrom('lead_questions').selectAll().where('business_id', '=', businessId).orderBy('position').orderBy('created_at').execute();
}

export async function getLeadQuestion(db: Kysely<Database>, businessId: string, id: string): Promise<LeadQuestion> {
  if (!isUuid(id)) throw notFound('Lead question');
  const row = await db.selectFrom('lead_questions').selectAll().where('id', '=', id).where('business_id', '=', businessId).executeTakeFirst();
  if (!row) throw notFound('Lead question');
  return row;
}

/** Sets positions 0..n-1 in the given order; the ids must be exactly the business's questions. */
export async function reorderLeadQuestions(db: Kysely<Database>, businessId: string, ids: string[], now: Date): Promise<LeadQuestion[]> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('lead_questions').select('id').where('business_id', '=', businessId).forUpdate().execute();
    const known = new Set(existing.map((r) => r.id));
    for (const id of ids) if (!known.has(id)) throw notFound('Lead question');
    if (new Set(ids).size !== ids.length || ids.length !== known.size) {
      throw badInput('Reorder needs every lead question id exactly once');
    }
    for (const [position, id] of ids.entries()) {
      await trx.updateTable('lead_questions').set({ position, updated_at: now }).where('id', '=', id).where('business_id', '=', businessId).execute();
    }
    return trx.selectFrom('lead_questions').selectAll().where('business_id', '=', businessId).orderBy('position').execute();
  });
}
