// Reasons a message that reads like trouble puts no one at risk now, by what it is about rather than
// how it is said: trouble that comes and goes, air the wrong temperature, an outdoor outlet, something
// fallen onto a garden thing, a damp or cleaning smell, praise, a small or caught leak, the visitor's
// own judgement that it is normal. Read by triage.ts's exclusionsOf() over the whole normalised
// message: the learned signal may only add an emergency where none of these (nor the rules' own
// exclusions) fires.

/** "the shower head sprays everywhere except where I want it": an outlet that sprays badly, not water escaping. */
export const OUTLET_SPRAY = /\b(?:shower ?heads?|nozzles?|sprayers?|sprinklers?|aerators?|spray heads?|(?<!\bheads? )(?:sprinkler |spray |rotor )?heads(?! up)|rotors?|emitters?)\b(?: \S+){0,4} (?:sprays?|spraying|squirts?|squirting)\b(?!.*\b(?:(?:won't|wont|can't|cant|will not) (?:stop|turn off|shut off)|(?:electric\w* )?(?:meter|panel|outlets?|sockets?|wires?|breakers?)|basement|crawl ?space|inside|window wells?)\b)|\beverywhere (?:except|but)\b/;

/**
 * A hose or a pipe run over, driven on, crushed or kinked ("the tractor rolled over the hose", "the van backed over the hose and split
 * it"): a part to replace, not water escaping, unless water is said to pour out, the line carries gas, fuel, sewage or power, or someone is hurt.
 */
export const LINE_RUN_OVER = /^(?!.*\b(?:pour\w*|gush\w*|spray\w*|spurt\w*|squirt\w*|shoot\w*|spew\w*|flood\w*|everywhere|all over|(?:won't|wont|can't|cant|will not) (?:stop|shut off|turn off)|geyser|fountain|gas|propane|fuel|diesel|petrol|gasoline|oil|sewer|sewage|septic|power|electric\w*|live|wires?|cables?|hurt|injur\w*|bleed\w*|blood|pinned|trapped|scream\w*|legs?|arms?|foot|feet|hands?|head)\b)(?=.*\b(?:hoses?|pipes?|water lines?|irrigation (?:lines?|pipes?)|drip lines?|supply lines?|mangueras?)\b).*\b(?:(?:ran|run|runs|running|rolled|rolls|rolling|drove|driven|drives|driving|backed|backing|reversed|reversing|stepped|parked)(?: right)? (?:over|onto|on top of)|crush\w*|squash\w*|flatten\w*|kink\w*|pinch\w*)\b/;

/** Smoke from something made to smoke, outdoors or next door ("smoke from the neighbour's bbq keeps coming in"): a nuisance, not a fire. */
export const HARMLESS_SMOKE = /\bsmok\w*(?: \S+){0,3} (?:from|off|of) (?:the |their )?(?:neighbou?rs?|next door)['’]?s? (?:\w+ )?(?:fireplace|chimney|wood ?stove|stove|fire ?place|fire)\b|\bsmok\w*(?: \S+){0,3} (?:from|off|of) (?:the |a |my |our |their |his |her |some )?(?:(?:neighbou?rs?|next door)['’]?s? )?(?:\w+ )?(?:bbq|barbecue|grill|fire ?pit|bonfire|campfire|smoker|cigarettes?|cigars?|vapes?|incense|candles?|fog machine|smoke machine|haze machine)\b|\b(?:neighbou?rs?|next door)['’]?s? (?:bbq|barbecue|grill|fire ?pit|bonfire|smoker|wood ?stove|fireplace|chimney)\b(?: \S+){0,3} smok\w*|\bsmok\w*(?: \S+){0,4} (?:when (?:i|you|we) (?:first )?(?:start|turn on|light|lit)|on (?:a )?(?:cold )?start ?up|(?:from|out of|out the) (?:the )?(?:exhaust|tailpipe|tail pipe))\b/;
/** Things (never people) that get caught in a door or a machine: "my bike got caught in the garage door" (read by triage-compose.ts's trapped rule too). */
export const CAUGHT_THINGS = "car|truck|van|ball|toy|keys?|remote|jacket|bag|cable|cord|rope|string|bikes?|bicycles?|scooters?|strollers?|prams?|buggy|bins?|(?:trash|garbage) cans?|mowers?|ladders?|kayaks?|canoes?|hoses?|box(?:es)?|carts?|wagons?|skateboards?|coats?|tarps?|mirrors?|bumpers?|roof racks?|antennas?|suitcases?|luggage|umbrellas?|leash|lead";
const THING_CAUGHT = new RegExp(`\\b(?:${CAUGHT_THINGS})\\b (?:got |is |was |are |has been |keeps getting )?(?:caught|stuck|jammed|wedged|trapped) (?:in|under|between|on) (?:the |a |an |our |my )?(?:\\w+ )?(?:doors?|gates?|openers?|tracks?|shutters?)\\b`);

/** A thing (never a person) crushed between two others, or a toy or a ball that touched a line. */
const THING_CRUSHED = new RegExp(`\\b(?:${CAUGHT_THINGS}|pallets?|crates?|parcels?|packages?|cartons?|kites?|balloons?|drones?|frisbees?|shuttlecocks?)\\b (?:got |was |is |has been )?(?:crushed|squashed|pinned|jammed|caught|stuck|wedged) between\\b|\\b(?:kites?|balloons?|drones?|frisbees?|balls?|shuttlecocks?|toys?)\\b (?:\\S+ ){0,2}(?:touched|hit|caught (?:on|in)|tangled (?:on|in)|stuck (?:on|in)) (?:the |a )?(?:power ?lines?|wires?|overhead lines?|cables?)\\b`);

/** Medicine taken the way it is meant to be ("she took her pills this morning", "gave him his meds at 8"). */
const MEDICINE_AS_USUAL = /\b(?:took|taken|takes|take|taking|had|has|gave|given|give)(?: (?:him|her|them))? (?:his|her|their|my|our|the|its) (?:\w+ )?(?:pills?|meds|medicines?|medications?|tablets?|dose|doses|insulin|inhaler|vitamins?|antibiotics?|shot)\b/;

/**
 * A burnt smell from an appliance that cooks ("the toaster has a burnt smell", "the oven smells burnt when it heats"): crumbs or
 * old grease, unless smoke is seen, flames, sparks, melting, the cord or the outlet, or heat where there should be none.
 */
export const COOKING_SMELL = /^(?=.*\b(?:toasters?|toaster ovens?|ovens?|stoves?|cooktops?|hobs?|ranges?|grills?|griddles?|broilers?|air ?fryers?|waffle (?:irons?|makers?)|sandwich (?:makers?|press(?:es)?)|bread makers?|slow cookers?|crock ?pots?|rice cookers?|pans?|pots?)\b)(?=.*\b(?:burn(?:t|ed|ing)? (?:smell|odou?r)|smell\w* (?:\w+ )?(?:burn(?:t|ed|ing)?|like (?:something )?burn\w*)|(?:burn(?:t|ed|ing)|scorch\w*) (?:food|crumbs|grease|oil))\b)(?!.*\b(?:smoke|smoking|smoky|flames?|fire|spark\w*|arc\w*|melt\w*|cords?|plugs?|outlets?|sockets?|wires?|wiring|breakers?|panel|(?:too )?hot to (?:the )?touch|won't (?:turn|switch) off|wont (?:turn|switch) off|can't (?:turn|switch) (?:it )?off|alarms?|gas|rotten|eggs?|sulfur|sulphur|propane|headaches?|dizz\w*)\b)/;

/** A smoke alarm set off by cooking or steam ("set the smoke alarm off making toast"): no fire, and no carbon monoxide. */
const COOKING_ALARM = /\b(?:set|sets|setting|triggered|triggers?|tripped)(?: \S+){0,3} (?:smoke |fire )?(?:alarms?|detectors?)(?: off)?\b(?=.*\b(?:toast|cooking|cooked|frying|searing|bacon|steam|showers?|popcorn|candles?|incense|burnt (?:food|toast|popcorn))\b)(?!.*\b(?:carbon monoxide|co|gas|flames?|on fire)\b)|\b(?:smoke |fire )?(?:alarms?|detectors?)\b(?: \S+){0,3} (?:went off|goes off|going off|keeps? going off|go off|sounded|beeped|beeps|beeping)\b(?=.*\b(?:when|while|whenever|because|from|every time|each time|after|during)\b(?: \S+){0,6} (?:toast\w*|cooking|cooked|cook|frying|fried|searing|bacon|steam|showers?|popcorn|burnt (?:food|toast|popcorn|dinner)|oven|stove|candles?|incense)\b)(?!.*\b(?:carbon monoxide|co|gas|flames?|on fire|nobody|no one)\b)/;

/**
 * What makes a loose, wobbly, rattling or squeaky thing a hazard: water, power, fire, steam or pressure,
 * a fall or something giving way, a person or an animal (hurt, ill, bitten, or where they could be),
 * a vehicle, something overhead or heavy (a door, a window, a lid or a mirror that only rattles is a repair). Only blocks the learned signal; the rules still read the message.
 */
const LOOSE_HAZARD = new RegExp(`\\b(?:${[
  // water, power, fire, steam and pressure
  'water', 'leak\\w*', 'drip\\w*', 'flood\\w*', 'pour\\w*', 'spray\\w*', 'gush\\w*', 'spark\\w*', 'arc\\w*', 'smok\\w*', 'burn\\w*', 'scorch\\w*', 'melt\\w*', 'fire', 'flames?', 'gas', 'propane', 'fumes',
  'smell\\w*', 'hot', 'overheat\\w*', 'steam\\w*', 'boil\\w*', 'scald\\w*', 'pressur\\w*', 'gauges?', 'hiss\\w*', 'explo\\w*', 'bulg\\w*', 'chemical\\w*', 'acid', 'shock\\w*',
  'wires?', 'wiring', 'live', 'electric\\w*', 'power', 'outlets?', 'plugs?', 'sockets?', 'breakers?', 'panels?', 'meters?', 'cables?', 'connections?', 'flicker\\w*', 'buzz\\w*',
  // falling, giving way, heavy or overhead
  'fall\\w*', 'fell', 'collaps\\w*', 'crack\\w*', 'sag\\w*', 'lean\\w*', 'tilt\\w*', 'tipp\\w*', 'toppl\\w*', 'gave way', 'give way', 'giving way', 'pull\\w* (?:out|away|off|loose)',
  'coming (?:out|away|off|down|apart)', 'came (?:off|down|apart)', 'about to', 'any (?:second|minute|moment)', 'heavy', 'overhead', 'above', 'dangl\\w*', 'hang\\w*', 'swing\\w*', 'bang\\w*',
  'roof', 'chimney', 'gutters?', 'bricks?', 'beams?', 'ceiling tiles?', 'scaffold\\w*', 'ladders?', 'rail\\w*', 'stairs?', 'steps', 'balcon\\w*', 'decks?', 'climb\\w*', 'harness\\w*', 'ropes?', 'trees?', 'branch\\w*', 'poles?', 'mast',
  'shel(?:f|ves)', 'racking', 'cribs?', 'cots?', 'blades?', 'shatter\\w*', 'broken glass', 'manholes?', 'grates?', 'hatch\\w*',
  // people and animals hurt, ill or at risk
  'child\\w*', 'kids?', 'baby', 'toddlers?', 'hurt', 'injur\\w*', 'blood', 'bleed\\w*', 'teeth', 'tooth', 'pain\\w*', 'chest', 'breath\\w*', 'dizz\\w*', 'confus\\w*', 'faint\\w*', 'numb\\w*', 'slurr\\w*', 'vomit\\w*', 'stools?', 'seiz\\w*', 'collapse',
  'elderly', 'grand\\w+', 'residents?', 'patients?', 'customers?', 'workers?', 'someone', 'somebody',
  'dogs?', 'puppy', 'cats?', 'kitten', 'pets?', 'horses?', 'pony', 'ponies', 'cows?', 'cattle', 'bulls?', 'sheep', 'goats?', 'pigs?', 'animals?', 'livestock', 'snakes?', 'bees?', 'wasps?',
  // vehicles
  'wheels?', 'lug nuts?', 'brakes?', 'tires?', 'tyres?', 'steering', 'axle', 'car', 'truck', 'boat', 'trailer', 'hitch', 'driving', 'highway', 'freeway', 'motorway',
].join('|')})\\b`);

/** Someone at risk with a thing caught: a person, a pet, a limb, or someone inside. */
const LOOSE_HAZARD_PEOPLE = /\b(?:someone|somebody|people|person|kids?|child\w*|baby|toddlers?|son|daughter|him|her|them|he|she|hands?|arms?|fingers?|legs?|foot|feet|head|hurt|injur\w*|bleed\w*|blood|crush\w*|inside|dogs?|cats?|pets?|puppy)\b/;

/** The benign readings of one normalised message (empty: none). */
export function benignReasons(words: string): string[] {
  const out: string[] = [];
  // Trouble that comes and goes, or only while something is used ("the smell comes and goes", "leaks when flushed"), is no emergency now.
  if (/\bafter (?:every|each) (?:cycle|use|wash|load|flush|run|shower)\b|\bevery (?:cycle|wash|load)\b|\bwhen (?:the|my|our) (?:\w+ )?\w+ (?:kicks? (?:on|in)|turns? on|starts? up|cycles?|comes on|(?:is|are) (?:on|running))\b|\b(?:on|during) (?:the )?(?:spin|rinse|startup|start up)(?: cycle)?\b/.test(words)) out.push('intermittent');
  // Air the wrong temperature ("the AC is blowing warm air"): comfort, or a lost service (HIGH); its emergency (no heat, a baby, minus 10) is the rules' own.
  if (/\b(?:blow\w*|pushing|putting out|giving) (?:out )?(?:only )?(?:warm|hot|cold|cool|lukewarm|room temperature) air\b/.test(words)) out.push('comfort');
  // An outlet that sprays where it should not, outdoors ("the sprinkler head is broken and sprays the sidewalk").
  // Heads named only as heads are the sprinkler's when the yard is named ("two heads on the side yard are spraying the shed").
  if (OUTLET_SPRAY.test(words) || /\b(?:sprinklers?|sprinkler heads?|irrigation|hose ?bibs?|spigots?|outdoor taps?)\b/.test(words) || (/\b(?:heads?|nozzles?|rotors?|emitters?)\b(?: \S+){0,8} (?:sprays?|spraying)\b/.test(words) && OUTDOORS.test(words))) out.push('outdoor outlet');
  // Something fallen onto a garden thing ("it fell on the kids trampoline"), or leaves, needles or pollen a tree sheds: no one at risk now.
  if (/\b(?:fell|fallen|landed|lying|laying|blew|came down|slid|slipped|sliding|slides|dropped|tumbled|toppled|rolled)(?: (?:over|down|off|from)(?: (?:the|a|our|my) \w+)?)? (?:on|onto|into|across) (?:the |my |our |a |their )?(?:kids'? |neighbou?rs'? |back |front |garden |old )?(?:trampoline|fence|hedge|shed|lawn|grass|yard|garden|flower ?beds?|bushes|patio(?: (?:furniture|chairs?|table|umbrella))?|swing ?set|playset|doghouse|compost\w*|planters?|flower ?pots?|(?:garbage |trash |recycling |wheelie )?bins?|bbq|grill|woodpile|mailbox|lawn ?mower)\b/.test(words)) out.push('minor property');
  if (LINE_RUN_OVER.test(words)) out.push('line run over');
  // An instrument that needs tuning ("the piano in room 3 is out of tune"): a job for a tuner, no danger.
  if (/\b(?:out of tune|needs? (?:a )?tun(?:e|ing)(?: up)?|(?:piano|guitar|violin|harp|organ)s? (?:is |are )?(?:flat|sharp))\b/.test(words)) out.push('instrument');
  if (/\b(?:drops?|dropping|sheds?|shedding|dumps?) (?:\w+ )?(?:leaves|needles|pollen|sap|seeds|pods|acorns|berries|debris|twigs)\b/.test(words)) out.push('garden debris');
  // A lamp out ("the hallway light on the 2nd floor is out", "porch light went out"): a bulb or a fixture to fix, no danger; one that sparks,
  // smokes, buzzes or is hot is the rules' own (tri38: the learned signal read "is out" as the power cut of its emergencies).
  if (/\b(?:(?:hallway|hall|porch|stair\w*|ceiling|kitchen|bathroom|garage|street|parking lot|security|exit|emergency|yard) )?(?:lights?|bulbs?|lamps?|fixtures?|light fixtures?)\b(?: \S+){0,6} (?:is |are |went |has gone |have gone |keeps going |just went )?(?:out|off|dead|burnt out|burned out|not working|stopped working|flicker\w*)\b/.test(words) && !/\b(?:spark\w*|smok\w*|burn(?:ing|t smell)|smell\w*|hot|melt\w*|buzz\w*|water|wet|drip\w*|leak\w*|shock\w*|fire|flames?|oxygen|ventilator|stuck|trapped|dark (?:stair|hall)\w*|whole (?:house|building|street|block)|all (?:the|our|my) (?:power|lights))\b/.test(words)) out.push('a light out');
  // Held up by traffic ("stuck in traffic in the fast lane, running late"): no breakdown.
  if (/\b(?:stuck|sitting|held up|caught|crawling) in (?:\w+ )?traffic\b|\btraffic (?:jam|is (?:backed up|crawling|not moving|terrible|bad))\b/.test(words)) out.push('held up in traffic');
  // A child's loose baby tooth ("wiggly baby tooth thats taking forever to come out"): it is meant to come out; an injury or bleeding that will not stop is the rules' own.
  if (/\b(?:baby|milk) (?:tooth|teeth)\b/.test(words) && /\b(?:loose|wiggl\w*|wobbl\w*|come out|coming out|fall(?:ing)? out)\b/.test(words) && !/\b(?:knocked|hit|smashed|broke|bleed\w*|blood\w*|swollen|swelling|abscess\w*|fever|pus)\b/.test(words)) out.push('routine');
  // A damp smell (musty, mildew) is a cleaning or a seal matter, not gas or smoke.
  if (/\b(?:musty|mildew\w*|moldy|mouldy|damp smell|smells damp)\b/.test(words)) out.push('benign smell');
  // A pool or cleaning smell nobody is breathing badly ('the pool is cloudy and smells like chlorine').
  if (/\b(?:smells?|smelling|smelly|reeks?) (?:\w+ )?(?:of |like )?(?:chlorine|bleach|paint|vinegar|cleaning products?|cleaner)\b/.test(words) && !/\b(?:cough\w*|chok\w*|breath\w*|eyes?|throat|dizzy|faint\w*|vomit\w*|headaches?)\b/.test(words)) out.push('benign smell');
  if (/\b(?:comes and goes|come and go|on and off|off and on|(?:every )?now and (?:then|again)|from time to time|every so often|occasionally|sometimes|once in a while|when(?:ever)? (?:i |we |you |it |it's |someone )?(?:flush|flushed|flushes|run|runs|use|used|turn|turned|shower|showers|showered)\b)/.test(words)) out.push('intermittent');
  // Praise ("the new bathroom looks fire"), not a report.
  if (/\b(?:looks?|looking) (?:fire|amazing|great|awesome|fantastic)\b|\b(?:great|good|amazing|fantastic) job\b|\bdid a (?:great|good|fantastic|amazing)\b|\b(?:happy|pleased) with\b|\breview\b|\b(?:great|amazing|awesome|fantastic|brilliant|excellent|epic|killer|best) (?:\w+ )?(?:band|dj|crowd|party|show|class|workout|session|vibes?)\b|\b(?:love|loved|loving|enjoy|enjoyed) (?:the|your|our|this|that|his|her) (?:\w+ )?(?:class|classes|workout|session|lesson|band|dj|show|food|menu|specials|service|crew|team|staff|instructor|coach|trainer|teacher|chef)\b/.test(words)) out.push('feedback');
  // Medicine taken as usual ("she took her pills this morning", "he had his meds at 8"): a routine, unless too many, the wrong ones or a reaction is said.
  if (MEDICINE_AS_USUAL.test(words) && !/\b(?:all|whole|bottle|too many|extra|double|twice|overdose\w*|od|by mistake|by accident|accidentally|wrong|someone else's|somebody else's|(?:her|his|my|their) (?:mom|mum|dad|grand\w+|brother|sister)'?s|rash|swell\w*|breath\w*|dizz\w*|faint\w*|confus\w*|vomit\w*|throw\w* up|unconscious|won't wake|wont wake|drows\w*|sleepy|slurr\w*|reaction|allerg\w*|hives|chok\w*)\b/.test(words)) out.push('routine medicine');
  if (COOKING_SMELL.test(words)) out.push('cooking smell');
  // Pests seen or found, even again and again ("we keep finding scorpions in the kids room"): pest control, not a danger now,
  // unless someone is stung, bitten or ill, or the pests are at the wiring or a fire (QA: the learned signal called it an emergency).
  if (PEST.test(words) && !PEST_HARM.test(words)) out.push('pest sighting');
  if (TOOL_SPARKS.test(words)) out.push('tool sparks');
  // A dashboard warning light, even with a hot smell ("the engine light came on and it smells hot"): a vehicle to check, with no smoke or flames said.
  if (/\b(?:engine|check engine|warning|dash(?:board)?|oil|temp(?:erature)?|battery|service|coolant) lights?\b/.test(words) && !/\b(?:smok\w*|flames?|fire|burning|spark\w*|brakes?|steering|leak\w*|fuel|petrol|gasoline|hurt|injur\w*)\b/.test(words)) out.push('warning light');
  // A light, an outlet or a port simply dead ("a usb outlet is dead", "the porch light stopped working"): a repair, with no sign of heat, sparks or water.
  if (/\b(?:outlets?|sockets?|lights?|lamps?|usb(?: ports?| outlets?)?|ports?|switch(?:es)?|fixtures?|doorbells?)\b(?: \S+){0,3} (?:is |are |has |have |just )?(?:dead|not working|stopped working|quit working|doesn't work|don't work|won't (?:work|turn on|come on)|went out|gone out)\b/.test(words) && !SIGN_OF_HAZARD.test(words) && !/\b(?:flicker\w*|pop\w*|bang\w*|flash\w*|water|wet|damp|leak\w*|breakers?|panel|whole house|every\w*|all the)\b/.test(words)) out.push('dead fitting');
  // Something left behind ("she left her inhaler in the locker room"): lost property, with no one in danger said.
  if (/\b(?:left|forgot|forgotten|dropped|lost)\b(?: (?!(?:the |a |my |our |his |her )?(?:baby|kids?|child|son|daughter|toddler|dog|puppy|cat|pet)\b)\S+){1,6} (?:in|at|by|on) (?:the |your |our |my )?(?:\w+ )?(?:locker ?rooms?|lockers?|lobby|office|front desk|reception|changing rooms?|pool ?deck|studio|gym|classroom|lost and found|bleachers|waiting room)\b/.test(words) && !SIGN_OF_HAZARD.test(words.replace(/\b(?:son|daughter|kids?|child)\b/g, ' '))) out.push('left behind');
  // A thing caught in a door ("the stroller got caught in the elevator door"), with nobody hurt or inside.
  if (THING_CAUGHT.test(words) && !LOOSE_HAZARD_PEOPLE.test(words)) out.push('thing caught');
  // A thing crushed between two others, or a toy touching a line ("the box got crushed between the truck and the dock", "the kite touched
  // the power line and fell in the yard"), with nobody hurt or touching it, and no sparks or fire.
  if (THING_CRUSHED.test(words) && !LOOSE_HAZARD_PEOPLE.test(words.replace(THING_CRUSHED, ' ')) && !/\b(?:spark\w*|smok\w*|fire|flames?|burn\w*|shock\w*|down on|on the ground|lying)\b/.test(words)) out.push('thing caught');
  // A dish machine short of its sanitising heat ("isnt getting hot enough to sanitize and the health inspector is coming"): a
  // repair before the inspection (HIGH by its deadline), not a biohazard (the learned signal, retrained in session 33, called it one).
  if (/\b(?:dish ?machines?|dish ?washers?|glass ?washers?|pot ?washers?|sanitizers?)\b/.test(words) && /\b(?:hot enough|sanitiz\w*|sanitis\w*|rinse temp\w*|temp\w*|heating up|heat up)\b/.test(words) && !/\b(?:smok\w*|spark\w*|fire|flames?|burn\w*|shock\w*|gas|fumes|leak\w*|pour\w*|flood\w*|overflow\w*|hurt|injur\w*|scald\w*)\b/.test(words)) out.push('machine temperature');
  // A lift, stairlift or hoist stopped with nobody on or in it ("my stairlift stopped working, nobody on it"): a repair, the person is not stuck.
  if (/\b(?:stair ?lifts?|chair ?lifts?|lifts?|elevators?|hoists?|platform lifts?)\b/.test(words) && /\b(?:nobody|no one|noone|no-one|none of us) (?:is |was )?(?:on|in) (?:it|them|the \w+)\b|\b(?:empty|unoccupied) (?:when|at the time)\b/.test(words) && !/\b(?:stuck on|trapped|can't get (?:off|out)|cant get (?:off|out)|smok\w*|fire|flames?|burn\w*|spark\w*|fell|fallen|hurt|injur\w*)\b/.test(words)) out.push('nobody on it');
  // A machine's own fluid leaking (oil, hydraulic fluid, coolant): a repair, not water escaping; fuel and fire are the rules' own.
  if (/\b(?:hydraulic (?:fluid|oil)|motor oil|engine oil|oil|coolant|antifreeze|transmission fluid|power steering fluid)\b(?: \S+){0,3} (?:leak\w*|drip\w*|puddl\w*)|\b(?:leak\w*|drip\w*)(?: \S+){0,2} (?:hydraulic (?:fluid|oil)|motor oil|engine oil|oil|coolant|antifreeze|transmission fluid|power steering fluid)\b/.test(words) && !/\b(?:fuel|gas|gasoline|petrol|diesel|propane|smok\w*|fire|flames?|burn\w*|spark\w*|road|highway|driving|slid\w*|slipp\w*|fell)\b/.test(words)) out.push('machine fluid');
  // A door stuck open or shut ("the dock door is stuck open and a truck is waiting"): a repair, time-sensitive maybe, with nobody caught or shut in.
  if (/\b(?:doors?|gates?|shutters?)\b (?:is |are |got |has been |keeps )?(?:stuck|jammed|won't (?:close|open|go (?:up|down))) (?:open|shut|closed|halfway|half open|up|down)\b/.test(words) && !LOOSE_HAZARD_PEOPLE.test(words) && !/\b(?:smoke|fire|flames?|gas|water|flood\w*|cold|freezing|break-?in|intruders?|thie(?:f|ves))\b/.test(words)) out.push('thing stuck');
  // A small leak, or one caught in a container, is routine work (a drip into a bowl is no flood).
  if (/\b(?:a (?:bit|little|touch|drop|few drops) of|a few drops|the odd drop|odd drips?) (?:\w+ )?(?:water|moisture|condensation|liquid)\b|\b(?:slow|small|tiny|little|minor|slight)(?: \S+)? (?:drip|leak)\w*|\b(?:drip|leak)\w* (?:just )?(?:a (?:little|tiny|bit|touch|tad)(?! (?:more|worse|faster))|slightly)\b|\b(?:into|in) (?:a|the) (?:\w+ )?(?:bucket|pan|bowl|tray|container)\b|\b(?:a|the) (?:bucket|bowl|pan|tray|towel) under\b/.test(words)) out.push('minor');
  // What a machine makes is poor ("the ice machine makes cloudy ice", "the jets are weak"): service, not danger.
  if (/\b(?:making|makes|made|produc\w*|turning out|coming out|comes out)(?: \w+)? (?:cloudy|weak|small|soft|watery|bitter|thin|lukewarm|slushy|uneven|hollow|faded|streaky|lumpy|warm) (?:ice|cubes|coffee|espresso|drinks?|water|prints?|copies|bread|loaves|dough|foam|steam)\b|\b(?:jets?|spray|stream|pressure|suction|flow)(?: \w+){0,2} (?:is|are|feels?|feel|seems?|seem) (?:a bit |kind of |really |very |so )?(?:weak|low|lame|poor)\b/.test(words)) out.push('quality');
  // The visitor's own judgement that it is normal or nothing serious ("which I think is normal", "probably nothing").
  if (/\b(?:i think|i guess|i assume|i believe|pretty sure|probably|seems?|looks?|apparently)(?: that)?(?: (?:it's|its|it is|that's|thats|that is|this is|is|it))? (?:normal|fine|harmless|nothing (?:serious|major|to worry about)|not (?:a big deal|serious|urgent)|ok|okay)\b/.test(words)) out.push('judged normal');
  // An event earlier that everyone came out of fine ("got into a scrap with another dog yesterday, both fine").
  if (/\b(?:yesterday|last night|earlier today|this morning|the other day|over the weekend)\b/.test(words) && /\b(?:both|all|everyone|everybody|they|they're|he|he's|she|she's|we|we're)(?: (?!not\b|isn't\b|aren't\b|never\b)\w+){0,2} (?:fine|ok|okay|alright|unhurt|uninjured)\b|\b(?:fine|ok|okay|all good|sorted) now\b/.test(words)) out.push('resolved');
  if (HARMLESS_SMOKE.test(words) && !/\b(?:flames?|on fire|caught|spreading|burning (?:down|up))\b/.test(words)) out.push('harmless smoke');
  if (COOKING_ALARM.test(words)) out.push('cooking alarm');
  // An alarm set off by a drill or a test, or a car parked in the way: no danger (QA: the learned signal called both emergencies).
  if (/\b(?:alarms?|detectors?|sirens?)\b(?=.*\b(?:drill|fire drill|test|tests|testing|tested|being tested)\b)/.test(words) && !/\b(?:smok\w*|flames?|fire (?:in|on)|smell\w*|burning|real|not a (?:drill|test))\b/.test(words)) out.push('alarm test');
  // An alarm that is a nuisance (a car or burglar alarm, one too sensitive or false, a pet scared of its beep) with no sign of what it warns of.
  if (/\b(?:alarms?|detectors?|beep\w*|siren)\b/.test(words) && /\b(?:car|burglar|security|intruder|motion|house|shop|store) alarms?\b|\btoo sensitive\b|\bfalse(?:ly)?[- ]?alarm\w*|\bfor no (?:reason|apparent reason)\b|\bannoying\b|\bnuisance\b|\b(?:scared|afraid|frightened|terrified) of\b|\bkeeps? (?:us|me|the (?:baby|kids?|dog)) (?:up|awake)\b|\b(?:goes|go|went|going) off (?:with|from|over) (?:the )?(?:toast|steam|cooking|showers?|dust|bugs?|spiders?|wind)\b/.test(words) && !/\b(?:smok\w*|fire|flames?|smell\w*|burning|gas|carbon monoxide|co|fumes|headaches?|dizzy|sick|nause\w*|vomit\w*|faint\w*|broken|smashed|forced|open|inside|intruder in|someone in|heat)\b/.test(words.replace(/\b(?:smoke|fire|heat|co|carbon monoxide|gas) (?=alarms?\b|detectors?\b)/g, ''))) out.push('nuisance alarm');
  // A vehicle only damaged or out of true (a dent, a pothole, it pulls left), nobody hurt and nothing failing.
  if (/\b(?:dent\w*|scratch\w*|scuff\w*|pulls? (?:to the )?(?:left|right)|alignment|potholes?|fender bender|bumper)\b/.test(words) && !SIGN_OF_HAZARD.test(words) && !/\b(?:brakes? (?:failed|gone|out|not)|steering (?:locked|gone|failed)|leak\w*|smok\w*|fuel|petrol|gasoline)\b/.test(words)) out.push('vehicle damage');
  // Love and laughter said with a fall ("the kids fell in love with the new playground").
  if (/\b(?:fell|fallen|falling|fall) (?:head over heels )?(?:in love|for (?:it|the|this|that|them|him|her))\b/.test(words)) out.push('figure of speech');
  if (/\b(?:parked|parking|blocking|blocked|blocks)\b(?: \S+){0,6} (?:driveway|drive|garage|entrance|spot|space|gate|road)\b/.test(words) && !SIGN_OF_HAZARD.test(words)) out.push('parking');
  // A bulb or a lamp gone out ("the projector bulb is out"): a part to replace, with no sign of burning.
  if (/\b(?:bulbs?|lamps?|globes?|tubes?)\b(?: \S+){0,2} (?:is |are |has |have |just )?(?:out|blown|burnt out|burned out|gone|dead|died)\b/.test(words) && !/\b(?:smok\w*|spark\w*|burning|melt\w*|flames?|fire|pop\w*|bang\w*)\b/.test(words)) out.push('bulb out');
  // A machine that switches itself off when it runs hot ("the dryer keeps shutting off from overheating"): its safety cut-out working, a service call.
  if (/\b(?:shut\w*|turn\w*|cut\w*|switch\w*|trip\w*) (?:itself |themselves )?(?:off|out) (?:from|due to|because of|when it) (?:the )?(?:overheat\w*|gets? (?:too )?hot|heat)\b|\bthermal (?:fuse|cut-?out|overload) (?:blew|blown|tripped|trips|keeps)\b/.test(words)) out.push('safety cut-out');
  // Something only loose, wobbly, rattling or squeaky ("the kitchen tap wobbles", "ceiling fan wobbles on high"): a repair, unless it is a hazard.
  if (/\b(?:wobbl\w*|loose|rattl\w*|squeak\w*|wiggl\w*|rickety)\b/.test(words) && !LOOSE_HAZARD.test(words)) out.push('loose');
  // A small injury ("scraped his knee on the bounce house", "a tiny cut from the clippers"): first aid, unless something makes it serious (the rules read those too).
  if (/\b(?:scraped|grazed|skinned|scuffed|stubbed|nicked) (?:his |her |my |their |a |the )?(?:\w+ )?(?:knees?|elbows?|shins?|toes?|fingers?|hands?|arms?|legs?|knuckles?|palms?)\b|\b(?:small|little|tiny|minor|paper|shallow) (?:cut|scratch|scrape|graze|bruise|nick|bump|splinter|blister)s?\b|\bsplinters?\b/.test(words) && !/\b(?:deep|gaping|stitches|bone|(?:won't|wont|can't|cant|will not|doesn't|does not) stop|a lot|lots of|pouring|spurt\w*|gush\w*|unconscious|passed out|out cold|confus\w*|vomit\w*|throw\w* up|dizz\w*|faint\w*|swell\w*|swollen|breath\w*|allerg\w*|rusty|bit|bitten|bite|snake|infect\w*|fever|pus|streaks?|head|eyes?|neck)\b/.test(words)) out.push('minor injury');
  // The colour or clarity of pool, spa or pond water ("the water is going green"): a water treatment, not water escaping.
  if (/\b(?:water|pool|spa|hot tub|pond|fountain)\b(?: \S+){0,3} (?:is |are |has )?(?:going|turning|turned|gone|went|getting|looks?|looking|is|are) (?:a bit |kind of |really |very |all )?(?:green|cloudy|murky|milky|hazy|foamy|swampy|yellow)\b|\balgae\b/.test(words) && !/\b(?:leak\w*|overflow\w*|flood\w*|pour\w*|gush\w*|spray\w*|burst\w*|escap\w*|coming (?:in|through|out|up)|ceiling|basement|electric\w*|outlets?|wires?|shock\w*|fumes|cough\w*|chok\w*|breath\w*|drown\w*|someone|kids?|child\w*|fell|fallen)\b/.test(words)) out.push('water quality');
  // Snowed or iced in, the way out blocked: getting out is time-sensitive (HIGH, triage.ts's HIGH_CUES), no one is in danger unless a hazard is named (the rules' own: no heat, cut off from care).
  if (/\b(?:snowed|iced|drifted|plowed|ploughed) in\b|\b(?:driveway|drive|road|lane|path|walkway|sidewalk|steps|car|truck)\b(?: \S+){0,3} (?:is |are |got )?(?:completely |totally )?(?:snowed|iced|buried|blocked|drifted) (?:in|over|under|up)?\b/.test(words) && !/\b(?:heat\w*|furnace|boiler|power|electricity|generator|cold (?:inside|in here|in the house)|freezing (?:inside|in here|in the house)|oxygen|dialysis|insulin|labou?r|contractions|hurt|injur\w*|fell|fallen|bleed\w*|chest|breath\w*|ambulance|911|roof|sag\w*|collaps\w*|creak\w*|gas|fumes|carbon monoxide|co alarm|exhaust|smell\w*|baby|newborn|elderly)\b/.test(words)) out.push('snowed in');
  // Wear and looks: a seal, a sweep or a screen torn or worn, grout or caulk gone dark, cabinet doors off their hinges, a stump
  // sprouting. A repair (QA: the learned signal called a torn door sweep and black grout emergencies), unless a hazard is named.
  if (WEAR.test(words) && !SIGN_OF_HAZARD.test(words)) out.push('wear');
  // An appliance that only died ("the dryer finally gave up, it won't turn on"), with no smoke, sparks, smell, heat or water.
  if (APPLIANCE_DEAD.test(words) && !SIGN_OF_HAZARD.test(words)) out.push('appliance dead');
  // An outlet or a switch only loose ("the plug keeps falling out of it"), with no sign of heat or arcing.
  if (/\b(?:outlets?|sockets?|plugs?|switch(?:es)?|switch plates?|cover plates?|face ?plates?|receptacles?)\b(?: \S+){0,4} (?:is |are |feels? )?(?:loose|wobbly|falling out|falls out|keeps? falling out|pulling out of the wall|hanging out)\b/.test(words) && !/\b(?:smok\w*|spark\w*|arc\w*|burn(?:ing|t|ed)|scorch\w*|melt\w*|fire|flames?|hot|warm|overheat\w*|smell\w*|stink\w*|odou?r|buzz\w*|crackl\w*|hum\w*|shock\w*|zap\w*|live|exposed|black|brown|charred|flicker\w*|water|wet|child\w*|kids?|baby|toddlers?)\b/.test(words)) out.push('loose outlet');
  // "the alarm on the fridge keeps beeping, also im sick with the flu": an appliance's own alarm (a door left open, a temperature), no gas or fumes.
  if (/\b(?:fridge|freezer|refrigerator|oven|microwave|dishwasher|washer|washing machine|phone|watch|clock|timer|car)(?:'s)? (?:alarm|beep\w*)|\balarm (?:on|of|in) (?:the|my|our) (?:fridge|freezer|refrigerator|oven|microwave|dishwasher|washer|washing machine|phone|watch|car)\b/.test(words) && !/\b(?:gas|co|carbon monoxide|monoxide|fumes|exhaust|smoke|smok\w*|burn\w*|propane|generator|furnace|boiler|heater)\b/.test(words)) out.push('appliance alarm');
  // A nuisance animal in the loft, the walls or the roof, heard or leaving droppings ("a squirrel keeps getting into the loft, I
  // can hear it in the mornings"): removal work to book (NORMAL), unless it is in the living space, at someone, or a danger itself
  // (a snake, a stinging swarm, a bite, chewed wiring, the roof itself damaged) (QA: the learned signal called the squirrel in the loft an emergency).
  if (((NUISANCE_ANIMAL.test(words) && HIDDEN_SPACE.test(words)) || ((NUISANCE_ANIMAL.test(words) || UNSEEN_ANIMAL.test(words)) && ANIMAL_SIGN.test(words))) && !ANIMAL_DANGER.test(words)) out.push('nuisance animal');
  // Water outdoors that reaches nothing ("the AC unit drips onto the patio when it runs"): condensate, a service call.
  if (/\b(?:drip\w*|leak\w*|water)\b(?: \S+){0,4} (?:onto|on|into|across|over) (?:the |my |our )?(?:patio|deck|lawn|grass|driveway|yard|garden|sidewalk|pavement|gravel|flower ?beds?|ground outside|concrete pad)\b/.test(words) && !/\b(?:inside|indoors|basement|ceiling|walls?|floors?|carpet|house|foundation|window wells?|crawl ?space|pour\w*|gush\w*|spray\w*|flood\w*|burst\w*|won't stop|wont stop|spark\w*|smok\w*|burn\w*|shock\w*|panel|breakers?|wires?|outlets?|meter)\b/.test(words)) out.push('outdoor water');
  // A tap, a faucet or a shower head that drips ("the kitchen tap drips constantly"): a washer or a cartridge, routine work.
  if (/\b(?:taps?|faucets?|shower ?heads?|spigots?|hose bibs?|mixers?)\b(?: \S+){0,2} (?:drips?|dripping|is dripping|keeps? dripping|has a drip)\b/.test(words) && !/\b(?:ceiling|walls?|floors?|carpet|basement|light|fixture|panel|outlets?|wires?|won'?t (?:turn|shut) off|can'?t (?:turn|shut) (?:it )?off|running full|pour\w*|gush\w*|spray\w*|flood\w*|burst\w*)\b/.test(words)) out.push('tap drip');
  // A machine that is a toy, a coin-op or a fixture, or one that only stalls, misbehaving with nothing and nobody caught in it ("the claw
  // machine keeps eating tokens", "the car wash conveyor keeps stopping", "the cat flap is stuck shut and the cat can't get in"): a repair.
  if (MACHINE_FAULT.test(words) && !SIGN_OF_HAZARD.test(words.replace(PET_OUTSIDE, ' ').replace(/\barcades?\b/g, ' ')) && !SOMETHING_CAUGHT.test(words)) out.push('machine fault');
  // Neighbours heard through the ceiling or the wall ("i can hear people upstairs stomping all night, its the neighbours"): a noise
  // complaint for the landlord, not an intruder, unless a break-in, a stranger, a cry for help or violence is said.
  if (/\b(?:stomp\w*|loud|noise|noisy|music|party|partying|footsteps|thumping|banging)\b/.test(words) && /\b(?:neighbou?rs?|next door|(?:upstairs|downstairs) (?:unit|tenants?|people|flat|apartment)|all night|every night|every weekend)\b/.test(words) && !/\b(?:alarm|intru\w*|broke|break\w*|burglar\w*|stranger|don't know (?:who|them)|dont know (?:who|them)|nobody(?:'s| is)? home|no one(?:'s| is)? home|alone|screams?|screaming|cry\w* for help|help me|hitting|beating|fight\w*|gun\w*|knife|smoke|fire|water|gas)\b/.test(words)) out.push('neighbour noise');
  // A noise only ("the elevator makes a clunk when it stops", "the water heater makes a popping noise when it heats up"): a service call, unless a hazard or a drop is named.
  if (/\b(?:makes?|making|made|there's|theres|there is|hear|hearing) (?:a |an |this |some |weird |strange |loud |funny |odd |little |big )*(?:clunk|clank|thud|knock|grind|grinding|squeal|whine|whining|click|clicking|tick|ticking|thump|thumping|groan|groaning|whir+|whirring|rumble|rumbling|hum|humming|pop|popping|tapping|rattle|rattling|gurgle|gurgling)s?(?:ing)?\b/.test(words) && !SIGN_OF_HAZARD.test(words) && !/\b(?:drop\w*|jerk\w*|shak\w*|stuck|trapped|lurch\w*|brakes?|steering|wheels?)\b/.test(words)) out.push('noise');
  // A mild discomfort that lasts or comes with a routine ("my eyes feel dry and gritty at the computer all day", "my knee is stiff in the
  // mornings"): a visit to book, unless something sudden, severe or a sign of injury, infection or a stroke is said (QA: the learned
  // signal called dry, gritty eyes an emergency at an eye clinic).
  if (MILD_DISCOMFORT.test(words) && LASTING.test(words) && !ACUTE_SIGN.test(words)) out.push('lasting discomfort');
  if (INTO_ITS_CATCH.test(words)) out.push('caught as meant');
  // Someone said to be all right ("my kid fell off the wall but he is ok, just scared"): whatever happened left no one hurt now.
  if (SAID_UNHURT.test(words)) out.push('said to be all right');
  return out;
}

/** A mild discomfort of the body: dry, itchy, gritty, tired, stiff or achy. */
const MILD_DISCOMFORT = /\b(?:eyes?|skin|scalp|lips?|throat|mouth|nose|ears?|knees?|back|neck|shoulders?|hips?|wrists?|ankles?|feet|foot|legs?|joints?|muscles?|gums?|teeth|tooth|hands?)\b(?: \S+){0,3} (?:is |are |feels? |feeling |get |gets |getting |go |goes |going |been |always |so |really |very |a bit |kind of |kinda |quite |pretty )*(?:dry|itchy|itching|gritty|scratchy|tired|stiff|achy|aching|sensitive|irritated|watery|puffy|flaky|creaky|sore)\b/;
/** Said to last or to come with a routine: all day, for weeks, lately, every morning, at the screen. */
const LASTING = /\b(?:all (?:day|the time|week|winter|summer)|every (?:day|morning|night|evening|time)|(?:for|over) (?:a few |several |the past |the last |a couple of |a |two |three |\d+ )?(?:days|weeks?|months?|years?|a while)|lately|recently|these days|in the (?:mornings?|evenings?)|by the end of the day|at (?:the |my )?(?:computer|screen|desk|laptop|work)|(?:on|after) (?:the |my )?(?:screens?|computer|laptop|phone)|always|chronic\w*|on and off|keeps? (?:being|getting|feeling))\b/;
/** What makes a discomfort urgent: sudden, severe, an injury, an infection, a change in sight, a sign of a stroke or a reaction. */
const ACUTE_SIGN = /\b(?:sudden\w*|severe\w*|excruciating|unbearable|worst|agony|bleed\w*|blood\w*|swell\w*|swollen|pus|fever\w*|chemical\w*|bleach|splash\w*|something in|stuck in|scratch(?:ed)? (?:my|his|her|the) eyes?|hit|injur\w*|lost (?:my |his |her )?(?:vision|sight)|can't see|cant see|cannot see|blind\w*|flash\w*|floaters?|curtain|shadow|double vision|droop\w*|numb\w*|slurr\w*|breath\w*|chest|faint\w*|dizz\w*|vomit\w*|rash|hives|allerg\w*|stung|bitten|burn\w*|broken|fractur\w*|fell|fall)\b/;

/** Out in the yard, where a sprinkler waters. */
const OUTDOORS = /\b(?:yard|lawn|garden|flower ?beds?|beds|shed|fence|sidewalk|pavement|driveway|patio|grass|turf|hedges?|shrubs?|street)\b/;

/** Animals that get into roofs and walls and are removed as routine work. */
const NUISANCE_ANIMAL = /\b(?:wasps?|bees|hornets?|yellow ?jackets?|(?:wasp|bee|hornet|yellow ?jacket)s? nests?|squirrels?|mice|mouse|rats?|rodents?|raccoons?|racoons?|possums?|opossums?|birds?|pigeons?|starlings?|sparrows?|bats?|chipmunks?|martens?|skunks?|groundhogs?|woodpeckers?)\b/;
/** An animal not yet seen, only heard or guessed at ("something scratching in the wall"). */
const UNSEEN_ANIMAL = /\b(?:critters?|animals?|something)\b/;
/** Where they live out of sight: the loft, the walls, the roof, the eaves. */
const HIDDEN_SPACE = /\b(?:lofts?|attics?|roof ?space|roof|walls?|wall cavity|ceiling (?:space|void)|in the ceiling|above the ceiling|eaves|soffits?|fascia|chimney|crawl ?space|under the (?:deck|porch|shed|house)|garage|shed|vents?|gutters?|insulation)\b/;
/** How they are noticed: heard, or what they leave. */
const ANIMAL_SIGN = /\b(?:hear|heard|hearing|scratch(?:ing|es)|scurry\w*|scampering|running around|droppings|poop|nest\w*|chew(?:ed|ing)? (?:through|on|the (?:insulation|vent|soffit|fascia|wood))|getting (?:in|into)|gets (?:in|into)|coming (?:in|into) the (?:loft|attic|roof))\b/;
/** What makes an animal a danger now: in the living space, at someone, a snake, a swarm or a sting, a bite, a sick animal, chewed wiring (a wasp nest in the loft is removal work). */
const ANIMAL_DANGER = /\b(?:snakes?|rattle\w*|cobras?|vipers?|swarm\w*|stung|sting\w*|bit|bitten|bites?|biting|attack\w*|scratched (?:me|him|her|us|my|the (?:baby|kid|child))|lunging|foam\w*|stumbl\w*|staggering|circles|rabi\w*|bedrooms?|nursery|crib|cot|living room|lounge|kitchen|bathroom|dining room|family room|kids room|(?:in|on) (?:the |my |our )?(?:bed|couch|sofa)|baby|toddler|child\b|children|kids? (?:room|bedroom)|sleeping|sparks?|sparking|smok\w*|burn\w*|wires? (?:are |is )?(?:exposed|sparking|chewed)|chewed (?:through )?(?:the )?(?:wires?|wiring|cables?)|gas|fire|flames?|trapped (?:in|inside) (?:the )?(?:house|room)|inside the house|in the house|loose in|storm|ripped|torn|blew (?:off|in|down)|collaps\w*|caved?|fell|fallen|trees?|flood\w*|leak\w*|pour\w*|water)\b/;

/** Machines people play, pay or pass through, and any machine that only stalls, with the fault they have (eats coins, keeps stopping, stuck shut). */
const MACHINE_FAULT = new RegExp(`\\b(?:claw (?:machines?|games?)|crane games?|arcade (?:machines?|games?|cabinets?)|pinball(?: machines?)?|slot machines?|vending machines?|snack machines?|change machines?|token machines?|coin (?:machines?|changers?)|ticket (?:machines?|dispensers?|redemption)|photo ?booths?|jukebox(?:es)?|kiddie rides?|coin[- ]op\\w*|car ?wash(?:es)?|conveyors?|conveyor belts?|turnstiles?|parking (?:meters?|machines?|barriers?)|pay (?:stations?|machines?)|(?:cat|dog|pet|doggy) (?:flaps?|doors?)|bubble machines?|fog machines?|popcorn machines?|cotton candy machines?|slushie machines?|ice machines?)\\b(?: \\S+){0,4} (?:keeps? (?:stopping|stalling|jamming|sticking|eating|taking|swallowing|cutting out|freezing)|(?:ate|eats|eating|took|takes|taking|swallowed|swallows|swallowing|kept|keeps) (?:my |our |the |all (?:my |our |the )?)?(?:tokens|coins|quarters|money|cash|change|cards?|tickets|bills|dollars?)|(?:is |are |got |has been )?(?:stuck|jammed) (?:shut|open|closed|halfway)|(?:won't|wont|will not|doesn't|does not|isn't|is not) (?:start|work|open|close|dispense|pay out|give (?:change|tickets|prizes)|take (?:coins|cards|tokens|money|bills)|accept \\w+|move|run|grab|pick (?:anything|up))|(?:stopped|stops|stalls|stalled|jams|jammed|froze)(?: (?:working|moving|running|halfway|again|randomly|every \\w+))?)\\b`);
/** A pet shut out by its flap or door ("the cat can't get in"): not caught, only waiting outside. */
const PET_OUTSIDE = /\b(?:cats?|dogs?|pets?|kitten|kitty|puppy)\b(?: \S+){0,2} (?:can't|cant|cannot|can not|couldn't|won't|wont) (?:get|come) (?:in|back in|inside|out)\b|\b(?:cat|dog|pet|doggy) (?:flaps?|doors?)\b|\bits cold out\b|\bit's cold out\b/g;
/** Someone or something alive caught, pulled in or shut inside a machine. */
const SOMETHING_CAUGHT = /\b(?:caught|trapped|pinned|crush\w*|pulled in|sucked in|dragged|wedged|stuck (?:in|inside|under|between)|(?:is|are|was) inside|hurt|injur\w*|bleed\w*|blood|scream\w*|someone|somebody|kids? (?:in|inside|on)|child (?:in|inside|on)|arm|hand|fingers?|legs?|foot|hair|sleeve)\b/;

/**
 * Water going where it is meant to be caught ("the skimmer is overflowing into the sump", "the condensate drips into the drip tray",
 * "the ice machine overflows into the floor drain"): a machine at work or a repair, no water loose, unless it is said to spread, back
 * up or beat the catch, or the pump that empties the catch has failed.
 */
export const INTO_ITS_CATCH = /^(?!.*\b(?:everywhere|all over|onto the floor|across the floor|flood\w*|fill(?:ing|s|ed) (?:up|with)|rising|spreading|basement is|soak\w*|standing water|inch(?:es)? (?:of|deep)|over the (?:edge|top|rim|side)|backing up|backed up|spilling (?:out|over)|pooling|can't keep up|cant keep up|faster than|ceiling|(?:pump|pumps)(?: \S+){0,2} (?:died|dead|failed|quit|stopped|not (?:working|running)|isn't|won't|wont)|(?:sump|pit|tray|pan|bucket|drain|tank|basin)s? (?:is |are )?(?:full|nearly full|almost full|overflowing|backing up))\b).*\b(?:overflow\w*|drain\w*|drip\w*|spill\w*|runs?|running|empt\w*|discharg\w*|dump\w*|goes|going|flow\w*) (?:(?:back|straight|right|down|out) )?(?:into|in|to) (?:the |its |a |their |our |my )?(?:\w+ )?(?:sump(?! pit)|drip (?:tray|pan)|drain ?pan|overflow (?:pan|tray|tank|box|bottle|pipe)|catch (?:pan|tray|basin|can)|condensate (?:pan|tray|pump)|collection (?:tank|tray|bottle)|bucket|floor drain)s?\b/;

/** Pests people find in a home or a business (Spanish names included). */
const PEST = /\b(?:scorpions?|spiders?|black widows?|brown recluses?|tarantulas?|roach\w*|cockroach\w*|ants|termites?|bed ?bugs?|fleas?|ticks?|silverfish|centipedes?|millipedes?|earwigs?|mice|mouse(?! (?:moves?|moving|pointer|cursor|buttons?|pads?|clicks?|clicking|wheel|is moving))|rats?|rodents?|moths?|crickets?|beetles?|weevils?|lice|mites?|gnats?|fruit flies|alacran\w*|escorpion\w*|aranas?|cucarachas?|ratas?|ratones?|hormigas?|chinches?|pulgas?|termitas?)\b/;
/** What makes pests a danger now: a sting, a bite or a reaction, something swallowed, or the pests at the wiring, the gas or a fire. */
const PEST_HARM = /\b(?:stung|stings?|stinging|bit|bitten|bites?|biting|attack\w*|swarm\w*|swell\w*|swollen|puff\w*|hives|breath\w*|wheez\w*|dizz\w*|faint\w*|vomit\w*|throw\w* up|numb\w*|drool\w*|fever\w*|allerg\w*|rash|hurt|blood|bleed\w*|pain|sick|ate|eaten|swallow\w*|poison\w*|smok\w*|spark\w*|fire|flames?|burn\w*|wires?|wiring|gas|leak\w*|flood\w*|pour\w*|pic\w*|mordi\w*|hinch\w*)\b/;
/**
 * Sparks from a tool made to throw them ("the tuning grinder throws sparks", "sparks off the welder"): the tool at work, not
 * failing wiring, unless its cord, plug or motor is what sparks, or there is smoke, fire or burning.
 */
export const TOOL_SPARKS = /^(?=.*\b(?:grinders?|grinding (?:wheels?|stones?)|sharpen\w*|welders?|welding|cut-?off (?:saws?|wheels?)|chop saws?|plasma cutters?|cutting torch\w*|flints?|sparklers?|fireworks?)\b)(?=.*\bspark\w*)(?!.*\b(?:cords?|plugs?|outlets?|sockets?|wires?|wiring|panel|breakers?|switch\w*|motor|batter\w*|smok\w*|fire|flames?|burn\w*|melt\w*|caught|catch\w*|alight|ignit\w*|lit|insulation|sawdust|rags?|hurt|eyes?|face|hand|arm|shock\w*)\b)/;

/** What would make wear or a dead appliance a hazard: fire, power, gas, water escaping, a person or an animal at risk, something falling. */
const SIGN_OF_HAZARD = /\b(?:smok\w*|spark\w*|arc\w*|burn(?:ing|t|ed)|scorch\w*|melt\w*|fire|flames?|hot|overheat\w*|smell\w*|stink\w*|odou?r|fumes|gas|propane|hiss\w*|buzz\w*|crackl\w*|shock\w*|zap\w*|live|exposed|wires?|pour\w*|gush\w*|spray\w*|flood\w*|everywhere|all over|sewage|bleed\w*|blood|hurt|injur\w*|fell|fall\w*|collaps\w*|caved?|sag\w*|child\w*|kids?|baby|toddlers?|dogs?|cats?|pets?|elderly|breath\w*|trapped|stuck inside|locked in|mould all over|black mou?ld (?:everywhere|spreading)|cough\w*|asthma)\b/;
/** Worn, torn or discoloured parts, doors off their hinges, a stump or roots growing back. */
const WEAR = /\b(?:seals?|gaskets?|sweeps?|door sweeps?|weather ?strip\w*|draft excluders?|draught excluders?|thresholds?|screens?|flaps?|rubber|mesh|trim|caulk\w*|grout|silicone|sealant|grommets?|boots?|bellows|paint(?:work)?|varnish|wallpaper|stain|finish|veneer|laminate|siding|render|stucco|carpets?|rugs?|runners?|flooring|stair treads?|treads?|upholstery|fabric)\b(?: \S+){0,7} (?:is |are |has |have |got |gone |went |looks? |getting )*(?:torn|ripped|threadbare|worn(?: out| through| down| thin)?|peeling(?: off)?|perished|frayed|split|cracked|crumbling|coming (?:off|away|loose)|falling off|missing|(?:gone |turned |turning |going |all )?(?:black|dark|brown|grey|gray|yellow|pink|orange|discolou?red|mou?ldy|stained))\b|\b(?:black|dark|mou?ldy|discolou?red) (?:stuff |spots |marks |bits )?(?:in|on|along) (?:the |my |our )?(?:grout|caulk\w*|silicone|sealant|seals?)\b|\b(?:cabinet|cupboard|wardrobe|closet|vanity|drawer|kitchen|pantry|medicine cabinet)(?: \w+)? (?:doors?|drawers?|fronts?)\b(?: \S+){0,4} (?:is |are )?(?:hanging|sagging|falling|coming|off|crooked|out of line|misaligned|drooping)\b|\b(?:stumps?|roots?|suckers?|saplings?|weeds?|ivy|bamboo|shoots)\b(?: \S+){0,4} (?:is |are |keeps? )?(?:sprout\w*|growing(?: back)?|grew back|regrow\w*|coming back|spreading|popping up|shooting up)\b/;
/** An appliance that has simply stopped. */
const APPLIANCE_DEAD = /\b(?:dryers?|washers?|washing machines?|dishwashers?|microwaves?|toasters?|kettles?|blenders?|mixers?|coffee (?:maker|machine)s?|vacuums?|hoovers?|mowers?|lawn ?mowers?|tvs?|televisions?|printers?|treadmills?|garage door openers?|openers?|ice makers?|disposals?|garbage disposals?|dehumidifiers?|humidifiers?|fans?)\b(?: \S+){0,4} (?:finally |just |has |have |is |completely |totally )*(?:gave (?:up|out)|given up|died|dead|quit|packed (?:up|in)|conked out|kicked the bucket|bit the dust|stopped working|broke down|(?:won't|wont|will not|doesn't|does not) (?:turn|switch|power|start|come) (?:on|up))\b/;

/**
 * A standing condition told, with nothing happening to anyone now: with a question ("do your muffins have nuts, my son is allergic")
 * it says why one asks (QA tri40: the learned signal read the allergy as a reaction). "he ate one and his lips are swelling", "wasps in
 * the car and my dad is allergic", "hasn't answered since yesterday, he's diabetic" are not (triage.ts reads it with the question).
 */
export function conditionTold(words: string): boolean {
  return CONDITION_TOLD.test(words) && !CONDITION_FLARING.test(words);
}
/** A condition someone lives with, told as who they are: allergic, diabetic, asthmatic, epileptic. */
const CONDITION_TOLD = /\b(?:is|are|am|i'm|im|he's|she's|hes|shes|they're|been) (?:severely |very |really |deathly |super |highly )?(?:allergic|diabetic|epileptic|asthmatic|celiac|coeliac|(?:lactose|gluten) intolerant)\b|\b(?:has|have|with) (?:a |an )?(?:severe |bad |serious |life threatening )?(?:\w+ )?(?:allerg(?:y|ies)|asthma|diabetes|epilepsy|celiac|coeliac|intolerance)\b/;
/** The condition acting now: a reaction, something eaten, a sign in the body. */
const CONDITION_FLARING = /\b(?:reaction|reacting|swell\w*|swollen|hives|breath\w*|wheez\w*|vomit\w*|throw\w* up|threw up|ate|eaten|eating|drank|had some|bit into|epi ?pen|inhaler|collaps\w*|pass\w* out|seiz\w*|shak\w*|unconscious|faint\w*|rash|itch\w*|throat|lips?|tongue|dizzy|confused|sugar|glucose|blue|pale|attack|stung|sting\w*|bees?|wasps?|hornets?|answer\w*|reach\w*|driving|alone|found)\b/;
/** Someone said to be all right now, with no "but" after it. */
const SAID_UNHURT = /\b(?:he|she|they|we|i|everyone|everybody|(?:the|my|our) (?:\w+ )?(?:kids?|son|daughter|boy|girl|child|children|husband|wife|dog|horse|pony|rider))(?:'s|'re|s| is| are| am| seems?| looks?| feels?)? (?:totally |completely |perfectly |just |all |absolutely )?(?:fine|ok|okay|alright|all right|unhurt|not hurt|uninjured)\b(?!.*\b(?:but|except|although|though|however)\b)/;
