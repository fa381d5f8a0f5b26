import { stem, words } from '../ai/lexical.js';
import { stemAt } from './answer-words.js';

// Two words that together name a thing that is no kind of the second one: "hot dogs" are food, not
// dogs; "first aid" is care, not an aid like "skate aids". The brain reads the second word of such a
// pair as the pair's own, never as the plain word (ice rink QA: "can i bring my dog" got "Yes. Snack
// bar: ... hot dogs"; "do you have first aid" got "Yes. Skate aids ...").

/** The pairs, first word as written and the second as a stem ("hot dog" also holds "hot dogs"). */
const PAIRS: ReadonlyArray<readonly [string, string]> = ['hot dog', 'corn dog', 'chili dog', 'first aid', 'band aid', 'hush puppy', 'sea lion', 'guinea pig', 'root beer', 'ginger beer'].map((p) => {
  const [first, second] = p.split(' ') as [string, string];
  return [first, stem(second)] as const;
});

const SECONDS = new Set(PAIRS.map(([, second]) => second));

/** The pair a word of `ws` closes, as its second word ("hot dog" for "dogs" after "hot"), if any. */
function closedAt(ws: readonly string[], i: number): string | undefined {
  const first = ws[i - 1];
  const second = stem(ws[i] ?? '');
  return first !== undefined && PAIRS.some(([a, b]) => a === first && b === second) ? `${first} ${second}` : undefined;
}

/** The pair a word of `ws` stands in, first or second ("hot dog" for "hot" before "dogs" and for "dogs" after "hot"), if any. */
export function pairAt(ws: readonly string[], i: number): string | undefined {
  return closedAt(ws, i) ?? closedAt(ws, i + 1);
}

/**
 * The text says the stem `term` as the question needs it: as the pair the question says it in
 * (`pair`, from pairAt), or, asked alone, at least once outside any such pair. A text that never
 * says the stem is left to the other readings.
 */
export function saysAsPaired(term: string, pair: string | undefined, text: string): boolean {
  // (Asked alone, only a second word is read by its pair: "is the pool HOT" is said by "hot tub".)
  if (!pair && !SECONDS.has(term)) return true;
  // ("hot-dogs", "first-aid kit": a hyphen joins the pair as a space does.)
  const ws = words(text.toLowerCase().replace(/-/g, ' '), 400);
  const at = stemAt(ws, term);
  if (!at.length) return true;
  return pair ? at.some((i) => pairAt(ws, i) === pair) : at.some((i) => closedAt(ws, i) === undefined);
}
