import type { HazardRule } from './triage-hazards.js';

// The phrase parts the composed hazards (triage-compose.ts) are built from: what a thing is (water, sewage,
// fuel, a gas-fired appliance, something heavy...) and how it behaves now (escaping, rupturing, about to fall).
// Stems tolerate common misspellings the shared reader cannot know ("sulfer").

export const any = (...parts: string[]) => `(?:${parts.join('|')})`;
/** Up to n words in between. */
export const gap = (n: number) => `(?:\\s+\\S+){0,${n}}\\s+`;
/** a near b, in either order. */
export const near = (a: string, b: string, n: number) => `(?:${a}${gap(n)}${b}|${b}${gap(n)}${a})`;
export const rule = (hazard: HazardRule['hazard'], severity: number, label: string, body: string, extra: Partial<HazardRule> = {}): HazardRule => {
  const pattern = new RegExp(body);
  return { hazard, severity, label, test: (c) => pattern.exec(c), spansClauses: !extra.wholeMessage, ...extra };
};

/** Directions of escape: out of something, into or across a place, everywhere. */
const DIRECTION = any('out(?! (?:of )?(?:the |a )?drains?\\b)', 'in', 'into', 'through', 'thru', 'across', 'over', 'down(?! (?:the |a )?drains?\\b)', 'up', 'under', 'from under', 'everywhere', 'all over', 'onto');
/** Escaping and active now: the verbs are shared by every agent below. */
export const ESCAPING = any(
  'pour\\w*', 'gush\\w*', 'spray\\w*', 'spurt\\w*', 'squirt\\w*', 'shoot\\w*', 'stream\\w*', 'dump\\w*', 'spew\\w*', 'flood\\w*', 'cascad\\w*',
  `(?:running|pouring|coming|comes|leaking|seeping|flowing|spreading|spilling|bubbling|welling|pushing|rushing) ${DIRECTION}`,
  // "runs in the toilet" is a running toilet, not water coming in.
  '(?:coming|comes|pouring|leaking|seeping|flowing|rushing) in', 'back(?:ing|ed|s)? (?:up|into|in)\\b', 'going (?:everywhere|all over|into|under|across)', 'everywhere', 'all over',
  "(?:won't|wont|will not|doesn't|does not) (?:stop|quit)(?! (?:running|dripping))", '(?:keeps?|still|just keeps) (?:coming|pouring|rising|spreading)', 'still going', 'rising', 'pooling',
  'sale (?:por|de|del|mucha|mucho)', 'saliendo', 'brotando', 'por todos lados', 'por todas partes',
  // Volume said as a picture, or as more than anyone can keep up with.
  'desbord\\w*', '(?:baja|bajando|cae|cayendo|chorrea\\w*|escurre\\w*) (?:por|de|del|desde)', 'a chorros',
  'like a (?:waterfall|fountain|geyser|river)', 'hiss\\w* (?:out|from)', '(?:a )?(?:waterfall|geyser)', 'raining (?:in|inside|down|through|thru|into)', 'spit\\w* (?:up|out)',
  'faster than (?:i|we|he|she|they) can (?:mop|keep up|catch|bail|clean|soak)\\w*',
);

/** Water as a liquid (not the appliance, the bill or the utility named after it), rain in the house included. */
export const WATER = any(
  "(?<!hard |soft )water(?! (?:heaters?|softeners?|pressure|bills?|filters?|meters?|tanks?|company|utility|bottles?|glass|damage|stains?|marks?|spots?|rings?|features?)\\b)",
  'agua(?! (?:caliente|negras|sucia))', 'h2o', 'rain ?water', 'rain(?= (?:is |keeps |has been |was )?(?:coming|pouring|leaking|getting|dripping|running|blowing))',
);
/** What a drain should take away, coming back: sewage by any name. */
export const SEWAGE = any(
  'sewage', 'sewer(?! (?:camera|scope|inspection|bills?|rates?|fees?|charges?|cleaning|service)\\b)', 'poo(?!l)\\w*', 'feces', 'faeces', 'waste ?water', 'sludge', 'aguas? negras', 'agua sucia',
  '(?:brown|black|gr[ae]y|dirty|nasty|smelly|stinky|gross|disgusting) (?:water|stuff|sludge|muck|gunk|liquid|goo|gunge|mess)',
);
/** Where sewage comes back up. */
export const FIXTURE = any('drains?', 'floor drain', 'toilets?', 'showers?', 'tubs?', 'bath\\w*', 'sinks?', 'basins?', 'desague', 'inodoro', 'ducha');
/** Fuel, including "gas" said of a car's petrol. */
export const FUEL = any('gasoline', 'petrol', 'diesel', 'fuel', 'gasolina', 'combustible', 'gas(?= (?:is |keeps |was )?(?:drip|pour|puddl|pool|spill|running out|pissing|gushing)\\w*)');
/** A liquid escaping in drops or a puddle (for fuel even a drip is a fire risk). */
export const LIQUID_ESCAPE = any('drip\\w*', 'puddl\\w*', 'pool\\w*', 'leak\\w* (?:under|from|out|onto|on the)', 'pour\\w*', 'spill\\w*', 'gush\\w*', 'spray\\w*', 'gote\\w*', 'charco');
/** The sound of gas escaping. */
/** The sound of gas escaping (a whoosh as a burner lights is ignition, not a leak). */
export const GAS_SOUND = `${any('hiss\\w*', 'whoosh\\w*', 'whistl\\w*', 'rushing (?:sound|noise)')}(?!\\w*(?: \\S+){0,3} (?:when|as|every time|whenever) (?:it|the \\w+) (?:starts|kicks|lights|ignites|fires|turns|comes|cycles|clicks)\\w*)`;
/** Where gas is piped or burnt: a hiss from one of these is gas escaping. */
export const GAS_FIRED = any('stove', 'cooker', 'oven', 'burners?', 'hob', 'range', '(?<!water )meter', 'dryer', 'furnace', 'fireplace', 'gas (?:line|pipe)', 'grill', 'bbq', 'generator', 'propane tank', 'estufa', 'secadora');
export const SMELL = any('smell\\w*', 'smel', 'stink\\w*', 'reek\\w*', 'odou?r', 'fumes', 'whiff', 'huele', 'olor');
/** The odorant put into utility gas, by the names people give it (misspellings included). */
export const ODORANT = any('rotten eggs?', 'sul(?:f|ph)[aeiou]r\\w*', 'skunk\\w*', 'mercaptan', 'huevos? podridos?', 'azufre');
/** Bleeding that goes on: through a dressing, for minutes, despite pressure. */
export const PERSISTING = any(
  "(?:won't|wont|will not|doesn't|does not|can't|cannot) stop", 'through (?:the |a |his |her |my )?(?:\\w+ )?(?:towel|gauze|bandage|cloth|shirt|napkin|tissues?)',
  'soak\\w*', "(?:hasn't|hasnt|has not|haven't|havent|not|never) (?:\\S+ )?stopped", 'for (?:over |more than |about |almost |nearly )?(?:(?:\\d+|ten|fifteen|twenty|thirty|forty) min\\w*|(?:an?|one|two|\\d+|half an?) (?:hours?|hrs?))', 'holding pressure', 'no para', 'non ?stop', 'like crazy', 'heavily', 'profusely', 'everywhere'
);
/** Symptoms of carbon monoxide, which people report without naming it. */
export const CO_SYMPTOM = any('headaches?', 'dizz\\w*', 'nause\\w*', 'throw\\w* up', 'vomit\\w*', 'sick(?! (?:of|and tired)\\b)', 'drowsy', 'light ?headed', 'confused', 'dolor(?:es)? de cabeza', 'maread[oa]s?', 'mareos?', 'vomit\\w*');
/** A fuel-burning appliance that has been running. */
export const BURNING_ON = `${any('heater', 'space heater', 'furnace', 'boiler', 'generator', 'portable', 'genny', 'fireplace', 'stove', 'oven', 'water heater', 'heat', 'heating', 'calefaccion', 'generador', 'calentador', 'estufa')}${gap(4)}${any('came on', 'comes on', 'turned on', 'kicked on', 'kicks on', 'running', 'is on', 'was on', 'started', 'been on', 'went in', '(?:was |got |been )?(?:installed|put in|fitted)', 'prendi\\w*', 'encendi\\w*')}|(?:turned|switched|started|lit|put) (?:on )?(?:the |our |my )?${any('heater', 'space heater', 'furnace', 'boiler', 'generator', 'fireplace', 'heat', 'heating')}`;
/** What carries water and can rupture. */
export const CONTAINER = any('pipes?', 'pipework', 'hose', 'line', 'main', 'tank', 'valve', 'fitting', 'supply', 'tuberia', 'tubo', 'manguera');
export const RUPTURE = any('burst\\w*', 'split', 'snapped', 'cracked', 'let go', 'popped', 'blew (?:off|out|apart)', 'ruptured', 'broke off', 'came (?:off|apart|loose)', 'revent\\w*');
/** Electrical things water must not reach. */
export const POWERED = any('outlets?', 'sockets?', 'plugs?', 'power ?strips?', 'surge protectors?', 'extension (?:cords?|leads?)', 'panel', 'breakers?', 'fuse ?box', 'wiring', 'wires?', 'light fixtures?', '(?:light |wall |dimmer )switch(?:es)?', '(?:exhaust|bathroom|ceiling) fans?', 'generators?', 'enchufes?', 'servers?', 'server racks?', 'racks? \\d+', '(?:pump|motor|electrical|electric|switch ?gear|plant|meter) rooms?');
/** Signs that electrical equipment is failing dangerously. */
export const POWER_SIGN = any('flash\\w*', 'arc\\w*', 'sizzl\\w*', 'spark\\w*', 'smok\\w*', 'melt\\w*', 'scorch\\w*', 'sputter\\w*', 'chispe\\w*', 'humea\\w*', 'derriti\\w*');
export const LINE = any('(?:power |electric\\w* |service |utility |overhead )?(?:lines?|wires?|cables?)');
export const GROUND = any('driveway', 'road', 'street', 'yard', 'lawn', 'garden', 'sidewalk', 'pavement', 'path', 'car', 'fence', 'porch', 'ground');

/** A roof, a ceiling, a floor or anything else that holds weight or keeps the weather out. */
export const STRUCTURE = any('roof', 'ceiling', 'deck', 'balcony', 'porch', 'floor', 'stairs', 'staircase', 'chimney', 'beam', 'joists?', 'retaining wall', '(?:front|back|side|garage|bedroom|kitchen|outside|exterior|load bearing) wall', 'techo', 'balcon');
/** What gives a shock when current is loose: fixtures, appliances, metal people touch. */
export const SHOCK_SOURCE = any('taps?', 'faucets?', 'sinks?', 'showers?', 'bath\\w*', 'outlets?', 'sockets?', 'switch(?:es)?', 'fridge', 'freezer', 'washer', 'washing machine', 'dryer', 'oven', 'stove', 'dishwasher', 'metal', 'pipes?', 'railings?', 'fence', 'appliances?', 'lights?', 'lamp', 'door ?handle', 'panel', 'water', 'grifo', 'enchufe');
/** Giving way now, or about to: "caved in", "is coming down", "about to collapse". */
export const GIVING_WAY = any(
  'caved? in', 'caving in', 'collapsed?', 'collapsing', 'came down', 'coming down', 'fell in', 'falling in', 'gave way', 'giving way', 'gone through', 'came through',
  '(?:about to|going to|gonna|could|might|looks like it(?:\'s| is)? (?:going to|gonna)) (?:fall|collapse|come down|cave|give way|give)\\w*', 'se (?:cayo|derrumbo|hundio|vino abajo)', 'derrumb\\w*',
);

/** A hole in the ground people can fall into: a septic tank, a well, a manhole, a pit, a trench. */
/** A tank that holds something above ground (a fish tank, a toilet's): no hole under its lid. */
const NOT_IN_GROUND = '(?<!\\b(?:fish|gas|fuel|propane|water|toilet|hot water|fresh water|grey water|gray water|holding|reef|shrimp|turtle|oil) )';
const GROUND_HOLE = `(?:septic(?: tank)?|${NOT_IN_GROUND}tanks?|pits?(?<!\\bfire pits?)|holes?|manholes?|wells?|cisterns?|trench(?:es)?|excavations?|fosa(?: septica)?|pozo)`;
/** Its lid or cover, said with the hole ("the septic lid", "the cover of the well"). */
const HOLE_LID = `(?:(?:septic|${NOT_IN_GROUND}tank|well|manhole|cistern|pit|drain|sewer|fosa|pozo)(?: tank)? (?:lid|cover|grate|hatch|tapa)s?|(?:lid|cover|grate|hatch|tapa)s? (?:on|of|over|for|de) (?:the |our |my |a |la |el )?(?:septic(?: tank)?|tank|well|manhole|cistern|pit|fosa|pozo))`;
/** Gone, off or open: nothing over the hole now (cracked is not open: a cracked lid still covers it). */
const UNCOVERED = "(?:is |are |was |got |has |have |been |has been |left |sitting |now |just |still |completely |all )*(?:gone|missing|off|broke|broken|caved(?: in)?|collapsed|smashed|open|wide open|exposed|uncovered|unsecured|rota|roto|rompio|destapad[oa]|abiert[oa])\\b";
/** A hole in the ground left open now, named by itself: the tank exposed, the well's cover gone, a hole where the lid was. */
export const OPEN_GROUND = `\\b(?:${HOLE_LID}|(?:the|our|my|a|an|that|this|old|el|la|una?) (?:\\w+ )?${GROUND_HOLE})(?!\\s+(?:\\S+\\s+)?(?:valves?|taps?|spigots?|vents?|gauges?|doors?)\\b)${gap(2)}${UNCOVERED}|\\bhole where (?:the |its |our )?(?:\\w+ )?(?:lid|cover|grate|hatch) (?:was|used to be|should be)\\b`;
/** Any lid or cover gone, or a hole in the ground open: with someone about who can fall in, the open pit (triage-compose.ts). */
export const OPEN_HOLE = `(?:\\b(?:lid|cover|manhole|grate|hatch|tapa)s?\\b${gap(4)}${UNCOVERED}|${OPEN_GROUND})`;

/** Cold enough to harm a baby. */
export const COLD_WORDS = "freezing|frost\\w*|sub ?zero|below zero|\\d+ below|-\\d+|minus \\d+|snow\\w*|icy|bajo cero|nevando|helando|mucho frio";
/** Someone who cannot get themselves out of danger: a child, an elderly or ill person, a pet. */
export const DEPENDANT = any(
  'baby', 'babies', 'infant', 'newborn', 'toddler', 'child', 'children', 'kids?', 'son', 'daughter', 'grand\\w+', 'boy', 'girl', 'twins',
  '\\d+ ?(?:yr|year|month|week)s? old', '(?:dogs?|puppy|pup|cats?|kitten|pets?)', 'hij[oa]s?', 'nin[oa]s?', 'bebe', 'perr[oa]s?', 'gat[oa]s?', 'mascota',
);
/** Shut in, unable to get out. */
export const SHUT_IN = `(?:locked|trapped|stuck|shut|encerrad[oa]s?|atrapad[oa]s?)(?: (?:him|her|them|it|himself|herself|themselves|itself))?(?: (?:in|inside|en|dentro del?))? (?:the |a |my |our |his |her |el |la |mi )?(?:\\S+ )?`;
/** A place a shut-in dependant is in danger: heat in a car, water in a bathroom, no air. */
export const TRAP = any('car', 'truck', 'van', 'suv', 'vehicle', 'bathroom', 'bath', 'closet', 'safe', 'freezer', 'cooler', 'trunk', 'sauna', 'dryer', 'carro', 'coche', 'auto', 'camioneta', 'bano');
/** Locked out, so nobody can reach what is inside. */
export const LOCKED_OUT = any("locked (?:my ?self |our ?selves |us |me )?out", "can't get (?:back )?in", 'cannot get (?:back )?in', 'keys? (?:are |is )?(?:locked )?(?:inside|in the (?:house|car|apartment))', 'keys locked in', 'lost (?:my|our|the) keys?', '(?:me|se) quedo? (?:afuera|fuera)', 'me quede (?:afuera|fuera)', '(?:nos|se) queda(?:mos|ron) (?:afuera|fuera)', 'no (?:puedo|podemos) entrar', 'llaves? adentro');
/** What is left running, burning or filling behind a locked door. */
export const LEFT_RUNNING = any(
  `(?:stove|oven|cooker|hob|iron|burners?|grill|fryer|candles?|space heater|heater|engine|car|pot|pan|oil|bath|tub|taps?|water|estufa|horno|plancha|vela|motor|tina)${gap(4)}(?:on|running|burning|lit|filling|going|overflow\\w*|prendid[oa]|encendid[oa])\\b`,
  '(?:smoke|fire|co|carbon monoxide) alarm (?:is )?(?:going off|beeping|sounding)', '(?:alarma|detector) (?:de humo )?(?:esta )?sonando',
  `${DEPENDANT}${gap(3)}(?:inside|asleep|alone|adentro|dentro|solos?)`, `(?:newborn|baby|infant|bebe)${gap(6)}(?:${COLD_WORDS})|(?:${COLD_WORDS})${gap(6)}(?:newborn|baby|infant|bebe)`,
);
/** A break-in now: the door forced, someone getting in. */
export const BREAK_IN = any(`(?:lock|locks|deadbolt|handle|cylinder|padlock)${gap(8)}(?:got |was |been |has been |is )?(?:snapped|drilled|ripped|pried|broken|knocked|busted) (?:off|out)`, '(?:smashed|broke|kicked in|forced|pried) (?:the |a |our |my )?(?:\\w+ )?(?:glass|window|door|lock|frame)', `(?:door|window|glass|lock|frame)${gap(2)}(?:got |was |been |is )?(?:smashed|kicked in|forced|busted|broken into|pried)`, '(?:kicked|broken|broke|forced|smashed|pried|jimmied|busted|bashed) (?:in|into|open)', 'broken into', 'break ?in', 'se metieron(?: a robar)?', 'entraron a robar', 'nos robaron', 'forzaron', '(?:me|nos) (?:rompieron|forzaron|botaron) (?:la|el) (?:cerradura|chapa|puerta|ventana)',
  // Someone who did it on purpose: a burglar, a vandal, a thrown rock.
  `(?:burglars?|thie(?:f|ves)|vandals?|intruders?|robbers?|looters?|someone|somebody|some \\w+|ladrones?|vandalos?)${gap(3)}(?:smashed|broke|shattered|kicked|forced|pried|busted|bashed|threw (?:a |an |some )?\\w+ (?:through|thru))\\b`);
/** Where a break-in leaves people or property open to anyone: a home, a business, a vehicle. */
export const PREMISES = any('apartment', 'apt', 'house', 'home', 'flat', 'place', 'unit', 'condo', 'townhouse', 'store', 'shop', 'office', 'business', 'restaurant', 'bar', 'cafe', 'salon', 'clinic', 'pharmacy', 'warehouse', 'garage', 'shed', 'building', 'car', 'truck', 'van', 'suv',
  'casa', 'tienda', 'oficina', 'negocio', 'local', 'bodega', 'carro', 'coche', 'camioneta', 'departamento', 'apartamento');
/** Left unsecured, or the intruder still about. */
export const UNSECURED = any("(?:won't|wont|can't|cant|cannot|doesn't|does not|will not|no|ya no|unable to) (?:be )?(?:close|closed|lock|locked|shut|latch|latched|secure|secured|cierra|cierran|cerrar)", 'wide open', '(?:stuck|left|hanging) open', "(?:lock|deadbolt|door|latch|frame|glass) (?:is |got |was )?(?:broken|smashed|busted|destroyed|rota?)",
  // The opening itself gone, nobody to guard what is inside, or told to secure it now.
  '(?:window|windows|door|glass|pane|storefront|front) (?:is |are )?(?:just |completely |totally |now )?(?:gone|missing|wide open)', 'nobody (?:here )?(?:to|who can|that can) (?:stay|watch|guard|keep an eye|lock up)', '(?:get|got|be|need|needs|have) (?:it |this |the \\w+ )?(?:secured|boarded(?: up)?) (?:tonight|today|now|right away|asap|before dark)', 'just now', 'right now', 'still (?:here|inside|in the)', 'no (?:puedo|podemos|se puede) cerrar', 'ahorita', 'ahora mismo', '(?:burglar |security |the )?alarm (?:is )?(?:going off|sounding|blaring|ringing)');
/** Things a person or a child gets held by underwater. */
export const SUCTION = any('drains?', 'suction (?:outlet|fitting|port|line)?', 'outlets?', 'intake', 'grates?', 'skimmer', 'jets?', 'drenaje', 'desague');
/** Pool and cleaning chemicals that burn, or give off gas. */
export const CHEMICAL = any('acid', 'muriatic', 'chlorine', 'pool shock', 'shock', 'bleach', 'ammonia', 'chemicals?', 'hydrochloric', 'tablets', 'acido', 'cloro', 'quimicos?');
/** What gives off fumes that poison: fumes and vapours named, a gas that takes the air's place (co2 in a cellar, nitrogen), or a solvent, a finish or a glue that does. */
export const FUMES = `\\b${any('fumes', 'co2', 'carbon dioxide', 'nitrogen', 'exhaust(?! (?:fans?|hoods?|vents?|systems?|ducts?))', 'vapou?rs?', 'solvents?', 'perc', 'perchloroethylene', '(?:paint |lacquer )?thinners?', 'acetone', 'lacquer', 'varnish', '(?:floor|wood) finish', 'polyurethane', 'epoxy', 'resin', '(?:contact )?cement glue', 'adhesive', 'degreasers?', 'refrigerant', 'freon', 'ammonia', 'chemicals?', 'disolventes?', 'vapores', 'quimicos?')}\\b`;
/** A body's sign of breathing something in now: dizzy, sick, fainting, not able to breathe, people getting headaches ("the kids on the ice are getting headaches"). */
export const POISONED = `\\b${any('dizzy', 'dizziness', 'light ?headed', 'woozy', 'nause\\w*', 'passed out', 'passing out', '(?:getting|got|have|has|all have|all got|started getting) (?:\\w+ )?headaches', 'fainted', 'fainting', 'blacked out', 'collapsed', 'throwing up', 'threw up', 'vomit\\w*', "(?:can't|cant|cannot|can not|struggling to|hard to|trouble) breath\\w*", '(?:feel|feels|feeling|felt|are|is|getting|got|gets|all) (?:really |very |so |pretty |all )?sick(?! (?:of|and tired)\\b)', 'mareados?', 'mareadas?', 'desmay\\w*')}\\b`;

/** A door heavy enough to hurt (a cabinet's or a shower's is not); "dor" is how it is often typed. */
const DOOR = "(?<!(?:cabinet|cupboard|closet|shower|oven|fridge|freezer|screen|car|dishwasher|washer|dryer|microwave|wardrobe|pantry|storm|patio|sliding) )do?or";
/** A person or an animal, by any of the names visitors use for one. */
export const SOMEONE = any(
  'someone', 'somebody', 'a (?:man|woman|guy|lady|kid|child|worker|person)', 'the (?:man|woman|guy|lady|worker|tenant|resident|driver|climber|tech|technician)', 'people', 'him', 'her', 'them',
  '(?:my|our|his|her|their|a|the) (?:\\w+ )?(?:husband|wife|son|daughter|dad|mom|mum|father|mother|kid|kids|child|baby|toddler|brother|sister|partner|friend|neighbou?rs?|grand\\w+|worker|tenant|resident|dog|cat|puppy|pet|helper|crew|guy|movers?|driver|courier|labou?rer|apprentice|operator|leg|legs|arm|arms|hand|hands|foot|feet|head)',
  // A body part said after its owner, the apostrophe dropped: "my dogs back legs", "her sons left hand".
  '(?:my|our|his|her|their|the) \\w+s? (?:\\w+ )?(?:legs?|arms?|hands?|foot|feet|head|paws?|neck)',
  // One of a group: "one of our workers", "two of the customers".
  '(?:one|two|some|a few|several) of (?:my|our|the|his|her|their) (?:\\w+ )?(?:workers|employees|staff|customers|clients|guests|patients|kids|children|students|tenants|residents|crew|guys|movers|drivers|dogs|cats)',
  'mi (?:hijo|hija|esposo|esposa|papa|mama|perro|gato|vecino|abuel[oa])',
);
/** Wild animals that bite or carry rabies. */
export const WILD = any('raccoons?', 'racoons?', 'fox(?:es)?', 'skunks?', 'coyotes?', 'bats?', 'possums?', 'opossums?', 'groundhogs?', 'squirrels?', 'mapaches?', 'zorros?', 'zorrillos?', 'murcielagos?', 'coyotes?');
/** Heavy things that fall, swing or close on people. */
export const HEAVY = any('trees?', 'branch(?:es)?', 'limbs?', 'trunk', 'log', 'widow ?makers?', 'oak', 'pine', 'maple', 'spruce', 'willow', 'ash', 'elm', 'birch', 'cedar', 'poplar', 'cottonwood', 'sycamore', 'walnut', 'eucalyptus', 'palm', 'fir', 'hemlock', 'gum tree', 'root ball', 'half of it', 'the top', `${DOOR}`, 'garage door', 'gate', 'beam', 'wall', 'ceiling', 'shelf', 'shelving', 'dresser', 'wardrobe', 'furniture', 'tv', 'ladder', 'scaffold\\w*', 'chimney', 'pole', 'arbol', 'rama', 'puerta(?: del garaje)?', 'portón', 'porton',
  // Glass hung in a frame: a pane, a storefront, a shower or patio door, a mirror, a skylight.
  'glass', 'panes?', 'windows?', 'windshields?', 'mirrors?', 'skylights?', 'storefronts?', 'shop ?fronts?', '(?:shower|glass|patio|sliding) doors?', 'glass panels?', 'vitrinas?', 'vidrios?', 'cristal(?:es)?',
  // What is fixed high on a building: a gutter, a downspout, an awning, a sign, a light or a fan.
  'gutters?', 'downspouts?', 'awnings?', '(?:porch |carport |veranda |balcony |shed )?roof', 'canop(?:y|ies)', 'signs?', 'signage', 'fascia', 'siding', 'light fixtures?', 'ceiling fans?', 'satellite dish(?:es)?', 'solar panels?', 'canalon(?:es)?', 'letreros?');
/** Held by something heavy or a machine, unable to get free. */
/** What a person or a pet ends up pinned under: the heavy things, and a fence, a deck or rubble (low, so never "about to fall" on anyone). */
export const PINNING = `(?:${HEAVY}|${any('fences?', 'decks?', 'rubble', 'debris', 'cerca', 'reja',
  // What movers and deliveries carry: "the piano fell on one of our movers".
  'pianos?', '(?:the|a) safe',
  // A trench's side giving way on the man in it: "the side of the trench came in on my laborer".
  'trench(?:es)?', 'trench walls?', 'fridges?', 'refrigerators?', 'freezers?', 'armoires?', 'bookcases?', 'cabinets?', 'vending machines?', 'pallets?', 'crates?')})`;
export const HELD = any('pinned', 'trapped', 'stuck', 'caught', 'crushed', 'wedged', 'atrapad[oa]', 'aplastad[oa]');
/** About to come down: said as a picture, not as a risk ("might fall" is a risk, and triage.ts reads it as one). */
export const ABOUT_TO_FALL = any(
  'about to (?:fall|come down|give way|collapse|snap|drop|go over|tip over|topple)', '(?:hanging|held|attached|hangs)(?: \\S+){0,5} (?:on )?by (?:a|one|1|a single|just one|only one|just a|only a|its) (?:thread|cable|wire|hinge|bolt|screw|spring|bracket|strap|corner|edge|side|clip|branch|strip|piece|bit|root|nail|strand|few \\w+)', 'hanging (?:\\w+ )?(?:crooked|twisted|sideways|at an angle|off (?:one|the) (?:side|track|tracks|cable))', 'ready to (?:fall|drop|snap|come down|go)', '(?:fall|come down|drop|snap|go) any (?:minute|second|moment)',
  '(?:hanging|draped|tangled|caught|resting|lying|laying|sitting) (?:on|in|across|against) (?:the |our |my |a )?(?:\\w+ )?(?:power|electric\\w*|service|utility|overhead) ?(?:lines?|wires?|cables?)',
  '(?:leaning|resting|lying|laying|sitting) (?:on|against|on top of) (?:the |our |my |a )?(?:\\w+ )?(?:roof|house|home|garage|power lines?|lines?|wires?|car|fence|neighbou?r\\w*)', '(?:cracking|creaking|groaning|splitting) (?:and|&) (?:\\w+ )?(?:leaning|moving|sagging|swaying|shifting)',
);
/** Broken or moving now: a heavy thing that has failed, or is moving in the wind. */
export const FAILED = any('split\\w*', '(?:visibly|badly|dangerously|seriously|noticeably|really) (?:tilted|tilting|leaning)', '(?:reversed|backed|crashed|drove|ran|smashed|slammed) into', 'snapped', 'broke\\w*', 'burst', 'cracked', 'cracking', 'creaking', 'groaning', 'uproot\\w*', 'came off', 'coming off', 'off (?:the |its )?tracks?', 'folded', 'bent', 'twisted', 'crooked', 'tipping', 'swinging', 'started (?:to )?(?:tip|lean|fall|move|go)\\w*', 'in this wind', 'right now', 'partiendo', 'torcid[oa]', 'shattered', 'smashed', '(?:got |was |been )?hit by', 'came loose', 'coming loose');
/** Hanging, leaning or falling over, toward or onto a place. */
export const OVERHANGING = `${any('hanging', 'tilted', 'sagging', 'bowing', 'buckling', 'hung up', 'dangling', 'swinging', 'leaning', 'tipping(?: over)?', 'tilting', 'falling', 'coming down', 'going to (?:fall|land|come down|drop)', 'gonna (?:fall|land|come down)', 'about to (?:fall|land|come down|drop)')}${gap(6)}${any('over', 'above', 'onto', 'toward', 'towards', 'into', 'on top of', 'on', 'across', 'sobre', 'hacia')}\\b|hanging (?:\\w+ )?(?:crooked|twisted|sideways|at an angle)|hanging (?:from|by|off|on) (?:one|a single|just one) (?:corner|side|cable|hinge|bolt|wire|end)|(?:is |it's |its |and )(?:swaying|dropping|sagging|giving way)\\b|(?:bowing|bulging|buckling|popping) (?:out|in|outward|inward)\\b|leaning out (?:of|from) (?:the |its )?(?:frame|track|tracks)\\b`;
/** Smoke described without its name: dark clouds, a haze. */
// ("brown stuff is coming up in the tub" is sewage: stuff that comes, bubbles or backs up out of a fixture is no smoke.)
export const SMOKE_PICTURE = any('(?:black|gr[ae]y|dark|thick|brown|white)(?: \\w+){0,2} (?:clouds?|plumes?|haze|fumes)', '(?:black|gr[ae]y|dark|thick|white)(?: \\w+){0,2} stuff(?! (?:is |are |keeps )?(?:coming|bubbling|backing|gurgling|welling) up)', 'smok(?:e?y)', 'haze', 'hazy');
