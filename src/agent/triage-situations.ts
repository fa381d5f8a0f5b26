import type { HazardRule } from './triage-hazards.js';

// Situations any trade meets, said by what is happening to whom rather than by a hazard word:
// something heavy coming down on a person, a person shut in somewhere they cannot get out of, a
// child or a pet left in a parked vehicle, a machine nobody can stop, someone in the water who
// cannot get out, someone held on a live wire or fence, a dangerous animal at people, water from
// outside (a river, a storm surge) getting in, money leaving an account now, an animal's belly
// swelling while it retches (bloat) and fits one after another; vaccines or samples warming in a
// failed fridge, a boat going down. Written as round-15 and round-16 probes found them missed in
// trades the rules were not written for (test/agent/triage-probes-round15.test.ts, -round16).
// triage.ts decides whether a match counts (negated, past, hypothetical, figurative, contained).

const any = (...parts: string[]) => `(?:${parts.join('|')})`;
/** Up to n words in between. */
const gap = (n: number) => `(?:\\s+\\S+){0,${n}}\\s+`;
const rule = (hazard: HazardRule['hazard'], severity: number, label: string, body: string, extra: Partial<HazardRule> = {}): HazardRule => {
  const pattern = new RegExp(body);
  return { hazard, severity, label, test: (c) => pattern.exec(c), spansClauses: true, ...extra };
};

/** A person (or a pet) by the names visitors give one; never a thing of theirs ("my son's bike"). */
const PERSON = `${any(
  'someone', 'somebody', 'people', 'him', 'them', 'her(?= *$| (?:and|but|while|with|in|at|now|again)\\b)', 'alguien',
  `(?:a|an|the|my|our|his|her|their|one of (?:the|our|my)|two of (?:the|our)) (?:\\w+ )?${any(
    'kids?', 'child(?:ren)?', 'toddlers?', 'baby', 'babies', 'infant', 'boy', 'girl', 'son', 'daughter', 'man', 'woman', 'guy', 'lady', 'person', 'worker', 'workers', 'employee', 'staff member',
    'apprentice', 'helper', 'driver', 'passenger', 'customer', 'customers', 'client', 'patient', 'resident', 'tenant', 'guest', 'student', 'camper', 'player', 'member', 'visitor', 'operator',
    'mechanic', 'tech\\w*', 'painter', 'roofer', 'installer', 'cleaner', 'husband', 'wife', 'dad', 'mom', 'mum', 'father', 'mother', 'grand\\w+', 'brother', 'sister', 'friend', 'neighbou?r',
    'coworker', 'colleague', 'partner', 'dog', 'puppy', 'cat', 'pet', 'horse',
  )}`,
  'mi (?:hijo|hija|esposo|esposa|papa|mama|abuel[oa]|perro)', 'un (?:trabajador|nino|hombre)', 'una (?:nina|mujer|persona)',
)}\\b(?!['’]s?\\b)(?! (?:cars?|house|home|roof|fence|shed|garage|yard|truck|van|porch|deck|trampoline|bikes?|toys?|room|tent|windows?|driveway|lawn|garden|property|side|wall|kennel|crate|bed|pen|stall|coop|place|stuff)\\b)`;

/** Something that holds a person in: a cold room, a vault, a bin, a lift, a car's trunk. */
const ENCLOSURE = any(
  'walk[- ]?in(?: freezer| cooler| fridge)?', 'freezer', 'cooler', 'cold room', 'cold store', 'fridge', 'vault', 'safe', 'shipping container', 'container', 'silo', 'grain bin', 'bin', 'tank', 'trunk', 'boot',
  'closet', 'sauna', 'steam room', 'elevator', 'lift', 'dumbwaiter', 'crawl ?space', 'shed', 'storage unit', 'porta ?(?:potty|loo|john)', 'congelador', 'cuarto frio', 'elevador', 'ascensor',
);
/** No way out: the door will not open, the handle is gone. */
const NO_WAY_OUT = any(
  "(?:won't|wont|will not|doesn't|does not|can't|cant|cannot) (?:open|budge|get (?:out|free|the door open))", 'handle (?:broke|came off|snapped|is broken|fell off)', 'no (?:handle|way out|release)',
  'jammed', 'stuck shut', 'locked (?:in|inside|from the outside)', 'shut (?:on|behind) (?:him|her|them)', 'no (?:puede|pueden|podemos) salir', 'no abre',
);

/** Machines that cut, crush, pull in or carry people. */
const MACHINE = any(
  'slicer', '(?:table |band |chain |circular |miter |mitre )?saw', 'grinder', 'mixer(?! (?:taps?|valves?|showers?)\\b)', 'conveyor', '(?:drill|hydraulic|brake|punch|printing) press', 'chipper', 'shredder', 'auger', 'lathe', 'compactor', 'baler',
  'elevator', '(?:platform |wheelchair |stair ?|car |scissor )?lift', '(?:automatic |electric |sliding |swing |security |parking )?gate', '(?:garage|overhead|roll-?up|rolling|shutter) doors?', 'barrier arm', 'hoist', 'winch', 'crane', 'forklift', 'escalator', '(?:ride[- ]on|riding) mower', 'tractor',
);
const RUNAWAY = any(
  "(?:won't|wont|will not|can't|cant|cannot|doesn't|does not) (?:turn|switch|shut|power|cut) (?:it |itself )?off", "(?:won't|wont|will not|can't|cant|cannot) (?:stop|be stopped)(?! (?!spinning|running|moving|going|turning|cutting|rolling|climbing|dropping)\\w+ing\\b| at\\b)",
  '(?:moving|running|going|started|starting|started up|turned on|switched on|came on|coming on|opening|closing) (?:up |down )?(?:on (?:its|it\'s) own|by itself)', 'runaway', 'out of control',
  'e-?stop (?:is )?(?:not working|does nothing|did nothing)', 'stop button (?:is )?(?:not working|does nothing|did nothing)',
);

/** A child or a pet, who cannot get themselves out of a hot or locked vehicle. */
const DEPENDANT = any('baby', 'babies', 'infant', 'toddlers?', 'child', 'children', 'kids?', 'son', 'daughter', 'boy', 'girl', 'student', 'dogs?', 'puppy', 'pup', 'cats?', 'kitten', 'pets?', 'bebe', 'nin[oa]', 'perr[oa]');
const VEHICLE = any('car', 'bus', 'van', 'minivan', 'truck', 'suv', 'vehicle', 'carro', 'coche', 'camioneta', 'autobus');

/** Water from outside: a river, a creek, the sea, floodwater. */
const OUTSIDE_WATER = any('river', 'creek', 'stream', 'brook', 'lake', 'sea', 'ocean', 'tide', 'surge', 'storm surge', 'canal', 'bayou', 'flood ?water', 'storm ?water', 'run-?off', 'rio', 'arroyo');

/** Animals dangerous to people wherever they are (a wild one near people, or loose livestock). */
const DANGEROUS_ANIMAL = any('bears?', 'cougars?', 'mountain lions?', 'pumas?', 'tigers?', 'lions?', 'leopards?', 'big cats?', 'alligators?', 'gators?', 'crocodiles?', 'wolf', 'wolves', 'bull', 'bulls', 'moose', 'wild boars?', 'boars?', 'oso', 'osos');
const AT_PEOPLE = any(
  '(?:charging|chasing|stalking|circling|approaching|going after|attacking|lunging at|growling at|cornered|has cornered)', '(?:by|near|next to|beside|outside|around|towards?|at) (?:the |our |my )?(?:\\w+ )?(?:kids?|children|play ?(?:area|ground)|playground|school|daycare|porch|front door|back door|door|people|customers|campers|students|visitors|guests|crowd|public|families)',
  '(?:in|on) (?:the |our |my )?(?:yard|backyard|garden|porch|deck|driveway|parking lot|car park|playground|campsite)',
);

/** Kept cold because it spoils: vaccines, insulin, medicines, blood, lab samples (food is a lost service, HIGH). */
const MEDICINE = any('vaccines?', 'vaccinations?', 'immuni[sz]ations?', 'insulin', 'medicines?', 'medications?', 'meds', 'drugs', 'biologics', 'blood(?: bank| products?| units?| bags?)?', 'plasma', 'samples', 'specimens', 'cultures', 'reagents', 'embryos', 'vacunas?', 'insulina', 'medicamentos?', 'muestras');
const COLD_STORE = any('(?:medical |medicine |medication |vaccine |pharmacy |lab |laboratory |specimen |sample |blood bank |drug |ultra[- ]?low |-80 |minus 80 )?(?:fridges?|freezers?|refrigerators?|coolers?|cold rooms?|cold stores?|cold chain|incubators?)', '(?:cryo\\w*|liquid nitrogen) (?:tanks?|dewars?|freezers?)', 'refrigerador', 'refri', 'nevera', 'congelador');
/** Warming now: the unit has failed, or the reading is out of range and rising. */
const WARMING = any(
  'failed', 'died', 'dead', 'stopped(?: working| cooling)?', 'quit', '(?:is |went |has gone )?down\\b(?! to)', 'warm\\w*', 'rising', 'climbing', 'thaw\\w*', 'defrost\\w*', 'out of range', 'too warm',
  '(?:alarm|alert)(?: is)? (?:going off|sounding|beeping)', '(?:at|reading|reads|says|showing|shows|hit|up to) \\d{1,2}(?:\\.\\d)? ?(?:degrees|deg|c|f)?\\b', 'lost power', 'no power', 'se (?:apago|descompuso)', 'dejo de funcionar',
);
/** A boat or other craft. */
const BOAT = any('boat', 'sailboat', 'yacht', 'dinghy', 'canoe', 'kayak', 'pontoon', 'vessel', 'skiff', 'cruiser', 'catamaran', 'houseboat', 'barco', 'bote', 'lancha', 'velero');

export const SITUATION_RULES: HazardRule[] = [
  // Vaccines, insulin or samples warming in a failed fridge: spoiling now ("the vaccine fridge failed overnight").
  rule('STATED', 8, 'medicine spoiling', `^(?=.*\\b${MEDICINE}\\b)(?:.*\\b${COLD_STORE}\\b${gap(6)}${WARMING}|.*\\b${MEDICINE}\\b${gap(3)}(?:are |is )?(?:warming|getting warm|thawing|defrosting|spoiling|going bad|out of range|heating up|cooling down|getting cold|dying))`),
  // A boat going down: sinking, taking on water, half under at its slip.
  rule('STATED', 9, 'boat sinking', `\\b${BOAT}s?\\b${gap(5)}(?:is |are |was |'s )?(?:sinking|going down|going under|taking on water|capsiz\\w*|half under|half sunk|filling (?:up )?with water|se (?:esta )?hundiendo|se hunde)|\\b(?:we're|we are|were|it's|its|she's|shes|it is) (?:\\w+ )?(?:taking on water|sinking)\\b`),
  // Something heavy came down on someone: "the bookshelf fell on a kid", "the winch cable snapped and hit the driver".
  rule('MEDICAL', 10, 'someone trapped or hurt', `\\bfell (?:the|a|an|some|el|la|los|las|un|una|unos|unas) \\w+(?: \\w+){0,3} (?:on top of|onto|on) ${PERSON}|(?<!\\b(?:i|we|he|she|they|and|son|daughter|kid|child|boy|girl|man|woman|guy|lady|dad|mom|mum|brother|sister|husband|wife)\\s+)\\b(?:fell|fallen|falls|came down|come down|caved in|caving in|toppled(?: over)?|tipped(?: over)?|collapsed|crashed down|dropped|landed|tumbled)\\b(?: (?:over|down))? (?:on|onto|on top of|across) ${PERSON}|\\b(?:snapped|broke loose|came loose|came off|flew (?:off|out|back|apart)|kicked back|whipped back|shot out|exploded)\\b${gap(4)}(?:hit|struck|smacked|slashed|caught|cut) ${PERSON}|\\b(?:snapped|broke|gave way|collapsed|came apart|split|tipped over|gave out|caved in)(?: \\w+)? with ${PERSON} (?:still )?(?:on|in|under|inside|up) (?:it|there|top)\\b|(?:fell|collapsed|came down|caved in|gave way)\\b.*\\b(?:there's|theres|there is|with|and) ${PERSON} (?:\\w+ )?(?:under(?:neath)?|beneath|trapped|pinned|stuck)\\b`, { askedIsReal: true }),
  // Shut in with no way out: "the freezer door shut with the apprentice inside and it won't open".
  rule('MEDICAL', 10, 'someone trapped or hurt', `^(?=.*\\b${NO_WAY_OUT})(?:.*\\b${PERSON}${gap(4)}(?:is |are |got |was |still |been )*(?:in|inside|stuck in|locked in|shut in|trapped in|dentro del?|en el) (?:the |a |an |our |my |his |her |el |la )?(?:\\w+ )?${ENCLOSURE}\\b|.*\\b${ENCLOSURE}\\b${gap(6)}(?:with|on) ${PERSON} (?:still )?(?:inside|in it|in there|adentro|dentro))`, { selfNegating: true }),
  // A child or a pet left in a parked vehicle: heat, or nobody there to get them out.
  rule('MEDICAL', 10, 'child or pet left in a vehicle', `^(?=.*\\b(?:sun|hot|heat|warm|baking|sweating|windows? (?:up|shut|closed)|locked|alone|unattended|nobody|asleep|sleeping|crying|panting|parked|calor|sol|sol[oa]s?)\\b)(?:.*\\b${DEPENDANT}\\b${gap(6)}(?:left|forgotten|still|alone|asleep|sleeping|stuck)${gap(3)}(?:in|inside|on|aboard|on board of|in the back of) (?:the |a |our |my |his |her |el |la )?(?:\\w+ )?${VEHICLE}\\b|.*\\b(?:left|forgot|forgotten|left behind) (?:a |an |the |my |our |his |her )?(?:\\w+ )?${DEPENDANT}\\b${gap(3)}(?:in|inside|on|aboard|on board|in the back)\\b|(?=.*\\b${VEHICLE}\\b).*\\b${DEPENDANT}\\b${gap(6)}(?:still|left) (?:strapped |buckled |sitting |asleep |sleeping )?in (?:the back|(?:his|her|their|a|the) (?:car ?seat|seat|booster))\\b)`, { selfNegating: true }),
  // A machine that will not stop, or moves by itself: "the slicer won't switch off", "the platform lift is moving on its own".
  rule('STATED', 9, 'machine out of control', `\\b${MACHINE}\\b${gap(10)}${RUNAWAY}|${RUNAWAY}${gap(6)}(?:the |a |our |my )?(?:\\w+ )?${MACHINE}\\b`, { selfNegating: true }),
  // Someone in the water who cannot get out: off a dock or a boat, can't swim, pulled by the current.
  rule('MEDICAL', 10, 'drowning', `\\b(?:fell|slipped|fallen|knocked|thrown|washed|swept|went|jumped|pushed)\\b(?: \\S+){0,3} (?:off|from|into|in|over|overboard)\\b(?: (?:the|a|our|my|his|her))?(?: \\w+)? (?:dock|pier|jetty|boat|bridge|ferry|deck|bank|ledge|side|river|lake|sea|ocean|canal|pond|water|harbou?r|marina)?\\b(?=.*\\b(?:can't swim|cant swim|cannot swim|can not swim|doesn't swim|not coming up|going under|under ?water|current|struggling|drowning|can't get (?:out|back)|cant get (?:out|back)|face down|no life ?jacket|no sabe nadar)\\b)|\\b(?:man|person|child|kid|someone|somebody) overboard\\b`, { askedIsReal: true, selfNegating: true }),
  // Held on a live wire or fence: "the electric fence is live and the kid is stuck on it".
  rule('WATER_ELECTRICITY', 10, 'someone held on a live wire', `\\b${PERSON} (?:is |got |was |are )?(?:stuck|frozen|holding|stuck holding|clinging|caught|hanging) (?:on|to|onto) (?:it|the (?:\\w+ )?(?:fence|wire|wires|line|cable|rail))\\b(?=.*\\b(?:live|electri\\w*|power|volt\\w*|current|shock\\w*|buzz\\w*)\\b)|(?<=\\b(?:live|electri\\w*|power|volt\\w*)\\b.*)\\b${PERSON} (?:is |got |was |are )?(?:stuck|frozen|clinging) (?:on|to) (?:it|them)\\b`),
  // A dangerous animal at people now: a bear by the play area, a bull charging customers; a coyote that has a pet cornered.
  rule('STATED', 9, 'dangerous animal at people', `\\b${DANGEROUS_ANIMAL}\\b${gap(8)}${AT_PEOPLE}|\\b(?:coyotes?|fox(?:es)?|raccoons?|dogs?|pit ?bulls?)\\b (?:has|have|is|are|got) (?:\\w+ ){0,3}(?:cornered|pinned|by the (?:neck|throat)|in (?:its|their) (?:mouth|jaws))`),
  // Water from outside coming in: "the river is coming over the bank and into our shop".
  rule('WATER', 9, 'water escaping', `\\b${OUTSIDE_WATER}\\b${gap(8)}(?:coming|pouring|rushing|flowing|getting|spilling|running|seeping|creeping|rising|pushing|surging)\\b(?: \\S+){0,5} (?:in|into|inside|under the door|through the (?:door|doors|walls?|floor))\\b(?! (?:the )?(?:yard|field|garden|lawn|street|road|pasture)\\b)`),
  // Money leaving an account now: transfers nobody made, an account being emptied (security right now, online).
  rule('STATED', 9, 'systems attacked now', `\\b(?:accounts?|bank|payroll|funds|money|savings|balance)\\b${gap(4)}(?:is |are )?(?:being |getting )(?:drained|emptied|stolen|wiped|transferred out)|\\b(?:transfers?|payments?|withdrawals?) (?:that )?(?:we|i) (?:didn't|did not|never) (?:make|made|authori[sz]e)\\b(?=.*\\b(?:keep|keeps|still|right now|as we speak|going out|one after another)\\b)`, { selfNegating: true }),
  // An animal's belly swelling while it tries to vomit and nothing comes (bloat); fits one after another.
  rule('MEDICAL', 10, 'medical emergency', `^(?=.*\\b(?:bloat\\w*|swollen (?:belly|stomach|abdomen|tummy)|(?:belly|stomach|abdomen|tummy) (?:is |looks |getting )?(?:swollen|swelling|huge|distended|tight|hard|blown up))\\b)(?=.*\\b(?:retch\\w*|dry heav\\w*|gagging|gags|trying to (?:vomit|throw up|be sick)|nothing (?:is )?coming (?:up|out))\\b)|\\b(?:one (?:fit|seizure) after (?:another|the other)|(?:fit|seizure) after (?:fit|seizure)|back to back (?:fits|seizures)|(?:fits|seizures) back to back|(?:keeps|kept|is) having (?:fits|seizures))\\b`, { askedIsReal: true }),
  // Loose in traffic: livestock on the road, a load spilled across the lanes of a fast road.
  rule('VEHICLE', 9, 'hazard in traffic lanes', `\\b(?:horses?|cows?|cattle|bulls?|steers?|sheep|goats?|pigs?|livestock|herd|deer|caballos?|vacas?)\\b(?: (?:is|are|got|have|has|just))?(?: \\w+){0,2} (?:loose|out|wandering|running|standing|walking|broke out)?(?: \\w+)? (?:on|in|onto|across|down|along|up|into) (?:the |a )?(?:main |busy |middle of the |\\w+ )?(?:road|highway|freeway|motorway|interstate|street|lanes?|carretera|calle)\\b|\\b(?:horses?|cows?|cattle|bulls?|steers?|sheep|goats?|pigs?|livestock|herd|caballos?|vacas?)\\b(?: \\S+){0,8} (?:running|wandering|walking|trotting|galloping|heading|headed|loose|out) (?:down|along|up|onto|into|on|across) (?:the |a )?(?:main |busy |middle of the |\\w+ )?(?:road|highway|freeway|motorway|interstate|street|lanes?|carretera|calle)\\b|\\b(?:debris|load|ladders?|mattress(?:es)?|furniture|cargo|pallets?|boulders?|rocks|logs?|lumber|pipes|tires|tyres|trailer|scaffold\\w*)\\b${gap(8)}(?:across|in|blocking|covering|all over|scattered (?:across|over|on))(?: all)? (?:the |both |two |three |all |every )?(?:\\w+ )?(?:lanes?|highway|freeway|motorway|interstate|expressway|carriageway)\\b`),
  // Stinging insects attacking people now.
  rule('MEDICAL', 9, 'swarm attacking people', `\\b(?:bees|wasps|hornets|yellow ?jackets|swarm(?: of \\w+)?|abejas|avispas)\\b${gap(3)}(?:are |is )?(?:attacking|stinging|chasing|swarming|all over) (?:the |our |my |some |a )?(?:\\w+ )?(?:kids|children|people|guests|customers|workers|crew|him|her|them|me|us|son|daughter|baby|dog|campers|students|ninos)\\b`),
  // A structure parting from the building it hangs on: a balcony, a deck, a staircase.
  rule('STATED', 9, 'structure giving way', `^(?!.*\\b(?:slightly|a (?:little|bit|tad)|a few (?:mm|millimet\\w*|inch\\w*)|hairline|over (?:the )?years)\\b).*\\b(?:balcony|balconies|deck|porch|stair\\w*|steps|fire escape|awning|canopy|retaining wall|chimney|carport|ceiling)\\b${gap(4)}(?:is |are |has |have )?(?:started )?(?:separating|pulling away|pulled away|coming away|come away|detaching|detached|tearing away|breaking away|peeling away|ripping away) from (?:the )?(?:wall|house|building|ceiling|joists?|frame)\\b`),
  // A hand or a finger crushed or cut off: "the compactor crushed a worker's hand", "the saw took the tip of his finger off".
  rule('MEDICAL', 10, 'someone trapped or hurt', `\\b(?:took|cut|sliced|chopped|ripped|tore|taken|torn|came) (?:\\S+ ){0,5}(?:fingers?|thumbs?|toes?|hands?|finger ?tips?|tips?) off\\b|\\b(?:crushed|mangled|severed|smashed|caught|trapped|pinned) (?:(?:a|the|our|my|his|her|one of (?:the|our) )\\s?)?\\w+'s (?:hand|hands|fingers?|foot|feet|arm|arms|leg|legs|thumb|toes?|head)\\b`, { askedIsReal: true }),
  // Steam where a heater holds hot water under pressure: a relief valve venting, a tank about to fail.
  rule('STATED', 9, 'overheating under pressure', `\\b(?:water heater|hot water (?:tank|heater|cylinder)|boiler|pressure cooker|autoclave|calentador)\\b${gap(10)}(?:steam|vapou?r|scalding water|boiling water)\\b${gap(3)}(?:coming|pouring|blowing|shooting|spraying|hissing|venting|out|everywhere|escaping)|\\b(?:steam|scalding water)\\b${gap(4)}(?:coming|pouring|blowing|shooting|spraying|hissing|venting|escaping)\\b${gap(6)}(?:water heater|hot water (?:tank|heater|cylinder)|boiler|relief valve)\\b`),
  // A child nobody can find, said of one of a group: "we can't find one of the four year olds".
  rule('STATED', 9, 'missing child', `\\b(?:can't|cant|cannot|can not|couldn't|could not|(?:nobody|no one|noone|staff|the teachers?|they) (?:can|could|can't|cant|couldn't)) find (?:one of (?:the|our|my) (?:\\w+ ){0,2}(?:kids|children|toddlers|students|campers|pupils|(?:year|yr)s?[- ]olds|babies|boys|girls|little ones)|(?:my|our|the|a) (?:little |young |\\d{1,2} ?(?:year|yr)s?[- ]old )?(?:son|daughter|kid|child|boy|girl|toddler|baby|grand(?:son|daughter|child|kid)|little one))\\b(?!'s)`, { selfNegating: true }),
  // A child being taken by someone who may not: a stranger, someone not on the pick-up list, an ex who is drunk.
  rule('STATED', 10, 'child being taken', `\\b(?:trying to|tried to|about to|is|are|keeps trying to) (?:take|grab|snatch|drag|pull|carry|lead|walk off with|leave with|drive off with|put) (?:my|our|a|the|one of (?:the|our)) (?:little )?(?:kid|kids|child|children|son|daughter|boy|girl|toddler|baby|student)\\b(?=.*\\b(?:trying|right now|as we speak|arguing|isn't on|isnt on|not on (?:our|the) (?:\\w+ )?list|not allowed|no permission|drunk|stranger|doesn't know him|dont know (?:him|her)|don't know (?:him|her)|custody)\\b)`),
  // Children heading into danger with nobody holding them back: the gate open, toward the road or the water.
  rule('STATED', 9, 'children heading into danger', `^(?=.*\\b(?:(?:gate|fence|door)s? (?:is |was |are |were |left )?(?:wide )?open|alone|by (?:him|her|them)sel(?:f|ves)|nobody|no one|unsupervised|no adults?|escaped|got out|slipped out|heading out)\\b).*\\b(?:kids|children|toddlers?|child|kid|little (?:boy|girl|one)s?|baby)\\b${gap(6)}(?:heading|walking|wandering|running|going|toddling|crawling|headed|wandered|ran|climbing)(?: out| off)? (?:toward|towards|into|onto|out to|out into|across|down to|near|next to) (?:the )?(?:\\w+ ){0,2}(?:road|street|lane|highway|parking lot|car park|traffic|pond|pool|river|lake|creek|water|tracks)\\b`),
  // A stranger got in and is there now: on the camera, still inside.
  rule('STATED', 9, 'intruder inside now', `\\b(?:someone|somebody|a (?:man|guy|person|stranger)|people|strangers?|alguien)${gap(1)}(?:got|broke|snuck|sneaked|climbed|has got|has broken|is getting|se metio) (?:in|into|inside)(?: (?:a|the|my|our|la|el|mi)){0,2} (?:\\w+ )?(?:house|home|store|shop|office|building|warehouse|garage|basement|apartment|tienda|casa|oficina)\\b(?=.*\\b(?:right now|camera|cam|cctv|i see|i can see|we see|we can see|still (?:in|inside|there|here)|as we speak|lo veo|la veo|ahora)\\b)`),
  // Broken into, and whoever did it may still be there: "the lock was forced, they might still be inside".
  rule('STATED', 9, 'break-in', `\\b(?:locks?|doors?|windows?|gates?|shutters?)\\b${gap(3)}(?:was |were |got |has been |have been |is |are )?(?:forced|smashed|kicked in|pried|prised|jimmied|broken into|busted)\\b.*\\b(?:(?:might|may|could|must) (?:still )?be|(?:is|are) still|still) (?:inside|in there|in here|in the (?:\\w+ )?(?:house|building|shop|store|office|back|basement|warehouse))\\b`, { askedIsReal: true }),
  // A vessel under pressure deforming: "the fermenter is bulging and the relief isn't venting", a gauge pegged past the red.
  rule('STATED', 9, 'overheating under pressure', `\\b(?:fermenters?|fermentation (?:tanks?|vessels?)|brite tanks?|bright tanks?|kegs?|pressure (?:vessels?|tanks?)|(?:air|compressor|propane|co2|nitrogen|oxygen|gas) (?:tanks?|cylinders?|receivers?)|water heater|hot water (?:tanks?|heater|cylinder)|boiler|autoclave|pressure cooker)\\b${gap(6)}(?:is |are |has |have |started |starting )?(?:bulg\\w*|swell\\w*|ballooning|deform\\w*|doming|bowing out)|\\b(?:pressure|psi)(?: gauge| needle| reading)?${gap(3)}(?:is |are |went |has gone )?(?:past|into|over|above|beyond|pegged (?:past|in|at)) the red\\b|\\b(?:gauge|needle) (?:is |went |has gone )?(?:pegged )?(?:past|beyond) the red\\b`),
  // Someone down in a tank, a pit or a manhole who has stopped answering: bad air or a fall, and whoever goes in after them is at risk too.
  rule('MEDICAL', 10, 'someone trapped or hurt', `^(?=.*\\b(?:not (?:answering|responding|moving|breathing|coming (?:up|out))(?! (?:his|her|their|the|my) (?:phone|calls?|texts?|messages?|e-?mails?))|(?:isn't|isnt|is not|wasn't|stopped|won't|wont|doesn't|does not|hasn't|hasnt) (?:answer\\w*|respond\\w*|moving|move|breathing|come (?:up|out)|came (?:up|out))(?! (?:his|her|their|the|my) (?:phone|calls?|texts?|messages?|e-?mails?))|unresponsive|passed out|collapsed|unconscious|went limp|keeled over|face down)\\b).*\\b(?:went|climbed|go|gone|going|is|was|got|fell|slipped|lowered|crawled) (?:down )?(?:in|into|inside|down) (?:the |a |an |our |that |one of the )?(?:\\w+ )?(?:tank|vat|pit|silo|grain bin|manhole|sewer|well|vault|cistern|culvert|crawl ?space|hold|hopper|trench|tunnel|sump|digester|kettle|fermenter|shaft)s?\\b`, { selfNegating: true, askedIsReal: true }),
  // Freezing now, with nothing to stop it: "the pipes under there are starting to freeze", "ice forming around the jets".
  rule('STATED', 8, 'freezing now', `\\b(?:pipes?|plumbing|water lines?|supply lines?|jets|pump|radiators?|tuberias?|tubos?)\\b${gap(4)}(?:is |are )?(?:(?:starting|beginning|about) to (?:freeze|ice up)\\b|(?:already )?(?<!\\b(?:will|would|can|could|may|might|to|before|until|dont|don't|won't|wont|never|not|if|when|they) )(?:freezing(?! cold\\b)(?: up| solid| over)?|icing (?:up|over)|turning (?:to|into) (?:ice|slush)|getting slushy|slushy)\\b)|\\bice (?:is )?(?:forming|building up) (?:in|around|on|inside) (?:the )?(?:\\w+ )?(?:pipes?|lines?|jets|tub|spa|pump|water|plumbing)\\b|\\bwater${gap(3)}(?:is |are )?(?:getting |turning |going )?(?:slushy|to slush|into slush)\\b`),
  // A roof giving under snow or ice: "the snow on the roof is so heavy it's sagging", "se está doblando el techo con la nieve".
  rule('STATED', 9, 'structure giving way', `^(?=.*\\b(?:snow|ice|nieve|hielo)\\b)(?!.*\\b(?:slightly|a (?:little|bit|tad)|every (?:winter|year)|a while|over (?:the )?years)\\b).*\\b(?:roof|roofs|ceiling|awning|canopy|carport|greenhouse|barn roof|beams?|rafters?|trusses?)\\b${gap(4)}(?:is |are |has |have |started |starting )?(?:sagging|bending|bowing|buckling|caving(?: in)?|giving way|collapsing|groaning|splitting|sinking|cracking|creaking)\\b`),
  // Someone who needs care now cut off from it: "i'm on dialysis at 10 and the driveway is blocked in, the medical van can't get in".
  rule('STATED', 9, 'cut off from medical care', `^(?=.*\\b(?:dialysis|chemo\\w*|oxygen (?:delivery|tanks?|supply)|ambulance|paramedics|medical (?:van|transport)|home (?:nurse|care)|insulin)\\b).*\\b(?:(?:can't|cant|cannot|can not|unable to|no way to) (?:get|drive|go|make it|reach)(?: \\w+)? (?:out|in|there|through|to|up)|(?:completely |totally )?(?:blocked|snowed|iced|plowed|drifted|trapped) in|(?:driveway|road|street|lane|door|drive) (?:is |are )?(?:completely |totally )?(?:blocked|impassable|buried))\\b`, { selfNegating: true }),
  // Wind taking a tent or an inflatable with people in or under it: "the wind is lifting the marquee off its pegs with guests inside".
  rule('STATED', 9, 'structure giving way', `^(?=.*\\b(?:guests|people|kids|children|someone|somebody|customers|campers|students|crowd|visitors)\\b)(?=.*\\b(?:inside|under(?:neath)?|in it|in there|on it)\\b).*(?:\\b(?:tent|marquee|canopy|gazebo|bounce house|bouncy castle|inflatable)s?\\b${gap(4)}(?:is |are )?(?:lifting|lifted|blowing (?:away|over)|blew (?:away|over)|coming (?:off|loose|up)|pulling (?:up|loose|out)|taking off|flying)|\\b(?:wind|gusts?)\\b${gap(3)}(?:is |are )?(?:lifting|ripping|tearing|pulling|picking up)${gap(3)}(?:the |a |our )?(?:\\w+ )?(?:tent|marquee|canopy|gazebo|bounce house|bouncy castle|inflatable)s?\\b)`, { spansClauses: false }),
];
