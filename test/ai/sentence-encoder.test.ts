import { test } from 'tap';
import { cosine, createSentenceEncoder, SENTENCE_DIMENSIONS } from '../../src/ai/sentence-encoder.js';

test('the sentence encoder reads meaning, not shared words', async (t) => {
  const enc = createSentenceEncoder();
  const [ceiling, flooding, hours, saturday, empty] = await enc.encode([
    'water is pouring through my ceiling',
    'my bathroom is flooding',
    'what are your opening hours',
    'when are you open on saturday',
    '',
  ]);
  t.equal(ceiling!.length, SENTENCE_DIMENSIONS);
  t.ok(Math.abs(cosine(ceiling!, ceiling!) - 1) < 1e-4, 'unit length');
  t.ok(cosine(ceiling!, flooding!) > cosine(ceiling!, hours!) + 0.3, 'two floods meet, a flood and opening hours do not');
  t.ok(cosine(hours!, saturday!) > cosine(hours!, flooding!) + 0.3, 'two hours questions meet');
  t.equal(empty!.length, SENTENCE_DIMENSIONS, 'an empty text still gets a vector');
});

test('texts asked together or again give the same vectors, in order', async (t) => {
  const enc = createSentenceEncoder({ cacheSize: 2 });
  const texts = ['gas smell in the kitchen', 'do you work weekends', 'gas smell in the kitchen'];
  const [together, alone] = await Promise.all([enc.encode(texts), enc.encode(['do you work weekends'])]);
  t.equal(together.length, 3);
  t.same(Array.from(together[0]!), Array.from(together[2]!), 'a repeated text, one vector');
  t.same(Array.from(alone[0]!), Array.from(together[1]!), 'a text in two calls of one tick, one vector');
  const again = await enc.encode(['do you work weekends', 'a third text pushes the memo over its size']);
  for (let i = 0; i < SENTENCE_DIMENSIONS; i++) {
    if (Math.abs(again[0]![i]! - together[1]![i]!) > 1e-6) {
      t.fail(`dimension ${i} differs after the memo was cleared`);
      return;
    }
  }
  t.pass('the same text encodes the same way after the memo forgets it');
});

test('a text asked again while it is still being encoded is encoded once', async (t) => {
  const asked: string[] = [];
  const real = createSentenceEncoder();
  // A slow model (as under load): the second ask comes while the first is running.
  const thread = {
    async request(text: string) {
      asked.push(text);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const [v] = await real.encode([text]);
      return v!;
    },
  };
  const enc = createSentenceEncoder({ thread });
  const first = enc.encode(['the same words from two visitors']);
  // A later tick: the first call is still running.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const second = enc.encode(['the same words from two visitors']);
  const [[a], [b]] = await Promise.all([first, second]);
  t.same(asked, ['the same words from two visitors'], 'one model call');
  t.equal(a, b, 'both get the same vector');
});

test('a failed encode is not remembered: the next ask tries again', async (t) => {
  let calls = 0;
  const thread = {
    async request(): Promise<Float32Array> {
      calls++;
      if (calls === 1) throw new Error('model thread died');
      return new Float32Array(512).fill(1 / Math.sqrt(512));
    },
  };
  const enc = createSentenceEncoder({ thread });
  await t.rejects(enc.encode(['a leak under the sink']), /model thread died/);
  const [v] = await enc.encode(['a leak under the sink']);
  t.equal(calls, 2, 'asked the thread again');
  t.equal(v!.length, 512);
});
