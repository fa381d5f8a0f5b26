import { isStopWord, normalizeCasual, terms, words } from './lexical.js';
import type { Embedder } from './types.js';
import { loadWordVectors, WORD_VECTOR_DIMENSIONS, type WordVectors } from './word-vectors.js';

// Local embeddings, offline and deterministic, in two parts of one 512-d unit vector:
// - lexical (412 dims): unigrams and bigrams of normalised terms, hashed with a sign, sublinear
//   tf: the same words meet;
// - meaning (100 dims): the SIF-weighted mean of the text's English word vectors (GloVe, see
//   word-vectors.ts): "how much do you charge" meets "prices", "furnace" meets "boiler".
// Each part is unit-normalised and weighted, so cosine = 0.65 lexical + 0.35 meaning. OpenAI
// embeddings replace all of it when a key is configured.

// v3: word-vector part added (items embedded with v2 are re-embedded at start).
export const LOCAL_EMBEDDING_MODEL = 'local-hash-glove-512-v3';
export const EMBEDDING_DIMENSIONS = 512;
const LEXICAL_DIMENSIONS = EMBEDDING_DIMENSIONS - WORD_VECTOR_DIMENSIONS;
const MEANING_WEIGHT = 0.35;
// SIF weight a / (a + p(w)) with Zipf's p(w) ~ 1 / (rank * ln N): rank / (rank + SIF_RANK).
const SIF_RANK = 300;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function lexicalPart(text: string, out: Float64Array): void {
  const t = terms(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < t.length; i++) {
    counts.set(t[i]!, (counts.get(t[i]!) ?? 0) + 1);
    if (i + 1 < t.length) counts.set(`${t[i]} ${t[i + 1]}`, (counts.get(`${t[i]} ${t[i + 1]}`) ?? 0) + 0.5);
  }
  for (const [feature, n] of counts) {
    const h = fnv1a(feature);
    const sign = h & 1 ? 1 : -1;
    out[(h >>> 1) % LEXICAL_DIMENSIONS]! += sign * (1 + Math.log(n));
  }
}

function meaningPart(text: string, wv: WordVectors, out: Float64Array): void {
  for (const w of words(normalizeCasual(text))) {
    for (const part of w.includes('-') ? w.split('-') : [w]) {
      const p = part.replace(/'s$/, '');
      if (p.length < 2 || isStopWord(p)) continue;
      // A plural the table lacks falls back to its singular.
      const row = wv.index.get(p) ?? (p.endsWith('s') ? wv.index.get(p.slice(0, -1)) : undefined);
      if (row === undefined) continue;
      const weight = row / (row + SIF_RANK);
      const base = row * WORD_VECTOR_DIMENSIONS;
      for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) out[LEXICAL_DIMENSIONS + d]! += weight * wv.data[base + d]!;
    }
  }
}

function scale(v: Float64Array, from: number, to: number, weight: number): boolean {
  let norm = 0;
  for (let i = from; i < to; i++) norm += v[i]! * v[i]!;
  if (norm === 0) return false;
  const f = Math.sqrt(weight) / Math.sqrt(norm);
  for (let i = from; i < to; i++) v[i]! *= f;
  return true;
}

/** The local embedding of a text; without word vectors only the lexical part is filled. */
export function localEmbedding(text: string, wordVectors: WordVectors | null = null): number[] {
  const v = new Float64Array(EMBEDDING_DIMENSIONS);
  lexicalPart(text, v);
  if (wordVectors) meaningPart(text, wordVectors, v);
  const lexical = scale(v, 0, LEXICAL_DIMENSIONS, 1 - MEANING_WEIGHT);
  const meaning = scale(v, LEXICAL_DIMENSIONS, EMBEDDING_DIMENSIONS, MEANING_WEIGHT);
  if (!lexical && !meaning) {
    // pgvector's cosine distance is undefined for a zero vector; a tiny constant keeps it defined.
    const out = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
    out[0] = 1;
    return out;
  }
  return Array.from(v, (x) => Math.round(x * 1e6) / 1e6);
}

/** The local embedder; the word vectors are read on its first use (~0.1 s, cached per machine). */
export function createLocalEmbedder(opts: { wordVectors?: () => WordVectors } = {}): Embedder {
  const load = opts.wordVectors ?? (() => loadWordVectors());
  let wv: WordVectors | null = null;
  return {
    model: LOCAL_EMBEDDING_MODEL,
    async embed(texts) {
      wv ??= load();
      return texts.map((t) => localEmbedding(t, wv));
    },
  };
}
