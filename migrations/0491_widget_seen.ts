import { sql, type Kysely } from 'kysely';

// "Is the widget on my website yet?": the allowed origin the widget last started a chat from,
// when that first and last happened. Written by the public chat start (at most once a minute per
// business unless the origin changes), read by the console's first-run checklist.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE businesses
      ADD COLUMN widget_seen_origin text,
      ADD COLUMN widget_first_seen_at timestamptz,
      ADD COLUMN widget_last_seen_at timestamptz`.execute(db);
}
