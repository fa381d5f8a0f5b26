import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Timestamp } from './columns.js';

// Knowledge items and their retrieval chunks.

export interface KnowledgeItemsTable {
  id: Generated<string>;
  business_id: string;
  title: string;
  source: ColumnType<'TEXT' | 'MARKDOWN' | 'HTML' | 'GDRIVE', 'TEXT' | 'MARKDOWN' | 'HTML' | 'GDRIVE' | undefined>;
  content: string;
  content_hash: ColumnType<string, string | undefined, string>;
  external_id: string | null;
  external_modified_at: Date | null;
  integration_id: string | null;
  embedding_model: string | null;
  status: ColumnType<'PENDING' | 'READY' | 'FAILED', 'PENDING' | 'READY' | 'FAILED' | undefined>;
  /** The uploaded file's name and size in bytes, when the item came from an upload (0492). */
  file_name: ColumnType<string | null, string | null | undefined, string | null>;
  file_size: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface KnowledgeChunksTable {
  id: Generated<string>;
  business_id: string;
  item_id: string;
  ordinal: number;
  heading: ColumnType<string, string | undefined, string>;
  content: string;
  /** pgvector column: write with toSql(); never select it (pg and PGlite return different shapes). */
  embedding: ColumnType<never, string | null, string | null>;
  embedding_model: string | null;
  tsv: ColumnType<never, never, never>;
  created_at: CreatedAt;
}

export type KnowledgeItem = Selectable<KnowledgeItemsTable>;
export type KnowledgeChunk = Selectable<KnowledgeChunksTable>;
