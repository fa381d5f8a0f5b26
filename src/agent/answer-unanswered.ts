import { isStopWord, terms } from '../ai/lexical.js';
import { morphMatch } from './answer-words.js';

// Questions a sentence must say a particular thing to answer: whether one must be present, whether
// something is needed, whether it costs anything, an age limit. A unit that leaves the thing unsaid
// is no answer to them (answer-extract refuses it), whatever else it shares with the question.

/** "do i need to BE HOME", "does someone have to be there": whether the visitor must be present. */
const PRESENCE_ASKED = /\b(?:need|needs|have|has|got|must|should|supposed) to be (?:home|there|here|present|around|on site|onsite|in)\b|\b(?:must|should) (?:i|we|someone|somebody|anyone|an adult) be (?:home|there|present|around)\b/;
/** A sentence that says who must be present or how the team gets in. */
const SAYS_PRESENCE = /\b(?:be|being|stay|someone|somebody|anyone|anybody|adult|you)\b[^.]{0,40}\b(?:home|there|present|around|on site|onsite)\b|\blet (?:us|them|the \w+|our \w+) in\b|\b(?:access|key|keys|lockbox|door code|presence|attend|while you(?:'re| are) (?:out|away|at work))\b/i;

/**
 * A question about being present answered by a sentence that is not ("do i need to be home for the
 * inspection" -> "an inspection is NEEDED when buying or selling a HOME": its words, another matter).
 */
export function presenceUnanswered(plainQuestion: string, text: string): boolean {
  return PRESENCE_ASKED.test(plainQuestion) && !SAYS_PRESENCE.test(text);
}

/** "do i NEED AN appointment", "does my dog need a vaccine": whether a thing is needed (the thing as typed). */
const NEED_ASKED = /^(?:do|does|will|would) (?:i|we|you|u|my \w+|our \w+|he|she|they|kids?|children) (?:need|have to have|require) (?:a|an|any|the|to have an?) ([a-z-]+)/;
/** An answer that says whether something is needed ("required", "no need", "walk-ins welcome", "optional"). */
const SAYS_NEED = /\b(?:needs?|needed|requires?|required|requirements?|must|have to|has to|necessary|mandatory|essential|optional|recommend(?:s|ed)?|walk-?ins?|only)\b/i;

/**
 * "do i need an appointment" -> "Puppy visits (20 minutes ...)", "Weekly mowing — $45 per visit":
 * the thing asked whether needed is met only by a related word ("visit", "book") in a unit that
 * says nothing of needing it: no yes or no (`thingSaid`: the unit says the thing as itself).
 */
export function needUnanswered(plainQuestion: string, text: string, thingSaid: (thing: string) => boolean): boolean {
  const thing = NEED_ASKED.exec(plainQuestion)?.[1];
  return !!thing && !SAYS_NEED.test(text) && !thingSaid(thing);
}

/** A question whether something costs ("do recitals COST ANYTHING", "is there a FEE for parking", "do i have to PAY for the visit"). */
const CHARGE_ASKED = /\b(?:cost(?:s)? (?:anything|extra|more|money)|(?:is|are) there (?:a|an|any) (?:\w+ )?(?:fee|charge|cost)s?|(?:any|extra|additional) (?:fee|charge|cost)s?|(?:do|will|would) (?:i|we) (?:have to |need to )?pay|(?:do|will) you charge)\b/;
/** Said of a price, "no" means free: "at no extra cost", "no additional charge". */
export const NO_CHARGE = /\b(?:(?:at|for|with) )?no (?:extra |additional |added |hidden )?(?:cost|charge|fee)s?\b/i;
/** An answer that says it is free ("free for students", "at no charge", "no extra cost", "complimentary"). */
const SAYS_FREE = new RegExp(String.raw`\b(?:free|complimentary|free of charge)\b|${NO_CHARGE.source}`, 'i');

/** "do recitals cost anything" -> "Participation is free for students": the answer to whether it costs is a no (and no price is said). */
export function saysFreeOfCharge(plainQuestion: string, text: string): boolean {
  return CHARGE_ASKED.test(plainQuestion) && SAYS_FREE.test(text) && !PRICE_SAID.test(text);
}

/**
 * A price said: a figure, but not one that is only a bound ("any work OVER $50", "orders ABOVE $200"
 * price nothing: "do you charge for the estimate" -> "We quote before we start any work over $50"
 * says nothing of paying for the quote).
 */
export const PRICE_SAID = /(?<!\b(?:over|above|under|below|than|exceeding|beyond)\s+)[$€£]\s?\d/i;
/**
 * An answer that speaks of paying: a price, a share, a fee, a charge, a cost, a deposit ("do i have to
 * pay a deposit on parts" -> "Orders for special parts over $300 need a 50% deposit").
 */
const SAYS_CHARGE = new RegExp(String.raw`${PRICE_SAID.source}|\d%|\b(?:fees?|charges?|charged|surcharges?|costs?|extra|billed|paid|prices?|rates?|deposits?|free|complimentary)\b`, 'i');

/** "do u charge for travel to dunmore" -> "Dunmore, Elgin and Fairhaven.": a question whether it costs, and an answer that says nothing of paying. */
export function chargeUnanswered(plainQuestion: string, text: string): boolean {
  return CHARGE_ASKED.test(plainQuestion) && !SAYS_CHARGE.test(text);
}

/**
 * Whether a thing is safe (or harmless, toxic, organic...) for someone: "is it safe for my pets", "r ur
 * products safe for kids", "is the spray toxic". (Not the noun: "the combo to my SAFE", "a gun safe".)
 */
const QUALITY_ASKED = /^(?:is|are|r|would|will|was)\b(?:\s+[\w'-]+){0,6}?\s+(?:safe|unsafe|harmful|harmless|toxic|non-?toxic|poisonous|dangerous|organic|natural|hypoallergenic|eco-?friendly|(?:pet|kid|child|family)[- ](?:friendly|safe))\b(?!\s+(?:combination|combo|box|deposit)\b)/;
/** An answer that states the quality, or its opposite ("safe once dry", "non-toxic", "not harmful", "organic"). */
const SAYS_QUALITY = /\b(?:safe|safely|unsafe|harmful|harmless|toxic|non-?toxic|poisonous|dangerous|organic|natural|hypoallergenic|eco-?friendly|risk|risks)\b/i;

/**
 * "is it safe for my pets" -> "Pets and kids should stay off treated areas until they are dry": the
 * answer tells what to do, not whether it is safe, so it gets no "Yes." (nor a "No.") of its own:
 * the guide's words, quoted, are the answer.
 */
export function qualityUnanswered(plainQuestion: string, text: string): boolean {
  return QUALITY_ASKED.test(plainQuestion) && !SAYS_QUALITY.test(text);
}

/** "is HEAT included in the rent", "does the price include PARTS", "does it come with A CASE": whether a thing (group 1 or 2) is part of another. */
const INCLUSION_ASKED = /\b(?:is|are) ((?:[\w'-]+ ){1,4})(?:included|part of)\b|\b(?:does|do|will) (?:[\w'-]+ ){1,4}(?:include|includes|come with|cover) (?:an? |the |any |my )?([\w'-]+(?: [\w'-]+){0,2})/;
/** An answer that says what is included or what is extra: an inclusion, a price of its own, an exception. */
const SAYS_INCLUSION = new RegExp(String.raw`\b(?:includ\w*|comes? with|covers?|covered|separate(?:ly)?|extra|additional|on top of|plus|free|complimentary|part of|all-in|excluded)\b|${PRICE_SAID.source}`, 'i');

/**
 * "is heat included in the rent" -> "Emergency — Examples: No heat below 55°F inside ...": whether a
 * thing is part of another is answered by a unit that says what is included or what costs extra, not
 * by one that only names the thing (a "No heat" that is an emergency's description is no "no"); and
 * that says it of the thing asked ("Parking is included in the rent" says nothing of heat).
 */
export function inclusionUnanswered(plainQuestion: string, text: string): boolean {
  const asked = INCLUSION_ASKED.exec(plainQuestion);
  if (!asked) return false;
  if (!SAYS_INCLUSION.test(text)) return true;
  const thing = terms(asked[1] ?? asked[2] ?? '').filter((t) => !isStopWord(t));
  const said = new Set(terms(text));
  return thing.length > 0 && !thing.some((t) => said.has(t) || morphMatch(t, said));
}

/** "are you INSURED", "r u licensed and bonded": a standing of the business itself. */
const CREDENTIAL_ASKED = /^(?:are|r) (?:you|u|you guys|y'?all|ya|your (?:techs?|technicians?|staff|people|crews?|guys|instructors?|artists?|drivers?|movers?|cleaners?|team|workers?)) (?:(?:all|fully|properly|both) )?(insured|licensed|bonded|certified|registered|accredited)\b/;
/** The standing's word in an answer (any form: "insurance", "license", "certification"). */
const CREDENTIAL_WORD: Record<string, RegExp> = {
  insured: /\binsur\w*/gi,
  licensed: /\blicen[cs]\w*/gi,
  bonded: /\bbond\w*/gi,
  certified: /\bcertifi\w*/gi,
  registered: /\bregist\w*/gi,
  accredited: /\baccredit\w*/gi,
};

/**
 * "are you insured" -> "Written appraisals for insurance or sale: $95": the standing asked about is
 * named only as what another thing is FOR (a purpose, a kind of claim), not held by the business;
 * no yes (a "$5 million general liability insurance", "licensed by the county" still answers).
 */
export function credentialUnanswered(plainQuestion: string, text: string): boolean {
  const asked = CREDENTIAL_ASKED.exec(plainQuestion)?.[1];
  if (!asked) return false;
  const held = [...text.matchAll(CREDENTIAL_WORD[asked]!)].some((m) => !/\bfor (?:(?:an?|the|your|home|car|auto|life|health) )?$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!)));
  return !held;
}

/** A question of how long something lasts, takes or is good for ("how long does a compressor last", "how many years will it run"). */
const SPAN_ASKED = /\bhow (?:long|many (?:years|months|weeks|days|hours))\b/;
/** A question that is about a warranty itself ("how long is the warranty", "how long is my work GUARANTEED", "how long are repairs COVERED"). */
const WARRANTY_ASKED = /\b(?:warrant\w*|guarant\w*|cover|covers|covered|coverage|stand behind)\b/;
const WARRANTY = /\b(?:warrant(?:y|ies|ied)|guarantee[sd]?)\b/i;
/** A span said of a warranty: "a 5-YEAR compressor parts WARRANTY", "90 days on the repaired joint" under "# Warranty". */
const WARRANTY_SPAN = /\b(?:\d+|one|two|three|five|ten|lifetime)[- ](?:years?|months?|days?)\b(?:\s+[\w-]+){0,3}\s+(?:warrant(?:y|ies)|guarantee)\b|\b(?:warrant(?:y|ies)|guarantee)\s+(?:of|for|is|lasts)\s+(?:\d+|one|two|three|five|ten)\b/i;

/**
 * "how long does a compressor last" -> "Compressors we install: 1 year parts and labor, with a 5-year
 * compressor parts warranty": how long a warranty runs is no word on how long the thing lasts (or a
 * job takes); a span given in a warranty answers only a question about the warranty.
 */
export function warrantySpanElse(plainQuestion: string, text: string, heading: string): boolean {
  if (!SPAN_ASKED.test(plainQuestion) || WARRANTY_ASKED.test(plainQuestion)) return false;
  return WARRANTY.test(heading.split(' > ').pop() ?? '') || WARRANTY_SPAN.test(text);
}

/** The visitor tells the age of someone or a pet of theirs ("can my 7 YEAR OLD go", "my 10 WEEK OLD PUPPY"), not of a thing ("a 5 year old furnace"). */
const AGE_TOLD = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\s*(?:-\s*|\s)?(?:years?|yrs?|months?|mos?|weeks?|wks?)(?:-\s*|\s)?old(?:\s+(?:son|daughter|kid|child|boy|girl|baby|toddler|teen|teenager|grandson|granddaughter|niece|nephew|dog|puppy|pup|cat|kitten)s?\b|(?=\s+(?:can|could|go|join|come|do|be|is|take|use|ride|swim|play|attend|sign|stay|need|start|train|get|have|still|too)\b|\s*[?,.!]|\s*$))/;
/** An answer that speaks of age ("ages 5 to 10", "16 and over", "at least 6 months old", "adults only", "for puppies", "from 6 weeks"). */
const SAYS_AGE = /\b(?:ages?|aged|years? old|months? old|weeks? old|yrs? old|old enough|too young|adults?|minors?|kids?|children|child|teens?|teenagers?|infants?|babies|baby|toddlers?|puppies|puppy|kittens?|seniors?|grade|kindergarten)\b|\b\d+\s*(?:\+|and (?:over|up|older|under|younger)|or (?:older|over|younger))|\b(?:under|over|from|at least)\s+\d+\s*(?:years?|months?|weeks?)\b/i;

/** "can my 7 year old go on private rides" -> "Private rides (just you and a guide, 60 minutes)": a yes to an age needs an answer that speaks of age. */
export function ageUnanswered(plainQuestion: string, text: string): boolean {
  return AGE_TOLD.test(plainQuestion) && !SAYS_AGE.test(text);
}

const AGE_UNIT = String.raw`(?:years?|yrs?|months?|mos?|weeks?|wks?)`;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18 };
const NUMBER = String.raw`(\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
/** An age in weeks, from a number and its unit. */
const weeks = (n: string, unit: string) => (Number(n) || NUMBER_WORDS[n] || 0) * (/^y/.test(unit) ? 52 : /^mo/.test(unit) ? 4.35 : 1);
const AGE_TOLD_N = new RegExp(String.raw`\b${NUMBER}\s*(?:-\s*|\s)?(${AGE_UNIT})(?:-\s*|\s)?old\b`);
/** The least age a guide says ("at least 6 months old", "must be 16", "16 and over", "16+"), the unit after the number or, for a bare number, years. */
const AGE_MIN = new RegExp(String.raw`\b(?:at least|must be|minimum(?: age)?(?: of| is)?|aged?|from)\s+${NUMBER}\s*(${AGE_UNIT})?|\b${NUMBER}\s*(${AGE_UNIT})?(?:\s+old)?\s*(?:\+|and (?:over|up|older)|or (?:older|over))`, 'i');
/** The age a guide keeps a thing under ("for puppies under 6 months", "under 5 years"). */
const AGE_MAX = new RegExp(String.raw`\b(?:under|younger than|below)\s+${NUMBER}\s*(${AGE_UNIT})`, 'i');

/**
 * "can my 10 week old puppy go on group walks" -> "Dogs must be at least 6 months old ... for group
 * walks": the age the visitor tells is below the least age the answer says (or not under the
 * most), so the answer is a no. (Not a question whether it is too young: its yes is the same fact.)
 */
/** An age told in years without "old" after it ("4 year olds", "a 3yo", "my son is 4"). */
const AGE_TOLD_YEARS = /\b(\d{1,2})[- ]?(?:years?|yrs?)[- ]?olds\b|\b(\d{1,2}) ?(?:yo|y\/o)\b|\b(?:son|daughter|kid|child|boy|girl|he|she)(?:'s| is| turns| turned| just turned) (\d{1,2})\b/;
/** The ages a guide gives as a range, in years ("ages 5 to 12", "6 to 10 years old"). */
const AGE_RANGE = /\b(?:ages? (\d{1,2})|(\d{1,2}))\s*(?:to|-|\u2013|through|thru)\s*(\d{1,2})(?:(?<=ages? \d{1,2}\s*(?:to|-|\u2013|through|thru)\s*\d{1,2})|\s*(?:years?|yrs?)\b)/i;

/** The range of ages in years a text gives ("ages 5 to 12" -> [5, 12]), or null. */
export function ageRangeOf(text: string): [number, number] | null {
  const m = AGE_RANGE.exec(text);
  return m ? [Number(m[1] ?? m[2]), Number(m[3])] : null;
}

/** The age a question tells, in weeks ("my 10 week old puppy", "do you take 4 year olds", "my son is 4"). */
function ageTold(typedQuestion: string): number | null {
  const told = AGE_TOLD_N.exec(typedQuestion);
  if (told) return weeks(told[1]!, told[2]!);
  const years = AGE_TOLD_YEARS.exec(typedQuestion);
  return years ? weeks(years[1] ?? years[2] ?? years[3]!, 'years') : null;
}

/**
 * "do you teach 7 year olds" -> "tutoring for grades 3 to 12": the text gives school grades, not
 * ages; which grade a child of that age is in is the visitor's to know, so the answer is quoted
 * with no yes or no of ours.
 */
export function ageByGradeOnly(typedQuestion: string, text: string): boolean {
  return ageTold(typedQuestion) !== null && /\bgrades? \d/i.test(text) && !ageRangeOf(text) && !AGE_MIN.test(text) && !AGE_MAX.test(text);
}

export function ageOutsideLimit(typedQuestion: string, text: string): boolean {
  if (/\btoo (?:young|old|little|small)\b/.test(typedQuestion)) return false;
  const age = ageTold(typedQuestion);
  if (age === null) return false;
  // ("ages 5 to 12": 12 years and 11 months is still 12.)
  const range = ageRangeOf(text);
  if (range && (age < weeks(String(range[0]), 'years') || age >= weeks(String(range[1] + 1), 'years'))) return true;
  const min = AGE_MIN.exec(text);
  if (min) {
    const n = min[1] ?? min[3]!;
    const unit = min[2] ?? min[4] ?? 'years';
    if (age < weeks(n.toLowerCase(), unit.toLowerCase())) return true;
  }
  const max = AGE_MAX.exec(text);
  return !!max && age >= weeks(max[1]!.toLowerCase(), max[2]!.toLowerCase());
}

/** "is the first massage free", "are estimates free": whether the thing asked costs nothing. */
const FREE_ASKED = /^(?:is|are|r|will|would|do|does)\b(?:\s+[\w'-]+){1,8}?\s+free\b/;

/**
 * "is the first massage free" -> "Free parking behind the building ...": a yes to a question of
 * cost from a sentence where something else is free. The sentence must say the subject asked about
 * itself (a word of it, or a related one), not leave it to the page's title.
 */
export function freeOfAnother(plainQuestion: string, text: string, subject: ReadonlyArray<{ term: string; related: string[] }>): boolean {
  if (!FREE_ASKED.test(plainQuestion) || !/\bfree\b/i.test(text) || !subject.length) return false;
  const said = new Set(terms(text));
  // (A related word counts when it is not part of a name: "first" is no "New Year's Day".)
  const plainWords = new Set(terms(text.replace(/(?<=[\w,;:)] )(?:[A-Z][\w'’-]*\s?)+/g, ' ')));
  return !subject.some((q) => said.has(q.term) || q.related.some((r) => plainWords.has(r)) || morphMatch(q.term, said));
}

/** "is the hot stone add on free" -> "Hot stone add-on: $20 with any massage": a price for it, and no word of its being free, is a no. */
export function pricedWhenFreeAsked(plainQuestion: string, text: string): boolean {
  return FREE_ASKED.test(plainQuestion) && PRICE_SAID.test(text) && !/\bfree\b/i.test(text);
}
