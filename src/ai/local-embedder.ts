import { terms } from './lexical.js';
import type { Embedder } from './types.js';

// Hashed lexical embeddings: unigrams and bigrams of normalised terms, hashed with a sign into
// 512 dimensions, sublinear tf, L2-normalised. Deterministic, offline, and good enough for
// cosine retrieval on a small business's knowledge base; OpenAI embeddings replace it when a
// key is configured.

// v2: Porter stems and no folded synonyms (items embedded with v1 are re-embedded at start).
export const LOCAL_EMBEDDING_MODEL = 'local-hash-512-v2';
export const EMBEDDING_DIMENSIONS = 512;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function localEmbedding(text: string): number[] {
  const v = new Float64Array(EMBEDDING_DIMENSIONS);
  const t = terms(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < t.length; i++) {
    counts.set(t[i]!, (counts.get(t[i]!) ?? 0) + 1);
    if (i + 1 < t.length) counts.set(`${t[i]} ${t[i + 1]}`, (counts.get(`${t[i]} ${t[i + 1]}`) ?? 0) + 0.5);
  }
  for (const [feature, n] of counts) {
    const h = fnv1a(feature);
    const sign = h & 1 ? 1 : -1;
    v[(h >>> 1) % EMBEDDING_DIMENSIONS]! += sign * (1 + Math.log(n));
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm === 0) {
    // pgvector's cosine distance is undefined for a zero vector; a tiny constant keeps it defined.
    const out = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
    out[0] = 1;
    return out;
  }
  return Array.from(v, (x) => Math.round((x / norm) * 1e6) / 1e6);
}

export function createLocalEmbedder(): Embedder {
  return {
    model: LOCAL_EMBEDDING_MODEL,
    async embed(texts) {
      return texts.map(localEmbedding);
    },
  };
}
