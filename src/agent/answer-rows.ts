import { expandedTerms, normalizeCasual, terms, words } from '../ai/lexical.js';
import { boundedMemo } from '../memo.js';
import { ANSWER_TYPES, askedTypes, PRICE_TYPE } from './answer-types.js';
import { MONTH, monthFit, openSeason, seasonFit } from './answer-days.js';
import { daysNamed, isCalendarWord } from '../schedule/index.js';
import { NUMBER_WORDS, minutesSaid } from './answer-numbers.js';
import { BLANK_CELL, LENGTH_COLUMN, listItemName, type Unit } from './answer-units.js';
import { ageFit } from './answer-ages.js';
import { partyFit } from './answer-party.js';
import { EACH_EXTRA, overTheLimit } from './answer-limits.js';

// Table rows in extractive answers (said by answer-units renderRow): the columns the
// question asks about, and a row that is another kind of thing than the question names.

const EXPANDED = expandedTerms();

/** A word of the question, weighed (see queryTerms in answer-extract). */
export interface QueryTerm {
  term: string;
  weight: number;
  related: string[];
  answeredBy: string[];
  /** Index of the answer type this word asks for. */
  type: number | null;
  /** A shape or everyday word: it never makes a sentence relevant on its own. */
  light: boolean;
  /** Neither the word nor a related word is ever used by the knowledge. */
  unknown?: boolean;
  /** From a sentence around the question ("is there an elevator? | I can't do stairs"). */
  context?: boolean;
  /** An everyday English word (among the 1,500 most used): it rarely names the subject alone. */
  common?: boolean;
  /** Said in a condition after the subject ("cameras keep recording | IF THE POWER GOES OUT"): when, not what. */
  condition?: boolean;
  /** What a price asked is counted by ("how much PER PERSON"): said only by a rate ("$32 per player"), not by a count ("up to 12 people"). */
  perUnit?: boolean;
  /** A number the question says as a count of things ("15 KIDS", "3 tents"): no price says it. */
  counted?: boolean;
  /** A number the question says as a size ("SIZE 12 skates"): said only by a unit that speaks of sizes. */
  sized?: boolean;
  /** The pair of words the question says this one in ("FIRST AID", answer-compounds): only that pair says it. */
  pair?: string;
  /** How long the thing is wanted for ("rent one FOR A WEEK"): an answer must say that length. */
  span?: boolean;
  /** Asked as there, taken or given (no "without", no need asked): a unit that names it only after "without" barely says it (answer-absent). */
  present?: boolean;
  /** Asked as gone without ("a cleaning WITHOUT INSURANCE"): a section headed by the same absence says it (answer-absent). */
  without?: boolean;
}

/** A sentence or table row scored against the question. */
export interface Scored {
  unit: Unit;
  cover: number;
  matches: number[];
}

/**
 * Rows said together that share a label ("Massage therapy" for 60 and for 30 minutes) keep the
 * columns that tell them apart, whatever columns the question asked for: "Massage therapy —
 * Price: $90. Massage therapy — Price: $55." says two prices for one thing.
 */
export function withDifferences(u: Unit, said: Unit[], only: Set<number> | null): Set<number> | null {
  if (!only || u.kind !== 'row') return only;
  const twins = said.filter((x) => x !== u && x.kind === 'row' && x.tableKey === u.tableKey && x.label === u.label);
  if (!twins.length) return only;
  const cells = u.cells ?? [];
  const differ = cells.flatMap((c, i) => (twins.some((x) => (x.cells?.[i]?.value ?? '') !== c.value) ? [i] : []));
  return new Set([...differ, ...only]);
}

/** The columns the question asks about, when it names some and not others ("deep clean"). */
export function askedColumns(qs: QueryTerm[], u: Unit, types: number[], conditional = false): Set<number> | null {
  const cells = u.cells ?? [];
  if (cells.length < 2) return null;
  // "do i still pay the fee IF you fix it": a cell that states a condition ("Waived if you go ahead") answers it too.
  const conditions = conditional ? cells.flatMap((c, i) => (/\b(?:if|unless|when|once|waived|credited|refunded)\b/i.test(c.value) ? [i] : [])) : [];
  const picked = askedColumnsOf(qs, u, types, cells);
  // Only columns the row leaves blank ("30 min: —" for a treatment given for 60 and 90): that it
  // is not offered so, and what it is offered as.
  const blank = (i: number) => BLANK_CELL.test(cells[i]?.value.trim() ?? '');
  if (picked && [...picked].every(blank)) return new Set([...picked, ...cells.flatMap((_, i) => (blank(i) ? [] : [i]))]);
  return picked && conditions.length ? new Set([...picked, ...conditions]) : picked;
}

function askedColumnsOf(qs: QueryTerm[], u: Unit, types: number[], cells: NonNullable<Unit['cells']>): Set<number> | null {
  // A word the row's label says names the row, not a column ("do you board CATS": the "Cat condo"
  // row's price, not its "2nd cat, same condo" column).
  const labelTerms = new Set(terms(u.label ?? ''));
  // (A column's place is named only by the visitor's own word: "how much" is no "cheapest".)
  const scores = cells.map((c) => qs.reduce((s, q) => s + (labelTerms.has(q.term) ? 0 : c.headerTerms.has(q.term) || c.placeTerms.includes(q.term) ? q.weight : q.related.some((r) => c.headerTerms.has(r)) ? q.weight * 0.8 : 0), 0));
  // A length asked in other words than the header's ("an HOUR" against "60 min", "90 minutes" against "1.5 hrs").
  const minutes = minutesSaid(qs.map((q) => q.term).join(' '));
  const sameLength = minutes === null ? [] : cells.flatMap((c, i) => (minutesSaid(c.header) === minutes ? [i] : []));
  if (sameLength.length && sameLength.length < cells.length) sameLength.forEach((i) => (scores[i]! += 2));
  const best = Math.max(...scores);
  // A cell that says what the question asks about ("is the fee WAIVED", "how many VISITS") is part
  // of the answer whatever its column is called.
  const said = cells.flatMap((c, i) => {
    const ct = new Set(terms(c.value));
    return qs.some((q) => !q.light && q.type === null && !labelTerms.has(q.term) && (ct.has(q.term) || (q.term.length >= 5 && [...ct].some((w) => w.startsWith(q.term))))) ? [i] : [];
  });
  const withSaid = (set: Set<number> | null) => (set && said.length ? new Set([...set, ...said]) : set);
  // The kind of answer asked for picks a column too ("how long" -> the "6 hours" column), also
  // beside a column the question names ("the cost, and how long does it take?").
  const typed = cells.flatMap((c, i) => (types.some((t) => ANSWER_TYPES[t]!.has.test(c.value)) ? [i] : []));
  if (best > 0 && !scores.every((s) => s === best)) {
    const named = scores.flatMap((s, i) => (s === best ? [i] : []));
    const has = (i: number, t: number) => ANSWER_TYPES[t]!.has.test(cells[i]!.value);
    const more = types.filter((t) => !named.some((i) => has(i, t))).flatMap((t) => cells.flatMap((_, i) => (has(i, t) ? [i] : [])));
    return withSaid(new Set([...named, ...more]));
  }
  return typed.length && typed.length < cells.length ? withSaid(new Set(typed)) : null;
}

/** SUBTLEX-US ranks below this are everyday words. */
const EVERYDAY_RANK = 1500;
const VERB_BEFORE = new Set(['you', 'i', 'we', 'they', 'to', 'can', 'will', 'please', 'and', 'or']);
const PREPOSITION = new Set(['in', 'on', 'at', 'inside', 'under', 'behind', 'near', 'from', 'around', 'above', 'below', 'outside', 'for', 'with', 'of', 'to', 'off', 'out']);

/** A subject word the row (or list item) does not say modifies a word of its label or name ("boiler" before "tune-up", "jacket" before "Boot zipper"). */
export function otherKind(question: string, qs: QueryTerm[], best: Scored, headingMatch: number, wordRank?: (word: string) => number | undefined): boolean {
  const label = new Set(terms(best.unit.label ?? listItemName(best.unit)));
  const ws = words(normalizeCasual(question), 100);
  const index = new Map(qs.map((q, i) => [q.term, i]));
  // Only a word at least as rare as every word the row says ("moving box", "home inspection": no).
  const said = Math.max(0, ...qs.flatMap((q, i) => (!q.light && q.type === null && best.matches[i]! >= headingMatch ? [q.weight] : [])));
  for (let k = 0; k + 1 < ws.length; k++) {
    // A verb ("do you CLEAN inside the oven") or a word before a preposition names no kind.
    if (VERB_BEFORE.has(ws[k - 1] ?? '') || PREPOSITION.has(ws[k + 1]!)) continue;
    // An everyday word ("home", "moving", "back") describes the visitor's case, not another kind; nor a day or month ("DECEMBER 24 christmas eve").
    if ((wordRank?.(ws[k]!) ?? Infinity) < EVERYDAY_RANK || isCalendarWord(ws[k]!)) continue;
    const i = index.get(terms(ws[k]!)[0] ?? '');
    if (i === undefined || /\d/.test(qs[i]!.term)) continue;
    const q = qs[i]!;
    if (q.light || q.unknown || q.common || q.context || q.type !== null || EXPANDED.has(q.term) || best.matches[i]! >= headingMatch || q.weight < said) continue;
    const next = terms(ws[k + 1]!);
    if (next.length && next.every((n) => label.has(n))) return true;
  }
  return false;
}


/** The headers of a row's cells that hold a price ("Price per pump-out"): what the price is for, beside the label. */
export function priceHeaders(u: Unit): string {
  return (u.cells ?? []).filter((c) => /[$€£]\s?\d/.test(c.value)).map((c) => c.header).join(' ');
}

/** The verb of a price or service question ("price TO BUILD a fence", "can you HANG a door"), plain. */
const ASKED_ACTION = /(?:\b(?:to|can you|could you|do you|will you|would you)\s+)([a-z]+)\s+(?:a|an|the|my|our|some|\d+)\b/;
/** A row label that is a job said as a verb and its object ("Replace a fence panel", "Hang a new door"). */
const LABEL_ACTION = /^([A-Za-z]+)\s+(?:a|an|the|your|one|up to)\b/;

/** Kinds of job on a thing: putting a new one in, keeping one going, taking one away (as verbs and as a label's nouns). */
const JOB_KINDS = [
  /^(?:install|installs|installed|installing|installation|installations|replace|replacing|replacement|replacements|new|build|building)$/,
  /^(?:tune|tune-ups?|tuneups?|service|servicing|maintenance|maintain|clean|cleaning|cleanout|inspect|inspection|inspections|check|checks|checkup|check-ups?|diagnostic|diagnostics|recharge|sweep|sweeping|pumping|pump-outs?|pumpouts?|flush|flushing|repair|repairs|fix)$/,
  /^(?:remove|removal|removals|haul|hauling|demolish|demolition|disposal)$/,
];
const jobKind = (w: string) => JOB_KINDS.findIndex((k) => k.test(w));

/**
 * "how much to INSTALL a heat pump" -> "Heat pump TUNE-UP — $149": the row's label names a job of
 * another kind on the same thing (keeping one going, not putting one in), and none of the kind asked.
 */
function otherKindOfJob(asked: string, label: string): boolean {
  const kind = jobKind(asked);
  if (kind < 0) return false;
  const said = label.toLowerCase().split(/[^a-z-]+/).map(jobKind).filter((k) => k >= 0);
  return said.length > 0 && !said.includes(kind);
}

/**
 * The question asks for one job on a thing and the row prices another ("BUILD a new fence" against
 * "REPLACE a fence panel"): the question's verb is one the knowledge never uses and the row's label
 * starts with a different verb, not related to it.
 */
export function otherAction(question: string, qs: QueryTerm[], label: string, headers = ''): boolean {
  const asked = ASKED_ACTION.exec(normalizeCasual(question))?.[1];
  if (asked && otherKindOfJob(asked, `${label} ${headers}`)) return true;
  const done = LABEL_ACTION.exec(label.trim())?.[1]?.toLowerCase();
  if (!asked || !done) return false;
  const a = terms(asked)[0];
  const d = terms(done)[0];
  const q = qs.find((x) => x.term === a);
  if (!a || !d || !q || a === d || !q.unknown || q.light || q.type !== null) return false;
  return !q.related.includes(d);
}

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const RANGES: Array<{ re: RegExp; range: (a: number, b: number) => [number, number] }> = [
  { re: new RegExp(String.raw`\b${NUM}\s*(?:-|–|to)\s*${NUM}\b`, 'i'), range: (a, b) => [a, b] },
  { re: new RegExp(String.raw`\bbetween\s+${NUM}\s+and\s+${NUM}\b`, 'i'), range: (a, b) => [a, b] },
  { re: new RegExp(String.raw`\b(?:at least|min(?:imum)?|(?:wider|taller|higher|deeper|heavier|bigger|larger|longer|older|greater|more) than)\s+${NUM}\b`, 'i'), range: (a) => [a, Infinity] },
  { re: new RegExp(String.raw`\b(?:at most|(?:narrower|shorter|smaller|lighter|younger|fewer) than)\s+${NUM}\b`, 'i'), range: (a) => [-Infinity, a] },
  { re: new RegExp(String.raw`\b(?:up to|under|less than|below|no more than|max(?:imum)?|within)\s+${NUM}\b`, 'i'), range: (a) => [-Infinity, a] },
  { re: new RegExp(String.raw`\b${NUM}\s*\S*\s*(?:or (?:less|under|smaller|fewer))\b`, 'i'), range: (a) => [-Infinity, a] },
  { re: new RegExp(String.raw`\b(?:over|more than|above|bigger than|larger than|longer than|further than|farther than|from|beyond|past|after|exceeding)\s+${NUM}\b`, 'i'), range: (a) => [a, Infinity] },
  { re: new RegExp(String.raw`\b${NUM}\s*\+`, 'i'), range: (a) => [a, Infinity] },
  { re: new RegExp(String.raw`\b${NUM}\s*\S*\s*(?:or (?:more|over|bigger|larger)|and (?:up|over|above))\b`, 'i'), range: (a) => [a, Infinity] },
];
const toNumber = (s: string) => Number(s.replace(',', ''));

/** The range of sizes or counts a row's label states ("up to 55 inch", "3-4 bedrooms", "over 20 ft"), or null. */
export function labelRange(label: string): [number, number] | null {
  for (const { re, range } of RANGES) {
    const m = re.exec(label.replace(/[$€£]\s?\d[\d,.]*/g, ' '));
    if (m) return range(toNumber(m[1]!), toNumber(m[2] ?? m[1]!));
  }
  return null;
}

/** The number a question gives for its own case ("a 65 inch tv", "my 3 bedroom"), not a price. */
export function askedNumber(question: string): number | null {
  const m = /(?<![$€£\d.,])\b(\d+(?:\.\d+)?)\b(?!\s*(?:am|pm|%)\b)/i.exec(question);
  return m ? Number(m[1]) : null;
}

/** Short forms of the words things are counted in ("25 FT", "2000 GAL", "3 BR"), as their full word. */
const COUNT_WORDS: Record<string, string> = { ft: 'foot', feet: 'foot', '\'': 'foot', in: 'inch', inches: 'inch', '"': 'inch', yr: 'year', yrs: 'year', mo: 'month', mos: 'month', hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute', gal: 'gallon', gals: 'gallon', lb: 'pound', lbs: 'pound', br: 'bedroom', bed: 'bedroom', beds: 'bedroom', bd: 'bedroom', sqft: 'square', sq: 'square' };

/** The word a number is counted in, right after it ("5 YEARS", "2+ YEARS", "3-4 BEDROOMS", "up to 55 INCH", "25 FT" = "25 feet"), stemmed. */
function unitAfter(text: string, at: number): string | null {
  const m = /^\s*\+?\s*(?:(?:-|–|to)\s*\d+(?:[.,]\d+)?\s*\+?\s*)?([a-z]+|["'])/i.exec(text.slice(at));
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return terms(COUNT_WORDS[w] ?? w)[0] ?? null;
}

/** The question's counted numbers and the words they are counted in, as terms ("a 2000 gal tank": "2000", "gal"). */
export function countedTerms(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of normalizeCasual(question).matchAll(/(?<![$€£\d.,])\b(\d+(?:[.,]\d+)?)\s*\+?\s*([a-z]+)/gi)) for (const t of terms(`${m[1]} ${m[2]}`)) out.add(t);
  return out;
}

/** The small numbers said as words (one to twelve), as answer-numbers reads them. */
const SMALL = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 1 && NUMBER_WORDS[w]! <= 12);
const SMALL_WORD = new RegExp(`\\b(${SMALL.join('|')})(?=[\\s-]+[a-z])`, 'gi');
/** Small numbers said as words in digits, prices left out ("a two-story house" -> "a 2 story house"). */
function counting(text: string): string {
  return text
    .replace(/[$€£]\s?\d[\d,.]*/g, ' ')
    .replace(SMALL_WORD, (w) => String(NUMBER_WORDS[w.toLowerCase()]))
    .replace(/(\d)-(?=[a-z])/gi, '$1 ');
}

const TIME_UNITS = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'night', 'visit', 'time'].map((w) => terms(w)[0]!));

interface Stated {
  range: [number, number];
  unit: string;
  single: boolean;
}

/**
 * The counts a text states, each with what it counts ("up to 55 inch", "3-4 bedrooms", "one-story").
 * Read for every unit of every question (numberFit), mostly texts read before: remembered (src/memo.ts).
 */
const statedCounts = boundedMemo<readonly Stated[]>(20_000, (text) => statedCountsOnce(text));

function statedCountsOnce(text: string): Stated[] {
  let t = counting(text);
  const out: Stated[] = [];
  for (const { re, range } of RANGES) {
    for (const m of t.matchAll(new RegExp(re.source, 'gi'))) {
      const last = m[2] ?? m[1]!;
      const unit = unitAfter(t, m.index + m[0].lastIndexOf(last) + last.length);
      if (unit) out.push({ range: range(toNumber(m[1]!), toNumber(last)), unit, single: false });
      t = t.slice(0, m.index) + ' '.repeat(m[0].length) + t.slice(m.index + m[0].length);
    }
  }
  for (const m of t.matchAll(/(?<![\d.,])\b(\d+(?:[.,]\d+)?)\b(?!\s*(?:am|pm|%|:))/gi)) {
    const unit = unitAfter(t, m.index + m[0].length);
    if (unit) out.push({ range: [toNumber(m[1]!), toNumber(m[1]!)], unit, single: true });
  }
  return out;
}

/**
 * How a unit fits the visitor's own number counted in the same word: 1 when a count it states
 * holds it ("been 5 years since it was tuned" against "Pitch raise (not tuned in 2+ years)", "a 2
 * story house" against "Two-story: $219"), -1 when it states that count and none holds it ("tuned
 * a year ago" against "2+ years", "2 story" against "one-story house"), 0 when it states no count
 * of that word (or the question gives none). A table row is read by its label.
 */
export function numberFit(question: string, u: Unit, all: readonly Unit[] = [], typed = question): -1 | 0 | 1 {
  // ("i have 2 dogs, how much EXTRA": the price of each one more is the visitor's case, not "up to 4 dogs".)
  const counted = /\b(?:\d+|two|three|four)\s+([a-z]+)/i.exec(question)?.[1];
  if (counted && /\b(?:extra|additional|another|more)\b/i.test(question) && EACH_EXTRA.test(u.text) && terms(counted).every((t) => u.terms.has(t))) return 1;
  // ("my 2 year old" against "Toddlers (18 months to 35 months)": an age in any unit, before any other count
  // the unit holds, "3 days a week"; a sentence whose ages miss it is no fit, and may still answer with a no.)
  // (Told in the visitor's own words: the casual reading turns "2 year old" into "child".)
  // (A most allowed that the count is over speaks to it with a no, answer-limits: "can 3 people ride in one cart" -> "Two riders per cart", as much as "parties up to 60 people".)
  if (overTheLimit(question, u.text)) return askedTypes(normalizeCasual(question)).includes(PRICE_TYPE) ? 0 : 1; // (No price for a party over it: "how much is a party for 20 kids".)
  const age = ageFit(typed, u.text, askedTypes(normalizeCasual(question)).includes(PRICE_TYPE));
  if (age) return age === 1 || u.kind === 'row' || u.listKey ? age : 0;
  // ("open in november" against "Open May 15 through October 15": a season of no weekday answers it, a no; "Saturday 9-2 (September to March)" is no fit.)
  const month = monthFit(question, u.text) || (u.kind === 'row' ? seasonFit(question, u, siblings(u, all)) : 0);
  return countFit(question, u, all) || (month === -1 && u.kind === 'sentence' && openSeason(u.text) && !daysNamed(`${question} ${u.text}`).length ? 0 : month) || partyFit(question, u.label ?? u.text);
}

/**
 * "do you have a party for 20 kids" -> "A party costs $250 for 90 minutes ...", beside "Dance birthday
 * parties are ... for up to 15 kids": a unit that states no count of its own (numberFit 0) stands
 * under the count of its section, when a sentence of the same section that the question's words find
 * better states one and it misses the visitor's (-1). The price is of a party the visitor cannot have.
 */
export function sectionCountUnheld(s: Scored, scored: readonly Scored[], fits: ReadonlyMap<Unit, number>, qs: readonly QueryTerm[]): boolean {
  if (fits.get(s.unit) !== 0) return false;
  const section = (u: Unit) => u.chunkId === s.unit.chunkId && u.heading === s.unit.heading;
  const inSection = scored.filter((o) => section(o.unit));
  // ("how much is catering for 20 people" -> "Taco bar catering is $16 a guest", beside "We cater ... parties
  // of 30 to 200 guests": the count's sentence found short only by the price it does not hold, saying every
  // word of the subject the price's does. Not a price or a share off kept to a size, "Groups of 10 or more
  // get 20% off": that is an offer for some parties, no bound on the thing.)
  const subjectHeld = (o: Scored) => !PRICED.test(o.unit.text) && qs.every((q, i) => q.light || q.type !== null || o.matches[i]! >= s.matches[i]!);
  return inSection.some((o) => fits.get(o.unit) === -1 && (o.cover > s.cover || subjectHeld(o))) && !inSection.some((o) => fits.get(o.unit) === 1);
}
const PRICED = new RegExp(`${ANSWER_TYPES[PRICE_TYPE]!.has.source}|\\d%`, 'i');

/** Words after "a year", "a day" that keep it a length of time ("a year AGO", "a day OLD", "a week OR two"). */
const STILL_TIME = /^(?:ago|old|long|later|earlier|early|late|back|since|or|and|now|max|tops|at|in|on|of|for|from|to|before|after|so|but|is|was|are|were|i|we|it|he|she|they)$/;

/**
 * "a year ago" is 1 year; "a DAY PASS", "a MONTH membership" name a thing by its length, no count of
 * days or months (read as "1 day", a "within 14 days" refund rule fitted a day pass's price question).
 */
function oneOf(question: string): string {
  return question.replace(/\b(?:a|one) (year|month|week|day|hour)s?\b(?=(\s+([a-z']+))?)/g, (whole, unit: string, _next, word?: string) => (!word || STILL_TIME.test(word) ? `1 ${unit}` : whole));
}

/** The counts a unit states: a row's by its label and its columns' headers ("| Treatment | 30 min | 60 min |"). */
function countsOf(u: Unit): Stated[] {
  return [...statedCounts(u.label ?? u.text), ...statedCounts((u.cells ?? []).map((c) => (LENGTH_COLUMN.test(c.header.trim()) ? c.value : c.header)).join(' ; '))];
}

/** The other rows of a unit's table, or items of its list. */
function siblings(u: Unit, all: readonly Unit[]): Unit[] {
  const key = u.tableKey ?? u.listKey;
  return key ? all.filter((x) => x !== u && (x.tableKey ?? x.listKey) === key) : [];
}

function countFit(question: string, u: Unit, all: readonly Unit[]): -1 | 0 | 1 {
  // A row's columns may be its counts ("| Treatment | 30 min | 60 min |"): a 45 minute one is none of them.
  const stated = countsOf(u);
  if (!stated.length) return 0;
  // (The visitor's own words: the casual reading turns "5 years old" into "child".)
  const q = counting(oneOf(question.toLowerCase()));
  for (const m of q.matchAll(/(?<![$€£\d.,])\b(\d+(?:\.\d+)?)\b(?!\s*(?:am|pm|%))/gi)) {
    const unit = unitAfter(q, m.index + m[0].length);
    const same = stated.filter((x) => x.unit === unit);
    if (!same.length) continue;
    const n = Number(m[1]);
    if (same.some((x) => n >= x.range[0] && n <= x.range[1])) return 1;
    // ("one dog ...; EACH EXTRA pet $10": the count is the base the unit prices more of.)
    if (n > Math.max(...same.map((x) => x.range[1])) && EACH_EXTRA.test(u.text)) return 0;
    // (A sentence that states a range the number is outside of may still be about it: "heaters last 8 to 12 years".)
    // (Nor a time it states, which is mostly a rule's threshold: "cancel 7 days before the move".)
    return u.kind === 'row' || u.listKey || (same.every((x) => x.single) && !TIME_UNITS.has(unit!)) ? -1 : 0;
  }
  return lengthFit(question, u, stated, all);
}

const [MINUTE, HOUR] = terms('minutes hours') as [string, string];

/** Whether a row or list item states the lengths it comes in ("| Treatment | 30 min | 60 min |", "Dog walk, 30 minutes", "| Sunset sail | 2 hours |"). */
export function statesLengths(u: Unit): boolean {
  return countsOf(u).some((s) => s.unit === MINUTE || s.unit === HOUR);
}

/**
 * A length asked in other words than the unit states it ("an HOUR walk" against "Dog walk, 60
 * minutes" and "Dog walk, 30 minutes"): one of several lengths of a thing fits or does not.
 */
function lengthFit(question: string, u: Unit, stated: Stated[], all: readonly Unit[]): -1 | 0 | 1 {
  const minutes = minutesSaid(normalizeCasual(question));
  const same = stated.filter((x) => x.unit === MINUTE);
  if (minutes === null || !same.length || !(u.kind === 'row' || u.listKey)) return 0;
  if (same.some((x) => minutes >= x.range[0] && minutes <= x.range[1])) return 1;
  return siblings(u, all).some((x) => countsOf(x).some((s) => s.unit === MINUTE)) ? -1 : 0;
}

/**
 * Of rows said together, the ones whose stated range holds the question's number ("a 65 inch tv":
 * the "over 55 inch" row, not "up to 55 inch"); all of them when the number is in no range or none
 * states one.
 */
export function rowsForNumber<T extends { unit: Unit }>(question: string, rows: T[]): T[] {
  const said = askedNumber(question);
  if (said === null || rows.length < 2) return rows;
  // ("bowed in MORE THAN 2 inches": past "up to 2 inches", in "over 2 inches"; "UNDER 2" the other way.)
  const side = new RegExp(String.raw`\b(?:(more|over|above|bigger|larger|greater|past)|(less|under|below|smaller|fewer))(?: than)? ${said}\b`, 'i').exec(question);
  const n = side ? said + (side[1] ? 1e-6 : -1e-6) : said;
  // (By its label, or by a note in another column: "| Wall straps | $525 | For bowing walls up to 2 inches |".)
  const ranged = rows.map((r) => ({ r, range: labelRange(r.unit.label ?? r.unit.text) ?? (r.unit.label ? labelRange(r.unit.text) : null) }));
  if (ranged.filter((x) => x.range).length < 2) return rows;
  const holding = ranged.filter((x) => x.range && n >= x.range[0] && n <= x.range[1]).map((x) => x.r);
  return holding.length ? holding : rows;
}
