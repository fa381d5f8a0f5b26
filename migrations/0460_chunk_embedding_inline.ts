import { sql, type Kysely } from 'kysely';

// A small business is searched by reading all its chunks' embeddings (hybridSearch computes
// every distance). pgvector stores a vector EXTERNAL by default: a 512-d embedding (2 KB) goes
// to the TOAST table and every distance costs a second lookup (MAIN would compress it instead,
// and every distance would pay the decompression). PLAIN keeps it in the row as it is; the other
// columns can still be moved out, so a row still fits a page. Applies to rows written from now
// on; re-embedding (a new embedding model) rewrites the rest.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE knowledge_chunks ALTER COLUMN embedding SET STORAGE PLAIN`.execute(db);
}
