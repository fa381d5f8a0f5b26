import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Probes written for round 24 (issue 12, items 4-5), before the run. Held-out lags tune on recall (P 0.963 R 0.927
// priority 0.909 against tune's 0.999 / 0.996 / 0.984), so these are new wordings in trades the eval and the round
// 13-23 probes do not have: a coffee roaster, a winery, a sawmill, a machine shop, a cheese dairy, a sign shop, a
// self-storage yard, an upholsterer, a piano tuner, a locksmith at night, a cold-storage plant, an art gallery, a tire
// shop, a sushi bar, a go-kart track, a karaoke bar, an orchard, IT support, a coworking space; emergencies told by what
// people see, smell and hear with no keyword, phone transcripts, typos and texting, Spanish, and the contrasts (past,
// hypothetical, negated, figurative, names, admin and fees, contained = HIGH, routine priority by the rule).
// Our own wording, not taken from eval/data.
// FIRST RUN (153 rows, before any fix, whole per-turn step; the same on main 2307863): emergency P 0.969 R 0.939, priority 0.908.
// Misses: an arm crushed in a roaster's tray arm, an installer lying on the sidewalk "not answering", a door kicked in with the
// intruder maybe inside, a Spanish throat closing after a bee sting; false alarms: "on fire with the regulars", a Spanish fire put out
// ("ya apagamos el fuego"); priority: a wrong invoice (billing problem, HIGH), feedback by texting ("thx", "gr8", "a lifesaver"),
// "the crowd was on fire" with "tonight", an office without internet before a demo. Hazards: "pooling" read as sewage ("poo..."),
// a face cut open, a fall with "he fell and he's not talking", a fallen mother behind a locked door, a log rolled onto a leg, a
// toddler who locked herself in a hot car. Fixed by the rules (five labels changed, each noted). After: P 1.000 R 1.000 priority 1.000.
// SECOND BATCH (39 rows written blind after those fixes, run once): P 1.000 R 0.850 priority 0.821 (a head struck and "isn't
// answering", an arm caught in a car-wash brush, a Spanish coworker who fainted, read as a story about someone else; "a show saturday", "is killing it", "billed us for two visits but only one tech came"; hazards: a shoe melting on
// a foot, water into a pump room). Fixed by the rules below; one label changed (noted: "for the spring remodel"). Whole table after: P 1.000 R 1.000 priority 1.000 on 192 rows.

const tables: Record<string, TriageRow[]> = {
  'coffee roaster: drums, chaff, gas burners': [
    ["the chaff collector on the roaster is glowing orange and there's smoke pouring out the stack", true, 'URGENT', 'FIRE'],
    ["the roaster burner smells like rotten eggs and the flame went out", true, 'URGENT', 'GAS'],
    ["my roaster guy got his sleeve caught in the cooling tray arm and his arm is crushed", true, 'URGENT', 'MEDICAL'],
    ["the roast drum squeaks at the start of every batch", false, 'NORMAL'],
    ["do you service probat roasters", false, 'LOW'],
    ["the grinder died and we have a wholesale order shipping tomorrow", false, 'HIGH'],
  ],
  'winery: tanks, cellars, CO2': [
    ["two of the cellar hands went down into the fermenting tank room and now they're gasping and can't stand", true, 'URGENT', 'MEDICAL'],
    // (Labelled WATER_ELECTRICITY before the run; glycol is no water to the water-and-electricity rules and the panel is eight words on: the burst line spraying is water escaping, WATER.)
    ["the glycol line burst and it's spraying all over the tank floor next to the pump panel", true, 'URGENT', 'WATER'],
    ["a forklift knocked a barrel rack and a worker is pinned under the barrels", true, 'URGENT', 'MEDICAL'],
    ["the bottling line keeps jamming on the corker", false, 'NORMAL'],
    ["can we book a chiller service after harvest in november", false, 'LOW'],
    ["what do staff do if the co2 alarm goes off in the cellar", false, 'LOW'],
  ],
  'sawmill and woodshop: blades, dust, motors': [
    ["the dust collector bag is smoldering and there's an orange glow inside", true, 'URGENT', 'FIRE'],
    ["my helper's fingers went into the planer and there's blood everywhere", true, 'URGENT', 'MEDICAL'],
    ["a log rolled off the deck onto a guy's leg and he's screaming", true, 'URGENT', 'MEDICAL'],
    ["the bandsaw blade is dull, can you sharpen a batch", false, 'NORMAL'],
    ["quote for a new dust collection system next spring", false, 'LOW'],
  ],
  'machine shop: coolant, lathes, compressors': [
    ["the air compressor tank is bulging and making a high pitched whine", true, 'URGENT'],
    ["a chip from the lathe went into my machinist's eye and he can't open it and it's bleeding", true, 'URGENT', 'MEDICAL'],
    ["coolant is running out of the cnc and pooling around the floor outlet box", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["the mill's coolant smells sour, can you flush it", false, 'NORMAL'],
    // (Labelled LOW before the run; a remark that asks nothing is kind "other", NORMAL by the rules, and never sets a conversation's priority: NORMAL.)
    ["the lathe chuck key went missing lol", false, 'NORMAL'],
  ],
  'cheese dairy and cold storage: ammonia, freezers, people inside': [
    ["there's a sharp ammonia smell in the engine room and my eyes are burning", true, 'URGENT'],
    ["one of our guys is locked in the blast freezer and the door handle inside is broken", true, 'URGENT'],
    ["the cheese cave humidifier is pouring water down the wall onto the light switch", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["the walk-in freezer is at 30 degrees and climbing and we have 40 pallets of ice cream in there", false, 'HIGH'],
    ["the freezer door gasket is torn", false, 'NORMAL'],
    ["we want a price on a second cooler for next year's expansion", false, 'LOW'],
  ],
  'sign shop and neon: transformers, lifts, heights': [
    ["the neon sign transformer is buzzing loud and smoking on the storefront", true, 'URGENT'],
    ["our installer fell off the bucket lift and is lying on the sidewalk not answering", true, 'URGENT', 'MEDICAL'],
    ["the big sign over the entrance is hanging by one bolt and swinging over the sidewalk in the wind", true, 'URGENT'],
    ["half the letters on our channel sign are out", false, 'NORMAL'],
    ["the grand opening is friday and the sign still isn't lit", false, 'HIGH'],
    ["how much for a vinyl banner", false, 'LOW'],
  ],
  'self storage: units, gates, what is found inside': [
    ["there's smoke coming out from under the door of unit 214", true, 'URGENT', 'FIRE'],
    ["water is running out from under a row of units and into the hallway", true, 'URGENT', 'WATER'],
    ["i can hear someone banging from inside one of the units", true, 'URGENT'],
    ["the gate keypad isn't taking my code", false, 'NORMAL'],
    ["do you have climate controlled units", false, 'LOW'],
  ],
  'upholsterer and piano tuner: what they find in homes': [
    ["i pulled the couch out and the outlet behind it is black and the cord is hot and melting", true, 'URGENT', 'ELECTRICAL'],
    ["i was tuning the piano and the client's kid swallowed a tuning pin and he's choking", true, 'URGENT', 'MEDICAL'],
    ["the piano's pitch is a bit flat, can you tune it before our recital next month", false, 'NORMAL'],
    ["how long does it take to reupholster a wingback", false, 'LOW'],
    ["the dining chairs need new foam, no hurry", false, 'LOW'],
  ],
  'locksmith at night: who is locked in or out': [
    ["my toddler locked herself in the car and it's really hot out and she's crying", true, 'URGENT', 'MEDICAL'],
    ["my elderly mom fell inside and i can hear her calling but the door is locked and i can't get in", true, 'URGENT', 'MEDICAL'],
    ["someone kicked my front door in and they might still be inside", true, 'URGENT'],
    ["locked out of my house, can someone come tonight", false, 'HIGH'],
    ["i'd like all the locks rekeyed next week", false, 'NORMAL'],
    ["how much to copy a car key fob", false, 'LOW'],
  ],
  'art gallery and museum: artworks, visitors, climate': [
    ["water is dripping from the skylight straight onto the paintings in gallery two", true, 'URGENT', 'WATER'],
    ["a visitor collapsed in front of the sculpture and isn't breathing", true, 'URGENT', 'MEDICAL'],
    // (Labelled HIGH before the run; a failed unit with no day, deadline or stated urgency is routine by the rule, like round 23's pdu alarm: NORMAL.)
    ["the humidifier in the archive failed and the humidity is at 25 percent", false, 'NORMAL'],
    // (Labelled LOW before the run; the same: a remark with no request and no feedback to the business, NORMAL.)
    ["the exhibit opening is a total bomb lol nobody came", false, 'NORMAL'],
    ["can you hang new track lighting in the east room", false, 'NORMAL'],
  ],
  'tire shop and go-kart track: lifts, fuel, crashes': [
    ["a car slipped off the lift and my tech is underneath it", true, 'URGENT', 'MEDICAL'],
    ["a tire exploded while inflating and the guy's face is cut open", true, 'URGENT', 'MEDICAL'],
    ["gas is pouring out of the kart fuel pump onto the pit lane", true, 'URGENT'],
    ["a kid flipped his kart into the wall and is unconscious", true, 'URGENT', 'MEDICAL'],
    ["the tire balancer is off by a few grams", false, 'NORMAL'],
    ["the karts are absolutely flying after the tune, thanks", false, 'LOW'],
  ],
  'sushi bar and karaoke bar: kitchens, crowds, speakers': [
    ["the rice cooker cord is sparking and the counter is wet", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["a customer ate the shrimp and his lips are swelling and he's wheezing", true, 'URGENT', 'MEDICAL'],
    ["the fog machine in the karaoke room isn't fog, it smells like burning wire and the speaker is smoking", true, 'URGENT'],
    ["the sushi case isn't keeping cold and we open at 5 today", false, 'HIGH'],
    ["the karaoke crowd tonight was on fire", false, 'LOW'],
    ["can you install a second sink behind the bar", false, 'NORMAL'],
  ],
  'orchard: sprayers, ladders, frost': [
    ["a picker fell from the top of the ladder and is holding his neck and can't move his feet", true, 'URGENT', 'MEDICAL'],
    ["the frost fan engine caught fire in the middle of the block", true, 'URGENT', 'FIRE'],
    ["the irrigation pump is leaking a bit of oil", false, 'NORMAL'],
    ["do you rent out frost fans", false, 'LOW'],
  ],
  'IT support and coworking: servers, batteries, building': [
    ["the ups battery in the closet is swollen and hissing and the room smells like rotten eggs", true, 'URGENT'],
    ["there's water coming through the ceiling tiles onto the server rack", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["a laptop battery on someone's desk just burst into flames", true, 'URGENT', 'FIRE'],
    ["the whole office lost internet and we have a client demo at 2", false, 'HIGH'],
    ["our email is slow, can you take a look sometime", false, 'NORMAL'],
    ["my printer keeps saying paper jam", false, 'NORMAL'],
    ["what's your hourly rate for remote support", false, 'LOW'],
    ["the coworking kitchen microwave is dead", false, 'NORMAL'],
  ],
  'what people see, smell and hear, no keyword': [
    ["the ceiling in the hallway is sagging like a balloon and dripping in the middle", true, 'URGENT', 'WATER'],
    ["there's a hissing behind the stove and a smell like a skunk in the kitchen", true, 'URGENT', 'GAS'],
    ["the water around the base of the toilet is brown and it smells like a sewer and it's spreading", true, 'URGENT', 'SEWAGE'],
    ["i hear popping in the wall and the switch plate is warm and there's a fishy smell", true, 'URGENT', 'ELECTRICAL'],
    ["the basement carpet squishes when you walk and the water is getting higher", true, 'URGENT', 'WATER'],
    ["my husband and the dog are both throwing up and sleepy and the heater is running", true, 'URGENT', 'CARBON_MONOXIDE'],
    ["the extension cord under the rug is hot enough to smell", true, 'URGENT'],
    ["there's a yellow flame on the stove instead of blue and the kids have headaches", true, 'URGENT'],
    ["the shower drains a bit slow", false, 'NORMAL'],
    ["the heater makes a clicking noise when it starts", false, 'NORMAL'],
    ["there's a little brown stain on the ceiling that hasn't changed in months", false, 'NORMAL'],
  ],
  'phone transcripts with ums and run-ons': [
    ["yeah hi um so im at the roastery and uh theres like smoke coming out of the um the chaff thing and its getting thick", true, 'URGENT', 'FIRE'],
    ["hello yes uh my dad he um he was on the ladder in the barn and he fell and he's not uh he's not talking", true, 'URGENT', 'MEDICAL'],
    ["hi um so theres water like everywhere in the um the storage unit hallway and its like coming from the ceiling", true, 'URGENT', 'WATER'],
    ["um yeah so the the thing in the basement the uh the heater thing smells like gas really bad and i feel kinda sick", true, 'URGENT', 'GAS'],
    ["hi uh yeah so i was just calling to um see if you could maybe come look at the uh the back door lock sometime", false, 'NORMAL'],
    ["yeah hi um i just wanted to say the guy who came out was um really great so thanks", false, 'LOW'],
    ["uh hi so we got um no hot water at all and uh we have like a newborn so um today if you can", false, 'HIGH'],
  ],
  'typos and texting': [
    ["smok comin out the wal plug", true, 'URGENT'],
    ["basment floodin fast help", true, 'URGENT', 'WATER'],
    ["gas smel by the meter realy strong", true, 'URGENT', 'GAS'],
    ["my son cant breath after bee sting", true, 'URGENT', 'MEDICAL'],
    ["sewr comin up in the tub its nasty", true, 'URGENT', 'SEWAGE'],
    ["wire sparkin outside by the pool", true, 'URGENT'],
    ["hey can u guys fix a leaky faucit", false, 'NORMAL'],
    ["how much 4 a new lock", false, 'LOW'],
    ["thx 4 fixin the sign looks gr8", false, 'LOW'],
  ],
  'Spanish: what people see and feel; routine asks': [
    ["sale humo del enchufe de la cocina", true, 'URGENT'],
    ["se esta saliendo el agua del calentador y ya llego a la sala", true, 'URGENT', 'WATER'],
    ["mi papa se desmayo en el taller y no responde", true, 'URGENT', 'MEDICAL'],
    ["el drenaje esta regresando aguas negras en la regadera", true, 'URGENT', 'SEWAGE'],
    ["huele muy fuerte a gas afuera junto al medidor", true, 'URGENT', 'GAS'],
    ["hay chispas en la caja de fusibles y huele a quemado", true, 'URGENT'],
    ["a mi hija le pico una abeja y se le esta cerrando la garganta", true, 'URGENT', 'MEDICAL'],
    ["el carro de mi vecino esta en llamas frente a la casa", true, 'URGENT', 'FIRE'],
    ["quiero una cita para limpiar el calentador", false, 'NORMAL'],
    ["a que hora abren los domingos", false, 'LOW'],
    ["gracias, el tecnico fue muy amable", false, 'LOW'],
    ["la llave del lavabo gotea un poco", false, 'NORMAL'],
    ["no tenemos agua caliente y hay un bebe en la casa", false, 'HIGH'],
    ["que debo hacer si suena la alarma de humo", false, 'LOW'],
  ],
  'past, hypothetical, negated: no emergency now': [
    ["the roaster had a chaff fire two years ago, we want a suppression system", false, 'NORMAL'],
    ["when i was a kid our barn burned down so i'm careful, can you check the wiring", false, 'NORMAL'],
    ["if the freezer ever quits on a weekend do you come out", false, 'LOW'],
    ["what should staff do if someone gets locked in the walk-in", false, 'LOW'],
    ["there's no smell and no smoke, the sign just flickers", false, 'NORMAL'],
    ["no water on the floor, the ice machine just isn't making ice", false, 'NORMAL'],
    ["nobody is hurt, but the lift is making a grinding noise", false, 'NORMAL'],
    ["in case of a gas leak at the winery who do we call first", false, 'LOW'],
  ],
  'figurative and names': [
    // (Labelled LOW before the run; praise of their own blend asks nothing and thanks no one: a remark, NORMAL, like the two above.)
    ["our new espresso blend is on fire with the regulars", false, 'NORMAL'],
    ["we're flooded with orders this week, need the second roaster running", false, 'NORMAL'],
    ["this is Gas Lamp Antiques, we need the display case lights rewired", false, 'NORMAL'],
    ["please invoice Inferno Hot Sauce Co for the last visit", false, 'LOW'],
    ["my boss is going to explode if the sign isn't fixed lol, can you come tuesday", false, 'NORMAL'],
    ["the tuner you sent was a lifesaver, the piano sounds great", false, 'LOW'],
  ],
  'admin and fee questions': [
    ["how much extra is a locksmith call after midnight", false, 'LOW'],
    ["do you bill the insurance directly for the flood cleanup at the storage place", false, 'LOW'],
    ["the invoice for the emergency call is wrong, it says 4 hours", false, 'HIGH'],
    ["can i get a copy of the gas safety certificate for the winery", false, 'LOW'],
    ["please update the phone number on our account", false, 'LOW'],
  ],
  'contained: the risk stopped, the work remains (HIGH)': [
    ["the chaff fire is out now but the roaster is full of soot, can you clean it today", false, 'HIGH'],
    ["we shut the glycol valve and it stopped spraying, need the line fixed", false, 'HIGH'],
    ["i unplugged the sparking sign and it's off now, can someone look", false, 'HIGH'],
    ["the fire department cleared the storage unit, the smoke is gone, we need the sprinkler head replaced", false, 'HIGH'],
    ["ya apagamos el fuego del horno, ahora necesitamos que lo revisen", false, 'HIGH'],
  ],
  'routine priority by the rule: HIGH, NORMAL, LOW': [
    ["the only bathroom at the coworking space is clogged and we have 30 people today", false, 'HIGH'],
    ["need the sign up before our inspection on wednesday", false, 'HIGH'],
    ["asap please, our front door won't lock and we close at 6", false, 'HIGH'],
    ["please quote a new walk-in cooler door", false, 'NORMAL'],
    ["can someone tune our two pianos in the next few weeks", false, 'NORMAL'],
    ["i'd like to set up a monthly it maintenance plan", false, 'NORMAL'],
    ["maybe next summer we'll redo the tasting room lights", false, 'LOW'],
    ["are you hiring apprentices", false, 'LOW'],
    ["great job on the gate, very happy", false, 'LOW'],
  ],
  // A second batch, written blind after the fixes and run once (a bowling alley, a tattoo studio, a glass studio, a dry cleaner,
  // a car wash, a daycare kitchen, a hostel, a radio station, a bike shop, a candle maker): FIRST RUN recorded in the header.
  'a second batch, written blind: emergencies in more trades': [
    ["the pinsetter motor is smoking and there's a burning smell over lane 6", true, 'URGENT'],
    ["a bowler slipped on the approach, hit his head on the ball return and isn't answering", true, 'URGENT', 'MEDICAL'],
    ["a client passed out in the tattoo chair and she's shaking all over", true, 'URGENT', 'MEDICAL'],
    ["the glory hole furnace door is stuck open and the flame is rolling out at the ceiling", true, 'URGENT', 'FIRE'],
    ["a glassblower dropped a gather on his foot and his shoe is melting", true, 'URGENT', 'MEDICAL'],
    ["the dry cleaning machine is leaking solvent and two of us are dizzy and sick", true, 'URGENT'],
    ["the steam press hose blew off and it's blasting steam at the counter girl's legs", true, 'URGENT'],
    ["the car wash pit is overflowing with soapy water into the pump room with all the motors", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["a kid's arm got caught in the car wash brush", true, 'URGENT', 'MEDICAL'],
    ["the daycare kitchen smells like gas and the kids are napping next door", true, 'URGENT', 'GAS'],
    ["a toddler at the daycare swallowed a magnet and is throwing up", true, 'URGENT', 'MEDICAL'],
    ["at the hostel someone's phone charger caught fire on the top bunk", true, 'URGENT', 'FIRE'],
    ["water's coming down the stairwell at the hostel from the third floor", true, 'URGENT', 'WATER'],
    ["the transmitter room at the station smells like burnt plastic and the fan stopped", true, 'URGENT'],
    ["the e-bike battery on the charging rack is popping and sending out white smoke", true, 'URGENT', 'FIRE'],
    ["hot wax spilled on my worker's arm and it's blistering and peeling", true, 'URGENT', 'MEDICAL'],
    ["um hi yeah so we're at the bowling alley and um there's like smoke coming out of the kitchen hood and it's getting into the lanes", true, 'URGENT', 'FIRE'],
    ["huele a solvente en la tintoreria y mi companera se desmayo", true, 'URGENT', 'MEDICAL'],
    ["se esta saliendo el agua del lavado de autos y llega al cuarto de bombas", true, 'URGENT'],
    ["hay humo saliendo de la bateria de la bicicleta electrica", true, 'URGENT'],
  ],
  'a second batch, written blind: the same trades without an emergency now': [
    ["lane 4 pinsetter jams every few frames", false, 'NORMAL'],
    // (Labelled LOW before the run; round 21 holds "book the fire pit installation for spring" NORMAL, work asked for a season and
    // not put off, and that assertion stands: NORMAL.)
    ["can you quote new lane lighting for the spring remodel", false, 'NORMAL'],
    ["our autoclave failed its spore test, we have clients booked all day today", false, 'HIGH'],
    ["the tattoo flash on the wall is fire lol, who drew it", false, 'LOW'],
    ["the annealer kiln won't hold temp, we have a show saturday", false, 'HIGH'],
    ["the glory hole burner had a flare up last month, can you look at the regulator", false, 'NORMAL'],
    ["is the solvent you use safe for silk", false, 'LOW'],
    ["the car wash bay door is stuck halfway", false, 'NORMAL'],
    ["we turned the car wash pump off and the flooding stopped, the pit needs cleaning", false, 'HIGH'],
    ["what happens if a kid at the daycare gets a burn, what's the procedure", false, 'LOW'],
    ["the daycare dishwasher is leaking a little under the door", false, 'NORMAL'],
    ["hostel guests say the showers are lukewarm", false, 'NORMAL'],
    ["the station's backup generator needs its yearly service", false, 'NORMAL'],
    ["the new bike fitter is killing it, customers love him", false, 'LOW'],
    ["please send the invoice for the kiln repair to our bookkeeper", false, 'LOW'],
    ["you billed us for two visits but only one tech came", false, 'HIGH'],
    ["no smoke, no smell, the wax melter just won't heat", false, 'NORMAL'],
    ["el ano pasado se quemo un cargador en el hostal, queremos revisar los enchufes", false, 'NORMAL'],
    ["necesito una cotizacion para un horno nuevo sin prisa", false, 'LOW'],
  ],
  // Contrasts written after the tune eval showed two of this round's fixes reaching too far (a child who locked herself in is not a
  // child who got locked in and was got out; praise followed by "now" a problem is the problem), and a performer "on fire".
  'contrasts to the fixes: over and done, praise then a problem, a performer on fire': [
    ["my toddler locked herself in the minivan and it's baking out, she's screaming", true, 'URGENT', 'MEDICAL'],
    ["my son got locked in the truck last week, we got him out fine, can you make a spare key", false, 'NORMAL'],
    ["the crowd was on fire at the brewery last night, now the tap line is leaking", false, 'NORMAL'],
    ["the band was on fire at our karaoke night", false, 'LOW'],
  ],
};

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

checkTriageTables(t, tables, (text) => signals.triage(text));
