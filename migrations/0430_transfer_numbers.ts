import { sql, type Kysely } from 'kysely';

// Warm transfer: the people transfer_call rings, in order (a waterfall of up to 3 E.164
// numbers), and how long each may ring before the next is tried. Empty: the business's phone.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE agent_configs
      ADD COLUMN transfer_numbers text[] NOT NULL DEFAULT '{}' CHECK (cardinality(transfer_numbers) <= 3),
      ADD COLUMN transfer_ring_seconds integer NOT NULL DEFAULT 20 CHECK (transfer_ring_seconds BETWEEN 5 AND 60)`.execute(db);
}
