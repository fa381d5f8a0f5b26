// Embeddings of a deterministic benchmark corpus, kept on disk between runs: the sentence encoder
// costs ~7 ms of CPU per chunk (100k chunks: ~12 min), and the corpus and the model only change
// together with this file's key. The cache lives under node_modules/.cache (never committed).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmbedSection } from '../../src/ai/types.js';

const DIR = join(process.cwd(), 'node_modules', '.cache', 'bench-vectors');
const STEP = 512;

function cacheFile(model: string, sections: readonly EmbedSection[]): string {
  const h = createHash('sha256').update(model);
  for (const s of sections) h.update(`\u0000${s.title}\u0001${s.heading}\u0001${s.content}`);
  return join(DIR, `${h.digest('hex').slice(0, 32)}.f32`);
}

/** True when this corpus's vectors for this model are on disk (a run would not encode). */
export function hasCachedVectors(model: string, sections: readonly EmbedSection[], dimensions = 512): boolean {
  const file = cacheFile(model, sections);
  return existsSync(file) && statSync(file).size === sections.length * dimensions * 4;
}

export async function cachedSectionVectors(
  model: string,
  sections: readonly EmbedSection[],
  embed: (sections: EmbedSection[]) => Promise<number[][]>,
  dimensions = 512,
): Promise<{ vector: (i: number) => number[]; cache: 'hit' | 'written' }> {
  const file = cacheFile(model, sections);
  // One row at a time: 100k rows as arrays of numbers would take ~400 MB.
  const rows = (data: Float32Array) => (i: number) => Array.from(data.subarray(i * dimensions, (i + 1) * dimensions));
  if (existsSync(file)) {
    const buf = readFileSync(file);
    if (buf.byteLength === sections.length * dimensions * 4) return { vector: rows(new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4)), cache: 'hit' };
  }
  const data = new Float32Array(sections.length * dimensions);
  for (let i = 0; i < sections.length; i += STEP) {
    const part = await embed(sections.slice(i, i + STEP));
    part.forEach((v, j) => data.set(v, (i + j) * dimensions));
  }
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${file}.tmp`, Buffer.from(data.buffer));
  renameSync(`${file}.tmp`, file);
  return { vector: rows(data), cache: 'written' };
}
