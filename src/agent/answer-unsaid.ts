import { isStopWord, stem, terms, words } from '../ai/lexical.js';
import type { Unit } from './answer-units.js';
import { morphMatch, toldThenAsked } from './answer-words.js';
import { troubleTerms } from './answer-kind.js';
import { holidayOfAnother, namesAny, PRICE_SAID, QUALITY_ASKED } from './answer-unanswered.js';
import { SPAN_SAID } from './answer-measures.js';
import { bringAnswered } from './answer-bring.js';

// More questions a unit must say a particular thing to answer (answer-unanswered has the first ones):
// how long a job takes, a facility of the business's own, a safety under a condition, the visitor's
// own goods, a model by its number. A unit that leaves it unsaid is no answer (answer-extract refuses it).

/** "how long does a winch-out TAKE", "how long is a sweep", "how much time does it take": how long a job takes. */
const DURATION_ASKED = /\bhow (?:long|much time) (?:does|do|will|would|should|is|are)\b(?!\s+(?:you|u|ya|y'all|you guys|we|they)\b)(?:\s+[\w'-]+){1,6}?\s+(?:take|takes|last|lasts)\b|^how long (?:is|are) (?:a|an|the|your) [\w'-]+(?: [\w'-]+)?\W*$/;
/**
 * Spans that are no job's length: a billing step ("$125 for the first 30 minutes", "$20 per 15 minutes",
 * "includes the first half hour", "$95 per hour", "two hours minimum"), an arrival window or a
 * notice ("a 2-hour arrival window", "texts you 30 minutes before arriving", "when the sweep is 30
 * minutes out").
 */
const NO_JOB_SPAN = new RegExp(
  [
    String.raw`\b(?:for|per|each|every|after|includes?|including|included) (?:the )?(?:first |extra |additional |next |each )?(?:\d+|one|two|three|half an?|an?)[- ]?(?:minutes?|mins?|hours?|hrs?|half hours?)\b`,
    String.raw`\b(?:per|an|a|each|every) (?:hour|hr|minute|min)\b`,
    String.raw`\b(?:\d+|one|two|three|four)[- ](?:minutes?|hours?)(?: arrival)? (?:window|minimum|notice|ahead|before|out|away|early|late)\b`,
    String.raw`\b(?:\d+|one|two|three|four) (?:minutes?|hours?) (?:minimum|notice|ahead|before (?:arriving|we arrive|arrival)|out|away)\b`,
    // (How often it is done: "have the tank pumped EVERY 3 TO 5 YEARS", "every 6 months".)
    String.raw`\bevery (?:other |few )?(?:(?:\d+|one|two|three|four|five|six|ten|twelve)(?:\s*(?:-|to)\s*\d+)?\s*)?(?:days?|weeks?|months?|years?)\b`,
  ].join('|'),
  'gi',
);

/**
 * "how long does a winch out usually take" -> "Winch-out: $125 for the first 30 minutes, then $75 per
 * extra 30 minutes", "how long does a sweep take" -> "You get a 2-hour arrival window and a text when
 * the sweep is 30 minutes out": how long the job takes is answered by a span of the job, not by a
 * billing step, an arrival window or a notice; with those spans taken out, no span is left.
 * ("how long does a septic pumping take" -> "have the tank pumped every 3 to 5 years": how often, no length.)
 */
export function durationUnanswered(plainQuestion: string, text: string): boolean {
  if (!DURATION_ASKED.test(plainQuestion) || !SPAN_SAID.test(text)) return false;
  return !SPAN_SAID.test(text.replace(NO_JOB_SPAN, ' '));
}

/** "is there a POOL at the center", "do you have a gym": a facility of the business asked about (group 1: the thing). */
const FACILITY_ASKED = /^(?:is|are) there (?:a|an|any) (?:[\w'-]+ ){0,2}?([\w'-]+)(?: (?:at|in|on) (?:the|your|this) [\w'-]+(?: [\w'-]+)?)?\W*$|^(?:do|does) (?:you|u|you guys|the \w+) have (?:a|an|any) (?:[\w'-]+ ){0,2}?([\w'-]+)\W*$/;

/**
 * "is there a pool at the center" -> "Yes. Every Wednesday is swim day at the Linden Park pool": the
 * thing asked for is said only as a place of that name elsewhere ("at the Linden Park pool", "to the
 * Westfield Y gym"), another's facility, so no yes (nor any answer: the page never says the business
 * has one).
 */
export function facilityElsewhere(plainQuestion: string, text: string): boolean {
  const m = FACILITY_ASKED.exec(plainQuestion);
  const thing = m?.[1] ?? m?.[2];
  if (!thing) return false;
  const named = new RegExp(String.raw`\b(?:at|in|to|from|near) (?:the )?(?:[A-Z][\w'’-]*\s+)+${thing}s?\b`, 'g');
  const said = new RegExp(String.raw`\b${thing}s?\b`, 'gi');
  const elsewhere = text.match(named)?.length ?? 0;
  return elsewhere > 0 && elsewhere === (text.match(said)?.length ?? 0);
}

/** "is the generator safe to run IN THE RAIN", "is it ok during pregnancy": the condition a safety is asked under (group 1). */
const SAFE_WHEN = /\b(?:safe|unsafe|dangerous|ok|okay)\s+(?:to\s+[\w'-]+\s+(?:it\s+|them\s+)?)?(?:in|during|under|after|before|while|when)\s+(?:the|a|an|my|our|heavy|light|really|very)?\s*([\w'-]+)/;

/**
 * "is the generator safe to run in the rain" -> "Yes. The safe way to use it is an inlet box outside
 * ...": a safety asked under a condition is answered by a sentence that names the condition (itself
 * or a related word, `related`); "the safe way to use it" says nothing of rain.
 */
export function safeWhenUnsaid(plainQuestion: string, text: string, related: (term: string) => readonly string[]): boolean {
  if (!QUALITY_ASKED.test(plainQuestion)) return false;
  const when = SAFE_WHEN.exec(plainQuestion)?.[1];
  const t = terms(when ?? '').filter((w) => !isStopWord(w));
  if (!t.length) return false;
  return !namesAny(t.flatMap((w) => [w, ...related(w)]), new Set(terms(text)));
}

/** The visitor's own thing, bought elsewhere ("a screen protector I BOUGHT SOMEWHERE ELSE", "if i buy one myself", "a lifter i got online"). */
/** (Bought "online" only in the past: "can i BUY one online" asks to buy it from the business.) */
const OWN_SUPPLY = /\bi (?:bought|got|ordered|purchased|have)\b(?:\s+[\w'-]+){0,3}?\s+(?:somewhere else|elsewhere|online|myself|on amazon|from amazon|off amazon|at (?:home depot|lowes|costco|walmart|best buy|a store))\b|\bi (?:buy|get|order)\b(?:\s+[\w'-]+){0,3}?\s+(?:somewhere else|elsewhere|myself|on amazon|from amazon|off amazon|at (?:home depot|lowes|costco|walmart|best buy|a store))\b|\bmy own\b/;
/** A sentence that speaks of what the customer supplies ("parts the customer supplies", "bring your own", "Boarders may use THEIR OWN vet", "supplied by you", "no OUTSIDE ammo"). */
const SAYS_OWN_SUPPLY = /\b(?:customer[- ]supplied|(?:customer|client|you|visitor)s? (?:supply|supplies|provide|provides|bring|brings|buy|buys)|supplied by (?:you|the customer)|(?:your|their) own|bought elsewhere|you bought|you buy|bring (?:your|their) own|(?:bring|no|any) outside (?!of\b|the\b|hours?\b|our\b)[a-z]+)\b/i;

/**
 * "can you put on a screen protector i bought somewhere else" -> "Yes. We sell screen protectors ($25,
 * installed free)": what the business does with its own goods is no word on the visitor's own,
 * bought elsewhere; only a sentence about what customers supply answers it.
 */
export function ownSupplyUnsaid(plainQuestion: string, text: string, heading = ''): boolean {
  // ("do i need to bring MY OWN shoes" asks whether they are had there, as answer-bring reads it: "Climbing shoes rent for $6".)
  // (Its section's heading speaks of it too: "Bring firearms in unloaded and cased." under "Bringing your own firearms".)
  return OWN_SUPPLY.test(plainQuestion) && !SAYS_OWN_SUPPLY.test(text) && !SAYS_OWN_SUPPLY.test(heading) && !bringAnswered(plainQuestion, text);
}

/**
 * "how much for an iPHONE 16 screen" against "| Repair | iPhone 11-13 | iPhone 14-15 |": a model the
 * question names by its number, when the table names that model only by other numbers or ranges
 * (its column headers, or the row's label), is a model the table does not price ("8 and newer" is
 * open upwards).
 */
export function modelOutsideTable(question: string, u: Unit): boolean {
  const said = [u.label ?? '', ...(u.cells ?? []).map((c) => c.header)].join(' ; ');
  for (const m of question.toLowerCase().matchAll(/\b([a-z][a-z-]{2,}) (\d{1,3})\b(?!\s*(?:%|am|pm|inch(?:es)?|in|ft|feet|foot|lbs?|kg|kw|hp|amps?|volts?|v|gallons?|years?|months?|weeks?|days?|hours?|minutes?|mins?)\b)/g)) {
    // ("how much FOR 2 dogs": a word of the sentence, no model's name.)
    if (isStopWord(m[1]!) || /^(?:about|around|under|over|than|only|just|like|per|each|every|get|have|need|want|got)$/.test(m[1]!)) continue;
    const spans = [...said.matchAll(new RegExp(String.raw`\b${m[1]}\s+(\d{1,3})(?:\s*[-–]\s*(\d{1,3})|\s*(\+|and (?:newer|up|later|above)))?`, 'gi'))];
    if (!spans.length) continue;
    const n = Number(m[2]);
    if (!spans.some((s) => n === Number(s[1]) || (s[2] && n >= Number(s[1]) && n <= Number(s[2])) || (s[3] && n >= Number(s[1])))) return true;
  }
  return false;
}

/** Whether someone else pays: "does THAT COVER your lockout fee", "is it COVERED BY my insurance", "will my warranty PAY FOR it". */
// ("is whitening covered by insurance", "is a crown covered by my plan": the thing by its bare name or with "a".)
/** "IS WHITENING (be) covered", "ARE THE X-RAYS covered": the thing whose paying is asked. */
const IS_THING = String.raw`\b(?:is|are|will|would) (?:that|it|this|they|(?:the|a|an|my|your|our) [\w'-]+(?: [\w'-]+)?|[\w'-]+(?: [\w'-]+)?) (?:be )?`;
const PAYER_ASKED = new RegExp(String.raw`\b(?:does|do|will|would|can|could) (?:that|it|this|they|my [\w'-]+(?: [\w'-]+)?|the [\w'-]+|[\w'-]+) (?:cover|covers|pay for|reimburse)\b|${IS_THING}(?:covered|paid|reimbursed) (?:by|under|through)\b`);
/** "are fillings covered", "is it covered?": covered, by nobody named, is whether a plan or an insurer pays. */
const COVERED_ALONE = new RegExp(String.raw`${IS_THING}covered\s*[?.!]*$`);
/** Who pays, said of a payer at all (for COVERED_ALONE). */
// (Or that it is part of the price: "is lunch covered" -> "Lunch is included".)
const ANY_PAYER = /\b(?:insur\w*|cover\w*|plans?|warrant\w*|member\w*|benefits?|reimburs\w*|medicare|medicaid|in[- ]network|includ\w*|free|no charge|at no (?:extra )?cost)\b/i;
/** "patients WITHOUT INSURANCE": a payer said as absent is no word that it pays. */
// (Not "no insurance plan covers it": that is a no, and it names the payer.)
const WITHOUT_PAYER = /\bwithout (?:an? |any |dental |health |your |their )?(?:insur\w*|warrant\w*|member\w*|benefits?)\b/gi;
/** Who may pay, as visitors name them (each by its stem: an "insurer" speaks of "insurance"). */
const PAYERS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\binsurance\b|\binsurer\b/, /\binsur\w*/i],
  [/\bwarrant(?:y|ies)\b/, /\bwarrant\w*/i],
  [/\bmemberships?\b|\bmember\b/, /\bmember\w*/i],
  [/\b(?:aaa|caa|good sam|motor club|roadside club)\b/, /\b(?:AAA|CAA|Good Sam|motor clubs?)\b/i],
  [/\bmedicare\b/, /\bmedicare\b/i],
  [/\bmedicaid\b/, /\bmedicaid\b/i],
  [/\b(?:hsa|fsa)\b/, /\b(?:HSA|FSA)\b/i],
  [/\bbenefits?\b/, /\bbenefits?\b/i],
  // ("is a crown covered by my plan": a plan that pays is an insurer's or a membership's.)
  [/\bplan\b/, /\b(?:plans?|insur\w*|in[- ]network|member\w*)\b/i],
];

/**
 * "i have AAA, does that cover your car lockout fee" -> "Car lockout (daytime) — Price: $75": whether a
 * club, an insurer or a warranty pays is answered by a sentence that names that payer; the price of
 * the thing is no word on who pays it.
 */
export function payerUnsaid(plainQuestion: string, text: string): boolean {
  const said = text.replace(WITHOUT_PAYER, ' ');
  // ("are fillings covered" -> "Yes. Tooth-colored filling — Price: from $160.": a price says nothing of who pays.)
  if (COVERED_ALONE.test(plainQuestion) && !PAYERS.some(([asked]) => asked.test(plainQuestion))) return !ANY_PAYER.test(said);
  if (!PAYER_ASKED.test(plainQuestion)) return false;
  const payers = PAYERS.filter(([asked]) => asked.test(plainQuestion));
  // ("does insurance cover whitening" -> "... a savings plan for patients WITHOUT insurance": no insurer that pays.)
  return payers.length > 0 && !payers.some(([, named]) => named.test(said));
}

/** A vehicle or a vessel, where work done is another job than in a home or a business ("on my RV", "in a food truck", "on boats"). */
const VEHICLE_AT = /\b(?:on|in|at|inside|for|to|from|of) (?:(?:my|our|the|a|an|his|her|their|your|this|that) )?((?:food |box |pickup |fifth |travel |motor |tiny |mobile )?(?:rvs?|campers?|motorhomes?|motor ?homes?|trailers?|wheels?|boats?|yachts?|sailboats?|pontoons?|houseboats?|jet ?skis?|trucks?|vans?|cars?|buses|bus|planes?|airplanes?|houses?|homes?))\b/g;
/** Of those, the phrases that name one (a "motor home", "tiny house" or "fifth wheel" is one; a "house" or "home" alone is no vehicle). */
const VEHICLE_NAME = /^(?:(?:food |box |pickup )?(?:trucks?)|(?:fifth )wheels?|(?:travel )?trailers?|motor ?homes?|motorhomes?|(?:tiny|mobile) (?:houses?|homes?)|rvs?|campers?|boats?|yachts?|sailboats?|pontoons?|houseboats?|jet ?skis?|vans?|cars?|bus|buses|planes?|airplanes?)$/;

/**
 * "can you pump the holding tank on my RV" -> "Yes. Most households should have the tank pumped ...",
 * "can you fix the fridge on my BOAT" -> "Yes. Appliances: Dometic and Norcold refrigerators ...": the
 * work asked is on a vehicle or vessel that the page never names (a word of it the knowledge never
 * uses: `unknown`), so whatever it says of the job is said of the homes it works in, no answer for that.
 */
export function vehicleUnnamed(plainQuestion: string, unknown: (word: string) => boolean): boolean {
  // (Only where the work is asked: "my dog got fleas IN MY CAMPER, can you give him a flea bath" tells where it happened.)
  const asked = plainQuestion.split(/(?<=[?])\s+/).flatMap((s) => toldThenAsked(s).filter((p) => !p.told).map((p) => p.text)).join(' ') || plainQuestion;
  for (const m of asked.matchAll(VEHICLE_AT)) {
    const phrase = m[1]!;
    if (VEHICLE_NAME.test(phrase) && phrase.split(/\s+/).some(unknown)) return true;
  }
  return false;
}

/** The job the visitor means to do themselves ("if i INSTALL it myself", "i'll fit them on my own"): group 1, the verb. */
const SELF_DONE_JOB = /\bi(?:'ll| will|'d| would| can| could)? (install|fit|mount|hang|assemble|put)\b(?:\s+[\w'-]+){0,3}?\s+(?:myself|ourselves|on my own)\b/;

/** A sentence that speaks of the customer doing the job ("you can install it yourself", "DIY kit"). */
const SAYS_SELF_DONE = /\b(?:yourself|yourselves|do-it-yourself|diy|you (?:install|fit|mount|hang|assemble|put))\b/i;

/**
 * "how much is just the booster fan if i INSTALL it myself" -> "A booster fan INSTALLED costs $595": the
 * price said is of the thing with the job the visitor means to do, so no price of the thing alone.
 */
export function selfDoneJobPriced(plainQuestion: string, text: string): boolean {
  const verb = SELF_DONE_JOB.exec(plainQuestion)?.[1];
  if (!verb) return false;
  const job = terms(verb)[0];
  return !!job && terms(text).includes(job) && !SAYS_OWN_SUPPLY.test(text) && !SAYS_SELF_DONE.test(text);
}

/**
 * The answer leaves unsaid what the question turns on (answer-extract's gate, in order):
 * - "how long does a winch out take" -> "$125 for the first 30 minutes, then $75 per extra 30 minutes": a billing step, an arrival window or a notice is no job's length;
 * - "i have AAA, does that cover your lockout fee" -> "Car lockout (daytime) — Price: $75": who pays, never said;
 * - "are you open on thanksgiving" -> "No. Closed on Christmas Day.": another holiday's (answer-unanswered holidayOfAnother);
 * - "is there a pool at the center" -> "Yes. Every Wednesday is swim day at the Linden Park pool": another place's;
 * - "is the generator safe to run in the rain" -> "Yes. The safe way to use it is an inlet box outside": nothing of the rain;
 * - "can you put on a screen protector i bought somewhere else" -> "Yes. We sell screen protectors ...": the business's own goods, not the visitor's.
 */
export function unsaidInAnswer(plainQuestion: string, text: string, yesNo: boolean, related: (term: string) => readonly string[], heading = ''): boolean {
  if (durationUnanswered(plainQuestion, text) || payerUnsaid(plainQuestion, text) || holidayOfAnother(plainQuestion, text) || wearUnsaid(plainQuestion, text) || toDoPriced(plainQuestion, text)) return true;
  if (yesNo && /^yes\b/i.test(text) && (namedOnlyAsAbsent(plainQuestion, text) || countedThingUnsaid(plainQuestion, text))) return true;
  return yesNo && (facilityElsewhere(plainQuestion, text) || safeWhenUnsaid(plainQuestion, text, related) || ownSupplyUnsaid(plainQuestion, text, heading) || atOnceUnsaid(plainQuestion, text));
}

/** What to do asked after what happened ("my gun JAMMED, what do i do"): the story before it (group 1). */
const TO_DO_ASKED = /^(.+?)[,.!?\s]+(?:so |now )?what (?:do|should|can|shall|must) (?:i|we) do\b/;

/**
 * "my gun jammed what do i do" -> "Handgun rental: $15 per gun" (shooting range QA): what to do about what happened
 * is asked, and a price that says nothing of it ("jammed") is no answer, nor anything that says nothing of a thing's
 * trouble ("Indoor shooting range and firearms training"). (What happened, said by the service priced, is one:
 * "i locked my keys in the car what do i do" -> "Car LOCKOUT: $75".)
 */
function toDoPriced(plainQuestion: string, text: string): boolean {
  const story = TO_DO_ASKED.exec(plainQuestion)?.[1];
  if (!story || /\b(?:how much|cost|price|charge|fee)\b/.test(plainQuestion)) return false;
  const said = words(text);
  const saysOf = (ts: string[]) => ts.some((h) => said.some((w) => w.startsWith(h)));
  const trouble = [...troubleTerms(story)];
  // (The thing in trouble, named with a fix for it, answers: "my zipper is broken what do i do" -> "Replace zipper — $22",
  // "my brakes are squeaking" -> "Brake adjustment — $15" (reviewer); a rental of it is none: "Handgun rental: $15 per gun".)
  const named = new Set(terms(text));
  const fixed = FIXING.test(text) && terms(story).some((t) => !trouble.includes(t) && named.has(t));
  if (trouble.length && !saysOf(trouble) && !fixed) return true;
  // (What happened is the story's verb after who or what it happened to: not "morning", "wedding" or "nothing".)
  const happened = [...story.matchAll(HAPPENED)].map((m) => stem(m[1]!));
  return PRICE_SAID.test(text) && happened.length > 0 && !saysOf(happened) && !fixed;
}
/** A fix done to a thing ("Replace zipper", "Brake adjustment", "installed batteries", "we repair ..."). */
const FIXING = /\b(?:repair|replac|fix|adjust|install|test|clean|servic|unblock|unclog|clear|reset|jump|tow|rekey|patch|tune|diagnos|sharpen|re-?string)\w*/i;
/** A story's verb after who or what it happened to ("my gun JAMMED", "i LOCKED my keys in", "it was LEAKING"). */
const HAPPENED = /\b(?:i|we|it|they|he|she|(?:my|our|the|his|her) [a-z]+)(?: (?:is|are|was|were|got|has|have|had|just|accidentally|keeps?))? ([a-z]{3,}(?:ed|ing))\b/g;

/** What to wear asked ("what should i WEAR", "can i wear sandals", "a T SHIRT"), with what is worn when it is named (group 1). */
// (By a person: not "for WEAR AND TEAR" or "my tires are WEARING unevenly", reviewer.)
const WEAR_ASKED = /\b(?:i|we|you|u|he|she|they|kids?|children|(?:my|our) [a-z]+|to) (?:[a-z']+ )?(?:wear|wearing)\b(?! and tear\b| (?:out|down|unevenly|thin|off)\b)(?: (?:a|an|the|my|our|any|some) )?(?: ?((?:t[- ]|tee )?[a-z]{3,}))?/;
/** An answer that says what to wear: wearing, clothes, or a rule on them ("No open-toed shoes", "Closed-toe shoes are required", "Street shoes are not allowed"). */
const WEAR_SAID = /\b(?:wear|wearing|worn|clothes|clothing|dress|attire|required|must|not allowed|allowed only)\b|(?:^|[.;:,(]\s*)no\b/i;

/**
 * "what should i wear" -> "Shoe rental is $4.50 per person." (bowling): a shoe or a shirt named for its rent or
 * its price says nothing of what to wear (lexical-related's IMPLIES finds the shoes a dress rule names).
 */
function wearUnsaid(plainQuestion: string, text: string): boolean {
  const asked = WEAR_ASKED.exec(plainQuestion);
  // (What is worn, named by the answer, is answered: "do i need to wear a HELMET" -> "HELMETS are provided".)
  const worn = asked?.[1] ? terms(asked[1])[0] : undefined;
  return !!asked && !WEAR_SAID.test(text) && !(worn && terms(text).includes(worn));
}

/**
 * "can i wear a T SHIRT" -> "COLLARED shirts or golf mock necks." (golf QA): a kind of the thing worn is asked and the answer
 * names another kind of it, so it is no yes (nor a sure no: quoted alone).
 */
export function wornKindOtherwise(plainQuestion: string, text: string): boolean {
  const asked = /\b(?:wear|wearing) (?:a |an |the |my |our |any |some )?([a-z]+)[- ]([a-z]{3,})\b/.exec(plainQuestion);
  if (!asked || !WEAR_ASKED.test(plainQuestion)) return false;
  const head = stem(asked[2]!);
  return [...text.toLowerCase().matchAll(/\b([a-z-]{3,}) ([a-z]{3,})\b/g)].some((m) => stem(m[2]!) === head && m[1] !== asked[1] && !isStopWord(m[1]!));
}

/** Several asked for at one time ("can i bring my 3 kids AT THE SAME TIME", "can u do both cars AT ONCE"). */
const AT_ONCE_ASKED = /\b(?:at the same time|same time|at once|back to back|same appointment|same visit)\b/;
/** An answer that speaks of several at one time: together, a number at a time, siblings, a family or a group. */
const AT_ONCE_SAID = /\b(?:same time|at once|together|at a time|back[- ]to[- ]back|same (?:appointment|visit|slot|day)|siblings?|brothers?|sisters?|famil(?:y|ies)|groups?|up to \d+|\d+ (?:max|maximum|per (?:visit|appointment|session)))\b/i;

/**
 * "can i bring my 3 kids at the same time" -> "Yes. We offer sealants and fluoride for kids.": whether
 * several come at one time is asked, and the answer names the thing without a word of that: no yes.
 */
function atOnceUnsaid(plainQuestion: string, text: string): boolean {
  return AT_ONCE_ASKED.test(plainQuestion) && !AT_ONCE_SAID.test(text);
}

/** "patients WITHOUT INSURANCE", "NON-smoking": a thing named as absent (group 1). */
// (Only "without": "No fee with 24 hours notice" is an exception told, and still a yes to a fee.)
const ABSENT = /\b(?:without|non-)\s*(?:an?\s+|any\s+)?([a-z][\w'-]*)/gi;
/** The same in a question, with what the visitor lacks ("i DONT HAVE insurance, do you have payment plans"). */
const LACKED = /\b(?:without|no|non-|(?:don'?t|do not|doesn'?t|does not|dont) have|have no|not have)\s*(?:an?\s+|any\s+)?([a-z][\w'-]*)/gi;

/**
 * "do you accept my insurance" -> "Yes. We offer an in-house savings plan for patients WITHOUT
 * INSURANCE": the thing asked about is named only as absent, which says nothing of its being
 * there, so no yes. (Asked as absent or lacked itself, "can i come without an appointment", "i dont
 * have insurance, do you have payment plans", it is the question.)
 */
export function namedOnlyAsAbsent(plainQuestion: string, text: string): boolean {
  const absent = new Set([...text.matchAll(ABSENT)].flatMap((m) => terms(m[1]!)));
  if (absent.size === 0) return false;
  const asked = terms(plainQuestion.replace(LACKED, ' '));
  const present = new Set(terms(text.replace(ABSENT, ' ')));
  return asked.some((t) => absent.has(t) && !present.has(t));
}

/** The place a service goes from or to, in a question ("do you do pick up FROM SCHOOL", "do you deliver TO HOSPITALS"): group 1. */
/** (After a fetching or carrying word: "bolt them TO THE FLOOR", "come out TO LOOK at it" name no place a service goes.) */
const PLACE_OF_SERVICE =
  /\b(?:pick ?ups?|picking up|pick (?:[a-z]+ )?up|drop ?offs?|dropping off|drop (?:[a-z]+ )?off|deliver(?:y|ies|s|ing)?|rides?|transport(?:s|ation)?|shuttles?|take(?: [a-z]+)?)\s+(?:[a-z]+\s+){0,2}?(?:from|to)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|a\s+|an\s+|your\s+)?([a-z]{4,})\b/g;

/**
 * "do you do pick up from school" -> "Yes. Late pickup after 6:00pm is charged $1 per minute.": the
 * place a service would go from or to is part of what is asked, and an everyday word the knowledge
 * never uses ("school", which the rarer-word rule lets pass as filler) is then no filler: a unit
 * that leaves it unsaid says nothing of that service (QA 34, a child care center's page).
 * `unsaid(term)`: the term is one of the question's, unknown to the knowledge and unmatched by the unit.
 */
export function placeOfServiceUnsaid(plainQuestion: string, unsaid: (term: string) => boolean): boolean {
  for (const m of plainQuestion.matchAll(PLACE_OF_SERVICE)) {
    const term = terms(m[1]!)[0];
    if (term && !isStopWord(m[1]!) && unsaid(term)) return true;
  }
  return false;
}

/** A number of things asked ("can i play 27 HOLES"), in digits; a form of the things' word will do ("5th GRADERS" -> "grades 3 to 12"). */
const COUNTED_ASKED = /\b(\d+)\s+([a-z]{3,}s)\b/g;

/**
 * "can i play 27 holes" -> "Yes. Three short horns mean play may resume." (golf QA): a yes to a number of things
 * needs an answer that names the things; one that shares only the verb says nothing of them.
 */
function countedThingUnsaid(plainQuestion: string, text: string): boolean {
  const said = new Set(terms(text));
  return [...plainQuestion.matchAll(COUNTED_ASKED)].some((m) => !/^(?:years?|yrs|months?|weeks?|days?|hours?|minutes?|mins|people|ppl|persons|guests|kids|adults|of)$/.test(m[2]!) && terms(m[2]!).every((t) => !said.has(t) && !morphMatch(t, said)));
}
