import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema.js';
import { checkPassword, hashPassword } from '../auth/password.js';
import { badInput } from '../errors.js';
import { cleanText } from '../validate.js';
import { cleanEmail } from '../contacts/index.js';
import { isTrade, tradeDefaults, type Trade } from '../agent/trade-defaults.js';
import { canonicalTimezone } from '../schedule/index.js';
import { accountExists } from './account-exists.js';

// Sign-up: a new business with its owner and the trade's starting settings, in one transaction.

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
  if (!raw?.trim()) return 'UTC';
  const tz = canonicalTimezone(raw);
  if (!tz) throw badInput('Unknown timezone; use an IANA name such as America/New_York', { field: 'timezone' });
  return tz;
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
  const defaults = tradeDefaults(input.trade ?? 'OTHER', businessName);
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
