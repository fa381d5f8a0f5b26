import type { Kysely, Transaction } from 'kysely';
import { API_KEY_HOLDER_ROLES } from '../auth/service.js';
import type { Database, Role, User } from '../db/schema.js';
import { badInput, notFound } from '../errors.js';
import { isUuid } from '../db/ids.js';

// A business's team: its users, their roles and the API keys they made. Plain functions over
// db, scoped by businessId (a transaction fits the same parameter).

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
