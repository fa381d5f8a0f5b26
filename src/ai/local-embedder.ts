import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isStopWord, normalizeCasual, stem, terms, words } from './lexical.js';
import { createSentenceEncoder, SENTENCE_DIMENSIONS, SENTENCE_MODEL, type SentenceEncoder } from './sentence-encoder.js';
import type { Embedder, EmbedSection } from './types.js';
import { loadWordVectors, WORD_VECTOR_DIMENSIONS, type WordVectors } from './word-vectors.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// Local embeddings, offline and deterministic, in blocks of one 512-d unit vector:
// - lexical (211 dims): unigrams and bigrams of normalised terms, hashed with a sign, sublinear
//   tf: the same words meet;
// - meaning, one 100-d block per FIELD of a knowledge chunk: its item's title, its section
//   heading and its text, each the SIF-weighted mean of the field's English word vectors (GloVe,
//   see word-vectors.ts): "how much do you charge" meets "prices", "furnace" meets "boiler".
// A question fills every meaning block with its own meaning, so the cosine of a question and a
// chunk is a weighted SUM of field similarities (BM25F's idea, in one vector): a chunk whose title
// matches what the question is about AND whose heading matches what it asks beats a chunk whose
// text mentions both in passing (a review naming the service, a sibling section of the right
// item). A field a chunk lacks (no heading) puts its weight on one padding dimension that a
// question never uses, so a missing field scores 0 instead of inflating the others.
// OpenAI embeddings replace all of it when a key is configured.

// v5: the shared normalisation reads holiday names and dates alike (v4: per-field meaning blocks;
// v3: one meaning block over title, heading and text together). A new name re-embeds stored
// knowledge (knowledge/service.ts), so stored and asked vectors come from the same text rules.
export const GLOVE_EMBEDDING_MODEL = 'local-hash-glove-512-v5';
// The local provider's stored vectors now come from the sentence encoder (sentence-encoder.ts):
// it reads a paraphrase ("a new hot water tank" for "water heater replacement") that hashed words
// and a mean of word vectors miss. The new name re-embeds knowledge stored under the old one.
// (v2: "personal" and the other words the stemmer keeps whole hash to their own lexical token, so
// stored vectors are made again with the questions' rules.)
// (v3: the casual reading adds "lockout" beside "locked out" and "arrive" beside "get to me".)
// (v7: it reads seeing the premises as a tour, "can i come see the place"; "showing" and "viewing" stem whole.)
export const LOCAL_EMBEDDING_MODEL = `local-${SENTENCE_MODEL}-fields-v9`;
export const EMBEDDING_DIMENSIONS = 512;
const FIELDS = 3;
const LEXICAL_DIMENSIONS = EMBEDDING_DIMENSIONS - 1 - FIELDS * WORD_VECTOR_DIMENSIONS;
const PAD = LEXICAL_DIMENSIONS;
const fieldStart = (f: number) => PAD + 1 + f * WORD_VECTOR_DIMENSIONS;

/** Shares of the cosine (they sum to 1): the lexical block, then title, heading, text meaning. */
export interface EmbeddingWeights {
  lexical: number;
  title: number;
  heading: number;
  content: number;
}
// Measured: lexical 0.4 with fields 0.2/0.15/0.25 ranked the paraphrase bench best (vector leg
// top 5 0.305, 0.255 here, v3 0.19) but put "Emergency call-outs" above "Call-out fee" for
// "how much is a call-out?" in the demo knowledge; a larger lexical share keeps questions that
// use the document's own words on the chunk that says them.
export const DEFAULT_EMBEDDING_WEIGHTS: EmbeddingWeights = { lexical: 0.55, title: 0.15, heading: 0.15, content: 0.15 };
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

function meaningPart(text: string, wv: WordVectors, out: Float64Array, start: number): void {
  for (const w of words(normalizeCasual(text))) {
    for (const part of w.includes('-') ? w.split('-') : [w]) {
      const p = part.replace(/'s$/, '');
      if (p.length < 2 || isStopWord(p)) continue;
      // A plural the table lacks falls back to its singular.
      const row = wv.index.get(p) ?? (p.endsWith('s') ? wv.index.get(p.slice(0, -1)) : undefined);
      if (row === undefined) continue;
      const weight = row / (row + SIF_RANK);
      const base = row * WORD_VECTOR_DIMENSIONS;
      for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) out[start + d]! += weight * wv.data[base + d]!;
    }
  }
}

/** Scales v[from, to) to norm sqrt(weight); false when the block is empty. */
function scale(v: Float64Array, from: number, to: number, weight: number): boolean {
  let norm = 0;
  for (let i = from; i < to; i++) norm += v[i]! * v[i]!;
  if (norm === 0 || weight <= 0) {
    for (let i = from; i < to; i++) v[i] = 0;
    return false;
  }
  const f = Math.sqrt(weight) / Math.sqrt(norm);
  for (let i = from; i < to; i++) v[i]! *= f;
  return true;
}

function finish(v: Float64Array, weights: EmbeddingWeights, fieldTexts: string[] | null): number[] {
  const shares = [weights.title, weights.heading, weights.content];
  let missing = scale(v, 0, LEXICAL_DIMENSIONS, weights.lexical) ? 0 : weights.lexical;
  for (let f = 0; f < FIELDS; f++) {
    if (!scale(v, fieldStart(f), fieldStart(f) + WORD_VECTOR_DIMENSIONS, shares[f]!)) missing += shares[f]!;
  }
  if (missing >= 1 - 1e-9) {
    // pgvector's cosine distance is undefined for a zero vector; a tiny constant keeps it defined.
    const out = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
    out[0] = 1;
    return out;
  }
  // A document's missing fields weigh on the padding dimension (a question's is always 0), so
  // the fields it has keep their share. A question lacking a block (no known word) is simply
  // renormalised: its ranking over chunks does not depend on its own norm.
  if (fieldTexts) v[PAD] = Math.sqrt(missing);
  return Array.from(v, (x) => Math.round(x * 1e6) / 1e6);
}

/**
 * The local embedding of a question (or any free text): its meaning fills every field block.
 * Without word vectors only the lexical part is filled.
 */
export function localEmbedding(text: string, wordVectors: WordVectors | null = null, weights: EmbeddingWeights = DEFAULT_EMBEDDING_WEIGHTS): number[] {
  const v = new Float64Array(EMBEDDING_DIMENSIONS);
  lexicalPart(text, v);
  if (wordVectors) {
    meaningPart(text, wordVectors, v, fieldStart(0));
    for (let f = 1; f < FIELDS; f++) v.copyWithin(fieldStart(f), fieldStart(0), fieldStart(0) + WORD_VECTOR_DIMENSIONS);
  }
  return finish(v, weights, null);
}

/** The local embedding of a knowledge chunk: lexical over all of it, meaning per field. */
export function localSectionEmbedding(section: EmbedSection, wordVectors: WordVectors | null = null, weights: EmbeddingWeights = DEFAULT_EMBEDDING_WEIGHTS): number[] {
  const v = new Float64Array(EMBEDDING_DIMENSIONS);
  lexicalPart(`${section.title}\n${section.heading}\n${section.content}`, v);
  const fields = [section.title, section.heading, section.content];
  if (wordVectors) fields.forEach((text, f) => meaningPart(text, wordVectors, v, fieldStart(f)));
  return finish(v, weights, fields);
}

interface Token {
  stem: string;
  row: number | undefined;
  weight: number;
}

function tokens(text: string, wv: WordVectors | null): Token[] {
  const out: Token[] = [];
  for (const w of words(normalizeCasual(text), 200)) {
    for (const part of w.includes('-') ? w.split('-') : [w]) {
      const p = part.replace(/'s$/, '').replace(/'/g, '');
      if (p.length < 2 || isStopWord(p)) continue;
      const row = wv?.index.get(p) ?? (p.endsWith('s') ? wv?.index.get(p.slice(0, -1)) : undefined);
      // A word the table lacks is rare: full weight.
      out.push({ stem: stem(p), row, weight: row === undefined ? 1 : row / (row + SIF_RANK) });
    }
  }
  return out;
}

// Word vectors closer than this are unrelated (GloVe puts most common word pairs at 0.2-0.45).
const RELATED_COSINE = 0.45;

function similarity(a: Token, b: Token, wv: WordVectors | null): number {
  if (a.stem === b.stem) return 1;
  if (!wv || a.row === undefined || b.row === undefined) return 0;
  let s = 0;
  const x = a.row * WORD_VECTOR_DIMENSIONS;
  const y = b.row * WORD_VECTOR_DIMENSIONS;
  for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) s += wv.data[x + d]! * wv.data[y + d]!;
  s /= 127 * 127;
  return s > RELATED_COSINE ? (s - RELATED_COSINE) / (1 - RELATED_COSINE) : 0;
}

/**
 * For each label (a chunk's item title and section heading), the share of the question's words
 * (SIF-weighted: rare words count more) that some label word matches: the same stem counts 1, a
 * near word vector ("cost" for "prices") in proportion to its similarity. Word by word, unlike
 * the mean in the embedding: a question about a SERVICE and an ASPECT is covered best by the
 * label that names both, whatever else the chunk's text says.
 */
export function labelCoverage(question: string, labels: string[], wordVectors: WordVectors | null = null): number[] {
  const q = tokens(question, wordVectors);
  const total = q.reduce((a, t) => a + t.weight, 0);
  if (!total) return labels.map(() => 0);
  const memo = new Map<string, number>();
  return labels.map((label) => {
    let v = memo.get(label);
    if (v === undefined) {
      const l = tokens(label, wordVectors);
      let covered = 0;
      for (const t of q) {
        let best = 0;
        for (const u of l) best = Math.max(best, similarity(t, u, wordVectors));
        covered += t.weight * best;
      }
      v = covered / total;
      memo.set(label, v);
    }
    return v;
  });
}

const headingOf = (section: EmbedSection) => innermostHeading(section.heading) || section.title;

/**
 * A chunk's vector: the sum of its title's, its heading's and its text's sentence vectors, made
 * unit length. A question's cosine with it is then (nearly) the sum of its cosines with each
 * field (BM25F's idea): the chunk whose title names the visitor's service AND whose heading
 * names what they ask beats one whose text mentions both in passing. Measured on the paraphrase
 * bench (vector leg alone, 2k chunks): top 5 0.36 with the text alone, 0.47 with the fields.
 */
function fieldSum(...parts: Float32Array[]): Float32Array {
  const v = new Float32Array(SENTENCE_DIMENSIONS);
  for (const p of parts) for (let d = 0; d < SENTENCE_DIMENSIONS; d++) v[d]! += p[d]!;
  let n = 0;
  for (let d = 0; d < SENTENCE_DIMENSIONS; d++) n += v[d]! * v[d]!;
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let d = 0; d < SENTENCE_DIMENSIONS; d++) v[d]! *= s;
  return v;
}

/** What the sentence encoder reads of a knowledge chunk's text: its section heading, then the text. */
export function sectionText(section: EmbedSection): string {
  const heading = innermostHeading(section.heading);
  return heading ? `${heading}. ${section.content}` : section.content;
}

/** The hashed-lexical + GloVe embedder (the local provider's before the sentence encoder). */
export function createGloveEmbedder(opts: { wordVectors?: () => WordVectors } = {}): Embedder {
  const load = opts.wordVectors ?? (() => loadWordVectors());
  let wv: WordVectors | null = null;
  return {
    model: GLOVE_EMBEDDING_MODEL,
    async embed(texts) {
      wv ??= load();
      return texts.map((t) => localEmbedding(t, wv));
    },
    async embedSections(sections) {
      wv ??= load();
      return sections.map((s) => localSectionEmbedding(s, wv));
    },
    labelCoverage(question, labels) {
      wv ??= load();
      return labelCoverage(question, labels, wv);
    },
  };
}

const toArray = (v: Float32Array) => Array.from(v, (x) => Math.round(x * 1e6) / 1e6);

/**
 * Chunk vectors kept on disk, one small file per chunk text (its hash names it): a machine that
 * embeds the same knowledge again (every test file seeds the demo business; the eval and the
 * benches ingest the same documents) reads them instead of loading the model and encoding
 * (~1 s of CPU for the model, tens of ms per chunk). Only outside production (see ai/index.ts).
 */
function diskCache(dir: string) {
  const file = (text: string) => join(dir, `${createHash('sha256').update(text).digest('hex').slice(0, 40)}.f32`);
  let ready = false;
  return {
    get(text: string): Float32Array | null {
      try {
        const buf = readFileSync(file(text));
        return buf.byteLength === SENTENCE_DIMENSIONS * 4 ? new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)) : null;
      } catch {
        return null;
      }
    },
    set(text: string, v: Float32Array): void {
      try {
        if (!ready) mkdirSync(dir, { recursive: true });
        ready = true;
        const f = file(text);
        const tmp = `${f}.${process.pid}.tmp`;
        writeFileSync(tmp, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
        renameSync(tmp, f);
      } catch {
        // A cache that cannot be written only costs the encoding next time.
      }
    },
  };
}

/**
 * The local embedder: sentence-encoder vectors (the model is loaded at the first use, ~1 s of
 * CPU once per process); the word vectors are read at the first re-ranking (~0.1 s, cached per
 * machine). `cacheDir`: keep chunk vectors on disk there (see diskCache).
 */
export function createLocalEmbedder(opts: { wordVectors?: () => WordVectors; encoder?: SentenceEncoder; cacheDir?: string | null } = {}): Embedder {
  const load = opts.wordVectors ?? (() => loadWordVectors());
  const encoder = opts.encoder ?? createSentenceEncoder();
  if (SENTENCE_DIMENSIONS !== EMBEDDING_DIMENSIONS) throw new Error('sentence vectors must fit the embedding column');
  const disk = opts.cacheDir ? diskCache(join(opts.cacheDir, LOCAL_EMBEDDING_MODEL)) : null;
  let wv: WordVectors | null = null;
  async function chunkVectors(sections: EmbedSection[]): Promise<Float32Array[]> {
    // One batch: each chunk's title, its heading and its text. Titles and headings repeat
    // across a knowledge base, so the encoder's memo reads each once.
    const n = sections.length;
    const all = await encoder.encode([...sections.map((s) => s.title), ...sections.map(headingOf), ...sections.map(sectionText)]);
    return sections.map((_, i) => fieldSum(all[i]!, all[n + i]!, all[2 * n + i]!));
  }
  return {
    model: LOCAL_EMBEDDING_MODEL,
    async embed(texts) {
      return (await encoder.encode(texts.map((t) => normalizeCasual(t)))).map(toArray);
    },
    async embedSections(sections) {
      if (!disk) return (await chunkVectors(sections)).map(toArray);
      const keys = sections.map((s) => `${s.title}\u0000${s.heading}\u0000${s.content}`);
      const out = keys.map((k) => disk.get(k));
      const missing = out.flatMap((v, i) => (v ? [] : [i]));
      if (missing.length) {
        const fresh = await chunkVectors(missing.map((i) => sections[i]!));
        missing.forEach((i, j) => {
          out[i] = fresh[j]!;
          disk.set(keys[i]!, fresh[j]!);
        });
      }
      return out.map((v) => toArray(v!));
    },
    labelCoverage(question, labels) {
      wv ??= load();
      return labelCoverage(question, labels, wv);
    },
  };
}
