import { sql, type Kysely } from 'kysely';

// Emergency escalation: one row per escalation (an URGENT lead that started calling people),
// with the ladder of contacts it calls in order, who acknowledged, and the later URGENT leads
// that were noted on it instead of starting calls of their own (cooldown and hourly cap).
// businesses.emergency_contacts is the ladder the owner configures (at most 3 numbers, E.164);
// empty means "the notification phone".
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE businesses
      ADD COLUMN emergency_contacts text[] NOT NULL DEFAULT '{}' CHECK (cardinality(emergency_contacts) <= 3)`.execute(db);
  await sql`
    CREATE TABLE emergency_escalations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      lead_id uuid NOT NULL UNIQUE REFERENCES leads(id) ON DELETE CASCADE,
      contacts text[] NOT NULL CHECK (cardinality(contacts) BETWEEN 1 AND 3),
      status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING','ACKNOWLEDGED','EXHAUSTED')),
      noted_lead_ids uuid[] NOT NULL DEFAULT '{}',
      acknowledged_at timestamptz,
      acknowledged_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX emergency_escalations_business_recent ON emergency_escalations (business_id, created_at DESC)`.execute(db);
}
