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

/** A label for a group of people by age: "Juniors (17 and under):", "Seniors (62 and over):", "Kids under 12:". */
const GROUP_LABEL = /^([^:.;]{1,60}?(?:\(\s*(?:ages? )?\d+ (?:and|or) (?:under|over|older|younger|up)\s*\)|\bunder \d+\b|\b\d+\+))\s*:\s/i;
/** The question speaks of someone's age or a group by age. */
const AGE_TOLD = /\b(?:kids?|child(?:ren)?|sons?|daughters?|juniors?|seniors?|students?|teens?|teenagers?|grand(?:kids?|sons?|daughters?)|\d+ ?(?:yo|y\/o|yrs?|years?)(?: old)?|age[ds]?)\b/;

/**
 * "do you have tee times available this weekend" -> "Juniors (17 and under): $15 to walk 18 holes any day, after 11 am on weekends.":
 * a line for a group by age speaks of that group only; a question that names no such group, no age
 * and no word of the line's label asks about everyone.
 */
export function groupUnraised(question: string, text: string): boolean {
  const m = GROUP_LABEL.exec(text);
  if (!m || AGE_TOLD.test(question)) return false;
  const asked = new Set(terms(question));
  return !terms(m[1]!).some((t) => !/\d/.test(t) && asked.has(t));
}

/** A case or a group the question does not raise (conditionUnraised, groupUnraised). */
export function caseUnraised(question: string, text: string): boolean {
  return conditionUnraised(question, text) || groupUnraised(question, text);
}
