import type { SearchHit } from '../knowledge/service.js';
import { businessCountry, extractListedPhone } from '../contacts/index.js';
import { phoneForVisitors } from '../contacts/phone-display.js';
import { comesOut, contactPhone, type BusinessContext } from './context.js';
import type { Hazard } from './triage.js';
import { aboutAnimal, ANIMAL } from './triage-poison.js';
import { normalizeCasual, terms } from '../ai/lexical.js';
import { EMPHASIS } from './answer-units.js';
import { innermostHeading } from '../knowledge/heading-path.js';

// What an emergency reply says, in order: the safety instruction for that hazard (from the
// business's own knowledge when it has one, else a standard instruction), the business's
// emergency line (from its knowledge, else its contact number), then the choice between a
// callback and a few quick questions. Nothing here claims an alert or a callback: those are
// only promised once the lead is written.

const SEARCH: Record<Hazard, string> = {
  GAS: 'smell gas leak what to do leave building switches gas company',
  CARBON_MONOXIDE: 'carbon monoxide CO alarm detector what to do',
  FIRE: 'smoke fire burning what to do',
  MEDICAL: 'medical emergency call 911 bleeding chest pain poison swallowed injured collapsed breathing vet',
  ELECTRICAL: 'sparks burning smell electrical outlet panel breaker what to do',
  WATER_ELECTRICITY: 'water electrical outlet panel power breaker what to do',
  WATER: 'burst pipe leak flooding shut off main water valve stopcock',
  SEWAGE: 'sewage backup drain toilet overflowing what to do',
  NO_HEAT: 'no heat furnace boiler heating cold what to do',
  VEHICLE: 'brakes failing breakdown pull over tow what to do',
  BIOHAZARD: 'biohazard blood bodily fluids cleanup what to do',
  STATED: 'emergency what to do',
  CUSTOM: 'emergency what to do',
};

/** Words one of which a knowledge sentence must contain to be about this hazard. */
const ABOUT: Record<Hazard, RegExp> = {
  GAS: /\bgas\b|rotten egg/i,
  CARBON_MONOXIDE: /carbon monoxide|\bCO\b/,
  FIRE: /\b(?:smoke|fire|burning)\b/i,
  MEDICAL: /\b(?:911|999|112|emergency room|ambulance|bleeding|chest pain|medical emergenc|poison\w*|swallow\w*|eaten|injur\w*|hurt|collaps\w*|breathing|unconscious|seizures?|choking|colic\w*|vet|veterinar\w*|animal (?:hospital|emergency))/i,
  ELECTRICAL: /\b(?:spark\w*|burning|electric\w*|breaker|outlet|panel|power lines?|downed)\b/i,
  WATER_ELECTRICITY: /\b(?:electric\w*|breaker|outlet|power)\b/i,
  WATER: /\b(?:shut[- ]?off|stop ?(?:tap|cock)|main (?:water )?valve|burst|leak\w*|flood\w*)\b/i,
  SEWAGE: /\b(?:sewage|sewer|backup|backing up|drains?|toilets?|overflow\w*)\b/i,
  NO_HEAT: /\b(?:heat\w*|furnace|boiler|warm)\b/i,
  // (A breakdown on the road too: a towing company's "If you break down on the highway, pull as far onto the shoulder ...".)
  VEHICLE: /\bbrakes?\b|\b(?:break|breaks|breaking|broke|broken) down\b|\bbreakdowns?\b|\b(?:highway|motorway|freeway|hard shoulder|live lane)\b/i,
  BIOHAZARD: /\b(?:biohazard|blood|bodily fluids?|needles?|sharps)\b/i,
  STATED: /\bemergenc/i,
  CUSTOM: /\bemergenc/i,
};

const FALLBACK: Record<Hazard, string> = {
  GAS: "If you can smell gas, leave the building now, don't use light switches, phones or anything that could spark inside, and call your gas utility's emergency number from outside.",
  CARBON_MONOXIDE: 'Get everyone out into fresh air now and stay out; if anyone feels dizzy, sick or drowsy, call {ER} straight away.',
  FIRE: 'If there is smoke or fire, get everyone out and call {ER} now.',
  MEDICAL: 'Please call {ER} now; this needs emergency medical help, not an appointment.',
  ELECTRICAL: "Keep away from it, and if it is safe to reach, switch the power off at the main breaker. Don't touch anything that is sparking or hot.",
  WATER_ELECTRICITY: "Keep away from the water near anything electrical, and if you can reach the main breaker without stepping in water, switch the power off. Don't touch wet switches or plugs.",
  WATER: 'If you can, turn off the main water valve (the stopcock, usually where the water pipe comes into the house) to stop the flow, and keep clear of any wet electrics.',
  SEWAGE: 'Stop using the taps, toilets and drains for now, and keep people and pets away from the dirty water.',
  NO_HEAT: "Keep everyone together in the warmest room with extra layers, and don't heat the house with the oven or an outdoor heater.",
  VEHICLE: "Get off the road somewhere safe as soon as you can (lower gears and the parking brake slow the car), put your hazard lights on, and don't drive it any further.",
  BIOHAZARD: "Keep everyone, children and pets away from it and don't touch it or clean it up without gloves.",
  // (An emergency said in words no hazard rule knows, "i think someone is in my house": whatever it is, people first.)
  STATED: 'If anyone is in danger, call {ER} now.',
  CUSTOM: '',
};

/** A power line down ("wires down in the yard", "a downed line on the driveway"): no breaker of the house switches it off. */
const DOWNED_LINE = /\b(?:(?:power|electric\w*|utility|overhead|hydro) )?(?:lines?|wires?|cables?) (?:is |are |has |have |just )?(?:down|fallen|fell|came down|come down|snapped|hanging|dangling|on the ground|lying)\b|\b(?:downed|fallen|snapped) (?:(?:a|the|an) )?(?:(?:power|electric\w*|hydro|utility) )?(?:lines?|wires?|cables?)\b/;
const DOWNED_LINE_SAFETY = 'Stay at least 10 metres (33 feet) away from the wire and anything it touches, keep everyone and pets back, treat it as live, and call {ER} and the power company now.';

/** A toilet that keeps overflowing: its own valve stops it, before anything else. */
const TOILET_OVERFLOW = /\b(?:toilets?|loo|wc|commode)\b[^.!?]{0,60}\b(?:overflow\w*|running over|spilling|flooding|won'?t stop|wont stop|keeps? (?:running|filling)|pouring)|\b(?:overflow\w*|flooding)\b[^.!?]{0,20}\b(?:toilets?|loo|wc)\b/;
/** The hazards whose standard instruction an owner's own emergency words may borrow, and the words that say it is theirs (first match wins). */
const LENDS: ReadonlyArray<readonly [Hazard, RegExp]> = [
  ['GAS', ABOUT.GAS],
  ['CARBON_MONOXIDE', ABOUT.CARBON_MONOXIDE],
  ['FIRE', /\b(?:smoke|fire|flames?)\b/i],
  ['SEWAGE', /\b(?:sewage|sewer)\b/i],
  // (The heating, not a water heater's hot water.)
  ['NO_HEAT', /\b(?:heat|heating|furnace|radiators?)\b|(?<!water )\b(?:heater|boiler)\b/i],
];

/** Water coming from the home above ("through my ceiling from the unit upstairs"): the tenant's own main valve stops nothing. */
// (Another home, not the house's own upstairs: "water pouring through the ceiling from upstairs" in a house is its own bathroom, and its own stopcock stops it.)
const FROM_ABOVE = /\b(?:(?:unit|apartment|apt|flat|condo|neighbou?rs?)(?: \w+)? (?:upstairs|above(?: me| us)?)|upstairs (?:unit|apartment|apt|flat|condo|neighbou?rs?)|(?:the )?(?:people|tenants?|neighbou?rs?) (?:upstairs|above))\b/;
const FROM_ABOVE_SAFETY = "Keep clear of any wet electrics and light fittings, put a bucket or towels under it, and if you can, knock on the door upstairs so they can turn their water off.";
const TOILET_SAFETY = "Turn off the toilet's water now: the small valve on the wall or floor behind it, turned clockwise. Then stop using the taps, toilets and drains, and keep people and pets away from the dirty water.";

/**
 * An attack on a business's computers ("a ransom note on every screen", "someone is in our e-mail
 * sending invoices"): nobody is in danger, so no "call 911"; what stops the damage comes first.
 */
const ACCOUNT_TAKEN = /\b(?:(?:e-?mail|account|office 365|microsoft 365|outlook|gmail|bank\w*)\b[^.!?]{0,40}\b(?:hack\w*|compromised|taken over|broken into)|(?:hack\w*|logged) into (?:our|my|the) (?:e-?mail|accounts?|outlook|office 365|microsoft 365|gmail|bank\w*)|someone (?:is |has )?(?:logged|logging|sending)\b[^.!?]{0,40}\b(?:our|my) (?:e-?mail|accounts?))/;
const CYBER_ATTACK = /\b(?:ransom\w*|malware|virus(?:es)?|hack(?:ed|ers?)|encrypted|phish\w*|(?:data )?breach(?:ed)?|cyber ?attack\w*|compromised)\b/;
const ACCOUNT_SAFETY = "From a computer or phone that is not affected, change that account's password now and sign it out everywhere; don't pay or reply to anything the attacker sent.";
const CYBER_SAFETY = "Disconnect the affected computers from the network now (unplug the network cable or turn off Wi-Fi) but leave them switched on, and don't pay or reply to anything the attackers sent.";

/** The instruction for an attack on the computers said in `said`, or null when it is no such attack. */
function cyberSafety(said: string): string | null {
  const text = normalizeCasual(said);
  if (ACCOUNT_TAKEN.test(text)) return ACCOUNT_SAFETY;
  return CYBER_ATTACK.test(text) ? CYBER_SAFETY : null;
}

/** For an animal in danger ("my dog ate grapes") emergency care is a vet, not {ER}. */
const ANIMAL_MEDICAL = 'Please get your pet to a vet or an emergency animal hospital now; call them on the way.';

/** The local emergency number for the business's country. */
export function emergencyNumber(ctx: BusinessContext): string {
  const c = businessCountry(ctx.business);
  if (c === 'GB' || c === 'IE') return '999';
  if (['US', 'CA', 'MX', 'PR'].includes(c)) return '911';
  if (c === 'AU') return '000';
  return '112';
}

function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.replace(/^#+\s*/, '').replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').replace(EMPHASIS, '').split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 10 && s.length < 400);
}

export function knowledgeSearchFor(hazard: Hazard): string {
  return SEARCH[hazard];
}

/**
 * The business's own instruction for this hazard: a sentence of a safety/emergency section about
 * it. Of several, the one sharing most words with what the visitor said (`said`): "my dog ate
 * grapes" gets the knowledge's sentence about something poisonous eaten, not the one about
 * bleeding; ties go to the first found (the best hit).
 */
export function safetyInstruction(hazard: Hazard, hits: SearchHit[], said = ''): string | null {
  return safetyInstructions(hazard, hits, said)[0] ?? null;
}

/** Every such instruction, best first (ties in the order found): "what do I do?" gets more than one. */
export function safetyInstructions(hazard: Hazard, hits: SearchHit[], said = ''): string[] {
  const about = ABOUT[hazard];
  const words = new Set(terms(said));
  // (Whose animal it is is no person hurt: "my son's dog ate chocolate", "my daughters horse is colicking".)
  const person = PERSON_SAID.test(normalizeCasual(said).replace(new RegExp(String.raw`\b\w+(?:'s|s)?\s+(?:\w+\s+)?${ANIMAL}\b`, 'gi'), ' '));
  const animal = aboutAnimal(said) && !person;
  const found: Array<{ s: string; score: number }> = [];
  for (const hit of hits) {
    const section = `${hit.title} ${hit.heading}`;
    // (A heading that is itself the condition, "If you smell gas", heads what to do then.)
    const safetySection = /safety|emergenc|what to do|urgent|danger/i.test(section) || /^(?:if|in case)\b/i.test(innermostHeading(hit.heading));
    for (const s of sentences(hit.content)) {
      // An instruction: it tells the reader what to do (an imperative or "if ... ,").
      // ("Emergency call-outs cost $180" is a price: a call-out is no call to make.)
      const instructs = /^(?:if|when|in case|leave|get|turn|shut|switch|call(?!-)|do not|don't|never|stop|keep|open|go|evacuate|unplug|press)\b/i.test(s) || /\b(?:leave|turn off|shut off|switch off|do not|don't|call(?!-))\b/i.test(s);
      if (!instructs || !(safetySection || /^(?:if|in case)\b/i.test(s))) continue;
      // A sentence that leans on the one before it ("Often it's a dried-out floor drain, but don't
      // stay inside") is no instruction said alone: the hazard it is about is in the other sentence.
      if (/^(?:it|it's|its|this|that|these|those|they|he|she|often|usually|sometimes|but|and|so|also|otherwise)\b/i.test(s)) continue;
      let shared = 0;
      for (const w of new Set(terms(s))) if (words.has(w)) shared++;
      // About the hazard by its words, or the guide's own picture of what the visitor describes
      // ("a roaring noise and sparks out the top" is the guide's chimney fire, though sparks
      // alone read as electrical): three of the visitor's words in one instruction.
      const aboutIt = about.test(s);
      // ("If a permanent tooth is knocked out, ..." to "my son knocked out his front tooth": the
      // guide's condition is what the visitor describes, though it names no hazard word.)
      const situation = describesSituation(s, words);
      if (!aboutIt && !situation && shared < 3) continue;
      // ("If you smell gas, leave the building and call 911" is no instruction for chest pains, though it says 911;
      // the guide's own picture of what the visitor describes still is: its chimney fire for "a roaring noise and sparks out the top".)
      if (!situation && forAnotherCase(s, hazard, said, shared)) continue;
      // ("If a person is hurt, call 911 first" is no instruction for a colicking horse, nor "If a horse
      // here is colicking, ..." for a rider's broken arm.)
      const condition = conditionOf(s) ?? '';
      if (animal && PERSON_CASE.test(condition) && !aboutAnimal(condition)) continue;
      if (person && aboutAnimal(condition) && !PERSON_CASE.test(condition)) continue;
      const score = shared + (aboutIt ? 1 : 0) + (situation ? 1 : 0);
      if (!found.some((f) => f.s === s)) found.push({ s, score });
    }
  }
  // (A stable sort: equal scores keep the order of the hits.)
  return found.sort((a, b) => b.score - a.score).map((f) => f.s);
}

/** A person the visitor tells of ("my DAUGHTER fell off", "I fell and hurt MY BACK"): whom the emergency may be about (not "baby", a foal or a pup too). */
const PERSON_SAID = /\bmy (?:arm|leg|back|head|neck|wrist|ankle|shoulder|hand|foot|knee|hip|ribs?|chest)\b|\b(?:son|daughter|kids?|child|children|boy|girl|husband|wife|mom|mother|dad|father|grandma|grandpa|friend|rider|person|someone|somebody|student|camper|guest)\b/i;
/** A case said of a person ("If a person is hurt", "if anyone feels dizzy"). */
const PERSON_CASE = /\b(?:a person|someone|somebody|anyone|anybody|people|a rider|a guest|a child|a visitor|a customer|you are|you're|you feel)\b/i;

/** The case an instruction is for: the words of its opening "If ...," ("If a permanent tooth is knocked out, ..."), else null. */
export function conditionOf(instruction: string): string | null {
  return /^(?:if|when|in case)\b([^,;:]{3,120}(?:, (?:like|such as|say) [^,;:]{1,60})?)[,;:]/i.exec(instruction)?.[1] ?? null;
}

/** The hazards with words of their own (a stated or owner's emergency has none). */
const NAMED_HAZARDS: readonly Hazard[] = (Object.keys(ABOUT) as Hazard[]).filter((h) => h !== 'STATED' && h !== 'CUSTOM');

/**
 * An instruction for another hazard's case: it opens on a case ("If you smell gas, ...", "For a
 * medical emergency call 911 first") that names another hazard and not this one. (QA, an inn: "my
 * husband is having chest pains" was told "If you smell gas, leave the building and call 911"; a
 * car broken into in the car park, "For a medical emergency call 911 first".)
 */
function forAnotherCase(sentence: string, hazard: Hazard, said: string, shared: number): boolean {
  const opening = conditionOf(sentence) ?? /^for (?:an? |any )?([^,;:]{3,60}?)(?=[,;:]|\s(?:call|phone|ring|contact|dial)\b)/i.exec(sentence)?.[1];
  if (!opening) return false;
  // ("If someone is STUNG and has trouble breathing, ..." is no instruction for a child who fell off a wagon and
  // is not answering: a case named by how it came about is for that only, in any form: "a bee STING".)
  const causes = CAUSES.filter((re) => re.test(opening));
  if (causes.length && !causes.some((re) => re.test(said))) return true;
  if (shared >= 3) return false;
  // (A sentence that names this hazard anywhere but in an emergency number is for it too: "If your brake pedal
  // goes to the floor, ... or you see smoke from under the hood, pull over" is a car's smoke's.)
  if (NAMED_HAZARDS.includes(hazard) && ABOUT[hazard].test(sentence.replace(/\b(?:911|999|112)\b/g, ' '))) return false;
  return NAMED_HAZARDS.some((h) => h !== hazard && ABOUT[h].test(opening));
}

/** How a case came about, each cause in all its forms ("If someone is STUNG" and "a bee STING"; "bitten" and "bit"). */
const CAUSES: readonly RegExp[] = [/\b(?:stung|stings?|stinging)\b/i, /\b(?:bit|bites?|bitten|biting)\b/i, /\b(?:burn(?:s|ed|t|ing)?|scald\w*)\b/i, /\b(?:shock(?:ed)?|electrocut\w*)\b/i, /\bchok\w*/i, /\bdrown\w*/i, /\bpoison\w*/i, /\bswallow\w*/i];

/**
 * An instruction whose condition ("If a permanent tooth is knocked out, ...") is what the visitor
 * said: two of its words or more, and at least half of them, are the visitor's (`words`: their terms).
 */
function describesSituation(sentence: string, words: ReadonlySet<string>): boolean {
  const condition = conditionOf(sentence);
  if (!condition) return false;
  const own = [...new Set(terms(condition))];
  const shared = own.filter((w) => words.has(w)).length;
  return shared >= 2 && shared * 2 >= own.length;
}

/** A sentence that gives someone else's number ("call your vet or the Animal Emergency Center at ..."), not the business's. */
const ELSEWHERE = /\b(?:your (?:vet|doctor|gp|gas (?:utility|company|supplier)|utility|insurer|landlord)|poison control|animal (?:hospital|emergency)|emergency (?:center|centre|hospital|clinic)|hospital|fire department|police|(?:national )?gas emergency (?:service|line|number)|emergency services)\b/i;

/** A section about emergencies ("## Emergencies", "In an emergency", "After-hours emergencies"). */
const EMERGENCY_SECTION = /\bemergenc|\bafter[- ]hours\b/i;

/** A number named as a company's own ("Xcel Energy's gas emergency line at ..."). */
const THEIRS = /\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s+(?:[\w/-]+\s+){0,3}(?:line|number|hotline)\b/;

/**
 * The emergency line the business lists in its knowledge, else its contact number. A sentence
 * that says it is ours ("We have an after-hours line: ...") wins over one that only gives a
 * number; a number the sentence gives for someone else (a vet, the gas utility, "Xcel Energy's
 * line") is never ours.
 */
export function emergencyLine(ctx: BusinessContext, hits: SearchHit[]): string | null {
  const country = businessCountry(ctx.business);
  let plain: string | null = null;
  let inSection: string | null = null;
  for (const hit of hits) {
    // (Storage QA: "If you see a fire, smoke, water coming into a unit, ... call the on-site manager at
    // (208) 555-0177, day or night", under "## Emergencies": the caller was given the office line, closed.)
    const section = EMERGENCY_SECTION.test(innermostHeading(hit.heading));
    for (const s of sentences(hit.content)) {
      const says = LINE_WORDS.test(s);
      if (!says && !section) continue;
      const ours = /\b(?:our|us|we)\b/i.test(s);
      if ((ELSEWHERE.test(s) || THEIRS.test(s) || namesAnother(s, ctx.business.name)) && !ours) continue;
      const phone = extractListedPhone(s, country);
      if (!phone) continue;
      if (says && ours) return phone;
      if (says) plain ??= phone;
      // A number an Emergencies section gives without saying it answers then: only when nothing says
      // so, and never one for business hours ("Our office is at ... during business hours").
      else if (!OFFICE_HOURS.test(s)) inSection ??= phone;
    }
  }
  return plain ?? inSection ?? contactPhone(ctx);
}

/** A sentence that says its number answers out of hours or in an emergency. */
const LINE_WORDS = /emergenc|24\/7|24 hours|after[- ]hours|out of hours|urgent|dangerous|day or night|around the clock|on[- ]call/i;
/** A number for the hours the business is open. */
const OFFICE_HOURS = /\b(?:during|in) (?:our )?(?:business|office|opening|regular|normal|working) hours\b|\boffice hours\b/i;

/** "call Intermountain Gas at ...": a number given for a company named, not the business itself. */
function namesAnother(sentence: string, business: string): boolean {
  const own = new Set(terms(business));
  return [...sentence.matchAll(/\bcall (?:the )?((?:[A-Z][\w&'.-]*\s+){1,4})(?:at|on)\b/g)].some((m) => !terms(m[1]!).some((t) => own.has(t)));
}

/**
 * What to do now for this hazard, as the emergency reply says it: the business's own instruction,
 * else the standard one for what was said (a medical emergency starts with the emergency number).
 * Also what "what do I do?" repeats when the instruction was the standard one.
 */
export function safetyFor(ctx: BusinessContext, hazard: Hazard, safetyHits: SearchHit[], said = ''): string {
  const er = emergencyNumber(ctx);
  // (A line down outside is the power company's and {ER}'s: an instruction about the house's own
  // outlets and breaker is no instruction for it, unless the guide speaks of downed lines.)
  const downed = hazard === 'ELECTRICAL' && DOWNED_LINE.test(normalizeCasual(said));
  const instruction = safetyInstruction(hazard, safetyHits, said);
  const fromKnowledge = downed && instruction && !/\b(?:lines?|wires?) (?:down|fallen)|\b(?:downed|fallen) (?:power )?(?:lines?|wires?)/i.test(instruction) ? null : instruction;
  const animal = hazard === 'MEDICAL' && aboutAnimal(said);
  const toilet = (hazard === 'SEWAGE' || hazard === 'WATER') && TOILET_OVERFLOW.test(normalizeCasual(said));
  const cyber = hazard === 'STATED' || hazard === 'CUSTOM' ? cyberSafety(said) : null;
  const above = hazard === 'WATER' && !toilet && FROM_ABOVE.test(normalizeCasual(said));
  // An owner's own emergency word ("no heat") has no standard instruction of its own: the hazard
  // the words are about lends its one (QA 33: "my heat isnt working ... a 6 month old" got only
  // "This sounds like an emergency."). Not a power cut's: the breaker advice is for sparks.
  const lent = hazard === 'CUSTOM' && !cyber ? LENDS.find(([, words]) => words.test(said))?.[0] : undefined;
  const fallback = animal ? ANIMAL_MEDICAL : cyber ?? (downed ? DOWNED_LINE_SAFETY : toilet ? TOILET_SAFETY : above ? FROM_ABOVE_SAFETY : FALLBACK[lent ?? hazard]).replace('{ER}', er);
  let safety = fromKnowledge ?? fallback;
  // A medical emergency always starts with the emergency number, whatever the documents say; for
  // an animal, with getting it to a vet, unless the knowledge's own instruction already says so (or
  // is itself for an animal: a stable's "If a horse here is colicking, ... call the barn manager").
  // (Not when the business's own instruction is for exactly what happened and its guide says itself when
  // to call {ER}: a dental clinic's "If a permanent tooth is knocked out, ... call us right away" is
  // the instruction, not "call 911, this needs emergency medical help, not an appointment".)
  const ownCase = !!fromKnowledge && describesSituation(fromKnowledge, new Set(terms(said))) && safetyHits.some((h) => sentences(h.content).some((x) => x.includes(er)));
  if (hazard === 'MEDICAL' && fromKnowledge && !ownCase && !fromKnowledge.includes(er) && !(animal && (/\bvet|animal (?:hospital|emergency)/i.test(fromKnowledge) || aboutAnimal(fromKnowledge)))) safety = `${fallback} ${fromKnowledge}`;
  return safety;
}

/**
 * `answer`: the knowledge's answer to a question asked in the same message ("how fast can you get
 * here?"): it comes after the safety instruction and the line, before the choice.
 */
export function composeEmergencyReply(
  ctx: BusinessContext,
  hazard: Hazard,
  safetyHits: SearchHit[],
  lineHits: SearchHit[],
  opts: { answer?: string | null; said?: string; channel?: string; detailsTaken?: boolean } = {},
): { reply: string; phone: string | null } {
  const { answer, said = '' } = opts;
  const safety = safetyFor(ctx, hazard, safetyHits, said);
  const animal = hazard === 'MEDICAL' && aboutAnimal(said);
  const phone = emergencyLine(ctx, [...lineHits, ...safetyHits]);
  // (Not said twice: the guide's own instruction may already end "then call our 24/7 line at ...".)
  const inSafety = !!phone && safety.replace(/\D/g, '').includes(phone.replace(/\D/g, '').slice(-10));
  // (An instruction that sends them to another number first, the gas emergency service's or a vet's,
  // is not followed by a second "call it now": ours is given as a number, for once they are out and safe.)
  const callsElsewhere = !!extractListedPhone(safety, businessCountry(ctx.business));
  const ours = phone ? phoneForVisitors(phone, ctx.business) : '';
  const leaving = hazard === 'GAS' || hazard === 'CARBON_MONOXIDE' || hazard === 'FIRE';
  const lineSaid = callsElsewhere ? `${leaving ? 'Once you are safe, our' : 'Our'} emergency line is ${ours}.` : `Our emergency line is ${ours}: call it now to reach someone straight away.`;
  let line = phone && !inSafety ? lineSaid : '';
  // (A shop the customer comes to sends no one: "so the team can call you back urgently".)
  let choice = `${phone ? 'Or I' : 'I'} can take your number for an urgent callback, or ask a couple of quick questions so ${comesOut(ctx) ? 'we can get someone to you' : 'the team can call you back urgently'}.`;
  // Someone hurt needs 911 or a doctor, not a visit: the team follows up once they are safe.
  if (hazard === 'MEDICAL') {
    // A person hurt: 911 is the one thing to do now; the business's line comes after, as a number, not a second "call it now".
    const number = line && !animal ? ` Our number is ${ours}.` : '';
    if (number) line = '';
    choice = `${line ? 'Or, when you are safe, I' : 'When you are safe, I'} can take your number so the team can follow up, or ask a couple of quick questions for them.${number}`;
  }
  if (opts.channel === 'CALL') {
    // A caller is on the line already: the call is put through (the phone loop dials the business's
    // own phone when the caller says so), and the number they called from is the callback number.
    // (Not when they must get out first, gas, fumes or fire: no "stay on the line to be put through"
    // after "leave the house"; a hang-up in an emergency writes the URGENT lead and alerts the team.)
    const connect = !leaving && !!(ctx.business.phone_number ?? ctx.business.notification_phone);
    line = connect ? 'As this is an emergency, I can put you through to the team right now: just say "connect me".' : '';
    choice = leaving
      ? 'Please hang up and do that now: when you hang up, the team is alerted and will call you back on this number.'
      : `${connect ? 'Or I' : 'As this is an emergency, I'} can take a couple of quick details so the team can call you back urgently.`;
  }
  // The team already has the visitor's details (the request went before the emergency): no choice to offer.
  if (opts.detailsTaken) choice = 'The team already has your details.';
  const opener = safety ? '' : 'This sounds like an emergency.';
  return { reply: [opener, safety, line, answer ?? '', choice].filter(Boolean).join(' ').trim(), phone };
}

/** What the knowledge is searched for to find the business's emergency line. */
export const EMERGENCY_LINE_QUERY = 'emergency line phone number 24/7 after hours call';

/**
 * "what's your emergency number", "what is the after hours line", "who do i call in an emergency
 * if my pipe bursts": the number itself (the knowledge's own emergency line, else the contact
 * number), not a sentence that only says a line exists. A yes/no question ("do you have a 24 hour
 * line?") is the knowledge's to answer.
 */
const LINE_ASKED = new RegExp(
  String.raw`^(?:(?:so|ok|and|hi|hey)[, ]+)?(?:(?:what|whats|what's|which) (?:is |are )?(?:your|the|ur) |(?:can i|could i|may i) (?:get|have) (?:your|the|ur) |(?:your|the|ur) )?` +
    String.raw`(?:emergency|after[- ]?hours?|out[- ]of[- ]hours|24/7|24 hours 7 days|24[- ]?(?:hour|hr)|urgent)s? (?:line|number|phone|hotline|contact)(?: (?:line|number|phone))?\b|` +
    String.raw`^(?:who|what number) (?:do|should|can) i (?:call|ring|phone) (?:in|for|if) (?:an? )?(?:emergency|emergencies|urgent|it'?s urgent)\b`,
  'i',
);

export function asksEmergencyLine(question: string): boolean {
  return LINE_ASKED.test(normalizeCasual(question).trim());
}

/** The emergency line said to a visitor who asked for it (`asksEmergencyLine`), with when it answers. */
export function emergencyLineAnswer(ctx: BusinessContext, hits: SearchHit[]): string | null {
  const phone = emergencyLine(ctx, hits);
  if (!phone) return null;
  // (The knowledge's word on when it answers, "our emergency line answers 24/7", goes with it.)
  const when = hits
    .flatMap((h) => sentences(h.content))
    .find((s) => /\bemergenc\w* (?:line|number)\b[^.]*\b(?:24\/7|24 hours|around the clock|day and night|nights?|weekends?)/i.test(s) && !extractListedPhone(s, businessCountry(ctx.business)));
  return `Our emergency line is ${phoneForVisitors(phone, ctx.business)}.${when ? ` ${when.trim()}` : ''}`;
}

