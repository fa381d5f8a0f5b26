import type { Kysely, Transaction } from 'kysely';
import { API_KEY_HOLDER_ROLES } from '../auth/service.js';
import type { Database, Plan, Role, User } from '../db/schema.js';
import { hashPassword, validatePasswordStrength } from '../auth/password.js';
import { AppError, badInput, notFound } from '../errors.js';
import { isUuid } from '../db/ids.js';
import { cleanEmail, cleanText } from './validate.js';
import { isTrade, tradeDefaults, type Trade } from '../agent/trade-defaults.js';
import { accountExists } from './account-exists.js';

// Sign-up, team members and plan changes: plain functions over db, scoped by businessId.

export interface SignUpInput {
  businessName: string;
  email: string;
  password: string;
  name?: string | null;
  /** Seeds the trade's lead questions, emergency words and persona (default OTHER). */
  trade?: Trade | null;
  /** IANA timezone, e.g. the browser's (default UTC). */
  timezone?: string | null;
}

function cleanTimezone(raw: string | null | undefined): string {
  const tz = raw?.trim();
  if (!tz) return 'UTC';
  if (tz.length > 64) throw badInput('Unknown timezone', { field: 'timezone' });
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    throw badInput('Unknown timezone; use an IANA name such as America/New_York', { field: 'timezone' });
  }
}

/** Refuses a chosen password that is short or guessable (common, breached-style, built from the person's own data). */
export function checkPassword(password: string, context: Array<string | null | undefined> = [], field = 'password'): void {
  const problem = validatePasswordStrength(typeof password === 'string' ? password : '', context);
  if (problem) throw badInput(problem, { field });
}

const isUniqueViolation = (err: unknown): boolean => (err as { code?: string })?.code === '23505';

/**
 * Creates a FREE business with its owner, default agent + widget configs and the trade's lead
 * questions, emergency words and persona (all editable later), in one transaction.
 */
export async function signUp(db: Kysely<Database>, input: SignUpInput): Promise<{ businessId: string; user: Pick<User, 'id' | 'business_id' | 'role'> }> {
  const businessName = cleanText(input.businessName, 'Business name', 200, { required: true });
  const email = cleanEmail(input.email, 'E-mail');
  checkPassword(input.password);
  const name = input.name ? cleanText(input.name, 'Name', 200) : null;
  if (input.trade != null && !isTrade(input.trade)) throw badInput('Unknown trade', { field: 'trade' });
  const timezone = cleanTimezone(input.timezone);
  const defaults = tradeDefaults(input.trade ?? 'OTHER');
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction().execute(async (trx) => {
      const business = await trx
        .insertInto('businesses')
        .values({ name: businessName, plan: 'FREE', notification_email: email, timezone })
        .returning('id')
        .executeTakeFirstOrThrow();
      const user = await trx
        .insertInto('users')
        .values({ business_id: business.id, email, name, password_hash: passwordHash, role: 'OWNER' })
        .returning(['id', 'business_id', 'role'])
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('agent_configs')
        .values({
          business_id: business.id,
          persona: defaults.persona,
          welcome_message: defaults.welcome,
          voice_greeting: defaults.voiceGreeting,
          emergency_keywords: defaults.emergencyKeywords,
        })
        .execute();
      await trx
        .insertInto('lead_questions')
        .values(defaults.questions.map((q, position) => ({ ...q, business_id: business.id, position })))
        .execute();
      await trx.insertInto('widget_configs').values({ business_id: business.id }).execute();
      return { businessId: business.id, user };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw await accountExists(db, email, 'sign-up');
    throw err;
  }
}

export async function listUsers(db: Kysely<Database>, businessId: string): Promise<User[]> {
  return db.selectFrom('users').selectAll().where('business_id', '=', businessId).orderBy('created_at').orderBy('id').execute();
}

export async function getUserOrThrow(db: Kysely<Database>, businessId: string, id: string): Promise<User> {
  if (!isUuid(id)) throw notFound('User');
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).where('business_id', '=', businessId).executeTakeFirst();
  if (!row) throw notFound('User');
  return row;
}

export async function setUserRole(db: Kysely<Database>, businessId: string, id: string, role: Role, now: Date): Promise<User> {
  const user = await getUserOrThrow(db, businessId, id);
  if (user.role === 'OWNER') throw badInput('The owner\'s role cannot be changed');
  return db.transaction().execute(async (trx) => {
    // A member may not hold API keys: the keys of a demoted admin stop working now.
    if (!API_KEY_HOLDER_ROLES.includes(role)) await revokeApiKeysOf(trx, businessId, user.id, now);
    return trx.updateTable('users').set({ role, updated_at: now }).where('id', '=', user.id).where('business_id', '=', businessId).returningAll().executeTakeFirstOrThrow();
  });
}

export async function removeUser(db: Kysely<Database>, businessId: string, id: string, now: Date = new Date()): Promise<void> {
  const user = await getUserOrThrow(db, businessId, id);
  if (user.role === 'OWNER') throw badInput('The owner cannot be removed');
  await db.transaction().execute(async (trx) => {
    // Their keys are revoked (visible as such in the list), not left ownerless.
    await revokeApiKeysOf(trx, businessId, user.id, now);
    await trx.deleteFrom('users').where('id', '=', user.id).where('business_id', '=', businessId).execute();
  });
}

/** Revokes every live API key a user made. */
export async function revokeApiKeysOf(db: Kysely<Database> | Transaction<Database>, businessId: string, userId: string, now: Date): Promise<number> {
  const res = await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('business_id', '=', businessId)
    .where('created_by', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function countUsers(db: Kysely<Database>, businessId: string): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')).where('business_id', '=', businessId).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Platform operation: change a business's tier. */
export async function setPlan(db: Kysely<Database>, businessId: string, plan: Plan, now: Date) {
  if (!isUuid(businessId)) throw notFound('Business');
  const row = await db.updateTable('businesses').set({ plan, updated_at: now }).where('id', '=', businessId).returningAll().executeTakeFirst();
  if (!row) throw notFound('Business');
  return row;
}
