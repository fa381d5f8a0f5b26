import { sql, type Kysely } from 'kysely';

// API keys belong to the user who made them and stop working without that user. Keys made
// before this rule (or by another key) have no creator: they are given to the business owner.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    UPDATE api_keys k SET created_by = (
      SELECT u.id FROM users u WHERE u.business_id = k.business_id AND u.role = 'OWNER' ORDER BY u.created_at LIMIT 1
    ) WHERE k.created_by IS NULL`.execute(db);
}
