import { normalizeCasual, terms } from '../ai/lexical.js';
import { visitorWords } from './format.js';
import { askedTypes } from './answer-types.js';

// A question that only points back ("how much for that?", "is that something you fix?", "do you
// do it on weekends?") is about what the visitor said before: without it, the knowledge search
// reads "that" as nothing and may answer about anything (QA: "my toilet won't stop running" then
// "is that something u fix?" got "Yes. We repair ... water heaters"). The earlier subject is read
// with it; a question that names its own subject is read alone.

const POINTS_BACK = /\b(?:that|it|this|those|them|these|they|one|ones)\b/i;
/** Words any question about a job may use: they name no subject of their own. */
const GENERIC = new Set(
  terms(
    'fix fixes fixing repair repairs do does doing done offer offers handle deal work works working cover covers help service services ' +
      'something anything thing things stuff job jobs kind type sort much many cost costs price prices pricing charge charges quote quotes ' +
      'fee fees rate rates long take takes time times come get guys usually normally typically also too extra roughly about around ' +
      'able possible available want need would could like know tell sure really ok okay yes please thanks ' +
      // (A request for a callback names no subject: "can someone call me back" keeps the water heater a later "how much" is about.)
      'call back callback ring contact touch reach someone somebody anyone anybody ' +
      // (Asides and how often name nothing either: "WAIT how much is it PER WEEK" after "i want weekly mowing".)
      'wait hold hmm actually oh sorry btw quick question just then again per week weekly month monthly',
  ),
);

/** The words of `text` that name a subject (not stop words, not the generic words of any job question). */
function subjectWords(text: string): string[] {
  return terms(normalizeCasual(text)).filter((t) => !GENERIC.has(t));
}

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

/** The question has a word that points back ("that", "it", "one"). */
export function pointsBack(question: string): boolean {
  return POINTS_BACK.test(question);
}

/** The question read with the subject it points back to, or as it is. */
export function withEarlierSubject(question: string, earlier: string | null | undefined): string {
  if (!earlier || (namesSubject(question) && !STANDS_FOR.test(question)) || !(POINTS_BACK.test(question) || BARE.test(question.trim()) || asksOfNothing(question))) return question;
  const subject = subjectPhrase(earlier);
  return subject ? `${question} (${subject})` : question;
}

/**
 * When the business is open names no thing a later "it" could be: "how long will it take" after
 * "are you open sunday" asks how long a job takes, not Sunday (QA: it got "We are closed on
 * Sunday."). Such a question is still read alone ("do you do it on saturdays" is about Saturday).
 */
const SCHEDULE = new Set(
  terms(
    'open opened opening close closed closing hours today tomorrow tonight weekend weekends weekday weekdays morning afternoon evening ' +
      'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays ' +
      'mon tue tues wed thu thur thurs fri sat sun',
  ),
);

/** What a later "that" would point back to, from this message (bounded), or null when it names nothing (or only when you are open). */
export function subjectOf(text: string): string | null {
  return subjectWords(text).some((w) => !SCHEDULE.has(w)) ? visitorWords(text, 200) : null;
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
