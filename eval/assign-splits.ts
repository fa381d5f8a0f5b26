// Run after writing new data (items are written without a split): gives every item of
// eval/data/questions.jsonl and eval/data/triage.jsonl that has no "split" yet one, 35% "heldout"
// chosen by a seeded shuffle (seed 20261201) per knowledge base and group (covered / uncovered
// questions; emergency / not for triage), so the split is random, reproducible and never
// hand-picked. Items that already have a split keep it: an item once held out is never moved
// into the tune split by later additions (and a tuned-on item never becomes held-out).
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

type Item = Record<string, unknown>;

/** Assigns splits to the items that have none; returns how many it assigned. */
function assign(file: string, groupOf: (i: Item) => string, order: (i: Item) => Item, rand: () => number): number {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const all = lines.map((l) => JSON.parse(l) as Item);
  const fresh = all.filter((i) => i.split !== 'tune' && i.split !== 'heldout');
  for (const kb of [...new Set(fresh.map((i) => String(i.kb)))].sort()) {
    const ofKb = fresh.filter((i) => i.kb === kb);
    for (const g of [...new Set(ofKb.map(groupOf))].sort()) {
      const shuffled = ofKb.filter((i) => groupOf(i) === g).map((item) => ({ item, r: rand() })).sort((a, b) => a.r - b.r);
      const nHeld = Math.round(shuffled.length * HELDOUT_SHARE);
      shuffled.forEach(({ item }, i) => (item.split = i < nHeld ? 'heldout' : 'tune'));
    }
  }
  // Lines that already had a split are written back exactly as they were.
  writeFileSync(path, `${all.map((i, n) => (fresh.includes(i) ? JSON.stringify(order(i)) : lines[n])).join('\n')}\n`);
  return fresh.length;
}

const rand = mulberry32(SEED);
const q = assign(
  'questions.jsonl',
  (i) => (i.covered ? 'covered' : 'uncovered'),
  (i) => ({ id: i.id, split: i.split, kb: i.kb, text: i.text, covered: i.covered, required: i.required, forbidden: i.forbidden }),
  rand,
);
const t = assign(
  'triage.jsonl',
  (i) => (i.emergency ? 'emergency' : 'not'),
  (i) => ({ id: i.id, split: i.split, kb: i.kb, channel: i.channel, category: i.category, text: i.text, emergency: i.emergency, priority: i.priority }),
  rand,
);
console.log(`splits assigned to ${q} new questions and ${t} new triage items`);
