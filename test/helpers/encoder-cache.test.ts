import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import t from 'tap';
import { createSentenceEncoder, SENTENCE_DIMENSIONS } from '../../src/ai/sentence-encoder.js';
import { fileFor } from './encoder-cache.js';

// The test run's vector cache (encoder-cache.ts, loaded before every test file by .taprc) sits in
// front of the shared model thread: an encoder made without a thread of its own reads a cached
// vector instead of asking the model, and one given its own thread never sees the cache.
t.test('an encoder without its own thread answers from the cache; one with its own thread asks it', async (t) => {
  const text = `a text no test encodes ${randomBytes(8).toString('hex')}`;
  const file = fileFor(text);
  const planted = new Float32Array(SENTENCE_DIMENSIONS);
  planted[3] = 1;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, new Uint8Array(planted.buffer));
  t.teardown(() => rmSync(file, { force: true }));

  const [fromCache] = await createSentenceEncoder().encode([text]);
  t.same(Array.from(fromCache!), Array.from(planted), 'the cached vector, not the model asked');

  const own = new Float32Array(SENTENCE_DIMENSIONS);
  own[7] = 1;
  const asked: string[] = [];
  const enc = createSentenceEncoder({ thread: { request: async (x) => (asked.push(x), own) } });
  const [fromThread] = await enc.encode([text]);
  t.same(asked, [text], 'its own thread is asked');
  t.same(Array.from(fromThread!), Array.from(own));
});

t.test('a cache file of the wrong size is not a vector: the model is asked', async (t) => {
  const text = `another text no test encodes ${randomBytes(8).toString('hex')}`;
  const file = fileFor(text);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, new Uint8Array(10));
  t.teardown(() => rmSync(file, { force: true }));
  const [v] = await createSentenceEncoder().encode([text]);
  t.equal(v!.length, SENTENCE_DIMENSIONS);
  t.ok(Math.abs(Array.from(v!).reduce((s, x) => s + x * x, 0) - 1) < 1e-3, 'a unit vector from the model');
});
