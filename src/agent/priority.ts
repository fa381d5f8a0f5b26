import type { Priority } from '../db/schema.js';

// Priority from the visitor's words. URGENT is decided by emergency detection; here the cues
// for HIGH ("asap", "today"...) and LOW ("it can wait"), each ignored when negated.

const HIGH = /\b(?:asap|a\.s\.a\.p|as soon as possible|immediately|right now|right away|today|tonight|soon|important|quickly)\b/gi;
const LOW = /\b(?:(?:it|this|that) can wait|can wait|no rush|no hurry|not urgent|not in a hurry|whenever(?: works| suits)?|when(?:ever)? you (?:get a chance|have time)|next month|low priority)\b/gi;
const NEGATED = /\b(?:not|no|isn'?t|don'?t|doesn'?t|never)\s+(?:\w+\s+)?$/i;

export type PriorityCue = 'HIGH' | 'LOW' | null;

export function detectPriorityCue(text: string): PriorityCue {
  const input = text.slice(0, 4000).replace(/[’‘]/g, "'");
  if (LOW.test(input)) {
    LOW.lastIndex = 0;
    return 'LOW';
  }
  LOW.lastIndex = 0;
  for (const m of input.matchAll(HIGH)) {
    if (!NEGATED.test(input.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) return 'HIGH';
  }
  return null;
}

/** Combines what was seen over the whole conversation. */
export function resolvePriority(flags: { emergency: boolean; high: boolean; low: boolean }): Priority {
  if (flags.emergency) return 'URGENT';
  if (flags.high) return 'HIGH';
  if (flags.low) return 'LOW';
  return 'NORMAL';
}

/** Priority of a single message (used by tests and the voice fallback). */
export function detectPriority(text: string, isEmergency: boolean): Priority {
  const cue = detectPriorityCue(text);
  return resolvePriority({ emergency: isEmergency, high: cue === 'HIGH', low: cue === 'LOW' });
}
