import type { Priority } from '../db/schema.js';
import { normalizeWords, stripAccents } from './text-norm.js';
import { RULES, type Hazard, type HazardRule } from './triage-hazards.js';
import { BATTERY, FICTION, FIGURATIVE_FIRE, FIGURATIVE_FLOOD, FIGURATIVE_SCENE, FIGURATIVE_SHOCK, JOKING } from './triage-figurative.js';
import { COMPOSED_RULES } from './triage-compose.js';
import { SITUATION_RULES } from './triage-situations.js';
import { benignReasons, COOKING_SMELL, HARMLESS_SMOKE, OUTLET_SPRAY } from './triage-benign.js';
import { readsAsSpanish, spanishGloss } from './triage-spanish.js';
import { minorBackup, ON_THE_VERGE } from './triage-verge.js';

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

export type MessageKind = 'emergency' | 'contained' | 'high' | 'deferred' | 'admin' | 'feedback' | 'question' | 'request' | 'problem' | 'other';

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

// ---- context: why a hazard mention is not an emergency now ----

const NEGATOR = /\b(?:no|not|never|nothing|without|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|nor|neither|sin|nunca|ni|nada)\b/;
/** Phrases with a negative word that make things worse, not better (and the dismay of "oh no"). */
const INTENSIFIERS = /\b(?:won't|wont|can't|cant|cannot|couldn't|doesn't|does not|will not|no se) (?:stop|find|turn|shut|get|figure|reach|breathe|para)\w*|\bno puedo\b|\bno (?:se )?(?:cierra|apaga|detiene)\w*|\bdon't know what to do\b|\bwith no (?:way|luck)\b|\b(?:oh|uh|ah|omg|god)[,!. ]+no+\b/g;
const HYPOTHETICAL = /\b(?:is (?:it|that|this) normal|normal for|supposed to|questions? about|asking about|ask about|learn about|info(?:rmation)? (?:on|about)|if|in case|incase|suppose|supposing|ever|would you|do you|does your|can you (?:fix|handle|deal)|are you able|what happens|what would happen|what are the signs|signs of|how do i (?:know|tell|prevent|stop)|how to|what (?:to|do you|should (?:i|we|people|tenants|staff|guests)) do (?:in|during|when|if|with|about)|explain|handbook|manual|checklist|(?:writing|write|doing|researching) (?:a |an |my |our |some )?(?:blog|article|essay|paper|post|report|story|school project|project|piece|thesis|research)|what are the (?:most )?common causes|(?:school |class |college |uni )?(?:project|essay|assignment|homework|article|blog|report|presentation)s? (?:is |are |was )?(?:on|about)|procedures?|covered(?! (?:in|with))|warranty|guarantee|prevent|avoid|(?:afraid|worried|scared|fearful|concerned|nervous|paranoid|terrified) (?:that |about |of )?(?:\w+ ){0,4}(?:will|might|could|may|would|is going to|gonna)|(?:biggest |worst |main |greatest )?fear is|en caso|que hago si|que hacer si|que (?:debo|debemos|tengo que|hay que) hacer si|si alguna vez|que pasa si)\b/;
const QUESTION_START = /^(?:(?:hi|hello|hey|yeah|yes|so|ok|okay|just|quick|a|one|i|was|i'm|im)\s+)*(?:what|what's|whats|wats|wat|wut|wuts|whatre|how|when(?= (?:do|does|did|are|is|will|can|could|would|should|was|were|you)\b)|where|which|who|why|do|does|did|can|could(?! (?:really )?use\b)|is|are|will|would(?! (?:like|love|appreciate|prefer)\b)|should|have|has|que|como|cuanto|donde|hacen|tienen|atienden|wondering|question)\b/;
const PRESENT = /\b(?:my|our|there's|there is|i smell|we smell|i can smell|right now|now|currently|just|keeps?|still|is \w+ing|are \w+ing|(?:it's|they're|theyre) \w+ing|mi|nuestra|nuestro|hay|esta|tengo)\b/;
const PAST = /\b(?:\w+ed|had|was|were|got|went|did|happened|fell|broke|caught)\b(?: \S+){0,5} once\b(?! (?:a|an|every|per|more|again|it|the|we|you|i|they|he|she|that|this|in a while)\b)|\b(?:friend|neighbou?r|sister|brother|cousin|coworker|colleague|parents|in-laws|boss|aunt|uncle)(?:'s|s'|s)? (?:\w+ ){0,2}(?:had|flooded|burned|burnt|caught fire|got flooded|(?<!\b(?:coworker|co-worker|colleague|boss)s? (?:\w+ ){0,2})(?:fainted|passed out|collapsed))\b(?!.*\b(?:coming|into (?:our|my)|through (?:our|my)|now|spreading|our side|to us|at ours|right now)\b)|\b(?:\d+|a|two|three|few|couple|several|many)? ?(?:days?|weeks?|months?|years?|winters?|summers?) ago\b|\b(?:a )?while (?:ago|back)\b|\b(?:couple|few) (?:of )?(?:years|months|weeks) back\b|(?<!since )\blast (?:week|month|year|winter|summer|spring|fall|autumn|time|christmas|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<!(?:get|got|gets|getting|go|goes|going|come|comes|coming|came|let (?:me|us)|be|is|are|was) )\bback in (?:the day|(?:19|20)\d\d|the \d0s|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|school|college|high school|my|our|those)\b)|\bin (?:19|20)\d\d\b|\bpreviously\b|\bevery (?:fall|autumn|winter|spring|summer|year|season)\b|\bused to\b|\b(?:fires?|floods?|flooding|leaks?|bursts?|falls?|accidents?|incidents?|spills?|scares?) (?:that )?(?:we|i|they|you) (?:had|went through|dealt with)\b|\bsince then\b|\bonce before\b|\bmonths ago\b|\bano pasado\b|\b(?:invierno|verano|otono|primavera) pasado\b|\b(?:navidad|pascua|temporada) pasada\b|\bel pasado (?:invierno|verano|otono|ano)\b|\bla vez pasada\b|\bhace (?:\w+ )?(?:anos|meses|semanas|dias)\b|\bsemana pasada\b|\b(?:el|la) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|noche) pasad[oa]\b|\bya (?:lo |la |los |las )?(?:arreglaron|arreglamos|arregle|repararon|reparamos|repare|compusieron)\b|\bmes pasado\b|\bas a (?:kid|child|teen\w*|boy|girl)\b|\bwhen i was (?:a kid|a child|little|young|younger|a teen\w*|\d+)\b|\bde (?:nino|nina|pequeno|pequena)\b|\bnow (?:i'm|im|i am|he's|she's|we're|they're) (?:better|fine|ok|okay|recovered|healed)\b|\b(?:plumber|electrician|engineer|technician|tech|they|someone|utility|company|landlord) (?:already |has |have |then )*(?:fixed|repaired|sorted|replaced|patched) (?:it|that|them|the \w+)\b|\b(?:plumber|electrician|engineer|technician|utility|company|landlord|fire (?:department|brigade)|firefighters)\b(?: (?!but\b)\S+){0,6} (?:fixed|repaired|sorted|replaced|patched) (?:it|that|them|the \w+)\b|\b(?:went off|sounded|beeped|tripped|triggered|happened)\b(?: \S+){0,3} (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last night|the other (?:day|night)|over the weekend)\b/;
/** "a stain from an old leak", "marks from a previous flood": the trouble named as one that is over (its trace may still need work). */
const OLD_EVENT = /\b(?:old|previous|earlier|former|past|prior|historic) (?:water )?(?:leaks?|floods?|flooding|bursts?|fires?|damage|spills?|overflows?)\b/;
const STILL_ACTIVE = /\b(?:(?<!\bkeys? (?:are |is )?)still(?! (?:want|wants|need|needs|would like|like|have to|has to|got to|gotta|looking|waiting|plan\w*|hoping))|keeps?(?! (?:an eye|in mind|track))|keep(?! (?:an eye|in mind|track))|won't stop|wont stop|can't stop|cant stop|getting worse|worse|rising|getting deeper|spreading|(?<!\b(?:sprout\w*|grow\w*|grew|bloom\w*|flower\w*|leaf\w*|shoot\w*)(?: back| up)? )again|right now|todavia|sigue|otra vez|can't find the (?:shut ?off|valve)|can't turn|(?:can't|cant|cannot|couldn't|unable to|not able to) (?:shut|turn|switch|stop|close|get)\b(?: \S+){0,3} (?:off|it|the (?:water|gas|valve|main|leak|flow|bleeding))|(?:hasn't|hasnt|has not|haven't|havent|have not|hadn't|not|never|won't|wont|didn't|didnt) (?:\S+ )?stopped)\b/;
const CONTAINED = /\b(?:(?:i|we|i've|we've|they|he|she|company|utility|plumber|department|neighbou?r|landlord|super)(?:\s+\S+){0,3}\s+(?:shut|turned|switched|flipped|killed|unplugged|cut(?=(?:\s+\S+){0,3}\s+(?:off|power|water|gas|main|supply|electricity)\b)|closed|capped)\b(?!\s+(?:\w+\s+)?(?:hours?|an hour|minutes?|ago|at \d|early|for the (?:night|day|evening|weekend)|up shop|tonight|for the holidays)\b)(?!\s+(?:(?:it|them|that|the \w+)\s+)?(?:back\s+)?on\b)(?:\s+\S+){0,4}\s*(?:off|down|the (?:power|water|gas|main|valve|breaker|supply))?|(?:is|was|been|are) (?:shut|turned|switched) off|\b(?:shut|turned|switched|cut|capped|closed) (?:it|them|that|the \w+(?: \w+)?) off\b|(?:came|come) and (?:shut|turned|switched|cut|capped|closed)\b|(?:it's|its|it has|it|the leak|leak|leaking|water|flow|dripping|bleeding)(?:\s+(?:has|is|now|just|finally))*\s+stopped|stopped (?:now|leaking|completely)|put (?:it|the fire|the flames|that) out|(?:fire|flames?)\b(?: \S+){0,8} (?:it's|its|it is) (?:now |all |completely )?out\b(?! (?:of|there|in|on|back|front|here)\b)|(?:pulled|unplugged|disconnected|yanked) (?:the )?(?:\w+ )?(?:network|ethernet|internet|wifi|lan) (?:cable|cord|connection|plug)?|(?:caught|stopped) (?:it|the \w+|them) (?:fast|early|quickly|in time|before it spread)|nothing else (?:got|was|has been) (?:hit|infected|affected|encrypted|touched)|(?:the )?(?:fire|flames?)(?:'s| is| are| was)? (?:now |all |completely |totally )?out\b(?! of\b)|put out (?:the|a|that) (?:fire|flames?)|extinguished|(?<=\b(?:water|level|levels|it|it's|its|flood|flooding|floodwater|swelling|temperature|fever|smoke|puddle|stream|overflow|tank)(?: has| have| had| is| just| finally| all| now| slowly)* )(?:went|gone|drained) (?:back )?down|(?<!\b(?:litter ?box|litter tray|straining|strains|pee|peeing|trying to (?:pee|wee|urinate|vomit|throw up|be sick)|retch\w*|dry heav\w*|gagging|heaving)\b.{0,60})(?:nothing|no) (?:more )?(?:is |was )?(?:coming|came) (?:up|out|back)|receded|(?:covered|fenced|blocked|taped|roped|boarded|cordoned|barricaded) (?:it|them|the \w+|that|the hole)(?: \w+){0,3} (?:off|up|over|with)|(?:is|it's|its|are|been|got|now|all) (?:all |now |already )?(?:boarded|taped|tarped|covered|fenced|sealed) (?:up|off|over)|(?:locked|secured|boarded up|sealed up) (?:up )?now|cerr(?:e|amos|aron|o) (?:la llave|el agua|el gas|la valvula|el paso)|ya (?:lo |la )?limpi(?:e|amos|aron)|(?:smell|leak|smoke|odou?r|fumes|haze)(?: of \w+)? (?:is |has |have |are )?(?:all )?(?:gone|went away|gone away|cleared(?: out| up)?)(?! and back)|under control|contained|(?:opened|open) (?:up )?(?:all )?(?:the |every |our )?(?:doors?|windows?)\b(?=(?: \S+){0,8} (?:nobody|no one|noone|none of us)(?:'s| is| are| feels?| has| got| seems?)? (?:\w+ )?(?:cough\w*|sick|dizzy|ill|nauseous|headaches?|symptoms|light ?headed))|^(?:(?:i|we|so|ok|okay|just|already) )*(?:killed|flipped|tripped|cut|shut off|turned off|switched off) (?:the )?(?:breaker|power|mains?|main|gas|water|supply)\b|moved (?:everything|it all|them all|them|it|the \w+(?: \w+)?) (?:in)?to (?:the |a |our )?(?:backup|spare|other|another|second|standby)\b|(?:pumps?|bilge(?: pump)?|sump(?: pump)?) (?:is |are )?(?:now )?(?:keeping up|keeping ahead|handling it|keeping (?:it|her|the \w+) (?:dry|afloat|down))|(?:trapped|caught|contained|secured) (?:it |him |her |them |the \w+ )?(?:under|in) (?:a|an|the) (?:\w+ )?(?:basket|bucket|box|bin|container|crate|cage|trap|jar|tub|tote)|drained (?:away|out)|cleaned (?:it )?up|(?:swept|vacuumed|hoovered|cleaned|mopped|soaked) (?:it |them |everything |all of it |the \w+ )?up|picked (?:it |them |everything |all of it |the (?:glass|pieces|shards|mess|debris|broken \w+) )up|no longer|anymore|already came|(?:said|says|checked|confirmed)(?: \S+){0,2} (?:it's|its|it is|it was|everything(?:'s| is| was)?|all is|all was|all|everything|that it's|that it was|that all was|that everything was) (?:fine|ok|okay|safe|clear)|all clear|(?:it's|its|it is|everything's|everything is|all) (?:fine|ok|okay|good|dry|dried out) now|(?:it's|its|it is) (?:all )?dry now|(?:it's|its|it is|everything's|everything is|power is|breaker is) (?:off|unplugged) now|cerre la llave|(?:ya )?(?:apague|apagamos|apagaron|apago) (?:el |la |los |las )?(?:fuego|incendio|llamas?|lumbre)|ya no sale|ya paro|se detuvo|got (?:him|her|them|it|everyone|everybody|the \w+) out|(?:ya )?(?:lo|la|los|las) sacaron|(?:he's|she's|they're|he is|she is|they are|everyone's|everyone is) (?:totally |completely |perfectly |absolutely )(?:fine|ok|okay|safe)|hosed (?:it |them |everything )?(?:down|off)|aired (?:it |the \w+ )?out|rescued (?:him|her|them|it)|(?:got|get|have|had) (?:the |a |our |my )?(?:\w+ )?(?:door|window|car|trunk) open\b(?=.*\b(?:fine|ok|okay|safe|out)\b)|(?:he's|she's|hes|shes|they're|theyre|he is|she is|they are|everyone's|everyones|everyone is|everybody's|everybody is|we're all|we are all) (?:fine|ok|okay|safe|out|good) now|(?:poison control|the (?:doctor|vet|nurse|er)|911|paramedics|ems) (?:said|says|told (?:us|me)) (?:that )?(?:he|she|they|it|hes|shes|he's|she's|theyre|they're|its|it's)(?: is| are)? (?:fine|ok|okay|alright|all right|not in danger))\b/;
const NAMEISH = /\b(?:from|at|with|called|named|of|for)\s+(?:the\s+)?(?:urgent|emergency|rapid response|flood|gas|spark|fire)(?:\s+\S+){0,2}?\s+(?:depot|supply|management|care|inc|ltd|llc|co|co-op|company|services|clinic|vets|group|plumbing|masters|works|lofts|subs)\b|\burgent care\b/g;
/** A hazard word naming a past job on an invoice or report ("the burst pipe repair"). */
const JOB_REFERENCE = /\b(?:repair|job|work|cleanup|clean up|call ?out|callout|visit|service|fix|report|claim|damage)\b/;
const ADMIN = /\b(?:(?:send|transfer|forward|copy)(?: \S+){0,2} (?:records|x[ -]?rays?|files|notes|chart|paperwork)|invoice|invoices|bill|billing|billed|receipt|pay(?! (?:you|u|someone|somebody|a pro\w*|them)(?: guys)? to\b)|paid|payment|charged|charge me|refund|insurance|insurer|certificate|copy of|paperwork|permit|tax|taxes|deductible|accountant|fax|records|cancel|reschedule|update my|update (?:the |our )?(?:\w+ )?(?:phone|number|e-?mail|address|details|contact|info\w*|card|name) (?:on|for|in)|cancelar|reprogramar|factura|recibo|on file|(?<!\b(?:propane|oil|fuel|gas|diesel|kerosene|firewood|wood|pellets?|mulch|topsoil|soil|gravel|sand|water|automatic|auto|scheduled|regular) )delivery(?! (?:vans?|trucks?|drivers?|vehicles?|fleet|bikes?|cars?))|confirming|(?<!\b(?:set up|setup|open|opening|create|start|starting) (?:a |an )?(?:new )?(?:\w+ )?)account|statement|declined|notifications|spam|unsubscribe|take me off|promo|(?:reminder|marketing|promo\w*|sales) (?:texts?|messages?|e-?mails?|calls?)|stop (?:texting|e-?mailing|calling|messaging|sending)|remove me from|opt (?:me )?out|(?:push|move|postpone|bump|shift|delay)(?: \S+){0,3} (?:back |out )?(?:to|until|till) (?:next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later|another (?:day|time|week|date)|a later date|sometime (?:next|later))|wholesale|partnership|sponsorship|partner(?:ing)? (?:on|with|up)|(?:on|for) referrals|referral (?:program\w*|partner\w*|deals?|scheme)|(?:offer|offering) you (?:a|an|our|some|the)|reseller|(?:sales|vendor|supplier|account) rep\w*|(?:pause|suspend|hold|freeze) (?:the|my|our) (?:service|plan|subscription|membership|contract|visits|cleanings?)|put (?:the |my |our )?(?:service|plan|subscription|membership|visits) on hold)\b/;

/** "the water coming out of the shower is lukewarm": what the supply is like, not water escaping. */
const SUPPLY_DESCRIBED = /\bwater (?:that )?(?:coming|comes|running|runs) (?:out )?(?:of|from) (?:the |my |our )?(?:\w+ )?(?:taps?|faucets?|showers?|shower ?heads?|spouts?|sinks?)\b(?: \S+){0,2} (?:is|are|was|tastes?|smells?|looks?|feels?|seems?|has|only|isn't|is not|never|just)\b(?!.*\b(?:everywhere|all over|flood\w*|spray\w*|gush\w*|pour\w*|won't stop)\b)/;

/** "the yard flooded but the water is nowhere near the unit": water said to stay away from what it could harm. */
const WATER_KEPT_AWAY = /\b(?:(?:is|are|was|it's|its|stayed|stays) (?:nowhere|not anywhere) near|(?:didn't|did not|hasn't|has not|never|won't) (?:reach|get to|get near|come near)(?:ed)?|stayed (?:outside|out of (?:the )?(?:house|garage|building)))\b/;

/** Capitalised names that contain an emergency word ("Emergency Property Management", "Flood Masters Inc"). */
function dropNames(text: string): string {
  return text
    .replace(/\b(?:[A-Z][\w&'-]*\s+){0,3}(?:Emergency|Urgent|Flood|Gas|Burst|Spark|Fire)\w*(?:['’]s)?(?:\s+(?:of\s+)?[A-Z][\w&'.-]*)+/g, ' ')
    .replace(/(?:^|\s)(?:Emergency|Urgent)\s+(?=[A-Z][a-z])/g, ' ')
    // A family or a household by its name ("we're the Sparks family", "the Floods' house").
    .replace(/\b[A-Z][a-z'-]+(?:['’]s?)?\s+(?=(?:family|household|residence|twins|kids|place|house)\b)/g, ' ')
    // A person's name after an introduction or a title ("my name is Jenny Sparks", "Mr Flood").
    .replace(/\b((?:[Mm]y name is|[Mm]y name's|[Nn]ame is|I'm|I am|[Tt]his is|[Ii]t's)\s+)[A-Z][a-z]+\s+[A-Z][a-z'-]+\b/g, '$1 someone ')
    .replace(/\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'-]+\b/g, ' someone ');
}

/** "the compressor is shot", "the board's toast": slang for broken, said of a thing (QA: the encoder read "shot" near the emergencies); "he was shot" is not. */
const SLANG_BROKEN = /(?<!\b(?:he|she|they|i|we|you|someone|somebody|man|guy|woman|lady|kid|child|boy|girl|people|person|dog|cat|son|daughter|husband|wife)\s+)\b(is|are|was|were|been|be|it's|its|['’]s|looks|totally|completely|pretty much)\s+(?:shot|toast|kaput|knackered|done for|a goner|buggered)\b/gi;

/** Spellings the shared normaliser reads as another word: "busted" is read there as burst; a busted heater is a broken one. */
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\bbust(?:ed)?\b/g, 'broken'],
  [SLANG_BROKEN, '$1 broken'],
  [/\bcom+ing\b/g, 'coming'],
  // Texting's "lite" is a light ("watr comin out the celing lite").
  [/\blite\b/g, 'light'],
  // A "flood light" is a lamp for the yard, not a flood near a light (QA: "the flood light on the garage stopped working" was water meeting electricity).
  [/\bflood ?lights?\b/g, 'yard light'],
  // "over flowing", "over flowed": the typed split of one word.
  [/\bover (flow(?:s|ing|ed)?)\b/g, 'over$1'],
  // Spanish "todas" would be read as "today" (a same-day cue) by the typo reader.
  [/\btod(?:as|os|a)\b/g, 'todo'],
  // "water's shooting out", "the pipe's been leaking": a noun's "is", so the rules see the noun and its verb apart.
  [/\b(?!(?:it|that|there|what|he|she|let|who|here|where|how|when)['’]s)([a-z]+)['’]s (?=\w+ing\b|been\b|all over\b|everywhere\b|still\b|now\b|off\b|out\b|fine\b|ok\b|okay\b|dry\b|gone\b|stopped\b)/g, '$1 is '],
];
/** "drowning in paperwork", "swamped with orders": busy, not a flood or an admin matter. */
const BUSY = /\b(?:drowning|buried|swamped|snowed under|flooded|slammed) (?:in|with|under) (?!(?:\w+ )?(?:water|sewage|mud|rain|agua)\b)(?:\w+ )?\w+|\b(?:electric|electricity|energy|power|gas|water|heating) bills? (?:is|are|has been|have been) (?:\w+ )?(?:shocking|high|huge|crazy|insane|through the roof|killing me|too high)/g;

function negatedIn(clause: string, index: number, length: number, selfNegating: boolean): boolean {
  const before = clause.slice(0, index).replace(INTENSIFIERS, ' ').trim().split(/\s+/).slice(-3).join(' ');
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

function customRules(keywords: readonly string[]): HazardRule[] {
  return keywords
    .map((k) => normalizeWords(k))
    .filter((k) => k.length >= 3 && k.length <= 60 && !/^(?:emergency|urgent|emergencia|urgente)$/.test(k))
    .map((k) => ({ hazard: 'CUSTOM' as const, severity: 8, label: k, test: (c: string) => new RegExp(`\\b${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\b`).exec(c) }));
}

const HIGH_CUES = /\b(?:within (?:the|an|one|the next|half an) (?:hour|\d+ min\w*)|(?:whole |entire )?(?:office|shop|store|business|company|school|clinic|restaurant|salon|practice|building|team) (?:has )?(?:lost|has no|is without|without) (?:the |all |its |our )?(?:internet|wifi|wi-fi|network|phones?|phone lines?|email|e-mail|pos|card machines?|tills?)\b|(?:broke down|broken down|stalled|died|quit|won't start|wont start|dead battery|flat (?:tire|tyre)|fender bender|accident|crash|collision|wreck)\b(?: \S+){0,4} (?:on|in|at) (?:the )?(?:\w+ )?(?:highway|freeway|interstate|motorway|road|shoulder|side of the road|hwy|route \d+|i ?\d+|\d+|lot|parking lot|car park|gas station|exit \d+|rest stop|ramp|intersection)\b(?!.*\b(?:last (?:week|month|year|time)|ago|yesterday|years? back)\b)|(?<!(?:takes?|took|done|finished|last|past|first) (?:about |around |roughly )?)in (?:an?|one|two|three|four|\d{1,2}|a few|a couple(?: of)?|half an?) (?:hours?|hrs?|minutes?|mins?)\b|(?:nobody|no one|none of us) (?:here )?can (?:work|do (?:any|our) work|get (?:any )?work done)|(?:whole |entire )?(?:office|team|staff|shop|store|business|company|school|clinic|restaurant|kitchen|hotel|salon|practice) (?:can't|cant|cannot|can not|is unable to) (?:work|operate|open|function|do anything|take orders|serve|check (?:anyone|guests|patients) in)|(?:we|i|they) (?:can't|cant|cannot|can not) (?:open|operate|trade|serve (?:anyone|customers|patients|guests)|see (?:any )?patients|take (?:any )?(?:customers|clients|patients))(?! (?:the|it|this|that|my|our|a|an|up|until|till|for|on)\b)|(?:isn't|isnt|not|won't|wont|doesn't|does not|stopped|is not) (?:taking|accepting|reading|processing|take|accept|read) (?:any )?(?:cards|card payments|payments|coins|tickets)\b|mid[- ]?(?:procedure|surgery|treatment|appointment|operation)|in the middle of (?:a |the |an )?(?:procedure|surgery|treatment|appointment|operation|(?:dinner |lunch |breakfast )?service)|(?:customers|clients|patients|guests|trucks|drivers|diners|people|(?:a|the|our|my) (?:delivery )?(?:truck|driver|delivery|customer|client|courier)) (?:are |is )?(?:lined up|lining up|queu\w*|waiting)(?! (?:list|room|times?|for (?:weeks|months|a quote|your quote)))|(?:i'm|im|i am|we're|we are|were) (?:completely |totally )?(?:snowed|iced) in\b|(?:can't|cant|cannot|can not) (?:get|drive|back) (?:the |my |our )?(?:car|truck|van|vehicle)s? (?:out|in)\b|(?:necesito|necesitamos|lo necesito|la necesito|los necesito) (?:\w+ ){0,4}manana\b|(?:can't|cant|cannot) (?:take|process|run) (?:any )?(?:payments|orders|cards|card payments|bookings|sales)|(?:whole )?(?:office|business|shop|store|restaurant|clinic|salon) is (?:completely |totally )?(?:down|offline|shut down|at a standstill)|(?:i'm|im|i am|we're|we are|i got|we got|she's|he's) (?:stuck|stranded)(?! (?:with|on (?:a|the|which|what)|between|deciding))|(?:we're |we are |i'm |im |i am )?losing (?:sales|money|business|customers|orders|revenue|bookings)|asap|a s a p|as soon as (?:possible|you can)|right away|right now|immediately|soon|important|today|tonight|this (?:morning|afternoon|evening)|(?:booked|scheduled|appointments?|patients|clients|customers|guests|bookings)(?: \S+){0,2} (?:all|this) (?:morning|afternoon|evening|day)|(?:have|got) (?:\w+ )?(?:patients|clients|customers|guests|diners) (?:in the chairs?|waiting|here now|in (?:the )?(?:shop|store|salon|clinic|restaurant|building|lobby|waiting room) (?:now|right now))|same day|tomorrow|locked (?:my ?self |our ?selves |us |me )?out|keys (?:are )?(?:locked )?inside|by (?:noon|midday|lunch ?time|lunch|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day|\d{1,2}(?::\d\d)? ?(?:am|pm|o'?clock))|(?<!(?:whenever|when(?:ever)? you can|any ?time|sometime|when you have time to) )fit (?:me|us|him|her) in|getting worse|urgent\w*(?! (?:\w+ )?(?:charges?|fees?|rates?|surcharges?|support|care|line|pricing)\b)|(?<!(?:so|very|really|super|how|fixing \w+(?: \w+)?) )quickly|hurry|(?:need|want|get|send) (?:someone|somebody|anyone|anybody|help|you|(?:it|this|that|them) (?:done|fixed|sorted)|a (?:plumber|tech\w*|guy|crew|pro)|(?:someone|somebody) (?:out|over)) (?:real |really |pretty |super )?quick\b|hoy|urgente|lo antes posible|ahora mismo|cuanto antes|pronto|para (?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana)|esta semana)\b/;
const ESSENTIAL_LOSS = /\bno water (?:coming )?(?:out of|from) (?:any of )?(?:the |my |our )?(?:\w+ )?(?:taps?|faucets?|sinks?|showers?)|\b(?:taps?|faucets?) (?:have|has|are giving) no water|\bno (?:running )?water (?:at all|in the (?:house|building|apartment))|\bno (?:hot water|(?<!\b(?:dryers?|ovens?|saunas?|grills?|irons?|kilns?|toasters?|hot tubs?|spas?|pools?|steam rooms?|hair ?dryers?|heat press)\b.*)heat\w*|water(?!\s+(?:leak|drip|damage|on|anywhere|coming|pour\w*|gush\w*|spray\w*|running (?:out|down|across|over)|everywhere|in the (?:basement|ceiling)))|power|electricity|ac|air conditioning|cooling)\b|\bwithout (?:hot water|heat|water|power)\b|\b(?:hot water|heating|heat|power|electricity)(?: (?:at|in|to) (?:the |my |our )?[a-z]+(?: [a-z]+)?)? (?:is |has |just )?(?:gone |went )?out\b|\b(?:furnace|boiler|heater|heat pump|heating|heat|power|hot water|ac|air conditioning)(?:'s| is| has)? been (?:out|down|off|dead|broken|not working)\b|\bsin (?:agua|luz|calefaccion)\b|\bno (?:tengo|tenemos|hay) (?:agua|luz|calefaccion)\b|\b(?:lost|losing) (?:power|water|heat)\b|\bpower (?:is |went )?out\b|(?:furnace|boiler|heater|heat pump|ac|air conditioner|hvac|heating|heat|(?:hot )?water tank|cylinder)(?:'s)?(?: (?:in|at) (?:the |my |our )?[a-z]+(?: [a-z]+)?(?= is\b))?(?: is(?= broken))?(?: just| still)?(?: \w+ and)? (?:(?:won't|wont|doesn't|does not|isn't|is not|not)(?! (?:leak|drip|smell|mak|noisy|loud|too|very|that|so))|stopped|died|quit|broke|is broken|failed|keeps going out)|(?<!\bpilot\b.{0,40})\b(?:furnace|boiler|heater|heat pump|ac|air conditioner|air conditioning|hvac|heating|heat|power)(?:'s)? (?:just )?(?:went out|is out|is still out|gave out|cut out|packed up|conked out)\b|\bonly (?:toilet|bathroom)\b|\bonly (?:\w+ )?(?:sink|fryer|oven|stove|range|grill|freezer|fridge|cooler|walk-in|dishwasher|dish machine|elevator|lift|furnace|boiler|heater|pump|car|truck|van|register|card reader|gate|entrance|exit|computer|server)s?(?: \S+){0,3} (?:is |has |just |went )?(?:down|broken|broke|dead|died|out|not working|won't|wont|stopped|failed|quit)\b|\b(?<!cold |cold water |drinking |filtered )(?:showers?|taps?|faucets?|hot water|water)(?: (?!tap|taps|faucet)\w+)? (?:only )?(?:runs?|running|comes? out|coming out|is|are|stays?) (?:only )?(?:ice |freezing |stone )?cold\b(?! (?:and hot|too)\b)|\btoilet (?:won't|wont|doesn't) flush\b|\b(?:breakers?|fuses?|rcds?|gfcis?|gfis?|trip switch(?:es)?|circuits?)(?: \S+){0,4} (?:keeps?|kept) (?:trip\w*|blow\w*|going)\b|\b(?:keeps?|kept) (?:trip\w*|blow\w*)(?: \S+){0,2} (?:breakers?|fuses?|rcds?|gfcis?|gfis?|trip switch(?:es)?)\b|\bfood (?:is )?(?:spoil\w*|going bad|going off|thawing|defrosting)|\b(?:fridge|freezer|refrigerator|walk[- ]?in(?: cooler| freezer)?|cooler)(?:'s)?(?: \w+){0,4} (?:is |has |just )?(?:dead|died|stopped cooling|stopped working|not cooling|isn't cooling|warming up|getting warm|thawing|defrosting)\b|\b(?:fridges?|freezers?|refrigerators?|walk[- ]?ins?|coolers?)\b(?: \S+){0,10} (?:and )?(?:climbing|rising|going up)\b|\bpilot keeps going out\b|\b(?:fridge|freezer|refrigerator|walk[- ]?in(?: cooler| freezer)?|cooler|cold room|cold store)(?:'s)? (?:is |has |just |went |completely )*(?:down|failed|quit|out of (?:service|order)|conked out|gave out)\b(?! to\b)|\b(?:elevator|lift|stair ?lift)s?(?:'s)?(?: (?:at|in|for) (?:the |our |my )?\w+(?: \w+)?)? (?:is |are |has |have |just |went |been )*(?:out of (?:service|order)|down|broken|not working|dead)\b(?=.*\b(?:residents?|tenants?|patients?|guests?|wheelchairs?|walkers?|elderly|(?:can't|cant|cannot|unable to) (?:get|come|go)|(?:up|down) ?stairs)\b)|\bfridge and freezer are off\b/;
const DEADLINE = /\b(?:by|before|until|on|this|next)?\s?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|weekend)\b[\s\S]*\b(?:inspection|inspectors?|closing|storm|hurricane|blizzard|snowstorm|ice storm|cold snap|deep freeze|heat ?wave|typhoon|close on|move|moves|moving|fly|flying|event|wedding|guests|party|walkthrough|walk through|deadline|due|runs? out|before then|funeral|viewing|showing|open house|trip|flight|vacation|tournament|concert|recital|competition|conference|exhibition|grand opening|reopening|festival|(?:a|the|our|my|big) (?:\w+ )?show(?! (?:me|us|you|them|him|her|up|off|how|what|where)\b)|(?:craft|trade|art|county|job|book|state) fairs?|(?:farmers|christmas|holiday|night) market|demo|presentation|board meeting|client meeting|pitch|gala|ceremony|graduation|fundraiser|charter|performance|premiere|reunion|(?:swim|track|field|cross country|gymnastics|diving|horse|dog|ski) meets?|races?|regatta|marathon|triathlon|game day|match day|big game)\b|\b(?:inspection|inspectors?|closing|storm|hurricane|blizzard|snowstorm|ice storm|cold snap|deep freeze|heat ?wave|typhoon|close on|moving out|moving in|move in|move-in|moves (?:in|out)|fly out|flying out|event|wedding|guests|party|walkthrough|deadline|due|runs? out|funeral|viewing|showing|open house|trip|flight|vacation|tournament|concert|recital|competition|conference|exhibition|grand opening|reopening|festival|(?:a|the|our|my|big) (?:\w+ )?show(?! (?:me|us|you|them|him|her|up|off|how|what|where)\b)|(?:craft|trade|art|county|job|book|state) fairs?|(?:farmers|christmas|holiday|night) market|demo|presentation|board meeting|client meeting|pitch|gala|ceremony|graduation|fundraiser|charter|performance|premiere|reunion|(?:swim|track|field|cross country|gymnastics|diving|horse|dog|ski) meets?|races?|regatta|marathon|triathlon|game day|match day|big game|audits?|registration|enrol(?:l)?ment|closes|expires?|expiring)\b[\s\S]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|weekend|before then)\b|\bbefore (?:the|our|my|an?) (?:\w+ )?(?:audit|inspection|visit|walkthrough|deadline|opening) (?:next|this) week\b|\bin (?:\d|1[0-4]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|a couple of|a few) days\b|\bby the \d{1,2}(?:st|nd|rd|th)\b|\bbefore (?:the|this|that|a) (?:big |next |first |hard |coming )?(?:storm|freeze|snow ?storm|cold snap|hurricane|rain)\b|\b(?:this week|this weekend|today|tomorrow)\b[\s\S]*\bbefore (?:it gets|it turns) (?:cold|colder|freezing)\b|\b(?:storm|hurricane|typhoon|blizzard|snow ?storm|freeze|frost|cold snap|heat ?wave|nor'?easter|tropical storm|heavy rain|hail)s? (?:is |are )?(?:coming|forecast|due|expected|on the way|rolling in|moving in|headed|heading|supposed to (?:hit|come|arrive))\b|\b(?:got|have|given|gave us|within) (?:\d|one|two|three|four|five|six|seven|a couple of|a few) (?:business )?days (?:to|or|before)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|this weekend)\b[\s\S]*\b(?:hosting|thanksgiving|christmas|dinner party|birthday)\b|\b(?:hosting|thanksgiving|christmas)\b[\s\S]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|this weekend)\b|\b(?:interview|exam|flight|shift|court|surgery|hospital|dialysis|chemo\w*|infusion)\b[\s\S]*\b(?:tomorrow|tonight|in the morning|at noon|at \d{1,2}(?::\d\d)? ?(?:am|pm)?|this (?:afternoon|evening)|today)\b|\b(?:tomorrow|tonight|in the morning)\b[\s\S]*\b(?:interview|exam|flight|shift|court|surgery|hospital)\b|\bneed (?:it|this|that|them|my \w+|the \w+|our \w+)(?: \S+){0,4} (?:for|by|before) (?:\S+ ){0,6}(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the morning)\b|\b(?:has|have|needs?|got|must) (?:to )?(?:be|get) (?:\w+ ){0,2}(?:by|before) (?:this )?(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|end of (?:the )?week)\b/;
const DEFERRED = /\b(?:no rush|no hurry|heads up|after (?:the )?(?:harvest|busy season|peak season|tourist season|wedding season|holiday season|season|school year|semester)\b|when we (?:renovate|remodel|redo|build|sell|get around to it)|(?:in|this|next|by) (?:the )?(?:spring|summer|fall|autumn)\b|before (?:the )?(?:spring|summer|fall|autumn)\b|not urgent|not in a hurry|no particular rush|it can wait|can wait|low priority|in a few months|next (?:year|spring|summer|fall|autumn|winter|quarter|fiscal year|season)|(?:call|ring|get back to|contact|reach out to) (?:me|us)(?: back)?(?: \w+){0,3} (?:next month|in (?:a few weeks|january|february|march|april|june|july|august|september|october|november|december))|later this year|later on|in the new year|after the holidays|(?:20[3-9]\d|202[7-9])|thinking about|planning (?:a|to|on)|sin prisa|no (?:hay|tengo|corre) prisa|no es urgente|(?:el|la) ano que viene|(?:el|la) proximo ano|mas adelante)\b/;
const PAST_MONTH = /\b(?:broke|had|was|were|did|went|got|fell|hurt|injured|happened|\w+ed|surgery|operation|accident|injury)\b(?: \S+){0,6} in (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
const BILLING_PROBLEM = /\b(?:charged (?:me |us )?(?:\w+ ){0,6}(?:that|which|when|but|though|although|even though) (?:i|we) (?:had )?already paid|charged (?:me |us )?(?:for )?(?:\w+ ){0,4}twice|charged (?:me )?(?:twice|double|two times|too much|the wrong|for something)|double[- ]?(?:charged|billed|charge)|(?:billed|charged|invoiced) (?:me |us )?(?:for )?(?:\w+ ){0,5}(?:but|though|although|even though|when) (?:only|nobody|no one|nothing|(?:we|i|you|they|he|she|your \w+) (?:never|didn't|did not|only))\b|overcharged|over-charged|billed (?:me )?twice|wrong (?:amount|charge|bill|invoice)|(?:billing|invoice|payment) (?:error|mistake|problem)|(?:problem|issue|mistake|error|discrepancy|something wrong) (?:with|on|in) (?:my|our|the|this|that|last \w+'?s?) (?:\w+ )?(?:bill|invoice|statement|charges?)\b(?<!\b(?:gas|electric|electricity|water|power|utility|phone|cable) (?:bill|invoice|statement))|(?:my|our|the) (?:\w+ )?(?:bill|invoice|statement)(?: (?:for|from|on)(?: \S+){1,4}?)? (?:is|looks|seems) (?:\w+ )?(?:wrong|off|incorrect|too high)|incorrect (?:bill|invoice|charge|amount)|cobr\w+ (?:\w+ ){0,3}(?:dos veces|doble|de mas)|(?:doble|dos) cobros?|charge i (?:don't|do not|didn't) recogni[sz]e|(?:already|i|we) paid (?:it|this|that|the \w+)?\s?(?:already|in full|last \w+)?(?=.*\b(?:overdue|late|still|again|collections|reminder|says|letter)\b)|overdue but|(?:still|keep) (?:getting|sending|says?) (?:\w+ )?(?:bills?|invoices?|reminders?|i owe))\b/;
const FEEDBACK = /\b(?:(?:prices?|rates?|quotes?|fees?|charges?) (?:are|is|were|was) (?:\w+ )?(?:shocking|crazy|steep|insane|ridiculous|outrageous|too high|high)|overpriced|thanks|thank you|thx|thnx|thanx|tysm|gracias|great job|(?:was|were|is|are|you're|youre|you are|he's|she's) (?:a |an |such a |an absolute |a total |a real )?(?:lifesaver|life saver|godsend|legend|rock ?star)|(?:good|lovely|brilliant|excellent|wonderful|fantastic|amazing|awesome|nice|superb|stellar) (?:job|work|service)|was great|were great|did a great|feedback|review|reviews|looks (?:great|gr8|amazing|fire)|(?:you|they|he|she|tech\w*|cleaners?|crew|team|guys?) missed|missed (?:a|the|my|our|some) (?:spot|spots|appointment|area|room|corner|window|section|bit)|(?<!\b(?:customers|members|guests|clients|tenants|residents|people|patients|staff|students|neighbou?rs|kids|everyone)(?: are| keep| have been| started| all)? )complain\w*|happy with|love the|(?:five|5|four|4) stars?|killed it|nailed it|(?:is |are |was |were )(?:\w+ )?(?:killing|nailing|crushing|smashing) it|brought the house down|(?:was|were|is|are) (?:so |very |really |super |extremely )(?:polite|friendly|professional|helpful|courteous|respectful|tidy|kind)|(?:seats?|beds?|chairs?|rooms?) (?:are|is|were|was) (?:so |really |very |super )?(?:comfy|comfortable)|(?:everyone|everybody|we|they|i|the kids|the guests|our \w+) (?:all |absolutely |really )?(?:loved|love|enjoyed) (?:it|them|every)\b)\b/;
const REQUEST = /^(?:i |we )?need (?:\S+ )?(?:new|\d+|two|three|four|some|more|an?|my|our|the|someone|somebody|help)\b|\b(?:(?:can|could|would|will) (?:you|u|someone|somebody|a plumber|an electrician|a technician|your team|a cleaner|i) (?:please )?(?:deep |also |just )?(?:do (?:a|an|the|my|our|some|\w+ \w+ing\b|\w+ing\b)|move|relocate|mount|hang|service|run|add|wire|paint|come|send|fix|install|replace|quote|look|take|book|schedule|fit|give|help|insulate|find|inspect|check|cap|repair|clean|get|have|unclog|see|put|set up|setup|set|connect|configure|upgrade|recover|back up|wipe|troubleshoot|diagnose|build|design|trim|cut|deliver|tow|pump|empty|treat|seal|patch|reset|rekey|unlock|remove|swap|transfer|tune|rewire|clear|plow|plough|shovel|salt|grit|mow|haul|collect|pick up|sweep|pressure wash|power wash|spray)|(?:i|we) (?:need|want|would like|'d like|d like|am looking|are looking)|i'd like|we'd like|need (?:a|an|someone|somebody|it|this|them|the|to|my|our|help)|needs (?:a|an|to|fixing|replacing|repair)|looking (?:for|to)|send (?:someone|somebody|a)|book (?:a|an|the|me|in|for)|to book|how do i book|how (?:do|can|would) (?:i|we) (?:sign up|get started|start|order|subscribe|enrol\w*|join)|sign (?:me|us) up|schedule (?:a|an)|make an appointment|(?:can|could) (?:we|i) (?:get|have) (?:the|our|my|it|this|that|them)(?: \w+){0,5} (?:done|fixed|cleared|cleaned|removed|repaired|serviced|installed|replaced|checked|looked at|inspected|plowed|ploughed|shovel\w*|salted|trimmed|mowed|pumped|moved|delivered|swept|sorted)\b|quote (?:for|on)|get (?:a|an) (?:free |rough |quick )?(?:price|quote|estimate)|(?:i |we )?could (?:really )?use (?:a|an|some|new|two|three) \w+|(?:i'd|i would|we'd|we would|id) rather (?:pay|hire|have) (?:you|u|someone|somebody|a pro\w*)|what (?:would|will) (?:mine|ours) (?:cost|run|be)|price on|estimate for|please (?:come|send|fix|install|tow|pick up|collect|jump|haul|move)|pueden? (?:venir|mandar|enviar)\w*|quiero|quisiera|necesito|agendar|presupuesto|call me back|callback|call back|have someone|any chance (?:of|you could|someone could)|(?:an |a )?appointment (?:today|tomorrow|tonight|this (?:morning|afternoon|evening))|when can (?:you|u|someone|somebody) (?:start|come|do it|fit (?:me|us) in)|(?:is it possible|would it be possible) to (?:get|have|book|arrange)|(?:interested|hoping) (?:in|to) (?:get|have|book)\w*|(?:(?:can|could) (?:we|i|you|u)|would like to|want to|wanna|like to|looking to|about) (?:get|getting) (?:\S+ ){0,4}(?:set up|signed up)\b|(?:do|does) (?:you|u|your \w+)(?: guys| all)? have (?:any(?:one|body)? |some(?:one|body)? |a |an )?(?:openings?|availability|time|room|slots?|spots?|one|tech\w*|crews?)? ?(?:free |available |open )?(?:to (?:come|look|check|fix|do|service|clean|repair|replace|install|trim|take|get|see|swing)|for (?:a|an|my|our|the)|next|this week|tomorrow)|(?:what's|whats|what is) (?:your|the) (?:availability|soonest|earliest)(?: \w+)? (?:to (?:come|look|fix|do|service|clean|repair|replace|install|trim|take|get|see|swing)|for (?:a|an|my|our|the|me|us) (?!new\b))|(?:is|are) (?:someone|somebody|anyone|anybody|a tech\w*|one of you|your \w+)(?: guys)? (?:free|available) (?:to|for) (?:come|look|check|fix|do|service|clean|repair|replace|install|take|swing|a|an|my|our|the)|(?:can|could) we (?:set up|schedule|arrange|book|find|pick) (?:a )?(?:time|visit|appointment|day|date)|(?:what|which) day (?:can|could|would) (?:you|u|your \w+|someone|somebody)(?: guys)? (?:come|do|stop|swing|fit)|(?:mind|would you mind) (?:taking a look|looking at|checking|coming|fixing)|(?:can|could|would) (?:your|the) (?:guy|tech\w*|crew|team|plumber|electrician|cleaner|mechanic)s? (?:check|look|come|fix|stop|swing|take|service)|(?:is there|any) (?:any )?way (?:you|u|someone|somebody|your \w+) (?:can|could) (?:fit|squeeze|come|do|get|make it)|(?:someone|somebody|your \w+) (?:could |can |to )?(?:swing|stop|come|pop) (?:by|over|round|out) (?:to|and))\b|\b(?:can|could|would|will) (?:you|u|someone|somebody|anyone|one of you|your (?:team|guys|crew|tech\w*)) (?:guys |all )?(?:please )?(?:be able to )?(?!tell|explain|remind|let|confirm|say|show|describe|clarify|advise|answer|recommend|suggest|accept|(?:re)?send|e-?mail|fax|forward|mail|text|print|take (?:cards?|checks?|payment)|work|cover|serve|do (?:weekends?|evenings?|nights?|holidays?|payment|financ\w*))[a-z]+(?: [a-z]+)?(?: (?:out|up|off|down|in|over|back))? (?:the|my|our|a|an|some|this|that|these|those|his|her|their|all the|both|two|three|four|five)\b|\b(?:are|is) (?:you|u|someone|somebody|anyone|one of you)(?: guys)? able to (?!tell|explain|work|cover|take)[a-z]+(?: (?:out|up|off|down|in|over|back))? (?:the|my|our|a|an|some|this|that|his|her|their)\b|\b(?:can|could) (?:we|i) (?:please )?(?:get|have) (?:\S+ ){1,5}(?:put in|put up|fitted|installed|done|fixed|replaced|serviced|cleaned|repaired|checked|swapped|changed|added|mounted|inspected|tested)\b/;
const PROBLEM = /\b(?:broken|not working|isn't working|doesn't work|stopped working|won't|can't|repair|fix|install|replace|problem|issue|clog+ed|blocked|drip+\w*|leak\w*|burst|flood\w*|overflow\w*|backed up|back(?:s|ing) up|noise|noisy|banging|flicker\w*|tripping|running|cracked|loose|slow\w*|damp|stain)\b/;

/** "noticed it this morning", "the tech who came today": a day that dates what happened, not when the work is wanted. */
const DATED_EVENT = /\b(?:noticed|found|saw|spotted|discovered|moved|came|got|went|made|had|did|took|ate|gave|happened|started|chipped|broke|cracked|fell|visited|called|dropped|arrived|received|was|were)\b(?: (?!need|needs|want|wants|can|could|please|asap|would)\S+){0,6} (?:today|this (?:morning|afternoon|evening)|tonight)$/;
/** Feedback given or offered ("I want to leave a review for Mike", "just wanted to say the new faucet works great"). */
const FEEDBACK_GIVEN = /\b(?:leave|write|give|post|send)(?: you)? (?:a |an |some )?(?:(?:good|great|nice|5 star|five star|positive) )?(?:review|feedback|compliment|testimonial|shout ?out)\b|\b(?:works|working|runs|running) (?:great|perfectly|beautifully|like a charm)\b|\bjust (?:wanted|want) to (?:say|let you know)(?: that)? (?:\S+ ){0,6}(?:great|perfect|amazing|awesome|fantastic|excellent|wonderful|brilliant|thanks|thank you)\b|\bjust (?:letting you know|fyi|so you know|a heads up)\b|\bfyi\b|\b(?:great|amazing|awesome|fantastic|brilliant|excellent|killer|epic|fun|lovely|loved the|love the|best) (?:(?!(?:the|a|an|my|our|your|but|and)\b)\w+ ){0,2}(?:class|classes|session|workout|lesson|ride|routes?|party|show|night|service|visit|crowd|vibes?|energy|set|music|time|band|dj|food|venue|crew|staff)\b(?! (?:is|was|got) (?:cancel\w*|full|booked|moved))|\b(?:class|session|workout|lesson|ride|routes?|instructor|coach|teacher|trainer)s? (?:was|were|is|are) (?:so |really |absolutely |pure |totally )?(?:great|amazing|awesome|fantastic|brilliant|excellent|killer|epic|fun|incredible|insane|the best)\b|\b(?:kudos|props|hats off|shout ?out|compliments) to\b|\b(?:crowd|audience|vibes?|energy|band|dj|show|night|set|class|session|party)\b(?: \S+){0,2} (?:was|were|is|are) (?:absolutely |totally |so |straight )?on fire\b(?!.*\b(?:now|but|except|however|although|though)\b)/;

/** A barrier that keeps people from harm is defective where children, the frail or pets are ("the pool cover is loose and the kids play out there"): fix it soon (HIGH); an emergency only once someone is in danger. */
const EXPOSED = /^(?=.*\b(?:kids?|children|toddlers?|baby|babies|grand(?:kids|children|son|daughter)|elderly|residents|students|campers|guests|customers|dogs?|puppy|puppies)\b).*\b(?:(?:pool|spa|hot tub|well|septic|tank|drain|manhole|cistern|pit|safety|playground|play ?area|school ?yard|daycare|nursery) (?:cover|lid|grate|hatch|net|netting|gate|fence|latch|alarm)|(?:cover|lid|grate|hatch) (?:on|of|over) (?:the |our |my )?(?:pool|spa|hot tub|well|septic|tank|drain|cistern|pit)|(?:(?:stair|balcony|deck|porch|loft|landing) )?(?:railings?|handrails?|banisters?|guard ?rails?|balusters?|stair ?gates?|baby gates?|window guards?|window locks?))\b(?: \S+){0,3} (?:is |are |was |got |has |feels? |came )?(?:loose|broken|broke|missing|gone|open|cracked|rotten|rotted|wobbly|wobbling|unlatched|off|torn|ripped|(?:won't|wont|doesn't|does not|will not) (?:latch|close|lock|shut|stay shut))\b/;
/** A day moved later than the one booked ("tomorrow instead of today", "friday rather than tuesday"). */
const MOVED_LATER = /\b(?:tomorrow|later|next (?:week|month|\w+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend) (?:instead of|rather than) (?:today|tonight|this (?:morning|afternoon|evening)|tomorrow)\b/;
/** The hour denied, not the work put off ("no rush", "not urgent"). */
const UNHURRIED = /^(?:no rush|no hurry|not urgent|not in a hurry|no particular rush|sin prisa|no es urgente)$/;
/** A window within days: the work is wanted soon, whatever "no rush" says about the hour. */
const NEAR_WINDOW = /\b(?:this week|this weekend|(?:sometime |some time |anytime |any time )?this month|today|tomorrow|in the next (?:few |couple of )?days|(?:in )?a day or two|esta semana|hoy|manana)\b/;

/** A lost service that came back by itself ("lost heat last night but it came back on"): routine, not time-sensitive. */
const RESTORED = /\b(?:came|come|comes|is|it's|its|went) back (?:on|up)\b|\bback to normal\b|\bworking (?:again|fine now)\b|\brestored\b/;

/** Some part of the message (between commas, full stops, "but") asks for work and names no admin matter. */
function asksForWorkApart(text: string): boolean {
  return text
    .split(/[.!?;,\n]+|\s[-–—]\s|\bbut\b|\bpero\b/i)
    .map((c) => normalizeWords(stripAccents(c.toLowerCase())))
    // "can you check it" after the invoice: the admin matter itself, not other work.
    .some((c) => REQUEST.test(c) && !ADMIN.test(c) && !/^(?:(?:and|so|please|can|could|would|will|you|u|someone|somebody) )*(?:check|look (?:at|into|over)|review|correct|explain|confirm|adjust|take a look at)(?: out)? (?:it|this|that|them)(?: (?:for me|please|asap|again))*$/.test(c));
}

function priorityWithoutHazard(text: string, words: string, question: boolean, contained: boolean, hypothetical: boolean): { priority: Priority; kind: MessageKind } {
  if (contained) return { priority: 'HIGH', kind: 'contained' };
  // "I broke my leg in June": a month after a past event dates it, it does not defer the work.
  const deferred = DEFERRED.exec(words);
  // "no rush, sometime this week is fine": a near window, so routine, not deferred.
  const soonAnyway = UNHURRIED.test(deferred?.[0] ?? '') && NEAR_WINDOW.test(words);
  if (soonAnyway) return { priority: 'NORMAL', kind: REQUEST.test(words) ? 'request' : 'problem' };
  if (deferred && !soonAnyway && !(/^in \w+$/.test(deferred[0]) && PAST_MONTH.test(words))) return { priority: 'LOW', kind: 'deferred' };
  // A question about what the business does ("do you do same-day?", "if it ever floods, how fast
  // can you come?") is information, whatever urgent words it contains.
  if (question && (hypothetical || (!REQUEST.test(words) && !ESSENTIAL_LOSS.test(words) && !PRESENT.test(words)))) return { priority: 'LOW', kind: 'question' };
  // "can i pick up my car tomorrow instead of today": a visit moved later is scheduling (admin), not time pressure.
  if (MOVED_LATER.test(words) && !ESSENTIAL_LOSS.test(words)) return { priority: 'LOW', kind: 'admin' };
  const highCue = [...words.matchAll(new RegExp(HIGH_CUES.source, 'g'))].some((m) => !/\b(?:not|no|isn't|never|nothing|none|without|nada|sin)\s+(?:\S+\s+)?$/.test(words.slice(0, m.index)) && !DATED_EVENT.test(`${words.slice(Math.max(0, m.index - 60), m.index)}${m[0]}`));
  if (FEEDBACK_GIVEN.test(words) && !REQUEST.test(words.replace(/\b(?:i|we) (?:want|would like|'d like|d like|wanna|wanted) to\b/g, ' ').replace(FEEDBACK_GIVEN, ' '))) return { priority: 'LOW', kind: 'feedback' };
  if (highCue || ((ESSENTIAL_LOSS.test(words) || ON_THE_VERGE.test(words)) && !RESTORED.test(words) && !(PAST.test(words) && !STILL_ACTIVE.test(words))) || DEADLINE.test(words) || EXPOSED.test(words)) return { priority: 'HIGH', kind: 'high' };
  // A billing problem the customer states (charged twice, a wrong amount) is time-sensitive; a
  // copy of an invoice or paying a bill is routine admin.
  if (BILLING_PROBLEM.test(words)) return { priority: 'HIGH', kind: 'high' };
  // An admin word in one part and a request for work in another ("insurance sorted it out, now I want the
  // rest trimmed", "the delivery guy scratched the frame, can you touch it up"): the work is asked for.
  if (ADMIN.test(words) && !asksForWorkApart(text)) return { priority: 'LOW', kind: 'admin' };
  if (REQUEST.test(words)) return { priority: 'NORMAL', kind: 'request' };
  if (FEEDBACK.test(words)) return { priority: 'LOW', kind: 'feedback' };
  if (question) return { priority: 'LOW', kind: 'question' };
  if (PROBLEM.test(words)) return { priority: 'NORMAL', kind: 'problem' };
  void text;
  return { priority: 'NORMAL', kind: 'other' };
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
/** Trouble that has stopped on its own ('the bleeding stopped'): contained, so still HIGH. */
const STOPPED = /\b(?:bleeding|leak\w*|water|gas|smoke|smoking|smell|sparks?|sparking|overflow\w*|flooding)\b(?:\s+(?!(?:hasn't|hasnt|has not|haven't|havent|hadn't|not|never|isn't|isnt|won't|wont|didn't|didnt|doesn't|doesnt)\b)\S+)?\s+(?:has |have |finally |just |now |is |are )*(?:stopped|gone|cleared|went away|gone away)\b(?! (?:working|running|heating|cooling))/;
/** "the brakes don't grab anymore": a function lost, not trouble that has stopped. */
/** Made safe for now ("boarded up and locked now", "a tarp over the hole"): the damage still needs work soon (HIGH), the danger is held off. */
const MADE_SAFE = /\b(?:it's|its|it is|everything's|everything is|all|it's all|its all) (?:all )?safe now\b|\b(?:fire|flames?)(?:'s| is| are| was)? (?:now |all |completely )?out\b(?! of\b)(?=.*\b(?:extinguisher|put (?:it|the fire|the flames) out|blanket|smother\w*|lid on)\b)|\b(?:used|grabbed|emptied|sprayed) (?:the |an? |our |my )?(?:fire )?extinguisher\b|\b(?:boarded|tarped|sealed) (?:it |them |that |the \w+ )?(?:up|over|off)\b|\b(?:taped|roped|cordoned|fenced|coned|blocked) (?:it |them |that |the (?:\w+ )?\w+ )?off\b|\b(?:cardboard|plywood|plastic|a tarp|tarps) (?:over|on|across) (?:it|them|the \w+)\b|\btemporary (?:fix|patch|repair|board\w*|cover)\b/;
/** Trouble that settled by itself or with a workaround ("got too hot earlier, it's back to normal now"): with work asked for, it is HIGH like trouble contained. */
const SETTLED = /\b(?:back to normal|back (?:down |up )?to \d+(?:\.\d)?(?: ?(?:degrees|deg|c|f))?|back in range|cooled (?:back )?(?:down|off)|settled (?:back )?down|working again|running again) (?:for )?now\b/;
const FUNCTION_LOST = /\b(?:hardly|barely|don't|doesn't|won't|wont|not|never|no) (?:\w+ )?(?:work|bite|grab|stop|brake|hold|catch|slow|respond|lock|close|shut|latch|secure)\w*(?: \w+){0,2} (?:anymore|any more|no longer)\b/g;
/** Someone had to shut off a supply: the trouble is real but contained for now. */
const SUPPLY_OFF = /\b(?:shut|turned|switched|flipped|cut|unplugged|disconnected|isolated|killed)(?: \S+){0,3} at the (?:breaker|panel|fuse ?box|mains?|meter|wall|valve|stopcock)\b|\b(?:shut|turned|switched|flipped|cut|closed)(?: \S+){0,2} (?:off )?(?:the )?(?:gas|water|main|mains|breaker|power|valve|supply|stopcock)\b|\b(?:cerre|cerramos|corte|cortamos) (?:la llave|el agua|el gas|la luz|el paso)\b|\b(?:gas|water|main|breaker|power|valve) (?:is |was )?(?:shut|turned|switched) off\b|\bcut (?:the )?(?:power |electric |service )?(?:wires?|lines?|cables?) (?:off|loose)\b|\b(?:shut|turned|switched|closed) (?:that|the|this) (?:zone|valve|line|circuit|supply|unit|pump) off\b|\b(?:gas|water|electric\w*|power|utility) (?:company|utility|board|department|guys?|man)\b(?: \S+){0,3} (?:shut|turned|switched|cut|capped|closed) (?:it |them |that |the \w+ )?off\b|(?:^|\b(?:i|we|just|already) )killed (?:the )?(?:breaker|power|mains?|gas|water)\b/;

/**
 * The whole rule for one message. A message in Spanish is read twice: as written (the rules' own
 * Spanish wording) and as its English gloss (triage-spanish.ts) through the English rules, with all
 * their exclusions; the gloss can add an emergency only when the Spanish reading found no hazard
 * and discounted none (negated, past, hypothetical... stays discounted).
 */
export function triage(text: string, options: TriageOptions = {}): Triage {
  const direct = triageOnce(text, options);
  if (direct.emergency || direct.matched.length > 0 || !readsAsSpanish(text)) return direct;
  const glossed = triageOnce(spanishGloss(text.slice(0, 4000)), options);
  return glossed.emergency ? glossed : direct;
}

function triageOnce(text: string, options: TriageOptions): Triage {
  const input = dropNames(text.slice(0, 4000)).replace(NAMEISH, ' ');
  const plainInput = SPELLINGS.reduce((t, [from, to]) => t.replace(from, to), stripAccents(input.toLowerCase()).replace(NAMEISH, ' ')).replace(BUSY, ' ');
  const words = normalizeWords(plainInput);
  const rules = [...RULES, ...COMPOSED_RULES, ...SITUATION_RULES, ...customRules(options.keywords ?? [])];
  const rawClauses = plainInput.split(/[.!?;\n]+|,|\s[-–—]\s|\bbut\b|\bpero\b/i);
  const matched: string[] = [];
  const hits: Hit[] = [];
  /** Hazards named as over ("an old leak"): no emergency, though what they left may be contained trouble. */
  let traces = 0;
  const admin = ADMIN.test(words);
  const past = (c: string) => PAST.test(c) && !STILL_ACTIVE.test(c);
  const messagePast = PAST.test(words) && !STILL_ACTIVE.test(words);
  for (const rule of rules.filter((r) => r.wholeMessage)) {
    const m = rule.test(words);
    if (!m) continue;
    if (HYPOTHETICAL.test(words.slice(0, m.index)) || (PAST.test(words) && !STILL_ACTIVE.test(words))) matched.push(`${rule.label} (hypothetical or past)`);
    else hits.push({ rule, clause: words });
  }
  rawClauses.forEach((raw, i) => {
    const ownClause = normalizeWords(raw);
    if (!ownClause) return;
    // The clause after the last one, to see "if ..., what do I do" across a comma.
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
      if ((rule.hazard === 'FIRE' && (FIGURATIVE_FIRE.test(clause) || FIGURATIVE_FIRE.test(words) || (/\bon fire\b/.test(m[0]) && JOKING.test(words)))) || FIGURATIVE_SCENE.test(clause) || ((rule.hazard === 'WATER' || rule.hazard === 'FIRE') && FIGURATIVE_FLOOD.test(clause)) || JOKING.test(clause) || FICTION.test(clause) || (rule.hazard === 'CARBON_MONOXIDE' && BATTERY.test(words)) || (/shock|zap|jolt/.test(m[0]) && FIGURATIVE_SHOCK.test(clause))) {
        matched.push(`${rule.label} (figurative)`);
        continue;
      }
      // "the toaster has a burnt smell": crumbs in a cooking appliance, with no smoke, sparks or heat said.
      if ((rule.hazard === 'ELECTRICAL' || rule.hazard === 'FIRE') && COOKING_SMELL.test(words)) {
        matched.push(`${rule.label} (cooking smell)`);
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
      if (admin && JOB_REFERENCE.test(clause.slice(m.index + m[0].length).split(' ').slice(0, 3).join(' '))) {
        matched.push(`${rule.label} (administrative)`);
        continue;
      }
      hits.push({ rule, clause });
    }
  });
  // "the co alarm battery is chirping, how do i change it": a message that ends in a question asks
  // (a modal "could you service it" at the end is a request, not a question).
  const lastClause = normalizeWords(rawClauses.filter((c) => c.trim()).pop() ?? '');
  const question = looksLikeQuestion(text) || (rawClauses.length > 1 && /^(?:what|what's|whats|how|where|which|who|why|is|are|do|does|did|any(?! (?:day|time|date|week|weekday|morning|afternoon|evening|of (?:those|these|them)|slot)\b)|anything|should (?:i|we) (?:worry|be (?:worried|concerned)|panic))\b/.test(lastClause) && !STATEMENT_START.test(lastClause));
  const real = hits.filter((h) => h.rule.hazard !== 'STATED');
  const stated = hits.filter((h) => h.rule.hazard === 'STATED');
  const contained = hits.length + traces > 0 && CONTAINED.test(words.replace(FUNCTION_LOST, ' ')) && !STILL_ACTIVE.test(words.replace(/\bno longer\b|\banymore\b/g, ''));
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

/** "no puedo pararlo", "don't know how to stop it": helplessness, not a condition or a denial. */
const HELPLESS = /\b(?:don't|dont|do not|no) (?:know|se) (?:how|como) (?:to )?(?:stop|shut|turn|parar|cerrar)\w*/g;
/** A negation that denies the trouble itself ("no leak", "not gas", "isn't sparking anymore"), not one that is the trouble ("not breathing", "no funciona"). */
const DENIED = /\b(?:no|not|never|nothing|nobody|no one|noone|without|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|sin|nunca|ni|nada)\b(?: \S+){0,2} (?:leak\w*|drip\w*|spew\w*|gush\w*|pour\w*|spray\w*|overflow\w*|anything|water|wet|gas|smell\w*|odou?r|fumes|smoke\w*|smok\w*|spark\w*|flood\w*|burst\w*|fire|flames?|burn\w*|sewage|damage\w*|emergency|urgent|danger\w*|hiss\w*|alarm\w*|going off|fuga|agua|humo|olor|gotea\w*|emergencia|problem\w*|issue\w*|big deal|serious|rush|hurry|live|dangerous|unsafe|hazard\w*|hurt|injured|injuries|harmed|cough\w*|dizzy|sick)\b/;
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
  const input = learnedInput(text);
  const plain = SPELLINGS.reduce((t, [from, to]) => t.replace(from, to), stripAccents(input.toLowerCase())).replace(BUSY, ' ');
  const words = normalizeWords(plain);
  const calm = words.replace(INTENSIFIERS, ' ').replace(HELPLESS, ' ');
  const active = STILL_ACTIVE.test(words.replace(/\bno longer\b|\banymore\b/g, '')) || /\b(?:can't|cant|cannot) (?:find|reach|get to) the (?:shut ?off|valve|stopcock|main)\b/.test(words);
  const out: string[] = [];
  if (DENIED.test(calm)) out.push('negated');
  if ((PAST.test(words) || OLD_EVENT.test(words)) && !STILL_ACTIVE.test(words)) out.push('past');
  if (HYPOTHETICAL.test(calm) || CONDITIONAL_QUESTION.test(words) || /\b(?:might|may|could(?! not)|going to|gonna)\b/.test(calm)) out.push('hypothetical');
  if (looksLikeQuestion(text) && !PRESENT.test(words)) out.push('question');
  if (FIGURATIVE_FIRE.test(words) || FIGURATIVE_FLOOD.test(normalizeWords(stripAccents(input.toLowerCase()))) || FIGURATIVE_SHOCK.test(words) || JOKING.test(words) || FICTION.test(words) || FIGURATIVE_SCENE.test(words)) out.push('figurative');
  if (ADMIN.test(words)) out.push('admin');
  if (DEFERRED.test(words)) out.push('deferred');
  if (!active && (CONTAINED.test(words.replace(FUNCTION_LOST, ' ')) || SUPPLY_OFF.test(words) || STOPPED.test(words) || SETTLED.test(words))) out.push('contained');
  if (BATTERY.test(words) || (PRODUCT.test(words) && PRODUCT_MATTER.test(words))) out.push('product');
  out.push(...benignReasons(words));
  // Loss of an essential service (power, heat, hot water) is HIGH by the written rule; its one emergency (no heat in the cold with vulnerable people) is the rules' own.
  if (ESSENTIAL_LOSS.test(words)) out.push('essential service lost');
  if (ON_THE_VERGE.test(words)) out.push('on the verge');
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
