import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AccountToken, AccountTokenPurpose, Database } from '../db/schema.js';

// Single-use, expiring tokens for e-mailed links. The link carries 32 random bytes; the table
// keeps their SHA-256 only, so a database reader cannot use a pending link.

type Db = Kysely<Database> | Transaction<Database>;

export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 60 * 60_000,
  INVITATION: 7 * 24 * 60 * 60_000,
  EMAIL_VERIFICATION: 24 * 60 * 60_000,
};

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Issues a token; earlier unused ones of the same purpose for the same user (or business e-mail) die. */
export async function issueAccountToken(
  db: Db,
  input: { purpose: AccountTokenPurpose; businessId: string; userId: string | null; email: string; now: Date },
): Promise<{ id: string; token: string; expiresAt: Date }> {
  let stale = db.updateTable('account_tokens').set({ used_at: input.now }).where('purpose', '=', input.purpose).where('used_at', 'is', null);
  stale = input.userId ? stale.where('user_id', '=', input.userId) : stale.where('business_id', '=', input.businessId);
  await stale.execute();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + TOKEN_TTL_MS[input.purpose]);
  const row = await db
    .insertInto('account_tokens')
    .values({ business_id: input.businessId, user_id: input.userId, purpose: input.purpose, email: input.email, token_hash: hashToken(token), expires_at: expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token, expiresAt };
}

/** Uses a token up: at most one caller ever gets the row back, and only before it expires. */
export async function consumeAccountToken(db: Db, purpose: AccountTokenPurpose, token: unknown, now: Date): Promise<AccountToken | undefined> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return db
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
}

/** Whether a token row is still usable (the outbox drops e-mails whose link already died). */
export async function isAccountTokenLive(db: Db, id: string, now: Date): Promise<boolean> {
  const row = await db.selectFrom('account_tokens').select('id').where('id', '=', id).where('used_at', 'is', null).where('expires_at', '>', now).executeTakeFirst();
  return !!row;
}

/** Ends every pending link of a purpose for a user (a password change voids open resets). */
export async function revokeAccountTokens(db: Db, userId: string, purpose: AccountTokenPurpose, now: Date): Promise<void> {
  await db.updateTable('account_tokens').set({ used_at: now }).where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
}
