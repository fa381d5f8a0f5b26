import { triage, type Hazard } from './triage.js';

// The emergency check as other areas call it (the phone bridge on call transcripts): the same
// rule as triage() (see triage.ts), in the shape callers have always used.

export interface EmergencyAssessment {
  isEmergency: boolean;
  /** Labels of the hazards found ("gas", "water escaping", or the business's own word). */
  matched: string[];
  /** 1-10; 0 when there is no emergency. */
  severity: number;
  hazard: Hazard | null;
}

export function detectEmergency(text: string, businessKeywords: readonly string[] = []): EmergencyAssessment {
  const r = triage(text, { keywords: businessKeywords });
  if (!r.emergency) return { isEmergency: false, matched: [], severity: 0, hazard: null };
  return { isEmergency: true, matched: r.matched.filter((m) => !m.endsWith(')')), severity: r.severity, hazard: r.hazard };
}
