import { normalizeCasual, relatedTerms, spanTerms, stem, terms } from '../ai/lexical.js';
import { morphMatch, termsScope, onlyInNames, questionBigrams, sharedBigrams, surfaceWords } from './answer-words.js';
import { safetyAside } from './answer-safety.js';
import { holdsKind, MATCH } from './answer-match.js';
import { boughtFromUs, thingOnlyAsOurVerb } from './answer-claims.js';
import { thingSplitAcrossItems } from './answer-noyes.js';
import { type Unit } from './answer-units.js';
import { type QueryTerm, type Scored } from './answer-rows.js';
import { AGE_TYPE, ANSWER_TYPES, askedTypes, DISTANCE_TYPE, heldAs, HOURS_SPAN, mustHold, PRICE_TYPE, SIZE_TYPE } from './answer-types.js';
import { isYesNoQuestion, NEGATIVE, serviceVerb } from './answer-polarity.js';
import { officeHoursOnly, saysDays } from './answer-days.js';
import { innermostHeading } from '../knowledge/heading-path.js';
import { NEED_ASKED_ANY, SAYS_NEEDED } from './answer-unanswered.js';
import { ageDecided, ageToldTerms, tellsAge } from './answer-ages.js';
import { caseUnraised } from './answer-conditional.js';

// The order of the units that answer a question (answer-extract's first step after scoring):
// the best first by the share of the question they cover, the kind of answer they hold, the
// question's phrasing they share; then the ties, each broken by a rule of how people ask (a unit
// that says the thing asked beats one that says only the verb, a sentence about the case asked
// beats one about another case, the working days beat the office's hours ...).

const PHRASE_BONUS = 0.05;
/** A sentence that states a rule: what must, may not or can only be. */
const RULE_SAID = /\b(?:must|need to|needs to|have to|has to|required|requires|only|at least|no one|nobody|not allowed|may not|cannot|can't)\b/i;
const LABEL_BONUS = 0.05;
/** A section that lists what the business does ("## Services", "## What we do"; not a title's "...: Services & Prices"). */
const SERVICES_HEADING = /^(?:our\s+)?(?:services|what we (?:do|offer))\b/i;
const AREA_TYPE = ANSWER_TYPES.findIndex((t) => t.ask.test('what areas'));
/** Verbs whose sense is their object's ("take", "have", "do"): what they act on says nothing of a service. */
export const LIGHT_VERBS = new Set(['take', 'accept', 'have', 'get', 'do', 'make', 'offer', 'provide', 'handle', 'bring', 'supply', 'carry'].map(stem));

/** A table row's label read as the unit's own words are, casual forms too ("Standard SERVICE CALL" is a call-out). */
export function labelTerms(label: string): Set<string> {
  return new Set([...terms(label), ...terms(normalizeCasual(label))]);
}

/** What a thing includes is asked ("what comes with", "whats included in", "what do i get with", "what does it include"). */
const CONTENTS_ASKED = /\bwhat(?:'s| is| are)? (?:comes? with|(?:is |are )?included (?:in|with)|do (?:i|we|you) get (?:with|for|in)|does (?:the |a |an |it |that |this )?[\w -]{0,30}\b(?:include|come with|get you))\b/;

/** The candidates best first, with what the later checks read of the ordering. */
export function orderUnits(question: string, qs: QueryTerm[], scored: Scored[], candidates: Scored[], fits: ReadonlyMap<Unit, number>, threshold: number, typed?: string) {
  // Best first. Among answers above the threshold, one that shares the question's phrasing
  // ("do I need to BE HOME" -> "You don't need to BE HOME") edges ahead of one that only shares
  // its words; then a better-ranked chunk and an earlier sentence win ties.
  const phrases = questionBigrams(question);
  // "how much to get rid of ANTS": the table row whose label names the subject and that holds the
  // kind of answer asked for beats a sentence that lists the subject in passing.
  const askedKinds = askedTypes(normalizeCasual(question));
  // A question with no subject at all ("how much r u?") is answered by the table that lists that
  // kind of answer (the price list), not by a sentence that happens to hold one (a travel fee).
  const bare = !qs.some((q) => !q.light && q.type === null);
  // (Or what a thing includes is asked, "what comes with the basic rental": the row named by it says so, not a sentence
  // of another offer that includes it, "Private field ...: $40 per player, includes basic rental".)
  const contentsAsked = CONTENTS_ASKED.test(normalizeCasual(question));
  const rowNamesSubject = (s: Scored) =>
    s.unit.kind === 'row' &&
    (contentsAsked || askedKinds.some((t) => s.unit.cells?.some((c) => ANSWER_TYPES[t]!.has.test(c.value)))) &&
    (bare ||
      qs.some((q) => {
        if (q.light || q.type !== null || q.context) return false;
        const label = labelTerms(s.unit.label ?? '');
        return label.has(q.term) || !!spanTerms(q.term)?.every((t) => label.has(t)) || q.related.some((r) => label.has(r));
      }));
  const key = (s: Scored) => s.cover + (s.cover >= threshold ? PHRASE_BONUS * Math.min(3, sharedBigrams(phrases, s.unit.text)) + (rowNamesSubject(s) ? LABEL_BONUS : 0) : 0);
  const keys = new Map(scored.map((s) => [s, key(s)]));
  // On a tie, a unit that has a question word only inside a name ("is there PARKING" -> "a salon
  // in Oak PARK") loses to one that says it ("Street parking is free").
  const asked = surfaceWords(question);
  const inName = new Map(scored.map((s) => [s, onlyInNames(s.unit.text, asked)]));
  const plainQuestion = normalizeCasual(question);
  // On a tie, a sentence that states the thing ("Rent is due on the 1st") beats one about a
  // case the question does not name ("IF rent is due on a day we're closed, ...").
  // (Above the threshold, a case the question does not raise loses to any unit not of one, whatever the covers: answer-conditional.)
  const unraised = (s: Scored) => (s.cover < threshold ? 0 : isYesNoQuestion(question) && s.unit.kind === 'sentence' && !aside.get(s) && caseUnraised(plainQuestion, s.unit.text) ? 1 : 2); // (not in a safety section, whose gates see it first: "do you plant trees" got "No. We are not allowed to touch it until the utility has made the line safe.")
  const conditional = (s: Scored) => (s.unit.kind === 'sentence' && /^(?:if|unless|when)\b/i.test(s.unit.text) && !/\b(?:if|unless|in case|what happens)\b/.test(plainQuestion) ? 1 : 0);
  // "how much is stump removal": among the answers above the threshold, one that holds the kind
  // of answer the question must get (a price, a time, a duration, a count) beats one that only
  // names the subject ("We do pruning, tree removal, stump grinding ...").
  const mustHave = askedKinds.filter((t) => mustHold(t, plainQuestion)).map((t) => heldAs(t, plainQuestion));
  const holds = new Map(scored.map((s) => [s, mustHave.length > 0 && s.cover >= threshold && mustHave.some((t) => holdsKind(t, s, qs)) ? 1 : 0]));
  // On a tie, in "do you TAKE crypto" a unit that says the object ("No crypto.") beats one that says only the verb ("We take cards.").
  const verb = serviceVerb(question);
  const vt = verb ? stem(verb) : null;
  const verbOnly = new Map(scored.map((s) => [s, vt !== null && qs.every((q, i) => (q.term === vt) === s.matches[i]! > 0 || q.light || q.type !== null) ? 1 : 0]));
  // (Unless the unit that says the object says it only as the business's own verb: "do you GUARANTEE
  // repairs" -> "All workmanship is GUARANTEED", not "We REPAIR and install water heaters".)
  // On a tie, a unit that says only what the question's thing is on or for ("is there a warranty on
  // REPAIRS" -> "We repair and install water heaters") loses to one that says the thing ("All
  // workmanship is guaranteed ... warranty").
  const complements = termsScope(question);
  const scopeHead = qs.some((q) => !q.light && q.type === null && !complements.has(q.term));
  const complementOnly = new Map(scored.map((s) => [s, complements.size > 0 && scopeHead && qs.some((q, i) => s.matches[i]! >= MATCH.related && complements.has(q.term)) && qs.every((q, i) => s.matches[i]! < MATCH.related || complements.has(q.term) || q.light || q.type !== null) ? 1 : 0]));
  // "do you TAKE insurance": with a light verb the object is the whole subject; a unit that says it
  // ("We do not bill insurance directly") beats one that says only the verb ("We accept cash, cards
  // ...") and has the object only in its section's title ("Payment, insurance and gift cards").
  const lightAsk = vt !== null && LIGHT_VERBS.has(vt) && isYesNoQuestion(question);
  const objectTerms = qs.flatMap((q, i) => (lightAsk && q.term !== vt && !q.light && !q.context && q.type === null ? [i] : []));
  const saysThing = (s: Scored) => (objectTerms.length > 0 && s.cover >= threshold && objectTerms.some((i) => s.matches[i]! >= MATCH.related) ? 1 : 0);
  const thingSaid = new Map(scored.map((s) => [s, saysThing(s)]));
  const asOurVerb = new Map(scored.map((s) => [s, vt !== null && isYesNoQuestion(question) && thingOnlyAsOurVerb(question, s.unit.text) ? 1 : 0]));
  // On a tie, "do you BUY guns": a unit that says the visitor's buying from us ("ammunition BOUGHT HERE") loses to one that says ours ("We do not buy used guns").
  const buyer = new Map(scored.map((s) => [s, isYesNoQuestion(question) && boughtFromUs(question, s.unit.text) ? 1 : 0]));
  // "do u rent HOCKEY SKATES": a unit that says its words only in two items of a list ("youth and adult hockey,
  // figure skating ice, ... rink rentals") can be no yes (answer-noyes), so one that says the thing comes first
  // ("Hockey and figure skates both available"), whatever their cover; the threshold still holds.
  const split = new Map(scored.map((s) => [s, isYesNoQuestion(question) && thingSplitAcrossItems(question, s.unit.text) ? 1 : 0]));
  // "do you deliver" (the verb alone asked): "we do not deliver TIERED CAKES BY COURIER" denies a case,
  // not the service; a unit above the threshold that says the service with no negative at all ("Cake
  // delivery and setup is $40") answers it, whatever the covers.
  const bareVerb = vt !== null && isYesNoQuestion(question) && qs.every((q) => q.light || q.type !== null || q.term === vt);
  const deniesACase = (x: Scored) => bareVerb && x.cover >= threshold && negatesVerbOf(x.unit.text, vt!);
  const plainSaid = bareVerb && candidates.some((c) => c.cover >= threshold && !NEGATIVE.test(c.unit.text));
  const caseDenied = new Map(scored.map((s) => [s, plainSaid && deniesACase(s) ? 1 : 0]));
  // On a tie, a sentence of the safety section loses to any other unless the question is about safety.
  const aside = new Map(scored.map((s) => [s, safetyAside(s.unit.heading, plainQuestion) ? 1 : 0]));
  const fit = (s: Scored) => (s.cover >= threshold ? fits.get(s.unit)! : 0);
  // "im 19 can i rent a pistol": an age told asks whether that age may, answered by a unit whose ages decide it ("You must be 21 to rent a handgun"), not a price row that names the thing ("Women's Pistol Night ... includes rental gun").
  // (Or as typed, the casual reading saying "can my 15 year old drive the cart" as "my child"; and "how old do you have to be to drive
  // a cart": an age asked is answered by the unit that states one, "Drivers must be 16 or older", not "Carts with handicap flags may
  // drive closer to greens", which says more of the question's words. Those two only of a unit that says every word of the subject
  // or its section does, and the weightiest (the first of equals) in its own words, the age's own "child" aside: "is the HAYRIDE free for my 4yo" is no question for the corn maze's "ages 4 and up".)
  const plainTold = tellsAge(plainQuestion);
  const told = plainTold ? plainQuestion : ((q) => (tellsAge(q) ? q : undefined))((typed ?? question).toLowerCase());
  const ageRule = askedKinds.includes(AGE_TYPE) ? ANSWER_TYPES[AGE_TYPE]!.has : null;
  const whom = new Set(ageToldTerms(typed ?? question));
  const subjectOf = qs.flatMap((q, i) => (q.light || q.type !== null || q.context || q.unknown || whom.has(q.term) ? [] : [i]));
  const main = subjectOf.reduce((m, i) => (m < 0 || qs[i]!.weight > qs[m]!.weight ? i : m), -1);
  const subjectSaid = (s: Scored) => main >= 0 && subjectOf.every((i) => s.matches[i]! >= MATCH.heading) && s.matches[main]! >= MATCH.morph;
  const decides = (s: Scored) => (s.cover >= threshold && (plainTold || subjectSaid(s)) && (told ? ageDecided(told, s.unit.text) : !!ageRule?.test(s.unit.text)) ? 1 : 0);
  // "whats your service area": "We serve Springfield, ..." beats "... anywhere in our service area" (above the threshold).
  const area = askedKinds.includes(AREA_TYPE) ? ANSWER_TYPES[AREA_TYPE]!.has : null;
  const states = new Map(scored.map((s) => [s, area && s.cover >= threshold && area.test(s.unit.text) ? 1 : 0]));
  // "are u open saturdays": a price whose row names weekends ("Emergency call-out (after 5:30 pm, weekends)") is no hours.
  const hoursOnly = askedKinds.some((t) => ANSWER_TYPES[t]!.words.includes('opening')) && !askedKinds.includes(PRICE_TYPE);
  // (A price row only: "Call-outs after hours cost an extra $90" is what "what if it's after hours" asks.)
  // (Only beside an answer that is no price row: "is the lockout call refunded if you cant OPEN the door" is the row's.)
  const priceRow = (x: Scored) => x.unit.kind === 'row' && ANSWER_TYPES[PRICE_TYPE]!.has.test(x.unit.text);
  // (So for a measure: "how far are the lanes" -> "14 lanes at 25 yards, 2 rifle lanes at 50 yards", not the "Rifle lane (50 yards)" price row.)
  const measures = askedKinds.includes(PRICE_TYPE) ? [] : askedKinds.filter((t) => t === DISTANCE_TYPE || t === SIZE_TYPE);
  const measured = (x: Scored) => measures.some((t) => ANSWER_TYPES[t]!.has.test(x.unit.text));
  const hoursElsewhere = (hoursOnly || measures.length > 0) && candidates.some((c) => c.cover >= threshold && !priceRow(c) && (hoursOnly || measured(c)));
  const priced = (x: Scored) => (hoursElsewhere && priceRow(x) ? 1 : 0);
  // "what time do u open in the morning": of the units that answer it equally well, the one giving the
  // hours as a span ("open Monday to Friday, 6:45 am to 6:00 pm") beats a holiday list that only says
  // "closed" and a passing time ("we decide by 5:30 am"), whichever chunk the search ranked first;
  // a span given for days first, as opening hours are ("what time do you close": not "Nap time is 12:30 pm to 2:30 pm").
  // "do you work sundays": when a unit above the threshold says on which days the work runs ("Moves
  // run 7 days a week"), the office's hours ("Office: Monday to Saturday") lose to it, whatever
  // their cover (a "No." from the office's days was told of the moves).
  const officeLine = (x: Scored) => isYesNoQuestion(question) && officeHoursOnly(plainQuestion, x.unit.text);
  const workDaysElsewhere = candidates.some((c) => c.cover >= threshold && !officeLine(c) && saysDays(c.unit.text));
  const office = (x: Scored) => (workDaysElsewhere && x.cover >= threshold && officeLine(x) ? 1 : 0);
  const span = (x: Scored) => (hoursOnly && HOURS_SPAN.test(x.unit.text) ? (/\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:days?)?|weekdays?|weekends?)\b/i.test(x.unit.text) ? 2 : 1) : 0);
  // On a tie, of the list items that hold the kind of answer asked, one whose label names the subject
  // ("how much is a CLASS" -> "Drop-in CLASS: $22") beats one that says it only in its details ("Kids
  // Yoga (ages 5-10): ..., $12 per class"). (Not a label alone: "do u guys board CATS" is no question
  // for "Cats: Rabies and FVRCP.", nor "is SMOKING allowed" for "Fire or SMOKE you can see: get out".)
  const subjectTerms = qs.filter((q) => !q.light && q.type === null && !q.context).map((q) => q.term);
  const labelled = (x: Scored) => {
    const label = x.unit.kind === 'sentence' && holds.get(x) ? /^([^:.;]{1,40}):\s/.exec(x.unit.text)?.[1] : undefined;
    return label !== undefined && subjectTerms.length > 0 && terms(label).some((t) => subjectTerms.includes(t)) ? 1 : 0;
  };
  // On a tie, "is there an age LIMIT", "any RESTRICTIONS on dogs": a unit that states a rule ("Players
  // under 14 MUST be with an adult") beats one that describes a case ("good for kids 8 and up").
  const ruleAsked = /\b(?:limits?|restrictions?|requirements?|rules?)\b/.test(plainQuestion);
  // ("what should i WEAR": a rule on what is worn, "Street shoes are not allowed on the walls", beats a rental's "Climbing shoes rent
  // for $6"; not a rule on another thing that says "wear", "every rider must wear a helmet", against "What to wear: long pants".)
  const wornTerms = /\bwear\b/.test(plainQuestion) ? relatedTerms(stem('wear')) : [];
  const rule = (x: Scored) => ((ruleAsked || wornTerms.some((t) => x.unit.terms.has(t))) && RULE_SAID.test(x.unit.text) ? 1 : 0);
  // On a tie, "do u have to reserve": a unit that says whether it is needed ("No reservation NEEDED for walk-ons")
  // beats one that names the thing for a case ("Friday: private groups only, by reservation").
  const needAsked = isYesNoQuestion(question) && NEED_ASKED_ANY.test(plainQuestion);
  // (Not a need said of a group the visitor may not be in: "Helmets are REQUIRED for children 12 and under" is no answer to "do i need a helmet".)
  const need = (x: Scored) => (needAsked && SAYS_NEEDED.test(x.unit.text) && !GROUP_SCOPED.test(x.unit.text) ? 1 : 0);
  // On a tie, "can i bring my dog", "are dogs allowed": a unit that lets the thing in or keeps it out
  // ("Dogs are WELCOME at tent sites") beats one that only says what to do with it ("Pick up after your dog.").
  const leaveAsked = isYesNoQuestion(question) && LEAVE_ASKED.test(plainQuestion);
  const leave = (x: Scored) => (leaveAsked && LEAVE_SAID.test(x.unit.text) ? 1 : 0);
  // On a tie, "do u do bathrooms": a unit of the section that lists what the business does ("## Services")
  // beats one that names the thing in passing ("We do not charge for quotes on new boilers or bathrooms").
  const offerAsked = vt !== null && isYesNoQuestion(question);
  const listed = (x: Scored) => (offerAsked && SERVICES_HEADING.test(innermostHeading(x.unit.heading)) ? 1 : 0);
  // "how much are extensions": under "## Extensions", the answer to the guide's own "**How much?**"
  // ("Tape-ins are $450 ...") beats a sentence elsewhere that names the thing beside another price
  // ("Colour, extensions and anything over 2 hours needs a $50 deposit").
  const guideAsked = (x: Scored) => (subjectTerms.length > 0 && x.cover >= threshold && !!x.unit.asks && askedKinds.some((t) => ANSWER_TYPES[t]!.has.test(x.unit.text) && ANSWER_TYPES[t]!.ask.test(normalizeCasual(x.unit.asks!))) && ((h) => subjectTerms.every((t) => h.has(t)))(new Set(terms(innermostHeading(x.unit.heading)))) ? 1 : 0);
  // On a tie, "do u allow pets": a unit of the section the subject names ("# Pets": "Up to two pets per home")
  // beats one that names it in passing ("Damage caused by a resident, a guest or a pet is billed ...").
  // ("can i have a CAT": "# Pets" names it by a word for it, against "A drain clogged by ... CAT litter".)
  const subjectRelated = qs.filter((q) => !q.light && q.type === null && !q.context).map((q) => [q.term, ...q.related]);
  const ownSection = (x: Scored) => (subjectTerms.length > 0 && ((h) => subjectRelated.every((ts) => ts.some((t) => h.has(t))))(new Set(terms(innermostHeading(x.unit.heading)))) ? 1 : 0);
  // On a tie, "do you have a pro shop": a unit that opens with the thing is about it ("Pro shop: opens 30 minutes before the first
  // tee time"), not one that names it in passing ("They never expire and can be used for golf, lessons, the pro shop and the grill").
  // (Only of having one, "do you have", "is there": "can i use my own mask" is no question for the safety rule "Masks stay on ...".)
  const hasAsked = (lightAsk && vt === stem('have')) || /^(?:is|are) there\b/.test(plainQuestion);
  const opens = new Map(scored.map((s) => [s, hasAsked && subjectTerms.length > 0 && opensWith(s.unit.text, new Set(subjectTerms)) ? 1 : 0]));
  const order = [...candidates].sort((a, b) => holds.get(b)! - holds.get(a)! || guideAsked(b) - guideAsked(a) || priced(a) - priced(b) || office(a) - office(b) || fit(b) - fit(a) || unraised(b) - unraised(a) || decides(b) - decides(a) || states.get(b)! - states.get(a)! || thingSaid.get(b)! - thingSaid.get(a)! || caseDenied.get(a)! - caseDenied.get(b)! || split.get(a)! - split.get(b)! || keys.get(b)! - keys.get(a)! || opens.get(b)! - opens.get(a)! || buyer.get(a)! - buyer.get(b)! || need(b) - need(a) || listed(b) - listed(a) || labelled(b) - labelled(a) || ownSection(b) - ownSection(a) || span(b) - span(a) || aside.get(a)! - aside.get(b)! || asOurVerb.get(a)! - asOurVerb.get(b)! || complementOnly.get(a)! - complementOnly.get(b)! || verbOnly.get(a)! - verbOnly.get(b)! || inName.get(a)! - inName.get(b)! || rule(b) - rule(a) || leave(b) - leave(a) || conditional(a) - conditional(b) || a.unit.rank - b.unit.rank || focused(a, b, qs) || a.unit.seq - b.unit.seq);
  return { order, aside, rowNamesSubject, askedKinds, bare, mustHave, plainQuestion };
}

/** `text` opens with every word of the thing (its `thing` stems), after at most a determiner ("Pro shop: ...", "The pool is ..."). */
function opensWith(text: string, thing: ReadonlySet<string>): boolean {
  const ws = (text.toLowerCase().match(/[a-z0-9'-]+/g) ?? []).slice(0, thing.size + 1).filter((w, i) => i > 0 || !/^(?:the|our|a|an)$/.test(w));
  const lead = new Set(ws.slice(0, thing.size).flatMap((w) => terms(w)));
  return [...thing].every((t) => lead.has(t));
}

/** Said of a group by age ("for children 12 and under", "riders under 16", "minors"). */
const GROUP_SCOPED = /\b(?:children|kids|minors|juniors|under \d+|\d+ and (?:under|younger)|ages? \d+)\b/i;

/** Leave asked to come with something or to do it ("can i bring", "are dogs allowed", "is it ok to", "can i use my own"). */
const LEAVE_ASKED = /\b(?:can|could|may) (?:i|we|my|our) (?:\w+ )?(?:bring|have|come|stay|keep)\b|\b(?:can|could|may) (?:i|we) (?:use|wear) (?:my|our) own\b|\b(?:allowed|permitted|welcome|ok to|okay to|alright to)\b/;
/** A unit that lets a thing in or keeps it out ("You may NOT BRING outside ammo for rental guns", shooting range QA). */
const LEAVE_SAID = /\b(?:welcome|allowed|permitted|not allowed|no \w+ (?:allowed|in|on)|may (?:not )?(?:come|stay|bring|join)|are (?:ok|okay|fine))\b|^no \w+/i;

/**
 * Of two units of one chunk that answer equally well, the one about the question alone comes first:
 * "is vat included" -> "All prices include VAT." (three words) before "New combi boiler fitted: from
 * £2,195 including VAT, with a 10-year manufacturer warranty ..." (VAT said in passing). Only a clear
 * difference counts (half the words or fewer); else the earlier sentence, as the guide orders them.
 */
function focused(a: Scored, b: Scored, qs: readonly QueryTerm[]): number {
  // (Only when both say every word the question names themselves: "Dogs and cats only." is no better
  // answer to "do u board cats" than the cat's price, nor "You pay when you pick up." to "pay with my phone".)
  // (And the question names a thing, not only a kind of answer: "wheres ur location" is no question for "Free parking behind the building.")
  // (In its own words, not its section's nor a guide's question over it: "**Where are you located?**" is over both.)
  const saysAll = (s: Scored) => ((own) => qs.every((q, i) => q.light || (s.matches[i]! >= MATCH.morph && (q.type !== null || own.has(q.term) || morphMatch(q.term, own)))))(new Set(terms(s.unit.text)));
  if (!qs.some((q) => !q.light && q.type === null) || !saysAll(a) || !saysAll(b)) return 0;
  const [x, y] = [a.unit.terms.size, b.unit.terms.size];
  return x > 0 && 2 * x <= y ? -1 : y > 0 && 2 * y <= x ? 1 : 0;
}

/** "we do NOT DELIVER tiered cakes": a negative, at most one word, the verb (stem `vt`), then what it is denied for. */
function negatesVerbOf(text: string, vt: string): boolean {
  return [...text.matchAll(/(?:\b(?:not|never|cannot)|n't)\s+(?:(\w+)\s+)?(\w+)\s+\w/gi)].some((m) => stem(m[2]!) === vt || (m[1] !== undefined && stem(m[1]) === vt));
}

/**
 * "is there someone on site at night" -> "If you see a fire ... call the on-site manager ..., day or night":
 * a yes or no whose best unit is a safety instruction (read aside) gets the best unit outside the safety
 * section that reaches the threshold and says a word of the subject as its own word ("A manager lives on site."):
 * an instruction for an emergency is no yes to a question about the business.
 */
export function besideSafety(question: string, qs: readonly QueryTerm[], order: readonly Scored[], aside: ReadonlyMap<Scored, number>, threshold: number): Scored | undefined {
  const first = order[0]!;
  if (!isYesNoQuestion(question) || !aside.get(first)) return undefined;
  // (Every word of the subject the instruction says, the sentence says as its own word: "Every van carries
  // springs ..., so most repairs get done on the first VISIT" is no word on a service call's fee.)
  const subject = qs.flatMap((q, i) => (!q.light && q.type === null && !q.context && !q.condition && first.matches[i]! >= MATCH.morph ? [q.term] : []));
  return subject.length ? order.find((s) => !aside.get(s) && s.unit.kind === 'sentence' && s.cover >= threshold && subject.every((t) => s.unit.terms.has(t))) : undefined;
}
