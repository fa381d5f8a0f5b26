import type { HazardRule } from './triage-hazards.js';

// Hazards composed from parts rather than listed as phrases: WHAT (a substance or agent: water,
// sewage, fuel, blood, a gas-fired appliance...) x HOW it behaves now (escaping, spreading, won't
// stop) within a few words of each other, in either order. The same verbs serve every agent, so a
// new wording ("dumping", "shooting out", "running out from under") is recognised for all of them.
// Stems tolerate common misspellings the shared reader cannot know ("sulfer"). triage.ts still
// decides whether a match counts (negated, past, hypothetical, figurative, contained).

const any = (...parts: string[]) => `(?:${parts.join('|')})`;
/** Up to n words in between. */
const gap = (n: number) => `(?:\\s+\\S+){0,${n}}\\s+`;
/** a near b, in either order. */
const near = (a: string, b: string, n: number) => `(?:${a}${gap(n)}${b}|${b}${gap(n)}${a})`;
const rule = (hazard: HazardRule['hazard'], severity: number, label: string, body: string, extra: Partial<HazardRule> = {}): HazardRule => {
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
  'like a (?:waterfall|fountain|geyser|river)', '(?:a )?(?:waterfall|geyser)', 'raining (?:in|inside|down|through|thru|into)', 'spit\\w* (?:up|out)',
  'faster than (?:i|we|he|she|they) can (?:mop|keep up|catch|bail|clean|soak)\\w*',
);

/** Water as a liquid (not the appliance, the bill or the utility named after it), rain in the house included. */
const WATER = any(
  "(?<!hard |soft )water(?! (?:heaters?|softeners?|pressure|bills?|filters?|meters?|tanks?|company|utility|bottles?|glass|damage|stains?|marks?|spots?|rings?|features?)\\b)",
  'agua(?! (?:caliente|negras|sucia))', 'h2o', 'rain ?water', 'rain(?= (?:is |keeps |has been |was )?(?:coming|pouring|leaking|getting|dripping|running|blowing))',
);
/** What a drain should take away, coming back: sewage by any name. */
const SEWAGE = any(
  'sewage', 'sewer(?! (?:camera|scope|inspection|bills?|rates?|fees?|charges?|cleaning|service)\\b)', 'poo\\w*', 'feces', 'faeces', 'waste ?water', 'sludge', 'aguas? negras', 'agua sucia',
  '(?:brown|black|gr[ae]y|dirty|nasty|smelly|stinky|gross|disgusting) (?:water|stuff|sludge|muck|gunk|liquid|goo|gunge|mess)',
);
/** Where sewage comes back up. */
const FIXTURE = any('drains?', 'floor drain', 'toilets?', 'showers?', 'tubs?', 'bath\\w*', 'sinks?', 'basins?', 'desague', 'inodoro', 'ducha');
/** Fuel, including "gas" said of a car's petrol. */
const FUEL = any('gasoline', 'petrol', 'diesel', 'fuel', 'gasolina', 'combustible', 'gas(?= (?:is |keeps |was )?(?:drip|pour|puddl|pool|spill|running out|pissing|gushing)\\w*)');
/** A liquid escaping in drops or a puddle (for fuel even a drip is a fire risk). */
const LIQUID_ESCAPE = any('drip\\w*', 'puddl\\w*', 'pool\\w*', 'leak\\w* (?:under|from|out|onto|on the)', 'pour\\w*', 'spill\\w*', 'gush\\w*', 'spray\\w*', 'gote\\w*', 'charco');
/** The sound of gas escaping. */
/** The sound of gas escaping (a whoosh as a burner lights is ignition, not a leak). */
const GAS_SOUND = `${any('hiss\\w*', 'whoosh\\w*', 'whistl\\w*', 'rushing (?:sound|noise)')}(?!\\w*(?: \\S+){0,3} (?:when|as|every time|whenever) (?:it|the \\w+) (?:starts|kicks|lights|ignites|fires|turns|comes|cycles|clicks)\\w*)`;
/** Where gas is piped or burnt: a hiss from one of these is gas escaping. */
const GAS_FIRED = any('stove', 'cooker', 'oven', 'burners?', 'hob', 'range', '(?<!water )meter', 'dryer', 'furnace', 'fireplace', 'gas (?:line|pipe)', 'grill', 'bbq', 'generator', 'propane tank', 'estufa', 'secadora');
const SMELL = any('smell\\w*', 'smel', 'stink\\w*', 'reek\\w*', 'odou?r', 'fumes', 'whiff', 'huele', 'olor');
/** The odorant put into utility gas, by the names people give it (misspellings included). */
const ODORANT = any('rotten eggs?', 'sul(?:f|ph)[aeiou]r\\w*', 'skunk\\w*', 'mercaptan', 'huevos? podridos?', 'azufre');
/** Bleeding that goes on: through a dressing, for minutes, despite pressure. */
const PERSISTING = any(
  "(?:won't|wont|will not|doesn't|does not|can't|cannot) stop", 'through (?:the |a |his |her |my )?(?:\\w+ )?(?:towel|gauze|bandage|cloth|shirt|napkin|tissues?)',
  'soak\\w*', "(?:hasn't|hasnt|has not|haven't|havent|not|never) (?:\\S+ )?stopped", 'for (?:over |more than |about |almost |nearly )?(?:(?:\\d+|ten|fifteen|twenty|thirty|forty) min\\w*|(?:an?|one|two|\\d+|half an?) (?:hours?|hrs?))', 'holding pressure', 'no para', 'non ?stop', 'like crazy', 'heavily', 'profusely', 'everywhere'
);
/** Symptoms of carbon monoxide, which people report without naming it. */
const CO_SYMPTOM = any('headaches?', 'dizz\\w*', 'nause\\w*', 'throw\\w* up', 'vomit\\w*', 'sick', 'drowsy', 'light ?headed', 'confused', 'dolor de cabeza', 'mareados?');
/** A fuel-burning appliance that has been running. */
const BURNING_ON = `${any('heater', 'space heater', 'furnace', 'boiler', 'generator', 'fireplace', 'stove', 'heat', 'heating', 'calefaccion')}${gap(2)}${any('came on', 'comes on', 'turned on', 'kicked on', 'kicks on', 'running', 'is on', 'was on', 'started', 'been on', 'prendi\\w*', 'encendi\\w*')}|(?:turned|switched|started|lit|put) (?:on )?(?:the |our |my )?${any('heater', 'space heater', 'furnace', 'boiler', 'generator', 'fireplace', 'heat', 'heating')}`;
/** What carries water and can rupture. */
const CONTAINER = any('pipes?', 'pipework', 'hose', 'line', 'main', 'tank', 'valve', 'fitting', 'supply', 'tuberia', 'tubo', 'manguera');
const RUPTURE = any('burst\\w*', 'split', 'snapped', 'cracked', 'let go', 'popped', 'blew (?:off|out|apart)', 'ruptured', 'broke off', 'came (?:off|apart|loose)', 'revent\\w*');
/** Electrical things water must not reach. */
const POWERED = any('outlets?', 'sockets?', 'plugs?', 'power ?strips?', 'surge protectors?', 'extension (?:cords?|leads?)', 'panel', 'breakers?', 'fuse ?box', 'wiring', 'wires?', 'light fixtures?', '(?:light |wall |dimmer )switch(?:es)?', '(?:exhaust|bathroom|ceiling) fans?', 'enchufes?');
/** Signs that electrical equipment is failing dangerously. */
const POWER_SIGN = any('flash\\w*', 'arc\\w*', 'sizzl\\w*', 'spark\\w*', 'smok\\w*', 'melt\\w*', 'scorch\\w*', 'sputter\\w*', 'chispe\\w*', 'humea\\w*', 'derriti\\w*');
const LINE = any('(?:power |electric\\w* |service |utility |overhead )?(?:lines?|wires?|cables?)');
const GROUND = any('driveway', 'road', 'street', 'yard', 'lawn', 'garden', 'sidewalk', 'pavement', 'path', 'car', 'fence', 'porch', 'ground');

/** Swallowed, by any verb people use for it. */
const SWALLOWED = any('got into', 'gotten into', 'drank', 'drunk', 'swallowed', 'ate', 'eaten', 'eats', 'ingested', 'chugged', 'chewed(?: up)?', 'licked(?: up)?', 'scarfed(?: down)?', 'wolfed(?: down)?', 'se tomo', 'tomo', 'trago', 'se trago', 'bebio', 'se comio', 'comio');
/** Poisonous to anyone who swallows it: chemicals, medicines, pest poisons, button batteries. */
const TOXIC = any(
  'chemicals?', 'bleach', 'cleaners?', 'cleaning (?:products?|stuff|fluid|spray)', 'detergent', 'pods?', 'pills', 'tablets', 'medication', 'medicine', 'meds', 'poison', 'antifreeze', 'drain cleaner', 'lye',
  '(?:rat|mouse|rodent|slug|snail|ant|roach) (?:poison|bait|pellets?|killer)', 'slug pellets', 'pesticides?', 'insecticides?', 'weed ?killer', 'fertili[sz]er', 'button batter(?:y|ies)', 'batter(?:y|ies)', 'magnets?', 'anticongelante',
  'ibuprofen', 'advil', 'motrin', 'tylenol', 'acetaminophen', 'paracetamol', 'aspirin', 'painkillers?', 'sleeping pills', 'edibles?', 'weed', 'xylitol',
  'cloro', 'lejia', 'quimicos?', 'pastillas', 'medicinas?', 'veneno(?: para (?:ratas|ratones))?', 'raticida',
);
/** Foods people eat that poison dogs and cats. */
const TOXIC_TO_ANIMALS = any('chocolate', 'grapes?', 'raisins?', 'lil(?:y|ies)', 'onions?', 'garlic', 'macadamia\\w*', 'sugar ?free gum', 'gum', 'uvas?', 'pasas', 'cebolla');
/** A pet or farm animal. */
const ANIMAL = any('dogs?', 'puppy', 'puppies', 'pup', 'cats?', 'kittens?', 'kitty', 'pets?', 'horses?', 'rabbits?', 'bunny', 'ferrets?', 'parrots?', 'birds?', 'perr[oa]s?', 'gat[oa]s?', 'cachorr[oa]s?');
const ANIMAL_WORD = new RegExp(`\\b${ANIMAL}\\b`, 'i');
/** The message is about a pet or farm animal ("my dog ate grapes"): its emergency care is a vet. */
export function aboutAnimal(text: string): boolean {
  return ANIMAL_WORD.test(text);
}
/** A roof, a ceiling, a floor or anything else that holds weight or keeps the weather out. */
const STRUCTURE = any('roof', 'ceiling', 'deck', 'balcony', 'porch', 'floor', 'stairs', 'staircase', 'chimney', 'beam', 'joists?', 'retaining wall', '(?:front|back|side|garage|bedroom|kitchen|outside|exterior|load bearing) wall', 'techo', 'balcon');
/** What gives a shock when current is loose: fixtures, appliances, metal people touch. */
const SHOCK_SOURCE = any('taps?', 'faucets?', 'sinks?', 'showers?', 'bath\\w*', 'outlets?', 'sockets?', 'switch(?:es)?', 'fridge', 'freezer', 'washer', 'washing machine', 'dryer', 'oven', 'stove', 'dishwasher', 'metal', 'pipes?', 'railings?', 'fence', 'appliances?', 'lights?', 'lamp', 'door ?handle', 'panel', 'water', 'grifo', 'enchufe');
/** Giving way now, or about to: "caved in", "is coming down", "about to collapse". */
const GIVING_WAY = any(
  'caved? in', 'caving in', 'collapsed?', 'collapsing', 'came down', 'coming down', 'fell in', 'falling in', 'gave way', 'giving way', 'gone through', 'came through',
  '(?:about to|going to|gonna|could|might|looks like it(?:\'s| is)? (?:going to|gonna)) (?:fall|collapse|come down|cave|give way|give)\\w*', 'se (?:cayo|derrumbo|hundio|vino abajo)', 'derrumb\\w*',
);

/** Cold enough to harm a baby. */
const COLD_WORDS = "freezing|frost\\w*|sub ?zero|below zero|\\d+ below|-\\d+|minus \\d+|snow\\w*|icy|bajo cero|nevando|helando|mucho frio";
/** Someone who cannot get themselves out of danger: a child, an elderly or ill person, a pet. */
const DEPENDANT = any(
  'baby', 'babies', 'infant', 'newborn', 'toddler', 'child', 'children', 'kids?', 'son', 'daughter', 'grand\\w+', 'boy', 'girl', 'twins',
  '\\d+ ?(?:yr|year|month|week)s? old', '(?:dogs?|puppy|pup|cats?|kitten|pets?)', 'hij[oa]s?', 'nin[oa]s?', 'bebe', 'perr[oa]s?', 'gat[oa]s?', 'mascota',
);
/** Shut in, unable to get out. */
const SHUT_IN = `(?:locked|trapped|stuck|shut|encerrad[oa]s?|atrapad[oa]s?)(?: (?:him|her|them|it|himself|herself|themselves|itself))?(?: (?:in|inside|en|dentro del?))? (?:the |a |my |our |his |her |el |la |mi )?(?:\\S+ )?`;
/** A place a shut-in dependant is in danger: heat in a car, water in a bathroom, no air. */
const TRAP = any('car', 'truck', 'van', 'suv', 'vehicle', 'bathroom', 'bath', 'closet', 'safe', 'freezer', 'cooler', 'trunk', 'sauna', 'dryer', 'carro', 'coche', 'auto', 'camioneta', 'bano');
/** Locked out, so nobody can reach what is inside. */
const LOCKED_OUT = any("locked (?:my ?self |our ?selves |us |me )?out", "can't get (?:back )?in", 'cannot get (?:back )?in', 'keys? (?:are |is )?(?:locked )?(?:inside|in the (?:house|car|apartment))', 'keys locked in', 'lost (?:my|our|the) keys?', 'me quede (?:afuera|fuera)', 'nos quedamos (?:afuera|fuera)', 'no (?:puedo|podemos) entrar', 'llaves? adentro');
/** What is left running, burning or filling behind a locked door. */
const LEFT_RUNNING = any(
  `(?:stove|oven|cooker|hob|iron|burners?|grill|fryer|candles?|space heater|heater|engine|car|pot|pan|oil|bath|tub|taps?|water|estufa|horno|plancha|vela|motor|tina)${gap(4)}(?:on|running|burning|lit|filling|going|overflow\\w*|prendid[oa]|encendid[oa])\\b`,
  '(?:smoke|fire|co|carbon monoxide) alarm (?:is )?(?:going off|beeping|sounding)', '(?:alarma|detector) (?:de humo )?(?:esta )?sonando',
  `${DEPENDANT}${gap(3)}(?:inside|asleep|alone|adentro|dentro|solos?)`, `(?:newborn|baby|infant|bebe)${gap(6)}(?:${COLD_WORDS})|(?:${COLD_WORDS})${gap(6)}(?:newborn|baby|infant|bebe)`,
);
/** A break-in now: the door forced, someone getting in. */
const BREAK_IN = any('(?:smashed|broke|kicked in|forced|pried) (?:the |a |our |my )?(?:\\w+ )?(?:glass|window|door|lock|frame)', `(?:door|window|glass|lock|frame)${gap(2)}(?:got |was |been |is )?(?:smashed|kicked in|forced|busted|broken into|pried)`, '(?:kicked|broken|broke|forced|smashed|pried|jimmied|busted|bashed) (?:in|into|open)', 'broken into', 'break ?in', 'se metieron(?: a robar)?', 'entraron a robar', 'nos robaron', 'forzaron', '(?:me|nos) (?:rompieron|forzaron|botaron) (?:la|el) (?:cerradura|chapa|puerta|ventana)',
  // Someone who did it on purpose: a burglar, a vandal, a thrown rock.
  `(?:burglars?|thie(?:f|ves)|vandals?|intruders?|robbers?|looters?|someone|somebody|some \\w+|ladrones?|vandalos?)${gap(3)}(?:smashed|broke|shattered|kicked|forced|pried|busted|bashed|threw (?:a |an |some )?\\w+ (?:through|thru))\\b`);
/** Left unsecured, or the intruder still about. */
const UNSECURED = any("(?:won't|wont|can't|cant|cannot|doesn't|does not|will not|no|ya no|unable to) (?:be )?(?:close|closed|lock|locked|shut|latch|latched|secure|secured|cierra|cierran|cerrar)", 'wide open', '(?:stuck|left|hanging) open', "(?:lock|deadbolt|door|latch|frame|glass) (?:is |got |was )?(?:broken|smashed|busted|destroyed|rota?)",
  // The opening itself gone, nobody to guard what is inside, or told to secure it now.
  '(?:window|windows|door|glass|pane|storefront|front) (?:is |are )?(?:just |completely |totally |now )?(?:gone|missing|wide open)', 'nobody (?:here )?(?:to|who can|that can) (?:stay|watch|guard|keep an eye|lock up)', '(?:get|got|be|need|needs|have) (?:it |this |the \\w+ )?(?:secured|boarded(?: up)?) (?:tonight|today|now|right away|asap|before dark)', 'just now', 'right now', 'still (?:here|inside|in the)', 'no (?:puedo|podemos|se puede) cerrar', 'ahorita', 'ahora mismo', '(?:burglar |security |the )?alarm (?:is )?(?:going off|sounding|blaring|ringing)');
/** Things a person or a child gets held by underwater. */
const SUCTION = any('drains?', 'suction (?:outlet|fitting|port|line)?', 'outlets?', 'intake', 'grates?', 'skimmer', 'jets?', 'drenaje', 'desague');
/** Pool and cleaning chemicals that burn, or give off gas. */
const CHEMICAL = any('acid', 'muriatic', 'chlorine', 'pool shock', 'shock', 'bleach', 'ammonia', 'chemicals?', 'hydrochloric', 'tablets', 'acido', 'cloro', 'quimicos?');

/** A door heavy enough to hurt (a cabinet's or a shower's is not); "dor" is how it is often typed. */
const DOOR = "(?<!(?:cabinet|cupboard|closet|shower|oven|fridge|freezer|screen|car|dishwasher|washer|dryer|microwave|wardrobe|pantry|storm|patio|sliding) )do?or";
/** A person or an animal, by any of the names visitors use for one. */
const SOMEONE = any(
  'someone', 'somebody', 'a (?:man|woman|guy|lady|kid|child|worker|person)', 'the (?:man|woman|guy|lady|worker|tenant|resident|driver|climber|tech|technician)', 'people', 'him', 'her', 'them',
  '(?:my|our|his|her|their|a|the) (?:\\w+ )?(?:husband|wife|son|daughter|dad|mom|mum|father|mother|kid|kids|child|baby|toddler|brother|sister|partner|friend|neighbou?rs?|grand\\w+|worker|tenant|resident|dog|cat|puppy|pet|helper|crew|guy|leg|legs|arm|arms|hand|hands|foot|feet|head)',
  // One of a group: "one of our workers", "two of the customers".
  '(?:one|two|some|a few|several) of (?:my|our|the|his|her|their) (?:\\w+ )?(?:workers|employees|staff|customers|clients|guests|patients|kids|children|students|tenants|residents|crew|guys|dogs|cats)',
  'mi (?:hijo|hija|esposo|esposa|papa|mama|perro|gato|vecino|abuel[oa])',
);
/** Wild animals that bite or carry rabies. */
const WILD = any('raccoons?', 'racoons?', 'fox(?:es)?', 'skunks?', 'coyotes?', 'bats?', 'possums?', 'opossums?', 'groundhogs?', 'squirrels?', 'mapaches?', 'zorros?', 'zorrillos?', 'murcielagos?', 'coyotes?');
/** Heavy things that fall, swing or close on people. */
const HEAVY = any('trees?', 'branch(?:es)?', 'limbs?', 'trunk', 'log', 'widow ?makers?', 'oak', 'pine', 'maple', 'spruce', 'willow', 'ash', 'elm', 'birch', 'cedar', 'poplar', 'cottonwood', 'sycamore', 'walnut', 'eucalyptus', 'palm', 'fir', 'hemlock', 'gum tree', 'root ball', 'half of it', 'the top', `${DOOR}`, 'garage door', 'gate', 'beam', 'wall', 'ceiling', 'shelf', 'shelving', 'dresser', 'wardrobe', 'furniture', 'tv', 'ladder', 'scaffold\\w*', 'chimney', 'pole', 'arbol', 'rama', 'puerta(?: del garaje)?', 'portón', 'porton',
  // Glass hung in a frame: a pane, a storefront, a shower or patio door, a mirror, a skylight.
  'glass', 'panes?', 'windows?', 'windshields?', 'mirrors?', 'skylights?', 'storefronts?', 'shop ?fronts?', '(?:shower|glass|patio|sliding) doors?', 'glass panels?', 'vitrinas?', 'vidrios?', 'cristal(?:es)?',
  // What is fixed high on a building: a gutter, a downspout, an awning, a sign, a light or a fan.
  'gutters?', 'downspouts?', 'awnings?', '(?:porch |carport |veranda |balcony |shed )?roof', 'canop(?:y|ies)', 'signs?', 'signage', 'fascia', 'siding', 'light fixtures?', 'ceiling fans?', 'satellite dish(?:es)?', 'solar panels?', 'canalon(?:es)?', 'letreros?');
/** Held by something heavy or a machine, unable to get free. */
/** What a person or a pet ends up pinned under: the heavy things, and a fence, a deck or rubble (low, so never "about to fall" on anyone). */
const PINNING = `(?:${HEAVY}|${any('fences?', 'decks?', 'rubble', 'debris', 'cerca', 'reja')})`;
const HELD = any('pinned', 'trapped', 'stuck', 'caught', 'crushed', 'wedged', 'atrapad[oa]', 'aplastad[oa]');
/** About to come down: said as a picture, not as a risk ("might fall" is a risk, and triage.ts reads it as one). */
const ABOUT_TO_FALL = any(
  'about to (?:fall|come down|give way|collapse|snap|drop|go over|tip over|topple)', '(?:hanging|held)(?: \\S+){0,5} (?:on )?by (?:a|one|1|a single|just one|its) (?:thread|cable|wire|hinge|bolt|screw|spring|bracket|strap|corner|edge|side|clip|few \\w+)', 'hanging (?:\\w+ )?(?:crooked|twisted|sideways|at an angle|off (?:one|the) (?:side|track|tracks|cable))', 'ready to (?:fall|drop|snap|come down|go)', '(?:fall|come down|drop|snap|go) any (?:minute|second|moment)',
  '(?:hanging|draped|tangled|caught|resting|lying|laying|sitting) (?:on|in|across|against) (?:the |our |my |a )?(?:\\w+ )?(?:power|electric\\w*|service|utility|overhead) ?(?:lines?|wires?|cables?)',
  '(?:leaning|resting|lying|laying|sitting) (?:on|against|on top of) (?:the |our |my |a )?(?:\\w+ )?(?:roof|house|home|garage|power lines?|lines?|wires?|car|fence|neighbou?r\\w*)', '(?:cracking|creaking|groaning|splitting) (?:and|&) (?:\\w+ )?(?:leaning|moving|sagging|swaying|shifting)',
);
/** Broken or moving now: a heavy thing that has failed, or is moving in the wind. */
const FAILED = any('split\\w*', '(?:visibly|badly|dangerously|seriously|noticeably|really) (?:tilted|tilting|leaning)', '(?:reversed|backed|crashed|drove|ran|smashed|slammed) into', 'snapped', 'broke\\w*', 'burst', 'cracked', 'cracking', 'creaking', 'groaning', 'uproot\\w*', 'came off', 'coming off', 'off (?:the |its )?tracks?', 'folded', 'bent', 'twisted', 'crooked', 'tipping', 'swinging', 'started (?:to )?(?:tip|lean|fall|move|go)\\w*', 'in this wind', 'right now', 'partiendo', 'torcid[oa]', 'shattered', 'smashed', '(?:got |was |been )?hit by', 'came loose', 'coming loose');
/** Hanging, leaning or falling over, toward or onto a place. */
const OVERHANGING = `${any('hanging', 'tilted', 'sagging', 'bowing', 'buckling', 'hung up', 'dangling', 'swinging', 'leaning', 'tipping(?: over)?', 'tilting', 'falling', 'coming down', 'going to (?:fall|land|come down|drop)', 'gonna (?:fall|land|come down)', 'about to (?:fall|land|come down|drop)')}${gap(6)}${any('over', 'above', 'onto', 'toward', 'towards', 'into', 'on top of', 'on', 'across', 'sobre', 'hacia')}\\b|hanging (?:\\w+ )?(?:crooked|twisted|sideways|at an angle)|hanging (?:from|by|off|on) (?:one|a single|just one) (?:corner|side|cable|hinge|bolt|wire|end)|(?:is |it's |its |and )(?:swaying|dropping|sagging|giving way)\\b|(?:bowing|bulging|buckling|popping) (?:out|in|outward|inward)\\b|leaning out (?:of|from) (?:the |its )?(?:frame|track|tracks)\\b`;
/** Smoke described without its name: dark clouds, a haze. */
const SMOKE_PICTURE = any('(?:black|gr[ae]y|dark|thick|brown|white)(?: \\w+){0,2} (?:clouds?|plumes?|haze|fumes|stuff)', 'smok(?:e?y)', 'haze', 'hazy');

export const COMPOSED_RULES: HazardRule[] = [
  // A person or an animal held by something heavy or a machine ("the garage door came down on my dog", "pinned under the branch").
  rule('MEDICAL', 10, 'someone trapped or hurt', `(?<!\\b(?:car|truck|van|it|ball|toy|keys?|remote|door|shirt|sleeve|jacket|bag|cable|cord|rope|string)(?: is| got| was| are| has been)? )${HELD}${gap(3)}(?:(?:under|beneath|underneath|between|debajo de(?:l)?|bajo) (?:the |a |an |his |her |my |our |el |la )?(?:\\w+ ){0,2}${PINNING}|(?:in|by|inside) (?:the |a |an |his |her |my |our |el |la )?(?:\\w+ ){0,2}(?:door|gate|opener|tracks?|springs?|rollers?|machine|mechanism|puerta|porton))\\b|\\b${PINNING}\\b${gap(6)}(?:came down|fell|landed|collapsed|slammed|closed|dropped|shattered|exploded|se cayo|cayo) (?:on|onto|on top of|across|encima de(?:l)?|sobre) ${SOMEONE}\\b(?!['’]s\\b)|\\bpinning (?:\\w+ ){0,2}(?:legs?|arms?|him|her|them|someone|somebody|foot|feet|hands?)|(?:stuck|trapped) (?:up )?(?:in|on) (?:the |a )?(?:tree|roof|ladder)${gap(8)}(?:hurt|injured|bleed\\w*|can't get down|cant get down|cannot get down|unconscious)|(?:stuck|trapped)${gap(2)}(?:in (?:the |an? )?(?:elevator|lift)|between floors)|(?:elevator|lift)${gap(4)}(?:stuck|stopped|jammed)${gap(6)}(?:with|someone|somebody|people|person|lady|man|kid|child|resident|tenant)`, { askedIsReal: true }),
  // Hurt now, said plainly ("someone is hurt", "he's badly injured"); "nobody is hurt" has no subject here.
  rule('MEDICAL', 9, 'someone hurt', `(?:someone|somebody|he|she|they|he's|she's|they're|hes|shes|theyre|(?:my|our|a|the) (?:husband|wife|son|daughter|dad|mom|mum|father|mother|kid|child|worker|tenant|resident|neighbou?r|guy|man|woman|friend|climber|brother|sister|partner|driver|passenger|rider|cyclist|customer|client|student|boy|girl|operator|employee|staff member))(?: is| are| got| has been| was| just got| been)? (?:badly |really |seriously |pretty |very |bad(?:ly)? )?(?:hurt|injured|shot|stabbed)(?! (?:his|her|their|my) (?:back|finger|toe|pinky|wrist|knee|ankle|shoulder|feelings))(?: (?:bad|badly|really bad))?\\b`, { askedIsReal: true }),
  // A person held where they cannot get out, said plainly ("the driver is trapped", "two workers are pinned"); "trapped in a contract" has no person held.
  rule('MEDICAL', 10, 'someone trapped or hurt', `(?:someone|somebody|he|she|they|he's|she's|they're|hes|shes|theyre|(?:my|our|a|the|one of the|one of our|two of the|two of our) (?:\\w+ )?(?:husband|wife|son|daughter|dad|mom|mum|father|mother|kids?|child|children|baby|worker|workers|tenant|resident|neighbou?r|guy|man|woman|friend|brother|sister|partner|driver|passenger|passengers|rider|cyclist|customer|customers|client|student|students|boy|girl|operator|employee|employees|staff member|people|person))(?: is| are| got| has been| have been| was| were| just got| been)? (?:still |now )?(?:trapped|pinned|crushed)\\b(?! (?:in|into) (?:a |an |the |this |that |my |our )?(?:\\w+ )?(?:contract|lease|job|relationship|cycle|loop|marriage|deal|plan|subscription)\\b)`, { askedIsReal: true }),
  // Something heavy about to come down, or already resting on the house or the lines.
  // The heavy thing named, then 'it' about to go in the next breath ("the wall is leaning out, looks like it's gonna go any second").
  rule('STATED', 9, 'about to fall', `\\b${HEAVY}\\b(?:${gap(8)}|.*\\b(?:it|it's|its|it is|they|they're|the whole thing)${gap(3)})${ABOUT_TO_FALL}`),
  // "it's about to fall", said of what the message names before (a door, a limb): weight coming down, not a temperature or a price.
  rule('STATED', 9, 'about to fall', `(?:it's|its|it is|they're|theyre|they are|whole thing is) (?:\\w+ )?about to (?:fall|come down|collapse|give way|snap)(?! (?:apart|asleep|behind|through|off the (?:wall|hinge)))`),
  // Spanish says the verb first: "se cayó la puerta del garaje encima de mi hijo".
  rule('MEDICAL', 10, 'someone trapped or hurt', `(?:se cayo|cayo|se vino abajo|se derrumbo) (?:el |la |un |una )?${HEAVY}${gap(3)}(?:encima de(?:l)?|sobre) ${SOMEONE}\\b`, { askedIsReal: true }),
  // A heavy thing that broke or is moving, hanging or leaning over a place ("split down the middle and half of it is hanging over the bus stop",
  // "the willow is uprooting, it's going to land on the neighbours kitchen"). Read over the whole message: its parts sit in different clauses,
  // and "going to land" here is a fall under way, not a risk someday.
  rule('STATED', 9, 'about to fall', `^(?=.*\\b${HEAVY}\\b)(?=.*\\b${FAILED}).*\\b(?:${OVERHANGING})`, { wholeMessage: true }),
  // The same in Spanish: "el techo se está cayendo a pedazos", "se derrumbó la pared".
  rule('STATED', 8, 'falling debris', `\\b(?:se (?:esta|estan) cayendo|se caen?|cayendo)${gap(2)}(?:a )?(?:pedazos|trozos|cachos|ladrillos|tejas|piedras|escombros|partes)\\b|\\b(?:techo|pared|plafon|cielo raso|balcon|escalera)${gap(4)}(?:se esta (?:cayendo|derrumbando|hundiendo)|se (?:vino abajo|derrumbo|hundio))\\b`),
  // Pieces coming off something overhead: "pieces are falling off".
  rule('STATED', 8, 'falling debris', `\\b(?:pieces|parts|chunks|bits|panels?|glass|debris|bricks?|plaster|shingles)${gap(3)}(?:are |is |keep |keeps |started |starting )?(?:already |still |now )?(?:falling|dropping) (?:off|down|out|from|on|onto)\\b`),
  // A gas burner or a hot element that cannot be turned off.
  rule('GAS', 10, 'gas', `\\bgas\\b${gap(6)}(?:stuck on|stuck open|(?:won't|wont|will not) (?:turn|shut|switch) off|(?:can't|cant|cannot) (?:turn|shut|switch) (?:it |them )?off)|(?:stuck on|(?:won't|wont|will not) (?:turn|shut|switch) off|(?:can't|cant|cannot) (?:turn|shut|switch) (?:it |them )?off)${gap(6)}\\bgas\\b`, { wholeMessage: true }),
  rule('FIRE', 9, 'burner stuck on', `(?:burners?|elements?|hob|stove ?top|cooktop|rings?)${gap(4)}(?:stuck on|(?:won't|wont|will not) (?:turn|shut|switch) off)|(?:burners?|elements?|hob|stove ?top|cooktop)${gap(8)}(?:can't|cant|cannot) (?:turn|shut|switch) (?:it |them )?off`, { wholeMessage: true }),
  // A door or a machine closing on something and not stopping: "it didn't reverse and it's pressing down on the bike, he's pulling at it".
  rule('MEDICAL', 9, 'someone trapped or hurt', `(?:didn't|did not|won't|wont|doesn't|does not|isn't|not) (?:reverse|stop|go back up|back off)\\w*.*\\b(?:pressing|crushing|pinning|pushing|squeezing) (?:down )?on\\b|(?:pressing|crushing|pinning|pushing|squeezing) (?:down )?on\\b.*\\b(?:won't|wont|doesn't|does not|will not) (?:stop|reverse|go back up)`, { wholeMessage: true, selfNegating: true }),
  // A break-in just now, the door still open to anyone: its parts sit in different clauses.
  rule('STATED', 9, 'break-in', `${BREAK_IN}.*\\bstill\\b(?: \\S+){0,3} ${UNSECURED}`, { wholeMessage: true, selfNegating: true }),
  // Pressure or crushing in the chest.
  rule('MEDICAL', 10, 'medical emergency', `(?:crushing|squeezing|pressure|tightness|heavy feeling|tight feeling)${gap(3)}(?:in|on|across) (?:my|his|her|their|the) chest`, { askedIsReal: true }),
  // Someone trying the doors now: a prowler.
  rule('STATED', 9, 'break-in', `(?:someone|somebody|a (?:man|guy|stranger|person|woman)|(?:some|the) guy|stranger|intruders?|alguien)${gap(10)}(?<!\\b(?:was|were|had been) )(?:trying|testing|jiggling|rattling|pulling on|checking|going door to door)${gap(3)}(?:the |my |our |every |each |all the |door )?(?:handles?|doors?|windows?|locks?|knobs?)`, { selfNegating: true }),
  // Someone inside a car that something fell on or hit.
  rule('STATED', 9, 'someone trapped', `(?:fell|came down|landed|crashed|smashed) (?:\\w+ ){0,4}(?:on|onto|into|on top of) (?:a|the|my|our|his|her) (?:\\S+ )?(?:car|truck|van|vehicle|suv).*\\b(?:(?:someone|somebody|people|a (?:man|woman|kid|child|person)|(?:he|she|they)(?:'s| is| are)?|my \\w+) (?:is |are )?(?:still )?(?:inside|in it|in there|trapped|stuck)|with (?:him|her|them|someone|my \\w+) (?:in|inside)(?: it)?)\\b`, { wholeMessage: true }),
  // Smoke by another name: dark clouds pouring out, a haze filling the hallway; a smoke alarm with a sign of smoke.
  rule('FIRE', 10, 'smoke or fire', `${near(SMOKE_PICTURE, `(?:${ESCAPING}|filling|fill(?:ed|s)? (?:up|with)|in the (?:hall\\w*|house|room|kitchen|building|stairwell|corridor|garage|basement))`, 4)}`),
  rule('FIRE', 10, 'smoke or fire', `(?:smoke|fire) (?:alarms?|detectors?)${gap(5)}(?:going off|went off|goes off|sounding|blaring|screaming|ringing|beeping)${gap(10)}(?:haze|hazy|smoky|smokey|smell\\w* (?:of |like )?(?:smoke|burning)|burning|can't see|evacuat\\w*)|(?:haze|hazy|smoky|smokey|smell\\w* (?:of |like )?(?:smoke|burning))${gap(10)}(?:smoke|fire) (?:alarms?|detectors?)${gap(4)}(?:going off|went off|goes off|sounding|blaring|screaming|ringing)`, { wholeMessage: true }),
  // A container that carries water, ruptured: the words in between may be many ("the pipe in the ceiling of the garage split").
  rule('WATER', 9, 'water escaping', `\\b${CONTAINER}\\b${gap(10)}${RUPTURE}(?! (?:open|seal|ring|washer|hose|pipe)s?\\b)`),
  // Water reaching something electrical.
  rule('WATER_ELECTRICITY', 10, 'water and electricity', `\\b${WATER}${gap(6)}(?:got|gets|getting|went|going|is|came|coming|leak\\w*|drip\\w*|pour\\w*|run\\w*) (?:into|in|on|onto|over|through|thru|inside|near|up to|all over) (?:the |a |my |our )?(?:\\w+ )?${POWERED}\\b|\\b${WATER}${gap(8)}(?:onto|into|over|inside|all over) (?:the |a |my |our )?(?:\\w+ )?${POWERED}\\b|${POWERED}${gap(4)}(?:wet|soaked|in (?:the )?water|under ?water|got water|full of water|mojad\\w*)|moj\\w*${gap(2)}${POWERED}`),
  // Electrical equipment showing a dangerous sign, a few words apart ("my outlet just shot a blue flash").
  rule('ELECTRICAL', 9, 'sparks or burning wiring', `${near(`\\b${POWERED}\\b`, `${POWER_SIGN}(?!\\w* (?:noise|sound) (?:when|only))`, 8)}|(?:wall|outlet|socket|switch|plate|panel|cord|plug)${gap(3)}(?:is |feels |gets |getting )?(?:warm|hot)${gap(6)}(?:smell\\w*|smel|stink\\w*)`),
  // Water x escaping, either order ("water's shooting out of the wall", "dumping water all over the floor").
  rule('WATER', 9, 'water escaping', near(`\\b${WATER}\\b`, ESCAPING, 5)),
  // How deep it stands: "an inch under", "two feet of water".
  // Severity said as a comparison: more than anyone can keep up with.
  rule('WATER', 9, 'water escaping', `faster than (?:i|we|he|she|they|anyone) can (?:mop|keep up|catch|bail|clean|soak|sop|empty)\\w*|(?:turned|turning|turns) into (?:a )?(?:flood|river|lake|pool|swimming pool)\\b`),
  rule('WATER', 9, 'water escaping', `like a (?:waterfall|geyser|fountain|river)\\b|(?:a )?(?:waterfall|geyser)${gap(1)}(?:coming|pouring|running|spraying|shooting|gushing)`),
  rule('WATER', 9, 'standing water', `(?:an?|\\d+|a few|few|couple(?: of)?|two|three|several) (?:inch\\w*|in|cm|centimet\\w*|feet|foot|ft) (?:under|of water|deep)\\b|\\bunder ?water\\b`),
  // Sewage x escaping, or anything coming back up out of a fixture when it should go down.
  rule('SEWAGE', 9, 'sewage backing up', `${near(SEWAGE, ESCAPING, 5)}|${any('coming', 'comes', 'back\\w*', 'spit\\w*', 'pushing', 'welling')} (?:back )?up (?:out of |through |thru |from |into |in )?(?:the |my |our )?(?:\\w+ ){0,2}${FIXTURE}\\b`),
  // Flushing in one place brings it up in another ("every time someone flushes it comes up in the shower").
  rule('SEWAGE', 9, 'sewage backing up', `flush\\w*.*\\b(?:comes?|coming|bubbl\\w*|back\\w*|gurgl\\w*) (?:back )?up (?:out of |through |in |into |from )?(?:the |my |our )?(?:\\w+ ){0,2}${FIXTURE}\\b`, { wholeMessage: true }),
  // Gas: the sound of escaping gas with a smell anywhere in the message, or at a gas-fired appliance; the odorant by any name.
  rule('GAS', 10, 'gas', `${GAS_SOUND}.*\\b${SMELL}|${SMELL}.*\\b${GAS_SOUND}`, { wholeMessage: true }),
  rule('GAS', 10, 'gas', near(GAS_SOUND, GAS_FIRED, 6)),
  // The smell of a burner left on when none is: "smells like someone left the hob on".
  rule('GAS', 10, 'gas', `${SMELL}${gap(4)}(?:left|leaving) (?:the |a )?(?:hob|stove|cooker|oven|burners?|gas|range|ring)(?: \\S+)? on\\b`),
  rule('GAS', 10, 'gas', `${near(SMELL, ODORANT, 4)}|\\b${ODORANT} ${SMELL}`),
  // Fuel x escaping: a drip or a puddle is enough.
  rule('FIRE', 10, 'fuel leak', near(`\\b${FUEL}\\b`, LIQUID_ESCAPE, 4)),
  rule('FIRE', 10, 'smoke or fire', `\\bsmou?lder\\w*|\\bsmoke${gap(3)}${ESCAPING}|${ESCAPING}${gap(2)}smoke\\b`),
  // Something toxic swallowed: a poisoning (by anyone: a child, an adult, a pet).
  rule('MEDICAL', 10, 'poisoning', `${SWALLOWED}${gap(6)}${TOXIC}\\b`, { askedIsReal: true }),
  // Foods that poison animals though people eat them: only when an animal ate them ("my dog ate a bar of dark chocolate").
  rule('MEDICAL', 10, 'poisoning', `\\b${ANIMAL}\\b${gap(4)}${SWALLOWED}${gap(6)}${TOXIC_TO_ANIMALS}\\b`, { askedIsReal: true }),
  // Bleeding x persisting.
  rule('MEDICAL', 10, 'bleeding that will not stop', near(`\\b(?:bleed\\w*|blood|sangr\\w*)`, PERSISTING, 4), { selfNegating: true, askedIsReal: true }),
  // Signs of a stroke, and breathing trouble said in other words.
  rule(
    'MEDICAL', 10, 'medical emergency',
    `(?:weak|numb|droop\\w*|limp|paraly\\w*|tingl\\w*) (?:on|down) (?:one|the left|the right|his left|his right|her left|her right|my left|my right) side|one side of (?:his|her|my|their|the) (?:face|body|mouth)|(?:words?|speech)${gap(3)}(?:wrong|jumbled|garbled|slurred|weird|strange|gibberish|nonsense|mixed up)|face${gap(2)}(?:crooked|lopsided|drooping|droopy)|` +
      // Breathless from exertion ("short of breath when I run") is not an emergency.
      `short(?:ness)? of breath(?!${gap(2)}(?:when|while|after|running|walking|climbing|exercis\\w*|on (?:the )?stairs|going up))|(?:can't|cannot|can not) (?:catch|get) (?:my|his|her|their) breath|gasping|struggling for (?:air|breath)|(?:le|me) falta el aire`,
    { selfNegating: true, askedIsReal: true },
  ),
  // Swelling with a fever, a closing eye or trouble swallowing; lips or tongue swelling; wheezing after an allergen.
  rule(
    'MEDICAL', 10, 'medical emergency',
    `${near(`(?:swell\\w*|swollen|puff\\w* up|hinch\\w*)`, `(?:fever\\w*|fiebre|burning up|eyes? (?:is |are )?(?:half )?(?:shut|closing|closed)|(?:can't|cannot|can barely|hard to|trouble|no puedo|casi no puedo) (?:swallow\\w*|tragar))`, 12)}|throat${gap(2)}(?:tight\\w*|closing(?: up)?)\\b|(?:lips?|tongue|throat|labios?|lengua)${gap(2)}(?:huge|puff\\w*|ballooned|blown up|twice (?:the|its|their) size)|${near('wheez\\w*', '(?:nuts?|peanuts?|allerg\\w*|stung|sting|bee|wasp|shellfish|hives)', 10)}`,
    { selfNegating: true, askedIsReal: true },
  ),
  // A structure giving way, or about to ("roof caved in over the garage", "the deck collapsed with people on it").
  rule('STATED', 9, 'structural collapse', `\\b${STRUCTURE}\\b${gap(4)}${GIVING_WAY}\\b|\\b${GIVING_WAY}${gap(2)}(?:the |our |my |a )?${STRUCTURE}\\b`),
  // Something heavy come through the roof or into a room: "a branch went through the roof", "the tree fell on the house".
  rule('STATED', 9, 'structural collapse', `(?:\\b(?:trees?|branch(?:es)?|limbs?|chimney|poles?|(?:part|half) of (?:the |a )?\\w+)\\b(?! roots)${gap(6)}(?:(?:went|gone|came|crashed|smashed|fell|broke|punched|is) )?(?:through|thru|into|(?:fell|landed|crashed|came down|smashed|collapsed) (?:on|onto|on top of)) )(?:the |our |my |a |his |her )?(?:\\w+ )?(?:roof|ceiling|house|home|bedroom|room|kitchen|garage|attic|conservatory|porch)\\b`),
  // Unable to pass urine (a blocked cat, a man in retention): hours from harm.
  // Said as time without ("hasnt peed in a whole day") or as a litter box with nothing coming out; not where a pet pees ("hasn't peed on the rug since").
  rule('MEDICAL', 10, 'medical emergency', `(?:can't|cant|cannot|can not|hasn't been able to|haven't been able to|unable to|not able to|isn't able to|hasn't|hasnt|has not|haven't|havent|no puede|no ha podido|no ha)${gap(1)}(?:pee|urinate|wee|orinar|orinado|hacer pipi)\\w*\\b(?! (?:on|in|outside|around|all over) (?:the |my |our |his |her )?(?:rug|carpet|floor|bed|couch|sofa|house|mat|kitchen|hall\\w*)\\b)|straining to (?:pee|urinate|wee)|(?:pee|urine)${gap(3)}(?:blocked|only drops|nothing comes out)`, { selfNegating: true, askedIsReal: true }),
  rule('MEDICAL', 10, 'medical emergency', `(?:litter ?box|litter tray|straining|trying to (?:pee|wee|urinate))${gap(8)}(?:nothing|no pee|no urine)(?: is)? (?:coming|comes|came) out`, { selfNegating: true, spansClauses: true }),
  // An animal (or a person) down and unable to rise.
  rule('MEDICAL', 10, 'medical emergency', `\\b(?:is|went|he's|she's|it's|been|lying|laying) down${gap(4)}(?:can't|cannot|can not|won't|wont|unable to|not able to) (?:get up|stand|rise)`, { selfNegating: true, askedIsReal: true }),
  // A fall and unable to get up, the two often said in separate clauses.
  rule('MEDICAL', 10, 'medical emergency', `(?:fell|fallen|fall|slipped|tripped|collapsed)${gap(12)}(?:(?:can't|cannot|can not|unable to|won't|wont|couldn't) (?:get up|stand|move|get off the floor)|(?:isn't|is not|isnt|not|hasn't|has not) (?:getting|gotten|got|moving|responding|waking)(?: up)?\\b)`, { selfNegating: true, askedIsReal: true }),
  // A tooth knocked out, with words in between ("got knocked clean out").
  rule('MEDICAL', 9, 'knocked-out tooth', `(?:tooth|teeth|diente)${gap(4)}knock\\w*${gap(2)}out|knock\\w*${gap(4)}(?:tooth|teeth)${gap(2)}out|(?:se (?:me |le )?(?:cayo|salio)|perdi\\w*) (?:un |el )?diente${gap(3)}golpe`),
  // Carbon monoxide without the alarm: its symptoms since a fuel-burning appliance came on.
  rule('CARBON_MONOXIDE', 10, 'carbon monoxide', `${CO_SYMPTOM}.*\\b(?:${BURNING_ON})|(?:${BURNING_ON}).*\\b${CO_SYMPTOM}`, { wholeMessage: true }),
  // Brakes that don't grab or a pedal that sinks; Spanish "no frena".
  rule(
    'VEHICLE', 9, 'brakes failing',
    `brakes?(?! (?:lights?|lamps?|pads?|fluid|job|service|check|inspection))${gap(3)}(?:barely|hardly|won't|wont|don't|dont|aren't|doesn't|isn't|not) (?:grab\\w*|bit\\w*|catch\\w*|hold\\w*|engag\\w*|work\\w*|stop\\w*)|pedal${gap(3)}(?:sinks?|sinking|sank|goes|going|went|drops?|dropping|dropped) (?:all the way|to the floor|straight down)|(?:no|ya no) frena\\w*|pedal${gap(4)}(?:hasta el fondo|al fondo)|(?:press\\w*|push\\w*|hit|step\\w* on|slam\\w*|pump\\w*) (?:on )?(?:the |my )?brakes?${gap(3)}(?:nothing|didn't|did not|wouldn't|would not|won't|no response|no effect)`,
    { selfNegating: true },
  ),
  // A shock from something that should be safe to touch: current where it must not be.
  rule('ELECTRICAL', 9, 'electric shock', `(?:touch\\w*|grab\\w*|turn\\w* on|use|using|open\\w*)${gap(8)}(?:(?:get|got|gets|getting|giving|gave|gives|feel|felt|feeling)(?: \\S+){0,5} (?:shocks?|zap\\w*|jolts?|tingl\\w*)\\b|(?:shocked|zapped|jolted))|(?:shocks?|zap\\w*|jolts?|shocked|zapped|jolted)${gap(3)}(?:from|off|by|touching) (?:the |a |my |our |his |her )?(?:\\w+ )?${SHOCK_SOURCE}\\b|${SHOCK_SOURCE}${gap(3)}(?:is |keeps )?(?:shocking|zapping|giving (?:me |us |people )?(?:a |an )?(?:\\w+ )?(?:shocks?|jolts?))`),
  // A child, a frail person or a pet shut in a car, a bathroom, a freezer ("my toddler locked herself in the bathroom").
  rule('STATED', 9, 'someone trapped', `\\b${DEPENDANT}\\b${gap(4)}${SHUT_IN}${TRAP}\\b|\\b(?:locked|shut)${gap(2)}(?:my |our |the )?${DEPENDANT} (?:in|inside) (?:the |a |my |our )?(?:\\S+ )?${TRAP}\\b`),
  // Locked out while something burns, fills or runs inside, or with a baby in the cold.
  rule('STATED', 9, 'locked out with a hazard inside', `(?:${LOCKED_OUT}).*\\b(?:${LEFT_RUNNING})|\\b(?:${LEFT_RUNNING}).*\\b(?:${LOCKED_OUT})|(?:left|deje) (?:the |a |la |el )?(?:stove|oven|cooker|hob|iron|burners?|bath|tub|taps?|estufa|horno|plancha)${gap(2)}(?:on|running|prendid[oa]|encendid[oa])\\b.*\\b(?:${LOCKED_OUT})`, { wholeMessage: true }),
  // A break-in now, the door left unsecured or the intruder about; someone trying to get in.
  rule('STATED', 9, 'break-in', `${near(BREAK_IN, UNSECURED, 18)}|(?:someone|somebody|a man|a guy|some guy|people|intruders?|alguien)${gap(3)}(?:is |are )?(?:trying to (?:get|break|force|kick|pry|jimmy|prise|prize|climb|pick) (?:open )?(?:in|into|through|the (?:\\w+ )?(?:door|window|lock|gate)|my (?:\\w+ )?(?:door|window|lock)|our (?:\\w+ )?(?:door|window|lock))|breaking in|(?:inside|in) (?:the|my|our) (?:house|home|apartment|flat|shop|store) right now|quiere entrar|intenta entrar)|(?:i can see|i see|we can see|we see|i'm watching|im watching|we're watching|there's a stranger|there is a stranger|an intruder|veo a)${gap(1)}(?:someone|somebody|a (?:man|guy|stranger|person|woman)|some guy|people|intruders?|alguien)${gap(2)}(?:inside|in|adentro de|dentro de|en) (?:the |my |our |el |la |mi )?(?:\\w+ )?(?:house|home|apartment|flat|shop|store|office|garage|building|warehouse|basement|casa|tienda|oficina)\\b(?! (?:yesterday|last))`, { selfNegating: true }),
  // Held underwater by a drain's suction; a drain cover missing while people swim.
  rule('MEDICAL', 10, 'drain entrapment', `(?:stuck|trapped|caught|sucked|pinned|held|atrapad[oa])${gap(5)}(?:to |in |on |against |en |del? )?(?:the |a |el |la )?(?:\\w+ )?${SUCTION}\\b|(?:can't|cannot|cant|can not) (?:pull|get) (?:him|her|them|it|my \\w+)${gap(1)}(?:off|out|free|loose)`, { askedIsReal: true }),
  rule('STATED', 9, 'drain cover missing while people swim', `(?:(?:drain|suction|main drain) (?:cover|grate|lid)|tapa del? (?:drenaje|desague))${gap(4)}(?:came off|is off|off|missing|gone|broken|cracked|loose|rota?|suelta|no esta).*\\b(?:swim\\w*|in the (?:pool|water|spa|hot tub)|nadando|banando)|(?:swim\\w*|nadando|banando).*\\b(?:(?:drain|suction) (?:cover|grate|lid)|tapa del? (?:drenaje|desague))${gap(4)}(?:came off|is off|off|missing|gone|broken|cracked|loose|rota?|suelta)`, { wholeMessage: true }),
  // Current in the water people are in: a cord or an appliance fallen in, a shock or a tingle in the pool.
  rule('WATER_ELECTRICITY', 10, 'water and electricity', `(?:cords?|cables?|wires?|extension|leads?|radio|speaker|heater|hair ?dryer|appliance|lamp|pump|charger|light)${gap(6)}(?:fell|fallen|dropped|went|is|are|cayo)${gap(1)}(?:in|into|en) (?:the |el |la )?(?:water|pool|tub|bath|spa|hot tub|pond|agua|piscina|alberca)\\b|(?:shock|shocks|shocked|tingl\\w*|zap\\w*|jolts?|buzz|descargas?)${gap(5)}(?:pool|spa|hot tub|jacuzzi|piscina|alberca|in the water|en el agua|ladder|rail)\\b|(?:pool|spa|hot tub|jacuzzi|piscina|alberca)${gap(6)}(?:shock|shocks|shocked|tingl\\w*|zap\\w*|jolts?|descargas?)\\b`),
  // Chemicals spilled, mixed or reacting: burns and toxic gas.
  // A cord, plug or socket melted or charred: wiring that has been burning.
  rule('ELECTRICAL', 9, 'sparks or burning wiring', `\\b(?:cords?|plugs?|outlets?|sockets?|wires?|wiring|extension (?:cord|lead)|power (?:strip|board|bar)|adapters?|chargers?|cables?|enchufes?|cables?)\\b${gap(4)}(?:melted|melting|is melting|has melted|scorched|charred|blackened|burnt|burned|se derritio|derretid[oa]|quemad[oa])\\b`),
  // Rain indoors: water coming in where it must not be, without the word "water".
  rule('WATER', 9, 'water escaping', `\\b(?:raining|rains|pouring|llueve|lloviendo) (?:\\w+ )?(?:inside|indoors|in (?:the|my|our|his|her) (?:\\w+ )?(?:closet|room|bedroom|kitchen|bathroom|hall\\w*|house|living room|basement|office|shop|garage|attic)|adentro|dentro de (?:la casa|el cuarto))\\b`),
  // Livestock or a large animal loose on a road (a traffic hazard); a dangerous wild animal at the house.
  rule('STATED', 8, 'animal loose on the road', `\\b(?:cows?|cattle|bulls?|steers?|horses?|ponies|pony|sheep|goats?|pigs?|livestock|herd|vacas?|caballos?)\\b${gap(3)}(?:loose|out|got out|escaped|running|wandering|sueltos?|suelta)${gap(3)}(?:on|onto|in|across|along|en|por) (?:the |a |la |el )?(?:highway|road|freeway|interstate|street|traffic|lanes?|carretera|calle|autopista)\\b`),
  // A pet or a child running loose toward the traffic now ("she slipped her collar and she's running toward route 9"); not one that "keeps running into the street" (a fence to build).
  rule('STATED', 9, 'loose toward traffic', `\\b(?:dogs?|puppy|pup|cats?|kitten|pets?|beagle|lab|labrador|retriever|terrier|collie|husky|shepherd|poodle|spaniel|frenchie|bulldog|doodle|horses?|pony|ponies|cows?|goats?|sheep|pigs?|bulls?|kids?|child|toddler|little ones?|son|daughter|boy|girl|perr[oa]s?|cachorr[oa]s?|gat[oa]s?|nin[oa]s?|hij[oa]s?)\\b${gap(14)}(?<!\\b(?:keeps?|kept|always|sometimes|often|usually|tends to|likes to|loves to|used to|would) )(?:running|heading|bolting|racing|darting|wandering|taking off|corriendo|corre|se va|(?:just|has just|have just) (?:ran|run|headed|bolted|raced|darted|wandered|walked|slipped|got|took off))${gap(2)}?(?:toward|towards|into|onto|across|out into|out onto|for|hacia|a|por|en)(?: \\S+){0,5} (?:road|highway|hwy|route \\d+|rt \\d+|i ?\\d+|freeway|interstate|motorway|expressway|street|traffic|tracks|carretera|calle|autopista|avenida|via del tren)\\b`, { spansClauses: true }),
  rule('STATED', 9, 'loose toward traffic', `\\b(?:se (?:me |nos )?(?:escapo|solto|salio)|salio corriendo)${gap(10)}(?:corriendo|va|se fue|se va|esta)${gap(2)}?(?:hacia|a|por|en)(?: \\S+){0,2} (?:carretera|calle|autopista|avenida|via del tren)\\b`),
  // A wild animal attacking people or pets now, or showing signs of rabies (circling, stumbling, foaming) near people.
  rule('STATED', 9, 'animal attacking', `\\b(?:${WILD}|dogs?|pit ?bulls?|perros?)\\b${gap(4)}(?:is |are |keeps |just )?(?:attacking|going after|chasing|biting|bit|lunging at|charging (?:at )?|mauling|atacando|mordiendo|persiguiendo)${gap(1)}?(?:people|person|me|us|kids|children|someone|somebody|(?:my|our|the|a|his|her) (?:\\w+ )?(?:cat|dog|kid|child|son|daughter|pet|puppy|kitten|chickens?|husband|wife|neighbou?r)|(?:a|the) (?:man|woman|kid|child|person|boy|girl)|gente|ninos|mi (?:gato|perro|hijo|hija))\\b`),
  rule('STATED', 9, 'animal attacking', `\\b${WILD}\\b${gap(10)}(?:foaming|walking in circles|circling|stumbling|staggering|falling over|cayendose|tambaleando\\w*|caminando en circulos|echando espuma|espuma)\\b`),
  rule('STATED', 9, 'dangerous animal at the house', `\\b(?:bears?|cougars?|mountain lions?|alligators?|gators?|crocodiles?|wolf|wolves|moose|rattlesnakes?|rattler|copperheads?|cobras?|venomous snakes?|oso|serpiente venenosa)\\b${gap(2)}(?:is |are )?(?:in|inside|into|on|under|by|at|en|dentro de) (?:the |my |our |el |la |mi )?(?:\\S+ )?(?:garage|house|home|yard|backyard|porch|deck|kitchen|pool|patio|driveway|basement|shed|barn|room|bedroom|nursery|casa|garaje|patio|cocina)\\b`),
  // Someone collapsed or passed out now; power gone with someone living on a machine (oxygen, a ventilator, dialysis).
  rule('MEDICAL', 10, 'medical emergency', `(?:someone|somebody|he|she|they|client|customer|patient|person|worker|guest|resident|tenant|(?:my|our|a|the) (?:\\w+ )?(?:husband|wife|son|daughter|dad|mom|mum|father|mother|kid|child|baby|client|customer|patient|worker|guest|resident|tenant|neighbou?r|friend|brother|sister|partner|grand\\w+|man|woman|guy|lady|boy|girl))(?: just| has| has just)? (?:collapsed|passed out|fainted|blacked out|keeled over)\\b`, { askedIsReal: true }),
  // The same, with where it happened in between ("the guy on the squat rack just collapsed", "a lady in aisle 3 fainted").
  rule('MEDICAL', 10, 'medical emergency', `\\b(?:someone|somebody|(?:a|the|my|our) (?:\\w+ )?(?:man|woman|guy|lady|person|boy|girl|kid|child|member|client|customer|patient|worker|guest|resident|tenant|rider|runner|climber|swimmer|player|student|camper|skater|shopper|diner|driver|dad|mom|mum|husband|wife|son|daughter))(?: (?:on|at|in|by|from|near|next to|under|behind|beside|inside) (?:the |a |my |our |his |her |aisle |lane |room |court |row )?(?:\\w+ ){0,2}?\\w+)(?: just| has| has just)? (?:collapsed|passed out|fainted|blacked out|keeled over|went down)\\b`, { askedIsReal: true }),
  // Gasping: a person fighting for breath (the sound or the words for it).
  rule('MEDICAL', 10, 'medical emergency', `\\b(?:gasping|gasps?) (?:for (?:air|breath)|sounds?|noises?)\\b|\\b(?:making|is making|he's making|she's making|started making) (?:\\w+ )?(?:gasping|choking|gurgling) (?:sounds?|noises?)\\b|\\b(?:he|she|they|he's|she's|they're|hes|shes|(?:the|a|my|our) (?:\\w+ )?(?:man|woman|guy|lady|person|kid|child|baby|dad|mom|mum|husband|wife|son|daughter|patient|client|member)) (?:is |are |keeps |just )?(?:gasping|gurgling)\\b`, { askedIsReal: true, selfNegating: true }),
  // A stranger inside now: heard or seen (on a camera too) where nobody should be, with a sign it is an intrusion
  // (an alarm, closed hours, hiding, alone, right now). "the plumber is downstairs" names no stranger; "someone was in the yard last week" is past.
  rule('STATED', 9, 'intruder inside now', `^(?=.*\\b(?:alarm (?:went off|is going off|going off|tripped|triggered|says|sounded)|motion (?:alert|detected|sensor|in)|hiding|whisper\\w*|(?:we|we're|were|we are|the (?:shop|store|office|place|building|bakery|gym|business) (?:is|was)|it's|its) (?:\\w+ )?closed|closed (?:\\w+ )?(?:hours?|an hour|ago|for the night|tonight)|after hours|nobody(?:'s| is| should be)? (?:home|here|there|in)|no one(?:'s| is| should be)? (?:home|here|there|in)|(?:i'm|im|i am|we're|we are) (?:home )?alone|by myself|(?:don't|dont|do not) know (?:who|them|him)|right now|as we speak|ahora mismo|ahorita|estoy sol[oa]|estamos sol[oa]s|no hay nadie|la alarma)\\b)(?=.*\\b(?:(?:i|we) (?:can )?(?:hear|see|hearing|seeing)|(?:camera|cam|cctv|footage|monitor|app|feed|doorbell) (?:\\w+ )?(?:shows?|showing|has|picked up|caught|is showing)|there(?:'s| is| are)|theres|(?:escucho|oigo|veo|escuchamos|oimos|hay)(?: a)?)\\b).*\\b(?:someone|somebody|a (?:man|woman|guy|stranger|person|figure)|(?:two|three|some|several|a few|\\d) (?:people|men|guys|persons|figures|strangers)|people|strangers?|intruders?|footsteps|voices|movement|alguien|un hombre|gente|pasos|personas)\\b${gap(5)}(?:downstairs|upstairs|inside|in (?:the|my|our) (?:\\w+ )?(?:house|home|apartment|flat|shop|store|stockroom|stock room|basement|attic|garage|office|building|warehouse|kitchen|living room|bedroom|back room|bakery|gym|barn|hallway)|in here|in there|abajo|arriba|adentro|dentro|en (?:la|mi) (?:casa|tienda|oficina))\\b`, { wholeMessage: true }),
  // A child missing now, said as "we can't find her" or "slipped away", with the child named anywhere in the message.
  rule('STATED', 9, 'missing child', `^(?=.*\\b(?:son|daughter|kid|child|boy|girl|toddler|little one|grand(?:son|daughter|child|kid)|nephew|niece|\\d{1,2} ?(?:year|yr)s?[- ]old|(?:two|three|four|five|six|seven|eight|nine|ten) ?(?:year|yr)s?[- ]old|hij[oa]|nin[oa]|niet[oa]|bebe)\\b(?!'s)).*(?:\\b(?:can't|cant|cannot|can not|couldn't|could not) find (?:him|her|them)(?= *$| (?:anywhere|either|in|at|and|we|i|or|now|for|since|he|she|it|outside|inside))|\\b(?:nobody|no one|noone|staff) (?:can|can't|cant|could|couldn't) find (?:him|her|them)\\b|\\b(?:slipped|wandered|ran|run|got|walked) (?:away|off|out)\\b(?=.*\\b(?:can't|cant|cannot|couldn't|not) (?:find|see)\\b)|\\bno (?:lo|la|los) (?:encontramos|encuentro|encuentran|vemos|veo|hallamos)\\b|\\b(?:se (?:nos |me )?(?:perdio|extravio)|no aparece|desaparecio)\\b)`, { wholeMessage: true, selfNegating: true }),
  // Something people climb, stand on or stand under, coming away while someone is on it or under it.
  rule('STATED', 9, 'structure giving way with someone on it', `^(?=.*\\b(?:coming (?:away|loose|off|apart|out)|pulling (?:away|out|loose|off)|ripping (?:out|off|away)|tearing (?:away|out|off)|detach\\w*|separating from|giving way|coming off the wall)\\b)(?=.*\\b(?:climbing wall|wall|panel|frame|rack|anchors?|bolts?|holds?|railing|balcony|deck|stairs|staircase|ladder|scaffold\\w*|platform|bleachers?|stands?|shelf|shelving|beam|swing|zip ?line|rope|harness|bracket|mount)\\b).*\\b(?:someone|somebody|people|a (?:kid|child|man|woman|guy|climber|worker|person)|(?:my|our|the|a) (?:\\w+ )?(?:kid|son|daughter|child|climber|worker|husband|wife|customer|member)|kids|children|climbers|workers|he|she|they|he's|she's|they're|hes|shes)\\b(?: is| are|'s)?(?: still| right| halfway| half way| way)*(?: up| on| under| underneath| beneath| below| hanging (?:from|off|on)| standing on| climbing| sitting on)(?: (?:it|them|there|the \\w+|top))?\\b(?! (?:to|and)\\b)`, { wholeMessage: true }),
  rule('MEDICAL', 9, 'medical equipment without power', `\\b(?:power (?:is |went |has gone )?(?:out|off|down)|no (?:power|electricity)|lost power|outage|blackout|sin luz|no hay luz)\\b(?=.*\\b(?:oxygen (?:machine|concentrator)|oxygen|ventilator|dialysis|life support|feeding pump|suction machine|apnea monitor|oxigeno)\\b)|\\b(?:oxygen (?:machine|concentrator)|oxygen|ventilator|dialysis|life support|feeding pump|suction machine|apnea monitor|oxigeno)\\b(?=.*\\b(?:power (?:is |went |has gone )?(?:out|off|down)|no (?:power|electricity)|lost power|outage|blackout|sin luz|no hay luz)\\b)`, { wholeMessage: true }),
  // Someone under a heavy thing that dropped: "the lift dropped the car with the mechanic under it".
  rule('MEDICAL', 10, 'someone trapped or hurt', `(?:dropped|fell|came down|collapsed|slipped|gave way)${gap(4)}(?:with|and) (?:${SOMEONE}|(?:the|a|our|my) (?:mechanic|installer|painter|roofer|cleaner|plumber|electrician|operator|employee|staff member|apprentice|colleague|coworker|co-worker|mate|trainee)) (?:is |are |was |got |'s )?(?:still )?(?:under|underneath|beneath|pinned under|trapped under|stuck under) (?:it|them|the \\w+)\\b`, { askedIsReal: true }),
  // A wheel coming loose while driving.
  rule('VEHICLE', 9, 'wheel coming off', `\\b(?:wheels?|tires?|tyres?)\\b${gap(3)}(?:wobbl\\w*|came off|coming off|fell off|falling off|almost came off|is loose|came loose|coming loose)${gap(8)}(?:highway|freeway|interstate|road|driving|motorway|street)\\b`),
  // A wet patch that is growing: water escaping above, said without the word.
  rule('WATER', 9, 'water escaping', `\\b(?:wet|damp|water|soggy)? ?(?:patch|stain|spot|bubble|bulge|area)\\b${gap(4)}(?:getting (?:bigger|wider|larger)|growing|spreading|expanding)(?: (?:fast|quickly|by the (?:minute|hour|second)|as we speak|right now))\\b`),
  // A website, shop or account broken into now: customers sent elsewhere, cards taken, a malware warning (security right now, online).
  rule('STATED', 8, 'site hacked', `\\b(?:site|website|web ?site|store|shop|homepage|home page|checkout|page|account|server|domain|email|inbox|pagina|sitio|tienda)\\b${gap(6)}(?:hack\\w*|compromised|defaced|taken over|hijacked|redirect\\w*|infected|malware|hackead[oa]|pirate\\w*)\\b|\\b(?:hack\\w*|hackead[oa])\\b${gap(4)}(?:site|website|store|shop|homepage|account|server|tienda|pagina|sitio)\\b|\\b(?:site|website|store|shop)\\b${gap(10)}(?:dangerous site|deceptive site|(?:malware|virus|phishing|security) (?:warning|alert|popup|screen))|\\bredirect\\w* (?:everyone|everybody|people|customers|visitors|users|traffic)? ?(?:to|over to) (?:a |some |an )?(?:\\w+ ){0,2}(?:site|page|casino|scam|spam|porn\\w*)\\b|\\b(?:aviso|alerta|warning) de (?:virus|malware)|\\b(?:dangerous|deceptive) site (?:warning|alert|message|screen)`),
  // A payment form nobody added, cards used after buying: a skimmer on the shop (its own negation, "never added", is the sign).
  // Broken glass lying where a baby crawls, people walk or pets are: a cut waiting to happen ("shards everywhere and the dog is walking through them").
  rule('STATED', 9, 'broken glass where people are', `\\b(?:broken glass|glass|shards?|(?:\\w+ )?(?:pieces|chunks|bits|splinters) of glass|(?:little |tiny |small |big |sharp )(?:pieces|chunks|bits|splinters)|thousands of (?:\\w+ )?pieces|vidrios?|cristales)\\b${gap(5)}(?:everywhere|all over|on the (?:\\w+ )?(?:floor|ground|sidewalk|pavement|deck|carpet|patio|rug|road|street)|out there|por todas partes|por todos lados)\\b(?=.*\\b(?:bab(?:y|ies)|toddlers?|crawl\\w*|barefoot|kids?|children|child|dogs?|cats?|puppy|pets?|people|customers|walk\\w*|ninos|nina|perros?|gatos?|gente|clientes)\\b)|\\b(?:bab(?:y|ies)|toddlers?|kids?|children|dogs?|cats?|puppy|pets?|people|customers)\\b${gap(8)}(?:crawl\\w*|walk\\w*|running|playing|barefoot)${gap(6)}(?:broken glass|glass|shards|pieces)\\b`, { wholeMessage: true }),
  // Bleeding that will not stop, said as trying: "i can't get it to stop bleeding".
  rule('MEDICAL', 9, 'bleeding heavily', `(?:can't|cant|cannot|can not|unable to) get (?:it|the bleeding|him|her) to stop(?: bleeding)?|\\b(?:cuts?|gash\\w*|lacerations?) all over (?:his|her|my|their) (?:feet|foot|legs?|arms?|hands?|face|body)\\b`, { askedIsReal: true }),
  // A flammable liquid spilled or leaking by a flame or a spark (a pilot light, a heater, a stove): fire now.
  rule('FIRE', 10, 'fuel leak', `\\b(?:paint thinner|thinner|acetone|solvents?|mineral spirits|turpentine|lacquer|lighter fluid|kerosene|gasoline|petrol|alcohol|ethanol|white spirit)\\b${gap(4)}(?:spill\\w*|leak\\w*|pour\\w*|splash\\w*|tipped|knocked over|everywhere|puddl\\w*|fuming)\\b${gap(8)}(?:pilot(?: light)?|flames?|burners?|water heater|furnace|stove|candles?|space heater|heater|fireplace|sparks?|grill|welder|torch)\\b|\\b(?:spill\\w*|knocked over|tipped over)${gap(3)}(?:paint thinner|thinner|acetone|solvents?|mineral spirits|turpentine|lacquer|lighter fluid|kerosene|gasoline)\\b${gap(8)}(?:pilot(?: light)?|flames?|burners?|water heater|furnace|stove|candles?|space heater|heater|fireplace|sparks?)\\b`),
  // A limb run over, caught or cut by a machine or a heavy thing ("ran over his foot with the mower", "caught her hand in the press").
  rule('MEDICAL', 10, 'someone trapped or hurt', `\\b(?:ran over|run over|runs over|crushed|cut off|sliced off|chopped off|severed|mangled|sliced open|cut open)${gap(1)}(?:his|her|my|their|our \\w+'s|my \\w+'s)? ?(?:foot|feet|hand|hands|fingers?|finger ?tips?|thumb|toes?|leg|legs|arm|arms)\\b(?! (?:nail|nails)\\b)`, { askedIsReal: true }),
  // Someone gone under in a pool, a pond or a tub: lost from sight, face down, not coming up.
  rule('MEDICAL', 10, 'drowning', `\\b(?:fell|slipped|went|jumped|fallen|is|was|got) (?:in|into|under|through)(?: the| a| our| my)? (?:\\w+ )?(?:pool|pool cover|water|lake|pond|river|hot tub|spa|tub|ice|canal|piscina|alberca)\\b(?=.*\\b(?:(?:can't|cant|cannot|can not) (?:find|see|reach|get (?:to )?(?:him|her|them))|not breathing|isn't breathing|not moving|unconscious|went under|not coming up|hasn't come up|didn't come up|face ?down|blue|limp|no lo encuentro|no la encuentro)\\b)|\\bface ?down in (?:the )?(?:pool|water|pond|tub|bath|lake)\\b`, { wholeMessage: true }),
  // An appliance that will not turn off and is glowing, smoking or melting: a fire starting.
  rule('FIRE', 10, 'smoke or fire', `(?:won't|wont|can't|cant|cannot|will not|doesn't|does not|isn't|is not) (?:turn|shut|switch|go)(?:ing)? off\\b(?=.*\\b(?:glowing|red hot|white hot|smok\\w*|melt\\w*|scorch\\w*|burning(?! up)|too hot to touch|on fire|flames?)\\b)|\\bstuck on\\b(?=.*\\b(?:glowing|red hot|smok\\w*|melt\\w*|scorch\\w*|burning(?! up)|on fire|flames?)\\b)`, { wholeMessage: true }),
  // A fire said by how it behaves: out of control, spreading, won't go out.
  rule('FIRE', 10, 'smoke or fire', `(?<!\\b(?:pit|place|grill|bbq|camp|candle|stove|burner|pilot|fire) )\\b(?:fire|flames?|blaze|incendio|fuego)\\b${gap(3)}(?:out of control|spreading|getting (?:bigger|worse)|(?:won't|wont|will not) go out|se (?:esta )?(?:extiende|propaga)\\w*)`),
  // Computers or business systems attacked right now: ransomware encrypting files, someone in control of the machine, data being wiped.
  // Protection, removal or training named after the attack is a service asked about, not an attack.
  rule('STATED', 9, 'systems attacked now', `\\b(?:ransomware|ransom ?(?:note|demand|message|screen|pop ?up)s?|crypto ?locker|(?:nota|mensaje)${gap(2)}(?:pidiendo|de|piden) (?:un )?rescate|piden (?:un )?rescate)\\b(?! (?:protection|prevention|removal|recovery|training|insurance|backups?|plan|policy|attacks? (?:in|on) the news)\\b)|\\b(?:files?|drives?|shared drive|folders?|documents?|photos|server|database|records|archivos|carpetas)\\b${gap(5)}(?:(?:are |is )?(?:being|getting) (?:encrypted|renamed|locked|deleted|wiped|erased)|(?:encrypting|renaming|deleting|wiping|disappearing)|turning into|changing (?:to|into)) (?:\\S+ ){0,4}?(?:as we speak|right now|one by one|in front of (?:me|us|my eyes)|while (?:i|we) watch|still|now|\\S*locked|\\.\\w+)|\\b(?:someone|somebody|a hacker|hackers?|a stranger|alguien)${gap(2)}(?:is |are )?(?:remote(?:ly)? (?:controlling|accessing|into|in)|controlling|in control of|logged (?:in|into|on to)|inside|in|took over|taken over|taking over|moving|using|accessing|deleting|got into|gotten into|broke into|hacked into)${gap(2)}(?:my|our|the|mi|nuestra)? ?(?:computers?|pcs?|laptops?|servers?|system|network|accounts?|screen|mouse|cursor|files|computadoras?)\\b${gap(12)}(?:right now|as we speak|still|now|just|ahora|in front of (?:me|us))|\\b(?:mouse|cursor|raton)\\b${gap(2)}(?:is )?(?:mov(?:es|ing)|clicking|typing) (?:by|on) (?:it|its|it's) ?(?:self|own)\\b|\\b(?:got|get|gotten|broke|hacked) into (?:the|our|my) (?:\\w+ )?(?:system|network|server|computers?|accounts?|terminals?)\\b${gap(8)}(?:still (?:happening|going|in|there|doing it)|right now|as we speak)`, { askedIsReal: false }),
  // Customers' data leaving now: card details or passwords being sent or copied somewhere else while the shop takes orders.
  rule('STATED', 9, 'systems attacked now', `\\b(?:card (?:details|numbers|data|info\\w*)|credit cards?|customers?'? (?:data|details|records|passwords|cards?)|passwords|logins)\\b${gap(3)}(?:are |is )?(?:being |getting )?(?:sent|sending|copied|copying|stolen|skimmed|harvested|forwarded|posted|leaked|leaking|going|redirected)${gap(5)}(?:to|into|onto|by) (?:some|another|a|an|other|a different|an unknown|someone|somebody|strange|weird|random|fake)\\b|\\b(?:sending|sends|copying|forwarding|leaking|redirecting|skimming|stealing|harvesting)${gap(2)}(?:card (?:details|numbers|data|info\\w*)|credit cards?|passwords|logins)${gap(3)}(?:to|into|onto) (?:some|another|a|an|other|a different|an unknown|someone|somebody|strange|weird|random|fake)\\b`),
  // Hacked now, said of oneself ("i think im hacked", "we've been hacked"): security right now, online.
  rule('STATED', 8, 'site hacked', `\\b(?:i'm|im|i am|we're|were|we are|i've been|ive been|we've been|weve been|i just got|we just got|just got|been|i think i got|i think we got) (?:\\w+ )?hacked\\b`),
  // A lithium battery swelling with heat, smoke or a smell: it can catch fire (a swollen battery alone is a repair).
  rule('FIRE', 10, 'battery overheating', `\\b(?:batter(?:y|ies)|laptop|phone|tablet|power ?bank|vape|e-?bike|e-?scooter|scooter|hoverboard|bateria)\\b${gap(4)}(?:swell\\w*|swollen|bulg\\w*|puff\\w*|expand\\w*|inflat\\w*|hinchad[oa]|inflad[oa])\\b(?=.*\\b(?:hot|heat\\w*|smok\\w*|smell\\w*|hiss\\w*|cracking|crack\\w* open|splitting|fire|flames?|burn\\w*|sizzl\\w*|melt\\w*|popping|caliente|humo|olor)\\b)|\\b(?:batter(?:y|ies)|power ?bank|e-?bike|e-?scooter|vape|hoverboard|bateria)\\b${gap(3)}(?:is |are |keeps )?(?:hissing|smoking|sizzling|venting|on fire|sparking|getting (?:really |very |super |so )?hot|(?:way )?too hot to (?:touch|hold)|echando humo)`),
  rule('STATED', 8, 'site hacked', `\\b(?:card|payment|checkout) (?:form|page|field)${gap(4)}(?:never added|didn't add|did not add|we didn't|not ours|fake)|\\bcards? (?:got|were|was|have been) (?:used|stolen|skimmed|charged)${gap(4)}(?:after|from) (?:buying|ordering|shopping|checkout)`, { selfNegating: true }),
  // A hole, pit or tank left open where people or children are: someone can fall in.
  rule('STATED', 9, 'open pit', `\\b(?:lid|cover|manhole|grate|hatch|tapa)s?\\b${gap(4)}(?:is |are |got |has )?(?:gone|missing|off|broke|broken|cracked|caved|collapsed|smashed|loose|open|rota|rompio)\\b${gap(12)}(?:kids?|children|child|toddlers?|someone|somebody|people|dogs?|neighbou?r\\w*|ninos|perro)\\b|\\b(?:kids?|children|child|toddlers?|someone|dogs?)\\b${gap(6)}(?:fall|fell|falling|look|looking|playing|walk\\w*) (?:in|into|near|around|over) (?:the |it|an? )?(?:open )?(?:septic|tank|pit|hole|manhole|well|cistern)\\b`, { wholeMessage: true }),
  // Sewer gas: a sewage smell, and someone feeling it.
  rule('STATED', 9, 'sewer gas', `\\b(?:sewer|sewage|septic|drain|drenaje|cloaca)\\b${gap(4)}(?:smell\\w*|odou?r|stench|fumes|gas|olor)\\b${gap(12)}(?:dizzy|nause\\w*|headaches?|faint\\w*|throwing up|vomit\\w*|can't breathe|mareado|mareada|nauseas|vomit\\w*)|\\b(?:smell\\w*|odou?r|stench|fumes|olor)\\b${gap(4)}(?:of |a |like )?(?:sewer|sewage|septic|drain|drenaje)\\b${gap(12)}(?:dizzy|nause\\w*|headaches?|faint\\w*|throwing up|vomit\\w*|can't breathe|mareado|mareada|nauseas)`),
  // A burn now: skin blistering or peeling, or something hot or caustic spilled on someone.
  rule('MEDICAL', 9, 'burn', `\\b(?:blister\\w*|skin (?:is |was )?(?:peeling|coming|falling) off|(?:bad|severe|serious|chemical|deep) burns?|ampolla\\w*)\\b|\\b(?:hot (?:wax|water|oil|coffee|tea|grease|soup)|boiling (?:water|oil)|acid|bleach|lye|chemicals?|cera caliente|agua hirviendo)${gap(4)}(?:spilled|splashed|poured|dripped|got|spilt|cayo|se derramo) (?:on|onto|over|in|all over|en|sobre) (?:my|his|her|their|the|a|mi|su) (?:\\w+ )?(?:hands?|arms?|legs?|face|skin|eyes?|foot|feet|chest|back|neck|scalp|mano|brazo|pierna|cara)\\b`, { askedIsReal: true }),
  // A fence or gate down with small children or a dog and a road beyond.
  rule('STATED', 8, 'fence down by a road', `^(?!.*\\b(?:when|whenever|every time|if|once)(?: \\S+){0,3} (?:fence|gate|railing) (?:is |are |was |gets |got |left )?(?:open|down|broken)\\b)(?=.*\\b(?:fence|gate|railing|cerca|reja|porton)\\b)(?=.*\\b(?:fell|fallen|down|collapsed|blew over|broken|gone|open|se cayo|cayo)\\b)(?=.*\\b(?:toddlers?|kids?|children|child|baby|dogs?|puppy|perros?|ninos?|hijos?)\\b).*\\b(?:street|road|traffic|highway|cars|carros|calle|carretera|pool|piscina|alberca)\\b`, { wholeMessage: true }),
  // A grease trap, septic tank or sump overflowing or backing up now.
  rule('SEWAGE', 9, 'sewage backing up', `\\b(?:grease traps?|grease interceptors?|septic(?: tank)?|cesspool|holding tank|lift station|sump(?: pit)?)\\b${gap(4)}(?:is |are )?(?:overflow\\w*|backing up|backed up|spilling (?:over|out)|bubbling up|coming up|flooding)\\b`),
  // Two cleaning chemicals mixed (bleach with ammonia or acid gives off a toxic gas), and someone breathing it.
  rule('STATED', 9, 'chemical spill or gas', `\\b${CHEMICAL}\\b(?: and| with| y| con)? (?:\\w+ )?${CHEMICAL}\\b${gap(3)}(?:mixed|mixing|combined|together|mezclad[oa]s?)|\\b(?:${CHEMICAL}|fumes|mixed)\\b${gap(8)}(?:(?:is|are|keeps?|started|can't stop|cant stop) (?:\\w+ )?(?:coughing|choking|wheezing|gasping|throwing up|vomiting)|(?:can't|cant|cannot|can not|struggling to) breathe|eyes? (?:are )?(?:burning|streaming|watering))`),
  // Someone shut inside a cold room, a vault or a lift whose door will not open (English and Spanish).
  rule('MEDICAL', 10, 'someone trapped or hurt', `(?:walk[- ]?in|freezer|cooler|cold room|vault|elevator|lift)${gap(4)}(?:door )?(?:jammed|stuck|won't open|wont open|will not open|locked|shut)${gap(4)}(?:with (?:a |the |my |our )?(?:\\w+ )?(?:worker|employee|staff|person|guy|man|woman|lady|kid|child|someone|somebody|people|cook|tenant|resident)|(?:someone|somebody|people|a (?:worker|person|kid|child)) (?:is |are )?(?:still )?(?:inside|in it|in there))|(?:atrapad[oa]s?|encerrad[oa]s?) en (?:el|la|un|una) (?:ascensor|elevador|congelador|camara fria)`, { askedIsReal: true }),
  rule('STATED', 9, 'chemical spill or gas', `\\b${CHEMICAL}\\b${gap(5)}(?:spill\\w*|splash\\w*|fizz\\w*|smok\\w*|react\\w*|bubbl\\w*|fumes|cloud|got wet|derram\\w*|humo|in (?:his|her|my|their) (?:eyes?|mouth))|(?:spill\\w*|splash\\w*|poured|mixed|dropped|derram\\w*)${gap(6)}${CHEMICAL}\\b(?!${gap(1)}(?:tablets?|dispensers?|floater|feeder)? ?(?:is|are)? ?(?:low|empty))|(?:${CHEMICAL}) (?:smell|gas)${gap(8)}(?:eyes?|cough\\w*|breath\\w*|throat|asthma|dizzy)|(?:cloud|fumes) of (?:gas|${CHEMICAL})|(?:cloud|fumes)${gap(3)}(?:coming )?(?:off|from|out of) (?:the )?(?:chlorinator|feeder|bucket|drum|tank)`),
  // Lines down: brought down, or lying where people are.
  rule('ELECTRICAL', 9, 'lines down', `(?:tree|branch|limb|storm|wind|truck|pole)${gap(3)}(?:took|knocked|brought|pulled|ripped|tore|snapped|taken|knocking|bringing) (?:down )?(?:the |a |our |my )?${LINE}|(?:took|knocked|brought|pulled) down (?:the |a |our |my )?(?:power|electric\\w*|service|utility|overhead) (?:lines?|wires?|cables?)|${LINE} across (?:the |our |my |a )?(?:\\w+ )?${GROUND}\\b|${LINE}${gap(5)}(?:laying|lying|down|hanging|dangling|sparking|resting)(?: \\w+)? (?:across|on|over|in|into) (?:the |our |my |a )?(?:\\w+ )?${GROUND}\\b`),
  // Cleaning: a death found days later.
  rule('BIOHAZARD', 8, 'biohazard', `(?:passed away|died|death|body|deceased)${gap(8)}(?:wasn't|weren't|was not|not|wasnt) (?:found|discovered)|undiscovered death|body${gap(3)}decompos\\w*`, { selfNegating: true }),
  // A child (or someone with dementia) missing now: wandered off, can't be found. Not a child missing school or a tooth.
  rule('STATED', 9, 'missing child', `\\b(?:(?:my|our|a|the|his|her|their) (?:little |young |small |\\d{1,2} ?(?:year|yr)s?[- ]old )?(?:son|daughter|kid|child|boy|girl|toddler|little one|grand(?:son|daughter|child|kid)|nephew|niece|student|camper|pupil)|(?:little|young|small) (?:boy|girl|kid|one)|(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) ?(?:year|yr)s?[- ]old|(?:mi|nuestro|nuestra|el|la|un|una) (?:hij[oa]|nin[oa]|niet[oa]|bebe|pequen[oa])|(?:grand(?:ma|pa|mother|father)|mom|mum|dad|mother|father|husband|wife|patient|resident)\\b(?: \\S+){0,4} (?:with|who has) (?:dementia|alzheimer\\w*))\\b(?!'s)${gap(4)}(?:is |are |has |have |just |went |gone |got |se (?:nos |me )?)*(?:missing(?! (?:school|class|classes|work|practice|out|the|a|an|his|her|their|my|our|some|lunch|teeth|tooth)\\b)|wandered (?:off|away)|ran off|run off|disappeared|vanished|is lost|got lost|perdio|desaparecio|no aparece)\\b|\\b(?:can't|cant|cannot|can not) find (?:my|our|the) (?:little |young )?(?:son|daughter|kid|child|boy|girl|toddler|little one|grand(?:son|daughter|child|kid))\\b(?!'s)`, { selfNegating: true }),
  // A weapon drawn on people now: a knife or a gun waved, pointed or used; a hold-up (a nail gun or a glue gun is a tool).
  rule('STATED', 10, 'weapon threat', `\\b(?:knife|knives|(?<!(?:nail|glue|spray|heat|staple|caulk|caulking|grease|paint|water|nerf|toy|soldering|massage|temperature|radar|speed|air|label|price) )guns?|pistol|rifle|shotgun|machete|weapon|blade|cuchillo|navaja|pistola|arma)\\b${gap(8)}(?:threaten\\w*|waving|pointing|brandish\\w*|swinging|attacking|stabb\\w*|shooting|robbing|holding (?:us|people|staff|everyone)|amenaz\\w*|apuntando|asaltando)\\b|\\b(?:threaten\\w*|waving|pointing|brandish\\w*|amenaz\\w*|apuntando)${gap(6)}(?:knife|(?<!(?:nail|glue|spray|heat|staple|caulk|grease|paint|water|nerf|toy|radar|speed|label|price) )gun|pistol|rifle|machete|weapon|blade|cuchillo|navaja|pistola|arma)\\b|\\b(?:active shooter|shots? (?:fired|being fired)|(?:armed|hold ?up|stick ?up) (?:robbery|robber|man|guy|men)|at (?:gun|knife) ?point|(?:pulled|drew) (?:a|his|her) (?:knife|gun|pistol))\\b`),
  // The eye: a chemical or an object in it, or sight lost suddenly (a curtain or a shadow over it, double vision out of nowhere).
  rule('MEDICAL', 10, 'eye emergency', `\\b(?:${CHEMICAL}|(?:oven|drain|toilet|floor|window) cleaner|pepper spray|mace|super ?glue|crazy glue|nail glue|lye|caustic soda|battery acid|dishwasher (?:pods?|tablets?|detergent)|laundry pods?|(?:hot|boiling) (?:oil|grease|water)|lejia|pegamento|gas pimienta|quimic\\w*)\\b${gap(5)}(?:in|into|en) (?:his|her|my|their|the|both|one|an|el|los|su|sus|mi|mis|un|ambos) ?(?:eyes?|eyeballs?|ojos?)\\b|\\b(?:sticks?|pencils?|pens?|nails?|wires?|metal|shards?|splinters?|slivers?|fish ?hooks?|hooks?|darts?|branch|twig|glass|astillas?|lapiz|palo|vidrio|clavo|alambre)\\b${gap(4)}(?:stuck |lodged |embedded |poked |jabbed |went |got |clavad[oa] |metid[oa] )?(?:in|into|en) (?:his|her|my|their|the|el|su|mi) (?:eyes?|eyeballs?|ojos?)\\b|\\b(?:sudden(?:ly)?|all of a sudden|out of nowhere|de repente|de golpe|repentin\\w*)\\b${gap(8)}(?:can't see|cant see|cannot see|lost (?:\\w+ )?(?:vision|sight)|went blind|gone blind|seeing double|double vision|(?:a |like a |como (?:una? )?)?(?:black |dark |grey |gray )?(?:curtain|shadow|veil)|no (?:veo|ve|puedo ver)|perd\\w* (?:la )?vista|(?:una? )?(?:cortina|sombra|velo)|vision doble|veo doble)\\b|\\b(?:curtain|shadow|veil|cortina|sombra|velo)\\b${gap(5)}(?:over|across|in|coming down (?:over|across)|covering|covers|blocking|blocks|en|sobre|cubriendo|cubre|tapando|tapa|me tapa|le tapa)(?: (?:my|his|her|the|part of|half (?:of )?(?:my|his|her|the)|el|la|mi|su|media))* (?:eye|eyes|vision|sight|ojo|ojos|vista|vision)\\b`, { askedIsReal: true }),
];
