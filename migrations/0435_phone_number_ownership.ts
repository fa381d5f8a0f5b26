import { sql, type Kysely } from 'kysely';

// A business's Twilio number and how it came to us: PROVISIONED (this server bought it, so
// releasing it gives it back to Twilio), CONNECTED (already on the account, pointed at this
// server; releasing only unhooks it) or ASSIGNED (recorded by an operator, configured
// elsewhere; Twilio is never called for it). twilio_number itself is UNIQUE since 0001; the
// number's Twilio SID (PN…) is unique too, so one Twilio number cannot serve two businesses.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE businesses
      ADD COLUMN twilio_number_sid text,
      ADD COLUMN twilio_number_source text CHECK (twilio_number_source IN ('PROVISIONED','CONNECTED','ASSIGNED'))`.execute(db);
  await sql`CREATE UNIQUE INDEX businesses_twilio_number_sid_key ON businesses (twilio_number_sid) WHERE twilio_number_sid IS NOT NULL`.execute(db);
}
