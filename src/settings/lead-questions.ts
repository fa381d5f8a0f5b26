import type { Kysely, Updateable } from 'kysely';
import type { Database, ExpectedFormat, LeadQuestion, LeadQuestionsTable, MapsTo, Plan } from '../db/schema.js';
import { AppError, badInput, notFound } from '../errors.js';
import { isUuid } from '../db/ids.js';
import { cheapestPlanWith, limit } from '../plans/index.js';

// The questions the agent asks to capture a lead, in the owner's order. Data functions take
// `db` first; every query is filtered by business_id.

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

export interface NewLeadQuestion {
  question: string;
  expectedFormat?: ExpectedFormat | null;
  required?: boolean | null;
  mapsTo?: MapsTo | null;
  essentialForEmergency?: boolean | null;
}

/** Appends a question, within the plan's limit (PLAN_UPGRADE_REQUIRED past it) and at most 100. */
export async function createLeadQuestion(db: Kysely<Database>, businessId: string, plan: Plan, input: NewLeadQuestion): Promise<LeadQuestion> {
  return db.transaction().execute(async (trx) => {
    // Lock the business row so two concurrent creates cannot both pass the limit check.
    await trx.selectFrom('businesses').select('id').where('id', '=', businessId).forUpdate().executeTakeFirst();
    const existing = await trx.selectFrom('lead_questions').select(['position']).where('business_id', '=', businessId).execute();
    const max = limit(plan, 'leadQuestions');
    if (existing.length >= max) {
      const requiredPlan = cheapestPlanWith('unlimitedLeadQuestions');
      throw new AppError('PLAN_UPGRADE_REQUIRED', `Your plan allows ${max} lead questions; the ${requiredPlan} plan allows unlimited questions`, {
        feature: 'unlimitedLeadQuestions',
        requiredPlan,
      });
    }
    if (existing.length >= 100) throw badInput('At most 100 lead questions');
    const position = existing.reduce((m, r) => Math.max(m, r.position + 1), 0);
    return trx
      .insertInto('lead_questions')
      .values({
        business_id: businessId,
        position,
        question: input.question,
        expected_format: input.expectedFormat ?? 'TEXT',
        required: input.required ?? true,
        maps_to: input.mapsTo ?? null,
        essential_for_emergency: input.essentialForEmergency ?? false,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

export async function updateLeadQuestion(db: Kysely<Database>, businessId: string, id: string, set: Updateable<LeadQuestionsTable>, now: Date): Promise<LeadQuestion> {
  const q = await getLeadQuestion(db, businessId, id);
  return db
    .updateTable('lead_questions')
    .set({ ...set, updated_at: now })
    .where('id', '=', q.id)
    .where('business_id', '=', businessId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteLeadQuestion(db: Kysely<Database>, businessId: string, id: string): Promise<void> {
  const q = await getLeadQuestion(db, businessId, id);
  await db.deleteFrom('lead_questions').where('id', '=', q.id).where('business_id', '=', businessId).execute();
}
