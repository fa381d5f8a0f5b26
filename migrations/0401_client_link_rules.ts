import { sql, type Kysely } from 'kysely';

// Owner-set rules that link synced projects to clients: a project whose customer field or
// contact e-mails match an e-mail address (EMAIL) or an e-mail domain (DOMAIN) belongs to
// the rule's client.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE client_link_rules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      client_id uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('EMAIL','DOMAIN')),
      value text NOT NULL CHECK (length(value) BETWEEN 3 AND 254),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (business_id, kind, value)
    )`.execute(db);
}
