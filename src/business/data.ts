import type { Kysely } from 'kysely';
import type { Business, Database, Plan, User } from '../db/schema.js';
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
