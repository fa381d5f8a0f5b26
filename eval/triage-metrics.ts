// Emergency precision/recall/F1 and priority accuracy with its confusion matrix.

export type Priority = 'URGENT' | 'HIGH' | 'NORMAL' | 'LOW';
export const PRIORITIES: Priority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

export interface TriageItem {
  id: string;
  split: 'tune' | 'heldout';
  kb: string;
  channel: 'chat' | 'phone';
  category: string;
  text: string;
  emergency: boolean;
  priority: Priority;
}

export interface TriageOutcome {
  id: string;
  split: TriageItem['split'];
  category: string;
  expectedEmergency: boolean;
  expectedPriority: Priority;
  emergency: boolean;
  /** null when no lead was written within the turn budget. */
  priority: Priority | null;
  firstReply: string;
}

const r3 = (n: number, d: number): number | null => (d ? Math.round((n / d) * 1000) / 1000 : null);

export function triageMetrics(outcomes: TriageOutcome[]) {
  const tp = outcomes.filter((o) => o.emergency && o.expectedEmergency).length;
  const fp = outcomes.filter((o) => o.emergency && !o.expectedEmergency).length;
  const fn = outcomes.filter((o) => !o.emergency && o.expectedEmergency).length;
  const tn = outcomes.length - tp - fp - fn;
  const precision = r3(tp, tp + fp);
  const recall = r3(tp, tp + fn);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000 : null;
  // confusion[expected][got]; "NONE" = no lead was written.
  const confusion: Record<string, Record<string, number>> = {};
  for (const e of PRIORITIES) confusion[e] = Object.fromEntries([...PRIORITIES, 'NONE'].map((g) => [g, 0]));
  for (const o of outcomes) confusion[o.expectedPriority]![o.priority ?? 'NONE']!++;
  const correct = outcomes.filter((o) => o.priority === o.expectedPriority).length;
  return {
    n: outcomes.length,
    emergency: { precision, recall, f1, tp, fp, fn, tn },
    priority: { accuracy: r3(correct, outcomes.length), confusion },
    failing: {
      emergency: outcomes.filter((o) => o.emergency !== o.expectedEmergency).map((o) => o.id),
      priority: outcomes.filter((o) => o.priority !== o.expectedPriority).map((o) => o.id),
    },
  };
}
