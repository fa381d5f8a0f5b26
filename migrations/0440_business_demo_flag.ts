import { sql, type Kysely } from 'kysely';

// The /demo page shows the business flagged as the demo, not whichever business is named
// "Demo Plumbing" (a tenant could rename itself to take the page over). The seed only runs on an
// empty database, so an existing demo is the very first business, and only if it still has the
// seeded name.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE businesses ADD COLUMN is_demo boolean NOT NULL DEFAULT false`.execute(db);
  await sql`CREATE UNIQUE INDEX businesses_one_demo ON businesses (is_demo) WHERE is_demo`.execute(db);
  await sql`
    UPDATE businesses SET is_demo = true
    WHERE id = (SELECT id FROM businesses ORDER BY created_at, id LIMIT 1) AND name = 'Demo Plumbing'`.execute(db);
}
