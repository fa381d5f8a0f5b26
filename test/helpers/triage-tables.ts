import type { Test } from 'tap';
import { triage, type Hazard } from '../../src/agent/triage.js';

/** A message and what the rules must make of it: emergency, priority, and (when given) the hazard. */
export type TriageRow = [text: string, emergency: boolean, priority: 'URGENT' | 'HIGH' | 'NORMAL' | 'LOW', hazard?: Hazard];

type Verdict = Pick<ReturnType<typeof triage>, 'emergency' | 'priority' | 'matched' | 'kind' | 'hazard'>;

/**
 * One subtest per category: each row's emergency, priority and hazard, with what matched in the
 * message. Read by the rules alone unless `read` is given (the whole per-turn step, with the learned signal).
 */
export function checkTriageTables(t: Test, tables: Record<string, TriageRow[]>, read: (text: string) => Verdict | Promise<Verdict> = triage): void {
  for (const [category, rows] of Object.entries(tables)) {
    t.test(category, async (t) => {
      for (const [text, emergency, priority, hazard] of rows) {
        const r = await read(text);
        t.equal(r.emergency, emergency, `${JSON.stringify(text)}: emergency ${emergency} (${r.matched.join('; ') || 'nothing matched'})`);
        t.equal(r.priority, priority, `${JSON.stringify(text)}: ${priority} (kind ${r.kind})`);
        if (hazard) t.equal(r.hazard, hazard, `${JSON.stringify(text)}: hazard ${hazard}`);
      }
    });
  }
}

/** Every emergency row of the tables is one by the rules alone (the learned signal cannot be relied on across a retrain). */
export function checkRulesAlone(t: Test, tables: Record<string, TriageRow[]>): void {
  t.test('the rules alone', async (t) => {
    for (const rows of Object.values(tables)) {
      for (const [text, emergency] of rows) {
        if (!emergency) continue;
        const r = triage(text);
        t.equal(r.emergency, true, `${JSON.stringify(text)}: an emergency by the rules (${r.matched.join('; ') || 'nothing matched'})`);
      }
    }
  });
}

/** Every look-alike row of the tables (no emergency) is what the table says by the rules alone, whatever the learned signal adds. */
export function checkLookAlikesByRules(t: Test, tables: Record<string, TriageRow[]>): void {
  t.test('the rules alone keep the look-alikes calm', async (t) => {
    for (const rows of Object.values(tables)) {
      for (const [text, emergency, priority] of rows) {
        if (emergency) continue;
        const r = triage(text);
        t.equal(r.emergency, false, `${JSON.stringify(text)}: no emergency by the rules (${r.matched.join('; ') || 'nothing matched'})`);
        t.equal(r.priority, priority, `${JSON.stringify(text)}: ${priority} by the rules (kind ${r.kind})`);
      }
    }
  });
}
