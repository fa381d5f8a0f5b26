import { PREMISES, UNSECURED } from './triage-phrases.js';

// Trouble that is over, whose aftermath still needs the owner soon: HIGH by the written rule (time-sensitive), never an
// emergency by itself, since nothing is happening now and nobody is in danger. triage.ts discounts a break-in told with its
// loss counted ("my unit got broken into, stuff is missing": the burglar is gone, the visitor has looked), reads these for
// priority (triage-priority.ts) and as reasons the learned signal may not call the message an emergency (exclusionsOf).
// Written from product QA (tri37): a past break-in was URGENT or NORMAL, a burn mark on an outlet NORMAL.

/** A break-in or a robbery of the visitor's own place ("my unit got broken into", "someone broke into our shop", "entraron a mi bodega"). */
const BROKEN_INTO = new RegExp(
  [
    `\\b(?:broke|broken|busted|(?:someone|somebody|burglars?|thie(?:f|ves)|intruders?|robbers?) (?:got|gotten)) in(?:to)? (?:(?:my|our|the|his|her|their|a|this|mom's|mum's|dad's)(?: \\w+)? )?${PREMISES}\\b`,
    `\\b(?:my|our|the|his|her|their|mom's|mum's|dad's)(?: \\w+)? ${PREMISES} (?:was |were |has been |have been |got |gotten |just got |'s been )*(?:broken into|broke into|burglari[sz]ed|burgled|ransacked|robbed|busted into)\\b`,
    `\\b(?:entraron|se metieron|se metio|entro|robaron) (?:a robar )?(?:a|en) (?:mi|la|nuestra|nuestro|el) ${PREMISES}\\b`,
  ].join('|'),
);
/** What was taken, counted: the visitor has been and looked ("stuff is missing", "they took the tools", "faltan cosas"). */
const LOSS_COUNTED = /\b(?:the|my|our|his|her|their|all (?:the|my|our)) (?:\w+ )?\w+ (?:is|are|was|were|has been|have been|got) (?:all )?(?:missing|gone|stolen|taken)\b|\b(?:stuff|things|items|everything|tools|belongings|property|stock|inventory|boxes|bikes?|tvs?|laptops?|jewel\w*|it all|some(?: of (?:my|our|the))? \w+)(?: \w+){0,2} (?:is |are |was |were |has been |have been |got |went )?(?:missing|gone|stolen|taken)\b|\b(?:they|he|she|someone|somebody|thieves|burglars|whoever) (?:took|stole|grabbed|cleaned (?:me|us|it|the \w+) out|made off with|got away with)\b|\b(?:faltan|se llevaron|robaron) (?:\w+ )?(?:cosas|todo|herramientas|mis|las|los)\b/;
/** Still going on, or the place left open (its door, window or lock gone): the break-in's emergency. */
const ONGOING = new RegExp(`\\b(?:just|right now|still (?:here|there|in|inside|around)|(?:is|are) (?:still )?(?:inside|in there|here)|in progress|as we speak|todavia|ahora mismo|(?:door|window|lock|padlock|glass|gate|frame)s? (?:is |are |was |were )?(?:\\w+ )?(?:gone|missing|off))\\b|${UNSECURED}`);
/** A season or more ago ("last winter", "months ago", "over the summer", "el ano pasado"). */
const SEASON_OR_MORE_AGO = '(?:last (?:month|year|winter|summer|spring|fall|autumn|christmas)|(?:months?|years?) (?:ago|back)|in (?:19|20)\\d\\d|(?:over|during) the (?:summer|winter|spring|fall|autumn|holidays?|break)|el (?:mes|ano) pasado|hace (?:\\w+ )?(?:meses|anos))';
/** Long over, or one of many: no more pressing than the routine work asked for ("last year", "in 2019", "twice this year"). */
const LONG_OVER = new RegExp(`\\b(?:${SEASON_OR_MORE_AGO}|twice|\\w+ times|again and again|used to)\\b`);
/** Trouble dated a season or more ago ("the gym floor is warped from a leak over the summer"): what is left is its trace, work to book. */
const TROUBLE_LONG_AGO = new RegExp(`\\b(?:leaks?|floods?|flooding|fires?|spills?|storms?|bursts?|backups?|overflows?|hail|ice dams?)\\b(?: \\S+){0,3} ${SEASON_OR_MORE_AGO}\\b`);
/** Said to go on now or since then ("since last winter", "now it's dripping"): not over. */
const GOING_ON = /\b(?:now|since|still|again|keeps?|every|getting worse|worse|spreading|right now|todavia|sigue)\b/;

/** A break-in told as over, its loss counted and nothing still going on (no emergency: HIGH, a report to take and a place to check). */
export function breakInOver(words: string): boolean {
  return BROKEN_INTO.test(words) && LOSS_COUNTED.test(words) && !ONGOING.test(words);
}

/** A recent break-in of the visitor's place, over now: the owner needs to hear soon (HIGH), unless it is long over. */
export function recentBreakIn(words: string): boolean {
  return BROKEN_INTO.test(words) && !ONGOING.test(words) && !LONG_OVER.test(words);
}

/** Trouble told as a season or more ago and not going on now: no emergency, whatever the learned signal reads into its trace (exclusionsOf). */
export function troubleLongOver(words: string): boolean {
  return TROUBLE_LONG_AGO.test(words) && !GOING_ON.test(words);
}

/** Wiring, a socket or a panel: what a burn mark on it warns about. */
const WIRED = '(?:outlets?|sockets?|plugs?|power ?points?|receptacles?|switch(?:es)?|light switch(?:es)?|panel|breakers?|fuse ?box|wiring|wires?|cords?|power strips?|extension (?:cords?|leads?)|enchufes?|tomacorrientes?|contactos?|cables?)';
/** The trace of heat: a burn or scorch mark, a blackened, charred or discoloured face (melted is heat itself: HEAT_NOW). */
const TRACE = '(?:(?:burn|burnt|burned|scorch|scorched|char|charred|black|blackened|brown) (?:marks?|spots?|stains?|streaks?|rings?)|scorch(?:ed)?|blackened|charred|discolou?red|marcas? (?:negras?|de quemad[oa])|ennegrecid[oa])';
const TRACE_WORD = new RegExp(`\\b${TRACE}`);
/** A sign of heat or arcing now (a breaker tripping, lights dimming, a shock, something melted): then it is the electrical emergency, the rules' own. */
const HEAT_NOW = /\b(?:shock\w*|zap\w*|jolt\w*|tingl\w*|trip\w*|dimm\w*|flash\w*|blown|blew|melt\w*|smok\w*|spark\w*|arc\w*|hot|warm|heat\w*|sizzl\w*|crackl\w*|buzz\w*|humm\w*|pop\w*|smell\w*|smel|odou?r|flicker\w*|fire|flames?|burning|humo|chispas?|caliente|huele)\b/;
const BURN_MARK = new RegExp(`\\b${TRACE}\\b(?: \\S+){0,4} (?:on|around|in|behind|near|by|at|over|de|en|alrededor del?) (?:the |an? |my |our |that |this |one |el |la |un |una |mi )?(?:\\w+ )?${WIRED}\\b|\\b${WIRED}\\b(?: \\S+){0,5} (?:has|have|had|got|with|is|are|looks?|tiene|esta) (?:\\w+ )?(?:a |an |some |una? )?${TRACE}\\b`);
/** Old and settled: "an old scorch mark from years ago". */
const OLD_TRACE = /\b(?:old|years|ago|previous|since we (?:bought|moved)|when we (?:bought|moved)|always been)\b/;

/** A burn mark on wiring with no heat, smoke, sparks or smell now: a warning to see to soon (HIGH), not an emergency. */
export function burnMarkOnWiring(words: string): boolean {
  return BURN_MARK.test(words) && !HEAT_NOW.test(words) && !OLD_TRACE.test(words);
}

/** A hazard rule's match that names only the trace ("scorch mark on the outlet", "outlet is discoloured"), in a message with no heat now. */
export function burnMarkIn(match: string, words: string): boolean {
  return TRACE_WORD.test(match) && burnMarkOnWiring(words);
}
