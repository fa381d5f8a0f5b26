import { caseUnraised } from './answer-conditional.js';
import { stem } from '../ai/lexical.js';
import { daysNamed } from '../schedule/index.js';
import { inPhraseWith, isDescribing, morphMatch, nameUnsaid, ownedObjects } from './answer-words.js';
import { isJobTerm, purposeVerb, SHAPE } from './answer-query.js';
import { cellNamesRow, MATCH, namesAsked } from './answer-match.js';
import { noYesFrom, policyUnsaid, policyWord } from './answer-noyes.js';
import { addsAnotherKind, itemAsked, namedOtherKind, troubleTerms } from './answer-kind.js';
import { type Unit } from './answer-units.js';
import { rowsForNumber, type QueryTerm, type Scored } from './answer-rows.js';
import { ANSWER_TYPES, askedTypes, DAYS_TYPE, PRICE_TYPE, SIZE_TYPE } from './answer-types.js';
import { closingVerb, serviceVerb } from './answer-polarity.js';
import { dayLeftOut, isDayTerm, saysEveryDay } from './answer-days.js';
import { superlativeRow } from './answer-price-table.js';
import { ageToldTerms } from './answer-ages.js';
import { meaningsTold } from './answer-meaning.js';

// The units an answer is made of, once the best is chosen: rows of its table (or items of its list)
// that answer as well, the part of the question the first leaves out ("price, and do you finance?"),
// and a kind of answer asked and not given yet ("how much, and how long?").

// Verbs that only frame a question ("how long does it TAKE"): never a part of their own that a
// second sentence must answer (a payment sentence that "accepts" cards was appended).
const NO_SECOND_PART = new Set(['take', 'takes', 'taking'].map(stem));
/**
 * A kind of answer added after the answer (a price, a time) must say a word of the subject at least
 * this share as weighty as the heaviest the answer says: the business's own everyday word ("SWIM" at
 * a swim school) says nothing of the subject ("swim TEAM").
 */
const SUBJECT_SHARE = 0.4;
/** A sentence about the business's work as a whole ("Most repairs are ready in 2-3 days", "All jobs come with ..."). */
const OF_ALL_WORK = /^(?:most|all|every|nearly all|almost all)\s+(?:of (?:our|the)\s+)?(?:repairs?|jobs?|work|services|orders|projects|installs?|installations)\b/i;

/** A case a price or a time holds only in: out of hours, an emergency, a rush. */
const SPECIAL_CASE = /\b(?:emergenc(?:y|ies)|after[- ]hours?|out[- ]of[- ]hours|nights?|evenings?|overnight|weekends?|(?:bank |public )?holidays?|same[- ]day|rush|urgent|express|24\/7)\b/i;
/** A time of day or a day of the week: a question that names one names the case itself. */
const WHEN_NAMED = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\btonight\b|\blate\b/i;

/** A day of the week or the weekend, named. */
const DAY_NAMED = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?)\b/;
/** A sentence that says something is closed. */
const CLOSED = /\bclosed\b/i;

/** `other` holds only in a case (its label names one) that neither the question nor the best unit names. */
function caseUnasked(plain: string, best: Unit, other: Unit): boolean {
  const name = (u: Unit) => u.label ?? u.text;
  return SPECIAL_CASE.test(name(other)) && !SPECIAL_CASE.test(name(best)) && !SPECIAL_CASE.test(plain) && !WHEN_NAMED.test(plain);
}

/** A word of the thing a question asks about: no job done to it ("REPLACEMENT", "install"), no word describing it ("NEW"), no number, context or kind of answer. */
export function isThingTerm(q: QueryTerm): boolean {
  return !q.light && q.type === null && !q.context && !/^\d/.test(q.term) && !isDescribing(q.term) && !isJobTerm(q.term);
}

export interface PartsContext {
  question: string;
  qs: QueryTerm[];
  /** The question's whole weight. */
  total: number;
  units: readonly Unit[];
  /** The candidates best first (orderUnits). */
  order: Scored[];
  aside: ReadonlyMap<Scored, number>;
  rowNamesSubject: (s: Scored) => boolean;
  yesNo: boolean;
  /** The kinds of answer the reply must hold (a price, a time ...). */
  wanted: number[];
  /** The question read casually (normalizeCasual). */
  plain: string;
  threshold: number;
  /** Index in qs of the thing a job asked is done to, or -1. */
  ti: number;
}

/** The units of the answer in the order said, and the best of them (a row for the number asked may replace it). */
export function chooseUnits(first: Scored, c: PartsContext): { chosen: Scored[]; best: Scored; twoWays: boolean } {
  const { question, qs, total, units, order, aside, rowNamesSubject, yesNo, wanted, plain, threshold, ti } = c;
  let best = first;
  const chosen: Scored[] = [best];
  // Rows of the same table that answer equally well (e.g. "weekend hours": Saturday and Sunday).
  // (Or items of the same list: "- Upright piano tuning $110" and "- Grand piano tuning $140".)
  const group = best.unit.tableKey ?? best.unit.listKey;
  // ("how much is the FIRST visit": of "Emergency visit" and "New patient exam", which answer about as well,
  // the row that says the kind asked in a word of its own; the emergency one is another kind of visit.)
  const kindAsked = group ? order.find((s) => s !== best && (s.unit.tableKey ?? s.unit.listKey) === group && s.cover >= best.cover * 0.97 && addsAnotherKind(question, s.unit, best.unit) && !addsAnotherKind(question, best.unit, s.unit)) : undefined;
  if (kindAsked) chosen.splice(0, 1, (best = kindAsked));
  if (group) {
    for (const s of order) {
      if (chosen.length >= 8) break;
      if (s === best) continue;
      // ("how much for a safety check": the "Safety check" row, not a tune-up whose list of what it includes says "safety check".)
      // ("how much to come look at a drippy faucet": the standard call-out, not beside it the emergency one for nights and weekends.)
      // (A row a cell of which names it, as a label would, is named too: "how much for a 10x10" -> the "Large" row, "Size: 10x10", beside "Climate-controlled 10x10".)
      if ((s.unit.tableKey ?? s.unit.listKey) === group && s.cover >= best.cover * 0.97 && !addsAnotherKind(question, best.unit, s.unit) && !(rowNamesSubject(best) && !rowNamesSubject(s) && !cellNamesRow(s.unit, qs)) && !caseUnasked(plain, best.unit, s.unit)) chosen.push(s);
    }
    chosen.sort((a, b) => a.unit.seq - b.unit.seq);
    // "a 65 inch tv": of "up to 55 inch" and "over 55 inch", the row whose range holds 65.
    const held = rowsForNumber(question, chosen);
    if (held.length < chosen.length) {
      chosen.splice(0, chosen.length, ...held);
      if (!chosen.includes(best)) best = chosen[0]!;
    }
  }
  // A second part of the question that the first answer leaves out ("price, and do you finance?").
  const coveredBy = (set: Scored[]) => qs.map((_, i) => Math.max(...set.map((s) => s.matches[i]!)));
  // "do you INSTALL security cameras?" -> "We do not do low-voltage work such as security cameras":
  // the question's verb is no part of its own (an EV charger's installation price was appended;
  // "how much to FIX my brakes" got "Flat tire fix" after the brake adjustment).
  const askedVerb = serviceVerb(question);
  // ("what tire brands do you CARRY" -> no "All repairs CARRY a 3-year warranty" after the brands.)
  const verbTerm = ((v) => (v ? stem(v) : null))(askedVerb ?? purposeVerb(question) ?? closingVerb(question));
  const trouble = wanted.some((t) => ANSWER_TYPES[t]!.has.test(best.unit.text)) ? troubleTerms(question) : new Set<string>();
  // (Nor the visitor's own thing the one ask is about, once the answer says the ask: "can i drop off MY CAR at night".)
  const owned = ownedObjects(question);
  // (Nor the age told of someone, which is whom the question is for: "my daughter is 9, does she need
  // boots" gets no camp "for kids ages 8 to 14" after the boots.)
  const aged = new Set(ageToldTerms(question));
  const otherItem = (s: Scored) => namedOtherKind(question, s.unit, units) && !itemAsked(question, s.unit);
  for (let round = 0; round < 2; round++) {
    const have = coveredBy(chosen);
    // A word in one phrase with a word already answered says more of that subject, no part of its own ("a 3 bedroom HOUSE").
    // (Only a sentence of the answer's own section that says the word itself is about that subject:
    // "is PETPLAN accepted" -> "We accept cards." and, in the same section, "We are in network with Petplan".)
    const attached = inPhraseWith(question, new Set(qs.flatMap((q, i) => (have[i]! >= MATCH.heading ? [q.term] : []))));
    const missing = qs.reduce((s, q, i) => s + (have[i]! < MATCH.heading ? q.weight : 0), 0) / total;
    if (missing < 0.2) break;
    // (A day asked is no part of its own once the answer gives the thing's days: "can we do a party on a
    // friday" -> "No. Birthday parties are on Saturdays and Sundays", not the opening hours after it.)
    const daysGiven = chosen.some((c) => dayLeftOut(plain, c.unit.text) !== null);
    let add: { s: Scored; gain: number } | null = null;
    for (const s of order) {
      // (Nor does a second sentence say what the first could not: "buy or SELL a house" after a yes to selling firewood; nor one about another kind of the thing answered: "EXPRESS detail" after "Full detail".)
      // (A condition is no part of its own: "cameras keep recording IF THE POWER GOES OUT" asks nothing of the power.)
      // (Nor one about another town or person than the one asked: "do u charge for travel to DUNMORE" -> "ASHBY and CORRAN add a $30 trip fee".)
      // (Nor one about other items of the answer's list: "how many kids fit in the SPORTS ARENA combo" -> "The CASTLE BOUNCER holds up to 6 children".)
      if (chosen.includes(s) || (aside.get(s) && !aside.get(best)) || (yesNo && noYesFrom(question, s.unit.text)) || addsAnotherKind(question, best.unit, s.unit) || nameUnsaid(question, units, s.unit.text) || otherItem(s) || (yesNo && caseUnraised(plain, s.unit.text))) continue;
      // A second sentence answers only when it says something the question names: one found by the
      // kind of answer alone ("when is the next recital" -> a cancellation's "24 hours before") is about another thing.
      if (!namesAsked(qs, s) && !wanted.some((k) => ANSWER_TYPES[k]!.has.test(s.unit.text))) continue;
      // ("can i get a refund if it rains" -> no "Par 71, 6,540 yards from the BACK tees" for the refund's "money back": a term asked is said by its own word.)
      if (policyUnsaid(plain, s.unit.text) && qs.every((q, i) => have[i]! >= MATCH.heading || s.matches[i]! === 0 || q.light || policyWord(plain, q.term))) continue;
      // (A question word's marker, "what happens IF", is a kind of answer, no part: the loop below adds it.)
      const gain = qs.reduce((g, q, i) => g + Math.max(0, Math.min(s.matches[i]!, 1) - have[i]!) * (have[i]! < MATCH.heading && !SHAPE.has(q.term) && !NO_SECOND_PART.has(q.term) && !isDescribing(q.term) && !q.condition && !q.term.startsWith('@') && q.term !== verbTerm && !trouble.has(q.term) && !owned.has(q.term) && !aged.has(q.term) && !(daysGiven && isDayTerm(q.term)) && (!attached.has(q.term) || (s.unit.heading === best.unit.heading && s.unit.title === best.unit.title && s.matches[i]! >= MATCH.morph)) ? q.weight : 0), 0) / total;
      if (gain > (add?.gain ?? 0)) add = { s, gain };
    }
    if (!add || add.gain < 0.15) break;
    chosen.push(add.s);
  }
  // ("what does the horn mean": each meaning the section tells of it, answer-meaning.)
  if (chosen.length === 1) chosen.splice(0, 1, ...meaningsTold(plain, qs, best, order));
  // A kind of answer asked for and not given yet ("how much, and who does it?").
  const kindsAsked = askedTypes(plain);
  // The heaviest word of the subject that the answer says as itself.
  // (No number: "a 20 kw generator" is not said by "Parts discount ... 20%".)
  const subjectWord = (q: QueryTerm) => !q.light && q.type === null && !q.context && !/^\d/.test(q.term);
  const heaviest = qs.reduce((h, q, i) => (subjectWord(q) && best.matches[i]! >= MATCH.morph && (h < 0 || q.weight > qs[h]!.weight) ? i : h), -1);
  // The heaviest word of the THING asked about that the answer says: not the job done to it nor a
  // word describing it ("a toilet REPLACEMENT", "a NEW lp detector").
  const thingWord = (q: QueryTerm) => subjectWord(q) && isThingTerm(q);
  const heaviestThing = qs.reduce((h, q, i) => (thingWord(q) && best.matches[i]! >= MATCH.morph && (h < 0 || q.weight > qs[h]!.weight) ? i : h), -1);
  for (const t of kindsAsked) {
    if (chosen.some((c) => ANSWER_TYPES[t]!.has.test(c.unit.text))) continue;
    // ("how much to OPEN my pool" -> "Pool opening — Price: $275": the word that asks a kind is the
    // job the answer names, whose price it gives; no sentence with "24 hours" after it.)
    if (kindsAsked.some((k) => k !== t && chosen.some((c) => ANSWER_TYPES[k]!.has.test(c.unit.text))) && qs.some((q) => q.type === t && (best.unit.terms.has(q.term) || morphMatch(q.term, best.unit.terms)))) continue;
    // ("are you open sundays" -> "Sunday: 8am - 1pm" names the day: no range of other days after it; nor after "Moves run 7 days a week".)
    // (Nor after days that leave it out: "can we do a party on a friday" -> "No. Birthday parties are on Saturdays and Sundays".)
    if (t === DAYS_TYPE && chosen.some((c) => dayLeftOut(plain, c.unit.text) !== null || saysEveryDay(c.unit.text))) continue;
    // ("how much is swim TEAM" -> "Sharks (pre-TEAM) is by invitation": the price added must be the
    // team's too, not "Adults can also lap SWIM ... for $8", which says only the everyday word;
    // "how often should the CHIMNEY get a SWEEP" -> "Chimney sweep $180" and "We recommend a SWEEP once a year".)
    // ("how much to replace a slide out MOTOR" -> "Slide-outs: adjustments, MOTORS, cables ...": the price
    // added must be the job's on that thing, not the "Slide-out adjustment" row beside it.)
    const thingKept = (s: Scored) => t !== PRICE_TYPE || ti < 0 || best.matches[ti]! < MATCH.morph || s.matches[ti]! >= MATCH.heading;
    // ("how long does a toilet replacement take" -> "Toilet replacement: $425" is given no "A new gas tank
    // heater, INSTALLED, ... takes four hours", nor "how long does a mini split install take" the
    // "INSTALLATION usually takes one day for a furnace": the figure added must be the thing's, not
    // only the job's, which another thing's figure says as well.)
    const saysThing = (s: Scored) => heaviestThing < 0 || qs.some((q, i) => thingWord(q) && s.matches[i]! >= MATCH.heading && q.weight >= qs[heaviestThing]!.weight * SUBJECT_SHARE);
    const saysSubject = (s: Scored) => thingKept(s) && saysThing(s) && (heaviest < 0 || qs.some((q, i) => subjectWord(q) && s.matches[i]! >= MATCH.heading && q.weight >= qs[heaviest]!.weight * SUBJECT_SHARE));
    // (The sentence right after the answer first: "A swollen battery is a fire risk. | If the case is bulging, unplug it.")
    // ("what if i need to CANCEL" -> "We need 24 hours notice to cancel." and after it "Late CANCELLATIONS are
    // charged 50%": what follows from the case asked is told by the next sentence that names it, marker or not.)
    const markerOnly = ANSWER_TYPES[t]!.words.length === 0;
    const namesItself = (s: Scored) => s.matches.some((m, i) => m >= MATCH.morph && !qs[i]!.light && qs[i]!.type === null && !qs[i]!.context);
    // (Not the next item of the same list: "when is prenatal yoga" -> "Prenatal Yoga: Saturdays at 11am ..."
    // is no case that "Kids Yoga (ages 5-10): Sundays at 10am ..." goes on with; each item is a thing of its own.)
    const sibling = (s: Scored) => !!best.unit.listKey && s.unit.listKey === best.unit.listKey;
    const after = best.unit.kind === 'sentence' ? order.find((s) => s.unit.kind === 'sentence' && s.unit.chunkId === best.unit.chunkId && s.unit.seq === best.unit.seq + 1 && !chosen.includes(s) && !sibling(s) && (ANSWER_TYPES[t]!.has.test(s.unit.text) || (markerOnly && namesItself(s))) && !nameUnsaid(question, units, s.unit.text) && saysSubject(s)) : undefined;
    // (One that names only the question's condition is about another thing: "how long do the cameras record IF THE POWER GOES OUT" -> the panel's battery.)
    // (A kind asked by a question word alone, "what IF i cancel last minute", needs the subject said as
    // itself or the answer's own section: "IF we MISS something in our report" is no cancellation.)
    // (A yes is a claim about the subject: the price added to it must be the subject's too, "do u charge
    // for travel to dunmore" -> "Yes. Dunmore, Elgin and Fairhaven." is given no "A standard visit is $90".)
    const aboutSubject = (s: Scored) => s.unit.heading === best.unit.heading && s.unit.title === best.unit.title || s.matches.some((m, i) => m >= MATCH.morph && !qs[i]!.light && qs[i]!.type === null);
    const covering = order.find((s) => !chosen.includes(s) && ANSWER_TYPES[t]!.has.test(s.unit.text) && !nameUnsaid(question, units, s.unit.text) && !otherItem(s) && s.cover >= threshold * 0.6 && (!markerOnly || aboutSubject(s)) && (!yesNo || aboutSubject(s)) && saysSubject(s) && (!qs.some((q) => q.condition) || s.matches.some((m, i) => m >= MATCH.related && !qs[i]!.light && qs[i]!.type === null && !qs[i]!.condition)));
    // (Unless another says more of the question: "tankless water heater price" -> the tankless price, not the tank heater's after it.)
    // (Or when the case is asked by a marker alone and only the sentence after names it: "If you arrive LATE" is another case than cancelling.)
    // ("how much is a tune up and how long does it take" -> "Basic tune-up $79." and, beside it, "Most
    // repairs are ready in 2-3 days.": what the guide says of its work as a whole is said of the thing asked too.)
    const general = !after && !covering ? order.find((s) => !chosen.includes(s) && s.unit.kind === 'sentence' && s.unit.chunkId === best.unit.chunkId && ANSWER_TYPES[t]!.has.test(s.unit.text) && OF_ALL_WORK.test(s.unit.text)) : undefined;
    const add = (after && (!covering || after.cover >= covering.cover || (markerOnly && namesItself(after) && !namesItself(covering))) ? after : covering) ?? general;
    // (A size only of the thing asked: "how big is the garden room" gets no "Guest parking is 200 feet from the door".)
    if (add && chosen.length < 4 && (t !== SIZE_TYPE || namesItself(add))) chosen.push(add);
  }
  // "r u open sunday" -> "The office is closed on Sundays." and "Gate access ... every day ..., including
  // Sundays": two sentences of one section that answer a day's hours fully, one closed that day and one
  // not, tell of two things (the office, the gate) whichever the visitor meant: both, in the page's order,
  // with no yes or no of one of them for the whole (`twoWays`).
  const hoursAsked = kindsAsked.some((t) => ANSWER_TYPES[t]!.words.includes('opening'));
  // (Of one day both speak: "open ... Saturday 9am to 1pm" and "closed on Sundays" answer "weekend appointments" together, a yes.)
  const other = yesNo && hoursAsked && chosen.length === 1 && best.unit.kind === 'sentence' && DAY_NAMED.test(plain) ? order.find((s) => s !== best && s.unit.kind === 'sentence' && s.unit.chunkId === best.unit.chunkId && s.cover >= best.cover && CLOSED.test(s.unit.text) !== CLOSED.test(best.unit.text) && sameDay(s.unit.text, best.unit.text)) : undefined;
  if (other) chosen.splice(0, 1, ...[best, other].sort((a, b) => a.unit.seq - b.unit.seq));
  // ("like the CHEAPEST pair" over a table of packages: the row a superlative asks for, alone.)
  const only = superlativeRow(plain, chosen);
  if (only.length < chosen.length) return { chosen: only, best: only[0]!, twoWays: false };
  return { chosen, best, twoWays: !!other };
}

/** Two sentences that speak of one day ("closed on Sundays", "every day ..., including Sundays"). */
function sameDay(a: string, b: string): boolean {
  if (saysEveryDay(a) || saysEveryDay(b)) return true;
  const days = new Set(daysNamed(a));
  return daysNamed(b).some((d) => days.has(d));
}
