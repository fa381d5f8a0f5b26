import { sql, type Kysely } from 'kysely';

// Outgoing webhook endpoints registered by a business (integrators), and the emergency-call
// acknowledgement details on leads. The deliveries themselves are rows of the notifications
// outbox (kind 'webhook'), so they share its retries, dead rows and visibility.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE webhook_endpoints (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      url text NOT NULL CHECK (length(url) BETWEEN 8 AND 2000),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
      events text[] NOT NULL DEFAULT '{}',
      secret_encrypted text NOT NULL,
      secret_hint text NOT NULL DEFAULT '',
      enabled boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX webhook_endpoints_business_idx ON webhook_endpoints (business_id, created_at)`.execute(db);

  // Who acknowledged the emergency call (phone number) and through which channel.
  await sql`ALTER TABLE leads ADD COLUMN acknowledged_by text`.execute(db);
  // Lookups of a lead's deliveries by kind (emergency re-call checks).
  await sql`CREATE INDEX notifications_lead_kind_idx ON notifications (lead_id, kind)`.execute(db);
}
