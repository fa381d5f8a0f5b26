// Run once, after ALL question data was written (it was first written without splits): sets the
// "split" field of eval/data/questions.jsonl, 35% "heldout" chosen by a seeded shuffle per
// knowledge base (seed 20261201), so the split is random, reproducible and never hand-picked.
// Re-running it gives the same splits.
//   npx tsx eval/assign-splits.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'data');
const SEED = 20261201;
const HELDOUT_SHARE = 0.35;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(SEED);
const out: string[] = [];
const all = readFileSync(join(dir, 'questions.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
for (const kb of [...new Set(all.map((i) => String(i.kb)))].sort()) {
  const items = all.filter((i) => i.kb === kb);
  // Covered and uncovered items are shuffled separately so both splits get their share of each.
  for (const group of [items.filter((i) => i.covered), items.filter((i) => !i.covered)]) {
    const order = group.map((item) => ({ item, r: rand() })).sort((a, b) => a.r - b.r);
    const nHeld = Math.round(group.length * HELDOUT_SHARE);
    order.forEach(({ item }, i) => (item.split = i < nHeld ? 'heldout' : 'tune'));
  }
  for (const item of items) out.push(JSON.stringify({ id: item.id, split: item.split, kb: item.kb, text: item.text, covered: item.covered, required: item.required, forbidden: item.forbidden }));
}
writeFileSync(join(dir, 'questions.jsonl'), `${out.join('\n')}\n`);
console.log(`${out.length} questions written`);
