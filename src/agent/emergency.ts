import { triage, type Hazard, type Triage } from './triage.js';

// The emergency check as other areas call it (the phone bridge on call transcripts): the same
// rule as triage() (see triage.ts), in the shape callers have always used. The agent service's
// detectEmergency() adds the learned signal (triage-learned.ts); this one is the rules alone.

export interface EmergencyAssessment {
  isEmergency: boolean;
  /** Labels of the hazards found ("gas", "water escaping", or the business's own word). */
  matched: string[];
  /** 1-10; 0 when there is no emergency. */
  severity: number;
  hazard: Hazard | null;
}

export function assessment(r: Triage): EmergencyAssessment {
  if (!r.emergency) return { isEmergency: false, matched: [], severity: 0, hazard: null };
  return { isEmergency: true, matched: r.matched.filter((m) => !m.endsWith(')')), severity: r.severity, hazard: r.hazard };
}

export function detectEmergency(text: string, businessKeywords: readonly string[] = []): EmergencyAssessment {
  return assessment(triage(text, { keywords: businessKeywords }));
}
