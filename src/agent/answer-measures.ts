import { terms, words } from '../ai/lexical.js';
import { capacityCounted } from './answer-capacity.js';
import { namesAny } from './answer-unanswered.js';

// The figure a question of size, count or lifespan needs ("how tall", "how many traps", "how long does
// it last"): a unit that gives another figure (a job's length, a price, another thing's number) does not answer it.

/** "how long does a liner LAST", "how MANY YEARS does a heater element last", "how long does it KEEP working": how long a thing lasts (group 1: the verb). */
/** (Not the business keeping something: "how long do U KEEP the video clips" asks how long they are kept, which any span answers.) */
const LIFESPAN_ASKED = /\bhow (?:long|many (?:years|months|weeks|days|hours)) (?:does|do|will|would|should|can|could|is|are)\b(?!\s+(?:you|u|ya|y'all|you guys|we|they)\b)(?:\s+[\w'-]+){1,6}?\s+(last|lasts|stay|stays|keep|keeps|remain|remains|hold up|be good|survive)\b/;
/** A sentence that says how long something lasts ("lasts 60 minutes", "a lifespan of 15 years", "stays clean for weeks", "replace it every 5 years"). */
const SAYS_LASTING = /\b(?:lasts?|lasting|lifespan|life|lifetime|durable|stays?|keeps?|remains?|holds? up|good for|wears? out|replace\w* every|fades?|fading|before (?:it|they) (?:need|wear|fade))\b/i;
/** A span of a process, not of a thing lasting ("takes about 2 weeks", "healed in 2 to 3 weeks", "How long does an install take?"). */
const PROCESS_SPAN = /\b(?:takes?|taking|took|heal(?:s|ed|ing)?|dr(?:y|ies|ied)|cures?|cured|ready|turnaround|wait)\b/i;
/** A span of time ("60 minutes", "2 to 4 days", "15 years"). */
export const SPAN_SAID = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few)\s*(?:-\s*|to\s+\d+\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)\b/i;

/**
 * "how long does a crawl space liner last" -> "Crawl space encapsulation: 2 to 4 days" (the install),
 * "how long does a fired mug last" -> "Glaze firing takes about 2 weeks", "how long does the flea
 * treatment keep working" -> its "2 visits 10 days apart": how long a thing lasts is answered by a
 * sentence that says it lasts (or stays, keeps, holds up), or, for "last", by a length of time that
 * is no process's ("The initial assessment lasts 60 minutes", "Length: 60 minutes"); the time a job
 * takes, a healing or a wait is no lifespan (`asks`: the guide's own question over the unit).
 */
export function lifespanUnanswered(plainQuestion: string, text: string, asks = ''): boolean {
  const verb = LIFESPAN_ASKED.exec(plainQuestion)?.[1];
  if (!verb) return false;
  if (SAYS_LASTING.test(text)) return false;
  return !/^last/.test(verb) || !SPAN_SAID.test(text) || PROCESS_SPAN.test(`${asks} ${text}`);
}

/** "how TALL a tree can you climb", "what is the WEIGHT LIMIT", "how HEAVY can a piece be": a measure asked (group 1: its dimension's word). */
const MEASURE_ASKED = /\bhow (tall|high|heavy|wide|deep|thick)\b|\bhow much (?:can|does|do|will|should) (?:[\w'-]+ ){0,4}(weigh)\b|\b(?:(?:max(?:imum)?|min(?:imum)?) )?(weight|height|width|depth) (?:limits?|capacity|restrictions?|max(?:imum)?)\b|\b(?:max(?:imum)?|min(?:imum)?) (weight|height|width|depth)\b/;
/** A measure of length or of weight, as owners write them. */
// (A speed is no length: "chronographed at 280 feet per second" says nothing of "how big is the park", paintball QA.)
export const LENGTH_SAID = /\b\d+(?:\.\d+)?\s*(?:-\s*)?(?:ft|feet|foot|inch(?:es)?|in\.|meters?|metres?|m|cm|mm|yards?|stor(?:y|ies|eys?)|floors?)\b(?!\s*(?:per|an?|\/)\s*(?:second|sec|s|minute|min|hour|hr)\b)|\d+\s*['′"″]|\b(?:one|two|three|four|five|six|ten|twenty)[- ](?:stor(?:y|ies)|floors?|feet|foot|inches)\b/i;
export const WEIGHT_SAID = /\b\d+(?:[.,]\d+)?\s*(?:-\s*)?(?:lbs?|pounds?|kg|kilos?|kilograms?|tons?|tonnes?|oz|ounces?|grams?|g)\b/i;

/**
 * "how tall a tree can you climb" -> "add 20% (dead wood is dangerous to climb)", "what is the weight
 * limit on the window well cover" -> its $189 row: a height, a depth or a weight asked is answered
 * only by a measure of that kind (feet, inches, stories; pounds, kilos), whatever else the unit shares.
 */
export function measureUnanswered(plainQuestion: string, text: string): boolean {
  const m = MEASURE_ASKED.exec(plainQuestion);
  if (!m) return sizeOfAnother(plainQuestion, text);
  const dimension = m.slice(1).find(Boolean)!;
  return !(/^(?:heavy|weigh|weight)$/.test(dimension) ? WEIGHT_SAID : LENGTH_SAID).test(text);
}

/** A count's number ("8", "eight", "a dozen"), as a word before the counted thing. */
const COUNT_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|single|both|couple)$/i;
/** Units of time, money and measure: "how many days' notice" is answered by "48 hours", no count of days. */
const MEASURE_UNIT = /^(?:times?|years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|miles?|feet|foot|inch(?:es)?|pounds?|lbs?|gallons?|dollars?|bucks?|square|sq|acres?|stories|percent|degrees?|amps?|volts?|watts?)$/;

/**
 * "how many traps do you set" -> "... the first trap setting, and each return visit to check traps is
 * $65", "how many people come" -> "Someone 18 or older must be home": a count is answered by a
 * number of the thing counted ("8 students", "four scheduled visits", "crew of five"), a word of it
 * or a related one (`related`) within a few words of the number; another thing's number is no count
 * of it. (A unit of time or measure, "how many days", is answered by any span: answer-types' kind.)
 */
export function countOfAnother(plainQuestion: string, text: string, related: (term: string) => readonly string[]): boolean {
  const noun = /\bhow many (?:more |extra |different |total )?([a-z][\w'-]*)/.exec(plainQuestion)?.[1];
  // ("how many people fit in a cabin" -> "Rustic cabin (sleeps 4 ...)": a capacity by a number counts people.)
  if (!noun || MEASURE_UNIT.test(noun) || capacityCounted(plainQuestion, text)) return false;
  const [term] = terms(noun);
  if (!term) return false;
  const wanted = [term, ...related(term)];
  // (A price, a share or a measure counts nothing: "check traps is $65", "a tree wider than 24 inches".)
  const ws = words(text.replace(/[$€£]\s?\d[\d,.]*|\b\d+(?:\.\d+)?\s*(?:%|(?:-\s*)?(?:inch(?:es)?|in\.|ft|feet|foot|lbs?|pounds?|kg|miles?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|am|pm|°\w?|sq)\b)/gi, ' ').toLowerCase(), 2000);
  return !ws.some((w, i) => {
    if (!COUNT_WORD.test(w.replace(/[,$]/g, ''))) return false;
    // ("8 students", "four scheduled visits", "up to 12 guests", "crew of five", a row's "Cleans per year — Silver: 4".)
    const near = [...ws.slice(i + 1, i + 4), ...ws.slice(Math.max(0, i - 5), i)];
    return namesAny(wanted, new Set(near.flatMap((x) => terms(x))));
  });
}

/** A length a thing asked for is (group 1 the number, group 2 the unit): "a 30 FOOT water slide", "a 12-inch pizza", "20ft". */
const SIZE_ASKED = /\b(\d+(?:\.\d+)?)\s*-?\s*(ft|feet|foot|inch(?:es)?|meters?|metres?|cm|mm|yards?|yds?)\b/;
/** A bound before a size ("up to", "over", "under", "at least", "max", "between 10 and", "no longer than": a campground leash rule holds a 10 foot leash to it). */
const SIZE_BOUND = /\b(?:up to|over|under|less than|more than|at least|at most|max(?:imum)?|min(?:imum)?|between|from|to|(?:no )?(?:longer|shorter|taller|wider|bigger|smaller|higher|lower|deeper) than)\s*(?:\d+(?:\.\d+)?\s*(?:-\s*)?(?:ft|feet|foot|inch(?:es)?)?\s*(?:and|to|-)\s*)?$/i;
/** The same units, each spelling one unit. */
const unitOf = (u: string) => ({ ft: 'foot', feet: 'foot', foot: 'foot', inch: 'inch', inches: 'inch', meter: 'meter', meters: 'meter', metre: 'meter', metres: 'meter', yard: 'yard', yards: 'yard', yd: 'yard', yds: 'yard' })[u.toLowerCase()] ?? u.toLowerCase();

/**
 * "do you have a 30 foot water slide" -> "Water slides need a garden hose within 50 feet", "18-foot
 * tropical water slide": a size asked that the text gives in its unit only as other numbers is another
 * size (bounce house QA: it said "Yes.").
 */
export function sizeOfAnother(plainQuestion: string, text: string): boolean {
  const asked = SIZE_ASKED.exec(plainQuestion);
  if (!asked) return false;
  const unit = unitOf(asked[2]!);
  const given = [...text.matchAll(new RegExp(SIZE_ASKED.source, 'gi'))].filter((m) => unitOf(m[2]!) === unit);
  // (A bound or a range holds other sizes: "TVs up to 55 inch", "over 55 inch", "10 to 20 ft".)
  const bounded = given.some((m) => SIZE_BOUND.test(text.slice(0, m.index)) || /^\s*(?:to|-|\u2013|through|or (?:more|less|under|over)|and (?:up|under|over))\b/i.test(text.slice(m.index + m[0].length)));
  return given.length > 0 && !bounded && !given.map((m) => Number(m[1])).includes(Number(asked[1]));
}

/** The number of people a thing is asked for ("table and chairs FOR 10", "a tent for 8 people"; not "for $10", "for 2 hours"). */
const FOR_COUNT = /^(.*)\bfor (\d+)\b(?!\s*(?:\$|dollars?|bucks|%|hours?|hrs?|minutes?|mins?|days?|nights?|weeks?|months?|years?|am|pm|o'?clock)\b)/;

/**
 * "do you have a table and chairs for 10" -> "Table and 6 chairs: $15 a set": the text counts a thing
 * asked ("6 chairs") and never as the number asked for: no yes (said without one, the set is the
 * answer; bounce house QA: it said "Yes.").
 */
export function countedOtherwise(plainQuestion: string, text: string): boolean {
  const m = FOR_COUNT.exec(plainQuestion);
  if (!m) return false;
  const asked = new Set(terms(m[1]!));
  const counts = [...text.toLowerCase().matchAll(/\b(\d+)\s+([a-z][\w'-]*)/g)].filter((c) => terms(c[2]!).some((x) => asked.has(x))).map((c) => c[1]);
  return counts.length > 0 && !counts.includes(m[2]);
}
