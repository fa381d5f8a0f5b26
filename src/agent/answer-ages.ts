import { normalizeCasual, relatedTerms, terms, words } from '../ai/lexical.js';
// Ages: the age a visitor tells of someone or a pet of theirs, the age limits and ranges a guide
// gives, and whether an answer speaks of age at all (a yes to an age it never names is refused).

/** The visitor tells the age of someone or a pet of theirs ("can my 7 YEAR OLD go", "my 10 WEEK OLD PUPPY"), not of a thing ("a 5 year old furnace"). */
const AGE_TOLD = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\s*(?:-\s*|\s)?(?:years?|yrs?|months?|mos?|weeks?|wks?)(?:-\s*|\s)?old(?:\s+(?:son|daughter|kid|child|boy|girl|baby|toddler|teen|teenager|grandson|granddaughter|niece|nephew|dog|puppy|pup|cat|kitten)s?\b|(?=\s+(?:can|could|go|join|come|do|be|is|take|use|ride|swim|play|attend|sign|stay|need|start|train|get|have|still|too)\b|\s*[?,.!]|\s*$))/;
/**
 * The aged one as the subject of a question's verb ("can my 6 year old CLIMB", "could our 4 yr old try it?"):
 * whatever verb follows, it ends the subject, as no thing's name does ("can my 5 year old furnace BE fixed").
 */
const AGE_ASKED_OF = /(?<=\b(?:can|could|may|should)\s+(?:my|our|his|her|their|a|an)\s+)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\s*(?:-\s*|\s)?(?:years?|yrs?|months?|mos?|weeks?|wks?)(?:-\s*|\s)?old(?=\s+[a-z]+(?:\s+(?:in|on|at|the|a|an|with|here|there|alone|by|up|for|without|too|it)\b|\s*[?,.!]|\s*$))/;
/** The age told of someone or a pet of the visitor's, as the question says it. */
const ageToldSaid = (q: string): RegExpExecArray | null => AGE_TOLD.exec(q) ?? AGE_ASKED_OF.exec(q);
/** An answer that speaks of age ("ages 5 to 10", "16 and over", "at least 6 months old", "adults only", "for puppies", "from 6 weeks"). */
const SAYS_AGE = /\b(?:no one|nobody|anyone|anybody) (?:under|younger than|over|older than) \d{1,2}\b(?!\s*(?:feet|ft|in\b|inches|cm|lbs?|pounds|kg))|\b(?:ages?|aged|years? old|months? old|weeks? old|yrs? old|old enough|too young|adults?|minors?|kids?|children|child|teens?|teenagers?|infants?|babies|baby|toddlers?|puppies|puppy|kittens?|seniors?|grade|kindergarten)\b|\b\d+\s*(?:\+|and (?:over|up|older|under|younger)|or (?:older|over|younger))|\b(?:under|over|from|at least)\s+\d+\s*(?:years?|months?|weeks?)\b/i;

/** A place or thing named for an age group ("a TODDLER AREA", "the KIDS' MENU"): it names the place, no age. */
const AGE_PLACE = /\b(?:kids?|kids'|children'?s?|toddlers?'?|teens?'?|adults?'?|baby|babies'?|infants?'?)\s+(?:area|zone|room|corner|section|pool|menu|playground|play area|court|space|lane)s?\b/gi;
/** An age limit asked ("is there an AGE LIMIT for auto belays", "whats the MINIMUM AGE"). */
const AGE_LIMIT_ASKED = /\bage (?:limits?|requirements?|restrictions?|minimum|min|cutoff)\b|\b(?:minimum|min|maximum|max) age\b/;

/**
 * "can my 7 year old go on private rides" -> "Private rides (just you and a guide, 60 minutes)", "is
 * there an age limit for auto belays" -> "We have 8 auto belays": a yes to an age, or to an age limit,
 * needs an answer that speaks of age.
 */
export function ageUnanswered(plainQuestion: string, text: string): boolean {
  return (!!ageToldSaid(plainQuestion) || AGE_LIMIT_ASKED.test(plainQuestion)) && !SAYS_AGE.test(text.replace(AGE_PLACE, '')) && !/\bmust be \d+\b/i.test(text) && !agesOf(text).length;
}

const AGE_UNIT = String.raw`(?:years?|yrs?|months?|mos?|weeks?|wks?)`;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18 };
const NUMBER = String.raw`(\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
/** An age in months, from a number and its unit (a year is 12 months exactly, so "35 months" ends where "3 years" starts). */
const months = (n: string, unit: string) => (Number(n) || NUMBER_WORDS[n] || 0) * (/^y/.test(unit) ? 12 : /^mo/.test(unit) ? 1 : 12 / 52);
const AGE_TOLD_N = new RegExp(String.raw`\b${NUMBER}\s*(?:-\s*|\s)?(${AGE_UNIT})(?:-\s*|\s)?old\b`);

/** An age told in years without "old" after it ("4 year olds", "a 3yo", "my son is 4", "IM 19 can i rent a pistol"). */
/** ("my daughter is 18 MONTHS": in the unit said after the number, else years; "SHES 18 months" typed without its apostrophe.) */
const AGE_TOLD_YEARS = /\b(\d{1,2})[- ]?(?:years?|yrs?)[- ]?olds\b|\b(\d{1,2}) ?(?:yo|y\/o)\b|\b(?:(?:son|daughter|kid|child|boy|girl|baby|he|she)(?:'s|s| is| turns| turned| just turned| is turning| turning| will be)|i'?m|i am) (\d{1,2})(?: ?(years?|yrs?|months?|mos?|weeks?|wks?))?\b(?! ?(?:min|mins|minutes?|hrs?|hours?|secs?|seconds?|days?|miles?|mi|km|feet|ft|foot|inches|in|cm|lbs?|pounds|kg|people|guests|of|out|away|percent|%|dollars|bucks|am|pm|o'?clock)\b)(?![:.]\d)/;
const TO = String.raw`\s*(?:to|-|\u2013|through|thru)\s*`;
/**
 * The ages a guide gives as a range, in any unit: "ages 5 to 12" (years), "5 to 12 years old", a table's
 * "Ages" column ("Ages 6 to 36 months", as a row reads), and a group's ages in brackets after its name,
 * "Infants (6 weeks to 17 months)", "Preschool (3 to 5 years)".
 * (Not any span of months or weeks: "a waitlist (usually 4 to 6 months)".)
 */
const AGE_RANGES = [
  new RegExp(String.raw`\bages?\s+(\d{1,2})(?:\s*(${AGE_UNIT}))?${TO}(\d{1,2})(?:\s*(${AGE_UNIT})\b)?`, 'gi'),
  new RegExp(String.raw`\b(\d{1,2})(?:\s*(${AGE_UNIT}))?${TO}(\d{1,2})\s*(${AGE_UNIT})(?:\s|-)+old\b`, 'gi'),
  new RegExp(String.raw`\(\s*(\d{1,2})(?:\s*(${AGE_UNIT}))?${TO}(\d{1,2})\s*(${AGE_UNIT})\b`, 'gi'),
  // ("for kids 6 to 10 years": a span in years is read as ages, as it always was.)
  new RegExp(String.raw`\b(\d{1,2})()${TO}(\d{1,2})\s*(years?|yrs?)\b`, 'gi'),
  // ("SHOOTERS 8 to 17 must have a parent on the lane", "kids 6-12 ride free": a span right after the people it picks out is their ages.)
  new RegExp(String.raw`\b(?:[a-z]{3,}ers|kids|children|youths?|juniors|teens|students|participants|campers|guests|visitors)\s+(\d{1,2})()${TO}(\d{1,2})\b(?!\s*(?:[:.,]?\d|%|per\b|each\b|a\b|at a time\b|people|persons|players|kids|children|adults|guests|[a-z]+ers\b|minutes?|hours?|days?|weeks?|months?|lbs?|pounds|feet|ft|in\b|inches|cm))`, 'gi'),
];

/** A word that names people by their age ("Youth", "Kids", "Seniors"): a bound in brackets after it is an age, with no unit said. */
const AGE_GROUP_WORD = String.raw`\b(?:kids?|child(?:ren)?|youths?|juniors?|teens?|teenagers?|seniors?|adults?|toddlers?|infants?|babies|little ones)\b[^()]{0,30}`;
/** "Youth day pass (under 14)", "Seniors (65+)", "Kids (12 and under)": the bound is the group's ages, least or most. */
const AGE_GROUP_BOUNDS: Array<{ re: RegExp; range: (n: number) => [number, number] }> = [
  { re: new RegExp(String.raw`${AGE_GROUP_WORD}\(\s*(?:ages?\s+)?(?:under|younger than|below)\s+(\d{1,2})(?:\s*(?:years?|yrs?))?\s*\)`, 'gi'), range: (n) => [0, n * 12] },
  { re: new RegExp(String.raw`${AGE_GROUP_WORD}\(\s*(?:ages?\s+)?(\d{1,2})(?:\s*(?:years?|yrs?))?\s*(?:and (?:under|younger)|or (?:under|younger))\s*\)`, 'gi'), range: (n) => [0, (n + 1) * 12] },
  { re: new RegExp(String.raw`${AGE_GROUP_WORD}\(\s*(?:ages?\s+)?(\d{1,2})(?:\s*(?:years?|yrs?))?\s*(?:\+|and (?:up|over|older)|or (?:older|over))\s*\)`, 'gi'), range: (n) => [n * 12, Infinity] },
];

/** Every age said at once ("kids of any age", "all ages welcome"). */
const ANY_AGE = /\bany ages?\b/i;

/** The ranges of ages a text gives, in months from the least to just past the most ("3 to 5 years" holds 5 years and 11 months). */
export function ageRangesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of AGE_RANGES) {
    for (const m of text.matchAll(re)) {
      const high = (m[4] ?? 'years').toLowerCase();
      const low = m[2] ? m[2].toLowerCase() : high;
      const range: [number, number] = [months(m[1]!, low), months(String(Number(m[3]) + 1), high)];
      if (!out.some((r) => r[0] === range[0] && r[1] === range[1])) out.push(range);
    }
  }
  // ("Kids of ANY AGE can boulder": every age (not "lessons for all ages", which says who the business serves), a range that holds the age told as "ages 5 to 12" does.)
  if (ANY_AGE.test(text)) out.push([0, Infinity]);
  return out;
}

/**
 * The ages a text gives: its ranges, and the bounds of the groups it names by age ("Youth day pass (under 14)"),
 * which say what ages that group is for, not which numbers its sentence speaks of (numberInLevelRange).
 */
function agesOf(text: string): Array<[number, number]> {
  return [...AGE_GROUP_BOUNDS.flatMap(({ re, range }) => [...text.matchAll(re)].map((m) => range(Number(m[1])))), ...ageRangesOf(text)];
}

/** The range of ages in years a text gives ("ages 5 to 12" -> [5, 12]), or null. */
export function ageRangeOf(text: string): [number, number] | null {
  const range = ageRangesOf(text).find(([low, past]) => low % 12 === 0 && past % 12 === 0);
  return range ? [range[0] / 12, range[1] / 12 - 1] : null;
}

/** The age a question tells, in months ("my 10 week old puppy", "do you take 4 year olds", "my son is 4"). */
function ageTold(typedQuestion: string): number | null {
  const told = AGE_TOLD_N.exec(typedQuestion);
  if (told) return months(told[1]!, told[2]!);
  const years = AGE_TOLD_YEARS.exec(typedQuestion);
  return years ? months(years[1] ?? years[2] ?? years[3]!, years[4] ?? 'years') : null;
}

/** The words of the age a question tells, and the casual reading's word for them ("my 2 year old" -> 2, year, old, child). */
export function ageToldTerms(typedQuestion: string): string[] {
  const m = ageToldSaid(typedQuestion.toLowerCase()) ?? AGE_TOLD_YEARS.exec(typedQuestion.toLowerCase());
  return m ? [...new Set([...terms(m[0]), ...terms(normalizeCasual(m[0]))])] : [];
}

/**
 * "how much is it for my 2 year old" against "Infants (6 weeks to 17 months)", "Toddlers (18 months
 * to 35 months)", "Preschool (3 to 5 years)": the group whose ages hold the age the visitor tells of
 * someone of theirs is their case (1), whatever units each gives it in; one whose ages do not is
 * not (-1); 0 when the question tells no such age or the text gives no ages.
 */
export function ageFit(typedQuestion: string, text: string, priceAsked = true): -1 | 0 | 1 {
  const age = ageOfSomeone(typedQuestion);
  // (Every age, "kids of any age", tells no group apart for a price: "price for my kid, she's 9" is the youth pass's.)
  const ranges = agesOf(text);
  const everyAge = ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === Infinity;
  if (age === null || !ranges.length || (priceAsked && everyAge)) return 0;
  const fit = ageSide(age, text) === 'in' ? 1 : -1;
  // (A group named by its ages alone, "Youth day pass (under 14)", is whom a price is for: no case of "can my 3 year old boulder".)
  return fit === 1 && !priceAsked && !ageRangesOf(text).length ? 0 : fit;
}

/** The words of the age a question tells when a text's ages hold it ("my 10 yr old" in "Youth day pass (under 14)"), else none. */
export function ageTermsHeldBy(typedQuestion: string, text: string): string[] {
  return ageFit(typedQuestion, text) === 1 ? ageToldTerms(typedQuestion) : [];
}

/** The age a question tells of someone or a pet of the visitor's (AGE_TOLD, not "a 5 year old furnace"), in months, or null. */
function ageOfSomeone(typedQuestion: string): number | null {
  const q = typedQuestion.toLowerCase();
  return ageToldSaid(q) || AGE_TOLD_YEARS.test(q) ? ageTold(q) : null;
}

/**
 * A least age a guide says as one ("at least 10 years old", "at least 6 months", "from 6 weeks",
 * "riders age 7 and up", "must be 16", "16+", "at least 16 years of age"), not a length of notice, an
 * hour, a count, a size or a price ("at least 48 hours ahead", "at least 2 weeks before", "from 9 am",
 * "at least 6 riders", "at least 40 in. tall", "10+ kids", "$20 and up"); a bare number is years.
 */
/** What a number before it counts or measures when it is no age ("6 RIDERS", "40 IN. tall", "2 NIGHTS"). */
const NOT_AN_AGE = String.raw`people|persons|guests|riders|adults|kids|children|players|students|dogs|members|nights?|kg|lbs?|in\b|in\.|inches|cm|tall|"|hours?|hrs?|minutes?|mins?|days?|pounds?|feet|ft|miles?`;
const AGE_MIN = new RegExp(String.raw`\b(?:at least|must be|minimum age(?: of| is)?|ages?|aged)\s+${NUMBER}(?:\s*(${AGE_UNIT})\b(?!\s+(?:ahead|before|after|in advance|notice|of(?! age)|per|a|each|to)\b)|(?!\s*(?:${AGE_UNIT}|[ap]\.?m\b|[:.,]?\d|%|${NOT_AN_AGE}|(?:and|or)\s+(?:under|younger|below)\b)))|\bfrom\s+${NUMBER}\s*(${AGE_UNIT})\b(?:\s+old\b|(?!\s+(?:ahead|before|after|in advance|notice|of|per|to)\b))|(?<![$\u00a3\u20ac\d.,])\b${NUMBER}\s*(${AGE_UNIT})?(?:\s+old)?\s*(?:\+|and (?:over|up|older)|or (?:older|over))(?!\s*(?:${NOT_AN_AGE}))`, 'i');
/** The age a guide keeps a thing under ("for puppies under 6 months", "under 5 years", "children under 5", "ages 10 and under": a most of 10 years and 11 months). */
const AGE_MAX = new RegExp(String.raw`\b(?:under|younger than|below)\s+${NUMBER}\s*(${AGE_UNIT})|\b(?:ages?|aged|kids?|children|child|no one|nobody|anyone|anybody)\s+(?:under|younger than|below)\s+${NUMBER}\b(?!\s*(?:[:.,]?\d|%|${AGE_UNIT}|${NOT_AN_AGE}))|\b(?:ages?|aged)\s+${NUMBER}\s*(${AGE_UNIT})?(?:\s+old)?\s+(?:and|or)\s+(?:under|younger|below)\b`, 'i');
/** The most a text's AGE_MAX gives, in months, and where it is said. */
function mostAge(text: string): { limit: number; index: number; end: number } | null {
  const m = AGE_MAX.exec(text);
  if (!m) return null;
  const limit = m[1] ? months(m[1].toLowerCase(), m[2]!.toLowerCase()) : m[3] ? months(m[3].toLowerCase(), 'years') : months(String((Number(m[4]) || NUMBER_WORDS[m[4]!.toLowerCase()] || 0) + 1), (m[5] ?? 'years').toLowerCase());
  // (Where its "under" is: "NO ONE under 8 is allowed" keeps out what is under it, as "no kids under 10" does.)
  return { limit, index: m.index + Math.max(0, m[0].search(/\b(?:under|younger|below)\b/i)), end: m.index + m[0].length };
}
/** What the rest of a sentence says of the ages under a most: they are kept out ("Children under 5 ... cannot be served"), not only kept company. */
const KEPT_OUT_AFTER = /^[^.;,]*?\b(?:cannot|can't|can ?not|(?:are|is)n't|(?:are|is) not|not (?:allowed|permitted))\b(?!\s+(?:\w+\s+){0,4}(?:alone|unaccompanied|unattended|unsupervised|without|on their own|by themselves))/i;

/**
 * Where an age told (in months) stands against the ages a text says: in them, below the least or
 * above the most; null when the text says no ages. ("ages 5 to 12": 12 years and 11 months is
 * still 12; "6 weeks to 17 months": 18 months is not.)
 */
function ageSide(age: number, text: string): 'in' | 'below' | 'above' | null {
  const ranges = agesOf(text);
  if (ranges.length) {
    if (ranges.some(([low, past]) => age >= low && age < past)) return 'in';
    return ranges.every(([low]) => age < low) ? 'below' : 'above';
  }
  // ("You MUST BE 21 to rent a handgun": a least age said bare, as AGE_MIN reads it.)
  if (!SAYS_AGE.test(text) && !AGE_MIN.test(text)) return null;
  // ("Private music lessons for ALL AGES": every age is in.)
  if (/\ball ages?\b/i.test(text)) return 'in';
  const min = AGE_MIN.exec(text);
  const max = mostAge(text);
  if (!min && !max) return null;
  if (min) {
    const n = (min[1] ?? min[3] ?? min[5]!).toLowerCase();
    const least = months(n, (min[2] ?? min[4] ?? min[6] ?? 'years').toLowerCase());
    // (Not where the free band below it ends: there the price starts, "ages 4 and up, free for children 3 and under".)
    if (age < least && !freeBands(text).some(([, past]) => past === least)) return 'below';
  }
  if (!max) return 'in';
  const { limit } = max;
  // ("NO kids under 10 years on the trail", "Children under 5 ... CANNOT be served": what is kept out is under it, a least age.)
  if (/\b(?:no|not|never)\b[^.;]{0,30}$/i.test(text.slice(0, max.index)) || KEPT_OUT_AFTER.test(text.slice(max.end))) return age < limit ? 'below' : 'in';
  return age >= limit ? 'above' : 'in';
}

/** The question tells the age of someone of the visitor's ("my son is 16", "im 19", "can a 19 year old ..."). */
export function tellsAge(typedQuestion: string): boolean {
  return ageOfSomeone(typedQuestion) !== null;
}

/**
 * Whether a text's ages decide the age a question tells, in or out ("can my 8 year old go on the
 * trail ride" against "Trail riders must be at least 10 years old": about that age, and a no).
 */
export function ageDecided(typedQuestion: string, text: string): boolean {
  const age = ageOfSomeone(typedQuestion);
  return age !== null && ageSide(age, text) !== null;
}

/**
 * "You must be 21 to rent a handgun alone, and 18 to rent a rifle alone": of the clauses that each give an age, the one
 * that alone says a word of the question (or a word related to it) is the one whose age is asked ("a rifle": "must be 18
 * to rent a rifle alone", its verb left to the first clause said with it); else the whole text.
 */
function clauseAsked(typedQuestion: string, text: string): string {
  // (Only ages said in parallel, the later left to the first's verb: "..., and 18 to rent a rifle"; not "Renters must be 16; children under 16 may paddle with an adult".)
  const clauses = text.split(/,?\s+(?:and|but|while)\s+(?=\d)|;\s*(?=\d)/).filter((c) => /\d/.test(c));
  if (clauses.length < 2) return text;
  const asked = new Set(terms(normalizeCasual(typedQuestion)).flatMap((t) => [t, ...relatedTerms(t)]));
  const said = clauses.map((c) => new Set(terms(c)));
  const own = said.map((ts) => [...ts].filter((t) => asked.has(t) && !said.every((o) => o.has(t))).length);
  const most = Math.max(...own);
  if (most === 0 || own.filter((n) => n === most).length > 1) return text;
  const clause = clauses[own.indexOf(most)]!.trim();
  const verb = /\b(must be|needs? to be|ha(?:s|ve) to be)(?: at least)? \d/i.exec(text)?.[1];
  return verb && /^\d/.test(clause) ? `${verb} ${clause}` : clause;
}

/**
 * The yes or no an age told gets from the ages an answer says: outside them is a no ("can my 10
 * week old puppy go on group walks" -> "No. Dogs must be at least 6 months old"; "my son is 6. can
 * he take lessons" -> "No. Lessons are for riders age 7 and up"); asked whether it is too young
 * (too old), below the least (above the most) is a yes and inside a no ("is my 10 year old too old
 * for camp" against "ages 8 to 14": No). null when they decide nothing.
 */
export function ageVerdict(typedQuestion: string, text: string): 'Yes' | 'No' | null {
  // (Any age told: "can my 14 year old RENT a kayak"; the answer's own ages say whose it is.)
  const age = ageTold(typedQuestion.toLowerCase());
  // ("is the corn maze FREE for my 3 year old" -> "Yes. ... free for children 3 and under"; for a 5 year old, No.)
  const band = /\bfree\b/i.test(typedQuestion) && age !== null ? freeBands(text)[0] : undefined;
  if (band) return age! >= band[0] && age! < band[1] ? 'Yes' : 'No';
  const side = age === null ? null : ageSide(age, clauseAsked(typedQuestion, text));
  if (!side) return null;
  const too = /\btoo (young|old|little|small)\b/.exec(typedQuestion.toLowerCase())?.[1];
  if (too) return side === 'in' ? 'No' : (side === 'above') === (too === 'old') ? 'Yes' : null;
  return side === 'in' ? null : 'No';
}

/** The youngest ages a clause of a text lets in free ("free for children 3 and under", "kids 2 and under ride free", "under 3s free"), in months. */
const FREE_BAND = new RegExp(
  String.raw`\b${NUMBER}(?:\s*(${AGE_UNIT}))?(?:\s+old)?\s+(?:and|or)\s+(?:under|younger|below)\b|\b(?:under|younger than|below)\s+${NUMBER}(?:\s*(${AGE_UNIT}))?`,
  'i',
);
const AGED_BEFORE = /\b(?:kids?|children|child|babies|baby|toddlers?|infants?|ages?|aged)\s*$/i;
function freeBands(text: string): Array<[number, number]> {
  return text.split(/[,;]\s|\.\s|\bbut\b/).flatMap((clause) => {
    const m = /\bfree\b/i.test(clause) ? FREE_BAND.exec(clause) : null;
    // (An age, by its unit, the people it names or "under 2s"; not "groups of 10 or under get in free".)
    if (!m || !(m[2] ?? m[4] ?? (AGED_BEFORE.test(clause.slice(0, m.index)) || /^s\b/.test(clause.slice(m.index + m[0].length))))) return [];
    const unit = (m[2] ?? m[4] ?? 'years').toLowerCase();
    return [[0, m[1] ? months(String((Number(m[1]) || NUMBER_WORDS[m[1]] || 0) + 1), unit) : months(m[3]!, unit)] as [number, number]];
  });
}

/**
 * "do you teach 7 year olds" -> "tutoring for grades 3 to 12": the text gives school grades, not
 * ages; which grade a child of that age is in is the visitor's to know, so the answer is quoted
 * with no yes or no of ours.
 */
export function ageByGradeOnly(typedQuestion: string, text: string): boolean {
  return ageTold(typedQuestion) !== null && /\bgrades? \d/i.test(text) && !ageRangesOf(text).length && !AGE_MIN.test(text) && !AGE_MAX.test(text);
}

// Grades: a school grade asked ("2nd graders") and the grades a guide gives ("grades 3 to 12").

/** A school grade's word ("grade", "graders") and its number before ("10th", "10" once read casually) or after ("grade 5"). */
const GRADE_WORD = /^grad(?:e|es|er|ers)$/;
const GRADE_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
/** The grade and its word as one ("2nd-graders", "10th-grade"). */
const GRADE_JOINED = /^(\d{1,2})(?:st|nd|rd|th)?-grad(?:e|es|er|ers)$/;
const KINDERGARTEN = /^(?:kindergarten|kinder|pre-?k)$/;

/**
 * The school grade told by word `i` of a question's words (`ws`, as lexical's words() gives them):
 * "10th GRADE", "10th grade", "GRADE 5", "2nd-GRADERS", "KINDERGARTEN" (0); null when that word tells
 * none. The one reading of a grade told, for its weight (answer-query) and for the range it is in (outsideRange).
 */
export function gradeAt(ws: readonly string[], i: number): number | null {
  const w = ws[i] ?? '';
  if (KINDERGARTEN.test(w) || (w === 'k' && ws[i - 1] === 'pre')) return 0;
  const joined = GRADE_JOINED.exec(w);
  if (joined) return Number(joined[1]);
  const before = GRADE_NUMBER.exec(ws[i - 1] ?? '');
  const after = /^\d{1,2}$/.exec(ws[i + 1] ?? '');
  if (GRADE_WORD.test(w)) return before ? Number(before[1]) : after ? Number(after[0]) : null;
  const own = GRADE_NUMBER.exec(w);
  if (own && (GRADE_WORD.test(ws[i + 1] ?? '') || (ws[i - 1] === 'grade' && !GRADE_NUMBER.test(ws[i - 2] ?? '')))) return Number(own[1]);
  return null;
}

/** A school grade the question gives ("2nd graders", "grade 5", "kindergarten" = 0). */
function gradeAsked(question: string): number | null {
  const ws = words(question.toLowerCase());
  for (let i = 0; i < ws.length; i++) {
    const grade = gradeAt(ws, i);
    if (grade !== null) return grade;
  }
  return null;
}

const GRADE_RANGE = /\b(?:grades? (k|\d{1,2})(?:st|nd|rd|th)?|(k))\s*(?:to|-|\u2013|through|thru)\s*(\d{1,2})(?:st|nd|rd|th)?\b/i;

/** The grades a sentence gives ("grades 3 to 12", "K-5"; kindergarten = 0). */
function gradeRange(text: string): [number, number] | null {
  const m = GRADE_RANGE.exec(text);
  return m ? [/^k$/i.test(m[1] ?? m[2] ?? '') ? 0 : Number(m[1] ?? m[2]), Number(m[3])] : null;
}

/** A number said in a range of grades or ages the sentence gives ("5" in "grades 3 to 12", "7" in "ages 5 to 12"). */
export function numberInLevelRange(n: number, text: string): boolean {
  return [gradeRange(text), ageRangeOf(text)].some((range) => !!range && n >= range[0] && n <= range[1]);
}

/**
 * "do you tutor 2nd graders" -> "tutoring for grades 3 to 12"; "my son is 4, can he join" ->
 * "Lessons for ages 5 to 12": a grade or an age (answer-unanswered's limits) outside what the
 * sentence gives is a no (asked whether too young or too old, one inside is).
 */
export function outsideRange(question: string, text: string): boolean {
  const grade = gradeAsked(question);
  const range = grade === null ? null : gradeRange(text);
  return (!!range && (grade! < range[0] || grade! > range[1])) || ageVerdict(question, text) === 'No';
}
