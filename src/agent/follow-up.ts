import { normalizeCasual, terms } from '../ai/lexical.js';
import { visitorWords } from './format.js';
import { GENERIC, SCHEDULE, subjectWords } from './subject-words.js';
import { askedTypes } from './answer-types.js';
import { askedClauses } from './answer-asks.js';
import { daysSpelled, isDayWord, isMonthTerm } from './answer-days.js';
export { daysSpelled } from './answer-days.js';
import { acknowledgement, afterAcknowledgement } from './acknowledge.js';
import { PEOPLE_NOUNS } from './answer-party.js';

// A question that only points back ("how much for that?", "is that something you fix?", "do you
// do it on weekends?") is about what the visitor said before: without it, the knowledge search
// reads "that" as nothing and may answer about anything (QA: "my toilet won't stop running" then
// "is that something u fix?" got "Yes. We repair ... water heaters"). The earlier subject is read
// with it; a question that names its own subject is read alone.

const POINTS_BACK = /\b(?:that|it|this|those|them|these|they|one|ones)\b/i;
/** The message says what it is about: it can be the subject a later "that" points back to. */
export function namesSubject(text: string): boolean {
  return subjectWords(text).length > 0;
}

/** A question of a word or two that names nothing ("price?", "how much?", "and how long"): a follow-up too. */
const BARE = /^(?:(?:and|so|ok|okay|what about|whats|what's|what is|the)\s+)*[a-z']+(?:\s+[a-z']+)?\s*\??$/i;

/**
 * A question that asks for a kind of answer (a price, a duration, a time) of nothing it names
 * ("what would the price be", "what do you charge", "how long does that usually take"): a follow-up too.
 */
function asksOfNothing(question: string): boolean {
  return askedTypes(normalizeCasual(question)).length > 0;
}

/**
 * The words of the earlier message that name its subject, in its order ("how much to tune my
 * piano" -> "tune piano"): what it asked (a price, "how much") is no part of what a follow-up
 * asks ("how long does it take" after a price question asks a duration, not the price again).
 */
export function subjectPhrase(text: string): string {
  return (normalizeCasual(text).match(/[a-z0-9][a-z0-9'-]*/g) ?? []).filter((w) => terms(w).some((t) => !GENERIC.has(t))).join(' ');
}

/**
 * A word that stands for the earlier thing itself ("can i buy ONE online" after gift cards, "what about
 * the 90 min ONE" after a deep tissue massage): the question is about it, whatever else it names.
 */
// ("id LIKE ONE installed" after "do you do ev chargers": the charger, not every installation the price list names.)
const STANDS_FOR = /\b(?:buy|get|book|order|use|try|reserve|schedule|cancel|return|pay for|add|upgrade|gift|like|want|need)\s+(?:one|it|them|those|these)\b|\bthe\s+(?:[a-z0-9-]+\s+){1,3}ones?\b/i;

/** A thing of the visitor's own named in the message ("MY CAR is at the safeway", "our front door"). */
const OWN_THING = /\b(?:my|our|his|her|their)\s+(?:[a-z'-]+\s+){0,2}?([a-z][a-z'-]*)\b/gi;

/**
 * The question has a word that points back ("that", "it", "one") to something said before: not
 * when the message names the thing itself before the word ("my car is at the safeway on 6th, can
 * someone come unlock IT": the car, not the price asked earlier).
 */
export function pointsBack(question: string): boolean {
  const m = POINTS_BACK.exec(question);
  if (!m) return false;
  const before = question.slice(0, m.index);
  return ![...before.matchAll(OWN_THING)].some((own) => subjectWords(own[1]!).length > 0);
}

/** Words that book ("book", "reserve", "schedule"), as terms. */
const BOOKS = new Set(terms('book booking reserve reservation schedule'));

/**
 * A booking asked for with nothing named but when ("ok cool can we book for jan 16", "can i reserve
 * for saturday"): what is booked is what the visitor asked about before (ice rink QA: the owner's
 * lead said only "cool can we book for jan 16", not the birthday party asked about).
 */
export function booksOnlyWhen(text: string): boolean {
  // ("ok COOL can we book": a word that takes the last answer names nothing booked.)
  const named = subjectWords(afterAcknowledgement(text) ?? text).filter((w) => !GENERIC.has(w) && !acknowledgement(w));
  return named.some((w) => BOOKS.has(w)) && named.every((w) => BOOKS.has(w) || isDayWord(w) || /^\d/.test(w) || isMonthTerm(w));
}

/**
 * The question names nothing but when: a day, a date ("can we do it on a friday", "ok cool. can we do it
 * saturday jan 16?", "ok what about sat the 16th", an acknowledgement before it left out). Read with the earlier subject; when that finds
 * nothing, the day itself is what is asked (the opening hours).
 */
export function namesOnlyWhen(question: string): boolean {
  const named = subjectWords(afterAcknowledgement(question) ?? question);
  return named.length > 0 && named.every((w) => isDayWord(w) || /^\d/.test(w) || isMonthTerm(w));
}

/** People, as terms: how many come (answer-party's words). */
const PEOPLE = new Set(PEOPLE_NOUNS.flatMap((w) => terms(w)));

/**
 * The question names nothing but how many come, and maybe when ("how much for 12 kids", "what about 20 people"): read with the earlier subject (paintball QA: "how much for 12 kids" after a birthday party got a private field's price).
 */
export function namesOnlyPeople(question: string): boolean {
  // (A number told: "do you have anything for kids" names a thing for them, no party.)
  const named = subjectWords(afterAcknowledgement(question) ?? question);
  return named.some((w) => PEOPLE.has(w)) && named.some((w) => /^\d/.test(w)) && named.every((w) => PEOPLE.has(w) || /^\d/.test(w) || isDayWord(w) || isMonthTerm(w));
}

/** The question read with the subject it points back to, or as it is. */
export function withEarlierSubject(question: string, earlier: string | null | undefined): string {
  // (A day or a date is no subject of its own: "can we do it on a friday", "ok what about sat the 16th" after birthday parties asks of the parties.)
  const onlyWhen = namesOnlyWhen(question);
  const onlyPeople = !onlyWhen && namesOnlyPeople(question);
  if (!earlier || (!onlyWhen && !onlyPeople && namesSubject(question) && !STANDS_FOR.test(question)) || !(onlyWhen || onlyPeople || POINTS_BACK.test(question) || BARE.test(question.trim()) || asksOfNothing(question))) return question;
  const subject = subjectPhrase(earlier);
  return subject ? `${onlyWhen ? daysSpelled(question) : question} (${subject})` : question;
}

/** What a later "that" would point back to, from this message (bounded), or null when it names nothing (or only when you are open). */
export function subjectOf(text: string): string | null {
  if (!subjectWords(text).some((w) => !SCHEDULE.has(w))) return null;
  // ("my dad passed away last night and the funeral is tomorrow, CAN YOU DO A CASKET SPRAY" then "how
  // much is that": the thing asked about, not the story told before it.)
  const asked = askedClauses(text);
  return visitorWords(asked && subjectWords(asked).some((w) => !SCHEDULE.has(w)) ? asked : text, 200);
}

/** A question about the earlier thing itself ("do THEY expire", "is IT refundable", "can THAT be done saturday"). */
const ABOUT_IT = /^(?:(?:and|so|ok|okay|also)\s+)*(?:do|does|did|are|is|was|were|can|could|will|would|should)\s+(?:they|it|those|these|that|this)\b/i;

/**
 * What a later "that" points back to after this message: what it names, or the earlier subject when
 * it names nothing or asks about the earlier thing itself ("do they expire" after gift cards: a
 * later "can i buy one online" is about gift cards, not about expiring).
 */
export function nextTopic(text: string, earlier: string | null | undefined): string | null {
  const own = subjectOf(text);
  return (own && !(earlier && ABOUT_IT.test(text.trim())) ? own : earlier) ?? null;
}
