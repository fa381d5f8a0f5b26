import type { Kysely } from 'kysely';
import type { Business, BusinessUpdate, Database, Plan, User } from '../db/schema.js';
import { defaultVoiceGreeting } from '../agent/trade-defaults.js';
import { isUuid } from '../db/ids.js';
import { notFound } from '../errors.js';
import { businessCountry, type CountryCode } from '../contacts/index.js';

// The business and its users as the API reads them: plain functions over `db`, scoped by businessId.

export async function getBusiness(db: Kysely<Database>, businessId: string): Promise<Business> {
  const row = await db.selectFrom('businesses').selectAll().where('id', '=', businessId).executeTakeFirst();
  if (!row) throw notFound('Business');
  return row;
}

/**
 * The country a number the owner types without its country code is read in: the business's
 * (contacts.businessCountry: its numbers, else its time zone; `timezone`: one being saved with it).
 */
export async function countryOfBusiness(db: Kysely<Database>, businessId: string, timezone?: string | null): Promise<CountryCode> {
  const b = await getBusiness(db, businessId);
  return businessCountry({ ...b, timezone: timezone ?? b.timezone });
}

/**
 * The owner's edit of the business profile. A new name carries into the phone greeting while it
 * is still the default one that named the business (QA: renamed, callers still heard the name
 * typed at sign-up); a greeting the owner wrote is theirs and is left as it is.
 */
export async function updateBusinessProfile(db: Kysely<Database>, businessId: string, set: BusinessUpdate, now: Date): Promise<Business> {
  return db.transaction().execute(async (trx) => {
    const before = set.name !== undefined ? await trx.selectFrom('businesses').select('name').where('id', '=', businessId).forUpdate().executeTakeFirst() : undefined;
    const row = await trx.updateTable('businesses').set({ ...set, updated_at: now }).where('id', '=', businessId).returningAll().executeTakeFirstOrThrow();
    if (before && before.name !== row.name) {
      await trx
        .updateTable('agent_configs')
        .set({ voice_greeting: defaultVoiceGreeting(row.name), updated_at: now })
        .where('business_id', '=', businessId)
        .where('voice_greeting', '=', defaultVoiceGreeting(before.name))
        .execute();
    }
    return row;
  });
}

export async function getUser(db: Kysely<Database>, businessId: string, userId: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).where('business_id', '=', businessId).executeTakeFirst();
}

/** Platform operation: change a business's tier. */
export async function setPlan(db: Kysely<Database>, businessId: string, plan: Plan, now: Date) {
  if (!isUuid(businessId)) throw notFound('Business');
  const row = await db.updateTable('businesses').set({ plan, updated_at: now }).where('id', '=', businessId).returningAll().executeTakeFirst();
  if (!row) throw notFound('Business');
  return row;
}
