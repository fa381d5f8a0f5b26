import { sql, type Kysely } from 'kysely';

// Webhook deliveries already accepted from a project-management provider, so that a replay
// (or a provider retry of a delivery we already took) changes nothing. The key is the
// provider's delivery id when it sends one (Jira's X-Atlassian-Webhook-Identifier, monday's
// triggerUuid), else a SHA-256 of the raw body. Old rows are pruned by the sync scheduler.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE pm_webhook_deliveries (
      integration_id uuid NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
      delivery_key text NOT NULL CHECK (length(delivery_key) BETWEEN 1 AND 200),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (integration_id, delivery_key)
    )`.execute(db);
  await sql`CREATE INDEX pm_webhook_deliveries_received_idx ON pm_webhook_deliveries (received_at)`.execute(db);
}
