import { isStopWord, normalizeCasual, normalizeText, relatedTerms, stem, terms, words } from '../ai/lexical.js';
import { daysNamed } from '../schedule/index.js';
import { outsideRange } from './answer-ages.js';
import { ALONE, NO_CHARGE, PRICE_SAID, QUALITY_ASKED, addedOnTop } from './answer-unanswered.js';
import { dayLeftOut, labelDaysLeaveOut, monthFit, openSeason, seasonLeftOut } from './answer-days.js';
import { overTheLimit } from './answer-limits.js';
import { toldThenAsked } from './answer-words.js';
import { innermostHeading } from '../knowledge/heading-path.js';
import { serviceVerb } from './answer-service.js';
import { HEDGE } from './answer-units.js';
export { broughtAlong, closingVerb, comingAlong, serviceAsked, serviceHead, serviceObject, serviceThing, serviceVerb } from './answer-service.js';

// Yes or no: which questions a yes or a no answers, what service a "do you do X Y?" names, and
// whether the quoted knowledge says no to it (read in the clause that holds the question's subject).

/** The part of a weighed question word that polarity reads (answer-extract's QueryTerm has it). */
export interface SubjectTerm {
  term: string;
  weight: number;
  related: string[];
  type: number | null;
  light: boolean;
}

const YES_NO = /^(?:do|does|did|is|are|was|were|can|could|will|would|should|have|has|may|might|am|any)\b/;
/** A sentence that opens with its own yes or no ("No, we ...", "No checks.", "Yes we do", "Sorry, not on Sundays"). */
// (A "No" before another thing is one too: "can i just walk in" -> "No appointment needed, just walk in" is
// no "No." to walking in, nor is "No food, nothing alive, ..., propane tanks" given a second one.)
// ("Usually not. Digital presses get within a shade ...": a guide's hedged reply is its yes or no, said as it says it.)
export const ANSWERS_ITSELF = new RegExp(`^(?:(?:yes|no|yep|nope|sure|absolutely|of course|definitely|certainly|sorry|unfortunately)\\b|${HEDGE}[.!])`, 'i');

// ("can i sleep in my unit" -> "NOBODY may live or sleep in a unit".)
// ("OUT OF NETWORK with all HMO plans": a payer a practice does not take.)
export const NEGATIVE = /\b(?:not|no|never|none|nobody|cannot|unable|closed|unavailable|out[- ]of[- ]network)\b|n't\b/i;
/** "non-refundable", "non-transferable": a policy that says a thing cannot be done. */
const NON_ABLE = /\bnon-?[a-z]+able\b/i;
/** A day that is hardly a day away. */
const SOON = /\b(?:today|tonight|tomorrow|tmrw|tmr|same day|this (?:afternoon|evening))\b/;
/** Notice of a day or more ("7 days' notice", "two weeks in advance", "48 hours ahead"; not a window: "book UP TO 7 days ahead"). */
const NOTICE_DAYS = /(?<!\b(?:up to|as (?:much|far) as|no more than|at most|within) )\b(?:\d+|one|two|three|four|five|six|seven|ten|fourteen)\s*(?:-\s*)?(?:days?|weeks?|months?)['’]?\s+(?:notice|in advance|ahead|beforehand)\b|\b(?:24|48|72)\s*(?:-\s*)?(?:hours?|hrs?)['’]?\s+(?:notice|in advance|ahead)\b/i;
const PRICE_WORDS = /\b(?:charge|charges|fee|fees|cost|costs|pay|price|extra)\b/;

/** A tag that only asks for the yes or the no ("... or nah", "... or not?", "..., right?"). */
const YES_NO_TAG = /(?:,?\s+or\s+(?:nah|naw|not|no|nope|what)|,\s*(?:right|yeah|yes|no)|\s+(?:yes or no|y\/n))\s*([?!.]*)\s*$/i;

/** The question without a yes/no tag at its end: the tag names nothing to look up. */
export function withoutYesNoTag(question: string): string {
  return question.replace(YES_NO_TAG, '$1');
}

/** "Do you...?" / "is it...?" questions that a yes or a no answers (not "is it A or B?"). */
export function isYesNoQuestion(question: string): boolean {
  const q = normalizeCasual(withoutYesNoTag(question)).replace(/^(?:(?:so|and|also|hey|hi|hello|ok|okay|um|quick question)[,\s]+)+/, '').trim();
  // "u guys open sunday?" is "are you open on Sunday?" without the verb.
  const casual = /^(?:(?:you|you guys|you all)\s+)?(?:open|closed|available|around|working|busy)\b/.test(q);
  // "raccoon in my attic, can you get it out?": the question is the last clause.
  const last = q.split(/[,;:.!?]+/).map((c) => c.trim()).filter(Boolean).pop() ?? '';
  // ("my son is 6. can HE take lessons": the one the story told of.)
  const lastAsks = last !== q && /^(?:do|does|can|could|will|would|is|are)\s+(?:you|u|they|it|he|she|i|we|your \w+|my \w+)\b/.test(last);
  // "you take mastercard, right?": the tag alone asks for the yes or the no.
  const tagged = YES_NO_TAG.test(question) && !/^(?:what|how|when|where|which|who|why)\b/.test(q);
  // "u guys do water heaters?": the question mark makes the statement a question.
  const declared = /\?\s*$/.test(question) && /^(?:you|you guys|you all|y'?all)\s+(?:do|fix|repair|install|sell|take|accept|offer|have|service|clean|work|serve|cover|deliver|handle|make|come|go|travel)\b/.test(q);
  return (YES_NO.test(q) || casual || lastAsks || tagged || declared) && !/\bor\b/.test(q);
}

/** "video SESSIONS" for "video APPOINTMENTS": the related word stands right after the question's modifier. */
export function modifiedRelated(text: string, modifier: string, related: string[]): boolean {
  const raw = words(normalizeText(text), 400);
  const ws = raw.map((w) => terms(w)[0] ?? '');
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i] === modifier && related.includes(ws[i + 1]!)) return true;
    // Said of it as well as before it: "free estimates" -> "Quotes ARE free".
    if (related.includes(ws[i]!) && /^(?:is|are|was|were|always)$/.test(raw[i + 1] ?? '') && ws[i + 2] === modifier) return true;
  }
  return false;
}

/**
 * "can you INSTALL a septic TANK" -> "we fix and REPLACE drain fields": a verb found only as a
 * related word says the service when that word acts on the thing asked about (the head or a word
 * related to it within a few words after it, or just before it: "tank replacement"), not on another.
 */
export function relatedActsOn(text: string, verbRelated: readonly string[], head: string, headRelated: readonly string[]): boolean {
  const isHead = (w: string | undefined) => !!w && (w === head || headRelated.includes(w));
  // Its objects run to the end of its clause ("we accept cash, checks, and Apple Pay"), which a
  // new subject also ends ("we replace panels, AND WE build decks").
  for (const clause of normalizeText(text).split(/[.;:!?()]|\bbut\b|,?\s+(?:and|or) (?:we|they|i|you)\b/)) {
    const raw = words(clause, 400);
    const ws = raw.map((w) => terms(w)[0] ?? '');
    for (let i = 0; i < ws.length; i++) {
      if (!verbRelated.includes(ws[i]!)) continue;
      // ("Homes in Cedar Falls are SERVED on Tuesdays": a passive verb's object comes before it.)
      const passive = i > 0 && /^(?:is|are|was|were|be|been|being|get|gets|got)$/.test(raw[i - 1] ?? '') && /(?:ed|en)$/.test(raw[i] ?? '');
      if (ws.slice(i + 1, i + 16).some(isHead) || ws.slice(passive ? 0 : Math.max(0, i - 2), i).some(isHead)) return true;
    }
  }
  return false;
}

/** Each "no extra cost" of a sentence (answer-unanswered's NO_CHARGE, all of them), and "we DO NOT CHARGE for quotes on ... bathrooms" (no no to doing bathrooms; "we do not BILL insurance" is a no to insurance). */
const EVERY_NO_CHARGE = new RegExp(`${NO_CHARGE.source}|\\b(?:do|does|will|would)(?:n't| not) charge\\b|\\bnever charge\\b`, 'gi');
/** A negative that only restricts a noun or a case ("who can't use stairs", "if you don't have one"). */
const RESTRICTED_NEGATIVE = /\b(?:who|whoever|anyone|anybody|those|that|which|if|unless|when|whenever)\s+(?:\w+\s+)?(?:can't|cannot|can not|don't|do not|doesn't|does not|won't|aren't|isn't|didn't|haven't|hasn't)\s+\w+(?:\s+(?!can\b|may\b|will\b|should\b|must\b|are\b|is\b)\w+)?/gi;
/** "no interest", "no obligation": the terms of an offer, said as a negative. */
const OFFER_TERMS = /\bno[- ](?:interest|obligation|commitment|contracts?)\b/gi;
const OFFER_TERM_ASKED = /\b(?:interest|obligations?|commitments?|contracts?)\b/;
/** A clause that says its own verb of being or allowing, so it takes none from the sentence. */
const SAYS_FINE = String.raw`\b(?:is|are|fine|ok|okay|welcome|allowed|included)\b`;
const OWN_VERB = new RegExp(String.raw`\b(?:was|were)\b|${SAYS_FINE}`, 'i');
/** A parenthesis that says its own "is fine" ("(oral meds are fine, no charge)"). */
const OWN_VERB_ASIDE = new RegExp(String.raw`\(([^()]*${SAYS_FINE}[^()]*)\)`, 'gi');

/** The clauses before an "except" say a word of the question that the except clause does not ("do you WALK on christmas" -> "we WALK on most holidays"). */
// (The question must name what is excepted, the words after "except" up to any verb of their own:
// "ALL LESSONS except drums CAN BE TAUGHT ONLINE" says yes to "can we do lessons online".)
function exceptedFrom(q: string, before: string, exception: string): boolean {
  const said = new Set(terms(before));
  const own = new Set(terms(exception));
  const item = new Set(terms(exception.replace(/^\s*except\s+(?:for\s+)?/i, '').split(EXCEPTED_ITEM_END)[0] ?? ''));
  const asked = terms(q);
  return asked.some((t) => item.has(t)) && asked.some((t) => !own.has(t) && said.has(t));
}
/** Where the thing excepted ends and the sentence's own verb goes on. */
const EXCEPTED_ITEM_END = /\b(?:can|could|is|are|was|were|will|would|may|must|should|have|has|had|do|does|get|gets|come|comes|take|takes)\b/i;

/** A clause that opens on a subject of its own ("we don't teach manual"). */
const OWN_SUBJECT = /^\s*(?:we|you|they|i|it|he|she|our|your|their|this|that|these|those)\b/i;
/** A verb a short clause may carry for a list that opens the sentence ("Raw, unedited files ARE not provided"). */
const CLAUSE_VERB = /\b(?:is|are|was|were|can|cannot|will|won't|do|does|don't|doesn't|isn't|aren't)\b/i;
/** A clause that turns against the one before it. */
const CONTRAST = /^\s*(?:but|however|although)\b/i;

/** Asked at the visitor's own place ("bring a pony TO MY HOUSE", "can you do it AT OUR SCHOOL", "come to us"). */
const AT_VISITORS = /\b(?:to|at|in) (?:my|our) (?:house|home|place|yard|backyard|garden|property|venue|school|office|apartment|church|work|business)\b|\b(?:come|travel|drive) (?:out )?to (?:me|us)\b/;
/** Done at the business's own place ("... grooming AT OUR BARN"). */
const AT_OURS = /\b(?:at|in) our (?:barn|shop|store|studio|salon|clinic|office|location|premises|facility|center|centre|farm|ranch|stable|gym|workshop|bakery|kitchen|school)\b/i;
/** Said to be done at the customer's too ("or in your home", "house calls", "delivered for $15"). */
const AT_YOURS = /\b(?:at|to|in) your (?:home|house|place|location|venue|office|school|event|door|party|workplace|curb)\b|\b(?:we|can|will) (?:come|travel|drive) to you\b|\bhouse calls?\b|\bdeliver\w*|\bmobile\b|\bon[- ]site\b/i;

/**
 * "can you bring a pony to my house" -> "Pony parties: ... pony rides and grooming at our barn": a
 * thing asked at the visitor's place that the text has at the business's own is a no.
 */
export function atOursOnly(question: string, text: string): boolean {
  return AT_VISITORS.test(normalizeCasual(question)) && AT_OURS.test(text) && !AT_YOURS.test(text);
}
/** Whether the quoted answer says no to the question: read in the clause that holds its subject. */
export function negative(question: string, text: string, qs: readonly SubjectTerm[], row: boolean): boolean {
  if (outsideRange(question, text) || atOursOnly(question, text)) return true;
  const q = normalizeCasual(question);
  // A table row is one statement ("Sunday — Hours: Closed"); a sentence is read clause by clause.
  // ("Monday: closed": a short label and its value are one statement; not a clause of its own before
  // the colon, "We are a nut-free center: please don't send anything with peanuts".)
  const body = /^[^,;:.]{1,30}:\s/.test(text) && !/^(?:we|you|i|it|they|he|she)\b/i.test(text) ? text.replace(':', '') : text;
  // (A parenthesis that says its own "is fine" is a clause of its own: "don't give injections (oral meds are fine)".)
  // (A verb phrase joined by "and never" is a clause of its own: "We CALL you with a quote before any work and NEVER do work you did not approve";
  // so is one joined by "and" and a verb that can stand alone: "Memberships have NO sign-up fee AND CAN be frozen" says no "no" of freezing.)
  // (A bracket is an aside of its own: "boots with a small heel (no sneakers, no sandals)" says no "no" of boots.)
  const clauses = row ? [text] : body.replace(OWN_VERB_ASIDE, '; $1;').split(/[,;:()]|\s(?=but\b|except\b|however\b|although\b|and (?:never|not|can|could|may|will|must)\b)|—/i).filter((c) => c.trim());
  const subject = qs.filter((x) => !x.light && x.type === null).sort((a, b) => b.weight - a.weight);
  // The clause that says a subject word itself first ("pay CASH" -> "but not cash"), else one
  // that says a related word ("we accept cards").
  // (The eve of a day is another day: "are you open on christmas" is not answered by "We close at 4 pm on
  // Christmas Eve" but by "we are closed on Christmas Day", unless the eve is asked.)
  const clauseTerms = clauses.map((cl) => new Set(terms(/\beve\b/.test(q) ? cl : cl.replace(/\b[\w']+\s+eve\b/gi, ' '))));
  // (The question's verb names no clause when its object does: "do you TEACH on AUTOMATIC" ->
  // "Automatic only, we don't teach manual" is read in "Automatic only".)
  const verb = serviceVerb(question);
  const things = verb ? subject.filter((s) => s.term !== stem(verb)) : subject;
  const named = things.length && things.some((s) => clauseTerms.some((ct) => ct.has(s.term))) ? things : subject;
  const first = named.map((s) => clauseTerms.findIndex((ct) => ct.has(s.term))).find((i) => i >= 0);
  // ...unless a later clause says more of the subject ("fix my ebike MOTOR" -> "we don't do e-bike
  // motor or battery repairs", not "we fix ... e-bikes").
  const said = clauseTerms.map((ct) => named.reduce((w, s) => w + (ct.has(s.term) ? s.weight : 0), 0));
  const most = Math.max(0, ...said);
  // ...or the sentence's own topic is asked with another word a later clause that turns says ("my DOG on the HAYRIDE" -> "DOGS
  // are welcome on the porch, but not in the orchard rows, the corn maze or on the hayride"; not "Pay rent online ..., cards cost 2.9%").
  const topic = new Set(terms(clauses[0]?.trim().split(/\s+/).slice(0, 2).join(' ') ?? ''));
  const turns = (i: number) => [clauses[i]!, clauses[i - 1] ?? ''].some((c) => /^\s*(?:but|except|not)\b/i.test(c));
  const later = named.some((s) => topic.has(s.term)) ? clauseTerms.findIndex((ct, i) => i > 0 && turns(i) && named.some((s) => !topic.has(s.term) && !clauseTerms[0]!.has(s.term) && ct.has(s.term))) : -1;
  const own = later > 0 ? later : first !== undefined && said[first]! < most - 1e-9 ? said.indexOf(most) : first;
  const near = subject.map((s) => clauseTerms.findIndex((ct) => s.related.some((r) => ct.has(r)))).find((i) => i >= 0);
  const at = own ?? near;
  let where = at === undefined ? text : clauses[at]!;
  // A list item ("..., Independence Day, ...") takes the verb of its sentence ("We close on").
  // (Not a clause with a verb of its own: "(oral meds ARE fine)".)
  // (Nor a contrast: "closed on Sundays, BUT our emergency line answers 24/7" says its own thing.)
  // ("Some hospital units, SUCH AS THE ICU, do not accept flowers": an example set off by commas is the
  // subject's, and the clause after it is its verb.)
  if (at !== undefined && at > 0 && EXAMPLE_ASIDE.test(clauses[at]!) && clauses[at + 1] && CLAUSE_VERB.test(clauses[at + 1]!) && !CONTRAST.test(clauses[at + 1]!) && !OWN_SUBJECT.test(clauses[at + 1]!)) where = `${clauses[0]} ${clauses[at]} ${clauses[at + 1]}`;
  // (Or its "but": "welcome on the porch, BUT NOT in the orchard rows, the corn maze or ON THE HAYRIDE" lists the hayride under the "but not".)
  else if (at !== undefined && where !== clauses[0] && (bareItem(where) || (CONTRAST.test(clauses[at - 1] ?? '') && bareItem(where, 10))) && clauses[0]) where = `${listHead(clauses, at)} ${where}`;
  // A list that opens the sentence ("Termites, bed bugs and wildlife are not part of the plan")
  // takes the verb at its end.
  else if (where === clauses[0] && clauses.length > 1 && where.trim().split(/\s+/).length <= 4 && text.trimStart().startsWith(`${where.trim()},`)) {
    // (Its verb may come in a short clause: "Raw, unedited files are not provided"; not a clause with
    // its own subject: "Automatic only, WE don't teach manual".)
    const end = clauses.slice(1).find((c) => c.trim().split(/\s+/).length > 4 || (CLAUSE_VERB.test(c) && !OWN_SUBJECT.test(c)));
    if (end) where = `${where} ${end}`;
  }
  // ("students WHO CAN'T USE STAIRS can take lessons on Saturdays": a negative inside a clause that
  // picks out whom or when says nothing against the sentence's own verb.)
  where = where.replace(RESTRICTED_NEGATIVE, ' ');
  // ("is it safe" -> "We offer a low-toxicity option ... at NO EXTRA COST": free is no no, unless
  // what it costs is what was asked: "do you charge extra for it" -> "No.")
  if (!PRICE_WORDS.test(q)) where = where.replace(EVERY_NO_CHARGE, ' ');
  // ("can i finance a repair" -> "Financing ... (6 months NO INTEREST with approved credit)": a term of
  // the offer is no no to it, unless the question asks of that term: "is there interest", "do i need a contract".)
  if (!OFFER_TERM_ASKED.test(q)) where = where.replace(OFFER_TERMS, ' ');
  // ("we WALK on most holidays, EXCEPT CHRISTMAS DAY": the clause that names the subject leaves it
  // out of what the clauses before say, when they say what was asked: not "diagnosis is free for
  // everything except water damage" to "do you do water damage".)
  const excepted = at !== undefined && /^\s*except\b/i.test(clauses[at]!) && exceptedFrom(q, clauses.slice(0, at).join(' '), clauses[at]!);
  const verdict = qualityVerdict(q, where); // (labelDaysLeaveOut: "is junior camp on fridays" -> "Junior Golf Camp: ..., Monday to Thursday")
  const says = verdict ? verdict === 'no' : excepted || ((saysNo(q, where, text) || labelDaysLeaveOut(q, where, text)) && !negatesSomethingElse(where, subject, qs)) || negatesSubject(q, text, subject, qs) || visitorDoesIt(q, verb, where) || seasonLeftOut(q, text, things.map((s) => s.term));
  // "Are you CLOSED on Thanksgiving?" -> "We are closed on Thanksgiving": the question asks the
  // negative, so the same negative in the answer is a yes.
  // (The visitor's own "I DON'T have insurance" told before "do you have payment plans" asks nothing negative.)
  return NEGATIVE_ASKED.test(askedPart(q)) ? !says : says;
}

/** The clause a bare item at `at` (a short clause with no verb of its own, turning against nothing) goes on: a "but ..." the items before it continue, else, in a list ending in and/or, the nearest with a verb ("They never expire AND CAN BE USED FOR golf, lessons, the pro shop and THE GRILL"; not "(bank transfer is free; cards cost 2.9%)"), else the sentence's first. */
const listHead = (clauses: readonly string[], at: number): string => clauses.slice(1, at).findLast((c, i, all) => CONTRAST.test(c) && all.slice(i + 1).every((x) => bareItem(x, 10))) ?? (clauses.slice(at).some((c) => /\b(?:and|or)\b/.test(c)) ? clauses.slice(1, at).findLast((c) => CLAUSE_VERB.test(c) || OWN_VERB.test(c)) : undefined) ?? clauses[0]!;
const bareItem = (clause: string, most = 6): boolean => clause.trim().split(/\s+/).length <= most && !OWN_VERB.test(clause) && !CONTRAST.test(clause);
/** An example set off by commas: ", such as the ICU,", ", like oak,", ", including weekends,". */
const EXAMPLE_ASIDE = /^\s*(?:such as|like|including|e\.g\.|for example)\b/i;
/** Harm said as absent: "non toxic", "not toxic", "free of harmful chemicals", "no harsh chemicals". */
const HARM_DENIED = /\b(?:non[- ]?|(?:not|no|never|free of|without)\s+(?:\w+\s+)?)(?:toxic|poisonous|harmful|dangerous|hazardous|harsh)\b/i;
const withoutDenied = (text: string) => text.replace(new RegExp(HARM_DENIED.source, 'gi'), ' safe ');
const SAFE_SAID = /\b(?:safe|harmless|non[- ]?toxic|non[- ]?poisonous)\b/i;
const HARM_SAID = /\b(?:unsafe|toxic|poisonous|dangerous|harmful|hazardous)\b/i;
/** The thing a quality is asked of: "are ROSES safe for cats", "is the OVEN DEGREASER safe". */
const QUALITY_OF = /^(?:is|are|r|would|will|was)\s+(.+?)\s+(?:safe|unsafe|harmful|harmless|toxic|non-?toxic|poisonous|dangerous)\b/;

/**
 * "are lilies SAFE for cats" -> "Lilies are TOXIC to cats": the clause says the opposite quality of the
 * thing asked (and not the one asked), a no; so is "non toxic" to "is the spray toxic", and "is the
 * degreaser safe" -> "not toxic once rinsed" a yes, whatever its "not" (harm said as absent is
 * safety). A clause about another thing ("are ROSES safe" -> "Lilies are toxic") gives no verdict.
 */
function qualityVerdict(q: string, clause: string): 'yes' | 'no' | null {
  if (!QUALITY_ASKED.test(q)) return null;
  const thing = terms(QUALITY_OF.exec(q)?.[1] ?? '').filter((t) => !isStopWord(t));
  if (thing.length && !terms(clause).some((t) => thing.includes(t))) return null;
  const safe = SAFE_SAID.test(clause) || HARM_DENIED.test(clause);
  const harm = HARM_SAID.test(withoutDenied(clause));
  if (safe === harm) return null;
  const asked = withoutDenied(q);
  const asksSafe = SAFE_SAID.test(asked) && !HARM_SAID.test(asked);
  const asksHarm = HARM_SAID.test(asked) && !SAFE_SAID.test(asked);
  return asksSafe ? (safe ? 'yes' : 'no') : asksHarm ? (harm ? 'yes' : 'no') : null;
}

/** Asked of the business: "can YOU", "will YOUR GUYS", "do y'all". */
const ASKED_OF_BUSINESS = /\b(?:can|could|will|would|do|does)\s+(?:you|u|y'?all|your \w+)\b/;

/**
 * "can your guys UNHOOK my gas dryer" -> "DISCONNECT gas appliances such as dryers and stoves BEFORE
 * the crew arrives": an instruction to do the job asked before the visit tells the visitor to do it
 * themselves, a no to the business doing it.
 */
function visitorDoesIt(q: string, verb: string | null, clause: string): boolean {
  if (!verb || !ASKED_OF_BUSINESS.test(q)) return false;
  const m = /^\s*(?:please\s+)?([a-z]+)\b[^.;]*\bbefore\b/i.exec(clause);
  if (!m) return false;
  const v = stem(verb);
  const said = stem(m[1]!.toLowerCase());
  return said === v || relatedTerms(v).includes(said);
}

/** The question without the situation the visitor tells around it (toldThenAsked). */
function askedPart(q: string): string {
  return q.split(/(?<=[?])\s+/).flatMap((s) => toldThenAsked(s).filter((p) => !p.told).map((p) => p.text)).join(' ') || q;
}

/**
 * "can i drop off my bike on SUNDAY" -> "Free pickup and drop-off ... Closed Sundays and all major
 * holidays.": a day asked about that the answer says is closed is a no, whichever of its sentences
 * says it. (Not "closed for lunch 12 to 1 on Mondays": a clause with a time says when, not that the day is off.)
 */
export function closedOnDayAsked(question: string, answer: string): boolean {
  const q = normalizeCasual(question);
  const asked = daysNamed(q);
  if (!asked.length || NEGATIVE_ASKED.test(q)) return false;
  // ("Closed Sundays, Mondays and holidays": the list of days goes on past its commas.)
  return answer.split(/[.;]|\s(?=but\b)/).some((sentence) => {
    let closing = false;
    return sentence.split(',').some((c) => {
      closing = (/\bclosed\b/i.test(c) && !/\d/.test(c)) || (closing && DAY_LIST.test(c));
      return closing && daysNamed(c).some((d) => asked.includes(d));
    });
  });
}

/** A clause that only goes on listing days ("Mondays and holidays"). */
const DAY_LIST = /^\s*(?:(?:and|or|&|on|all|most|major|public|bank|national|the|holidays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?)\s*)+$/i;
/** The question itself asks about a negative state ("are you closed", "is it not included"). */
const NEGATIVE_ASKED = /^(?:are|is|will|were|was) (?:you|u|it|the \w+|your \w+|they)(?: \w+)? (?:closed|shut|not|unavailable)\b|\b(?:isn't|aren't|don't|doesn't|won't)\b/;
const SCOPED_NEGATIVE = /\b(?:not|no|never|nobody|cannot)\b|n't\b/gi;

/**
 * "do you have gift cards?" -> "Gift cards are available in any amount and never expire": the
 * sentence says the subject first, plainly, and its only negatives are about other words
 * ("never EXPIRE"), so it is no "no". ("Do gift cards expire?" asks about the negated word: a no.)
 */
function negatesSomethingElse(where: string, subject: readonly SubjectTerm[], qs: readonly SubjectTerm[]): boolean {
  // ("... 30 min: NOT OFFERED", "delivery is NOT AVAILABLE on Sundays": the thing said is what is negated.)
  // ("Hair and makeup are NOT INCLUDED", "Raw files are NOT PROVIDED": the thing is not part of what is given.)
  if (/\b(?:none|closed|unavailable|unable)\b|\bnot (?:offered|available|possible|included|provided|supplied|allowed|permitted|accepted|given|sold)\b/i.test(where)) return false;
  // (A negative about a word the question says, even an everyday one, is about what was asked:
  // "does the PLAN include termites" -> "Termites ... are not part of the PLAN".)
  const asked = new Set([...subject.flatMap((x) => [x.term, ...x.related]), ...qs.map((x) => x.term)]);
  // ("can i get a REFUND" -> "Class packs are NON-REFUNDABLE and cannot be shared": the thing asked, denied by its own word.)
  if ([...where.matchAll(/\bnon-?([a-z]+)/gi)].some((m) => terms(m[1]!).some((t) => asked.has(t)))) return false;
  const negatives = [...where.matchAll(SCOPED_NEGATIVE)];
  if (!negatives.length || !asked.size) return false;
  const before = new Set(terms(where.slice(0, negatives[0]!.index)));
  if (!subject.some((x) => before.has(x.term))) return false;
  return negatives.every((m) => {
    const scope = terms(where.slice(m.index + m[0].length).split(/[,.;:!?]|\bbut\b/i)[0] ?? '');
    return scope.length > 0 && !scope.some((t) => asked.has(t));
  });
}

/**
 * "do I need an appointment for a nail trim?" -> "Nail trim on its own: $15, NO APPOINTMENT needed":
 * a "no" or "not" before a word of the question's subject, with only function words or the
 * question's own everyday words between ("NOT available for PUPPIES"), says no to it, whichever
 * clause names the rest of the subject.
 */
// (Not a verb the question only uses to say when: "can i get a quote BEFORE YOU START" -> "we NEVER
// START work you have not approved" says nothing against the quote.)
function negatesSubject(question: string, text: string, subject: readonly SubjectTerm[], qs: readonly SubjectTerm[]): boolean {
  // (Nor its object: "will you call me BEFORE DOING WORK" -> "we NEVER do WORK you did not approve".)
  const when = new Set([...question.matchAll(/\b(?:before|after|until|till|once|while)\s+(?:(?:you|u|we|i|they|it|he|she)\s+(\w+)|(\w+ing)(?:\s+(?:any|the|a|my|some)\b)?(?:\s+(\w+))?)/g)].flatMap((m) => [m[1], m[2], m[3]].flatMap((w) => (w ? terms(w) : []))));
  const asked = new Set(subject.map((x) => x.term).filter((t) => !when.has(t)));
  const light = new Set(qs.filter((x) => x.light).map((x) => x.term));
  for (const m of text.matchAll(/\b(?:no|not|never)\s+([^.,;:!?]*)/gi)) {
    for (const w of words(normalizeText(m[1] ?? ''), 4)) {
      const t = terms(w)[0];
      if (t === undefined || light.has(t)) continue;
      if (asked.has(t)) return true;
      break;
    }
  }
  return false;
}

function saysNo(q: string, where: string, text: string): boolean {
  if (NEGATIVE.test(where)) return true;
  // "can i get my deposit back" -> "The deposit is NON-REFUNDABLE" (not when the question says it: "is it non-refundable").
  if (NON_ABLE.test(where) && !NON_ABLE.test(q)) return true;
  // "can i get a cake by TOMORROW" -> "Custom cakes need at least 7 DAYS' NOTICE": a day sooner than the notice asked is a no.
  if (SOON.test(q) && NOTICE_DAYS.test(where)) return true;
  // ("does the shuttle RUN on saturdays", "can i get to my stuff (ACCESS) on a weekend": a thing done or reached on days left out.)
  // ("can we do a party on a friday" -> "Birthday parties are on Saturdays and Sundays": the days the
  // clause about the thing gives leave the asked day out, unless they are the days it is not, "closed Sundays",
  // or the days of a deal on it: "Kids eat FREE on Tuesdays" says nothing of kids eating on Friday.)
  if (dayLeftOut(q, where) && (/\b(?:open|work|working|available|appointments?|access|runs?|running|operate|operates)\b/.test(q) || !/\b(?:closed?|clos(?:es|ing)|not|no|never|except|off|free|discount(?:s|ed)?|half[- ]price|specials?|rates?|deals?)\b|%/i.test(where))) return true;
  // ("are you open in november" -> "Open May 15 through October 15": a month the open season leaves out.)
  if (openSeason(text) && monthFit(q, text) === -1 && /\b(?:open|work|working|available|operate|operates|run|runs|running)\b/.test(q)) return true;
  // ("can i bring 3 dogs" -> "Dogs are welcome ... (2 per site)": more than the most allowed.)
  if (overTheLimit(q, text)) return true;
  // "is HST included" -> "... plus HST": what comes on top is not included (asked so, in whichever clause: "is the CART included in the SEASON pass" -> "... for the SEASON ..., CART fees extra"; not "can i pay w credit card" -> "... cards cost 2.9%").
  if (addedOnTop(q, where) || (/\b(?:included?|includes|come with|comes with)\b/.test(q) && addedOnTop(q, text))) return true;
  // "Can my kid come BY HERSELF?" -> "Children must come WITH a parent": company required is a no.
  if (ALONE.test(q) && /\b(?:must|need to|needs to|has to|have to)\b[^.]{0,40}\bwith\b|\baccompanied by\b/i.test(where)) return true;
  // "Are you open on Christmas?" -> "We close on Christmas Day" (but "closes at noon" means open until then).
  if (/\b(?:open|closed?)\b/.test(q) && /\bclos(?:e|es|ing)\b(?!\s+at\b)/i.test(where)) return true;
  // "Are you open between Christmas and New Year's?" -> "I take the week between Christmas and New
  // Year's off" (time off, not "$20 off").
  if (/\b(?:open|work|working|available|appointments?)\b/.test(q) && /\b(?:tak(?:e|es|ing)|took|have|has)\b(?![^.,;]{0,60}[%$\d])[^.,;]{0,60}\b(?:off|vacation)\b/i.test(where)) return true;
  // "Do you charge for quotes?" -> "Quotes are free": a no, unless the question asked "free?".
  // (Not when the answer prices it and is free only in a case: "do you charge for pickup" -> "... for
  // $25 each way, free on orders over $200" is a yes.)
  return PRICE_WORDS.test(q) && !/\bfree\b/.test(q) && /\b(?:free|no charge|no extra cost|at no cost|included)\b/i.test(where) && !PRICE_SAID.test(text);
}

// "are you OPEN on memorial day?" answered by a bare list ("New Year's Day, Memorial Day, ...") under
// "# Days we're CLOSED": the sentence says neither, its heading the opposite of what was asked: a no.
export function headingAnswersOtherwise(plainQuestion: string, heading: string, text: string): boolean {
  const section = innermostHeading(heading).toLowerCase();
  if (/\b(?:open|opened|closed?)\b/i.test(text)) return false;
  return /\bopen\b/.test(plainQuestion) && /\bclosed?\b/.test(section) && !/\bopen\b/.test(section);
}

/** A no said only of some cases, those a clause picks out ("... on homes WHOSE owners have opted out"). */
const LIMITED_NO = /\b(?:not|no|never|cannot|can't|don't|won't)\b[^.;!?]*?\b(?:on|for|in|at|to|with|from) (?:the |all |any )?(?:[a-z-]+ ){0,2}(?:whose|that|which|where|who)\b/i;
/** The visitor sent to ask of their own case ("ask about a specific home", "it depends on the property"). */
const ASK_OWN_CASE = /\bask (?:us )?about (?:a |the |your )?(?:specific|particular|individual|own)\b|\b(?:depends on|case[- ]by[- ]case|varies (?:by|from))\b/i;

/**
 * A sentence whose answer holds in some cases only and that sends the visitor to ask of theirs: no
 * bare yes or no ("do you take section 8" -> "We do not accept Section 8 vouchers on homes whose owners
 * have opted out; ask about a specific home.", said as the page says it, with no "No." that would deny it everywhere).
 */
export function partialAnswer(text: string): boolean {
  return ASK_OWN_CASE.test(text) || (LIMITED_NO.test(text) && /;|\bbut\b|\bask\b/i.test(text));
}
