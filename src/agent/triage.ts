import type { Priority } from '../db/schema.js';
import { normalizeWords, stripAccents } from './text-norm.js';
import { RULES, type Hazard, type HazardRule } from './triage-hazards.js';
import { BATTERY, FICTION, FIGURATIVE_FIRE, FIGURATIVE_FLOOD, FIGURATIVE_SCENE, FIGURATIVE_SHOCK, JOKING, PERFORMANCE_PRAISE } from './triage-figurative.js';
import { COMPOSED_RULES } from './triage-compose.js';
import { SITUATION_RULES } from './triage-situations.js';
import { TRADE_RULES } from './triage-trades.js';
import { ownerWordRules } from './triage-owner-words.js';
import { benignReasons, conditionTold, COOKING_SMELL, HARMLESS_SMOKE, INTO_ITS_CATCH, LINE_RUN_OVER, OUTLET_SPRAY, TOOL_SPARKS } from './triage-benign.js';
import { readsAsSpanish, spanishGloss } from './triage-spanish.js';
import { minorBackup, ON_THE_VERGE } from './triage-verge.js';
import { HARM_OUTLASTS, OUTLASTING_LABELS } from './triage-poison.js';
import { breakInOver, burnMarkIn, burnMarkOnWiring, troubleLongOver } from './triage-aftermath.js';
import { ADMIN, CONTAINED, datedEarlier, FINE_NOW, HYPOTHETICAL, VERDICT_ASKED, INTENSIFIERS, JOB_REFERENCE, NAMEISH, NEGATOR, OLD_EVENT, PAST, PRESENT, QUESTION_START, STILL_ACTIVE, STILL_IN_DANGER, SUPPLY_DESCRIBED, TAUGHT_AFTER, TAUGHT_BEFORE, WATER_KEPT_AWAY } from './triage-context.js';
import { DEFERRED, ESSENTIAL_LOSS, EXPOSED, LATER_VISIT, FEEDBACK, OPEN_NOW_QUESTION, PROBLEM, REQUEST, priorityWithoutHazard, type MessageKind } from './triage-priority.js';

export type { Hazard } from './triage-hazards.js';

// Emergency triage and priority: one written rule for chat and phone, local and model paths.
//
// An emergency is an active risk to safety or property right now (priority URGENT). Hazards are
// recognised by what is happening, not by one keyword: water escaping (any form, any place),
// sewage backing up, any sign of gas, a carbon-monoxide alarm, water meeting electricity,
// sparks or burning from wiring, smoke or fire, no heat in freezing weather with vulnerable
// people, a medical emergency, and the business's own emergency words. A hazard does not count
// when it is negated, past, hypothetical (a question about what to do if, or whether the business
// handles it), figurative, part of a name, an administrative matter, or already contained (then
// it is HIGH). Priority without a hazard: HIGH when time-sensitive (same day/ASAP, loss of an
// essential service, a deadline within days, urgency stated), NORMAL for routine requests, LOW
// for deferred or far-future work, information questions, admin and feedback.
// Hazards come from two sources: triage-hazards.ts (rules per hazard) and triage-compose.ts (an agent
// x shared escaping verbs, composed, so new wordings carry across hazards); both pass the same checks.
// A third, learned signal (triage-learned.ts: the sentence encoder's reading of the message) adds
// emergencies these rules' wording misses, only where exclusionsOf() finds no reason against it.
// The readings of context (negated, past, hypothetical, contained, admin) live in triage-context.ts; the
// priority of a message with no active hazard in triage-priority.ts.

export type { MessageKind } from './triage-priority.js';

export interface Triage {
  emergency: boolean;
  hazard: Hazard | null;
  /** 0 when there is no hazard; 8-10 for an emergency. */
  severity: number;
  priority: Priority;
  kind: MessageKind;
  /** Labels of the rules that fired (hazards, and why one was discounted). */
  matched: string[];
}

export interface TriageOptions {
  /** The business's own emergency words ("site down", "no power"). */
  keywords?: readonly string[];
}

/** Capitalised names that contain an emergency word ("Emergency Property Management", "Flood Masters Inc"). */
function dropNames(text: string): string {
  return text
    .replace(/\b(?:[A-Z][\w&'-]*\s+){0,3}(?:Emergency|Urgent|Flood|Gas|Burst|Spark|Fire)\w*(?:['’]s)?(?:\s+(?:of\s+)?[A-Z][\w&'.-]*)+/g, ' ')
    .replace(/(?:^|\s)(?:Emergency|Urgent)\s+(?=[A-Z][a-z])/g, ' ')
    // A family or a household by its name ("we're the Sparks family", "the Floods' house").
    .replace(/\b[A-Z][a-z'-]+(?:['’]s?)?\s+(?=(?:family|household|residence|twins|kids|place|house)\b)/g, ' ')
    // A person's name after an introduction or a title ("my name is Jenny Sparks", "Mr Flood").
    .replace(/\b((?:[Mm]y name is|[Mm]y name's|[Nn]ame is|I'm|I am|[Tt]his is|[Ii]t's)\s+)[A-Z][a-z]+\s+[A-Z][a-z'-]+\b/g, '$1 someone ')
    .replace(/\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'-]+\b/g, ' someone ')
    // A class, a dish or a product named after an emergency ("the Heart Attack HIIT class", "a Stroke Of Luck burger").
    .replace(EMERGENCY_NAMED_THING, ' ');
}

/** Capitalised words that name an emergency, then the kind of thing a business sells or runs: the name of that thing. */
const EMERGENCY_NAMED_THING = /\b(?:[A-Z][\w'-]*\s+){0,2}(?:Heart\s+Attack|Cardiac|Stroke|Seizure|Overdose|Chok\w*|Poison\w*|Toxic|Shock\w*|Explosion|Explosive|Inferno|Blaze|Meltdown|Bleed\w*|Drown\w*|Suffocat\w*|Smoke\w*|Flood\w*|Fire\w*|Burn\w*)(?:\s+[A-Z][\w'-]*)*(?=\s+(?:[A-Z]+\s+)?(?:class(?:es)?|workouts?|sessions?|bootcamps?|circuits?|challenges?|burgers?|wings|sauces?|platters?|specials?|combos?|sandwich(?:es)?|pizzas?|shakes?|smoothies?|cocktails?|shots|drinks?|flavou?rs?|menu|rides?|coasters?|kits?|games?|sets?|panels?|powders?|sprays?|cartridges?|filters?|underlayment|honey|wax)\b)/g;

/** "the compressor is shot", "the board's toast": slang for broken, said of a thing (QA: the encoder read "shot" near the emergencies); "he was shot" is not. */
const SLANG_BROKEN = /(?<!\b(?:he|she|they|i|we|you|someone|somebody|man|guy|woman|lady|kid|child|boy|girl|people|person|dog|cat|son|daughter|husband|wife)\s+)\b(is|are|was|were|been|be|it's|its|['’]s|looks|totally|completely|pretty much)\s+(?:shot|toast|kaput|knackered|done for|a goner|buggered)\b/gi;

/** Spellings the shared normaliser reads as another word: "busted" is read there as burst; a busted heater is a broken one. */
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\bbust(?:ed)?\b/g, 'broken'],
  [SLANG_BROKEN, '$1 broken'],
  [/\bcom+ing\b/g, 'coming'],
  [/\brun+ing\b/g, 'running'],
  // "tomorrows lessons": the possessive typed without its apostrophe (a day, read by the priority's deadline).
  [/\b(today|tonight|tomorrow|tonite|tmrw)s\b/g, '$1'],
  // Texting's "lite" is a light ("watr comin out the celing lite").
  [/\blite\b/g, 'light'],
  // A "flood light" is a lamp for the yard, not a flood near a light (QA: "the flood light on the garage stopped working" was water meeting electricity).
  [/\bflood ?lights?\b/g, 'yard light'],
  // "over flowing", "over flowed": the typed split of one word.
  [/\bover (flow(?:s|ing|ed)?)\b/g, 'over$1'],
  // Spanish "todas" would be read as "today" (a same-day cue) by the typo reader.
  [/\btod(?:as|os|a)\b/g, 'todo'],
  // "water's shooting out", "the pipe's been leaking": a noun's "is", so the rules see the noun and its verb apart.
  // "someones cutting the lock off": a person's "is" typed without its apostrophe (a possessive, "someones bike", has no -ing after it).
  [/\b(some(?:one|body)|any(?:one|body)|every(?:one|body)|no(?:one|body))s (?=\w+ing\b|been\b|still\b|inside\b|in (?:my|our|the)\b)/g, '$1 is '],
  [/\b(?!(?:it|that|there|what|he|she|let|who|here|where|how|when)['’]s)([a-z]+)['’]s (?=\w+ing\b|been\b|all over\b|everywhere\b|still\b|now\b|off\b|out\b|fine\b|ok\b|okay\b|dry\b|gone\b|stopped\b)/g, '$1 is '],
];
/** "drowning in paperwork", "swamped with orders": busy, not a flood or an admin matter. */
const BUSY = /\b(?:drowning|buried|swamped|snowed under|flooded|slammed) (?:in|with|under) (?!(?:\w+ )?(?:water|sewage|mud|rain|agua|snow|ice|drifts?|rubble|debris|dirt|sand|nieve)\b)(?:\w+ )?\w+|\b(?:electric|electricity|energy|power|gas|water|heating) bills? (?:is|are|has been|have been) (?:\w+ )?(?:shocking|high|huge|crazy|insane|through the roof|killing me|too high)/g;

function negatedIn(clause: string, index: number, length: number, selfNegating: boolean): boolean {
  // Read back to the last "and" only: "the tenant is not answering and water is coming through" denies nothing about the water.
  const before = clause.slice(0, index).replace(INTENSIFIERS, ' ').split(/\b(?:and|so|then|y)\b/).pop()!.trim().split(/\s+/).slice(-3).join(' ');
  if (NEGATOR.test(before)) return true;
  if (selfNegating) return false;
  const inside = clause.slice(index, index + length).replace(INTENSIFIERS, ' ');
  return NEGATOR.test(inside) || /^\s*(?:is|are)? ?(?:fine|ok|okay|working fine)\b/.test(clause.slice(index + length));
}

/** "I can hear hissing", "we have water everywhere": a statement, though it opens like a question. */
const STATEMENT_START = /^(?:(?:hi|hello|hey|yeah|yes|so|ok|okay|just|um|uh)\s+)*(?:i|we)\s+(?:can|could|do|did|does|have|has|will|would|should|is|are)\b/;

function questionStart(words: string): boolean {
  return QUESTION_START.test(words) && !STATEMENT_START.test(words);
}

function isQuestionClause(raw: string, clause: string): boolean {
  return /\?\s*$/.test(raw) || questionStart(clause);
}

interface Hit {
  rule: HazardRule;
  clause: string;
}

/** True when the message as a whole reads as a question (a "?" or a question word first). */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  const words = normalizeWords(t);
  return /\?\s*$/.test(t) || /^¿/.test(t) || questionStart(words) || ASKING.test(words) || CONDITIONAL_QUESTION.test(words);
}

/** "if the line comes down who do I call": a condition, then a question. */
const CONDITIONAL_QUESTION = /^(?:(?:yeah|yes|so|hi|hello|hey|ok|okay|well|and|but|um|uh|quick question)\s+)*(?:if|in case|say|suppose|si|en caso de)\b.*\b(?:who|what|how|where|when|which|que (?:debo|debemos|hago|hacemos|hacer|tengo que)|a quien|should i|should we|do i|do we|do (?:the|your|they|these|those|all)|can i|can we|is it|am i|do you|does|can you|will you|would you|will (?:the|it|my|our|that|this|they|anyone|someone)|are you|is there|is (?:that|this|it) (?:\w+ )?(?:dangerous|safe|bad|normal|serious|an emergency|ok|okay|covered|included|extra))\b/;
const ASKING = /\b(?:wondering|wondered if|i wonder if|(?:asking|asks|asked|wants to know|wanted to know) (?:if|whether)|(?:calling|wanted|want|like) to (?:ask|know|check|find out)|quick question|just a question|i have a question|curious|quer(?:ia|iamos|emos|ria) saber|me gustaria saber|una consulta|(?:solo|nomas|nada mas) (?:es )?una pregunta|es (?:solo|nomas) una pregunta|una pregunta nada mas)\b/;
/** Trouble that has stopped on its own ('the bleeding stopped', 'it's not leaking anymore'): contained, so still HIGH. */
const STOPPED = /\b(?:bleeding|leak\w*|water|gas|smoke|smoking|smell|sparks?|sparking|overflow\w*|flooding)\b(?:\s+(?!(?:hasn't|hasnt|has not|haven't|havent|hadn't|not|never|isn't|isnt|won't|wont|didn't|didnt|doesn't|doesnt)\b)\S+)?\s+(?:has |have |finally |just |now |is |are )*(?:stopped|gone|cleared|went away|gone away)\b(?! (?:working|running|heating|cooling))|\b(?:(?:isn't|isnt|is not|not|aren't|are not) (?:leaking|dripping|overflowing|flooding|sparking|smoking|bleeding) any ?more|no longer (?:leaking|dripping|overflowing|flooding|sparking|smoking|bleeding))\b/;
/** Made safe for now ("boarded up and locked now", "a tarp over the hole"): the damage still needs work soon (HIGH), the danger is held off. */
const MADE_SAFE = /\b(?:it's|its|it is|everything's|everything is|all|it's all|its all) (?:all )?safe now\b|\b(?:fire|flames?)(?:'s| is| are| was)? (?:now |all |completely )?out\b(?! of\b)(?=.*\b(?:extinguisher|put (?:it|the fire|the flames) out|blanket|smother\w*|lid on)\b)|\b(?:used|grabbed|emptied|sprayed) (?:the |an? |our |my )?(?:fire )?extinguisher\b|\b(?:boarded|tarped|sealed) (?:it |them |that |the \w+ )?(?:up|over|off)\b|\b(?:taped|roped|cordoned|fenced|coned|blocked) (?:it |them |that |the (?:\w+ )?\w+ )?off\b|\b(?:cardboard|plywood|plastic|a tarp|tarps) (?:over|on|across) (?:it|them|the \w+)\b|\btemporary (?:fix|patch|repair|board\w*|cover)\b/;
/** Trouble that settled by itself or with a workaround ("got too hot earlier, it's back to normal now"): with work asked for, it is HIGH like trouble contained. */
const SETTLED = /\b(?:back to normal|back (?:down |up )?to \d+(?:\.\d)?(?: ?(?:degrees|deg|c|f))?|back in range|cooled (?:back )?(?:down|off)|settled (?:back )?down|working again|running again) (?:for )?now\b/;
/** "the brakes don't grab anymore": a function lost, not trouble that has stopped. */
const FUNCTION_LOST = /\b(?:hardly|barely|don't|doesn't|won't|wont|not|never|no) (?:\w+ )?(?:work|bite|grab|stop|brake|hold|catch|slow|respond|lock|close|shut|latch|secure)\w*(?: \w+){0,2} (?:anymore|any more|no longer)\b/g;
/** Someone had to shut off a supply: the trouble is real but contained for now. */
const SUPPLY_OFF = /^(?=.*\b(?:smok\w*|spark\w*|burn\w*|melt\w*|sizzl\w*|flash\w*|arc\w*)\b).*\b(?:unplugged|switched off|turned off) (?:it|them|the \w+)\b|\b(?:shut|turned|switched|flipped|cut|unplugged|disconnected|isolated|killed)(?: \S+){0,3} at the (?:breaker|panel|fuse ?box|mains?|meter|wall|valve|stopcock)\b|\b(?:shut|turned|switched|flipped|cut|closed)(?: \S+){0,2} (?:off )?(?:the )?(?:gas|water|main|mains|breaker|power|valve|supply|stopcock)\b|\b(?:cerre|cerramos|corte|cortamos) (?:la llave|el agua|el gas|la luz|el paso)\b|\b(?:gas|water|main|breaker|power|valve) (?:is |was )?(?:shut|turned|switched) off\b|\bcut (?:the )?(?:power |electric |service )?(?:wires?|lines?|cables?) (?:off|loose)\b|\b(?:shut|turned|switched|closed) (?:that|the|this) (?:zone|valve|line|circuit|supply|unit|pump) off\b|\b(?:gas|water|electric\w*|power|utility) (?:company|utility|board|department|guys?|man)\b(?: \S+){0,3} (?:shut|turned|switched|cut|capped|closed) (?:it |them |that |the \w+ )?off\b|(?:^|\b(?:i|we|just|already) )killed (?:the )?(?:breaker|power|mains?|gas|water)\b/;

/**
 * The whole rule for one message. A message in Spanish is read twice: as written (the rules' own
 * Spanish wording) and as its English gloss (triage-spanish.ts) through the English rules, with all
 * their exclusions; the gloss can add an emergency only when the Spanish reading found no hazard
 * and discounted none (negated, past, hypothetical... stays discounted).
 */
export function triage(text: string, options: TriageOptions = {}): Triage {
  const direct = triageOnce(text, options);
  if (direct.emergency || !readsAsSpanish(text)) return direct;
  const glossed = triageOnce(spanishGloss(text.slice(0, 4000)), options);
  if (glossed.emergency) return direct.matched.length > 0 ? direct : glossed;
  // Neither reading finds an emergency: HIGH when the gloss reads time pressure, so Spanish gets what the same words in English get
  // (tri38: "mi abuela esta mareada y el aire no funciona" was NORMAL, "my grandma is dizzy and the ac is out" HIGH).
  // A LOW reading stays: the Spanish words' own question, deferral or admin matter, which a word-by-word gloss reads less well.
  return direct.priority === 'NORMAL' && glossed.priority === 'HIGH' ? { ...direct, priority: 'HIGH', kind: glossed.kind } : direct;
}

function triageOnce(text: string, options: TriageOptions): Triage {
  const input = dropNames(text.slice(0, 4000)).replace(NAMEISH, ' ');
  const plainInput = SPELLINGS.reduce((t, [from, to]) => t.replace(from, to), stripAccents(input.toLowerCase()).replace(NAMEISH, ' ')).replace(BUSY, ' ');
  const words = normalizeWords(plainInput);
  const rules = [...RULES, ...COMPOSED_RULES, ...SITUATION_RULES, ...TRADE_RULES, ...ownerWordRules(options.keywords ?? [])];
  const rawClauses = plainInput.split(/[.!?;\n]+|,|\s[-–—]\s|\bbut\b|\bpero\b/i);
  const matched: string[] = [];
  const hits: Hit[] = [];
  /** Hazards named as over ("an old leak"): no emergency, though what they left may be contained trouble. */
  let traces = 0;
  const admin = ADMIN.test(words);
  const past = (c: string) => PAST.test(c) && !STILL_ACTIVE.test(c);
  const messagePast = PAST.test(words) && !STILL_ACTIVE.test(words);
  // Told of an earlier day and over (EARLIER_DAY), unless the harm shows hours later (a poison, an overdose, a venomous bite: "a
  // rattlesnake bit my son last night") and nobody is said to be fine now.
  const overEarlier = (rule: HazardRule, match: string) => datedEarlier(words) && (!(OUTLASTING_LABELS.has(rule.label) || HARM_OUTLASTS.test(match)) || FINE_NOW.test(words));
  for (const rule of rules.filter((r) => r.wholeMessage)) {
    const m = rule.test(words);
    if (!m) continue;
    // An earlier day's trouble with nothing said to be so now ("my son hit his head yesterday and threw up once, can he skate"), as for a clause's rule below.
    if (HYPOTHETICAL.test(words.slice(0, m.index)) || (PAST.test(words) && !STILL_ACTIVE.test(words)) || overEarlier(rule, m[0])) matched.push(`${rule.label} (hypothetical or past)`);
    else hits.push({ rule, clause: words });
  }
  rawClauses.forEach((raw, i) => {
    const ownClause = normalizeWords(raw);
    if (!ownClause) return;
    // The clause before this one, to see "if ..., what do I do" across a comma.
    const prevClause = i > 0 ? normalizeWords(rawClauses[i - 1]!) : '';
    const nextClause = i + 1 < rawClauses.length ? normalizeWords(rawClauses[i + 1]!) : '';
    for (const rule of rules) {
      if (rule.wholeMessage) continue;
      let clause = ownClause;
      let m = rule.test(clause);
      // A composed hazard's two parts may sit in this clause and the next (the next one is not read alone for it again).
      if (!m && rule.spansClauses && nextClause) {
        clause = `${ownClause} ${nextClause}`;
        m = rule.test(clause);
      }
      if (!m) continue;
      if (negatedIn(clause, m.index, m[0].length, !!rule.selfNegating)) {
        matched.push(`${rule.label} (negated)`);
        continue;
      }
      const before = clause.slice(0, m.index);
      if ((rule.hazard === 'WATER' || rule.hazard === 'WATER_ELECTRICITY') && WATER_KEPT_AWAY.test(clause) && !STILL_ACTIVE.test(words) && !/\b(?:basement|house|home|inside|indoors|ceiling|walls?|floors?|carpet|kitchen|bathroom|bedroom|room|downstairs|upstairs|cellar)\b/.test(clause)) {
        matched.push(`${rule.label} (kept away)`);
        continue;
      }
      // "the floor drain is backing up a bit": a backup said to be slight, no sewage out (HIGH by priority, triage-verge.ts).
      if (rule.hazard === 'SEWAGE' && minorBackup(clause)) { matched.push(`${rule.label} (slight)`); continue; }
      if ((rule.hazard === 'WATER' || rule.hazard === 'WATER_ELECTRICITY') && (SUPPLY_DESCRIBED.test(clause) || OUTLET_SPRAY.test(clause))) {
        matched.push(`${rule.label} (describes the supply)`);
        continue;
      }
      // "first aid training on choking": what a class teaches (triage-context.ts).
      if (rule.hazard === 'MEDICAL' && (TAUGHT_BEFORE.test(before) || TAUGHT_AFTER.test(clause.slice(m.index + m[0].length)))) { matched.push(`${rule.label} (a topic taught)`); continue; }
      // "the tractor rolled over the hose and split it": a line run over or crushed, with no water said to pour out (triage-benign.ts).
      if (rule.hazard === 'WATER' && LINE_RUN_OVER.test(clause)) { matched.push(`${rule.label} (line run over)`); continue; }
      // "the ice machine overflows into the floor drain": water where it is meant to be caught (triage-benign.ts).
      if ((rule.hazard === 'WATER' || rule.hazard === 'SEWAGE') && INTO_ITS_CATCH.test(clause)) { matched.push(`${rule.label} (caught as meant)`); continue; }
      if ((rule.hazard === 'FIRE' && (FIGURATIVE_FIRE.test(clause) || FIGURATIVE_FIRE.test(words) || (/\bon fire\b/.test(m[0]) && JOKING.test(words)))) || FIGURATIVE_SCENE.test(clause) || ((rule.hazard === 'WATER' || rule.hazard === 'FIRE') && FIGURATIVE_FLOOD.test(clause)) || JOKING.test(clause) || FICTION.test(clause) || ((rule.hazard === 'CARBON_MONOXIDE' || (rule.hazard === 'GAS' && GAS_DETECTOR_ONLY.test(words))) && BATTERY.test(words)) || (/shock|zap|jolt/.test(m[0]) && FIGURATIVE_SHOCK.test(clause))) {
        matched.push(`${rule.label} (figurative)`);
        continue;
      }
      // "there's a burn mark on an outlet": the trace of heat, with none now (triage-aftermath.ts): a warning (HIGH), not the emergency.
      if (rule.hazard === 'ELECTRICAL' && burnMarkIn(m[0], words)) { matched.push(`${rule.label} (a trace)`); continue; }
      // "the toaster has a burnt smell": crumbs in a cooking appliance, with no smoke, sparks or heat said.
      if ((rule.hazard === 'ELECTRICAL' || rule.hazard === 'FIRE') && COOKING_SMELL.test(words)) {
        matched.push(`${rule.label} (cooking smell)`);
        continue;
      }
      // "the tuning grinder throws sparks": a tool made to spark, at work.
      if ((rule.hazard === 'ELECTRICAL' || rule.hazard === 'FIRE') && /spark/.test(m[0]) && TOOL_SPARKS.test(words)) {
        matched.push(`${rule.label} (a tool's sparks)`);
        continue;
      }
      if (rule.hazard === 'FIRE' && /smok/.test(m[0]) && HARMLESS_SMOKE.test(clause) && !/\b(?:flames?|on fire|caught|spreading)\b/.test(words)) {
        matched.push(`${rule.label} (harmless source)`);
        continue;
      }
      // The condition may sit inside the match ("main shut-off valve IN CASE a pipe bursts"): read up to the match's last word.
      // A rule that is real even when asked reads its condition before the match only ("could it be gas").
      const upToEvent = rule.askedIsReal ? before : clause.slice(0, m.index + m[0].length).replace(/\s*\S+$/, '');
      // "a gas leak DETECTOR", "water leak SENSORS": a product named after the hazard.
      const product = rule.hazard !== 'CARBON_MONOXIDE' && /^\s*(?:detectors?|sensors?|alarms?|insurance|coverage|prevention|kits?|shut-?off valves?)\b/.test(clause.slice(m.index + m[0].length));
      // "the pipes MIGHT burst this winter", "come BEFORE it bursts": a risk, not an event.
      // "gonna drop any second", "could come down any minute": a fall under way, said as a picture (ABOUT_TO_FALL), not a risk someday.
      const imminent = /\bany (?:second|minute|moment)\b/.test(clause.slice(m.index));
      const risk = (/\b(?:might|may|could(?! not)|going to|gonna|before (?:it|they|the \w+))\b/.test(upToEvent) && !imminent && !/\b(?:might|may|could) (?:have|be)\b/.test(upToEvent)) || /\b(?:afraid|worried|scared|fearful|concerned|nervous|terrified)\b.*\b(?:will|would)\b/.test(upToEvent);
      const hypothetical = product || risk || HYPOTHETICAL.test(before) || /\b(?:if|in case|incase|en caso|suppose)\b|^(?:y )?si\b/.test(upToEvent) || (/\b(?:if|in case|en caso|suppose)\b/.test(prevClause) && !PRESENT.test(clause)) || (isQuestionClause(raw, clause) && !PRESENT.test(clause) && !rule.askedIsReal);
      if (hypothetical) {
        matched.push(`${rule.label} (hypothetical)`);
        continue;
      }
      if (OLD_EVENT.test(clause) && !STILL_ACTIVE.test(clause)) {
        matched.push(`${rule.label} (past)`);
        traces++;
        continue;
      }
      if (past(clause) || (messagePast && !PRESENT.test(clause.slice(m.index)) && !rule.askedIsReal && !/\b(?:is|are) \w+ing\b/.test(clause))) {
        matched.push(`${rule.label} (past)`);
        continue;
      }
      // Trouble told in the past tense of an earlier day with nothing said to be so now (EARLIER_DAY: "the kids were stuck in the
      // lift yesterday for ten minutes, please inspect it"): over, like an old event, though what it left may still be contained
      // trouble ("there was a gas smell yesterday but the gas company checked it").
      if (overEarlier(rule, m[0])) {
        matched.push(`${rule.label} (past)`);
        traces++;
        continue;
      }
      if (admin && JOB_REFERENCE.test(clause.slice(m.index + m[0].length).split(' ').slice(0, 3).join(' '))) {
        matched.push(`${rule.label} (administrative)`);
        continue;
      }
      hits.push({ rule, clause });
    }
  });
  // "the co alarm battery is chirping, how do i change it": a message that ends in a question asks ("..., anyway do you still have the drill" too)
  // (a modal "could you service it" at the end is a request, not a question).
  const lastClause = normalizeWords(rawClauses.filter((c) => c.trim()).pop() ?? '');
  // "the generator was running in the garage earlier today, is that bad": a verdict asked on what happened today or before and is
  // over is a problem told for the owner to look at (NORMAL), not a question about the service.
  // ("the puppy swallowed a sock yesterday and has been fine, should i worry" says all is well now: a question.)
  const verdictOnPast = VERDICT_ASKED.test(words) && datedEarlier(words) && !FINE_NOW.test(words);
  const question = !verdictOnPast && (looksLikeQuestion(text) || (rawClauses.length > 1 && /^(?:(?:anyway|anyways|also|btw|oh|and|so|ok|okay|well) )*(?:what|what's|whats|how|where|which|who|why|is|are|do|does|did|cuanto|cuanta|cuantos|donde|any(?! (?:day|time|date|week|weekday|morning|afternoon|evening|of (?:those|these|them)|slot)\b)|anything|should (?:i|we) (?:worry|be (?:worried|concerned)|panic))\b/.test(lastClause) && !STATEMENT_START.test(lastClause)));
  // "my unit got broken into, stuff is missing": the burglar gone and the loss counted, nothing going on now (triage-aftermath.ts).
  if (breakInOver(words)) for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.rule.label === 'break-in') matched.push(`${hits.splice(i, 1)[0]!.rule.label} (over)`);
  const real = hits.filter((h) => h.rule.hazard !== 'STATED');
  const stated = hits.filter((h) => h.rule.hazard === 'STATED');
  const contained = hits.length + traces > 0 && CONTAINED.test(words.replace(FUNCTION_LOST, ' ')) && !STILL_ACTIVE.test(words.replace(/\bno longer\b|\banymore\b/g, '')) && !STILL_IN_DANGER.test(words);
  if (hits.length && !contained) {
    const top = [...real, ...stated].sort((a, b) => b.rule.severity - a.rule.severity)[0]!;
    const labels = [...new Set(hits.map((h) => h.rule.label))];
    // Two different signs of trouble are more serious than either alone.
    const severity = Math.min(10, top.rule.severity + (new Set(real.map((h) => h.rule.hazard)).size >= 2 ? 1 : 0));
    // Water that is sewage ("water coming up the floor drains, smells like sewer") gets the sewage instruction.
    const hazard = top.rule.hazard === 'WATER' && real.some((h) => h.rule.hazard === 'SEWAGE') ? 'SEWAGE' : top.rule.hazard;
    return { emergency: true, hazard, severity, priority: 'URGENT', kind: 'emergency', matched: [...labels, ...matched] };
  }
  if (contained) matched.push(...hits.map((h) => `${h.rule.label} (contained)`));
  const hypothetical = matched.some((m) => m.endsWith('(hypothetical)')) || (question && /\b(?:if|in case|ever|suppose|en caso|si alguna vez|for future reference|for the future|just (?:asking|curious|wondering))\b/.test(words));
  // "the smell went away after you guys came, thanks": the business's own fix, thanked for (feedback), not trouble contained for now.
  const fixedByUs = FEEDBACK.test(words) && /\b(?:after|since|once) (?:you|your|the (?:tech|technician|plumber|electrician|crew|team|guys?))\b/.test(words);
  const p = priorityWithoutHazard(text, words, question, contained || ((SUPPLY_OFF.test(words) || STOPPED.test(words) || MADE_SAFE.test(words) || (SETTLED.test(words) && REQUEST.test(words))) && !question && !fixedByUs), hypothetical);
  return { emergency: false, hazard: contained ? (hits[0]?.rule.hazard ?? null) : null, severity: contained ? 6 : 0, priority: p.priority, kind: p.kind, matched };
}

/** The message as the learned signal reads it: names that contain a hazard word ("Flood Masters Inc", "Mr Sparks") taken out, like the rules do. */
export function learnedInput(text: string): string {
  return dropNames(text.slice(0, 4000)).replace(NAMEISH, ' ').replace(SLANG_BROKEN, '$1 broken').replace(/\s+/g, ' ').trim();
}

/** "the tile is still sharp", "the glass is still broken": a thing's state that still needs work, not trouble still going on. */
const STILL_A_STATE = /\bstill (?:sharp|broken|cracked|chipped|loose|bent|missing|damaged|there|stained|wet|damp|dirty|a mess)\b/g;
/** A gas detector named with no gas sensed by anyone (no smell, no hiss): its battery chirping is no leak ("my rv propane detector keeps chirping, is it the battery"). */
const GAS_DETECTOR_ONLY = /^(?=.*\b(?:detectors?|alarms?|sensors?)\b)(?!.*\b(?:smell\w*|smel|odou?r|rotten eggs?|sulfu?r|hiss\w*|fumes|headaches?|dizzy|nause\w*)\b)/;
/** "no puedo pararlo", "don't know how to stop it": helplessness, not a condition or a denial. */
const HELPLESS = /\b(?:don't|dont|do not|no) (?:know|se) (?:how|como) (?:to )?(?:stop|shut|turn|parar|cerrar)\w*/g;
/** A negation that denies the trouble itself ("no leak", "not gas", "isn't sparking anymore"), not one that is the trouble ("not breathing", "no funciona"). */
const DENIED = /\b(?:no|not|never|nothing|nobody|no one|noone|without|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|isnt|arent|wasnt|werent|dont|doesnt|didnt|hasnt|havent|sin|nunca|ni|nada)\b(?: \S+){0,2} (?:leak\w*|drip\w*|spew\w*|gush\w*|pour\w*|spray\w*|overflow\w*|anything|water|wet|gas|smell\w*|odou?r|fumes|smoke\w*|smok\w*|spark\w*|flood\w*|burst\w*|fire|flames?|burn\w*|sewage|damage\w*|emergency|urgent|danger\w*|hiss\w*|alarm\w*|going off|fuga|agua|humo|olor|gotea\w*|emergencia|problem\w*|issue\w*|big deal|serious|rush|hurry|live|dangerous|unsafe|hazard\w*|hurt|injured|injuries|harmed|touched|affected|bleed\w*|blood|cough\w*|dizzy|sick)\b/;
/** A product named after a hazard (a detector, a sensor, insurance) that is being bought, fitted or asked about. */
const PRODUCT = /\b(?:detectors?|sensors?|alarms?|insurance|coverage|prevention|kits?|shut-?off valves?)\b/;
const PRODUCT_MATTER = /\b(?:install\w*|fit|fitted|fitting|replac\w*|buy\w*|sell\w*|price\w*|cost\w*|quote\w*|recommend\w*|need (?:a|an|new|one)|want (?:a|an)|new (?:one|ones)|upgrad\w*|test\w*|service\w*|inspect\w*|cover\w*|claim\w*|policy|hardwire\w*|mount\w*)\b/;

/**
 * Why a message can describe no emergency right now, read over the whole message with the rules'
 * own exclusions (negated, past, hypothetical or a question about what to do, figurative or a
 * joke, an administrative matter, deferred, already contained, a product named after a hazard).
 * The learned signal only counts when this is empty: it reads what a message is about, the rules
 * read whether it is happening now.
 */
export function exclusionsOf(text: string): string[] {
  // A Spanish message: the reasons its own words give and those of its English gloss (what the learned signal reads).
  if (!readsAsSpanish(text)) return exclusionsRead(text);
  return [...new Set([...exclusionsRead(text), ...exclusionsRead(spanishGloss(text))])];
}

function exclusionsRead(text: string): string[] {
  const input = learnedInput(text);
  const plain = SPELLINGS.reduce((t, [from, to]) => t.replace(from, to), stripAccents(input.toLowerCase())).replace(BUSY, ' ');
  const words = normalizeWords(plain);
  const calm = words.replace(INTENSIFIERS, ' ').replace(HELPLESS, ' ');
  const active = STILL_ACTIVE.test(words.replace(/\bno longer\b|\banymore\b/g, ' ').replace(STILL_A_STATE, ' ')) || /\b(?:can't|cant|cannot) (?:find|reach|get to) the (?:shut ?off|valve|stopcock|main)\b/.test(words) || STILL_IN_DANGER.test(words);
  const out: string[] = [];
  // ("a water sensor alert overnight but nothing was found": checked, and no trouble there.)
  if (DENIED.test(calm) || /\bnothing (?:was|is|has been) (?:found|wrong|there)\b|\bfound nothing\b/.test(calm)) out.push('negated');
  if (((PAST.test(words) || OLD_EVENT.test(words)) && !STILL_ACTIVE.test(words)) || datedEarlier(words) || troubleLongOver(words)) out.push('past');
  if (HYPOTHETICAL.test(calm) || CONDITIONAL_QUESTION.test(words) || /\b(?:might|may|could(?! not)|going to|gonna)\b/.test(calm)) out.push('hypothetical');
  // "are you open right now": the hours asked about, though "right now" reads as present.
  if ((looksLikeQuestion(text) && !PRESENT.test(words)) || OPEN_NOW_QUESTION.test(words)) out.push('question');
  if (looksLikeQuestion(text) && conditionTold(words)) out.push('a condition told');
  if (FIGURATIVE_FIRE.test(words) || FIGURATIVE_FLOOD.test(normalizeWords(stripAccents(input.toLowerCase()))) || FIGURATIVE_SHOCK.test(words) || JOKING.test(words) || FICTION.test(words) || FIGURATIVE_SCENE.test(words) || PERFORMANCE_PRAISE.test(words)) out.push('figurative');
  if (ADMIN.test(words)) out.push('admin');
  if (DEFERRED.test(words) || LATER_VISIT.test(words)) out.push('deferred');
  if (!active && (CONTAINED.test(words.replace(FUNCTION_LOST, ' ')) || SUPPLY_OFF.test(words) || STOPPED.test(words) || SETTLED.test(words))) out.push('contained');
  if (BATTERY.test(words) || (PRODUCT.test(words) && PRODUCT_MATTER.test(words))) out.push('product');
  out.push(...benignReasons(words));
  // Loss of an essential service (power, heat, hot water) is HIGH by the written rule; its one emergency (no heat in the cold with vulnerable people) is the rules' own.
  if (ESSENTIAL_LOSS.test(words)) out.push('essential service lost');
  if (ON_THE_VERGE.test(words)) out.push('on the verge');
  // "the septic lid is cracked and my kids are outside": a barrier to fix soon where children are (HIGH); the rules say when someone is in danger.
  if (EXPOSED.test(words)) out.push('a barrier to fix');
  if (breakInOver(words) || burnMarkOnWiring(words)) out.push('aftermath');
  return out;
}

/** The visitor asks for service, a visit, a booking, a quote or a callback (not merely asks about it). */
export function asksForService(text: string): boolean {
  const words = normalizeWords(stripAccents(text.toLowerCase()));
  // "carpet cleaning for the stairs please" asks for the work, though it has no verb.
  return REQUEST.test(words) || (/\bplease$/.test(words) && !looksLikeQuestion(text) && words.split(' ').length >= 3);
}

/** The visitor describes a problem (something broken, leaking, not working). */
export function describesProblem(text: string): boolean {
  return PROBLEM.test(normalizeWords(text));
}
