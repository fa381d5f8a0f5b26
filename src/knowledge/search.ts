import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { expandForSearch, isStopWord, words } from '../ai/lexical.js';
import { fieldScores, type FieldGroups } from './field-rank.js';

// Hybrid retrieval: nearest neighbours by cosine distance (pgvector) and PostgreSQL full text,
// each ranked, fused by weighted reciprocal rank (k = 60). Every leg is filtered by business,
// and only chunks embedded with the current model take part in the vector leg. A small business
// (most of them) is searched exactly in one pass over its rows; a big one through the HNSW and
// GIN indexes (see EXACT_VECTOR_MAX_CHUNKS and bench/RETRIEVAL-PLANS.md).

export interface SearchHit {
  chunkId: string;
  itemId: string;
  title: string;
  heading: string;
  content: string;
  score: number;
}

const RRF_K = 60;
const FTS_RANK_CAP = 1000;

/** A safe OR-query for to_tsquery: only [a-z0-9] words, so no tsquery syntax can be injected. */
export function toOrTsquery(text: string): string {
  return expandForSearch(text)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter((w) => w.length > 1)
    .join(' | ');
}

/** Adjacent word pairs of the query ("water heater", "call out"): a selective phrase leg. */
export function phrasePairs(text: string, max = 12): string[] {
  const ws = words(text, 200)
    .flatMap((w) => w.split(/[-']/))
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length && out.length < max; i++) {
    if (isStopWord(ws[i]!) || isStopWord(ws[i + 1]!)) continue;
    out.push(`${ws[i]} ${ws[i + 1]}`);
  }
  return out;
}

export function vectorLiteral(v: number[]): string {
  return `[${v.map((x) => (Number.isFinite(x) ? x : 0)).join(',')}]`;
}

/**
 * Up to this many chunks, a business is searched exactly: its rows are read through the btree on
 * business_id, every distance and full-text rank computed (~1k rows: a few ms, recall 1). Above
 * it, the HNSW index (with pgvector 0.8's iterative scan, see tunedHybridSearch) and the GIN
 * index take over.
 */
export const EXACT_VECTOR_MAX_CHUNKS = 5000;

export interface HybridParams {
  businessId: string;
  query: string;
  embedding: number[] | null;
  model: string;
  k: number;
  candidates?: number;
  /** Override EXACT_VECTOR_MAX_CHUNKS (tests use 0 to take the index path on a small table). */
  exactMaxChunks?: number;
  /**
   * The path, when the caller knows the business's size (see createSearchPaths): the statement
   * then holds only that path's legs, which saves planning the other and counting the rows.
   * Either path returns only the business's chunks; an out-of-date size only costs speed.
   */
  path?: SearchPath;
  /**
   * How much of the question each candidate's label ("title heading") covers (0..1): when given,
   * the best RERANK_CANDIDATES fused chunks are re-ranked by fused score + labelWeight x coverage.
   */
  labelCoverage?: (query: string, labels: string[]) => number[];
  labelWeight?: number;
  /**
   * Every chunk of a small business takes part (exact path only), after the ranked legs: the
   * caller asks for at least as many chunks as the business has, so no vector leg is needed to
   * bring back what the words miss (and the question is not embedded).
   */
  everyChunk?: boolean;
  /** Weight of the vector leg in the fusion (default VECTOR_WEIGHT; the benchmark's A/B). */
  vectorWeight?: number;
  /**
   * The business's field groups (field-rank.ts): when given with an embedding, the best
   * RERANK_CANDIDATES fused chunks are re-ranked by fieldScores instead of fused + label coverage.
   */
  fields?: FieldGroups | null;
  /**
   * Whether a chunk's text states a fact of the kind the question asks for (a price for "how
   * much"): the caller's reading of the question (the agent's, src/agent/asked-kind.ts), null
   * when it asks for no kind. With `fields`, such a chunk gets FIELD_WEIGHTS.kind.
   */
  statesKind?: ((text: string) => boolean) | null;
}

/** Fused candidates re-ranked by label coverage. */
export const RERANK_CANDIDATES = 40;
/**
 * Weight of a label that covers the whole question, in fused-score units: the vector leg's
 * first place scores 2/61 = 0.033, its 20th 2/80 = 0.025; measured on the paraphrase benchmark.
 */
export const LABEL_WEIGHT = 0.02;

/** Weight of the vector leg in the fusion (each full-text leg weighs 1): measured on the paraphrase benchmark. */
const VECTOR_WEIGHT = 2;

/** The hybrid query as one statement (the benchmark EXPLAINs it). */
export function hybridQuery(params: HybridParams) {
  const n = params.candidates ?? Math.max(20, params.k * 4);
  const tsq = toOrTsquery(params.query);
  const b = params.businessId;
  const exactMax = params.exactMaxChunks ?? EXACT_VECTOR_MAX_CHUNKS;
  const vectorWeight = Number.isFinite(params.vectorWeight) ? Number(params.vectorWeight) : VECTOR_WEIGHT;
  const vec = params.embedding ? vectorLiteral(params.embedding) : null;
  const none = sql`SELECT NULL::uuid AS id, 0::bigint AS r WHERE false`;
  const exactPath = params.path !== 'index';
  const indexPath = params.path !== 'exact';
  // Without a known path, each branch is gated by the business's size, counted in the statement.
  const small = params.path ? sql`true` : sql`(SELECT small FROM size)`;
  const big = params.path ? sql`true` : sql`NOT (SELECT small FROM size)`;
  const tsquery = tsq ? sql`to_tsquery('english', ${tsq})` : sql`NULL::tsquery`;
  const distance = vec ? sql`CASE WHEN embedding_model = ${params.model} THEN embedding <=> ${vec}::vector END` : sql`NULL::float8`;
  // A small business (at most EXACT_VECTOR_MAX_CHUNKS chunks): ONE pass over its rows through
  // the btree on business_id computes every exact distance and full-text rank ("mine"). The
  // global GIN and HNSW indexes would read every business's matches only to filter them out.
  // A big business: the HNSW leg (iterative scan) and the GIN legs. The "small" flag gates
  // each branch by a one-time filter, so only one of them runs.
  const smallVecLeg = vec && exactPath
    ? sql`SELECT id, row_number() OVER (ORDER BY d) AS r FROM (SELECT id, d FROM mine WHERE d IS NOT NULL ORDER BY d LIMIT ${n}) v`
    : none;
  const smallFtsLeg = tsq && exactPath
    ? sql`SELECT id, row_number() OVER (ORDER BY rank DESC) AS r FROM (SELECT id, rank FROM mine WHERE rank IS NOT NULL ORDER BY rank DESC LIMIT ${n}) f`
    : none;
  const bigVecLeg = vec && indexPath
    ? sql`SELECT id, row_number() OVER (ORDER BY d) AS r FROM (
          SELECT id, embedding <=> ${vec}::vector AS d
          FROM knowledge_chunks
          WHERE business_id = ${b} AND embedding_model = ${params.model} AND embedding IS NOT NULL AND ${big}
          ORDER BY d LIMIT ${n}) v`
    : none;
  const bigFtsLeg = tsq && indexPath
    ? sql`SELECT id, row_number() OVER (ORDER BY rank DESC) AS r FROM (
          SELECT id, ts_rank_cd(tsv, q) AS rank
          FROM (
            -- Ranking is bounded: a query of common words can match most of a huge knowledge
            -- base, and ranking every match would cost seconds.
            SELECT id, tsv FROM knowledge_chunks, to_tsquery('english', ${tsq}) q0
            WHERE business_id = ${b} AND tsv @@ q0 AND ${big}
            LIMIT ${FTS_RANK_CAP}
          ) m, to_tsquery('english', ${tsq}) q
          ORDER BY rank DESC LIMIT ${n}) f`
    : none;
  // Weight 0.001: below any ranked leg, so it only brings back the chunks they did not find.
  const everyLeg = params.everyChunk && exactPath ? sql`SELECT id, 1::bigint AS r FROM mine` : none;
  const pairs = phrasePairs(params.query);
  const phraseQuery = pairs.length ? sql.join(pairs.map((p) => sql`phraseto_tsquery('english', ${p})`), sql` || `) : null;
  // Phrases are rare where single words are common, so this leg still ranks the right chunk
  // when the word leg is saturated (and capped) on a big knowledge base.
  const phraseLeg = phraseQuery && indexPath
    ? sql`SELECT id, row_number() OVER (ORDER BY rank DESC) AS r FROM (
          SELECT id, ts_rank_cd(tsv, q) AS rank
          FROM (
            SELECT id, tsv FROM knowledge_chunks, (SELECT ${phraseQuery} AS q0) pq
            WHERE business_id = ${b} AND tsv @@ q0 AND ${big}
            LIMIT ${FTS_RANK_CAP}
          ) m, (SELECT ${phraseQuery} AS q) pq2
          ORDER BY rank DESC LIMIT ${n}) p`
    : none;
  const similarity = vec ? sql`CASE WHEN c.embedding_model = ${params.model} THEN 1 - (c.embedding <=> ${vec}::vector) END` : sql`NULL::float8`;
  // Only the legs this search has go into the fusion (an empty leg adds no row; parsing and
  // planning the others was a third of a small knowledge base's search on PGlite).
  const weighted: Array<[typeof none, ReturnType<typeof sql>]> = [
    [smallVecLeg, sql`${vectorWeight}`],
    [bigVecLeg, sql`${vectorWeight}`],
    [smallFtsLeg, sql`1.0`],
    [bigFtsLeg, sql`1.0`],
    [phraseLeg, sql`1.0`],
    [everyLeg, sql`0.001`],
  ];
  const present = weighted.filter(([leg]) => leg !== none);
  const legs = sql.join(
    (present.length ? present : [[none, sql`1.0`] as const]).map(([leg, w]) => sql`SELECT id, r, ${w}::float8 AS w FROM (${leg}) l`),
    sql` UNION ALL `,
  );
  const ctes = [
    // The business's size, counted in the statement when the caller does not know the path.
    ...(params.path ? [] : [sql`size AS (SELECT count(*) <= ${exactMax} AS small FROM (SELECT 1 FROM knowledge_chunks WHERE business_id = ${b} LIMIT ${exactMax + 1}) s)`]),
    ...(exactPath
      ? [
          sql`mine AS MATERIALIZED (
      SELECT id, d, CASE WHEN tsv @@ q THEN ts_rank_cd(tsv, q) END AS rank
      FROM (
        -- "coalesce": a condition the GIN index cannot serve, so this reads the business's rows.
        SELECT id, ${distance} AS d, coalesce(tsv, ''::tsvector) AS tsv, ${tsquery} AS q
        FROM knowledge_chunks
        WHERE business_id = ${b} AND ${small}
      ) x
    )`,
        ]
      : []),
    sql`fused AS (
      SELECT id, sum(w / (${RRF_K} + r)) AS score
      FROM (${legs}) u
      GROUP BY id
    )`,
  ];
  const rerank = Boolean(params.labelCoverage || (params.fields && vec));
  return sql<{ id: string; item_id: string; title: string; heading: string; content: string; score: number; similarity: number | null }>`
    WITH ${sql.join(ctes, sql`, `)}
    -- Each fused id is looked up by primary key ("LIMIT 1" keeps the lookup per row: joined
    -- flat, the planner re-read the whole business per row through the business_id index).
    SELECT fused.id, c.item_id, i.title, c.heading, c.content, fused.score::float8 AS score, ${similarity}::float8 AS similarity
    FROM fused
    JOIN LATERAL (SELECT item_id, heading, content, ordinal${vec ? sql`, embedding, embedding_model` : sql``} FROM knowledge_chunks c WHERE c.id = fused.id AND c.business_id = ${b} LIMIT 1) c ON true
    JOIN LATERAL (SELECT title FROM knowledge_items i WHERE i.id = c.item_id AND i.business_id = ${b} LIMIT 1) i ON true
    ORDER BY fused.score DESC, c.ordinal ASC
    LIMIT ${rerank ? Math.max(params.k, RERANK_CANDIDATES) : params.k}`;
}

export async function hybridSearch(db: Kysely<Database>, params: HybridParams): Promise<SearchHit[]> {
  const res = await hybridQuery(params).execute(db);
  const hits = res.rows.map((r) => ({ chunkId: r.id, itemId: r.item_id, title: r.title, heading: r.heading, content: r.content, score: Number(r.score) }));
  const fields = params.fields && params.embedding ? params.fields : null;
  if ((!params.labelCoverage && !fields) || hits.length <= 1) return hits.slice(0, params.k);
  const coverage = params.labelCoverage
    ? params.labelCoverage(
        params.query,
        hits.map((h) => `${h.title} ${h.heading}`),
      )
    : hits.map(() => 0);
  const weight = params.labelWeight ?? LABEL_WEIGHT;
  const scores = fields
    ? fieldScores(
        params.embedding!,
        hits.map((h, i) => ({ ...h, similarity: res.rows[i]!.similarity === null ? null : Number(res.rows[i]!.similarity), coverage: coverage[i], kind: params.statesKind?.(h.content) ? 1 : 0 })),
        fields,
      )
    : hits.map((h, i) => h.score + weight * coverage[i]!);
  // Stable: equal scores keep the fused order (and so the document order).
  return hits
    .map((h, i) => ({ ...h, rank: scores[i]!, i }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .slice(0, params.k)
    .map(({ i: _i, rank, ...h }) => ({ ...h, score: rank }));
}

export type SearchPath = 'exact' | 'index';

/** A business's chunk count, counted up to `limit` + 1 (one index-only count that stops there). */
async function chunkCount(db: Kysely<Database>, businessId: string, limit: number): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (SELECT 1 FROM knowledge_chunks WHERE business_id = ${businessId} LIMIT ${limit + 1}) s`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** Which path a business's size calls for (one index-only count that stops past the limit). */
export async function searchPath(db: Kysely<Database>, businessId: string, exactMaxChunks = EXACT_VECTOR_MAX_CHUNKS): Promise<SearchPath> {
  return (await chunkCount(db, businessId, exactMaxChunks)) <= exactMaxChunks ? 'exact' : 'index';
}

/**
 * Each business's search path, counted once per `ttlMs` (a knowledge base changes size slowly,
 * and a stale answer is still correct, only slower), so a question's statement plans one path.
 * At most `max` businesses are remembered (the oldest forgotten first).
 */
export function createSearchPaths(db: Kysely<Database>, opts: { ttlMs?: number; max?: number; exactMaxChunks?: number } = {}) {
  const ttl = opts.ttlMs ?? 60_000;
  const max = opts.max ?? 10_000;
  const exactMax = opts.exactMaxChunks ?? EXACT_VECTOR_MAX_CHUNKS;
  const known = new Map<string, { chunks: number; at: number }>();
  async function sizeOf(businessId: string): Promise<number> {
    const hit = known.get(businessId);
    if (hit && Date.now() - hit.at < ttl) return hit.chunks;
    const chunks = await chunkCount(db, businessId, exactMax);
    known.delete(businessId);
    if (known.size >= max) known.delete(known.keys().next().value!);
    known.set(businessId, { chunks, at: Date.now() });
    return chunks;
  }
  return {
    async pathFor(businessId: string): Promise<SearchPath> {
      return (await sizeOf(businessId)) <= exactMax ? 'exact' : 'index';
    },
    /** The business's chunk count as last counted (at most exactMaxChunks + 1: "more"). */
    sizeOf,
  };
}

/** pgvector >= 0.8 can keep scanning the HNSW graph until enough rows pass the tenant filter. */
export async function supportsIterativeScan(db: Kysely<Database>): Promise<boolean> {
  const r = await sql<{ v: string | null }>`SELECT extversion AS v FROM pg_extension WHERE extname = 'vector'`.execute(db);
  const [major, minor] = (r.rows[0]?.v ?? '0.0').split('.').map(Number);
  return (major ?? 0) > 0 || (minor ?? 0) >= 8;
}

/**
 * hybridSearch with the HNSW settings that make a filtered search correct for a big tenant
 * (more than EXACT_VECTOR_MAX_CHUNKS chunks) in a big table: iterative scan (so the business
 * filter cannot starve the result) and a wider candidate list (ef_search 100). Set in the
 * same transaction as the query, by one statement.
 */
export async function tunedHybridSearch(db: Kysely<Database>, params: HybridParams, opts: { iterative: boolean }): Promise<SearchHit[]> {
  // The exact path uses no HNSW index: no settings, so no transaction around it.
  if (!opts.iterative || !params.embedding || params.path === 'exact') return hybridSearch(db, params);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.ef_search', '100', true)`.execute(trx);
    return hybridSearch(trx, params);
  });
}

export interface Vocabulary {
  /** Chunks counted. */
  docs: number;
  /** Lower-case word -> number of chunks it occurs in (headings included). */
  words: Map<string, number>;
}

/**
 * The vocabulary of hits held in memory (the business profile read as a guide, a guide in a test):
 * what `businessVocabulary` reads from the database, counted the same way (lower case, words split
 * at anything but letters, digits and inner hyphens, as the 'simple' configuration does).
 */
export function hitsVocabulary(hits: ReadonlyArray<Pick<SearchHit, 'heading' | 'content'>>): Vocabulary {
  const words = new Map<string, number>();
  for (const h of hits) for (const w of new Set(`${h.heading} ${h.content}`.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [])) words.set(w, (words.get(w) ?? 0) + 1);
  return { docs: hits.length, words };
}

/** Two vocabularies counted as one (the profile's hits beside the business's documents); `b` may be absent. */
export function withVocabulary(a: Vocabulary, b: Vocabulary | null): Vocabulary {
  if (!b) return a;
  const words = new Map(b.words);
  for (const [w, n] of a.words) words.set(w, (words.get(w) ?? 0) + n);
  return { docs: a.docs + b.docs, words };
}

/** Above this many chunks the vocabulary is not read (typo correction is skipped). */
export const VOCABULARY_MAX_CHUNKS = 3000;

/**
 * One business's words with their chunk frequencies (PostgreSQL `ts_stat` over the 'simple'
 * configuration, so words are not stemmed): used to correct typos against the words the
 * business really uses and to weigh a question's words by how rare they are. Null for a
 * knowledge base too big to scan per question.
 */
export async function businessVocabulary(db: Kysely<Database>, businessId: string): Promise<Vocabulary | null> {
  const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (SELECT 1 FROM knowledge_chunks WHERE business_id = ${businessId} LIMIT ${VOCABULARY_MAX_CHUNKS + 1}) c`.execute(db);
  const docs = Number(count.rows[0]?.n ?? 0);
  if (docs > VOCABULARY_MAX_CHUNKS) return null;
  if (!docs) return { docs: 0, words: new Map() };
  // format(%L) quotes the id as a literal inside the statement ts_stat runs.
  const res = await sql<{ word: string; ndoc: number }>`
    SELECT word, ndoc FROM ts_stat(format('SELECT to_tsvector(''simple'', heading || '' '' || content) FROM knowledge_chunks WHERE business_id = %L', ${businessId}::text))`.execute(db);
  return { docs, words: new Map(res.rows.map((r) => [r.word, Number(r.ndoc)])) };
}
