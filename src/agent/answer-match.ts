import { isListedRelated, normalizeCasual, spanTerms, stem, terms, words } from '../ai/lexical.js';
import { agentFormOnly, morphMatch, numberTwin, saidOnlyAfter } from './answer-words.js';
import { SHAPE } from './answer-query.js';
import type { Unit } from './answer-units.js';
import type { QueryTerm, Scored } from './answer-rows.js';
import { ANSWER_TYPES } from './answer-types.js';
import { numberInLevelRange } from './answer-ages.js';
import { allYearFor, clauseDaysLeaveOut, dayInRange, dayLeftOut, dayOnHoursLine, isMonthTerm, isWhenTerm, monthWithin, saysEveryDay, openSeason } from './answer-days.js';
import { LIGHT, saidForSale } from './answer-claims.js';
import { saidOnlyAbsent } from './answer-absent.js';
import { saysAsPaired } from './answer-compounds.js';
import { numberOnlyAsMoney } from './answer-numbers.js';
import { openingName } from './answer-units.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// How well a unit (sentence, table row) says each word of the question (answer-extract.ts ranks
// units by it), and whether a unit names what the question asks at all.

const OPEN = stem('open');
const DAY_NAMES = new Map(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [terms(d)[0]!, d]));

export const MATCH = { exact: 1, type: 1, morph: 0.8, related: 0.7, antecedent: 0.7, headingOnly: 0.65, heading: 0.5, answeredBy: 0.5, headingRelated: 0.4, title: 0.3 } as const;


/** The unit holds the kind of answer `type` (in its `near` form when the unit's match for it says so, see score). */
export function holdsKind(type: number, s: Scored, qs: readonly QueryTerm[]): boolean {
  return ANSWER_TYPES[type]!.has.test(s.unit.text) || s.matches.some((m, i) => m === MATCH.type && qs[i]?.type === type && !!ANSWER_TYPES[type]!.near?.test(s.unit.text));
}

/** "$32 per player", "$120 an hour", "$8 each visit", "hourly": the unit counted by one of `said` (stems), as a rate. */
function saysRate(text: string, said: ReadonlySet<string>): boolean {
  // ("$28/sq ft": a slash is "per", and "sq ft" the square foot asked.)
  const ws = words(normalizeCasual(text.replace(/(?<=\d)\s*\/\s*(?=[a-z])/gi, ' per ')), 400);
  return ws.some((w, i) => (i > 0 && /^(?:per|a|an|each|every)$/.test(ws[i - 1]!) && said.has(stem(w))) || (w.endsWith('ly') && said.has(stem(w.slice(0, -2)))));
}

/** A name of whoever does a thing ("renters", "photographers"); not a word the lexicon lists as a word for another ("retainer" for "deposit"). */
const doerWord = (w: string) => /[a-z]{3}(?:er|or)s?$/.test(w) && !isListedRelated(w);

/** The word a doer's name is made from ("renters" -> rent, "riders" -> ride, "shoppers" -> shop), as stems. */
function doerRoots(w: string): string[] {
  const base = w.replace(/(?:er|or)s?$/, '');
  return [base, `${base}e`, base.replace(/([b-df-hj-np-tv-z])\1$/, '$1')].map(stem);
}

/**
 * The unit says the term only by the name of whoever does another thing: "how many PHOTOS" and "two
 * PHOTOGRAPHERS" (who photograph). (Whoever does the thing asked still says it: "can my kids RIDE" ->
 * "up to 2 RIDERS", "how old to RENT" -> "RENTERS must be 16".)
 */
function doerOnly(term: string, text: string): boolean {
  const formed = words(text, 400).filter((w) => stem(w) !== term && morphMatch(term, new Set([stem(w)])));
  return formed.length > 0 && !/(?:er|or)$/.test(term) && formed.every((w) => doerWord(w) && !doerRoots(w).includes(term));
}

/** The unit has the stem only in the name of whoever does it ("two PHOTOGRAPHERS" for "photograph"). */
function namedAsDoer(st: string, text: string): boolean {
  if (/(?:er|or)$/.test(st)) return false;
  const said = words(text, 400).filter((w) => stem(w) === st);
  return said.length > 0 && said.every(doerWord);
}

/** The unit says the term only as the time another thing happens in ("during public skate", "throughout the season"). */
const onlyAsTimeOf = (term: string, text: string): boolean => saidOnlyAfter(term, words(text, 400), (w) => w === 'during' || w === 'throughout');

/** What the question as a whole asks, which a word's match depends on: when something is, whether the business is open. */
export interface Asked {
  when?: boolean;
  open?: boolean;
}

export function termMatch(q: QueryTerm, u: Unit, hasType: boolean[], bodyTerms: ReadonlySet<string>, asked: Asked = {}): number {
  if (q.type !== null && hasType[q.type]) return MATCH.type;
  // "can i bring my DOG" is not said by "hot dogs and popcorn", nor "FIRST AID" by "skate aids".
  if (!saysAsPaired(q.term, q.pair, u.text)) return 0;
  // "do you have SIZE 15 skates" is not said by "Each extra skater is $15": a number asked as no money is no price.
  if ((q.sized || q.counted) && numberOnlyAsMoney(q.term, u.text)) return 0;
  // ("do you have SIZE 12 skates" is not said by "up to 12 skaters": a size is said where sizes are.)
  if (q.sized && !/\bsiz(?:e|es|ed|ing)\b/i.test(u.text)) return 0;
  // "how LONG have you been open" is not answered by "windows are two hours long".
  // (Unless the shape word names a thing there: "an EXTRA hour".)
  if (SHAPE.has(q.term) && q.light) return 0;
  // "how much PER PERSON" -> "$32 per player", not "packages ... for up to 12 people".
  if (q.perUnit && !saysRate(u.text, new Set([q.term, ...q.related]))) return 0;
  // ("a 2 story house" is said by "Two-story: $219".)
  // (Asked when, "when is PUBLIC SKATE" is not said by "Parties are on Saturdays DURING public skate only": the time of another thing.)
  if (asked.when && !q.condition && u.terms.has(q.term) && onlyAsTimeOf(q.term, u.text)) return MATCH.heading;
  if (u.terms.has(q.term) || u.terms.has(numberTwin(q.term) ?? '')) return MATCH.exact;
  // ("do u have BOOTBAGS" is said by "We sell boot bags": the page's two words, side by side.)
  if (u.compounds.has(q.term)) return MATCH.morph;
  // "weekdays" is said by "Monday to Friday".
  if (spanTerms(q.term)?.every((t) => u.terms.has(t))) return MATCH.exact;
  // ("open in NOVEMBER" is said by "Open May 15 through October 15": the open season's months, in or out;
  // a table's row of a season is matched by its own days, numberFit reads its months.)
  if (isMonthTerm(q.term) && u.kind === 'sentence' && openSeason(u.text)) return MATCH.exact;
  // ("pick apples in SEPTEMBER" is said by "every day from Labor Day weekend through October 31": a month inside a span given.)
  if (isMonthTerm(q.term) && u.kind === 'sentence' && monthWithin(q.term, u.text)) return MATCH.exact;
  // ("is it open in SUMMER" is said by "Indoor rink, open all year"; "can we book for JAN 16" asks no opening.)
  if (asked.open && u.kind === 'sentence' && allYearFor(q.term, u.text)) return MATCH.exact;
  // "its TUESDAY" is said by "Monday to Friday" too.
  const day = DAY_NAMES.get(q.term);
  // (A table's "Weekend" column holds Saturday too; a sentence's passing "weekend rate" does not.)
  // ("Sat 9am-3pm" says Saturday as owners shorten it on an hours line.)
  // ("do you tutor 5th graders" is said by "grades 3 to 12"; "my son is 7" by "ages 5 to 12".)
  if (/^\d{1,2}$/.test(q.term) && numberInLevelRange(Number(q.term), u.text)) return MATCH.exact;
  if (day && (dayInRange(day, u.text) || (u.kind === 'row' && dayLeftOut(day, u.text) === false) || dayOnHoursLine(day, u.text))) return MATCH.exact;
  // ("do you do moves on SUNDAYS" is said by "Moves run 7 days a week", a little less than by "closed
  // on Sundays"; a table's "24/7" cell is about its row's label, not the days asked about.)
  // ("CHARGERS" is not said by "charges", nor "cleaners" by "after each clean": agentFormOnly.)
  // ("this WEEKEND" too: "8am to 8pm every day" holds both its days.)
  if ((day || spanTerms(q.term)?.every((t) => DAY_NAMES.has(t))) && u.kind === 'sentence' && saysEveryDay(u.text)) return MATCH.morph;
  // ("how many PHOTOS" is not said by "two PHOTOGRAPHERS", nor "can i RENT one" by "RENTERS must be 16":
  // whoever does a thing is no form of the thing; a word for it in the unit still says it better.)
  if (morphMatch(q.term, u.terms) && !agentFormOnly(q.term, u.terms)) return doerOnly(q.term, u.text) ? MATCH.heading : MATCH.morph;
  const rel = q.related.filter((r) => u.terms.has(r) && !namedAsDoer(r, u.text)).length;
  // Each further related word found adds a little ("week": "Monday to Friday" beats "weekdays").
  if (rel) return Math.min(MATCH.morph, MATCH.related + 0.05 * (rel - 1));
  if (saidForSale(q.term, u.text)) return MATCH.related;
  // A word of the sentence a pronoun points back to is what the pronoun says ("We rent skis. THEY must be
  // back by 6 pm." for "when do the skis have to come back"), as a word for it would.
  if (u.antecedent?.has(q.term)) return MATCH.antecedent;
  // A word the knowledge uses only in a section heading ("# Payment and financing") names what
  // that whole section is about: its sentences answer for it almost as if they said it.
  // A table's rows are entries of what its own heading names ("## Hearing aid packages" over
  // "Essential | $2,400"): each says its caption's words nearly as its own.
  // (Not a word of the question's condition, "IF I GO AHEAD WITH THE REPAIR do i still pay the diagnostic": when, not what.)
  if (u.kind === 'row' && !q.condition && terms(innermostHeading(u.heading)).includes(q.term)) return MATCH.morph;
  if (u.headingTerms.has(q.term)) return bodyTerms.has(q.term) ? MATCH.heading : MATCH.headingOnly;
  // ("do MEMBERS get a discount on ammo" -> "10% off ammo" under "## Memberships": the heading says a form of it.)
  // (As guarded as the body's form: a doer or a prefix look-alike is no form, "trail" of "trailer", reviewer.)
  if (morphMatch(q.term, u.headingTerms) && !agentFormOnly(q.term, u.headingTerms)) return MATCH.heading;
  if (q.answeredBy.some((r) => u.terms.has(r))) return MATCH.answeredBy;
  if (q.related.some((r) => u.headingTerms.has(r))) return MATCH.headingRelated;
  if (u.titleTerms.has(q.term)) return MATCH.title;
  return 0;
}

/**
 * The item's name says the term only inside a hyphenated name whose other part the question does not say
 * ("Half-peck bag", "Half-bushel bag" for "a peck"; "Kids-size cone" for "a size"), and the unit says it
 * nowhere else: the item is another one, named after the thing asked.
 */
function qualifiedItem(term: string, u: Unit, qs: readonly QueryTerm[]): boolean {
  // (A sentence's opening name, as a list item's: "Half-peck bag (holds about 6 pounds): $18".)
  const name = u.kind === 'row' ? (u.label ?? '') : openingName(u.text);
  const compounds = name.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? [];
  const asked = new Set(qs.map((q) => q.term));
  // (The term is the compound's head, its last part: "board" of "board-ups" is no head, nor is the compound asked whole, "boardup".)
  const qualified = compounds.filter((c) => {
    const parts = c.split('-');
    return terms(parts.at(-1)!).includes(term) && !terms(c).some((t) => t !== term && asked.has(t)) && parts.slice(0, -1).some((p) => terms(p).some((t) => !asked.has(t)));
  });
  if (!qualified.length) return false;
  const rest = u.text.toLowerCase().replace(/[a-z0-9]+(?:-[a-z0-9]+)+/g, (c) => (qualified.includes(c) ? ' ' : c));
  return !terms(rest).includes(term);
}

/** A word asking about an allergy or an intolerance ("peanut ALLERGIES", "ALLERGIC to cats", "lactose INTOLERANT"). */
const ALLERGY = new Set(['allergy', 'allergies', 'allergic', 'intolerance', 'intolerant'].flatMap((w) => terms(w)));

/**
 * "do you handle peanut ALLERGIES", "my son has a nut allergy" -> "We are a nut-free center": an
 * allergy to a thing is said by the unit's being free of it ("nut-free", "gluten-free"), the thing
 * named by another word of the question or a word for it (a peanut is among nuts, lexical-related).
 */
function freeOfAllergen(qs: readonly QueryTerm[], u: Unit): boolean {
  return [...u.text.matchAll(/\b([a-z]+)-free\b/gi)].some((m) => terms(m[1]!).some((t) => qs.some((q) => !ALLERGY.has(q.term) && (q.term === t || q.related.includes(t)))));
}

export function score(qs: QueryTerm[], total: number, u: Unit, bodyTerms: ReadonlySet<string>): Scored {
  const hasType = ANSWER_TYPES.map((t) => t.has.test(u.text));
  markerInOtherClause(qs, u, hasType);
  const asked = { when: qs.some((x) => x.term === '@when'), open: qs.some((x) => x.term === OPEN) };
  const matches = qs.map((q) => termMatch(q, u, hasType, bodyTerms, asked));
  // (Not a part of the day either: "can we play saturday MORNING" is not said by "Junior Golf Camp: Monday to Thursday MORNINGS", the camp's days.)
  const dayless = qs.filter((q, i) => !q.light && q.type === null && !DAY_NAMES.has(q.term) && !isWhenTerm(q.term) && matches[i]! >= MATCH.morph).map((q) => q.term);
  const named = (clause: string) => ((ts) => dayless.some((t) => ts.has(t) || morphMatch(t, ts)))(new Set(terms(clause)));
  const things = qs.filter((q) => !q.light && q.type === null).map((q) => q.term);
  qs.forEach((q, i) => {
    // ("do you SELL firewood" is said by "Camp store with ice, firewood, bait": a shop of the business's own that has the thing.)
    if (matches[i]! < MATCH.related && saidForSale(q.term, u.text, things)) matches[i] = MATCH.related;
    // (As plainly as the word itself would: "peanut allergies" is the head of what is asked, answer-extract's serviceObject.)
    if (ALLERGY.has(q.term) && matches[i]! < MATCH.morph && freeOfAllergen(qs, u)) matches[i] = MATCH.morph;
    // ("what insurance do you take" -> not "a savings plan for patients WITHOUT insurance": the thing named as absent.)
    if (q.present && matches[i]! >= MATCH.morph && saidOnlyAbsent(q.term, u.text)) matches[i] = MATCH.headingRelated;
    // ("how much is a cleaning WITHOUT INSURANCE" -> "Cleaning (adult) $115" under "## Prices WITHOUT INSURANCE": its case, as asked.)
    if (q.without && matches[i]! <= MATCH.morph && saidOnlyAbsent(q.term, innermostHeading(u.heading))) matches[i] = MATCH.exact;
    // ("hayrides on FRIDAY" is said by "Hayrides and corn maze: Saturdays and Sundays": the days the thing asked is on answer
    // for a day they leave out, with a no, a little less than naming it does; not by a passing "weekday" of something else.)
    // (In the clause that names the thing: "Doug answers the office phone, ..., Monday to Friday" gives the days of no office.)
    if (matches[i] === 0 && DAY_NAMES.has(q.term) && u.kind === 'sentence' && clauseDaysLeaveOut(DAY_NAMES.get(q.term)!, u.text, named)) matches[i] = MATCH.morph;
    // ("how much is a PECK" -> not "HALF-PECK bag: $18": an item named by the word qualified is another item.)
    if (matches[i] === MATCH.exact && qualifiedItem(q.term, u, qs)) matches[i] = 0;
  });
  // A kind said only in its `near` form answers when the unit says the subject asked about as itself.
  if (matches.some((m, i) => m >= MATCH.morph && !qs[i]!.light && qs[i]!.type === null)) qs.forEach((q, i) => {
    if (q.type !== null && matches[i]! < MATCH.type && ANSWER_TYPES[q.type]!.near?.test(u.text)) matches[i] = MATCH.type;
  });
  const cover = matches.reduce((s, m, i) => s + m * qs[i]!.weight, 0) / total;
  return { unit: u, cover, matches };
}

/**
 * "when can you start" -> "A 50% deposit to book your start date; the rest is due at launch.": a kind
 * asked by a marker alone (when, what if) is said by the clause that names the subject asked, not by
 * another clause of the sentence about something else ("the rest is due"). (`hasType` is cleared for it.)
 */
function markerInOtherClause(qs: readonly QueryTerm[], u: Unit, hasType: boolean[]): void {
  const clauses = u.text.split(/;\s+/);
  if (clauses.length < 2) return;
  const subject = qs.filter((q) => q.type === null && !q.light);
  if (!subject.length) return;
  const names = (c: string) => {
    const ts = new Set(terms(c));
    return subject.some((q) => ts.has(q.term) || morphMatch(q.term, ts));
  };
  for (const q of qs) {
    const t = q.type;
    if (t === null || !ANSWER_TYPES[t]!.marker || !hasType[t]) continue;
    const named = clauses.filter(names);
    if (named.length && !named.some((c) => ANSWER_TYPES[t]!.has.test(c))) hasType[t] = false;
  }
}

/** A second unit says something the question names (not only the kind of answer it asks for, nor its condition). */
export function namesAsked(qs: readonly QueryTerm[], s: Scored): boolean {
  return s.matches.some((m, i) => m >= MATCH.related && !qs[i]!.light && qs[i]!.type === null && !qs[i]!.condition);
}

/** The business's verb a question asks about: "do you INSTALL powerwalls", "do you SELL spa steps". */
const ASKED_VERB = /\b(?:do|can|could|will|would)\s+(?:you guys|you all|y'?all|you|u)\s+(?:(?:still|also|ever|even|actually|just|really|usually|normally)\s+)?([a-z]+)\b/g;
/** Verbs whose sense is their object's (answer-claims' LIGHT: "do you DO gutters", "can you TAKE cards"), and those that ask leave or advice ("do you MIND", "would you RECOMMEND"). */
const NO_SENSE = new Set([...LIGHT, ...['is', 'are', 'has', 'does', 'know', 'let', 'see', 'look', 'mind', 'recommend', 'suggest', 'allow', 'like'].map((w) => terms(w)[0] ?? w)]);

/**
 * "do you INSTALL tesla powerwalls" -> a safety note that names a backup battery; "do you SELL spa
 * steps" -> a labour row "billed in 15-minute steps": a unit about something else (a safety
 * instruction, a table row whose label names nothing asked: `aboutElse`) that says neither the verb
 * asked (nor a word for it) nor has it in its heading shares a word, not what is asked to be true.
 * (A unit about the thing itself answers without the verb: "do you sell kerosene" -> "Kerosene: $4.29 a gallon".)
 */
export function askedVerbUnsaid(question: string, qs: readonly QueryTerm[], best: Scored, aboutElse: boolean, onOffer: (term: string) => boolean): boolean {
  if (!aboutElse) return false;
  const found = [...normalizeCasual(question).matchAll(ASKED_VERB)].pop();
  const term = found ? terms(found[1]!)[0] : undefined;
  if (!term || NO_SENSE.has(term)) return false;
  const i = qs.findIndex((q) => q.term === term);
  if (i < 0 || qs[i]!.light || qs[i]!.type !== null) return false;
  return best.matches[i]! < MATCH.heading && !onOffer(term);
}

/**
 * A cell that names the row as its label does: its whole value is words the question says ("how
 * much is a 5x5" -> the "Small" row's "Size: 5x5"; storage QA got "I don't know"), not a cell of
 * notes that only mentions the thing among others ("walk-in, reach-in or display door").
 */
export function cellNamesRow(u: Unit, qs: readonly QueryTerm[]): boolean {
  return (u.cells ?? []).some((c) => ((ct) => ct.length > 0 && ct.length <= 2 && ct.every((t) => qs.some((q) => !q.light && q.term === t)))(terms(c.value)));
}
