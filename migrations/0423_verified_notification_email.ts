import { sql, type Kysely } from 'kysely';

// The notification e-mail address the owner proved they read (by the e-mailed link). Lead
// e-mails go to notification_email only while it equals this address (case-insensitively), so
// changing the notification e-mail un-verifies it without any other code having to know.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE businesses ADD COLUMN verified_notification_email text`.execute(db);
}
