import { isStopWord, normalizeCasual, terms } from '../ai/lexical.js';
// A thing named by a count: "the 10 PASS", "a 5 class pack", "the 3 hour party". The number
// says which thing, so it is said by a text that names a thing by that count too ("10-visit punch
// card", "5-class pack"), and barely by the same number as a price ("$10 a month") or a bound
// ("Groups of 10 or more").

/** How much a number still says when the text has it for something else than a thing named by it (as a related word would). */
const ELSE = 0.5;
/** Words after a number that make it no name of a thing ("10 OR more", "10 AM", "10 %", "the 89 DOLLAR fee"). */
const NOT_A_NAME = /^(?:or|and|to|am|pm|a|an|per|percent|off|of|x|dollars?|bucks?|usd|cents?|fee|charge|price|cost|deposit|total|bill)$/;

/** Whether the text names a thing by the number `n` ("the 10 PASS", "a 5-class pack"): no price, no bound. */
export function namesByCount(text: string, n: string): boolean {
  return namingNumbers(text).has(n);
}

/** The numbers a text uses to name a thing ("10-visit", "5 class"): right before a word of its own, no price. */
function namingNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/(?<![$€£\d.,:])\b(\d{1,3})(?:\s*-\s*|\s+)([a-z][a-z'-]*)/g)) {
    if (!NOT_A_NAME.test(m[2]!) && !isStopWord(m[2]!)) out.add(m[1]!);
  }
  return out;
}

/**
 * "how much is the 10 pass": the question names a thing by a number, so a unit that has that
 * number only as a price or a bound says it as little as a related word would (the cover is recomputed).
 */
export function countNamedFit(question: string, scored: Array<{ unit: { text: string; label?: string }; cover: number; matches: number[] }>, qs: ReadonlyArray<{ term: string; weight: number }>, total: number): void {
  const named = namingNumbers(normalizeCasual(question));
  const at = qs.flatMap((q, i) => (named.has(q.term) ? [i] : []));
  if (!at.length) return;
  for (const s of scored) {
    const own = namingNumbers(s.unit.label ?? s.unit.text);
    const said = new Set(terms(s.unit.text));
    let changed = false;
    for (const i of at) {
      if (s.matches[i]! > ELSE && said.has(qs[i]!.term) && !own.has(qs[i]!.term)) [s.matches[i], changed] = [ELSE, true];
    }
    if (changed) s.cover = s.matches.reduce((sum, m, i) => sum + m * qs[i]!.weight, 0) / total;
  }
}
