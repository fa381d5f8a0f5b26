import { terms } from '../ai/lexical.js';

/**
 * "can i play 9 holes" -> "If rain stops play, you get a rain check ...: 9 holes or fewer played gets a 9-hole rain check":
 * a sentence that opens with a case ("If ...", "Unless ...") speaks of that case only; when the question
 * raises no such case (no "if", "when", "what happens", and some word of the case, "rain", is none of
 * its own), the sentence answers another question than the one asked.
 */
export function conditionUnraised(question: string, text: string): boolean {
  if (/\b(?:if|unless|when|in case|what happens|what about)\b/.test(question)) return false;
  const m = /^(?:if|unless)\s+([^,:;]+),/i.exec(text);
  if (!m) return false;
  const asked = new Set(terms(question));
  return terms(m[1]!).some((t) => !/\d/.test(t) && !asked.has(t));
}
