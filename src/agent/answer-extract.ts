import { abbreviationTerms, expandedTerms, normalizeCasual, stem, terms, words } from '../ai/lexical.js';
import { holidayTerms, saysHolidayDate } from '../ai/holiday-dates.js';
import type { SearchHit, Vocabulary } from '../knowledge/service.js';
import { JOB_NOUN, morphMatch, nameUnsaid } from './answer-words.js';
import { asksForWork, isInstruction, safetyOnly, tellsWhatToDo } from './answer-safety.js';
import { closedAtTimeAsked, dayOnlyByHours, scheduleGoesOn } from './answer-days.js';
import { pricedJobWord, purposeObject, purposeVerb, queryTerms } from './answer-query.js';
import { answerEachAsk } from './answer-asks.js';
import type { ExtractiveOptions, GroundedAnswer } from './answer-result.js';
export type { ExtractiveOptions, GroundedAnswer } from './answer-result.js';
import { namedRefusal, refusalOf } from './answer-refusal.js';
import { sectionAnswer } from './answer-section.js';
import { answeringClause } from './answer-clause.js';
import { bringAnswer, obligedAnswer } from './answer-bring.js';
import { besideSafety, labelTerms, LIGHT_VERBS, orderUnits } from './answer-order.js';
import { chooseUnits, isThingTerm } from './answer-parts.js';
import { lengthNotOffered } from './answer-lengths.js';
import { askedVerbUnsaid, cellNamesRow, holdsKind, MATCH, score } from './answer-match.js';
import { noYesFrom, policyUnsaid } from './answer-noyes.js';
import { leaveBeforeInstruction, rentalCaseOnly, rentalNotOwn } from './answer-own.js';
import { askedThing, clientKindExcluded, forAnotherThing, houseRuleSubject, limitingSentence, notFreeOfAsked, samePriceAsked, sellingOnOffer, thingIsTopic, thingOnlyAsOurVerb } from './answer-claims.js';
import { AGREEMENT, countUnheld, nearestUnit, semanticBest } from './answer-semantic.js';
import { anotherKind, namedOtherKind } from './answer-kind.js';
import { BACK_REFERENCE, CONTINUES, headingSubject, LEADING_REPLY, listItemName, renderRow, unitsOf } from './answer-units.js';
import { askedColumns, numberFit, otherAction, sectionCountUnheld, priceHeaders, otherKind, withDifferences, type QueryTerm, type Scored } from './answer-rows.js';
import { ageGroupMet, ANSWER_TYPES, askedTypes, BRAND_TYPE, brandThingUnsaid, DISCOUNT_TYPE, HARD_ASK, HARD_TYPES, mustHoldWanted, otherPeriod, PRICE_TYPE, pricesOnlyOthers, pricesSomethingElse, wantedKinds } from './answer-types.js';
import { ANSWERS_ITSELF, broughtAlong, closedOnDayAsked, comingAlong, headingAnswersOtherwise, isYesNoQuestion, modifiedRelated, negative, partialAnswer, relatedActsOn, serviceObject, serviceThing, serviceVerb, withoutYesNoTag } from './answer-polarity.js';
import { ageByGradeOnly, ageTermsHeldBy, ageUnanswered, ageVerdict } from './answer-ages.js';
import { creditCounted } from './answer-credit.js';
import { placeOfServiceUnsaid, selfDoneJobPriced, unsaidInAnswer, vehicleUnnamed, modelOutsideTable, wornKindOtherwise } from './answer-unsaid.js';
import { adviceOnly, chargeUnanswered, companyUnanswered, credentialUnanswered, freeOfAnother, harmUnanswered, holidayUnanswered, extraUnsaid, inclusionAnswerer, needUnanswered, policyOfAnother, presenceUnanswered, PRICE_SAID, pricedWhenFreeAsked, qualityUnanswered, safeForUnsaid, saysFreeOfCharge, warrantySpanElse } from './answer-unanswered.js';
import { walkInsWelcomed } from './answer-need.js';
import { countedOtherwise, countOfAnother, lifespanUnanswered, measureUnanswered } from './answer-measures.js';
import { innermostHeading } from '../knowledge/heading-path.js';
import { askedQualityUnsaid, otherSubjectOpens, qualityOfAnother } from './answer-subject.js';
export { asksSeveral, queryTerms, stemDf } from './answer-query.js';
export { SEMANTIC, semanticText } from './answer-semantic.js';

// The local provider's answer: extractive, never invented. The question's words are weighed by how
// rare they are in this business's knowledge (a word the knowledge never uses weighs the most), each
// sentence or table row is scored by the share of that weight it covers (its own words fully,
// related words and its section heading partly), and the best one is quoted, with a second one when
// the question has a part the first does not cover. Below the confidence threshold (calibrated on
// the tune split of eval/) the answer is null: the agent says it does not know rather than quoting a
// loosely related sentence. When no sentence reaches it, the sentence encoder's reading may still
// pick one (see SEMANTIC below): never past the checks that follow, which every answer must pass.

/** Minimum covered share of the question's weight for an answer. */
export const ANSWER_THRESHOLD = 0.5;
/** Rank in spoken English (SUBTLEX-US) under which a word is one of the plainest ("old", "big", "new"). */
const PLAIN_RANK = 600;
/** Rank in spoken English (SUBTLEX-US) from which a short word ("rv", "ev", "bbq") is a name or an abbreviation, not a typo or filler. */
const RARE_RANK = 2000;
/** Rank in spoken English (SUBTLEX-US) from which a verb is a trade's own word ("waterproof", "resurface"), no everyday one ("haul", "trim", "empty"). */
const TRADE_RANK = 10_000;
/** Weight above which a word the knowledge never uses is no everyday word (see queryTerms). */
const UNKNOWN_WEIGHT = 1.9;
const EXPANDED = expandedTerms();
const ABBREVIATIONS = abbreviationTerms();
const HOLIDAYS = holidayTerms();

export function extractiveAnswer(question: string, hits: SearchHit[], opts: ExtractiveOptions = {}): GroundedAnswer | null {
  const answer = answerEachAsk(question, hits, opts, answerOne) ?? namedRefusal(question, unitsOf(hits), queryTerms(question, opts.vocabulary ?? null, opts.wordRank));
  if (answer || !opts.similarity) return answer;
  // Two independent readings that agree: the unit the words rank first, though below the threshold, is also the one the encoder finds closest (AGREEMENT). Every later check applies.
  const nearest = nearestUnit(opts.similarity);
  return nearest === null ? null : answerOne(question, hits, { ...opts, threshold: Math.min(opts.threshold ?? ANSWER_THRESHOLD, AGREEMENT.cover), agreeWith: nearest });
}

function answerOne(question: string, hits: SearchHit[], opts: ExtractiveOptions & { agreeWith?: number }): GroundedAnswer | null {
  question = withoutYesNoTag(question);
  const qs = queryTerms(question, opts.vocabulary ?? null, opts.wordRank, opts.typed);
  const total = qs.reduce((s, q) => s + q.weight, 0);
  if (!qs.length || total <= 0) return null;
  const units = unitsOf(hits);
  if (!units.length) return null;
  // "can you move my piano upstairs" -> "I don't move pianos.": a job the guide refuses is a no, whatever the question adds.
  const refused = isYesNoQuestion(question) ? refusalOf(question, units) : null;
  if (refused) return { text: /^no\b/i.test(refused.text) ? refused.text : `No. ${refused.text}`, sources: [{ title: refused.title, chunkId: refused.chunkId }], confidence: 1 };
  // "do you have packages" under a guide's "**Packages**": the section is the answer.
  const section = sectionAnswer(question, units);
  if (section) return section;
  const bodyTerms = new Set(units.flatMap((u) => [...u.terms]));
  // "tuned a year ago": a row for "2+ years" is not the visitor's case; "been 5 years": it is (numberFit).
  const fits = new Map(units.map((u) => [u, numberFit(question, u, units, opts.typed)]));
  const scored = units.map((u) => score(qs, total, u, bodyTerms));
  creditCounted(question, scored, qs, total, fits, opts.typed);
  // "how long does a compressor last" -> "... a 5-year compressor parts warranty": a warranty's span is no lifespan, nor how long a job takes. ("a party for 20 kids" -> "A party costs $250": its section's "up to 15 kids" holds no party of 20, sectionCountUnheld.)
  const candidates = scored.filter((s) => fits.get(s.unit)! >= 0 && !warrantySpanElse(normalizeCasual(question), s.unit.text, s.unit.heading) && !sectionCountUnheld(s, scored, fits, qs) && !rentalNotOwn(normalizeCasual(question), s.unit.text));
  // "how much is a 2 HOUR massage" against 30/60/90 minute columns: that length is not listed, and what is.
  const notOffered = lengthNotOffered(question, qs, scored, fits, opts.threshold ?? ANSWER_THRESHOLD);
  if (notOffered) return { text: notOffered.text.slice(0, 1200), sources: [{ title: notOffered.units[0]!.title, chunkId: notOffered.units[0]!.chunkId }], confidence: 1 };
  if (!candidates.length) return null;
  const threshold = opts.threshold ?? ANSWER_THRESHOLD;
  const { order, aside, rowNamesSubject, askedKinds, bare, mustHave, plainQuestion } = orderUnits(question, qs, scored, candidates, fits, threshold, opts.typed);
  let best = order[0]!;
  // "my sink drains slowly, how much to fix it": a safety instruction that shares the question's words ("... under the kitchen sink") is no answer to a
  // question wanting a price or a time, when a sentence outside the safety section holds one and names some of the subject (pricesSomethingElse checks it is of the thing).
  const hard = askedKinds.filter((k) => HARD_TYPES.has(k));
  const holdsHard = (u: Scored) => hard.some((k) => holdsKind(k, u, qs));
  const instead = aside.get(best) && hard.length && !holdsHard(best) ? order.find((s) => !aside.get(s) && s.unit.kind === 'sentence' && holdsHard(s) && s.cover >= threshold * 0.6 && s.matches.some((m, i) => m >= MATCH.morph && !qs[i]!.light && qs[i]!.type === null)) : besideSafety(question, qs, order, aside, threshold);
  if (instead) best = instead;
  // (None: the instruction is still no price; "I don't know" is honest, a burst-pipe instruction first is not.)
  else if (aside.get(best) && hard.length && !holdsHard(best) && HARD_ASK.test(plainQuestion)) return null;
  // Below the threshold, the unit the encoder finds clearly closest gets its chance (SEMANTIC).
  const semantic = best.cover < threshold && !instead ? semanticBest(scored, opts.similarity, candidates, fits) : null;
  if (semantic) best = semantic;
  // (The agreement pass: only the encoder's nearest unit may lead; similarities that do not fit the units are ignored.)
  if (opts.agreeWith !== undefined && (opts.similarity?.length !== scored.length || scored.indexOf(best) !== opts.agreeWith || countUnheld(best.unit, fits))) return null;
  // Something the question names must be in the unit itself, not only in its heading.
  const subjectWords = qs.some((q) => !q.light && q.type === null);
  // Or the unit holds the kind of answer asked for ("within 90 minutes" for "how fast") and its section is about the subject ("Emergencies and safety").
  // ("whats the maintenance plan cost": the price sits in the "Maintenance plan" section's sentence).
  const hardTyped = best.matches.some((m, i) => qs[i]!.type !== null && m === MATCH.type);
  const ownMatch =
    best.matches.some((m, i) => m >= MATCH.related && (!subjectWords || (!qs[i]!.light && qs[i]!.type === null))) ||
    (hardTyped && best.matches.some((m, i) => m >= MATCH.heading && !qs[i]!.light && qs[i]!.type === null));
  // "do you have storage?" under "# Storage": the section named exactly by the question's subject answers it, though its sentences say "stored" and "warehouse".
  // (An everyday word the knowledge never uses, "later", "run", names no subject.)
  const subject = qs.flatMap((q, i) => (!q.light && q.type === null && !q.context && !(q.unknown && q.common) ? [i] : []));
  const headingNamed =
    subject.length > 0 &&
    subject.every((i) => best.matches[i]! >= MATCH.heading) &&
    ((h) => h.length > 0 && h.every((x) => subject.some((i) => qs[i]!.term === x)))(headingSubject(best.unit.heading)) &&
    best.unit.kind === 'sentence';
  if ((best.cover < threshold && best !== semantic && best !== instead) || !(ownMatch || headingNamed)) return null;
  // "can you pump the holding tank on my RV": a vehicle or vessel the page never names is no place it says it works.
  if (vehicleUnnamed(normalizeCasual(question), (w) => terms(w).some((t) => qs.some((q) => q.term === t && q.unknown)))) return null;
  // "how much to clean a DRYER vent": a word of the subject the knowledge never uses, and that is
  // no everyday word, names something else than the best sentence is about (the yes/no rule below
  // says the same for claims).
  // A table row whose own label names everything else asked ("Level 2 EV charger install" for a
  // "TESLA charger install") answers for a kind of what it names.
  const label = best.unit.kind === 'row' ? labelTerms(best.unit.label ?? '') : null;
  // (Not for a job the knowledge never names, "a tooth EXTRACTION" against "Root canal (front tooth)": that is what is asked, no kind of the thing.)
  const questionWords = words(normalizeCasual(question), 100);
  const jobUnsaid = (q: QueryTerm) => q.unknown && questionWords.some((w) => terms(w)[0] === q.term && JOB_NOUN.test(w));
  const labelCovers = !!label && qs.every((q) => (q.unknown && !jobUnsaid(q)) || q.light || q.type !== null || label.has(q.term) || morphMatch(q.term, label));
  // "how much is a BOILER tune-up": a table row is one thing by its label ("Furnace tune-up"), a priced list item by its name; a
  // word of the question that the row does not say, standing right before a word of the label,
  // names another kind of that thing (one the knowledge uses elsewhere, so it is no typo or filler).
  if ((best.unit.kind === 'row' || (listItemName(best.unit) && askedTypes(normalizeCasual(question)).includes(PRICE_TYPE))) && otherKind(question, qs, best, MATCH.heading, opts.wordRank)) return null;
  // "price to BUILD a new fence" -> "REPLACE a fence panel": the row prices another job on the same thing.
  // ("how much to INSTALL a grease trap" -> "Under-sink trap — Price per PUMP-OUT: $145": the price's own column names the job too.)
  if (best.unit.kind === 'row' && otherAction(question, qs, best.unit.label ?? '', priceHeaders(best.unit))) return null;
  // "how much for an iphone 16 screen" -> "Screen — iPhone 11-13: $129; iPhone 14-15: $199": a model the table's numbers leave out.
  if (best.unit.kind === 'row' && modelOutsideTable(question, best.unit)) return null;
  // "how much is a SMOKE detector" -> "A GLASS-BREAK detector adds $55.": another kind of the thing asked about.
  if (anotherKind(question, qs, best.unit, opts.wordRank)) return null;
  // "can my puppy go on SOLO walks" -> "... at least 6 months old ... for GROUP walks": another kind the guide tells apart.
  if (namedOtherKind(question, best.unit, units, opts.business)) return null;
  const labelNames = !!label && qs.some((q) => !q.light && q.type === null && (label.has(q.term) || morphMatch(q.term, label)));
  // "price to install a new reach-in cooler" -> "Door gasket replacement — $89 per door; Notes: walk-in, REACH-IN or display door": a priced
  // row is the price of what its label names; when neither the label nor its section names anything the question does, its price is another thing's.
  // (The job asked, said in other words, is no thing: "price to INSTALL" is not named by a label's "replacement". An age told is named by a
  // label whose ages hold it: "whats it cost for my 10 yr old" -> "Youth day pass (under 14)".)
  const job = ((v) => (v ? stem(v) : null))(serviceVerb(question) ?? purposeVerb(question));
  const ageNamed = ageTermsHeldBy(opts.typed ?? question, best.unit.label ?? '');
  const labelSays = (q: QueryTerm) => !!label && (label.has(q.term) || morphMatch(q.term, label) || ageNamed.includes(q.term) || (q.term !== job && q.related.some((r) => label.has(r))));
  if (label && !bare && !qs.some((q) => !q.light && q.type !== PRICE_TYPE && labelSays(q)) && !cellNamesRow(best.unit, qs) && askedTypes(normalizeCasual(question)).includes(PRICE_TYPE) && !qs.some((q, i) => !q.light && q.type === null && !q.context && best.unit.headingTerms.has(q.term) && best.matches[i]! > 0)) return null;
  // "how much to fix a pool LIGHT" -> "A repair visit costs $110", "... to replace a hot tub LIGHT" ->
  // every "replacement" row: the thing the job is done to is one the knowledge never names (an
  // everyday word too), so no price it gives is that job's.
  const jobThing = ((w) => (w ? terms(w)[0] : undefined))(purposeObject(question));
  const ti = jobThing ? qs.findIndex((q) => q.term === jobThing) : -1;
  if (ti >= 0 && qs[ti]!.unknown && !qs[ti]!.light && qs[ti]!.type === null && !qs[ti]!.context && best.matches[ti]! < MATCH.related && askedTypes(normalizeCasual(question)).includes(PRICE_TYPE)) return null;
  // "how much to REPLACE a slide-out MOTOR" -> "Slide-out adjustment — $165": a priced row that says
  // neither the job asked nor the thing it is done to (a word the knowledge uses elsewhere) prices
  // another job, whatever else of the question its label shares.
  const ji = job ? qs.findIndex((q) => q.term === job) : -1;
  if (best.unit.kind === 'row' && ti >= 0 && ji >= 0 && ti !== ji && !qs[ti]!.light && qs[ti]!.type === null && !qs[ti]!.context && best.matches[ti]! < MATCH.headingRelated && best.matches[ji]! < MATCH.headingRelated && askedTypes(normalizeCasual(question)).includes(PRICE_TYPE)) return null;
  // "how much to WATERPROOF my chimney" -> "Animal removal from a chimney ...: $165": the job priced is one
  // the knowledge never names (nor a related word of it), so no price it gives is that job's.
  // (Not a job verb of every trade, "how much to REPLACE the back glass", nor an everyday verb the page says
  // otherwise, "how much to HAUL a car" for its transport, "to EMPTY a tank" for its pumping: only a trade's own word.)
  const wi = ((w) => (w && !purposeVerb(question) && (opts.wordRank?.(w) ?? Infinity) >= TRADE_RANK ? qs.findIndex((q) => q.term === terms(w)[0]) : -1))(pricedJobWord(question));
  if (wi >= 0 && !qs[wi]!.light && !qs[wi]!.context && qs[wi]!.type === null && best.matches[wi]! < MATCH.related && !units.some((u) => u.terms.has(qs[wi]!.term)) && askedTypes(normalizeCasual(question)).includes(PRICE_TYPE)) return null;
  if (askedVerbUnsaid(question, qs, best, !!aside.get(best) || (!!label && !labelNames), (term) => sellingOnOffer(term, best.unit, question))) return null;
  if (!labelCovers && (qs.some((q, i) => q.unknown && !q.common && !q.light && !q.context && q.type === null && q.term.length >= 5 && !EXPANDED.has(q.term) && !(HOLIDAYS.has(q.term) && saysHolidayDate(question, best.unit.text)) && best.matches[i]! < MATCH.related) || (isYesNoQuestion(question) && placeOfServiceUnsaid(normalizeCasual(question), (t) => qs.some((q, i) => q.term === t && q.unknown && !q.light && !q.context && q.type === null && best.matches[i]! < MATCH.related))))) return null;
  const plain = normalizeCasual(question);
  const yesNo = isYesNoQuestion(question);
  const wanted = wantedKinds(plain);
  // A yes or a no is a claim: most of the question's own words must be in the answer or its
  // section ("does Dr Nair speak Spanish?" is not answered by a sentence about Dr Nair).
  if (presenceUnanswered(plain, best.unit.asks ? `${best.unit.asks} ${best.unit.text}` : best.unit.text)) return null;
  // "is heat included in the rent" -> "No heat below 55°F inside ...": the thing named, nothing said of what is included.
  const included = yesNo ? inclusionAnswerer(plain, best, order, threshold, (t) => qs.find((q) => q.term === t)?.related ?? []) : best;
  if (!included) return null;
  best = included;
  // "are you insured" -> "Written appraisals for insurance or sale": insurance as what another thing is for.
  if (yesNo && credentialUnanswered(plain, best.unit.text)) return null;
  if (yesNo && needUnanswered(plain, best.unit.asks ? `${best.unit.asks} ${best.unit.text}` : best.unit.text, (thing) => qs.some((q, i) => terms(thing).includes(q.term) && best.matches[i]! >= MATCH.morph))) return null;
  let inPassing = false;
  if (yesNo) {
    // "is there a discount on drain cleaning" -> "Blocked drains are cleared ... from $149": a yes to a
    // discount needs one said (a share off, an amount off, a reduced rate), not the thing it would be on.
    if (qs.some((q, i) => q.type === DISCOUNT_TYPE && best.matches[i]! < MATCH.type)) return null;
    if (safetyOnly(best.unit.heading, plain, best.unit.text) || nameUnsaid(question, units, best.unit.text)) return null;
    // "do you do RATS" -> "RAT snakes"; "do you SELL firewood" -> "buy or SELL a house": no yes to the thing asked.
    if (noYesFrom(question, best.unit.text, innermostHeading(best.unit.heading)) || otherSubjectOpens(normalizeCasual(question), qs, best, units)) return null;
    if (thingOnlyAsOurVerb(question, best.unit.text)) return null;
    // "can i pay for a REPAIR in installments" -> "Equipment financing for new walk-ins ...": an offer kept to other things.
    if (forAnotherThing(plain, best.unit.text, (t) => qs.some((q, i) => q.term === t && !q.light && !q.unknown && !q.context && q.type === null && best.matches[i] === 0))) return null;
    // "can i bring a FRIEND with me" -> "Bring your ID.": leave to come with someone or something is
    // answered by a unit that says what comes along (or is under its heading), not only the verb.
    const along = broughtAlong(question);
    if (along && !along.some((t) => qs.some((q, i) => q.term === t && best.matches[i]! >= MATCH.heading))) return null;
    // Words an abbreviation expanded to ("ac" -> "air conditioning") help find the answer but are no claim of their own ("workers comp" found as "workers' compensation": the abbreviation is then found too).
    const expansionFound = qs.some((q, i) => EXPANDED.has(q.term) && best.matches[i]! > 0);
    const holidayFound = saysHolidayDate(question, best.unit.text); // (its date for its name: "valentines day" -> "February 13 and 14")
    // (A word the visitor typed is theirs, though some abbreviation also spells out to it: "is HEAT included", not "hvac".)
    const ownWords = new Set(terms(question));
    const main = qs
      .map((q, i) => ({ q, m: best.matches[i]! }))
      .filter(({ q, m }) => !q.light && !q.context && q.type === null && q.weight >= 0.6 && (!EXPANDED.has(q.term) || m > 0 || ownWords.has(q.term)) && !(expansionFound && ABBREVIATIONS.has(q.term)) && !(holidayFound && HOLIDAYS.has(q.term) && m === 0) && !sellingOnOffer(q.term, best.unit, question));
    // A word found as itself counts fully; found only through a related word or the heading, half. Each word counts by its weight: a rare word of the subject says more than an everyday one.
    const found = main.reduce((n, { q, m }) => n + q.weight * (m >= MATCH.morph || (headingNamed && m >= MATCH.heading) ? 1 : m >= MATCH.related ? 0.75 : m >= MATCH.headingRelated ? 0.5 : 0), 0);
    const mainWeight = main.reduce((n, { q }) => n + q.weight, 0);
    // The question's rarest word found as itself ("is METLIFE accepted" -> "in network with ...
    // MetLife") names the subject: when no other word is one the knowledge never uses, half will do.
    const rarest = Math.max(0, ...main.map(({ q }) => q.weight));
    // (Not for the encoder's pick, which the words alone found wanting: "is SMOKING ALLOWED on the
    // balconies" is not answered by "Fire or smoke you can see: get out".)
    const named = best !== semantic && main.some(({ q, m }) => q.weight === rarest && m >= MATCH.morph) && main.every(({ q, m }) => m > 0 || !q.unknown);
    if (main.length && found / mainWeight < (named ? 0.5 : 0.6)) return null;
    // "Do you install LANDSCAPE lighting?": a yes would be a claim about something the knowledge
    // never names. A word it never uses, and that is no everyday word, makes the question uncovered.
    // (A short one too when it is no word of spoken English: "do you pump RV holding tanks".)
    if (main.some(({ q, m }) => q.unknown && !q.common && (q.term.length >= 5 || (opts.wordRank?.(q.term) ?? Infinity) >= RARE_RANK) && q.weight >= UNKNOWN_WEIGHT && m < MATCH.related)) return null;
    // "Do you do GAS FITTING?": a yes needs the service's own head word, not a word related to it
    // ("installed"): a gas furnace installed is no gas-fitting service.
    // "Do you SELL traps?": a knowledge that never uses the verb (in any form) cannot say yes to it.
    const verb = serviceVerb(question);
    const vi = verb ? qs.findIndex((q) => q.term === stem(verb)) : -1;
    // (Not a light verb, whose sense is its object's: "do u TAKE checks" -> "No checks.".)
    // (Nor a verb of selling when the guide says the thing is to be had: "do u sell gift cards" -> "Gift cards available in any amount".)
    if (vi >= 0 && qs[vi]!.unknown && !qs[vi]!.light && !LIGHT_VERBS.has(qs[vi]!.term) && qs[vi]!.type === null && best.matches[vi]! < MATCH.related && !sellingOnOffer(qs[vi]!.term, best.unit, question) && !comingAlong(question)) return null;
    // "do you MOW lawns" -> "We repair ruts in your lawn", "do u REPAIR snow blowers" -> "crews use
    // shovels and walk-behind blowers": a verb the knowledge does use elsewhere, which this unit
    // does not say (nor its section, nor the guide's title in any form: "will you MOVE my hot tub"
    // in Tidewater MOVERS' list of what is quoted separately), and a thing the unit only mentions
    // in passing (not its row, section or opening): the unit is about something else, no yes to
    // doing it (its no stands: "can u put in security cameras" -> "We do not do low-voltage work such as security cameras").
    inPassing = vi >= 0 && !qs[vi]!.light && !LIGHT_VERBS.has(qs[vi]!.term) && qs[vi]!.type === null && best.matches[vi]! < MATCH.heading && !((named) => named.has(qs[vi]!.term) || morphMatch(qs[vi]!.term, named))(new Set([...best.unit.titleTerms, ...best.unit.headingTerms])) && !sellingOnOffer(qs[vi]!.term, best.unit, question) && !comingAlong(question) && thingIsTopic(question, best.unit) === false;
    // "do you GIVE AWAY wood chips" is not said by "hauling the wood AWAY": a phrasal verb needs its verb.
    // (Not a verb of going: "do you COME OUT TO lakeside" asks where the business goes.)
    if (vi >= 0 && !/^(?:come|go|get|drive|head|travel)$/.test(verb!) && new RegExp(`\\b${verb} (?:away|out|back|off|up|down|over)\\b(?! (?:to|as|here|there)\\b)`).test(plain) && best.matches[vi]! < MATCH.related) return null;
    if (otherPeriod(plain, best.unit.text)) return null;
    // "do you TREAT FLEAS" -> "Pets and kids should stay off TREATED areas": the thing asked about is
    // met only by a word related to it in a heading ("Pest" of BugOff Pest Control), so the unit says
    // the verb of something else; no yes (its section or the business's name saying it still answers).
    const thing = serviceThing(question);
    const ni = thing ? qs.findIndex((q) => q.term === thing) : -1;
    if (ni >= 0 && ni !== vi && !qs[ni]!.light && qs[ni]!.type === null && !qs[ni]!.context && best.matches[ni]! > 0 && best.matches[ni]! < MATCH.heading && !best.unit.titleTerms.has(thing!) && !terms(opts.business ?? '').includes(thing!)) return null;
    const object = serviceObject(question);
    const hi = object ? qs.findIndex((q) => q.term === object.head) : -1;
    // The verb found only as a related word must act on the thing asked about ("we REPLACE drain
    // fields" says no yes to "can you INSTALL a septic tank").
    // (Not a light verb, whose sense is its object's: "do you TAKE blue cross" -> "in network with Blue Cross".)
    // (People told by their age are met by the ages the unit gives: "do you TEACH 7 year olds" -> "TUTORING for grades 3 to 12"; a head the business's title names leaves its modifier the kind: "do you TEACH LEAD climbing" at Crux CLIMBING Gym -> "LEARN to LEAD".)
    if (vi >= 0 && hi >= 0 && !LIGHT_VERBS.has(qs[vi]!.term) && best.matches[vi]! > 0 && !best.unit.terms.has(qs[vi]!.term) && !morphMatch(qs[vi]!.term, best.unit.terms) && ((said) => qs[vi]!.related.some((r) => said.has(r)))(new Set(terms(best.unit.text))) && !relatedActsOn(best.unit.text, qs[vi]!.related, object!.head, qs[hi]!.related) && !(best.unit.titleTerms.has(object!.head) && relatedActsOn(best.unit.text, qs[vi]!.related, object!.modifier, [])) && !ageGroupMet(askedThing(question)?.thing ?? '', best.unit.text)) return null;
    // (Unless its section is named by the service asked for: "do you do drain cleaning" under "## Drain cleaning".)
    // (Nor when the business's name says it: "do you do pool INSPECTIONS" at Keystone Home INSPECTIONS -> its add-on "Pool and hot tub: $100".)
    // (Nor when its own section names the thing and the sentence says the rest of what was asked: "do u do
    // TEAM HEADSHOTS at our OFFICE" -> "Team rates ... on site at your office." under "## Family and headshots".) (Nor a head that names the kind of answer, "a weekly RATE": its modifier is the thing.)
    const sectionHolds = hi >= 0 && terms(innermostHeading(best.unit.heading)).includes(qs[hi]!.term) && subject.length > 1 && subject.every((i) => i === hi || best.matches[i]! >= MATCH.morph);
    if (hi >= 0 && qs[hi]!.type === null && !headingNamed && !sectionHolds && best.matches[hi]! < MATCH.morph && !best.unit.titleTerms.has(qs[hi]!.term) && !terms(opts.business ?? '').includes(qs[hi]!.term) && !modifiedRelated(best.unit.text, object!.modifier, qs[hi]!.related)) return null;
    // "do you fix WINE fridges?": a word the knowledge never uses right before the thing it does
    // fix names another kind of that thing, which a yes would claim (an everyday word, "OLD
    // fridges", "BIG trees", describes the visitor's own).
    const mi = hi >= 0 ? qs.findIndex((q) => q.term === object!.modifier) : -1;
    const modifierWord = mi >= 0 ? words(plain, 100).find((w) => terms(w)[0] === object!.modifier) : undefined;
    if (mi >= 0 && qs[mi]!.unknown && !qs[mi]!.light && qs[mi]!.type === null && best.matches[mi]! < MATCH.related && modifierWord && (opts.wordRank?.(modifierWord) ?? Infinity) >= PLAIN_RANK) return null;
    // "do you do TREE removal" -> "Sod ... including REMOVING the old turf": the unit says the job
    // but not, anywhere in it or its section, the word the knowledge uses for the thing it is done
    // to: it speaks of that job on another thing, no yes (nor the half a second sentence adds).
    // ("do you do SPRINKLER repair" -> "Repairs are $85 ..." in the section that opens with sprinkler systems: its own.)
    // (Only when the head is the job, "removal", "repair": in "can you fix my FLAT tire" the tire is the thing, "flat" its state.)
    const headWord = hi >= 0 ? words(plain, 100).find((w) => terms(w)[0] === object!.head) : undefined;
    const modifierElsewhere = mi >= 0 && !!headWord && JOB_NOUN.test(headWord) && !qs[mi]!.unknown && !qs[mi]!.light && qs[mi]!.type === null && !qs[mi]!.context && !/\d/.test(qs[mi]!.term) && best.matches[hi]! >= MATCH.morph && best.matches[mi]! < MATCH.headingRelated;
    if (modifierElsewhere && modifierWord && (opts.wordRank?.(modifierWord) ?? Infinity) >= PLAIN_RANK && !units.some((u) => u.chunkId === best.unit.chunkId && (u.terms.has(qs[mi]!.term) || morphMatch(qs[mi]!.term, u.terms)))) return null;
  }
  if (!yesNo && best.unit.kind === 'sentence' && wanted.includes(PRICE_TYPE) && pricesSomethingElse(best.unit.text, qs)) return null;
  // "how much is just the booster fan if i install it myself" -> "A booster fan installed costs $595": the price of the job too.
  if (!yesNo && wanted.includes(PRICE_TYPE) && selfDoneJobPriced(plain, best.unit.text)) return null;
  // "what BRANDS of water heater do you install": a price sentence about water heaters names no brand. ("what brand of ballet SHOES" -> "Ballet and Tap Combo ...": names, but none of the thing asked.)
  if (!yesNo && /^(?:\w+ )?(?:what|which)\b/.test(plain) && qs.some((q, i) => q.type === BRAND_TYPE && (best.matches[i]! === 0 || brandThingUnsaid(plain, qs, best.matches, MATCH.heading)))) return null;

  // "can i rent a floor sander for a MONTH" -> "Floor sander — 4 hours: $45; Day: $70; Week: $240": the length wanted is not offered.
  if (qs.some((q, i) => q.span && best.matches[i]! < MATCH.related)) return null;
  // The answer's units: the best, rows of its table that answer as well, a second part of the question, a kind asked and not given yet.
  const picked = chooseUnits(best, { question, qs, total, units, order, aside, rowNamesSubject, yesNo, wanted, plain, threshold, ti });
  const chosen = picked.chosen;
  best = picked.best;
  // "How long does X take?" answered with X's price is not an answer: a question asking for a
  // price, a time, a duration, an address or a number needs one in the reply.
  // (And, when the encoder chose the answer, one that says the thing asked about, not only the job: "how long
  // does a mini split install take" -> "INSTALLATION usually takes one day for a furnace" is another thing's time.)
  const things = opts.agreeWith !== undefined || best === semantic ? qs.flatMap((q, i) => (isThingTerm(q) && !q.unknown ? [i] : [])) : [];
  const ofThing = (c: Scored) => !things.length || things.some((i) => (c.matches[i] ?? 0) >= MATCH.heading);
  if ((mustHoldWanted(wanted, yesNo) && !wanted.some((t) => chosen.some((c) => holdsKind(t, c, qs) && ofThing(c)))) || (yesNo && (qualityOfAnother(qs, [best, ...chosen.filter((c) => c !== best)]) || askedQualityUnsaid(plain, qs, chosen)))) return null;
  // A sentence that continues a chosen one ("Then call us.", "Includes the yearly tune-up") comes right after it.
  for (const c of [...chosen]) {
    const next = c.unit.kind === 'sentence' ? units.find((u) => u.chunkId === c.unit.chunkId && u.seq === c.unit.seq + 1 && u.kind === 'sentence') : undefined;
    if (next && (CONTINUES.test(next.text) || scheduleGoesOn(c.unit.text, next.text, next.antecedent)) && !chosen.some((x) => x.unit === next)) chosen.splice(chosen.indexOf(c) + 1, 0, { unit: next, cover: 0, matches: [] });
  }

  // A sentence that refers back ("Please tell us about THEM when booking") comes after the
  // sentence it refers to ("We love pets."); an instruction, after the leave it is for (answer-own).
  const first = chosen[0]!.unit;
  const prev = first.kind === 'sentence' ? units.find((u) => u.chunkId === first.chunkId && u.seq === first.seq - 1 && u.kind === 'sentence') : undefined;
  if (prev && (BACK_REFERENCE.test(first.text) || leaveBeforeInstruction(plain, first.text, prev.text))) {
    // (Not a yes or no the guide gave to another question: "Do you sell gift cards? Yes, in any amount. They never expire.")
    if (!chosen.some((c) => c.unit === prev) && !/^(?:yes|no)\b/i.test(prev.text)) chosen.unshift({ unit: prev, cover: 0, matches: [] });
  }

  // ("do you do DRUMS over zoom" -> "Piano ... on Zoom." and beside it "Drums are studio only.": that sentence is the no.)
  const subjectNamed = qs.filter((q) => !q.light && !q.context && q.type === null);
  // ("do u do snow removal for businesses" -> "Snow removal (residential driveways ... only)": that item is the no.)
  const limit = yesNo ? (clientKindExcluded(plain, subjectNamed, units) ?? (best.unit.kind === 'sentence' ? limitingSentence(subjectNamed, best.unit, units) : undefined)) : undefined;
  if (limit) chosen.splice(0, chosen.length, ...(limit === best.unit ? [best] : [best, { unit: limit, cover: 0, matches: [] }]));
  const rows = chosen.map((c) => c.unit);
  // (A list item has no full stop of its own: "Upright piano tuning $110. Grand piano tuning $140.")
  const parts = chosen.map((c) => (c.unit.kind === 'row' ? renderRow(c.unit, withDifferences(c.unit, rows, chosen.length === 1 || c.unit.tableKey === best.unit.tableKey ? askedColumns(qs, c.unit, mustHave, /\b(?:if|unless|once)\b/.test(plain)) : null)) : chosen.length > 1 && !/[.!?:]["')\]]*$/.test(c.unit.text) ? `${c.unit.text}.` : c.unit.text));
  // ("can you fit an oil boiler" -> "... drainage work ..., and we do not install oil or LPG boilers": the clause that answers.)
  if (chosen.length === 1 && best.unit.kind === 'sentence') parts[0] = answeringClause(parts[0]!, qs);
  const lead = chosen.indexOf(best);
  // ("is the hot stone add on free" -> "Hot stone add-on: $20 ..." and "Free parking ...": its price is a no, and another thing's being free no part of it.)
  const pricedNotFree = yesNo && pricedWhenFreeAsked(plain, parts[lead]!);
  // "do u do COLLEGE calc" -> "Math (through calculus), ... We do not tutor COLLEGE courses": a part
  // that denies a word of the subject the lead part does not say is the no.
  const leadTerms = new Set(terms(parts[lead]!));
  const deniedInPart = yesNo && parts.some((p, i) => i !== lead && ((said) => subjectNamed.some((q) => !leadTerms.has(q.term) && said.has(q.term)))(new Set(terms(p))) && negative(question, p, qs, chosen[i]!.unit.kind === 'row'));
  let text = pricedNotFree ? parts[lead]! : parts.join(' ');
  // "are you open memorial day?" -> a list under "# Days we're closed": the heading says what the list is.
  const listedUnder = yesNo && best.unit.kind === 'sentence' && headingAnswersOtherwise(plain, best.unit.heading, parts[lead]!) ? innermostHeading(best.unit.heading) : null;
  if (listedUnder) text = `${listedUnder}: ${text}`;
  // ("whats a trial lesson cost": the guide's "Yes!" to its own FAQ question is no answer to this one.)
  if (!yesNo) text = text.replace(LEADING_REPLY, '');
  // A guide's own answer that already says yes or no ("Yes, gas inserts only.") is not told twice.
  // ("is online cheaper" -> "Yes — ... at the same price": the same price is a no to a price compared.)
  const same = yesNo && samePriceAsked(plain, text);
  if (same) text = `No. ${text.replace(LEADING_REPLY, '').replace(/^(?:yes|yep|sure|absolutely|of course|definitely|certainly)\s*(?:[—–-]+|[,!.])\s*/i, '').replace(/^./, (c) => c.toUpperCase())}`;
  // ("are you open now", "r u open rn", "open today?": the hours say it, for a clock the guide does not read; a yes could be wrong.)
  const openNow = yesNo && /\bopen\b/.test(plain) && /\b(?:now|today|tonight|currently|at the moment|still)\b/.test(plain) && !/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(plain);
  // ("do i need to bring a towel" -> "Mat rental is $3; towels are free.": the towel there for them is a no.)
  const brought = yesNo ? (bringAnswer(plain, parts[lead]!) ?? obligedAnswer(plain, parts[lead]!)) : null;
  if (openNow || picked.twoWays || (yesNo && (partialAnswer(parts[lead]!) || rentalCaseOnly(plain, parts[lead]!) || adviceOnly(plain, parts[lead]!) || countedOtherwise(plain, parts[lead]!) || (policyUnsaid(plain, parts[lead]!) && !(aside.get(best) && isInstruction(best.unit.text, plain))) || (wornKindOtherwise(plain, parts[lead]!) && !/\b(?:no|not|never)\b/i.test(parts[lead]!))))) text = text.replace(LEADING_REPLY, '');
  else if (brought !== null) text = brought && !/^(?:yes|no)\b/i.test(text) ? `${brought} ${text}` : text;
  // ("is it safe for my pets" -> "Pets and kids should stay off treated areas until they are dry": no yes of a safety it never states.)
  // (The guide's own "Yes." to its own question, "Is soft washing safe for my plants? Yes. ...", stays.)
  // ("do you teach 7 year olds" -> "tutoring for grades 3 to 12": no yes or no on the grade an age is in.)
  else if (yesNo && !qualityUnanswered(plain, text) && !ageByGradeOnly((opts.typed ?? question).toLowerCase(), text) && (listedUnder || !ANSWERS_ITSELF.test(text))) text = `${listedUnder || limit || pricedNotFree || saysFreeOfCharge(plain, text) || walkInsWelcomed(plain, text) || notFreeOfAsked(plain, text) || deniedInPart || negative(question, parts[lead]!, qs, best.unit.kind === 'row') || closedOnDayAsked(question, text) || closedAtTimeAsked(question, text) ? 'No.' : 'Yes.'} ${text}`;
  if (inPassing && /^(?:yes|yep|sure|absolutely|of course|definitely|certainly)\b/i.test(text)) return null;
  // The question's words with their related words, as the scoring found them.
  const related = (t: string) => qs.find((q) => q.term === t)?.related ?? [];
  // The guide's own questions over the chosen units ("Is soft washing safe for my plants?").
  const asks = chosen.map((c) => c.unit.asks ?? '').join(' ');
  // "do you do leak detection on saturdays" -> "Yes. Leak detection ... $325. Saturday — Hours: 8:00 am to 3:00 pm.": open that day is no word on doing it then.
  if (yesNo && /^yes\b/i.test(text) && dayOnlyByHours(plain, parts)) return null;
  // "does pruning hurt the tree" -> "Yes. If someone is trapped or hurt under a tree ...": nothing said of the thing harming.
  if (yesNo && harmUnanswered(plain, text)) return null;
  // "is the purified water safe for my plants" -> "We use purified water on a pole ...": neither the safety nor the plants.
  if (yesNo && safeForUnsaid(plain, `${asks} ${text}`)) return null;
  // "is there a warranty on wildlife exclusion" -> "... Both come with a 5-year termite warranty": the term, of another thing.
  // ("whats the warranty on a briggs and stratton unit" -> "Every Generac and Kohler unit ... 10-year limited warranty": asked without a yes or no, the same.)
  if (policyOfAnother(plain, chosen.map((c, i) => ({ text: parts[i]!, heading: c.unit.heading })), related)) return null;
  // "how long does a crawl space liner last" -> "Crawl space encapsulation: 2 to 4 days": the time a job takes is no lifespan.
  if (lifespanUnanswered(plain, text, asks)) return null;
  // A job's length, a payer, a facility elsewhere, safety in a case, the visitor's own goods: each never said (answer-unsaid).
  if (unsaidInAnswer(plain, text, yesNo, related, innermostHeading(best.unit.heading))) return null;
  // "do you need to shut off my power during the install" -> "Yes. Shut the gas off at the meter ...": a safety instruction (not a fact, "We have 8 auto belays") is no yes to a question about the work (a house rule of the thing asked is one: "can i bring my dog" -> "Yes. Dogs must stay on a leash.").
  if (yesNo && aside.get(best) && tellsWhatToDo(best.unit.text, plain) && /^yes\b/i.test(text) && !qs.some((q, i) => !q.light && !q.context && q.type === null && best.matches[i]! >= MATCH.morph && q.term === houseRuleSubject(plain, best.unit.text))) return null;
  // "can i get my money back if you cant fix it" -> "No. Don't go back in until the fire department says it's safe.": nor a no (nor any answer to work asked for: "can you charge it on the road" -> "Do not try to push a car off the road").
  if (aside.get(best) && isInstruction(best.unit.text, plain) && (yesNo ? /^no\b/i.test(text) : asksForWork(plain))) return null;
  // "how tall a tree can you climb" -> "add 20% (dead wood is dangerous to climb)": a height or a weight needs its measure.
  if (measureUnanswered(plain, text)) return null;
  // "how many people come to clean" -> "Someone 18 or older must be home": a number of another thing is no count of them (nor are the prices of the rows or items led with, "how much is the bubbles CARD" -> "Top-load washer: $3.50 ... Machines take our Bubbles CARD").
  if (!yesNo && (countOfAnother(plain, text, related) || (wanted.includes(PRICE_TYPE) && (best.unit.kind === 'row' || !!listItemName(best.unit)) && pricesOnlyOthers(parts, qs)))) return null;
  // "are your cars safe" -> "Road test package (... car for the test): $180": a price is no word on whether it is safe.
  if (yesNo && qualityUnanswered(plain, text) && !wanted.includes(PRICE_TYPE) && PRICE_SAID.test(text)) return null;
  // "do u charge for travel to dunmore" -> "Yes. Dunmore, Elgin and Fairhaven.": whether it costs is answered by a price or a fee, or by its being free (More of a thing, "can i get extra cheese", by an add-on of it.)
  if (yesNo && (chargeUnanswered(plain, text) || extraUnsaid(plain, text))) return null;
  // "do you have classes on christmas" -> "Yes. Drop-in class: $22": no word of the holiday.
  if (yesNo && holidayUnanswered(plain, text)) return null;
  // "can a 12 year old play alone" -> "Yes. ... good for kids 8 and up": no word of coming without company.
  if (yesNo && companyUnanswered(plain, text)) return null;
  // "is the first massage free" -> "Yes. Free parking behind the building": another thing is free (the subject only in the page's title).
  // (The section's own heading names it too: "**Recitals** ... Participation is optional and free"; and the guide's own question: "Can I try it first? Yes, your first day pass is free.")
  if (yesNo && freeOfAnother(plain, text, qs.filter((q) => !q.light && !q.context && q.type === null && q.term !== 'free'), `${innermostHeading(best.unit.heading)} ${asks}`)) return null;
  // "can my 7 year old go on private rides" -> "Yes. Private rides (just you and a guide, 60 minutes)": a yes to an age the answer never speaks of.
  const typed = (opts.typed ?? question).toLowerCase();
  if (yesNo && ageUnanswered(typed, text)) return null;
  // "can my 10 week old puppy go on group walks" -> "Yes. Dogs must be at least 6 months old ...": the yes or no given is the age's (ageVerdict; "No one under 8 ..." too, range QA).
  const ageSaid = yesNo && /^(?:yes|no)[.!,]\s|^(?:no one|nobody)\b/i.test(text) ? ageVerdict(typed, text) : null;
  if (ageSaid) text = `${ageSaid}. ${text.replace(/^(?:yes|no)[.!,]\s*/i, '')}`;
  const sources: GroundedAnswer['sources'] = [];
  for (const c of chosen) if (!sources.some((s) => s.chunkId === c.unit.chunkId)) sources.push({ title: c.unit.title, chunkId: c.unit.chunkId });
  return { text: text.slice(0, 1200), sources, confidence: Math.round(best.cover * 1000) / 1000 };
}
