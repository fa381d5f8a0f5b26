import { normalizeCasual, stem, words } from '../ai/lexical.js';
import { closingVerb, serviceVerb } from './answer-service.js';
import type { QueryTerm } from './answer-rows.js';

// Words of a question that frame what is asked rather than name it (answer-query's queryTerms
// weighs them down): the verb of "do you TAKE emergencies", "what insurance do you ACCEPT", "do you
// SEE kids", and the business's own person in "is DR NAIR taking new patients".

/**
 * Verbs whose sense is their object's: a business "takes", "accepts", "sees", "carries" whatever the
 * object names (walk-ins, insurance, kids, tires). (Not "bring": what comes along is answer-query's.)
 */
const FRAME_VERBS = new Set(['take', 'accept', 'see', 'carry', 'supply', 'handle', 'offer', 'provide'].map(stem));
const SEE = stem('see');
const COVER = stem('cover');
/** "is parking COVERED", "are fillings covered": the thing is the subject, the passive verb frames whether it is paid for. */
const PASSIVE = /^(?:is|are|r) (?:(?:the|my|a|an|your|ur) )?(?:[a-z]+ ){1,2}(covered)\b/;
/** The verb said of the business however the question is put ("r u TAKING emergencies", "you TAKE walk-ins?"). */
const ASKED_OF_YOU = /\b(?:you|u|y'?all)(?: guys| all)?(?: still| also| currently| now)? ([a-z]+)\b/;
/** "how many CARS can we BRING", "how many tents can i PUT on a site": the verb after the counted thing only frames the count. */
const COUNT_FRAME = /\bhow many (?:[a-z]+ ){1,2}(?:can|could|may|do|will|are) (?:i|we|you|u|they|(?:my|our) [a-z]+) (?:be allowed to |still |also )?([a-z]+)\b/;
/**
 * "does the shuttle RUN on saturdays", "is the pool OPERATING in may", "do hayrides GO on weekdays": a thing's being on, asked of
 * a day or a month; the verb says when the thing is, no service of its own ("A free shuttle takes you ... on weekdays").
 */
const WHEN_FRAME = /\b(?:does|do|is|are|will|would)\s+(?:the |your |ur |a |an )?(?:[a-z]+ ){1,2}(run|runs|running|operate|operates|operating|go|goes|going|happen|happens|happening)\s+(?:on|in|during|over|this|next|every|any|at)\s+(?:(?:a|the|this|next)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|holidays?|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|winter|spring|summer|fall|autumn)\b/;
/** Share of the thing's weight a framing verb keeps: it still tells two sentences on the thing apart ("do you SEE kids" -> "... SEE adults and children", not "sealants for kids"). */
const FRAME_SHARE = 0.5;
/** A title before a person's name ("DR nair", "DOCTOR becker"). */
const TITLE = /^(?:dr|doctor|doc|mr|mrs|ms|miss|nurse|coach|chef|pastor|rev)$/;

/**
 * "do you TAKE emergencies" -> not "Your first visit ... TAKES about 90 minutes": the verb that asks
 * for the object (rare as it may be in the knowledge, and so weighed the most) weighs as a light word
 * half as much as the thing the question names besides it; the thing is the subject ("We keep time for emergencies").
 */
export function frameVerbLight(question: string, qs: QueryTerm[]): void {
  const plain = normalizeCasual(question);
  // (In a count, any verb: what is counted is the subject, "Maximum 2 VEHICLES per site", not a sentence that says "bring"; so in a when-frame.)
  const counting = COUNT_FRAME.exec(plain)?.[1];
  const when = WHEN_FRAME.exec(plain)?.[1];
  const verb = counting ?? when ?? serviceVerb(question) ?? closingVerb(question) ?? ASKED_OF_YOU.exec(plain)?.[1] ?? PASSIVE.exec(plain)?.[1];
  const vt = verb ? stem(verb) : null;
  if (!vt || !(counting || when || FRAME_VERBS.has(vt) || (vt === COVER && verb === PASSIVE.exec(plain)?.[1]))) return;
  const q = qs.find((x) => x.term === vt);
  const thing = Math.max(0, ...qs.filter((x) => x.term !== vt && !x.light && !x.context && x.type === null).map((x) => x.weight));
  if (!q || thing <= 0) return;
  q.weight = Math.min(q.weight, thing * FRAME_SHARE);
  // (A verb whose sense is always its object's is light too, as answer-order's LIGHT_VERBS; "see" keeps
  // its checks: "do u see emergencies" is no yes from "the fee is waived ... for emergencies".)
  // ("is parking COVERED" keeps them too: a cover said is its answer, "Yes. Free parking", not "$299 a year COVERS two cleanings".)
  if (vt !== SEE && vt !== COVER) q.light = true;
}

/**
 * "is DR NAIR taking new patients" -> "We welcome new patients": a person the knowledge names, by their
 * title, is one of the business's own, for whom its "we" speaks; their name is whom the question is
 * about, no subject a sentence must say (it weighs as context). A name the knowledge never uses
 * ("dr smith") stays the subject: nothing is said of them. (Only a person asked about, "is dr nair
 * ...", "does dr becker ...", not one the visitor names as their own: "my dr said ...".)
 */
export function ownPersonAsContext(question: string, qs: QueryTerm[]): void {
  const ws = words(question.toLowerCase().replace(/\./g, ' '), 100);
  const at = ws.findIndex((w, i) => TITLE.test(w) && i + 1 < ws.length && /^(?:is|does|do|can|will|would|could)$/.test(ws[i - 1] ?? ''));
  if (at < 0) return;
  const named = qs.find((x) => x.term === stem(ws[at + 1]!));
  if (!named || named.unknown) return;
  for (const x of qs) {
    if (x !== named && x.term !== stem(ws[at]!)) continue;
    x.weight *= 0.5;
    x.context = true;
  }
}
