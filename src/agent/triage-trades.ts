import type { HazardRule } from './triage-hazards.js';
import { any, gap, rule } from './triage-phrases.js';
import { NOT_SUPPOSED } from './triage-context.js';
import { ANIMAL, FARM_ANIMAL } from './triage-poison.js';

// Emergencies of a small business's own trade, said the way its customers write them (issue 12):
// a restaurant's or a shop's stock spoiling because its cold store died, animals left without water
// or feed, an animal boarded with us loose, a critical dose missed by someone in care, a person
// stranded because a lift or a stair-lift died, drinking water found unsafe while people drink it, skin going white or blue
// after a filler (a blocked vessel), an intrusion alarm set off at premises nobody is in.
// A home fridge that stopped cooling with the food in it warming is a lost service (HIGH,
// triage-priority.ts), not one of these: the stock must be a business's. triage.ts decides whether a match counts (negated, past, hypothetical, figurative,
// contained).

/** A business's cold store by its name. */
const COLD_STORE = any('walk ?ins?(?: (?:freezers?|coolers?|fridges?|box))?', 'cold (?:rooms?|stores?|storage)', '(?:display|deli|meat|dairy|seafood|fish|bakery|produce|reach ?in) (?:fridges?|freezers?|coolers?|cases?|cabinets?)', 'reach ?ins?', 'blast (?:chillers?|freezers?)');
/** Any fridge or freezer: a business's when its stock is said. */
const ANY_COLD = any(COLD_STORE, 'freezers?', 'coolers?', 'fridges?', 'refrigerators?', 'chillers?', '(?:ice cream|chest) (?:freezers?|cabinets?)');
/** Gone: died, quit, stopped cooling. */
const COLD_DOWN = any(
  'died', 'dead', 'quit', 'packed (?:in|up)', 'gave (?:up|out)', 'conked out', 'went (?:down|out|off)', 'is down', 'broke(?: down)?', 'failed', 'stopp?ed (?:working|cooling|running|freezing)', 'cut out',
  "(?:isn't|is not|not|won't|wont|will not) (?:cooling|freezing|getting cold|holding(?: temp\\w*)?|staying cold|working)",
);
// Where the stock itself is at risk (Fahrenheit): a cooler above 41 (the food-safety danger zone), a freezer above 32 (thawing).
// A freezer at 30 and climbing is failing with its stock still frozen: a lost service (HIGH), as a cooler running warm at 40 is.
const COOLER_WARM = '(?:4[2-9]|[5-9]\\d|1\\d\\d)(?! ?(?:c|celsius)\\b)';
const FREEZER_WARM = '(?:3[3-9]|[4-9]\\d|1\\d\\d)(?! ?(?:c|celsius)\\b)';
const READING = '(?:is |are )?(?:at|reading|reads|showing|shows|says|up to|hit|already at|already) ';
const CLIMB = `(?: degrees| ?f)?(?: \\S+){0,2} (?:and |&)?(?:still |now )?(?:climbing|rising|going up|creeping up)\\b`;
/** Stock spoiling now, in words that say nothing else ("warming" alone is said of kegs and of a room). */
const SPOILING = `(?<!\\b(?:will|would|could|might|may|gonna|to|it|they|before) )${any('thaw\\w*', 'defrost\\w*', 'melt\\w*', 'spoil\\w*', 'going (?:off|bad)', 'rotting', `(?:it's|its|it is) (?:already |now )?(?:up to )?${FREEZER_WARM} (?:degrees )?in (?:there|it)`)}`;
/** Perishable stock, and it warming. */
const PERISHABLE = any('meat', 'fish', 'seafood', 'dairy', 'milk', 'cheese', 'produce', 'ice cream', 'chicken', 'beef', 'pork', 'shellfish', 'oysters', 'food', 'everything', 'it all', 'the lot', 'product', 'stock');
const WARMING = `${PERISHABLE}${gap(4)}(?:warming|getting warm\\w*|going warm)`;
/** What a business keeps cold for sale or for service (a household's "food" is not said here). */
const STOCK = any(
  'product', 'stock', 'inventory', '(?:\\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a couple|couple) ?(?:grand|thousand|k)\\b', 'worth of', 'full of (?:\\w+ ){0,3}(?:for|to sell)',
  '(?:at|in) (?:the|our|my) (?:\\w+ ){0,2}(?:shop|store|restaurant|cafe|deli|bakery|bar|pub|diner|market|butcher\\w*|takeaway|food truck|bistro|gelateria|creamery)',   '(?:tonight\'?s?|today\'?s?|tomorrow\'?s?|lunch|dinner|this weekend\'?s?|friday\'?s?|saturday\'?s?|party|catering|wedding|big) (?:service|rush|orders?|catering|event|functions?)', 'customers', 'catering', 'lunch food',
  // Food kept for a day's trade: "all the meat for saturday is inside".
  `(?:all )?(?:the |our )?${PERISHABLE} for (?:\\w+ ){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|service|the event|the wedding|the party)`,
);
/**
 * Animals a farm, a stable or a kennel keeps: triage-poison's FARM_ANIMAL (the one list of what a farm keeps), and the words for them
 * together or the ones that are also food, which say the animals here, where they go without water or break into the feed.
 */
const KEPT_ANIMALS = any(FARM_ANIMAL, 'herd', 'steers?', 'lambs', 'chickens?', 'hens?', 'poultry', 'flock', 'birds', 'livestock', 'animals', 'dogs', 'kennels?', 'stock(?= (?:have|has|are|need))');
/** What holds a kept animal fast: a fence or its wire, a gate, a stall wall, a trailer, a hay net, a grid, mud or ice. */
const ANIMAL_SNARE = any('fenc(?:e|es|ing)', '(?:barbed |electric |field |page |woven )?wire', 'gates?', 'cattle (?:grid|guard)', 'stalls?', 'stables?', 'trailers?', 'hay ?nets?', 'ropes?', 'halters?', 'lead ropes?', 'feeders?', 'hay ?racks?', 'water troughs?', 'troughs?', 'mud', 'bog', 'ditch', 'creek', 'pond', 'ice', 'pipes?', 'railings?', 'posts?');
/** An inflatable a party hires, and children in or on it. */
const INFLATABLE = any('bounce ?houses?', 'bouncy (?:castles?|houses?)', 'bounce castles?', 'inflatables?', 'moon ?walks?', 'jump(?:ers?| houses?)', 'water slides?', 'obstacle course');
const INFLATABLE_FAILING = any('deflat\\w*', 'collaps\\w*', 'caving in', 'caved in', 'coming down', 'came down', 'going down', 'went down', 'blew (?:over|away)', 'blown (?:over|away)', 'blowing (?:over|away)', 'tipp(?:ed|ing)(?: over)?', 'flipp(?:ed|ing)(?: over)?', 'lift(?:ed|ing) (?:up|off)', 'took off', 'came loose', 'came untied', 'flying');
const KIDS_IN = `(?:kids?|children|child|little ones|people|someone|somebody|(?:my|our|the) (?:son|daughter|boy|girl|toddler)s?)(?: (?:are|is))? (?:still )?(?:in|inside|on) (?:it|there|them)`;
/** Nothing to drink or eat. */
const WITHOUT_WATER = any('no (?:drinking )?(?:water|feed|hay)', 'without (?:any )?(?:drinking )?(?:water|feed|food|hay)', 'out of (?:water|feed|hay)', 'ran out of (?:water|feed|hay)', 'nothing to (?:drink|eat)', '(?:water|feed) (?:has |is )?(?:run|ran) out', 'need(?:s)? (?:drinking )?water (?:today|now|asap|urgently|right now)');
/** How long, or how hot: an animal without water for hours or in the heat. */
const FOR_LONG = '(?:since|all (?:day|night|morning)|for (?:hours|days|\\S+ (?:hours?|days?))|today|tonight|this morning|degrees|heat\\w*|hot|scorching|sweltering)';
/** An animal in our care, not one's own pet: boarded, sat, walked or groomed. */
const BOARDED = any(
  'boarding (?:dogs?|cats?|pups?|puppies|horses?|animals?|guests?|pets?)', 'boarders?', '(?:dogs?|cats?|pups?|puppies|horses?|animals?|pets?|one) (?:we are|we\'re|were|i am|i\'m|im|we have) (?:boarding|sitting|watching|minding|walking|grooming|looking after)',
  '(?:a|one|two|three|some) of (?:the|our) (?:boarding |daycare )?(?:dogs|cats|pups|animals|guests|boarders)', '(?:daycare|kennel|boarding) (?:dogs?|pups?|guests?)', '(?:dog|pet) (?:we(?:\'re| are) )?(?:sitting|boarding)',
);
/** Loose: got out, ran off, slipped its lead. */
const GOT_LOOSE = any('got out', 'gotten out', 'escaped', 'ran off(?!(?: \\S+){0,2} (?:energy|steam))', 'run off(?!(?: \\S+){0,2} (?:energy|steam))', 'bolted', 'took off', 'slipped (?:his|her|its|the|their) (?:lead|leash|collar|harness)', 'jumped (?:the|over the) (?:fence|gate|wall)', 'dug (?:out|under)', 'got loose', 'is loose', 'are loose', 'on the loose', 'gone missing', 'is missing', 'are missing', "(?:can't|cant|cannot|can not) find (?:him|her|it|them)");
/** A medicine that must not be missed: a missed dose is a danger within hours. */
const CRITICAL_MEDICINE = any(
  'insulin', '(?:anti[- ]?)?seizure (?:meds|medication|medicine|tablets|pills)', 'epilep\\w* (?:meds|medication|medicine|tablets|pills)', 'heart (?:meds|medication|medicine|tablets|pills)',
  'blood thinners?', 'warfarin', "parkinson'?s (?:meds|medication|medicine|tablets|pills)", 'levodopa', 'anti[- ]?rejection (?:meds|medication|drugs)', 'transplant (?:meds|medication|drugs)', 'hydrocortisone', 'steroid (?:dose|tablets)',
  // A dialysis session missed is the same danger within a day or two ("mom missed dialysis yesterday and today and she's confused").
  'dialysis(?: sessions?| treatments?| runs?)?(?! (?:appointments?|transport|rides?|bus|van|schedule|times?|slots?))', 'dialisis',
);
/** The dose not given: missed, not had, due long ago, nobody there to give it. */
const DOSE_MISSED = any(
  'missed', 'skipped', 'no fue a(?: su)?', 'falto a(?: su)?', "(?:hasn't|hasnt|has not|haven't|havent|have not|hadn't|didn't|didnt|did not|never) (?:had|taken|got|gotten|been given|received|take|get)", '(?:no one|nobody|noone) (?:gave|has given|to give)',
  'ran out of', 'run out of', 'is out of', 'without',
);
/** Someone who cannot take the stairs. */
const CANNOT_TAKE_STAIRS = any('wheelchairs?', 'bed ?bound', 'bedridden', 'immobile', 'walkers?', 'mobility scooters?', 'frail', 'elderly', 'disabled', 'oxygen', 'dialysis', "(?:can't|cant|cannot|can not) (?:walk|manage (?:the )?stairs|do (?:the )?stairs|use (?:the )?stairs)");
/** Stranded: cannot get down, up or out. */
const STRANDED = any('stuck', 'stranded', 'trapped', "(?:can't|cant|cannot|can not|unable to) get (?:down|up|out|off)");
/** A lift that carries a person who cannot walk. */
const STAIR_LIFT = any('stair ?lifts?', 'chair ?lifts?', 'platform lifts?', 'wheelchair lifts?', 'porch lifts?', '(?:ceiling|patient|bath|pool) (?:hoists?|lifts?)', 'hoists?');

/** Drinking water found unsafe: a germ, lead or sewage in the well or the supply. */
const CONTAMINATED = any('(?:tested |tests |came back |is |was |just )*positive (?:for )?(?:e ?coli|coliforms?|fecal \\w+|faecal \\w+|bacteria|legionella|lead|nitrates?)', '(?:has|have|got) (?:e ?coli|coliforms?|fecal \\w+|faecal \\w+|legionella|sewage) (?:in (?:it|them)|bacteria)', '(?:is |was )?contaminated');
/** People drinking it now. */
const DRINKING = '\\b(?:kids|children|people|we|they|guests|customers|residents|students|staff|everyone|everybody|family|babies|baby|tenants|patients|campers)(?: \\w+){0,2} (?:drink|drinks|drinking|drank|have been drinking|use it for (?:drinking|formula|bottles))\\b';

export const TRADE_RULES: HazardRule[] = [
  // A business's cold store gone with stock in it: "the walk in is reading 48 and climbing", "cold room compressor packed in, 3 grand of fish getting warm".
  // A freezer climbing at any reading while what is in it thaws ("el congelador esta a 30 grados y subiendo, se esta descongelando toda la carne"); a home's is a lost service.
  // A defrost cycle or a question whether it is normal is no failure ("at 0 and climbing to 10 during defrost, is that normal"), and
  // stock moved to safety is trouble contained (HIGH): "at 40 and climbing, we moved what we could to the other freezer".
  rule('STATED', 8, 'stock spoiling', `^(?!.*\\b(?:defrost (?:cycle|mode)|during (?:the |a |its )?defrost|is (?:that|this|it) normal|normal for|moved|moving|transferred|emptied|on ice|safe now)\\b).*?(?:\\b${COLD_STORE}\\b${gap(6)}${READING}${COOLER_WARM}${CLIMB}|\\b(?:${COLD_STORE} )?freezers?\\b${gap(6)}${READING}${FREEZER_WARM}${CLIMB}|\\b${COLD_STORE}\\b${gap(6)}${COLD_DOWN}\\b.*\\b(?:${SPOILING}|${WARMING}|${STOCK})\\b|(?<!\\b(?:home|house|kitchen)\\b.*)\\b(?:${COLD_STORE} )?freezers?\\b${gap(6)}(?:\\S+ )?\\d+${CLIMB}.*\\b${SPOILING}\\b|^(?=.*\\b${STOCK}\\b)(?=.*\\b(?:${SPOILING}|${WARMING})\\b).*\\b${ANY_COLD}\\b${gap(10)}(?:${COLD_DOWN}|${SPOILING}|${WARMING})\\b)`),
  // Animals kept without water or feed for hours, or in the heat: "the waterer broke and the horses have had no water since yesterday".
  rule('STATED', 9, 'animals without water', `^(?!.*\\b(?:cleaning|scrubbing|refill\\w*|topped (?:it |them )?up|back on)\\b)(?=.*\\b${FOR_LONG}\\b).*(?:\\b${KEPT_ANIMALS}\\b${gap(8)}${WITHOUT_WATER}|${WITHOUT_WATER}${gap(12)}${KEPT_ANIMALS}\\b)`, { selfNegating: true }),
  // An animal in our care loose: "one of the boarding dogs slipped his lead and ran off" (an escape told as long ago is past).
  // Loose inside the building ("got out of her crate and is hiding under the desk") is not at large.
  rule('STATED', 9, 'boarded animal loose', `^(?!.*\\b(?:last (?:year|month|week|summer|winter|spring|fall|time)|(?:years?|months?|weeks?) ago|previously|once|hiding|still inside|in the (?:office|building|lobby|hallway|back room|reception|kennel building)|under the (?:desk|bed|couch|sofa|counter))\\b).*\\b${BOARDED}\\b.*\\b${GOT_LOOSE}\\b`, { selfNegating: true }),
  // A kept animal held fast now (tri40, a stable's visitors: "a foal is stuck in the fence", "the gelding has his leg caught in the gate
  // and is thrashing", "the cow is caught in the barbed wire"): it tears itself on the wire or breaks a leg fighting it. One that
  // keeps getting stuck, or always does, is a fence to fix.
  rule('STATED', 9, 'animal caught fast', `^(?!.*\\b(?:keeps?|kept|always|sometimes|often|usually|tends? to|every time|whenever|used to|likes to)\\b).*\\b${ANIMAL}\\b${gap(3)}(?:is |are |was |got |has |have |been |just |still |now )*(?:(?:got |has |have )?(?:his|her|its|their|a|the) (?:\\w+ )?(?:legs?|hoof|hooves|head|neck|foot|feet|horns?|collar|halter) )?(?:stuck|caught|tangled|trapped|wedged|cast|hung up|hanging)(?: up)? (?:in|on|through|under|between|against|by|to)(?: (?:the|a|an|our|my|some|his|her|its))? (?:\\w+ )?${ANIMAL_SNARE}\\b`),
  // A hired inflatable failing with children in it ("the inflatable is deflating with the kids still in it", "the bounce house lifted off with kids on it").
  rule('STATED', 9, 'inflatable failing with children in it', `\\b${INFLATABLE}\\b${gap(4)}(?:is |are |was |just |has |got )*${INFLATABLE_FAILING}\\b(?:${gap(3)}(?:with|and)(?: the)? ${KIDS_IN.replace(' (?:in|inside|on) (?:it|there|them)', '')} (?:still )?(?:in|inside|on)(?: (?:it|there|them))?\\b|${gap(6)}${KIDS_IN}\\b)|\\b(?:kids?|children)\\b${gap(4)}(?:in|inside|on) (?:the |a |our )?${INFLATABLE}\\b${gap(4)}(?:when |and )?(?:it )?${INFLATABLE_FAILING}\\b`),
  // A critical dose missed by someone in care: "the carer didn't show up and she needs her insulin now", "dad hasn't had his heart tablets today".
  rule('STATED', 9, 'missed critical medication', `\\b${DOSE_MISSED}${gap(3)}${CRITICAL_MEDICINE}\\b(?! (?:syringes?|pens?|needles?|strips|supplies|pump supplies|cooler|bag|case|prescription|refill|order|delivery))|\\b(?:needs|need|is due|was due)(?: (?:her|his|their|my))? ${CRITICAL_MEDICINE} (?:shot |dose )?(?:now(?! that)|asap|right now|urgently)\\b|\\b${CRITICAL_MEDICINE}\\b${gap(3)}(?:is |was )?(?:overdue|(?:due|late) (?:\\w+ ){0,2}(?:hours?|an hour) ago|hours late)\\b`, { selfNegating: true }),
  // Drinking water found unsafe while people drink it: "our well tested positive for e coli and the daycare kids drink from it".
  rule('STATED', 9, 'drinking water contaminated', `^(?!.*\\b(?:last (?:year|month|time|test)|(?:years?|months?) ago|treated|chlorinated|shocked|fixed|came back (?:clean|negative)|bottled water|boil\\w*)\\b)(?=.*${DRINKING}).*\\b(?:well|water|tap water|supply|taps?|fountains?)\\b${gap(6)}${CONTAMINATED}`),
  // Livestock that broke into the feed and gorged on grain ("the sheep got into the feed room and ate a whole bag of grain"): bloat or founder within hours.
  rule('STATED', 9, 'livestock gorged on grain', `\\b${KEPT_ANIMALS}\\b${gap(3)}(?:got|broke|has got|have got|gotten) (?:into|in) (?:the |our )?(?:\\w+ )?(?:feed|grain|corn|oats?)(?: \\w+)?\\b.*\\b(?:ate|eaten|eating|gorg\\w*|stuff\\w*|bloat\\w*|founder\\w*|down)\\b|\\b${KEPT_ANIMALS}\\b${gap(4)}(?:ate|has eaten|have eaten|eaten) (?:a |the |half a |half the )?(?:whole |entire |full )?(?:bag|sack|bin|bucket|barrel|pile|lot|drum)s? of (?:grain|feed|corn|oats|barley|pellets|sweet feed)\\b`),
  // A fire alarm going off with someone who cannot take the stairs and no lift: "mom's in a wheelchair, the fire alarm is going off and the elevator is off".
  rule('STATED', 9, 'someone unable to get out', `^(?=.*\\b(?:fire alarms?|alarms?)\\b${gap(3)}(?:is |are |keeps |just )?(?:going off|went off|sounding|ringing|blaring|beeping))(?=.*\\b${CANNOT_TAKE_STAIRS}\\b).*\\b(?:lifts?|elevators?)\\b${gap(4)}(?:is |are |has |have )?(?:off|out|dead|down|shut (?:off|down)|locked|not working|stopped|disabled|out of (?:service|order))\\b`, { selfNegating: true }),
  // Someone left on a stair-lift or a hoist that died: "the stair lift died with my dad on it half way down".
  rule('STATED', 9, 'someone stranded by a lift', `\\b${STAIR_LIFT}\\b${gap(6)}(?:stopped|died|broke|quit|jammed|stuck|dead|cut out|conked out|froze|won't move|wont move|will not move)\\b.*\\b(?:with (?:my|our|his|her|their|the|a) (?:\\w+ )?\\w+ (?:on|in) it|(?:he|she|they|he's|she's|they're|hes|shes|theyre|mom|mum|dad|nan|gran|grandma|grandpa|(?:my|our|his|her|their|the) \\w+) (?:is |are )?(?:still )?(?:${STRANDED}|sitting (?:on|in) it|halfway))|\\b(?:stuck|stranded|trapped) (?:on|in) (?:the |her |his |their |a |my |our )?${STAIR_LIFT}\\b`, { selfNegating: true }),
  // A lift dead and someone who cannot take the stairs stranded: "the only lift is dead and residents in wheelchairs are stuck on the 9th floor".
  rule('STATED', 9, 'someone stranded by a lift', `^(?=.*\\b(?:lifts?|elevators?)\\b${gap(4)}(?:is |are |has |just |went )*(?:dead|down|out|broken|broke|died|failed|not working|stopped(?: working)?|out of (?:service|order)))(?=.*\\b${CANNOT_TAKE_STAIRS}\\b).*\\b${STRANDED}\\b`, { selfNegating: true }),
  // Skin gone white, grey or blue after a filler or an injection (a blocked vessel: "after my filler today my lip is turning white and
  // really painful"); a bruise or swelling after it is the usual course.
  rule('MEDICAL', 10, 'medical emergency', `^(?=.*\\b(?:fillers?|lip (?:filler|flip|injection)s?|juvederm|restylane|botox|injections?|injected)\\b).*\\b(?:turning|turned|gone|going|went|looks?|looking|is|are|all)${gap(2)}(?:white|pale|blanched|blue|bluish|gr[ae]y|purple|dusky|mottled|blotchy|patchy)\\b(?!.*\\b(?:last (?:week|month|year)|ago|normal)\\b)`, { askedIsReal: true }),
  // An intrusion sensor set off at premises nobody is in (a glass-break, a door contact, a motion sensor): someone may be getting in now;
  // one "for no reason", set off by the cat or the wind, or tested, is a nuisance (triage-benign.ts).
  rule('STATED', 9, 'break-in', `^(?!.*\\b(?:for no reason|no reason|keeps|false|cat|cats|dog|dogs|spiders?|bugs?|wind|test\\w*|low battery|chirp\\w*|last (?:night|week|month))\\b)(?=.*\\b(?:nobody|no one|noone)(?:'s| is| should be)? (?:there|here|home|in|inside)|\\b(?:store|shop|office|building|warehouse|house|place) is (?:empty|closed)).*\\b(?:glass ?break|intrusion|burglar|door contact|window contact|motion|panic) (?:sensors?|alarms?|detectors?|zones?)${gap(3)}(?:went off|is going off|going off|tripped|triggered|activated|sounding)\\b`, { wholeMessage: true }),
  // A panic or duress button pressed at premises we watch and nobody answering there ("the panic button at the jewelry store was pressed
  // and nobody is answering"): a hold-up or an attack now. One pressed by accident, tested or stuck is a nuisance.
  rule('STATED', 9, 'panic alarm', `^(?!.*\\b(?:by (?:accident|mistake)|accidentally|false|test\\w*|stuck|sticky|low battery|chirp\\w*|last (?:night|week|month)|yesterday|(?:years?|months?|weeks?|days?) ago|install\\w*|quote|price)\\b).*\\b(?:panic|duress|hold ?-?up|holdup|sos) (?:button|alarm|pendant|alert|code)s?\\b${gap(4)}(?:was |is |got |has been |been |just )*(?:pressed|pushed|hit|activated|triggered|going off|went off|sounding)\\b`, { wholeMessage: true }),
  // Several people sick at once after food we served ("half the wedding guests are throwing up after the buffet"): a food poisoning
  // outbreak now. One guest's complaint, or sickness told as over ("some guests got sick last week, we want a refund"), is not.
  rule('MEDICAL', 10, 'food poisoning outbreak', `^(?!.*\\b(?:last (?:week|month|year|weekend)|(?:weeks?|months?|years?) ago|were fine|are fine|everyone is fine|recovered)\\b).*\\b(?:several|many|most|half|all|lots|a lot|a bunch|a dozen|dozens|\\d+|two|three|four|five|six|ten|twenty|some) (?:of )?(?:the |our |my )?(?:\\w+ )?(?:guests|people|diners|customers|kids|children|students|staff|attendees|employees|workers|residents|campers|invitados|personas)\\b${gap(2)}(?:are |were |have been |got |getting |started |keep )*(?:vomit\\w*|throwing up|threw up|being sick|violently ill|food poisoning|vomitando)\\b(?=.*\\b(?:after|since|from|at) (?:the |our |your |a |my )?(?:\\w+ )?(?:event|party|wedding|buffet|dinner|lunch|meal|food|catering|catered|banquet|reception|restaurant|brunch|picnic|barbecue|bbq|fiesta|boda|comida)\\b)`, { wholeMessage: true }),
  // A hot tub or a spa reading past what a body stands (over 104°F) with someone in it or just out, or climbing and not shutting off
  // (tri42: "the tub says 112 and it keeps going up, my dad was just in there"). A setting asked about is not a reading.
  rule('STATED', 9, 'hot tub overheating', `^${NOT_SUPPOSED}(?=.*\\b(?:hot ?tubs?|tubs?|spas?|jacuzzis?|whirlpools?)\\b)(?=.*\\b(?:(?:was |were )?just (?:in|got out)|(?:in|inside) (?:it|there|the (?:tub|water|spa))|(?:feels?|felt|feeling|is|getting) (?:\\w+ )?(?:faint|dizzy|sick)|passed out|keeps? (?:going up|climbing|rising)|${CLIMB.slice(CLIMB.indexOf('(?:climbing'))}|(?:won't|wont|will not) (?:shut|turn|switch) off)).*\\b(?:${READING}|(?:is|s|at) )(?:10[5-9]|1[1-9]\\d)\\b(?! ?(?:c|celsius)\\b)`, { wholeMessage: true }),
];
