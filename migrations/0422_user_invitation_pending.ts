import { sql, type Kysely } from 'kysely';

// An invited team member exists as a user who cannot sign in until they accept the e-mailed
// invitation and choose their own password.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN invitation_pending boolean NOT NULL DEFAULT false`.execute(db);
}
