import { sql, type Kysely } from 'kysely';

// Files uploaded from the console's Knowledge page become ordinary knowledge items holding the
// text extracted from them; the item keeps the file's name and size (in bytes) so the owner
// recognises it in the list.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE knowledge_items
      ADD COLUMN file_name text,
      ADD COLUMN file_size integer CHECK (file_size >= 0)`.execute(db);
}
