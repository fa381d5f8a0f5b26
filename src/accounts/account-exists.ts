import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { NOTIFICATION_KINDS, idempotencyKey } from '../notify/kinds.js';
import { AppError } from '../errors.js';

// Sign-up and adding a team member with an e-mail that already has an account. The answer must
// not tell the caller that the address is registered; the person who owns it is told instead,
// by e-mail through the outbox (at most one such e-mail per address per hour).

export const ACCOUNT_EXISTS_MESSAGE = 'We could not use this e-mail address. If it belongs to you, check your inbox for what to do next.';

export async function accountExists(db: Kysely<Database>, email: string, context: 'sign-up' | 'team'): Promise<AppError> {
  const holder = await db.selectFrom('users').select(['business_id']).where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  if (holder) {
    const hour = new Date().toISOString().slice(0, 13);
    const kind = NOTIFICATION_KINDS.ACCOUNT_EXISTS_EMAIL;
    await db
      .insertInto('notifications')
      .values({
        business_id: holder.business_id,
        lead_id: null,
        kind,
        recipient: email,
        payload: JSON.stringify({ context }),
        idempotency_key: idempotencyKey(`account-exists:${hour}`, kind, email),
      })
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .execute();
  }
  return new AppError('CONFLICT', ACCOUNT_EXISTS_MESSAGE);
}
