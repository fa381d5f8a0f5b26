import { sql, type Kysely } from 'kysely';

// A counter carried in every JWT as `ver`: raising it (password change or reset) ends every
// session issued before, including open GraphQL subscriptions.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0`.execute(db);
}
