import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Embedder } from '../ai/types.js';
import type { Logger } from '../logger.js';
import { isUuid } from '../db/ids.js';
import { chunkDocument } from './chunker.js';
import { createFieldGroups } from './field-rank.js';
import { businessVocabulary, createSearchPaths, supportsIterativeScan, tunedHybridSearch, vectorLiteral, type SearchHit, type Vocabulary } from './search.js';

export type { SearchHit, Vocabulary } from './search.js';
export { hitsVocabulary, withVocabulary } from './search.js';

export interface KnowledgeService {
  readonly embeddingModel: string;
  /** Chunk, embed and store an existing knowledge_items row (replacing its chunks). */
  ingestItem(businessId: string, itemId: string): Promise<{ chunks: number; status: 'READY' | 'FAILED' }>;
  /** Removes an item and its chunks. Returns false when it is not this business's item. */
  deleteItem(businessId: string, itemId: string): Promise<boolean>;
  /** Hybrid retrieval over one business's chunks; k is capped at 20. */
  search(businessId: string, query: string, k?: number): Promise<SearchHit[]>;
  /** Ingests PENDING items and re-embeds items embedded with another model. Returns how many. */
  ingestPending(limit?: number): Promise<number>;
  /** The business's words and their chunk frequencies (null when the knowledge base is too big). */
  vocabulary(businessId: string): Promise<Vocabulary | null>;
}

const MAX_QUERY = 1000;
/**
 * Up to this many chunks a business is searched by its words only (see search). The extractive
 * answerer asks for 20 chunks, so it reads such a knowledge base whole either way.
 */
export const WORDS_ONLY_MAX_CHUNKS = 20;
// (Given by services.ts for the local provider; 0 by default: a metered embedder is cheap to
// call, and then only a knowledge base no bigger than what is asked for skips the embedding.)

export function createKnowledgeService(deps: {
  db: Kysely<Database>;
  embedder: Embedder;
  logger: Logger;
  wordsOnlyMaxChunks?: number;
  /**
   * Re-rank a searched business's best chunks by their fields (knowledge/field-rank.ts): on for
   * the local provider (services.ts), whose vectors the weights were measured with.
   */
  fieldRanking?: boolean;
  /**
   * The kind of fact a question asks for, as a test of a chunk's text (null: no kind asked): with
   * field ranking, a chunk that states a fact of that kind ranks a little higher. Given by the
   * composition (services.ts: the agent's reading, src/agent/asked-kind.ts), as this layer
   * knows no question kinds.
   */
  kindAsked?: (question: string) => ((text: string) => boolean) | null;
}): KnowledgeService {
  const { db, embedder, logger } = deps;
  const wordsOnlyMax = deps.wordsOnlyMaxChunks ?? 0;
  let iterative: Promise<boolean> | null = null;
  const paths = createSearchPaths(db);
  const fieldGroups = deps.fieldRanking ? createFieldGroups(db) : null;

  async function ingestItem(businessId: string, itemId: string) {
    if (!isUuid(businessId) || !isUuid(itemId)) return { chunks: 0, status: 'FAILED' as const };
    const item = await db
      .selectFrom('knowledge_items')
      .select(['id', 'title', 'content', 'source'])
      .where('business_id', '=', businessId)
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!item) return { chunks: 0, status: 'FAILED' as const };
    const chunks = chunkDocument(item);
    const hash = createHash('sha256').update(item.content).digest('hex');
    let vectors: number[][];
    try {
      // The title and section path are embedded with the text so "hours" finds "Service area and
      // hours"; an embedder that weighs them apart gets them as fields.
      const sections = chunks.map((c) => ({ title: item.title, heading: c.heading, content: c.content }));
      vectors = embedder.embedSections
        ? await embedder.embedSections(sections, { businessId })
        : await embedder.embed(sections.map((s) => `${s.title}\n${s.heading}\n${s.content}`), { businessId });
    } catch (err) {
      logger.warn({ err: (err as Error).message, itemId }, 'knowledge embedding failed');
      await db.updateTable('knowledge_items').set({ status: 'FAILED', updated_at: new Date() }).where('business_id', '=', businessId).where('id', '=', itemId).execute();
      return { chunks: 0, status: 'FAILED' as const };
    }
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('knowledge_chunks').where('business_id', '=', businessId).where('item_id', '=', itemId).execute();
      if (chunks.length) {
        await trx
          .insertInto('knowledge_chunks')
          .values(
            chunks.map((c, i) => ({
              business_id: businessId,
              item_id: itemId,
              ordinal: c.ordinal,
              heading: c.heading.slice(0, 500),
              content: c.content,
              embedding: vectorLiteral(vectors[i]!),
              embedding_model: embedder.model,
            })),
          )
          .execute();
      }
      await trx
        .updateTable('knowledge_items')
        .set({ status: 'READY', embedding_model: embedder.model, content_hash: hash, updated_at: new Date() })
        .where('business_id', '=', businessId)
        .where('id', '=', itemId)
        .execute();
    });
    fieldGroups?.forget(businessId);
    return { chunks: chunks.length, status: 'READY' as const };
  }

  return {
    embeddingModel: embedder.model,
    ingestItem,
    async deleteItem(businessId, itemId) {
      if (!isUuid(businessId) || !isUuid(itemId)) return false;
      const r = await db.deleteFrom('knowledge_items').where('business_id', '=', businessId).where('id', '=', itemId).executeTakeFirst();
      fieldGroups?.forget(businessId);
      return Number(r.numDeletedRows) > 0;
    },
    async search(businessId, query, k = 5) {
      if (!isUuid(businessId)) return [];
      const q = query.slice(0, MAX_QUERY).trim();
      if (!q) return [];
      const limit = Math.min(Math.max(1, k), 20);
      const path = await paths.pathFor(businessId);
      // A small knowledge base (most businesses) comes back whole, ordered by the question's
      // words (full text, phrases, section labels), and the question is not embedded: the
      // answerer reads every chunk of it anyway, and the sentence encoder costs tens of ms of
      // CPU per new text plus its weight in the process (measured on bench:chat: ~1 ms of CPU
      // more per message with it on the chat path, and a stall while it loads).
      const whole = path === 'exact' && (await paths.sizeOf(businessId)) <= Math.max(limit, wordsOnlyMax);
      let embedding: number[] | null = null;
      if (!whole) {
        try {
          [embedding] = (await embedder.embed([q], { businessId })) as [number[]];
        } catch (err) {
          // Full text alone still answers when the embedding service is down.
          logger.warn({ err: (err as Error).message }, 'query embedding failed; full-text only');
        }
      }
      iterative ??= supportsIterativeScan(db).catch(() => false);
      const labelCoverage = embedder.labelCoverage?.bind(embedder);
      // The field groups are read from the business's rows: only on the exact path (a business of
      // at most EXACT_VECTOR_MAX_CHUNKS chunks), and only when the question was embedded.
      const fields = fieldGroups && embedding && path === 'exact' ? await fieldGroups.groupsFor(businessId, embedder.model) : null;
      const statesKind = fields && deps.kindAsked ? deps.kindAsked(q) : null;
      return tunedHybridSearch(db, { businessId, query: q, embedding, model: embedder.model, k: limit, labelCoverage, path, everyChunk: whole, fields, statesKind }, { iterative: await iterative });
    },
    async vocabulary(businessId) {
      if (!isUuid(businessId)) return null;
      return businessVocabulary(db, businessId);
    },
    async ingestPending(limit = 50) {
      const items = await db
        .selectFrom('knowledge_items')
        .select(['id', 'business_id'])
        .where((eb) => eb.or([eb('status', '=', 'PENDING'), eb.and([eb('status', '=', 'READY'), sql<boolean>`embedding_model IS DISTINCT FROM ${embedder.model}`])]))
        .orderBy('created_at')
        .limit(limit)
        .execute();
      let done = 0;
      for (const it of items) {
        const r = await ingestItem(it.business_id, it.id);
        if (r.status === 'READY') done++;
      }
      return done;
    },
  };
}
