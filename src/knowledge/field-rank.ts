import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { headingPath } from './heading-path.js';

// Field-aware re-ranking of a question's best fused candidates. A visitor's question names WHAT
// it is about (a service: an item's title, or the parent section of a markdown heading) and WHAT
// it asks about it (an aspect: the section's own heading, "Prices", "Who does the work"). One
// summed chunk vector mixes both, and on the paraphrase bench most misses picked the right
// service and the wrong aspect, or the right aspect of a sibling service.
//
// A knowledge base groups its chunks both ways: every chunk of one service shares its "about"
// label, every "Prices" section of every service shares its "aspect" label. The mean of a
// group's stored vectors keeps what the group has in common (the service, whatever aspect; the
// aspect, whatever service) and averages the rest away: a better picture of "prices" than the
// word "Prices" or one chunk's text. A candidate scores the question's cosine with its own
// vector, its about group's and its aspect group's, so it must match both what the question is
// about and what it asks. The group means come from the stored vectors (one grouped read per
// business, cached): nothing is encoded per question. A group of one chunk is that chunk's own
// vector, so a knowledge base without repeated headings ranks by its chunks as before.

/** What a chunk is about and what aspect of it it answers, from its item title and heading path. */
export function fieldLabels(title: string, heading: string): { about: string; aspect: string } {
  const path = headingPath(heading);
  const aspect = path.length ? path[path.length - 1]! : title;
  // "Guide > Water heater > Prices": the nearest parent section names the service; a heading of
  // one level sits under the item, whose title names it.
  const about = path.length > 1 ? path[path.length - 2]! : title;
  return { about: about.toLowerCase(), aspect: aspect.toLowerCase() };
}

/** Unit-length group means of one business's chunk vectors, by about label and by aspect label. */
export interface FieldGroups {
  about: Map<string, Float32Array>;
  aspect: Map<string, Float32Array>;
}

function parseVector(text: string): Float32Array {
  return Float32Array.from(JSON.parse(text) as number[]);
}

function unit(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i]! * v[i]!;
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let i = 0; i < v.length; i++) v[i]! *= s;
  return v;
}

/**
 * Above this many (title, heading) pairs a business gets no groups: its headings hardly repeat,
 * so a group would be about one chunk (the chunk's own cosine, which the score has anyway), and
 * the cache stays small (at most 2 x this many vectors of 2 KB per business).
 */
export const MAX_FIELD_GROUPS = 500;

/**
 * A business's field groups from its stored vectors: one grouped read (per item title and
 * heading, pgvector's avg), folded into about and aspect groups here, weighted by their sizes.
 */
export async function readFieldGroups(db: Kysely<Database>, businessId: string, model: string): Promise<FieldGroups> {
  const res = await sql<{ title: string; heading: string; n: number; v: string }>`
    SELECT i.title, c.heading, count(*)::int AS n, avg(c.embedding)::text AS v
    FROM knowledge_chunks c
    JOIN knowledge_items i ON i.id = c.item_id AND i.business_id = ${businessId}
    WHERE c.business_id = ${businessId} AND c.embedding_model = ${model} AND c.embedding IS NOT NULL
    GROUP BY i.title, c.heading
    LIMIT ${MAX_FIELD_GROUPS + 1}`.execute(db);
  const about = new Map<string, Float32Array>();
  const aspect = new Map<string, Float32Array>();
  if (res.rows.length > MAX_FIELD_GROUPS) return { about, aspect };
  const add = (m: Map<string, Float32Array>, key: string, v: Float32Array, n: number) => {
    const sum = m.get(key) ?? new Float32Array(v.length);
    for (let i = 0; i < v.length; i++) sum[i]! += n * v[i]!;
    m.set(key, sum);
  };
  for (const r of res.rows) {
    const v = parseVector(r.v);
    const labels = fieldLabels(r.title, r.heading);
    add(about, labels.about, v, Number(r.n));
    add(aspect, labels.aspect, v, Number(r.n));
  }
  for (const m of [about, aspect]) for (const v of m.values()) unit(v);
  return { about, aspect };
}

/**
 * Each business's field groups, read once per `ttlMs` (and again after `forget`, which the
 * knowledge service calls when it re-ingests an item). A stale entry only ranks with older means.
 * At most `max` businesses are kept (the oldest forgotten first).
 */
export function createFieldGroups(db: Kysely<Database>, opts: { ttlMs?: number; max?: number } = {}) {
  const ttl = opts.ttlMs ?? 300_000;
  const max = opts.max ?? 200;
  const known = new Map<string, { groups: Promise<FieldGroups>; at: number }>();
  return {
    groupsFor(businessId: string, model: string): Promise<FieldGroups> {
      const key = `${businessId}\u0000${model}`;
      const hit = known.get(key);
      if (hit && Date.now() - hit.at < ttl) return hit.groups;
      known.delete(key);
      if (known.size >= max) known.delete(known.keys().next().value!);
      const groups = readFieldGroups(db, businessId, model);
      known.set(key, { groups, at: Date.now() });
      groups.catch(() => known.delete(key));
      return groups;
    },
    forget(businessId: string): void {
      for (const key of known.keys()) if (key.startsWith(`${businessId}\u0000`)) known.delete(key);
    },
  };
}

export interface FieldCandidate {
  title: string;
  heading: string;
  /** The fused (reciprocal rank) score. */
  score: number;
  /** Cosine of the question with the chunk's stored vector (null: no vector of this model). */
  similarity: number | null;
  /** Label coverage by the question's words, 0..1 (see labelCoverage), when known. */
  coverage?: number;
  /** 1 when the chunk's text states a fact of the kind the question asks for (a price for "how much"), else 0. */
  kind?: number;
}

/**
 * Weights of the re-ranking score, measured on the paraphrase bench (bench/RESULTS.md): the
 * chunk's own cosine, its about group's and its aspect group's; the fused score (scaled to the
 * best candidate's) and the label coverage keep a question in the knowledge's own words on the
 * chunk that says them. `kind`: a chunk that states a fact of the kind asked (a price, a
 * duration) moves up a few places (the median gap between the first and the fifth candidate is
 * ~0.19 on the bench), so a sibling section of the same service that states no such fact does
 * not stay above it, while a chunk far down the list is not pulled up by a figure alone.
 */
export const FIELD_WEIGHTS = { chunk: 1, about: 1, aspect: 2, fused: 0.5, coverage: 0.25, kind: 0.3 };

function dot(a: readonly number[], b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < b.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** The re-ranking score of each candidate (higher first), for one question's unit vector. */
export function fieldScores(question: readonly number[], candidates: readonly FieldCandidate[], groups: FieldGroups, weights = FIELD_WEIGHTS): number[] {
  const best = Math.max(...candidates.map((c) => c.score), 1e-9);
  const memo = new Map<Float32Array, number>();
  const cos = (v: Float32Array | undefined, fallback: number) => {
    if (!v) return fallback;
    let s = memo.get(v);
    if (s === undefined) memo.set(v, (s = dot(question, v)));
    return s;
  };
  return candidates.map((c) => {
    const own = c.similarity ?? 0;
    const labels = fieldLabels(c.title, c.heading);
    return (
      weights.chunk * own +
      weights.about * cos(groups.about.get(labels.about), own) +
      weights.aspect * cos(groups.aspect.get(labels.aspect), own) +
      weights.fused * (c.score / best) +
      weights.coverage * (c.coverage ?? 0) +
      weights.kind * (c.kind ?? 0)
    );
  });
}
