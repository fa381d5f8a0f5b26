import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { normalizeEmail } from './email.js';
import { phoneKey } from './phone.js';

// Which client a visitor or caller is, by the e-mail or phone they gave. Exactly one client must
// match: two clients sharing a phone (a family, a shared office line) is no match, so nobody
// sees another client's projects on a guess.

type Db = Kysely<Database> | Transaction<Database>;

export interface ContactIdentity {
  email?: string | null;
  phone?: string | null;
}

/**
 * "Same contact" as SQL over a table with `email` and `phone` columns (clients, leads): the
 * e-mail case-insensitively, or the phone's last ten digits (stored numbers may predate E.164).
 * Null when neither is usable.
 */
export function sameContact(identity: ContactIdentity): RawBuilder<boolean> | null {
  const email = normalizeEmail(identity.email);
  const key = identity.phone ? phoneKey(identity.phone) : null;
  const parts: RawBuilder<unknown>[] = [];
  if (email) parts.push(sql`lower(email) = ${email}`);
  if (key && key.length >= 7) parts.push(sql`right(regexp_replace(coalesce(phone, ''), '\\D', '', 'g'), 10) = ${key}`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` or `)})` : null;
}

/** The id of the one client of this business with this e-mail or phone; null when none or several. */
export async function matchClient(db: Db, businessId: string, identity: ContactIdentity): Promise<string | null> {
  const contact = sameContact(identity);
  if (!contact) return null;
  const rows = await db.selectFrom('clients').select('id').where('business_id', '=', businessId).where(contact).limit(2).execute();
  return rows.length === 1 ? rows[0]!.id : null;
}
