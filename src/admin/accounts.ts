import type { Kysely } from 'kysely';
import type { Database, Plan, Role, User } from '../db/schema.js';
import { hashPassword } from '../auth/password.js';
import { AppError, badInput, notFound } from '../errors.js';
import { isUuid } from '../db/ids.js';
import { cleanEmail, cleanText } from './validate.js';
import { accountExists } from './account-exists.js';

// Sign-up, team members and plan changes: plain functions over db, scoped by businessId.

export interface SignUpInput {
  businessName: string;
  email: string;
  password: string;
  name?: string | null;
}

export function checkPassword(password: string): void {
  if (password.length < 10) throw badInput('Password must be at least 10 characters', { field: 'password' });
  if (password.length > 200) throw badInput('Password must be at most 200 characters', { field: 'password' });
}

const isUniqueViolation = (err: unknown): boolean => (err as { code?: string })?.code === '23505';

/** Creates a FREE business with its owner and default agent + widget configs, in one transaction. */
export async function signUp(db: Kysely<Database>, input: SignUpInput): Promise<{ businessId: string; user: Pick<User, 'id' | 'business_id' | 'role'> }> {
  const businessName = cleanText(input.businessName, 'Business name', 200, { required: true });
  const email = cleanEmail(input.email, 'E-mail');
  checkPassword(input.password);
  const name = input.name ? cleanText(input.name, 'Name', 200) : null;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction().execute(async (trx) => {
      const business = await trx
        .insertInto('businesses')
        .values({ name: businessName, plan: 'FREE', notification_email: email })
        .returning('id')
        .executeTakeFirstOrThrow();
      const user = await trx
        .insertInto('users')
        .values({ business_id: business.id, email, name, password_hash: passwordHash, role: 'OWNER' })
        .returning(['id', 'business_id', 'role'])
        .executeTakeFirstOrThrow();
      await trx.insertInto('agent_configs').values({ business_id: business.id }).execute();
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

export async function addUser(
  db: Kysely<Database>,
  businessId: string,
  input: { email: string; name?: string | null; role: Role; password: string },
): Promise<User> {
  const email = cleanEmail(input.email, 'E-mail');
  checkPassword(input.password);
  try {
    return await db
      .insertInto('users')
      .values({
        business_id: businessId,
        email,
        name: input.name ? cleanText(input.name, 'Name', 200) : null,
        role: input.role,
        password_hash: await hashPassword(input.password),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (err) {
    if (isUniqueViolation(err)) throw await accountExists(db, email, 'team');
    throw err;
  }
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
  return db.updateTable('users').set({ role, updated_at: now }).where('id', '=', user.id).where('business_id', '=', businessId).returningAll().executeTakeFirstOrThrow();
}

export async function removeUser(db: Kysely<Database>, businessId: string, id: string): Promise<void> {
  const user = await getUserOrThrow(db, businessId, id);
  if (user.role === 'OWNER') throw badInput('The owner cannot be removed');
  await db.deleteFrom('users').where('id', '=', user.id).where('business_id', '=', businessId).execute();
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
