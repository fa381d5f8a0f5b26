import t from 'tap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The evaluation's data must be well formed before `npm run eval` reads it: a malformed item
// (a nested list among the forbidden strings) crashed the scorer in the middle of a run. Checked
// here: shapes and references only; the items' texts are never read for tuning.

const root = join(import.meta.dirname, '../../eval/data');
const kbs = JSON.parse(readFileSync(join(root, 'kbs.json'), 'utf8')) as Array<{ id: string; businessName: string; trade: string; items: Array<{ title: string; file: string }> }>;
const lines = (file: string) =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`${file} line ${i + 1} is not JSON`);
      }
    });
const isText = (x: unknown) => typeof x === 'string' && x.trim().length > 0;

t.test('every knowledge base named in kbs.json has its guide, a name and a trade, once', async (t) => {
  t.equal(new Set(kbs.map((k) => k.id)).size, kbs.length, 'ids are unique');
  for (const kb of kbs) {
    t.ok(isText(kb.businessName) && isText(kb.trade) && kb.items.length > 0, `${kb.id}: name, trade and items`);
    for (const item of kb.items) t.ok(existsSync(join(root, 'kb', item.file)), `${kb.id}: ${item.file} exists`);
  }
});

t.test('questions: unique ids, a known business, a split, required any-of lists and plain forbidden strings', async (t) => {
  const ids = new Set(kbs.map((k) => k.id));
  const items = lines('questions.jsonl');
  const bad: string[] = [];
  const seen = new Set<string>();
  for (const q of items) {
    const id = String(q.id);
    if (seen.has(id)) bad.push(`${id}: duplicate id`);
    seen.add(id);
    if (!ids.has(String(q.kb))) bad.push(`${id}: unknown kb`);
    if (q.split !== 'tune' && q.split !== 'heldout') bad.push(`${id}: split`);
    if (!isText(q.text) || typeof q.covered !== 'boolean') bad.push(`${id}: text or covered`);
    const required = q.required as unknown[];
    if (!Array.isArray(required) || !required.every((r) => isText(r) || (Array.isArray(r) && r.length > 0 && r.every(isText)))) bad.push(`${id}: required must hold strings or lists of strings`);
    const forbidden = q.forbidden as unknown[];
    if (!Array.isArray(forbidden) || !forbidden.every(isText)) bad.push(`${id}: forbidden must hold strings`);
    if (q.covered === false && (!Array.isArray(forbidden) || forbidden.length === 0)) bad.push(`${id}: an uncovered question names the facts it must not invent`);
  }
  t.same(bad, [], 'no malformed question');
  const held = items.filter((q) => q.split === 'heldout').length;
  t.ok(held / items.length >= 0.3, `at least 30% held out (${held} of ${items.length})`);
});

t.test('triage messages: unique ids, a known business, a split, a channel, emergency exactly when URGENT', async (t) => {
  const ids = new Set(kbs.map((k) => k.id));
  const items = lines('triage.jsonl');
  const bad: string[] = [];
  const seen = new Set<string>();
  for (const m of items) {
    const id = String(m.id);
    if (seen.has(id)) bad.push(`${id}: duplicate id`);
    seen.add(id);
    if (m.kb !== undefined && !ids.has(String(m.kb))) bad.push(`${id}: unknown kb`);
    if (m.split !== 'tune' && m.split !== 'heldout') bad.push(`${id}: split`);
    if (m.channel !== 'chat' && m.channel !== 'phone') bad.push(`${id}: channel`);
    if (!isText(m.text) || typeof m.emergency !== 'boolean') bad.push(`${id}: text or emergency`);
    if (!['URGENT', 'HIGH', 'NORMAL', 'LOW'].includes(String(m.priority))) bad.push(`${id}: priority`);
    if (m.emergency !== (m.priority === 'URGENT')) bad.push(`${id}: an emergency is URGENT, and URGENT is an emergency`);
  }
  t.same(bad, [], 'no malformed triage message');
  const held = items.filter((m) => m.split === 'heldout').length;
  t.ok(held / items.length >= 0.3, `at least 30% held out (${held} of ${items.length})`);
});
