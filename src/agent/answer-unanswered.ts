import { isStopWord, terms, words } from '../ai/lexical.js';
import { isDescribing, JOB_NOUN, morphMatch } from './answer-words.js';
import { MONTH } from './answer-days.js';
import { innermostHeading } from '../knowledge/heading-path.js';

/** The sentences of an answer (its units joined), each with its own words. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/).map((s) => ({ s, said: new Set(terms(s)) }));
export const namesAny = (wanted: readonly string[], said: Set<string>) => wanted.some((t) => said.has(t) || morphMatch(t, said));

// Questions a sentence must say a particular thing to answer: whether one must be present, whether
// something is needed, whether it costs anything (ages: answer-ages). A unit that leaves the thing unsaid
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

/** Whether a thing is needed, asked in any words ("do i have to book", "do we need a reservation", "is a deposit required"). */
export const NEED_ASKED_ANY = /\b(?:need|needs|have to|has to|required|require|must|necessary|mandatory)\b/;
/**
 * That a thing is needed or not, said ("No reservation NEEDED", "a deposit is REQUIRED", "you MUST
 * sign", "NO NEED to book"): narrower than SAYS_RULE, whose bare "needs" is often a thing's own
 * needs ("Weed control needs pets off the lawn" says nothing of whether someone must be home).
 */
export const SAYS_NEEDED = /\b(?:needed|required|necessary|mandatory|no need|needs? to|must)\b/i;
/** A need said as a rule, not as advice ("required", "must", "needs"). */
export const SAYS_RULE = /\b(?:needs?|needed|requires?|required|requirements?|must|have to|has to|necessary|mandatory|essential|compulsory)\b/i;
/** Advice ("we recommend", "is suggested", "encouraged"). */
const SAYS_ADVICE = /\b(?:recommend(?:s|ed)?|suggest(?:s|ed)?|advise[sd]?|encourage[sd]?)\b/i;

/**
 * "do i need a helmet" -> "We recommend helmets for everyone.": advice is no rule, so no yes (nor a
 * no: the page's own words are said as they are). (Ice rink QA: it said "Yes.")
 */
export function adviceOnly(plainQuestion: string, text: string): boolean {
  return NEED_ASKED.test(plainQuestion) && SAYS_ADVICE.test(text) && !SAYS_RULE.test(text);
}

/** A question whether something costs ("do recitals COST ANYTHING", "is there a FEE for parking", "do i have to PAY for the visit"). */
const CHARGE_ASKED = /\b(?:cost(?:s)? (?:anything|extra|more|money)|(?:is|are) there (?:a|an|any) (?:\w+ )?(?:fee|charge|cost)s?|(?:any|extra|additional) (?:fee|charge|cost)s?|(?:do|will|would) (?:i|we) (?:have to |need to )?pay|(?:do|will) you charge)\b/;
/** Said of a price, "no" means free: "at no extra cost", "no additional charge". */
export const NO_CHARGE = /\b(?:(?:at|for|with) )?no (?:extra |additional |added |hidden )?(?:cost|charge|fee)s?\b/i;
/** An answer that says it is free ("free for students", "at no charge", "no extra cost", "complimentary"). */
const SAYS_FREE = new RegExp(String.raw`\b(?:free|complimentary|free of charge|on the house|on us|costs? nothing|without (?:charge|cost))\b|${NO_CHARGE.source}`, 'i');

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

/** A charge for leaving or changing something ("a fee TO CANCEL the plan", "a charge for rescheduling"): the act charged for (group 1). */
const FEE_FOR_ACT = /\b(?:fee|charge|cost|penalty)s? (?:to|for) (cancel\w*|reschedul\w*|transfer\w*|switch\w*|pause\w*|quit\w*|leav\w*)\b/;

/**
 * "do u charge for travel to dunmore" -> "Dunmore, Elgin and Fairhaven.": a question whether it costs,
 * and an answer that says nothing of paying. ("is there a fee to CANCEL the price cap plan" -> "Price
 * Cap plan. Your price ... never above the cap: $3.09 per gallon": a price, but not of cancelling.)
 */
export function chargeUnanswered(plainQuestion: string, text: string): boolean {
  if (!CHARGE_ASKED.test(plainQuestion)) return false;
  const act = FEE_FOR_ACT.exec(plainQuestion)?.[1];
  return !SAYS_CHARGE.test(text) || (!!act && !terms(text).includes(terms(act)[0] ?? act));
}

/** More of a thing asked, as an add-on ("can i get EXTRA cheese", "add bacon", "get double meat"): group 1 or 2 the thing ("more" or "double" only after get/add/want/with: "do you have more parking" asks no add-on). */
const EXTRA_ASKED = /\b(?:extra|add|additional|side of)\s+([a-z][a-z'-]{2,})\b|\b(?:get|add|want|with) (?:double|more)\s+([a-z][a-z'-]{2,})\b/;
/** Said as an add-on: "add", "extra", "additional", "double", "on the side", "add-on". */
const SAYS_EXTRA = /\b(?:add(?:-on|s|ed)?|extra|additional|double|on the side|side of|upgrade)\b/i;

/**
 * "can i get extra cheese" -> "Kids' plate (two cheese quesadillas and chips)": the thing is on the page,
 * but not as more of it (an add-on said of it, within a few words): no yes. (Food truck QA: it said "Yes.")
 */
export function extraUnsaid(plainQuestion: string, text: string): boolean {
  const thing = ((m) => m?.[1] ?? m?.[2])(EXTRA_ASKED.exec(plainQuestion));
  const [term] = thing ? terms(thing) : [];
  // (The word as typed: "an extra charge" asks a price, whatever its stem.)
  if (!term || /^(?:charge|cost|fee|time|info|detail|room|space|people|person|guest)/.test(thing!)) return false;
  return !text.split(/[.;]/).some((clause) => {
    const ws = words(clause.toLowerCase(), 200);
    return ws.some((w, i) => terms(w)[0] === term && ws.slice(Math.max(0, i - 5), i + 5).some((x) => SAYS_EXTRA.test(x)));
  });
}

/**
 * Whether a thing is safe (or harmless, toxic, organic...) for someone: "is it safe for my pets", "r ur
 * products safe for kids", "is the spray toxic". (Not the noun: "the combo to my SAFE", "a gun safe".)
 */
export const QUALITY_ASKED = /^(?:is|are|r|would|will|was)\b(?:\s+[\w'-]+){0,6}?\s+(?:safe|unsafe|harmful|harmless|toxic|non-?toxic|poisonous|dangerous|organic|natural|hypoallergenic|eco-?friendly|(?:pet|kid|child|family)[- ](?:friendly|safe))\b(?!\s+(?:combination|combo|box|deposit)\b)/;
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
// (Not "do YOU cover Clevedon": what the business covers is where it works, or what it does.)
const INCLUSION_ASKED = /\b(?:is|are) ((?:[\w'-]+ ){1,4})(?:included|part of)\b|\b(?:does|do|will) (?!(?:you|u|ya|y'?all|you guys) cover\b)(?:[\w'-]+ ){1,4}(?:include|includes|come with|cover) (?:an? |the |any |my )?([\w'-]+(?: [\w'-]+){0,2})/;
/** An answer that says what is included or what is extra: an inclusion, a price of its own, an exception. */
const SAYS_INCLUSION = new RegExp(String.raw`\b(?:includ\w*|comes? with|covers?|covered|separate(?:ly)?|extra|additional|on top of|plus|free|complimentary|part of|all-in|excluded)\b|${PRICE_SAID.source}`, 'i');

/**
 * "is heat included in the rent" -> "Emergency — Examples: No heat below 55°F inside ...": whether a
 * thing is part of another is answered by a unit that says what is included or what costs extra, not
 * by one that only names the thing (a "No heat" that is an emergency's description is no "no"); and
 * that says it of the thing asked, or a related word ("Parking is included" says nothing of heat; "lunch" is a meal).
 */
export function inclusionUnanswered(plainQuestion: string, text: string, related: (term: string) => readonly string[] = () => []): boolean {
  const asked = INCLUSION_ASKED.exec(plainQuestion);
  if (!asked) return false;
  if (!SAYS_INCLUSION.test(text)) return true;
  const thing = inclusionThing(asked);
  return thing.length > 0 && !namesAny([...thing, ...thing.flatMap(related)], new Set(terms(text)));
}

/**
 * The unit that answers whether a thing is included: the best, or else the next as good that says what
 * is included ("does the belay class include a day pass" -> "Intro to Belay: ..., includes a day pass",
 * when the best said "pass a belay test"); null when none does.
 */
export function inclusionAnswerer<S extends { cover: number; unit: { text: string } }>(plainQuestion: string, best: S, order: readonly S[], threshold: number, related: (term: string) => readonly string[]): S | null {
  const unsaid = (s: S) => inclusionUnanswered(plainQuestion, s.unit.text, related);
  return !unsaid(best) ? best : (order.find((s) => s.cover >= threshold && !unsaid(s)) ?? null);
}

/** The thing whose inclusion is asked (INCLUSION_ASKED's group 1 or 2), as terms. */
const inclusionThing = (asked: RegExpExecArray) => terms(asked[1] ?? asked[2] ?? '').filter((t) => !isStopWord(t));

/** What the thing asked comes on top of: "plus HST", "+ tax", "excluding VAT", "delivery is extra", "HST not included". */
const ON_TOP_AFTER = /(?:\bplus|\+|\bexcluding|\bnot including|\bexclusive of)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)/gi;
const ON_TOP_BEFORE = /((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:(?:is|are)\s+)?(?:extra|additional|not included|charged separately|billed separately|on top)\b/gi;

/**
 * "is HST included" -> "All prices are in Canadian dollars, plus HST": the thing asked is added on
 * top of the price, so it is not included (a no), whatever else the sentence says.
 */
export function addedOnTop(plainQuestion: string, clause: string): boolean {
  const asked = INCLUSION_ASKED.exec(plainQuestion);
  const thing = asked ? inclusionThing(asked) : [];
  if (!thing.length) return false;
  return [...clause.matchAll(ON_TOP_AFTER), ...clause.matchAll(ON_TOP_BEFORE)].some((m) => namesAny(thing, new Set(terms(m[1]!))));
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

/** Right after the standing's word: another firm holds it ("licensed PARTNER", "a licensed ELECTRICIAN WE BRING IN"). */
const OTHERS_HOLD = /^\s+(?:[\w-]+\s+){0,2}?(?:partners?|subcontractors?|sub-contractors?|contractors? (?:we|who)|third[- ]part(?:y|ies)|\w+ (?:we|they) (?:hire|use|bring in|call in))\b/i;

/**
 * "are you insured" -> "Written appraisals for insurance or sale: $95": the standing asked about is
 * named only as what another thing is FOR (a purpose, a kind of claim), not held by the business;
 * no yes (a "$5 million general liability insurance", "licensed by the county" still answers).
 */
export function credentialUnanswered(plainQuestion: string, text: string): boolean {
  const asked = CREDENTIAL_ASKED.exec(plainQuestion)?.[1];
  if (!asked) return false;
  // ("are your techs licensed electricians" -> "We coordinate the job with our LICENSED PARTNER, Bright Path
  // Electric": held by the partner the work is handed to, not by the business's own people.)
  const held = [...text.matchAll(CREDENTIAL_WORD[asked]!)].some((m) => !/\bfor (?:(?:an?|the|your|home|car|auto|life|health) )?$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!)) && !OTHERS_HOLD.test(text.slice(m.index! + m[0].length)));
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
  return WARRANTY.test(innermostHeading(heading)) || WARRANTY_SPAN.test(text);
}

/** A holiday named ("on christmas", "over thanksgiving", "bank holidays"). */
const HOLIDAY = /\b(?:christmas|xmas|thanksgiving|easter|new year'?s?(?: day| eve)?|memorial day|labou?r day|independence day|(?:the )?(?:4th|fourth) of july|july (?:4|4th|fourth)|boxing day|good friday|halloween|hanukkah|veterans day|presidents'? day|canada day|victoria day|bank holidays?|public holidays?|holidays?)\b/i;

/** Said of every day, or of a break or dates, which a holiday falls in ("winter break (Dec 22 - Jan 2)"). */
const HOLIDAY_ANSWERED = new RegExp(String.raw`\b(?:every day|365 days|7 days a week|24\/7|all year|break)\b|\b(?:${MONTH})\.? \d`, 'i');

/**
 * "do you have classes on christmas" -> "Yes. Drop-in class: $22": a yes to a holiday the answer
 * never speaks of (a holiday may be closed whatever the week says); every day, a 24/7 line, the
 * holiday or holidays named, or a break or dates, answer it.
 */
export function holidayUnanswered(plainQuestion: string, text: string): boolean {
  return HOLIDAY.test(plainQuestion) && !HOLIDAY.test(text) && !HOLIDAY_ANSWERED.test(text);
}

/** A holiday by one of its names (group 1), and its eve (group 2), which is another day. */
const NAMED_HOLIDAY = /\b(christmas|xmas|thanksgiving|easter|new year'?s?|memorial day|labou?r day|independence day|(?:the )?(?:4th|fourth) of july|july (?:4|4th|fourth)|boxing day|good friday|halloween|hanukkah|veterans day|presidents'? day|canada day|victoria day)( eve)?\b/gi;
/** One key per holiday however it is said ("xmas", "Christmas Day"; "the 4th of july", "independence day"). */
const holidayKey = (name: string) => name.toLowerCase().replace(/^xmas$/, 'christmas').replace(/^new year.*/, 'new year').replace(/^labou?r.*/, 'labor').replace(/.*\b(?:july|independence)\b.*/, 'july 4').replace(/^presidents'?.*/, 'presidents');
const holidaysNamed = (text: string) => new Set([...text.matchAll(NAMED_HOLIDAY)].map((m) => `${holidayKey(m[1]!)}${m[2] ? ' eve' : ''}`));

/**
 * "are you open on thanksgiving" -> "No. Closed on Christmas Day.", "what time do you open on christmas
 * EVE" -> "Closed on Christmas Day": the answer names holidays, but not the one asked (an eve is
 * another day), so what it says is of another day; holidays said as a whole, every day, or dates answer it.
 */
export function holidayOfAnother(plainQuestion: string, text: string): boolean {
  const asked = holidaysNamed(plainQuestion);
  if (!asked.size || /\bholidays?\b/i.test(text) || HOLIDAY_ANSWERED.test(text)) return false;
  const said = holidaysNamed(text);
  return said.size > 0 && ![...asked].some((h) => said.has(h));
}

/** Someone coming without company asked about ("can a 12 year old play ALONE", "can my kid come BY HERSELF"). */
export const ALONE = /\b(?:alone|by (?:my|him|her|your|them|our)sel(?:f|ves)|on (?:my|his|her|their|your|our) own|unaccompanied|without (?:a parent|an adult|me|us))\b/;
/** An answer that speaks of company: who must come along, or coming alone. */
const SAYS_COMPANY = /\b(?:with (?:a|an|their|your|his|her) (?:parent|adult|guardian|grown-?up)|accompan\w*|supervis\w*|alone|on (?:their|your|his|her) own|unaccompanied|drop[- ]?off|by (?:them|him|her|your)sel(?:f|ves))\b/i;

/**
 * "can a 12 year old play alone" -> "Grandma's Attic: ... good for kids 8 and up": whether someone may
 * come without company is answered by a rule about company, not by an age the place suits; no yes.
 */
export function companyUnanswered(plainQuestion: string, text: string): boolean {
  return ALONE.test(plainQuestion) && !SAYS_COMPANY.test(text);
}

/** "is the first massage free", "are estimates free", "can i watch the recital for free": whether the thing asked costs nothing. */
const FREE_ASKED = /^(?:is|are|r|will|would|do|does|can|could|may)\b(?:\s+[\w'-]+){1,8}?\s+free\b/;

/**
 * "is the first massage free" -> "Free parking behind the building ...": a yes to a question of
 * cost from a sentence where something else is free, nor from one that says nothing of cost ("is the
 * kids area free" -> "Kids ... can boulder in the kids' area"). The sentence must say the subject
 * asked about itself (a word of it, or a related one), not leave it to the page's title.
 */
export function freeOfAnother(plainQuestion: string, text: string, subject: ReadonlyArray<{ term: string; related: string[] }>, heading = ''): boolean {
  if (!FREE_ASKED.test(plainQuestion)) return false;
  if (!/\bfree\b/i.test(text)) return !SAYS_CHARGE.test(text) && !SAYS_FREE.test(text) && !SAYS_INCLUSION.test(text);
  // ("is it free?" with nothing before it: no thing asked about, so no sentence says it is free.)
  if (!subject.length) return true;
  // The sentence that says free must say the thing (its section's heading may): "is the first class
  // free" -> "... for your FIRST CLASS to fill out a waiver. Mat rental is $3; towels are FREE." is
  // another thing free.
  return !text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => /\bfree\b/i.test(sentence))
    .some((sentence) => {
      const said = `${heading}. ${sentence}`;
      const saidTerms = new Set(terms(said));
      // (A related word counts when it is not part of a name: "first" is no "New Year's Day".)
      const plainWords = new Set(terms(said.replace(/(?<=[\w,;:)] )(?:[A-Z][\w'’-]*\s?)+/g, ' ')));
      return subject.some((q) => saidTerms.has(q.term) || q.related.some((r) => plainWords.has(r)) || morphMatch(q.term, saidTerms));
    });
}

/**
 * "is the hot stone add on free" -> "Hot stone add-on: $20 with any massage": a price for it, and no
 * word of its being free, is a no. So is "is an album included" -> "Heirloom albums start at $650":
 * the thing asked about, priced on its own (named before its price in the clause), with no word of
 * its being included ("The Full Day collection is $4,200: ... an engagement session" prices the
 * collection, which holds the session).
 */
export function pricedWhenFreeAsked(plainQuestion: string, text: string): boolean {
  if (FREE_ASKED.test(plainQuestion)) return PRICE_SAID.test(text) && !/\bfree\b/i.test(text);
  const asked = INCLUSION_ASKED.exec(plainQuestion);
  if (!asked || INCLUDED_SAID.test(text)) return false;
  const price = PRICE_SAID.exec(text);
  if (!price) return false;
  const clause = text.slice(0, price.index).split(/[.;:,]/).pop() ?? '';
  return namesAny(inclusionThing(asked), new Set(terms(clause)));
}

/** "does dry needling HURT", "will rekeying DAMAGE the lock": whether a thing (group 1) does harm. */
const HARM_ASKED = /^(?:does|do|will|would|can|could|did)\s+((?:[\w'-]+\s+){0,5}?[\w'-]+)\s+(?:hurt|harm|damage|ruin|scratch|stain|sting|burn|scar|bruise)\b/;
/** A sentence that says whether it harms or how it feels ("a slight sting", "painless", "will not damage"). */
const SAYS_HARM = /\b(?:hurts?|hurting|pain\w*|harm\w*|damag\w*|ruin\w*|scratch\w*|stain\w*|stings?|stinging|burns?|burning|scars?|scarring|bruis\w*|sore\w*|numb\w*|discomfort|uncomfortable|gentle|safe|safely)\b/i;

/**
 * "does dry needling hurt" -> "Yes. Dry needling add-on: $35", "does pruning hurt the tree" -> "Yes.
 * If someone is trapped or HURT under a tree ...": whether a thing harms is answered only by a
 * sentence that says how it feels or what it harms, of the thing asked (a word of it, when it is
 * named: "it" is whatever the page is about); anything else is no yes, no no, and no answer.
 */
export function harmUnanswered(plainQuestion: string, text: string): boolean {
  const asked = HARM_ASKED.exec(plainQuestion);
  if (!asked) return false;
  const subject = terms(asked[1]!).filter((t) => !isStopWord(t));
  return !sentencesOf(text).some(({ s, said }) => SAYS_HARM.test(s) && (!subject.length || namesAny(subject, said)));
}

/** "is the purified water safe for my PLANTS": whom or what the thing must be safe for (group 1). */
const SAFE_FOR = /\b(?:safe|unsafe|harmful|harmless|toxic|non-?toxic|poisonous|dangerous)\s+(?:for|to|around|with|near)\s+(?:my|our|your|the|a|an|small|young|little)?\s*([\w'-]+)/;

/**
 * "is the purified water safe for my plants" -> "We use purified water on a pole for outside glass":
 * a sentence that states no safety (qualityUnanswered) is quoted for what it tells to do only when
 * it speaks of whom it is asked for ("Pets and kids should stay off treated areas" for "safe for my
 * pets"); one that names neither the safety nor them is no answer at all. (`text`: with the guide's
 * own question over it, "Is soft washing safe for my plants? Yes. We wet the plants down ...".)
 */
export function safeForUnsaid(plainQuestion: string, text: string): boolean {
  const whom = SAFE_FOR.exec(plainQuestion)?.[1];
  // (A word of safety of another form counts as speaking of it: "certified by the EPA SAFER Choice program".)
  if (!whom || !qualityUnanswered(plainQuestion, text) || /\bsaf(?:er|est|ety)\b/i.test(text)) return false;
  const t = terms(whom).filter((w) => !isStopWord(w));
  return t.length > 0 && !namesAny(t, new Set(terms(text)));
}

/** Terms a business sets on its work, as asked ("a WARRANTY on", "a REFUND for", "a DISCOUNT for", "a DEPOSIT for"), and how a sentence says each. */
export const POLICY_TERMS: ReadonlyArray<{ asked: RegExp; said: RegExp }> = [
  { asked: /\b(?:warrant(?:y|ies|eed)|guarantee[sd]?)\b/, said: /\b(?:warrant\w*|guarant\w*)\b/i },
  { asked: /\b(?:refunds?|refundable|money back)\b/, said: /\b(?:refund\w*|money back)\b/i },
  { asked: /\b(?:discounts?|discounted)\b/, said: /\b(?:discount\w*|\d+\s?% off|[$]\d+ off)\b/i },
  { asked: /\bdeposits?\b/, said: /\bdeposits?\b/i },
];
/** The business's work in general, no thing of its own. */
const GENERAL_WORK = new Set(terms('repair repairs work job jobs labor labour workmanship service services install installs installation installations part parts everything anything unit units system systems'));
/** The thing a term is asked of: "a warranty ON wildlife exclusion", "a refund FOR my membership", "is the membership REFUNDABLE". */
const POLICY_OF = /\b(?:warrant(?:y|ies)|guarantees?|refunds?|money back|discounts?|deposits?)\s+(?:on|for|with|of)\s+(.+)$|^(?:is|are|r)\s+(?:the |my |a |an |your )?(.+?)\s+(?:refundable|guaranteed|discounted|under warranty)\b/;

/**
 * "is there a warranty on wildlife exclusion" -> "Yes. Exclusion work ... is quoted after the
 * inspection. Both come with a 5-year TERMITE warranty", "can i get a refund on my membership" ->
 * "Yes. Cancel a class spot ... for a full refund": the term asked (a warranty, a refund, a discount,
 * a deposit) is said, but of another thing. A yes needs a sentence that says the term and names the
 * thing asked (itself, a related word, or the heading of its section); `units`: the answer's units
 * with their section headings, `thing`: the thing's words with their related words.
 */
export function policyOfAnother(plainQuestion: string, units: ReadonlyArray<{ text: string; heading: string }>, related: (term: string) => readonly string[]): boolean {
  const policy = POLICY_TERMS.find((p) => p.asked.test(plainQuestion));
  const of = POLICY_OF.exec(plainQuestion);
  if (!policy || !of) return false;
  // (The business's own work in general, "a warranty on REPAIRS", "on your WORK", is what a general term answers: "All workmanship is guaranteed for 2 years";
  // an amount is the visitor's case, no thing: "a deposit for a $3000 job" -> "Jobs over $2,500 need a 30% deposit".)
  // (Nor a word that describes it, "a NEW tank install", nor, beside a word naming the thing, the job done
  // to it: "a guarantee on air duct CLEANING" is not said by "DRYER VENT CLEANING has a 90-day guarantee".)
  const said = words(of[1] ?? of[2] ?? '', 40).filter((w) => !isStopWord(w) && !policy.asked.test(w) && !/\d/.test(w));
  const named = said.filter((w) => !JOB_NOUN.test(w));
  const thing = (named.length ? named : said).flatMap((w) => terms(w)).filter((t) => !GENERAL_WORK.has(t) && !isDescribing(t));
  if (!thing.length) return false;
  const wanted = thing.flatMap((t) => [t, ...related(t)]);
  const saying = units.flatMap((u) => sentencesOf(u.text).filter(({ s }) => policy.said.test(s)).map(({ said }) => ({ said, heading: new Set(terms(innermostHeading(u.heading))) })));
  return saying.length > 0 && !saying.some(({ said, heading }) => namesAny(wanted, said) || namesAny(wanted, heading));
}

/** An answer that says a thing is part of another, or costs nothing more. */
const INCLUDED_SAID = new RegExp(String.raw`\b(?:includ\w*|comes? with|part of|all-in|no extra)\b|${SAYS_FREE.source}`, 'i');

