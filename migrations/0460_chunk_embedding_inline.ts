import { sql, type Kysely } from 'kysely';

// A small business is searched by reading all its chunks (hybridSearch computes every distance
// and full-text match in one pass), so what a row points to in TOAST costs one more lookup per
// chunk per question. pgvector stores a vector EXTERNAL by default: a 512-d embedding (2 KB)
// went to TOAST, and once it is kept in the row (PLAIN: never compressed either, since every
// distance would pay the decompression) the row passes the default 2 KB toast target and the
// tsvector would go instead. A row target of 8160 bytes keeps a typical chunk (vector, text and
// tsvector, ~3 KB) in one heap tuple; a bigger one still moves its text out. Applies to rows
// written from now on; re-embedding (a new embedding model) rewrites the rest.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE knowledge_chunks ALTER COLUMN embedding SET STORAGE PLAIN`.execute(db);
  await sql`ALTER TABLE knowledge_chunks SET (toast_tuple_target = 8160)`.execute(db);
}
