// The hazards of the triage rule (see triage.ts): what is happening, recognised by how people say it
// (any wording, typos already read by normalizeWords, Spanish). Each rule reads one normalised clause;
// triage.ts decides whether a match counts (negated, past, hypothetical, figurative, contained).

export type Hazard = 'GAS' | 'CARBON_MONOXIDE' | 'FIRE' | 'MEDICAL' | 'ELECTRICAL' | 'WATER_ELECTRICITY' | 'WATER' | 'SEWAGE' | 'NO_HEAT' | 'VEHICLE' | 'BIOHAZARD' | 'STATED' | 'CUSTOM';

export interface HazardRule {
  hazard: Hazard;
  severity: number;
  label: string;
  /** Matched against one normalised clause. */
  test: (clause: string) => RegExpExecArray | null;
  /** The rule's own words contain a negation ("can't breathe", "no heat"). */
  selfNegating?: boolean;
  /** Read over the whole message (its parts often sit in different clauses). */
  wholeMessage?: boolean;
  /** Real even inside a question or after a past event ("my dad collapsed, what do I do?"). */
  askedIsReal?: boolean;
  /** Its two parts may sit in neighbouring clauses ("the pipe in the garage split, water everywhere"). */
  spansClauses?: boolean;
}

const re = (body: string) => new RegExp(body);
const any = (...parts: string[]) => `(?:${parts.join('|')})`;
/** Up to n words in between. */
const gap = (n: number) => `(?:\\s+\\S+){0,${n}}\\s+`;

/** Water as a liquid loose in the house (hard water, water spots and rings are a cleaning matter). */
const WATER = any("(?<!hard |soft )water(?! (?:spots?|rings?|marks?|stains?|bills?|pressure|company|utility|softeners?|filters?|meters?)\\b)", 'agua', 'h2o', 'puddle', 'puddles');
/** Water itself, not an appliance or a bill named after it ("the pilot light on the WATER HEATER"). */
const WATER_LIQUID = any("water(?! (?:heaters?|softeners?|pressure|bills?|filters?|meters?|tanks?|lines?|company|utility)\\b)", 'agua', 'h2o', 'puddles?');
const WATER_STRONG = any(
  'pour\\w*', 'gush\\w*', 'spray\\w*', 'spurt\\w*', 'squirt\\w*', 'shoot\\w*', 'stream\\w*', 'flood\\w*', 'cascad\\w*', 'everywhere',
  'all over', 'all across', 'pooling', 'rising', 'getting deeper', '(?:llenando|lleno|llena) de agua', 'spew\\w*', 'filling up', 'spreading', "won't stop", 'wont stop', 'keeps coming', 'coming (?:in|out|through|down|up|from|into)',
  'comes (?:in|out|through|down|up)', 'bubbling up', 'running down', 'cayendo', 'saliendo', 'sale', 'entrando', 'por todos lados', 'por todas partes', 'por todo', 'inund\\w*',
);
const WEAK_ESCAPE = any('leak\\w*', 'drip\\w*', 'seep\\w*', 'trickl\\w*', 'dribbl\\w*', 'ooz\\w*', 'fuga', 'gotea\\w*');
const DAMAGE_PLACE = any(
  'ceiling', 'ceilings', 'walls?', 'floors?', 'drywall', 'carpet', 'light', 'lights', 'fixture', 'downstairs', 'below', 'into', 'through', 'everywhere',
  'all over', 'spreading', 'fast', 'really bad', 'so bad', 'badly', 'a lot', "won't stop", 'wont stop', 'techo', 'pared', 'piso', 'suelo',
  // How big it is, or that it grows: "a huge leak", "getting worse", "una fuga enorme".
  'huge', 'massive', 'getting worse', 'nonstop', 'non stop', 'tiles', 'stairs', 'onto', '(?<!(?:flower|vegetable|veggie|garden|raised|planting|seed) )bed', 'couch', 'sofa', 'furniture', 'desks?', 'tv', 'boxes', 'belongings', 'enorme', 'grande', 'no para',
);
/** Outdoors, where a drip does no harm (an AC's condensate onto the patio), unless it reaches inside. */
const OUTDOORS = /\b(?:onto|on|into|in|across|over|outside on) (?:the |my |our )?(?:patio|deck|lawn|grass|driveway|yard|garden|sidewalk|pavement|porch steps|gravel|flower ?beds?)\b|\b(?:outside|outdoors?)\b/;
const INDOORS = /\b(?:ceiling|walls?|floors?|carpet|inside|indoors|basement|downstairs|into (?:the |my |our )?(?:house|home|room|kitchen|garage|crawl ?space|foundation))\b/;
/** A small leak, or one caught in a container. */
const MINOR_LEAK = /\b(?:slow|small|tiny|little|minor|slight) (?:drip|leak)\w*|\b(?:drip|leak)\w* (?:just )?(?:a (?:little|tiny|bit|touch|tad)|slightly)\b|\b(?:into|in) (?:a|the) (?:\w+ )?(?:bucket|pan|bowl|tray|container|sump|overflow box)\b/;
/** What closes a container without holding its water: its crack is no leak ("the tank lid is cracked", "the cap on the main split"). */
const LID = '(?:lids?|covers?|caps?|hatch(?:es)?|risers?|access ports?)';
/** Put before a container: not when it is named as what the lid is on ("the lid on the septic tank"). */
export const NOT_THE_CONTAINER = `(?<!\\b${LID} (?:on|of|over|for) (?:the |our |my |a )?(?:\\w+ )?)`;
/** Put after a container: not when the next word names its lid ("the tank lid"). */
export const NOT_ITS_LID = `(?! ${LID}\\b)`;
const PIPE = any('pipes?', 'line', 'hose', 'main', 'tank', 'heater', 'valve', 'supply', 'tuberia', 'tubo', 'cano', 'manguera', 'radiator', 'pipework');
/** Ruptured: water escapes from a pipe, a tank or an appliance. */
const BREAK = any('burst\\w*', 'snapped', 'split', 'cracked', 'let go', 'exploded', 'blew', 'ruptured', 'popped (?:off|out|loose)', 'came (?:off|loose|apart)', 'fell off', 'revento');
/** Merely "broken": water escapes only from what carries it (a broken water heater is no hot water, not a flood). */
const BROKEN = any('broke', 'broken', 'rompio', 'roto', 'rota');
const CONDUIT = any('pipes?', 'line', 'hose', 'main', 'supply', 'tuberia', 'tubo', 'cano', 'manguera', 'pipework');
const PLACE = any(
  'basement', 'kitchen', 'bathroom', 'house', 'home', 'room', 'garage', 'office', 'crawl ?space', 'laundry', 'upstairs', 'downstairs', 'floor', 'cellar',
  'apartment', 'flat', 'utility', 'hallway', 'bedroom', 'sotano', 'cocina', 'bano', 'casa', 'todo', 'piso',
);
const ELECTRIC = any(
  'outlets?', 'panel', 'breakers?', 'breaker box', 'fuse ?box', 'switch(?:es)?', 'sockets?', 'wires?', 'wiring', 'plugs?', 'cords?', 'power line',
  'light fixture', 'fixtures?', '(?<!pilot |engine |warning |dash |dashboard |oil |battery |brake |service |check )lights?', 'electrical', 'electric', 'enchufe', 'cables?', 'panel electrico', 'meter box',
  '(?:smoke|co|fire|carbon monoxide) (?:detectors?|alarms?)', 'doorbell', 'servers?', 'server (?:rooms?|racks?|closets?|cabinets?)',
);
/** Where gas is burnt: a hiss from one (not from a tap or a radiator) is gas escaping. */
const GAS_APPLIANCE = any('stove', 'cooker', 'oven', 'burners?', 'hob', 'range', 'gas meter', 'meter', 'estufa');
/** Electrical equipment that must never flash (lights flicker; an outlet that flashes is arcing). */
const DEVICE = any('outlets?', 'sockets?', 'plugs?', 'panel', 'breakers?', 'breaker box', 'fuse ?box', 'switch(?:es)?', 'enchufe');
/** Gas by any name the utility or a tank supplies. */
const GASW = any('gas', 'propane', 'lpg', 'butane', 'methane', 'natural gas');
const SMELL = any('smell\\w*', 'smel', 'odou?r', 'stinks?', 'reeks?', 'fumes', 'huele', 'olor');
const COLD = any('freezing', 'freeze', 'sleet\\w*', 'hail\\w*', 'frost\\w*', 'frozen', 'sub ?zero', 'below zero', 'below', 'zero', '-\\d+', 'minus', 'snow\\w*', 'ice', 'icy', 'frio', 'helad\\w*', 'helando', 'hielo', 'congel\\w*', 'nevando');
const VULNERABLE = any(
  'newborns?', 'baby', 'babies', 'infants?', 'toddlers?', 'elderly', 'old', 'grand\\w*', 'pregnant', 'oxygen', 'disabled', 'sick', 'kids', 'children',
  'asthma', 'copd', 'heart condition', 'surgery', 'recovering', 'cancer', 'immunocompromised', 'dementia', 'ill', 'chemo\\w*', 'dialysis', 'wheelchair', 'bedridden', 'frail',
  'bebe', 'recien nacido', 'anciano\\w*', 'abuel\\w*', 'embarazada', 'ninos',
  'twins', 'nursing home', 'care home', 'assisted living', 'seniors?', 'senior citizens?', 'hospice',
  // Animals kept indoors (a kennel, a barn, a pet shop) and anyone already shivering.
  'dogs', 'puppies', 'cats', 'kittens', 'animals', 'pets', 'livestock', 'shivering', 'hypotherm\\w*', 'perros', 'animales',
  // An infant said by its age without "old" ("twins who are 3 months").
  "(?:who are|who's|whos|who is|is|are|only|just) (?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:months?|weeks?|days?)\\b(?! ago)",
  // An age that makes cold dangerous: "my dad is 88".
  "(?:is|he's|she's|who's|whos|who is|aged?|turning|tiene) (?:[7-9]\\d|1[01]\\d)", '(?:[7-9]\\d|1[01]\\d) anos', '(?:[7-9]\\d|1[01]\\d) (?:years?|yrs?) old',
  // An infant said by its age ("a 2 month old", "3 weeks old").
  '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:months?|weeks?|days?)[ -]old', 'enferm[oa]s?', 'en cama', 'bebes?',
);

/** "is", "looks", "has turned": what a colour is said after. */
const TURNED = '(?:is |are |look |looks |looking |turned |turning |has turned |have turned |gone |going |went |got |getting |se (?:le )?(?:puso|pusieron|esta poniendo) |esta |estan )*';
/** Who swallows what poisons them: a pet, or a small child. */
const PET = any('dogs?', 'puppy', 'pup', 'cats?', 'kitten', 'kitty', 'pets?', 'frenchie', 'lab', 'retriever', 'terrier', 'beagle', 'perr[oa]s?', 'cachorr[oa]s?', 'gat[oa]s?', 'mascota');
const CHILD = any('baby', 'toddler', 'infant', 'kid', 'child', 'son', 'daughter', 'bebe', 'nin[oa]', 'hij[oa]');
const SWALLOWED = any('ate', 'eaten', 'eats', 'swallowed', 'swallowing', 'got into', 'chewed(?: up| through)?', 'licked(?: up)?', 'drank', 'gobbled(?: up)?', 'wolfed(?: down)?', 'se (?:acaba de |ha )?(?:comio|comer|trago|tragar|tomo|tomar|bebio|beber)', 'comio', 'trago');
/** Poisonous to anyone. */
const POISON = any('rat poison', 'mouse poison', 'rodenticide', 'poison', 'antifreeze', 'bleach', 'pills?', 'medications?', 'meds', 'ibuprofen', 'advil', 'tylenol', 'acetaminophen', 'paracetamol', 'aspirin', 'painkillers?', 'button batter(?:y|ies)', 'batter(?:y|ies)', 'magnets', 'slug pellets', 'weed ?killer', 'pesticides?', 'insecticides?', '(?:laundry|detergent|tide|dishwasher) (?:pods?|tablets?)', 'edibles?', 'marijuana', 'cannabis', 'veneno', 'raticida', 'pastillas', 'medicinas?', 'cloro', 'lejia', 'anticongelante');
/** Foods and plants that poison a pet. */
const PET_POISON = any('xylitol', 'sugar[- ]?free (?:gum|candy|candies|mints?)', '(?:dark |baking |milk )?chocolate', 'grapes', 'raisins', 'onions?', 'garlic', 'macadamia\\w*', 'lil(?:y|ies)', 'cooked bones?', 'chicken bones?', 'corn cob', 'uvas', 'pasas', 'cebolla');

/** A service the business sells, named after "emergency" ("emergency call-out", "emergency rates"). */
const SERVICE_NOUN = any('call ?out', 'callout', 'callouts', 'call outs', 'services?', 'rates?', 'fees?', 'prices?', 'pricing', 'charges?', 'costs?', 'line', 'number', 'visits?', 'hours', 'contact', 'plumbers?', 'electricians?', 'repairs?', 'appointments?', 'availability', 'cover', 'coverage', 'policy', 'surcharge', 'premium');
/** The message asks what something costs: a price question, not a report of trouble. */
const PRICE_ASKED = /\b(?:price|prices|pricing|cost|costs|rate|rates|fee|fees|charge|charges|surcharge|how much|precio|cuanto cuesta|tarifa)\b/;

/** A sign not denied just before it ("she hit her head but she is not confused", "not dizzy or confused"): for rules that read their own negations. */
export const NOT_DENIED = '(?<!\\b(?:not|no|isn\'t|isnt|wasn\'t|wasnt|never|nor|or|without|any)\\s+)';
/** A bone or a joint of someone's ("her arm", "his collarbone", "my son's wrist"): a chair's arm or a wiper's is not one. */
const INJURED_PART = `(?:his|her|their|my|your|(?:my|our) \\w+(?:'s|s)) (?:left |right )?(?:arm|leg|wrist|ankle|collar ?bone|shoulder|elbow|hip|knee|hand|foot|finger|nose|ribs?|neck|back|femur|shin|jaw)s?`;

export const RULES: HazardRule[] = [
  { hazard: 'GAS', severity: 10, label: 'gas', test: (c) => re(`\\b${GASW}\\b${gap(8)}(?:${SMELL}|hiss\\w*)|(?:${SMELL}|hiss\\w*)${gap(5)}(?:of |like |a )?${GASW}\\b|\\b${GASW} (?:alarm|detector|sensor|monitor)${gap(6)}(?:going off|went off|goes off|beep\\w*|sound\\w*|alarm\\w*|scream\\w*|ringing|chirp\\w*)|\\bgas (?:is |are |keeps |seems to be |might be |could be )?(?:leak\\w*|hiss\\w*|escap\\w*)|hiss\\w*${gap(4)}${GAS_APPLIANCE}|${GAS_APPLIANCE}${gap(6)}hiss\\w*|gass?y (?:smell|odou?r|stink)|${SMELL}${gap(3)}(?:like |of )?(?:a )?skunk|(?:huevos? podridos?)|leak\\w*${gap(2)}gas\\b|rotten eggs?|egg(?:y|ie) (?:smell|odou?r|stink|stench)|(?:sulfur|sulphur|rotten egg)\\w*${gap(1)}${SMELL}|(?:smell\\w*|smel|odou?r|stink\\w*)${gap(3)}(?:like |of )?(?:rotten )?(?:eggs?|sulfur|sulphur)\\b|fuga de gas|huele a gas|olor a gas|gas\\b${gap(3)}hiss\\w*`).exec(c) },
  { hazard: 'CARBON_MONOXIDE', severity: 10, label: 'carbon monoxide', test: (c) => re(`(?:carbon monoxide|monoxido|\\bco2?\\b)(?: de carbono)?${gap(3)}(?:alarm|detector|alert)?\\s*(?:\\S+\\s+){0,3}(?:going off?\\b|went off?\\b|goes off?\\b|go off?\\b|beep\\w*|sound\\w*|scream\\w*|ringing|alarming|alarmed|chirp\\w*|flash\\w*|blar\\w*|trigger\\w*|activat\\w*|tripped|lit up|keeps going|red\\b|won't (?:stop|shut up)|sonando)|(?:carbon monoxide|\\bco2?\\b) (?:alarm|detector)${gap(8)}(?:headaches?|dizzy|nause\\w*|sick|vomit\\w*|threw up|throwing up|sleepy|drowsy|faint\\w*|confused)|(?:alarm|alarma|detector)${gap(4)}(?:going off|went off|goes off|sounding|sounded|beeping|ringing|started (?:to )?(?:beep|sound|go off)\\w*|sonar|sonando|suena|pitando|pita)${gap(12)}(?:headaches?|dizzy|dizziness|nause\\w*|dolor(?:es)? de cabeza|mareo\\w*|maread[oa]s?|nausea\\w*|vomit\\w*)|alarma de monoxido|(?:suena|sonando|pitando|pita)${gap(3)}(?:alarma|detector)${gap(2)}(?:de )?monoxido|(?:alarma|detector) de monoxido${gap(4)}(?:suena|sonando|pitando|pita)|(?:carbon monoxide|\\bco2?\\b)${gap(4)}\\d{2,4} ?ppm|(?:detector|alarm|monitor|meter) (?:says|reads|reading|shows|showing|is at|at)${gap(2)}(?:carbon monoxide|\\bco2?\\b)|(?:carbon monoxide|\\bco2?\\b) (?:level |reading |is |at )*\\d{2,4}\\b|(?:carbon monoxide|\\bco2?\\b)${gap(4)}\\d{2,4}\\b(?! (?:years?|yrs|months?|dollars|bucks))|(?:detector|alarm|monitor)\\b(?:\\s+\\S+){0,10}\\s+(?:shows|showing|says|saying|reads|reading|displays?|displaying|flashing)${gap(2)}(?:carbon monoxide|co)\\b`).exec(c) },
  { hazard: 'FIRE', severity: 10, label: 'smoke or fire', test: (c) => re(`(?:making|producing|giving off|throwing|throwing out) (?:\\w+ )?smoke|(?:blowing|pushing|puffing|billowing|blows|puffs|belching) (?:out )?(?:black |thick |white |gr[ae]y |dark |brown )?smoke|smoke (?:into|is (?:coming|pouring|billowing|blowing))|\\bsmoke (?:coming|pouring|from|out|in (?:the|my|our)|everywhere|all over|filling)|(?:there's|there is|theres|full of|filling with|filled with|lots of|thick|black) smoke\\b|(?<!\\b(?:no|non|quit|quitting|stop|stopped|allow|allows|allowed|permit|permits|ban|bans|banned|about|while|from|for|anti|on|of|like|designated|outdoor|indoor)[- ])(?<!\\b(?:he|she|they|i|we|you|someone|somebody|people|neighbou?rs?|tenants?|guests?|residents?|husband|wife|son|daughter|kids?|teens?|roommates?|who|that)(?:'s| is| are| keeps?| was| were| been| still)? )\\bsmok(?:ing|es)\\b(?! (?:is |are )?(?:not )?(?:allowed|permitted|prohibited|banned|forbidden|ok|okay|policy|polic(?:y|ies)|areas?|ban|sections?|rooms?|rules?|lounge|cessation|habit|break|jacket)\\b)|(?<!(?:orange|yellow|blue|lazy|weak|small|pilot|burner|the furnace|the boiler|the stove|the hob|the oven) )\\bflames?\\b(?! (?:is |are |looks? |looking |seems? |colou?r |burns? )(?:\\S+ ){0,2}?(?:orange|yellow|blue|lazy|weak|small|low|tall|uneven|normal|fine|ok|okay|flickery)\\b)|on fire|caught fire|(?:a|small|big|little|house|kitchen|electrical|grease|chimney) fire\\b(?! in (?:the |our |my )?(?:\\w+ )?(?:fireplace|fire ?pit|pit|wood ?stove|grill|bbq|barbecue|hearth|chiminea|firebox|fire bowl|smoker|(?:pizza|brick|wood[- ]?fired|bread) oven|kiln|forge)\\b(?! room))(?! (?:safes?|proof|resistant|rated|blankets?|retardant|sprinklers?|suppression|doors?|alarm|extinguisher|pit|place|door|wood|works|station|department|insurance|safety|inspection|code|rating|hazard|risk|drill|brigade|marshal|escape|exit))|\\bfire\\b(?: \\S+){0,5} (?:spread\\w*|jumped|has reached|reached|is reaching|caught (?:the|on))\\b|^fire\\b(?! (?:alarms?|detectors?|extinguishers?|drills?|inspections?|doors?|exits?|escapes?|pits?|places?|department|brigade|marshal|safety|code|sprinklers?|rated|rating|proof|resistant|insurance|hydrant|station|truck)\\b)|\\bfire in (?:the|my|our)\\b(?! (?:\\w+ )?(?:fireplace|fire ?pit|pit|wood ?stove|stove|grill|bbq|barbecue|hearth|chiminea|firebox|fire bowl|smoker|(?:pizza|brick|wood[- ]?fired|bread) oven|kiln|forge)\\b(?! room))|\\bhumo\\b|\\bfuego\\b|\\b(?:salen|sale|saliendo|hay|en|con) llamas\\b|\\bllamaradas?\\b|\\bincendi(?:o|os|ando|ado|ada|aron)\\b|(?:smell\\w*|smel|smells) like (?:it's |its |something )?(?:is )?burning|something (?:is )?burning`).exec(c) },
  {
    hazard: 'MEDICAL', severity: 10, label: 'medical emergency', selfNegating: true, askedIsReal: true,
    test: (c) => re(`chest pains?|pain in (?:my|his|her) chest|dolor (?:fuerte )?(?:en el|de) pecho|(?:can't|cannot|can not|couldn't|unable to|trouble|struggling to|hard to|(?:a )?(?:hard|rough|tough) time|can barely|can hardly|difficulty) (?:breathe?\\w*|swallow\\w*)|not breathing|(?:isn't|isnt|aren't|wasn't|stopped|quit|has stopped) breathing|no (?:puede|puedo) respirar|cuesta respirar|lips? (?:are |is )?(?:turning )?blue|\\bstroke\\b|face (?:is )?droop\\w*|unconscious|passed out|not waking|isn't waking|won't wake|choking|seizure|overdose|having (?:a |another )?(?:fit|convulsion)s?\\b|convuls(?:ing|ions?)|(?:shaking|jerking|twitching|stiff)(?: all over| uncontrollably| everywhere| and stiff)?(?:\\s+\\S+){0,2}\\s+(?:not|isn't|isnt|won't|wont|can't|cant) (?:answering|responding|respond|answer|talking|wake|waking)\\b|\\b(?:he|she|they|hes|shes|he's|she's|they're|theyre|someone|somebody|(?:kid|child|baby|toddler|dog|puppy|cat|horse|guy|man|woman|lady|boy|girl|son|daughter|mom|mum|dad|patient|customer|client|worker|camper|student|player)s?)\\b(?: (?:is|are|was|were|keeps|started|just|been|now|still|lying|laying|on the \\w+))* (?:screaming|screams|howling|writhing|crying out|shrieking|yelping) in (?:pain|agony)\\b|${INJURED_PART} (?:is |looks |just )?(?:hanging|sticking out|bent|twisted|pointing)(?: \\S+){0,2} (?:weird|funny|wrong|the wrong way|backwards|at (?:a|an) (?:weird|funny|odd|strange|bad|awful) angle)\\b|dislocat\\w*${gap(8)}(?:screaming|scream\\w*|can't move|cant move|hanging|popped out)\\b|(?:is |he's |she's |hes |shes )seizing|(?:severe|heavy|heavily|badly|lots of|a lot of) bleed\\w*|(?<!\\b(?:pens?|ink|dyes?|colou?rs?|paints?|markers?|stains?|wine|jeans|shirts?|fabric|money|cash)\\b.{0,30})bleed\\w*${gap(3)}(?:heavily|badly|a lot|alot|bad|like crazy|all over|everywhere|so much|non ?stop|through (?:the |his |her |a )?(?:towel|bandage|shirt|cloth|gauze)s?)\\b|(?:on the (?:ground|floor|pavement|road|sidewalk)|lying there|laying there)(?: \\S+){0,2} bleed\\w*|(?:won't|wont|doesn't|will not) stop bleeding|bleed\\w*(?:\\s+\\S+){0,8} (?:won't|wont|will not) stop|bleed\\w* (?:for|since) (?:over |more than |almost |nearly )?(?:an|a|one|two|three|\\d+|half an) (?:hour|hours|hrs)|mucha sangre|(?:loads of|lots of|a lot of|so much|tons of) blood(?! test)|(?:tooth|teeth) (?:is |are )?(?:hanging|dangling|pushed (?:back|in)|knocked loose)|throat (?:is )?(?:swell\\w*|closing)|throat (?:feels?|is feeling) (?:like )?(?:(?:it's|its|it is) )?(?:closing|swelling|tight|closing up)|(?:holding|clutching|grabbing) (?:his|her|their|my) chest\\b(?=.*\\b(?:sweat\\w*|gr[ae]y|pale|clammy|pain|(?:can't|cant) breathe|collapsed|dizzy)\\b)|anaphyla\\w*|heart attack|allergic reaction|asthma attack|(?:inhaler|epipen|epi pen) (?:isn't|is not|not|doesn't|does not|won't) (?:working|helping|work|help)|chest (?:feels |is |went )?(?:tight|heavy|crushing)|tight\\w* in (?:my|his|her|their) chest|(?:gr[ae]y|pale|clammy) and (?:sweaty|clammy|sweating)|eyes? (?:is |are )?(?:closing|swollen shut|swelling shut)|knock\\w* out (?:my|his|her|their|a|two|both|the)${gap(2)}(?:tooth|teeth)|slurr\\w*|sudden${gap(2)}(?:headache|numbness|weakness|confusion|blindness|vision)|(?:vision|eyesight|sight) (?:just )?(?:went|is|has gone|going|got) (?:blurry|black|dark|double)|(?:lost|losing) (?:my |his |her )?(?:vision|sight)|(?:hurt|injured|hit|banged|landed on) (?:his|her|my|their) (?:neck|spine|head)\\b${gap(10)}${NOT_DENIED}(?:tingl\\w*|numb\\w*|can't move|cannot move|confused|vomit\\w*|dizzy)|(?<!\\b(?:panels?|shingles?|tiles?|slates?|gutters?|snow|ice|icicles?|branch(?:es)?|limbs?|boxes|box|buckets?|tools?|it|they|antennas?|dish|lights?|decorations?|signs?|vents?|caps?|flashing|debris|stuff|something|bricks?|pots?|cans?|paint|toys?|balls?|cameras?)\\s+)(?:fell|fallen|tumbled) (?:down|off|from) (?:the |a )?(?:stairs|steps|ladder|roof|balcony)|(?:looks|is) (?:bent|twisted) (?:wrong|the wrong way)|bone (?:is )?(?:sticking|poking|coming) (?:out|through)|swell\\w* shut|swollen shut|blood (?:keeps|is still|won't stop|just keeps)|blood${gap(2)}filling|(?:lips?|tongue|throat) (?:is |are )?(?:swelling|swollen|puffing up)|(?:turning|gone|going) (?:blue|grey|gray)|(?:he's|she's|hes|shes|he is|she is|they're|theyre|(?:his|her|their) (?:lips|face) (?:are|is|look|looks|went)) (?:all |kind of |really |so )?(?:blue|purple)\\b|(?:he|she|they|i|my \\w+|someone|somebody|patient) (?:just |has |have |had )*(?:fainted|blacked out)|(?:can't|cannot|can not) stop (?:the |his |her |my )?bleeding|(?:blood|bleed\\w*)${gap(3)}(?:soak\\w* through|pour\\w*|gush\\w*|spurt\\w*)|not making sense|(?<!\\b(?:this|that|it|which|bill|invoice|quote|price|pricing|math|numbers?|schedule|app|website|site|form)\\s+)(?:isn't|isnt|is not|aren't|arent|stopped) making (?:any )?sense|sangra\\w* mucho|(?:he|she|they|he's|she's|my \\w+|someone|somebody) (?:just |has )?collapsed|unresponsive|se (?:cayo|ha caido)${gap(12)}no (?:se )?(?:puede|puedo) (?:levantar|mover)|(?:is|was|he's|she's|lying|laying|been) on the (?:floor|ground)${gap(4)}(?:can't|cannot|unable to|won't|wont|not) (?:get up|move|stand|respond\\w*)|(?:not|isn't|isnt|won't|wont) (?:responding|respond\\w*|waking up)|(?:fell|fallen|fall|collapsed|slipped|tripped)\\b(?:\\s+\\S+){0,6}\\s+(?:can't|cannot|can not|unable to|won't|wont) (?:get up|stand|move|get off the floor)|(?:can't|cannot) get (?:him|her|them) up|hit (?:his|her|their|my) head(?:\\s+\\S+){0,4}\\s+${NOT_DENIED}(?:confused|drowsy|vomit\\w*|bleed\\w*|out cold)|(?:can't|cannot|can not|unable to) (?:feel|move) (?:my|his|her|their) (?:(?:left|right) )?(?:legs?|arms?|feet|foot|hands?|face|side)|(?:fell|fallen|fall|slipped|tripped|collapsed)\\b(?:\\s+\\S+){0,8}\\s+(?:can't|cannot|can not|unable to|won't|wont) (?:put|bear|take) (?:any )?weight|(?:legs?|arms?|ankles?|wrists?|knees?|hips?|feet|foot|fingers?|shoulders?|elbows?)(?:${gap(4)}(?:it's|its|it is|they're|theyre))? (?:looks?|is|are) (?:all )?(?:bent|twisted|deformed|crooked|out of place|facing the wrong way)|(?:legs?|arms?|ankles?|wrists?|knees?|hips?|feet|foot|fingers?|shoulders?|elbows?)${gap(4)}(?:it's|its|it is|they're|theyre|is|are|looks?) (?:all )?(?:bent|twisted|pointing|facing) (?:sideways|backwards|the wrong way)\\b|` +
          // A bone that looks broken after a fall, a throw or a kick, said of someone now (tri40: "my daughter fell off her horse and her arm
          // looks broken"); "i think she broke her wrist" guesses at an injury just had. ("she broke her arm last month" is dated, past.)
          `(?:fell|fallen|came off|come off|thrown|bucked off|kicked|stepped on|trampled|landed|crashed|hit|slipped|tripped|tumbled)\\b(?:\\s+\\S+){0,8}\\s+${INJURED_PART} (?:looks|is|seems|feels|might be|could be|must be|is probably|is definitely|i think is)(?: (?:really|totally|badly|pretty))? (?:broken|snapped|shattered|dislocated|crushed)\\b|\\b(?:i think|pretty sure|probably|might have|may have|must have|looks like) (?:he|she|they|my \\w+|our \\w+)(?: (?:just|has|have))? (?:broke|broken|snapped|dislocated|fractured) ${INJURED_PART}|` +
          // An injury that bleeds, a tooth knocked out; swelling that spreads or comes with a fever.
          // A bone out through the skin; something driven into the body and still there ("an arrow went through his hand").
          `\\bbones?${gap(3)}(?:is |are )?(?:sticking|poking|coming) (?:out|through)\\b|` +
          `\\b(?:arrows?|bolts?|nails?|needles?|knife|knives|blades?|spikes?|rebar|stakes?|drill bits?|(?:fish|fishing) ?hooks?|skewers?|branch|branches)\\b${gap(2)}(?:went|gone|goes|got|stuck|lodged|embedded|sticking|right)${gap(1)}(?:through|into|in|out of) (?:\\S+ ){0,2}(?:hand|palm|finger|thumb|arm|leg|thigh|foot|chest|neck|back|stomach|belly|side|shoulder|head|face|knee|calf)s?\\b|\\bimpaled\\b|` +
          `(?:hit|knocked|fell|fallen|crash\\w*|accident|injur\\w*)\\b(?:\\s+\\S+){0,12}\\s+bleed\\w*|bleed\\w* (?:from|out of) (?:his|her|my|their|the) (?:head|ears?|neck|chest)\\b|(?:face|head|scalp|forehead|chin|lip|cheek|neck|arm|leg|hand|wrist|thigh)s?${gap(2)}(?:is |was |got |has been |been )?(?:cut|sliced|split|ripped|torn|gashed|laid) (?:wide )?open\\b|knock\\w*${gap(3)}(?:tooth|teeth)(?: \\w+)? out|(?:tooth|teeth) (?:got |was |were |has been )?knocked out|` +
          `swell\\w*${gap(7)}(?:spread\\w*|getting (?:bigger|worse)|(?:up )?(?:to|into|under) (?:my|his|her|the) (?:eye|eyes|neck|throat)|fast|quickly|rapidly)|(?:moving|going|spreading) (?:down|up|into|to|across) (?:my|his|her|the) (?:neck|eye|throat|face|cheek)|(?:can't|cannot|can not) open (?:my|his|her|their) mouth|(?:swollen|swelling|swell\\w*)${gap(8)}(?:fever\\w*|burning up|high temperature)|(?:fever\\w*|burning up|high temperature)${gap(8)}(?:swollen|swelling)|hinch\\w*${gap(5)}(?:fiebre|ojo|cuello)|fiebre${gap(5)}hinch\\w*`).exec(c),
  },
  { hazard: 'WATER_ELECTRICITY', severity: 10, label: 'water and electricity', test: (c) => re(`(?:${WATER_LIQUID}|${WEAK_ESCAPE}|flood\\w*)${gap(6)}${ELECTRIC}|${ELECTRIC}${gap(4)}(?:${WATER_LIQUID}|flood\\w*)|${ELECTRIC}${gap(2)}(?:ceiling|roof)${gap(2)}${WEAK_ESCAPE}|${ELECTRIC}${gap(5)}(?:is |are |got |gets )?(?:wet|soaked|soaking|soaking wet|dripping wet|under ?water|submerged|sitting in (?:the )?water)\\b|(?:wet|soaked) ${ELECTRIC}|shock\\w* from|got (?:a |an )?(?:\\w+ )?(?:shock|zap|jolt)\\w*|\\bzapp(?:ed|ing)\\b|(?:shocked|electrocuted) (?:me|him|her|us|my|when)|(?:gave|giving|gives) (?:me|him|her|us|my \\w+) (?:a )?(?:shock|zap)\\w*`).exec(c) },
  { hazard: 'ELECTRICAL', severity: 9, label: 'sparks or burning wiring', test: (c) => re(`spark\\w*|chispas?|burn(?:ing|t|ed) (?:smell|plastic|odou?r)|(?:hot|burning|burnt|burned|scorch(?:ed|ing)?) electrical (?:smell|odou?r|stink)|(?:burning|burnt|melting|hot) (?:plastic|rubber|wires?|wiring|insulation) (?:smell|odou?r)|\\barcing\\b|${DEVICE}${gap(3)}(?:flash\\w*|arc\\w*|pop\\w* and (?:flash|spark)\\w*)|(?:smell\\w*|smel|olor|huele) (?:of |like |a )?(?:burning|quemado|scorch\\w*|singe\\w*)|(?:smell\\w*|smel) (?:\\w+ )?burn(?:t|ed)\\b|(?:scorch\\w*|singe\\w*) (?:smell|odou?r)|quemado|melt\\w*${gap(2)}${ELECTRIC}|${ELECTRIC}${gap(3)}melt\\w*|electrical fire|too hot to touch|hot to (?:the )?touch|${ELECTRIC}${gap(4)}(?:smell\\w*|smel) (?:hot|like (?:it's )?(?:overheating|hot))|crackl\\w*|power line (?:is )?down|downed (?:power |electric\\w* )?(?:lines?|cables?|wires?)|(?:power |electric\\w* |overhead |utility )(?:wires?|lines?|cables?) (?:is |are )?(?:hanging|dangling)|(?:wires?|lines?|cables?) (?:is |are )?(?:hanging|dangling) (?:down |low )?(?:from|off|over|across|on) (?:the |a |our |my )?(?:pole|post|roof|house|driveway|road|street|yard|garden|path|sidewalk|pavement|fence|car)|(?:fallen|downed) (?:power |electric\\w* )?(?:wires?|lines?|cables?)|(?:power|electric\\w*|utility|overhead) (?:lines?|cables?|wires?) (?:is |are |has |have )?(?:down|fallen|fell|came down|come down|snapped|hanging|on the ground|lying)|${DEVICE}${gap(4)}(?:is |are |feels? |gets? |getting )?(?:very |really |so |too |super )?hot\\b(?! water)|${DEVICE}${gap(3)}(?:is |are )?(?:discolou?red|brown|browned)\\b|live wires?|exposed wires?|${ELECTRIC}${gap(4)}(?:scorch\\w*|charred|blackened|singed|black (?:around|on|marks?)|burn marks?|turned black|gone black)|(?:scorch\\w*|charred|blackened|singed)${gap(2)}${ELECTRIC}|(?:smell\\w*|smel|odou?r) (?:of |like )?(?:hot|melting|melted|burnt|burning) (?:plastic|rubber|wires?|insulation)|` +
      // The wall hot around an outlet, a black mark on a socket: heat or arcing behind the plate.
      `(?:hot|scorching|burning up)${gap(3)}(?:around|near|behind|by|next to|round) (?:the |a |my |our |that )?${DEVICE}|(?:black|burn|burnt|scorch|soot) marks? (?:on|around|near|above) (?:the |a |my |our )?${DEVICE}|${DEVICE}${gap(8)}(?:black|burn|burnt|scorch|soot|brown) marks? (?:on|around|near|above) (?:it|them)\\b|` +
      // Buzzing and warm together: a connection arcing and heating behind the cover.
      `${DEVICE}${gap(3)}(?:is |are )?(?:buzz\\w*|humm\\w*|sizzl\\w*)${gap(4)}(?:warm|hot)\\b|${DEVICE}${gap(3)}(?:is |are |feels? )?(?:warm|hot)${gap(3)}(?:buzz\\w*|humm\\w*|sizzl\\w*)`).exec(c) },
  // Wiring overheating smells of fish (the plastic's resin): "a fishy smell in the lounge, i think it's the plug".
  { hazard: 'ELECTRICAL', severity: 9, label: 'sparks or burning wiring', spansClauses: true, test: (c) => re(`\\b(?:fish\\w*|burning fish) (?:smell\\w*|odou?r|stink\\w*|whiff)\\b${gap(8)}(?:(?:the|a|my|our|that) )?${DEVICE}|${DEVICE}${gap(6)}(?:smell\\w*|smel|stink\\w*|reek\\w*|odou?r)\\b (?:\\w+ )?(?:of |like )?(?:burn\\w* |rotten |dead )?fish\\w*|(?:smell\\w*|odou?r|stink\\w*|reek\\w*) (?:of |like )(?:burn\\w* |rotten |dead )?fish\\w*${gap(8)}(?:(?:the|a|my|our|that) )?${DEVICE}`).exec(c) },
  {
    hazard: 'SEWAGE', severity: 9, label: 'sewage backing up',
    test: (c) =>
      re(
        `(?:sewage|sewer|sewer water|aguas? negras|poop|black water|brown water|dirty water|agua sucia)${gap(5)}(?:back\\w* up|coming (?:up|out|in|into|through)|comes? (?:up|in|into|through)|overflow\\w*|bubbl\\w*|pool\\w*|spew\\w*|spit\\w*|gush\\w*|everywhere|all over|sal\\w*|spill\\w*)|(?:spew|spit|gush)\\w*${gap(2)}(?:sewage|sewer water|black water|brown water|dirty water)|raw sewage|(?:sewage|sewer water) (?:on|in|all over|across|covering) (?:the |my |our )?(?:\\w+ )?(?:floor|floors|basement|yard|carpet|ground)|` +
          `(?:back\\w* up|coming up|coming out|overflow\\w*|(?:spit|spew|gush|bubbl|gurgl|pour)\\w* (?:up|out))${gap(4)}(?:sewage|sewer|black water|brown water|dirty water|agua sucia)|` +
          `(?:toilets?|drains?|sewer|sewer line|floor drain|desague)${gap(3)}(?:is |are )?backing up|(?:sewer|sewage) back ?ups?\\b(?! (?:insurance|coverage|prevention|valves?|protection))|flush\\w*${gap(3)}(?:is |are )?(?:coming|comes|going|bubbling) (?:back )?(?:up|out)|(?:regres\\w*|devolv\\w*|sal\\w*|sac\\w*|echando|sube|subiendo|brotando)${gap(2)}(?:aguas? negras?|agua sucia)|(?:regres\\w*|devolv\\w*|brotando)${gap(2)}(?:drenaje|desague|cloaca|coladera)|(?:bring\\w*|coming|spitting|pushing|throwing) up (?:\\w+ )?(?:poo\\w*|sewage|feces|faeces|waste|toilet paper)|(?:fill\\w*|full)(?: up)? (?:of|with) (?:\\w+ ){0,2}(?:sewage|sewer water|poo\\w*|brown water|black water|dirty water|waste water|toilet water)|backing up${gap(3)}(?:into|in) (?:the |my )?(?:basement|shower|tub|bath\\w*|sink|house|laundry)|` +
          `(?:toilet|inodoro)${gap(2)}(?:is |se esta )?(?:overflow\\w*|desbord\\w*)|overflowing toilet|` +
          `${SMELL} of (?:sewage|sewer)${gap(3)}(?:coming|up)|(?:sewage|sewer) (?:smell|odou?r)${gap(3)}(?:coming|up)`,
      ).exec(c),
  },
  {
    hazard: 'WATER', severity: 9, label: 'water escaping',
    test: (c) => {
      const m = re(
        `${NOT_THE_CONTAINER}${PIPE}${NOT_ITS_LID}${gap(5)}${BREAK}|${BREAK}${gap(2)}${PIPE}|${CONDUIT}${gap(5)}${BROKEN}|${BROKEN}${gap(2)}${CONDUIT}|(?:a|like a) (?:river|lake|stream)${gap(3)}(?:running|flowing|across|through|in (?:the|my|our)|on (?:the|my|our))|(?:running|flowing|streaming|pooling) (?:across|over|along) (?:the |my |our )?(?:\\w+ )?(?:floor|carpet|basement)|(?:spray|gush|pour|squirt|spurt|pump)\\w*${gap(2)}(?:everywhere|all over|out of|out from|through)|${WATER}${gap(5)}${WATER_STRONG}|${WATER_STRONG}${gap(3)}${WATER}|` +
          `${WATER}${gap(3)}${WEAK_ESCAPE}${gap(4)}${DAMAGE_PLACE}|${WEAK_ESCAPE}${gap(4)}${DAMAGE_PLACE}|${WEAK_ESCAPE}${gap(2)}(?:from|through|in) (?:the |my |our )?(?:ceiling|wall|walls|light)|` +
          `(?:ceiling|wall|walls)${gap(5)}(?:${WEAK_ESCAPE}|sagging|soaked|bulging|collaps\\w*|caved in|came down|fell in)|(?:ceiling|wall|walls)${gap(5)}(?:caving in|coming down)${gap(3)}(?:from|because of|with|under) (?:the |all the |all that )?(?:water|leak\\w*|rain\\w*|flood\\w*)|(?<!\\b(?:light|sun|sunlight|daylight|air|draft|draught|cold|heat|noise|sound|smell|bugs|ants|mice|roots?)(?: is| was)? )(?:coming|pouring|raining) (?:in )?(?:through|thru|down) (?:the |my |our )?(?:\\w+ ){0,2}(?:ceiling|wall|walls|stairs)|` +
          `(?:\\d+|a few|several|two|three|an?|about an?) (?:inch\\w*|in|cm|centimet\\w*|ft|feet|foot) deep|(?:ankle|knee|shin)[- ]deep|(?:running|dribbling|trickling|dripping|coming|pouring) down (?:the )?(?:stairs|steps)|(?:standing|inch\\w* of|inches of|feet of|foot of|(?:\\d+|a few|several|two|three) (?:in|cm|centimet\\w*|ft) of) water|water${gap(3)}(?:is |are |now |already )*(?:over|above|up to|covering) (?:the |my |our )?(?:floor ?boards|floors?|carpets?|skirting(?: boards)?|ankles|knees|cabin sole)\\b|water all (?:around|under(?:neath)?) (?:the )?(?:bottom|base)\\b|(?:started|starting|starts|began|begun) (?:to )?(?:spray|gush|pour|spurt|squirt|pump|pissing)\\w*(?! (?:rain|down outside|outside))\\b|(?:it's|its|it is|it keeps|they're|they are) (?:spraying|gushing|pouring|spurting|squirting|pissing)(?! (?:rain|down outside|outside))\\b|taking on water|(?:running|spilling|pouring|coming) (?:over|out) (?:onto|on|all over) (?:the )?(?:floor|ground|carpet)|turning into a (?:lake|river|pool|swimming pool)|(?:river|lake) of water|` +
          `${PLACE}${gap(2)}(?:is |are |was )?filling up\\b(?! with (?!water|agua))|(?:llenando|lleno|llena) de agua|${PLACE}${gap(2)}(?:is |are |was )?(?:flooding|flooded|inundad\\w*|inundando|full of water|filling (?:up )?with water|under ?water|submerged)|(?:flooding|flooded|inund\\w*)${gap(3)}${PLACE}|roof${gap(3)}leak\\w*${gap(6)}(?:dripping|pouring|coming|running)|` +
          `(?:flooding|inundando|flooded)$|soaked and|overflow\\w*${gap(4)}(?:into|onto|through|everywhere|all over|downstairs|the floor|hallway)|(?:tub|bathtub|sink)${gap(2)}overflow\\w*`,
      ).exec(c);
      // "a slow drip into a bucket": small and caught, not water escaping; "drips onto the patio": outdoors, where water does no harm.
      // "the yard flooded": ground outdoors under water, with nothing said to reach inside.
      if (m && /^(?:flooding|inundando|flooded)$/.test(m[0]) && /\b(?:yard|backyard|lawn|garden|field|driveway|street|road|patio|parking lot|car park|lot|pasture|paddock|ditch|creek|campsite)\b/.test(c) && !INDOORS.test(c)) return null;
      return m && !new RegExp(WATER_STRONG).test(m[0]) && (MINOR_LEAK.test(c) || (OUTDOORS.test(c) && !INDOORS.test(c))) ? null : m;
    },
  },
  {
    hazard: 'NO_HEAT', severity: 8, label: 'no heat in freezing weather with vulnerable people', selfNegating: true, wholeMessage: true,
    test: (c) => {
      const loss = /\bno heat\w*|\b(?:power|electricity)(?:'s| is| has| went| has gone| is still|'s been| is been| has been| been)? (?:out|off|gone|down|cut)\b|\bno (?:power|electricity)\b|\blost (?:power|electricity)\b|\b(?:power (?:cut|outage)|blackout|sin luz|no hay luz|se fue la luz)\b|radiators? (?:are |is )?(?:all )?(?:stone |ice )?cold|heat(?:ing)?(?: (?:at|in|for|on) (?:the |my |our |his |her |their )?[a-z]+(?: [a-z]+)?)?(?:'s| is| has| was| been| has been| had been)? (?:been )?(?:out|off|gone)(?! (?:for (?:the )?(?:summer|season|holidays?|vacation)|on purpose|deliberately))|heat(?:ing)? (?:went|has gone|is gone|just went) (?:out|off)|heat(?:ing)?(?: (?:at|in|for|on) (?:the |my |our |his |her |their )?[a-z]+(?: [a-z]+)?)? (?:just |has |has just )?(?:broke|is broken|not working|isn't working|is not working|stopped|is down|died|quit|went out|failed|is dead|packed (?:up|in)|gave (?:up|out)|conked out|cut out|crapped out|won't (?:come|turn|kick) on)|(?:furnace|boiler|heater|heat pump)(?:'s)?(?: (?:at|in|for|on|of) (?:the |my |our |his |her |their )?[a-z]+(?: [a-z]+)?)?(?: has| is| just| has just| keeps)? (?:packed (?:up|in)|conked out|gave (?:up|out)|cut out|died|dead|quit|stopped|is out|went out|broke|broken|failed|not working|won't|isn't working|doesn't work)|(?:furnace|boiler|heater|heat pump|heating|vents?|radiators?)(?:'s| is| are| keeps| has been| just)? (?:only )?(?:blowing|pushing|putting out|giving) (?:out )?(?:cold|cool) air|calefaccion (?:no (?:funciona|prende|enciende|sirve|calienta|arranca)|se apago|se rompio)|se (?:apago|rompio|descompuso) la calefaccion|no (?:hay|tenemos|tengo) calefaccion|sin calefaccion|heat(?:ing)? (?:can't|cant|cannot|can not|isn't able to|is not able to) keep up|(?:wind|cold|cold air|snow|sleet|rain|freezing air)(?: is| keeps)? (?:coming|blowing|whipping|pouring|howling|getting) (?:in|through)|(?:sleeting|snowing|hailing|blowing) in\b|(?:nothing|no way) to (?:cover|close|seal|board) (?:it|the (?:hole|window|opening))|(?:window|door|glass|pane)s? (?:is |are )?(?:\w+ )?(?:smashed|shattered|busted|gone|missing|wide open|blown (?:out|in))/.exec(c);
      if (!loss) return null;
      // "12 degrees", "5F", "5°F" (the degree sign is gone by now), "-3 c".
      const degrees = /\b(\d{1,2}) ?(degrees?|degre+s+|degs?|grados|f|c)\b/.exec(c);
      const limit = degrees?.[2] === 'c' ? 5 : 55;
      const cold = new RegExp(`\\b${COLD}\\b|(?:^|\\s)-\\d+`).test(c) || (!!degrees && Number(degrees[1]) < limit) || /mucho frio|hace frio/.test(c);
      // (Below zero, or an explicit "5F": a home without heat is an emergency for anyone in it, pipes too.)
      const severe = /(?:^|\s)-\d+|\b(?:below zero|sub ?zero|minus \d+|\d+ below)\b/.test(c) || (degrees?.[2] === 'f' && Number(degrees[1]) <= 20);
      return (cold && new RegExp(`\\b${VULNERABLE}\\b`).test(c)) || severe ? loss : null;
    },
  },
  {
    // The same danger the other way: no cooling in extreme heat with someone vulnerable (heatstroke). No
    // instruction of the business's own fits it, so it is STATED.
    hazard: 'STATED', severity: 8, label: 'no cooling in extreme heat with vulnerable people', selfNegating: true, wholeMessage: true,
    test: (c) => {
      // A power cut takes the cooling with it ("the daycare has no power and it's 100 degrees").
      const loss = /\bno (?:ac|a ?c|air ?con\w*|air conditioning|cooling|cold air|power|electricity)\b|\b(?:power|electricity)(?:'s| is| has| just| went| has gone)? (?:out|off|gone|down|cut)\b|\b(?:ac|a ?c|air ?con\w*|air conditioner|air conditioning|cooling|heat pump|hvac|unit)(?:'s| is| has| just| has just| went| keeps)? (?:died|dead|quit|stopped|out|broke|broken|failed|not working|won't|isn't working|doesn't work|gave out|conked out|blowing (?:hot|warm) air)\b|\bsin (?:aire|aire acondicionado)\b|\b(?:se (?:apago|rompio|descompuso) el|no (?:funciona|sirve|prende) el) aire\b|\b(?:el )?aire(?: acondicionado)? (?:ya )?(?:no (?:funciona|sirve|prende|enfria|arranca)|se (?:apago|rompio|descompuso))\b/.exec(c);
      if (!loss) return null;
      // A temperature: a number said as one ("105 degrees", "38c"), or after "it's"/"out"/"inside" ("it's 101 out"); never an age.
      const TEMPERATURE = /\b(\d{2,3}) ?(degrees?|deg|f|c)\b|\b(?:it's|its|it is|temp\w* is|reads?|hit|hitting|over|nearly|almost) (\d{2,3})\b(?! ?(?:years?|yrs?|months?|weeks?|anos)\b)|\b(\d{3})(?= (?:inside|indoors|in here|in the (?:house|apartment|flat|room)|out|outside|out there)\b)/g;
      // With the cooling lost, a bare "38 degrees" is Celsius: nobody reports 38°F as the trouble of a dead AC.
      const celsius = (m: RegExpMatchArray) => m[2] === 'c' || (/^deg/.test(m[2] ?? '') && Number(m[1]) >= 35 && Number(m[1]) <= 55);
      const temps = [...c.matchAll(TEMPERATURE)].map((m) => (celsius(m) ? Number(m[1]) * 1.8 + 32 : Number(m[1] ?? m[3] ?? m[4])));
      const hot = /\b(?:heat ?wave|heatwave|sweltering|scorching|boiling (?:hot|in here)|extreme heat|so hot|really hot|very hot|too hot|unbearabl\w*|ola de calor|mucho calor|hace calor)\b/.test(c) || temps.some((f) => f >= 100 && f < 135);
      const distress = /\b(?:confused|dizzy|faint\w*|passed out|not sweating|stopped sweating|vomit\w*|throwing up|overheat\w*|heat ?stroke|heat exhaustion|lethargic|unresponsive|mareado|desmay\w*)\b/.test(c);
      return hot && (new RegExp(`\\b${VULNERABLE}\\b`).test(c.replace(TEMPERATURE, ' ')) || distress) ? loss : null;
    },
  },
  {
    // Petrol or diesel escaping (not the utility's gas: the gas instruction does not fit it).
    hazard: 'FIRE', severity: 10, label: 'fuel leak',
    test: (c) => re(`(?:gote\\w*|fuga de|derram\\w*|tirando|perdiendo|huele a) (?:\\w+ )?(?:gasolina|combustible|diesel)|(?:gasolina|combustible)${gap(3)}(?:gote\\w*|derram\\w*|fuga)|gas tank${gap(3)}leak\\w*|leak\\w*${gap(2)}gas tank|(?:gasoline|petrol|diesel|fuel)${gap(3)}(?:smell\\w*|fumes|vapou?rs?|leak\\w*|pour\\w*|puddle|everywhere|spill\\w*|drip\\w*|gush\\w*|spray\\w*|piss\\w*|running out|coming out|pooling)|(?:smell\\w*|smel|reek\\w*|stink\\w*|leak\\w*|puddle|pouring|spill\\w*)${gap(3)}(?:of |like )?(?:gasoline|petrol|diesel|fuel)\\b`).exec(c),
  },
  {
    // "the cooker is off but it's hissing": the appliance and the hiss often sit in different clauses.
    hazard: 'GAS', severity: 10, label: 'gas', wholeMessage: true,
    test: (c) => (/\b(?:no|not|isn't|stopped|without) hiss\w*/.test(c) ? null : re(`\\b${GAS_APPLIANCE}\\b.*\\bhiss\\w*`).exec(c)),
  },
  {
    // A gas line knocked or moved, and a smell or a hiss after it, the two often in separate clauses ("we bumped the gas line, there's a strong smell now").
    hazard: 'GAS', severity: 10, label: 'gas', wholeMessage: true,
    test: (c) =>
      /\b(?:no|not|never|don't|doesn't|didn't|can't|cannot|without|isn't|wasn't|nothing)\b(?: \S+){0,3} (?:smell|odou?r|stink|reek|hiss)\w*|\b(?:musty|mildew\w*|damp|lint|laundry|detergent|softener|burn\w*)\b/.test(c)
        ? null
        : re(`\\bgas (?:line|pipe|hose|connector|valve|meter|supply|fitting|flex)s?\\b.*\\b(?:smell\\w*|odou?r|stink\\w*|reek\\w*|hiss\\w*)`).exec(c),
  },
  {
    // A CO alarm named with nothing about buying, fitting or testing one, and not said to be quiet: the visitor is telling us it is going off.
    hazard: 'CARBON_MONOXIDE', severity: 10, label: 'carbon monoxide', wholeMessage: true,
    test: (c) =>
      /\b(?:no|isn't|isnt|is not|not|never|hasn't|didn't|wasn't|no longer|stopped|expir\w*|lifespan|life span|how long|curious|wondering|(?:do|does|are|is|should|can) (?:a |the |my |our )?(?:carbon monoxide|co)\b|install\w*|fit|fitted|fitting|replac\w*|test\w*|buy|sell|new (?:one|co|carbon)|need (?:a|an|one)|want (?:a|an)|price|cost|how (?:often|many|long)|where (?:should|do)|mount\w*|hardwire\w*|interconnect\w*|recommend\w*|batter\w*|check (?:it|them|the)|checked|service|put (?:in|up)|(?:can|could) (?:we|i|you) get|add\w*|more|extra)\b/.test(c)
        ? null
        : re(`(?:carbon monoxide|\\bco2?\\b) (?:alarm|detector|monitor)s?\\b`).exec(c),
  },
  {
    // "smells odd, is that gas?": the visitor suspects gas, which is a sign of gas even as a question.
    hazard: 'GAS', severity: 10, label: 'gas', askedIsReal: true,
    test: (c) => re(`(?:is (?:that|this|it)|could (?:that|this|it) be|(?:might|may|must) be|i think (?:it's|its|it is|that's)|maybe|probably) (?:a )?${GASW}(?: leak\\w*)?$`).exec(c),
  },
  {
    // Pain the visitor calls the worst or unbearable (a clinic's or a dentist's emergency); not a long-standing one.
    hazard: 'MEDICAL', severity: 9, label: 'severe pain',
    test: (c) =>
      /\b(?:chronic|for (?:years|months)|on and off|comes and goes|every (?:morning|night|day))\b/.test(c)
        ? null
        : re(`(?:severe|excruciating|unbearable|agoni[sz]ing|extreme|worst)${gap(2)}(?:pain|toothache|headache|ache)|(?<!(?:was|were|been) )(?:in|is|absolute|total|pure) agony|(?:pain|toothache|ache)${gap(3)}(?:is |so )?(?:unbearable|excruciating|severe|the worst)|dolor${gap(3)}(?:insoportable|terrible|muy fuerte)`).exec(c),
  },
  {
    // A pet or a child that just swallowed something toxic: poisons for anyone, and foods that poison pets (chocolate, xylitol, grapes).
    hazard: 'MEDICAL', severity: 10, label: 'poisoning', askedIsReal: true,
    test: (c) =>
      re(`\\b(?:${PET}|${CHILD})\\b${gap(8)}${SWALLOWED}${gap(6)}(?:${POISON})\\b|\\b${PET}\\b${gap(8)}${SWALLOWED}${gap(6)}(?:${PET_POISON})\\b|\\b${SWALLOWED}${gap(6)}(?:${POISON}|${PET_POISON})\\b${gap(4)}(?:mi |el |la )?(?:${PET})\\b`).exec(c),
  },
  {
    // Signs of heatstroke or of poor blood flow in an animal or a person: a purple or blue tongue, grey gums; panting or shaking and unable to stand.
    hazard: 'MEDICAL', severity: 10, label: 'medical emergency', selfNegating: true, askedIsReal: true,
    test: (c) =>
      re(`\\b(?:(?:tongue|lips|lengua|labios) ${TURNED}(?:purple|blue|bluish|gr[ae]y|morad[oa]s?|azul(?:es)?)|(?:gums|encias) ${TURNED}(?:purple|blue|bluish|gr[ae]y|white|pale|morad[oa]s?|azul(?:es)?|blanc[oa]s?|palid[oa]s?))\\b|(?:panting|pants|drooling|shaking|trembling|vomit\\w*|throwing up|wobbl\\w*|collaps\\w*)${gap(10)}(?:won't|wont|can't|cant|cannot|unable to|not able to|isn't able to) (?:stand|get up|walk|move)\\b|(?:won't|wont|can't|cant|cannot|unable to|not able to|isn't able to) (?:stand|get up|walk|move)${gap(10)}(?:panting|drooling|shaking|trembling|vomit\\w*|throwing up|collaps\\w*)`).exec(c),
  },
  {
    hazard: 'VEHICLE', severity: 9, label: 'brakes failing', selfNegating: true,
    test: (c) =>
      re(
        `brakes?(?! (?:lights?|lamps?))${gap(6)}(?:barely|hardly) work\\w*|brakes?(?! (?:lights?|lamps?))${gap(5)}(?:went out|gone out|have gone|gave out|gave way|failed|failing|quit|not working|aren'?t working|isn'?t working|don'?t work|do not work|stopped working|are out|are gone)(?! (?:the |its |their |my |our |an? )?(?:inspection|mot|test|smog|emissions|safety check|check)\\b)|(?:lost|losing) (?:my |the |all )?brakes|(?:brake )?pedal${gap(4)}(?:to the floor|all the way down)|` +
          `(?:car|truck|van|vehicle) (?:barely|won't|wont|can't|cannot|doesn't|does not|will not) (?:stops?|slows? down)\\b(?! \\w+ing)|frenos?${gap(2)}(?:no funcionan|no sirven|fallaron|fallando|se fueron)|(?:se (?:me |le |nos |les )?(?:fueron|acabaron)|fallaron|fallan) (?:los |mis )?frenos|(?:sin|no tengo|no hay) frenos|steering${gap(3)}(?:locked|gone|failed|went out)`,
      ).exec(c),
  },
  {
    // Stopped where traffic is coming: a vehicle dead in a live lane or on the tracks (not one dated to an earlier day: "stuck on the tracks yesterday").
    hazard: 'VEHICLE', severity: 9, label: 'stranded in traffic', spansClauses: true,
    // A car that cannot be driven or steered counts as stopped ("the pothole snapped the tie rod and i cant steer, were sitting in a live lane").
    // Held up by traffic is no breakdown ("stuck in traffic in the fast lane, running late").
    test: (c) => /\b(?:yesterday|last (?:night|week|month|year)|ago)\b|\b(?:stuck|sitting|stopped|crawling) in (?:\w+ )?traffic\b|\btraffic (?:jam|is (?:backed up|crawling|not moving))\b/.test(c) ? null : re(`(?:died|stalled|broke down|broken down|cut out|stopped|stuck|stranded|won't start|wont start|conked out|undriv(?:e)?able|(?:can't|cant|cannot|can not) (?:steer|drive it|move it)|lost (?:the |all )?steering|no steering)${gap(12)}(?:(?:middle|fast|left|right|center|centre|inside|outside|passing|live|running|moving|traffic|slow|carpool|hov) lane|(?:in|on) the (?:lane|carriageway)\\b(?:(?<=\\b(?:freeway|highway|interstate|motorway|expressway|turnpike|parkway|traffic)\\b.*)|(?=.*\\b(?:freeway|highway|interstate|motorway|expressway|turnpike|parkway|traffic)\\b))|lane of (?:the )?(?:\\w+ )?(?:interstate|highway|freeway|motorway|expressway)|on the (?:railroad |train |railway |rail )?tracks|(?:cars|traffic|trucks|people|drivers) (?:are |keep )?(?:swerving|flying|whizzing|speeding|zooming)\\b)|(?:carril|autopista|vias del tren)${gap(6)}(?:se (?:murio|paro|apago)|varad[oa]s?)|(?:carril|autopista)${gap(6)}(?=no (?:me |nos )?(?:puedo|podemos|puede) (?:orillar|mover|salir))|(?:se (?:murio|paro|apago|quedo)) (?:el (?:carro|coche|auto) )?(?:parad[oa] |varad[oa] |tirad[oa] )?(?:de noche |a oscuras )?(?:en (?:medio de )?(?:la autopista|la carretera|el carril|las vias))`).exec(c),
  },
  {
    // A blow to the head, then signs of a brain injury (often said in the next clause: "hit my head, now everything is blurry").
    // Read over the whole message (tri42): the sign often comes after a "but" that splits the clauses ("hit his head, hes awake but
    // throwing up and confused"), and a blow is said many ways ("kicked a little girl in the head", "took a puck to the head").
    hazard: 'MEDICAL', severity: 10, label: 'head injury', askedIsReal: true, wholeMessage: true, selfNegating: true,
    test: (c) => re(`(?:(?:hit|banged|bumped|smacked|knocked|cracked|whacked|landed on|fell on) (?:his|her|their|my|our \\w+'s) head|(?:kicked|hit|struck|smacked|whacked|clocked|bucked|knocked) (?!the nail\\b)(?:\\w+ ){0,3}(?:in|on) the head|(?:took|got) (?:a|the) (?:\\w+ ){0,2}(?:to|in) the head)\\b${gap(14)}${NOT_DENIED}(?:blurry|blurred|double vision|can't remember|cant remember|cannot remember|memory|confused|dizzy|vomit\\w*|throw\\w* up|threw up|drowsy|passed out|blacked out|out cold|slurr\\w*|(?:kinda |kind of |totally |really |a bit |all )?out of it|(?:just )?staring|(?:not|isn't|isnt|wont|won't) (?:really )?(?:answering|responding|waking)|unresponsive|not crying|(?:not|isn't|isnt|is not) making (?:any )?sense|acting (?:weird|strange|odd|funny|off)|(?:doesn't|doesnt|does not|can't|cant) (?:know|recogni[sz]e) (?:where|who|what|us|me)|(?:keeps|kept) asking the same)|(?:golpe[oe]|pego|pegue) (?:en )?la cabeza${gap(10)}(?:borroso|mareado|vomit\\w*|confundid[oa]|no (?:me )?acuerdo|no recuerda)`).exec(c),
  },
  {
    // A wild animal loose in the living space (not in the attic, the walls or the garage: those are routine removal work).
    hazard: 'STATED', severity: 8, label: 'wild animal inside', spansClauses: true,
    test: (c) =>
      /\b(?:attic|loft|walls?|roof|chimney|garage|shed|crawl ?space|soffit|eaves|vents?|atico|techo|garaje|drain snake|plumb\w* snake|auger)\b/.test(c)
        ? null
        : re(`\\b(?:swarm\\w*(?: of \\w+)?|(?:bees|wasps|hornets|yellow ?jackets)(?: are)? swarm\\w*|raccoons?|racoons?|possums?|opossums?|skunks?|bats?|snakes?|coyotes?|foxes|fox|squirrels?|mapaches?|zarigueyas?|murcielagos?|serpientes?|culebras?|zorrillos?|ardillas?)\\b${gap(10)}(?:in|inside|into|loose in|around|through|all over|dentro de|en|por|al|a la)(?: (?:the|my|our|his|her|of|la|el|mi|los|las|de))* (?:\\S+ ){0,2}(?:kitchen|bedroom|room|living room|lounge|nursery|bathroom|kids room|family room|dining room|hallway|house|home|toilet|bathtub|tub|crib|cot|bed|couch|sofa|classroom|daycare|store|shop|restaurant|cafe|waiting room|lobby|cuarto|casa|cocina|sala|habitacion|recamara|dormitorio|inodoro|bano|cuna|cama)\\b`).exec(c),
  },
  {
    // Blood, vomit or needles where people are: a cleaning firm's biohazard call.
    hazard: 'BIOHAZARD', severity: 8, label: 'biohazard',
    test: (c) => re(`(?:blood|vomit|feces|faeces|human waste|bodily fluids?|needles|syringes)${gap(3)}(?:all over|everywhere|on the (?:floor|carpet|walls?)|in the (?:bathroom|room|car|hallway))|sangre por todos? (?:lados|partes)|(?:after|following) (?:a |an )?(?:death|suicide|unattended death|homicide|murder|stabbing|shooting)|crime scene|trauma clean\\w*|(?:a lot of|lots of|pools? of) blood|blood and (?:needles|syringes)|(?:used|dirty|hypodermic) (?:needles|syringes)|(?:needles|syringes) (?:too|as well|everywhere|all over)`).exec(c),
  },
  {
    hazard: 'STATED', severity: 8, label: 'stated emergency',
    // "emergency call-out price", "emergency rates": the word names a kind of service, not a situation.
    test: (c) => (PRICE_ASKED.test(c) ? null : re(`^emergency\\b(?! ${SERVICE_NOUN}\\b)|(?:it's|it is|this is|we have|i have|there's|got|es|tengo|tenemos)(?: an| a| una)? (?:emergency|emergencia)\\b`).exec(c)),
  },
];
