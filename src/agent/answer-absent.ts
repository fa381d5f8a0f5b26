import { normalizeCasual, words } from '../ai/lexical.js';
import type { QueryTerm } from './answer-rows.js';
import { saidOnlyAfter } from './answer-words.js';

// A thing a unit names only as absent ("a savings plan for patients WITHOUT INSURANCE") says nothing
// of that thing being there, taken or given: it answers a question that asks about going without
// it, or whether it is needed, and matches any other only weakly (answer-match's score).

/** Words that make what follows absent, up to two words before it ("without dental insurance"). */
const WITHOUT = /^without$/;
/** The question asks whether the thing is needed ("do i need an appointment" -> "Walk-ins welcome without an appointment"). */
const NEED_ASKED = /\b(?:need|needs|needed|require|required|requires|requirement|must|mandatory|have to|has to|necessary|without|w\/o|no|dont have|don't have|do not have|uninsured)\b/;

/** The question's own words for what it goes without, or asks whether it is needed: a unit's "without" answers these. */
export function absenceAsked(question: string): boolean {
  return NEED_ASKED.test(normalizeCasual(question));
}

/** The unit says `term` (a stem), and every time after "without" ("patients without (dental) insurance"). */
export function saidOnlyAbsent(term: string, text: string): boolean {
  return saidOnlyAfter(term, words(text.toLowerCase().replace(/\bw\/o\b/g, 'without'), 400), (w) => WITHOUT.test(w));
}

/**
 * Marks the question's terms whose match a unit's "without" weakens (none when the question asks of
 * going without or of a need), and those it goes without itself ("how much is a cleaning WITHOUT
 * INSURANCE"): a section headed "Prices without insurance" says the case of each of its units.
 */
export function markAbsence(question: string, qs: QueryTerm[]): void {
  if (!absenceAsked(question)) {
    for (const q of qs) if (!q.light && q.type === null) q.present = true;
    return;
  }
  // ("i dont have insurance, how much is a cleaning", "no insurance": the visitor's own going without, told.)
  const plain = normalizeCasual(question).replace(/\b(?:(?:do not|don't|dont|not) have|no)\b/g, 'without');
  for (const q of qs) if (q.type === null && saidOnlyAbsent(q.term, plain)) q.without = true;
}
