import type { Scored } from './answer-rows.js';
import { renderRow } from './answer-units.js';
import type { Unit } from './answer-units.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// The sentence encoder's part in a local answer: what it reads for a unit, and the unit it finds
// clearly closest to a question the words alone leave unanswered.

/**
 * The second chance a question the words alone cannot answer gets: the sentence (or table row)
 * the sentence encoder finds closest to the question is taken as the best candidate when it is
 * clearly the closest (by `margin` over the next unit), close enough (`similarity`, cosine of the
 * question and "heading: sentence"), and still covers part of the question's words (`cover`).
 * Every check below then applies to it as to any other (a subject word it does not say, a yes it
 * cannot claim, the kind of answer asked for). Chosen on the tune split of eval/ (the frontier
 * with no uncovered question answered: a margin of 0.06 adds answers and no invented fact, 0.03
 * answered "a swimming pool heater" with the water heater's price; a cover of 0.15 rather than
 * 0.3 adds answers and no invented fact).
 */
export const SEMANTIC = { cover: 0.15, similarity: 0.45, margin: 0.06 } as const;

/**
 * The other use of the encoder: a unit the words rank first though it covers less than the
 * threshold of the question's weight (down to `cover`) is answered when the encoder, reading the
 * question a different way, also finds that same unit the closest of all. Two independent readings
 * agreeing on one unit is stronger evidence than either alone. Measured on the tune split of eval/
 * over every business: a cover of 0.35 with the encoder's first unit adds answers across nine
 * businesses and answers no uncovered question; its top two or three, or 0.3, let invented facts in.
 */
export const AGREEMENT = { cover: 0.35 } as const;

/** The index of the unit the encoder finds closest (null when there are none). */
export function nearestUnit(similarity: readonly number[]): number | null {
  if (!similarity.length) return null;
  let top = 0;
  for (let i = 1; i < similarity.length; i++) if (similarity[i]! > similarity[top]!) top = i;
  return top;
}

/**
 * "how much is a 12 INCH cake" against "6-inch ... 8-inch ... 10-inch": the guide states counts of
 * that word and none holds the visitor's, so a unit that states none (the sheet cakes) is no
 * reading of the size asked, only a figure for another item. (For the encoder's picks, which the
 * words alone found wanting; `fits` is numberFit's reading of each unit.)
 */
export function countUnheld(u: Unit, fits: ReadonlyMap<Unit, number>): boolean {
  const all = [...fits.values()];
  return fits.get(u) === 0 && all.includes(-1) && !all.includes(1);
}

/** The unit the encoder finds clearly closest to the question, when it qualifies (SEMANTIC). */
export function semanticBest(scored: Scored[], similarity: readonly number[] | null | undefined, candidates: readonly Scored[], fits?: ReadonlyMap<Unit, number>): Scored | null {
  if (!similarity || similarity.length !== scored.length || scored.length < 2) return null;
  const top = nearestUnit(similarity)!;
  const best = similarity[top]!;
  const next = Math.max(...similarity.filter((_, i) => i !== top));
  const s = scored[top]!;
  if (fits && countUnheld(s.unit, fits)) return null;
  return best >= SEMANTIC.similarity && best - next >= SEMANTIC.margin && s.cover >= SEMANTIC.cover && candidates.includes(s) ? s : null;
}

/** What the encoder reads for a unit: its section's own heading (or the document title), then the sentence or row. */
export function semanticText(u: Unit): string {
  return `${innermostHeading(u.heading) || u.title}: ${u.kind === 'row' ? renderRow(u, null) : u.text}`;
}
