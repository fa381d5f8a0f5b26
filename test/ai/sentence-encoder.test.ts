import { test } from 'tap';
import { cosine, createSentenceEncoder, loadSentenceModel, SENTENCE_DIMENSIONS } from '../../src/ai/sentence-encoder.js';

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
  const model = await loadSentenceModel();
  const embed = model.embed.bind(model);
  const asked: string[] = [];
  // A slow model call (as under load): the second ask comes while the first is running.
  model.embed = async (input: string[]) => {
    asked.push(...input);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return embed(input);
  };
  t.teardown(() => {
    model.embed = embed;
  });
  const enc = createSentenceEncoder();
  const first = enc.encode(['the same words from two visitors']);
  // A later tick: the first call is still running, so the memo does not have it yet.
  await new Promise((resolve) => setTimeout(resolve, 10));
  const second = enc.encode(['the same words from two visitors']);
  const [[a], [b]] = await Promise.all([first, second]);
  t.same(asked, ['the same words from two visitors'], 'one model call');
  t.equal(a, b, 'both get the same vector');
});
