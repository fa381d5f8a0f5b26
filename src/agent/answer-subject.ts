import { isStopWord, stem, terms, words } from '../ai/lexical.js';
import { isDescribing, morphMatch } from './answer-words.js';
import { MATCH } from './answer-match.js';
import { isThingTerm } from './answer-parts.js';
import type { Unit } from './answer-units.js';
import type { QueryTerm, Scored } from './answer-rows.js';
import { innermostHeading } from '../knowledge/heading-path.js';
import { isWhenTerm as isWhen } from './answer-days.js';

// Which thing a unit is about, against the thing a yes/no question asks of. A yes is a claim about
// the thing named: a unit from another thing's section, or one that gives the quality asked to
// another noun, says nothing of it ("a weight limit for LESSONS" -> "TRAIL RIDERS ... the weight
// limit is 220 pounds"; "is the indoor ARENA HEATED" -> "... the indoor arena ... A heated TACK ROOM").


/** A sentence's opening subject, up to its verb: "An OUTDOOR PATIO is heated", "TRAIL RIDERS must be at least 10", "SUMMER CAMP runs ...". */
const OPENING_SUBJECT = /^(?:(?:a|an|the|our|all|every|each|any)\s+)?((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+(?:is|are|was|were|has|have|must|can|may|will|should|runs?|opens?|closes?|meets?|costs?|starts?|begins?|takes?|includes?|gets?|needs?|comes?|goes?)\b/i;

/** "is the party room FREE", "is the indoor arena HEATED", "are the trails LIT": a quality asked of a thing, last. */
const QUALITY_LAST = /^(?:is|are|r)\s+(?:the|your|ur|this|that|these|those)\s+((?:(?!(?:for|to|with|in|on|at|of|by|from|near|after|before)\s)[a-z'-]+\s+){1,3})([a-z'-]+)\s*\??$/;

/** The innermost heading over the unit names the term: the unit is in that thing's own section. */
const sectionOf = (term: string, u: Unit) => terms(innermostHeading(u.heading)).includes(term);

/**
 * The sentence opens on a subject of its own that the question does not name (nor a word for it, nor
 * the business: "PINECREST LANES is ...", nor a pronoun), and a thing the question names is, in it,
 * either named only by a heading that names other things too ("is the ARCADE heated" -> "An OUTDOOR
 * PATIO is heated" under "## Laser tag and arcade") or not said as itself while it has a section of its own elsewhere ("a weight
 * limit for LESSONS" -> "TRAIL RIDERS must be ..., and the weight limit is 220 pounds", while "##
 * Riding lessons" is the lessons'), or not said at all when it is what a quality is asked of ("is
 * the BAR heated"): the sentence tells the quality asked of another subject.
 */
export function otherSubjectOpens(plainQuestion: string, qs: readonly QueryTerm[], best: Scored, units: readonly Unit[]): boolean {
  if (best.unit.kind !== 'sentence') return false;
  const qualityOf = terms(QUALITY_LAST.exec(plainQuestion)?.[1] ?? '');
  const opening = OPENING_SUBJECT.exec(best.unit.text)?.[1];
  // (A span of time is no subject of its own: "The first MONTH is free" under "## Storage" is the storage's.)
  const own = opening ? terms(opening).filter((t) => !isStopWord(t) && !isDescribing(t) && !isWhen(t) && !best.unit.titleTerms.has(t)) : [];
  if (!own.length || own.some((t) => qs.some((q) => q.term === t || q.related.includes(t) || morphMatch(q.term, new Set([t]))))) return false;
  return qs.some((q, i) => {
    const m = best.matches[i] ?? 0;
    if (!isThingTerm(q) || q.unknown || isWhen(q.term) || m >= MATCH.morph) return false;
    // (A heading of the thing alone, "**Recitals**", makes its sentences the thing's: "Participation is ... free".)
    const sharedHeading = terms(innermostHeading(best.unit.heading)).some((t) => !isStopWord(t) && !qs.some((o) => o.term === t));
    if ((m >= MATCH.heading && m < MATCH.related && sharedHeading) || (m === 0 && qualityOf.includes(q.term))) return true;
    // (Two things with sections of their own: an opening that is no offering of its own, "An ADULT has to be home for any indoor work", tells a rule of all of them.)
    return !sectionOf(q.term, best.unit) && units.some((u) => u !== best.unit && sectionOf(q.term, u)) && own.some((t) => units.some((u) => sectionOf(t, u)));
  });
}

/**
 * The quality asked last of a thing is said by no unit of the answer (nor a word for it): the answer
 * names the thing and says nothing of its being so ("is the party room free" -> "... with an arcade,
 * laser tag, a snack bar and a party room"), no yes.
 */
export function askedQualityUnsaid(plainQuestion: string, qs: readonly QueryTerm[], chosen: readonly Scored[]): boolean {
  const word = QUALITY_LAST.exec(plainQuestion)?.[2];
  const term = word ? terms(word)[0] : undefined;
  const i = term ? qs.findIndex((q) => q.term === term) : -1;
  if (i < 0 || isWhen(term!) || qs[i]!.type !== null) return false;
  return chosen.every((c) => (c.matches[i] ?? 0) < MATCH.related);
}

/** Words that open a noun phrase: a word right after one, before a noun, describes that noun. */
const DETERMINER = /^(?:a|an|the|our|its|their|your|some|any|no|and|or|with)$/;

/** A word describing a noun by what was done to it ("HEATED", "COVERED", "FENCED", "LIT"); not a noun before another ("the OFFICE phone"). */
const PARTICIPLE = /^(?:[a-z]{2,}ed|lit)$/;

/**
 * The text says the term only as a word describing another noun ("A HEATED tack room" for "is the
 * arena heated"): a determiner before it, and after it a word the question does not say.
 */
function describesOtherNoun(term: string, text: string, asked: ReadonlySet<string>): boolean {
  const ws = words(text.toLowerCase(), 400);
  const at = ws.flatMap((w, i) => (stem(w) === term || morphMatch(term, new Set([stem(w)])) ? [i] : []));
  return at.length > 0 && at.every((i) => i > 0 && DETERMINER.test(ws[i - 1]!) && PARTICIPLE.test(ws[i]!) && !!ws[i + 1] && !isStopWord(ws[i + 1]!) && /^[a-z]+$/.test(ws[i + 1]!) && !asked.has(stem(ws[i + 1]!)));
}

/**
 * A yes put together from a lead that leaves out a word of the question and another unit that says
 * that word only of another noun: the quality belongs to something else, no yes on the thing asked.
 */
export function qualityOfAnother(qs: readonly QueryTerm[], chosen: readonly Scored[]): boolean {
  const [lead, ...rest] = chosen;
  if (!lead || !rest.length) return false;
  const asked = new Set(qs.map((q) => q.term));
  const says = (q: QueryTerm, c: Scored) => c.unit.terms.has(q.term) || morphMatch(q.term, c.unit.terms);
  // (A sentence's, not a table row's, whose label opens on its kind: "FRIDGE defrost heater", "Fogged or CRACKED units".)
  return qs.some((q, i) => !q.light && q.type === null && !isWhen(q.term) && (lead.matches[i] ?? 0) === 0 && rest.some((c) => says(q, c)) && rest.every((c) => !says(q, c) || (c.unit.kind === 'sentence' && describesOtherNoun(q.term, c.unit.text, asked))));
}
