import { terms } from '../ai/lexical.js';
import { MONTH } from './answer-days.js';
import { ageDecided, ageFit, ageToldTerms } from './answer-ages.js';
import { partyFit, partyWords } from './answer-party.js';
import { countNamedFit } from './answer-count-named.js';
import { capacityCounted, peopleOnlyAsRate } from './answer-capacity.js';
import { overTheLimit } from './answer-limits.js';
import { MATCH } from './answer-match.js';
import { countedTerms, type QueryTerm, type Scored } from './answer-rows.js';
import type { Unit } from './answer-units.js';
// The words of the visitor's own case that a unit says by holding it: a count in the range it states, a month in its span,
// an age in its ages, a party in the sizes of party it is for, a thing named by its count as the unit names it.

/** A least age stated ("Minimum age is 10", "must be at least 8", "ages 12 and up"). */
const LEAST_AGE_SAID = /\bminimum age\b|\b(?:must be|at least) \d+(?: years?(?: old)?| or older)?\b(?!\s*(?:times|inches|in\b|feet|ft|cm|lbs?|pounds|minutes|mins|hours|hrs|days|weeks|people|guests|players|%))|\bages? \d+ (?:and|or) (?:up|older|over)\b/i;
/** A doing asked of someone, with nothing after it ("can he play", "can my 7 year old play?", "could they join"). */
const BARE_DOING = /\b(?:can|could|may) (?:he|she|they|we|i|(?:my|our) (?:\d{1,2}[ -]?(?:years?|yrs?|yo)(?:[ -]old)?|son|daughter|kids?|child|children|boy|girl|teen))\s+([a-z]+)\s*[?.!]*$/;
/** The business's own doing is a word its page says in this many sentences at least ("play" at a paintball park). */
const OWN_DOING = 4;

/**
 * A unit whose stated range holds the visitor's counted number says that number and what it is counted in ("a 2000 GAL
 * tank" is said by "1,501 to 2,000 gallons"): those words of the question count as its own (the cover is recomputed).
 */
export function creditCounted(question: string, scored: Scored[], qs: QueryTerm[], total: number, fits: ReadonlyMap<Unit, number>, typed = question): void {
  countNamedFit(question, scored, qs, total);
  const counted = countedTerms(question);
  // (And a party told, by a size of party that holds it and names it as the visitor does: "a scout troop of 15" by "Groups of 10 or
  // more", "a group of 6" not by "Birthday parties are for up to 10 jumpers"; its words the knowledge never uses are said with it.)
  const party = partyWords(question, qs);
  // (And the month a stated span holds: "open saturday in OCTOBER" is said by "(September to March)".)
  for (const m of question.toLowerCase().matchAll(new RegExp(`\\b(?:${MONTH})\\b`, 'g'))) for (const t of terms(m[0])) counted.add(t);
  // (And the age told of someone, as the casual reading has it too, by the ages that hold it: "my 2 year
  // old" is said by "Toddlers (18 months to 35 months)", not by "an exam every two years".)
  const aged = ageToldTerms(typed);
  // (And the people a capacity question counts, by a capacity given by a number: "how many PEOPLE fit" by "sleeps 4".)
  for (const s of scored) {
    const people = capacityCounted(question, s.unit.text);
    const at = people ? qs.findIndex((q) => q.term === people) : -1;
    if (at >= 0 && fits.get(s.unit) !== -1 && s.matches[at]! < 1) [s.matches[at], s.cover] = [1, s.cover + (1 - s.matches[at]!) * qs[at]!.weight / total];
    // (Not by a price counted by them: "how many people per lane" is no question for "$45 per person".)
    const rate = peopleOnlyAsRate(question, s.unit.text);
    const ri = rate ? qs.findIndex((q) => q.term === rate) : -1;
    if (ri >= 0 && s.matches[ri]! > 0) [s.cover, s.matches[ri]] = [s.cover - s.matches[ri]! * qs[ri]!.weight / total, 0];
  }
  if (!counted.size && !aged.length && !party) return;
  // (Only a doing asked with nothing more, "can he PLAY": not a thing, "is the HAYRIDE free for my 4yo" against the corn maze's "ages 4 and up".)
  const doing = BARE_DOING.exec(question.toLowerCase().trim())?.[1];
  const doingTerm = doing ? terms(doing)[0] : undefined;
  const ownDoing = (q: QueryTerm) => q.term === doingTerm && !q.light && q.type === null && !q.unknown && scored.filter((x) => x.unit.kind === 'sentence' && x.unit.terms.has(q.term)).length >= OWN_DOING;
  for (const s of scored) {
    // (A sentence whose ages decide the age told, in or out, is about it too, and may answer with a
    // no: "can my 8 year old go on the trail ride" -> "Trail riders must be at least 10 years old".)
    // (A list's rule too, no priced item: "- No one under 8 is allowed on the range", range QA.)
    const limitSaid = aged.length > 0 && s.unit.kind !== 'row' && (!s.unit.listKey || !/[$€£]\s?\d/.test(s.unit.text)) && fits.get(s.unit) === 0 && ageDecided(typed, s.unit.text);
    // (And a unit whose most allowed of the thing counted is under the count speaks to it with a no: "3 tents" by "up to ... 2 tents".)
    if (fits.get(s.unit) !== 1 && !limitSaid && !(counted.size && fits.get(s.unit) === 0 && overTheLimit(question, s.unit.text))) continue;
    const ofAge = limitSaid || (aged.length > 0 && ageFit(typed, s.unit.text) === 1);
    const partyHeld = !!party && (party.head < 0 || !!qs[party.head]!.unknown || s.matches[party.head]! >= MATCH.morph) && partyFit(question, s.unit.label ?? s.unit.text) === 1;
    // (A least age the business sets says its own doing, the word its page says all over: "can my 7 year old PLAY" ->
    // "Minimum age is 10 for regular paintball and 8 for low-impact", paintball QA.)
    // (Not a least age for another doing: "must be 21 TO RENT a handgun" is no age to shoot at all, range QA.)
    const forDoing = /\b(?:must be|at least) \d+(?: years?(?: old)?| or older)? to ([a-z]+)/i.exec(s.unit.text)?.[1];
    const limitOfAll = limitSaid && LEAST_AGE_SAID.test(s.unit.text) && (!forDoing || terms(forDoing)[0] === doingTerm);
    qs.forEach((q, i) => {
      if (counted.has(q.term) || (ofAge && aged.includes(q.term)) || (partyHeld && party.said.includes(i)) || (limitOfAll && ownDoing(q))) s.matches[i] = Math.max(s.matches[i]!, 1);
    });
    s.cover = s.matches.reduce((sum, m, i) => sum + m * qs[i]!.weight, 0) / total;
  }
}
