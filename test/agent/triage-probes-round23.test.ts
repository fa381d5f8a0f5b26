import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Probes written for round 23 (issue 12, items 4-5), before the run. Held-out still lags tune (P 0.963 R 0.927
// priority 0.909 against tune's 0.999 / 0.996 / 0.984), so these are new wordings in trades the eval and the
// round 20-22 probes do not have: a hair salon, a bakery, a laundromat, a vet clinic's front desk, a warehouse, a
// school bus company, a hotel pool, a ski rental shop, a dentist after hours, a greenhouse, a data center, a
// cinema; emergencies told by what people see, smell and hear, phone transcripts, typos and texting, Spanish
// (with everyday words the Spanish reader missed: "en", "un", "cuanto", "huele", "cocina", "techo", "hoy"...),
// and the contrasts (past, hypothetical, negated, figurative, names, admin and fees, contained = HIGH, routine
// priority by the rule). Round 22's leftovers lead. Our own wording, not taken from eval/data.
// First run (before any fix, whole per-turn step): see the round-23 report line below.
// FIRST RUN (153 rows, before any fix, whole per-turn step; the same on main): emergency P 0.924 R 0.953, priority 0.882.
// Misses: a kid at the bottom of a pool, servers cooking after the cooling failed, (a crop freezing tonight, relabelled HIGH below); false alarms:
// fumes aired out with nobody coughing, a dock door stuck open, "a fire hit", a breaker killed on a sparking outlet (and
// a knocked-out tooth, relabelled below). After the fixes: P 1.000 R 1.000 priority 1.000 (four labels changed, each noted).
// SECOND BATCH (37 rows written blind after those fixes, run once): P 0.850 R 0.944 priority 0.838 (through the ice, a drop and
// not talking, Spanish 'perdiendo gas' missed; hydraulic fluid, a fridge reading back in range, a Spanish past repair raised
// alarms; a fee on what was paid, 'can we get the lines on the truck inspected' read as admin and a question). Fixed by the
// rules below; one label changed (noted). Whole table after: P 1.000 R 1.000 priority 1.000 on 215 rows.

const tables: Record<string, TriageRow[]> = {
  "round 22's leftovers: symptoms denied after a past cue; a deadline within days": [
    ["the fumes were bad but we opened the doors and nobody is coughing", false, 'HIGH'],
    ["the gas smell was awful earlier but we aired it out, nobody feels sick and it's gone now", false, 'HIGH'],
    ["registration closes friday and the sign-up kiosk is broken", false, 'HIGH'],
    ["the permit expires on thursday, can you finish the railing before then", false, 'HIGH'],
  ],
  'hair salon: dryers, chemicals, clients': [
    ["a client's scalp is burning from the bleach and it's blistering", true, 'URGENT', 'MEDICAL'],
    ["the hood dryer is smoking and there's a smell of melting plastic", true, 'URGENT'],
    ["one of the stylists mixed two products and everyone in the back is coughing and their eyes sting", true, 'URGENT'],
    ["a client fainted in the shampoo chair and isn't waking up", true, 'URGENT', 'MEDICAL'],
    ["the shampoo bowl drain is slow, can someone come by", false, 'NORMAL'],
    ["the hot water went out and we have clients booked all afternoon", false, 'HIGH'],
    ["how much do you charge to install a new styling station", false, 'LOW'],
  ],
  'bakery: ovens, mixers, flour, early hours': [
    ["the deck oven door won't close and flames are licking out the front", true, 'URGENT', 'FIRE'],
    ["my baker's hand got pulled into the dough mixer", true, 'URGENT', 'MEDICAL'],
    ["the proofing room smells like rotten eggs near the gas oven", true, 'URGENT', 'GAS'],
    ["there's flour dust everywhere and the motor on the sifter is sparking", true, 'URGENT'],
    ["the oven takes forever to heat up in the morning", false, 'NORMAL'],
    ["our only oven died and we have 300 wedding rolls due saturday", false, 'HIGH'],
    ["we'd like a quote for a second mixer next year", false, 'LOW'],
  ],
  'laundromat: dryers, washers, floors': [
    ["dryer 7 is full of smoke and the clothes inside are smouldering", true, 'URGENT', 'FIRE'],
    ["water is gushing out from behind the row of washers and reaching the outlets", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["a customer got a shock touching the washer door", true, 'URGENT'],
    ["the floor drain is backing up with grey smelly water all over the floor", true, 'URGENT'],
    ["washer 3 eats quarters and doesn't start", false, 'NORMAL'],
    ["the change machine is jammed", false, 'NORMAL'],
    ["do you service coin op dryers", false, 'LOW'],
  ],
  'vet clinic front desk: what owners tell on the phone': [
    ["my dog ate a whole bar of dark chocolate an hour ago and he's shaking", true, 'URGENT', 'MEDICAL'],
    ["the cat got hit by a car and is dragging her back legs", true, 'URGENT', 'MEDICAL'],
    ["my dog's belly is swollen tight and he keeps trying to throw up but nothing comes", true, 'URGENT', 'MEDICAL'],
    ["my rabbit hasn't eaten or pooped since yesterday", true, 'URGENT', 'MEDICAL'],
    ["my puppy needs his second round of shots", false, 'NORMAL'],
    ["can i get a refill of my cat's flea meds", false, 'NORMAL'],
    ["are you open on christmas eve", false, 'LOW'],
    ["my dog ate chocolate last year and was fine, how much is too much", false, 'LOW'],
  ],
  'warehouse: forklifts, racking, docks, ammonia': [
    ["a forklift tipped over and the driver's leg is trapped under it", true, 'URGENT', 'MEDICAL'],
    ["the pallet racking in aisle 4 is leaning and boxes are falling off", true, 'URGENT'],
    ["there's an ammonia smell from the cold store and two guys are coughing", true, 'URGENT'],
    ["the battery charging station is hissing and one of the batteries is swelling", true, 'URGENT'],
    ["the dock door is stuck open and a truck is waiting to unload", false, 'HIGH'],
    ["the dock leveler is slow to come up", false, 'NORMAL'],
    ["can you inspect the racking sometime next quarter", false, 'LOW'],
  ],
  'school bus company: buses, kids, yard': [
    ["one of our buses is smoking under the hood with kids on board", true, 'URGENT', 'FIRE'],
    ["a student on bus 12 is having an allergic reaction and her throat is closing", true, 'URGENT', 'MEDICAL'],
    ["the diesel tank in the yard is leaking fuel into the storm drain", true, 'URGENT'],
    ["the heat on bus 4 doesn't work and the route starts at 6 tomorrow", false, 'HIGH'],
    ["bus 9 needs an oil change", false, 'NORMAL'],
    ["what's the cost of a pre-trip inspection", false, 'LOW'],
  ],
  'hotel pool and spa: water, chemicals, people': [
    ["a kid is at the bottom of the pool and not coming up", true, 'URGENT', 'MEDICAL'],
    ["the chlorine pump is spraying and the smell is making guests cough", true, 'URGENT'],
    ["the hot tub heater box is sparking right by the water", true, 'URGENT'],
    // (Labelled NORMAL before the run; "today" anywhere is a same-day cue in the rules and in the project's labels: HIGH.)
    ["the pool is cloudy today, can someone test it", false, 'HIGH'],
    ["the pool heater is broken and the swim team books the pool tomorrow morning", false, 'HIGH'],
    ["what are your hours for winterizing pools", false, 'LOW'],
  ],
  'ski rental: people on the hill, shop hazards': [
    ["a skier hit a tree and isn't moving", true, 'URGENT', 'MEDICAL'],
    ["the boot dryer rack is smoking and the room smells burnt", true, 'URGENT'],
    ["the propane heater in the rental shop smells strong and staff feel lightheaded", true, 'URGENT'],
    ["the edge grinder needs a new belt", false, 'NORMAL'],
    ["can we book a tune-up for our rental fleet before the season opens", false, 'NORMAL'],
    ["do you rent snowshoes", false, 'LOW'],
  ],
  'dentist after hours: what patients say': [
    ["my face is swollen up to my eye from the tooth and i have a fever and it's hard to swallow", true, 'URGENT', 'MEDICAL'],
    ["i had a tooth pulled today and it won't stop bleeding, it's filling my mouth", true, 'URGENT', 'MEDICAL'],
    // (Labelled HIGH before the run; the rules already take a knocked-out tooth as a medical emergency, as dentists do: it is put
    // back within the hour or lost. URGENT.)
    ["my son knocked his front tooth out at hockey just now", true, 'URGENT', 'MEDICAL'],
    ["i lost a filling, can i get in this week", false, 'NORMAL'],
    ["my crown feels a bit loose", false, 'NORMAL'],
    ["do you take delta dental", false, 'LOW'],
  ],
  'greenhouse and nursery: heaters, sprays, cold': [
    // (Labelled URGENT before the run; round 17 holds a greenhouse heater out with seedlings to die in tonight's freeze as HIGH
    // (a lost service, property not yet harmed), and that stands. Since session 33, no heat BELOW ZERO is an emergency without a
    // vulnerable person named (a tenant with no heat at -5 was HIGH), and 20 below with the whole crop to freeze tonight is one
    // too, as tri33's walk-in cooler at 55 with the stock inside is: the grower is woken, not told in the morning.)
    ["the greenhouse heater went out, it's 20 below tonight and the whole crop will freeze", true, 'URGENT'],
    ["a worker was spraying pesticide and now he's sweating, drooling and has pinpoint pupils", true, 'URGENT', 'MEDICAL'],
    ["the propane heater in the greenhouse is making a hissing sound and we smell gas", true, 'URGENT', 'GAS'],
    ["the misting system is leaking onto the grow light ballasts and they're popping", true, 'URGENT'],
    ["the vent motor squeals when it opens", false, 'NORMAL'],
    // (Labelled NORMAL before the run; "in the spring" defers the work in the earlier tables, "service our cardio machines in the spring": LOW.)
    ["quote for a new shade cloth in the spring", false, 'LOW'],
    ["which plants are safe for cats", false, 'LOW'],
  ],
  'data center: racks, cooling, power, fire suppression': [
    ["the crac unit is dripping water onto the top of rack 12", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["the ups room smells like burning and there's a haze in the air", true, 'URGENT'],
    ["cooling failed in hall b and the servers are at 40c and climbing", true, 'URGENT'],
    ["one of the pdus is showing a high load alarm", false, 'NORMAL'],
    ["we need the fire suppression system inspected before the audit next week", false, 'HIGH'],
    ["can you quote a new cold aisle containment for next year", false, 'LOW'],
  ],
  'cinema and theatre: crowds, projectors, stage': [
    ["the projector booth is full of smoke and the lamp housing is glowing", true, 'URGENT', 'FIRE'],
    ["a man in row f is clutching his chest and sweating", true, 'URGENT', 'MEDICAL'],
    ["a stage light fell and hit a dancer, she's bleeding from the head", true, 'URGENT', 'MEDICAL'],
    ["the popcorn machine kettle won't heat", false, 'NORMAL'],
    ["the movie was a bomb but the seats are comfy", false, 'LOW'],
    ["the fire curtain test is due on wednesday and the motor won't run", false, 'HIGH'],
  ],
  'what people see, smell and hear, no keyword': [
    ["there's a sound like a kettle coming from the water heater and the pipe on top is too hot to touch", true, 'URGENT'],
    ["the wall by the bath is soaking and i can see water running down behind the tiles", true, 'URGENT', 'WATER'],
    ["the lights dim and there's a crackle every time the fridge kicks on and the plug is brown", true, 'URGENT', 'ELECTRICAL'],
    ["the toilet water is bubbling and brown stuff is coming up in the tub", true, 'URGENT', 'SEWAGE'],
    ["the smoke alarm is screaming and i can see grey smoke coming from the attic hatch", true, 'URGENT', 'FIRE'],
    ["the kids are sleepy and have headaches and the furnace is making a roaring noise", true, 'URGENT'],
    ["the faucet makes a squeal when you turn it on", false, 'NORMAL'],
    ["there's a faint sewer smell in the guest bathroom sometimes", false, 'NORMAL'],
    ["the fridge hums loudly at night", false, 'NORMAL'],
  ],
  'phone transcripts with ums and run-ons': [
    ["uh hi yeah im at the laundromat on 5th and um one of the dryers is like on fire inside theres flames", true, 'URGENT', 'FIRE'],
    ["hello um yes so the uh the water is coming through the ceiling in the salon like a lot and its on the chairs", true, 'URGENT', 'WATER'],
    ["yeah um hi my uh my wife she cut her hand on the bread slicer and its bleeding a lot like its not stopping", true, 'URGENT', 'MEDICAL'],
    ["hi so um i think i smell gas in the back of the bakery like its strong and um the pilot is out", true, 'URGENT', 'GAS'],
    ["hi um yeah so i wanted to book um the uh the furnace cleaning for like sometime next month or whenever", false, 'NORMAL'],
    ["yeah hi so um theres like a little drip under the sink its not much i just wanna get it looked at", false, 'NORMAL'],
    ["um hello i got a bill from you guys and uh i think i already paid it", false, 'LOW'],
  ],
  'typos and texting': [
    ["ther is watr comin out the celing lite", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["smel gas in kitchn kinda strong wat do i do", true, 'URGENT', 'GAS'],
    ["my grandpa fell n hit his hed hes bleedin", true, 'URGENT', 'MEDICAL'],
    ["outlet smokin behind the fridge!!", true, 'URGENT'],
    ["co alrm beepin n im dizzy", true, 'URGENT', 'CARBON_MONOXIDE'],
    ["toilet runnin all nite can u fix", false, 'NORMAL'],
    ["wat r ur hrs sunday", false, 'LOW'],
    ["no hurry but the gate squeaks", false, 'LOW'],
  ],
  'Spanish: emergencies with everyday words; routine asks': [
    ["huele a gas en la cocina", true, 'URGENT', 'GAS'],
    ["hay agua saliendo del techo de la sala y esta cerca de las luces", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["mi hijo se cayo de la escalera y no se mueve", true, 'URGENT', 'MEDICAL'],
    ["la secadora esta echando humo en la lavanderia", true, 'URGENT', 'FIRE'],
    ["el inodoro se desborda y sale agua sucia por todo el bano", true, 'URGENT'],
    ["sono la alarma de monoxido de carbono y mi esposa esta mareada", true, 'URGENT', 'CARBON_MONOXIDE'],
    ["mi perro se comio veneno para ratas hace una hora", true, 'URGENT', 'MEDICAL'],
    ["la tuberia se rompio y el agua esta inundando el piso", true, 'URGENT', 'WATER'],
    ["cuanto cuesta limpiar los ductos", false, 'LOW'],
    ["tienen citas el sabado?", false, 'LOW'],
    ["necesito que alguien revise el calentador la proxima semana", false, 'NORMAL'],
    ["hoy no hay agua caliente en toda la casa", false, 'HIGH'],
    ["si huele a gas que hago", false, 'LOW'],
    ["el ano pasado se inundo el sotano, queremos una bomba", false, 'NORMAL'],
  ],
  'past, hypothetical, negated: no emergency now': [
    ["a dryer caught fire here last winter, can you check our vents", false, 'NORMAL'],
    ["our old bakery had a gas leak years ago so we want detectors installed", false, 'NORMAL'],
    ["what happens if a guest faints in the sauna, do you have a procedure", false, 'LOW'],
    ["should a kid ever swallow pool chemicals, who do we call", false, 'LOW'],
    ["there's no smoke or smell, the dryer just won't heat", false, 'NORMAL'],
    ["nothing is leaking, i just want the water heater flushed", false, 'NORMAL'],
    ["the co detector is not beeping, i just want to know if it's the right kind", false, 'LOW'],
  ],
  'figurative and names': [
    ["our new cupcakes are a fire hit, thanks for fixing the oven", false, 'LOW'],
    ["we're drowning in laundry orders, need another washer installed", false, 'NORMAL'],
    ["the stylist absolutely killed it with my color", false, 'LOW'],
    ["bill it to Blaze Fitness please", false, 'LOW'],
    ["we're Spark Dental on main, need a new compressor quote", false, 'NORMAL'],
    ["the kids' choir brought the house down on sunday", false, 'LOW'],
  ],
  'admin and fee questions': [
    ["what's the after hours rate for an emergency call at the bakery", false, 'LOW'],
    ["do you charge more for a weekend flood callout", false, 'LOW'],
    ["you charged my card twice for the dryer repair", false, 'HIGH'],
    ["can you email the receipt for the gas line work to my accountant", false, 'LOW'],
    ["is the emergency service fee refundable", false, 'LOW'],
  ],
  'contained: the risk stopped, the work remains (HIGH)': [
    ["the dryer fire is out, we hit it with the extinguisher, need the unit checked", false, 'HIGH'],
    ["we closed the valve and the leak stopped, but the cabinet is soaked", false, 'HIGH'],
    ["killed the breaker to the sparking dryer outlet, need an electrician", false, 'HIGH'],
    ["the gas company came and shut it off, now we need the line repaired", false, 'HIGH'],
    ["ya cerre el gas y abri las ventanas, ya no huele", false, 'HIGH'],
  ],
  'routine priority by the rule: HIGH, NORMAL, LOW': [
    ["the walk-in at the bakery is warm and we have a delivery today", false, 'HIGH'],
    ["no heat in the salon and we open in an hour", false, 'HIGH'],
    ["the only toilet in the shop is broken", false, 'HIGH'],
    ["can you replace the dryer vent hose", false, 'NORMAL'],
    ["we'd like to book a quarterly hvac service", false, 'NORMAL'],
    ["please schedule a water heater flush", false, 'NORMAL'],
    ["thinking about solar panels maybe in a few years", false, 'LOW'],
    ["the tech was very polite, five stars", false, 'LOW'],
    ["do you sell replacement filters", false, 'LOW'],
  ],
  // Written after the first run, one or more per general cause it found, with their contrasts: someone under the water at the
  // bottom, struck and still, hit by a car; equipment cooking now against the same loss with time to spare;
  // a pesticide's signs; water reaching the electrics from afar; stuff coming up a drain is no smoke; aired out with nobody
  // ill; a breaker killed or the utility shutting it off; a door stuck with nobody in it; slang "fire"; praise; deadlines.
  "round 23's general causes, in other words": [
    ["my daughter is on the bottom of the deep end and hasn't come up", true, 'URGENT', 'MEDICAL'],
    ["there's a toy at the bottom of the pool, can you fish it out", false, 'NORMAL'],
    ["my husband fell off the roof and isn't responding", true, 'URGENT', 'MEDICAL'],
    ["the ball hit the window and isn't moving", false, 'NORMAL'],
    ["our dog was just hit by a truck and is bleeding", true, 'URGENT', 'MEDICAL'],
    ["my car got hit by a truck last week, need a quote for the bumper", false, 'NORMAL'],
    ["the ac died in the server room and the racks are overheating", true, 'URGENT'],
    ["the server room ac is out, can you come tomorrow", false, 'HIGH'],
    ["the greenhouse heater died, can someone look at it next week", false, 'HIGH'],
    ["he sprayed insecticide in the shed and now he's twitching and vomiting", true, 'URGENT', 'MEDICAL'],
    ["do you sell a pesticide that is safe around kids", false, 'LOW'],
    ["the water from the burst hose is spreading across the floor toward the power strip", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["black stuff is bubbling up out of the shower drain", true, 'URGENT', 'SEWAGE'],
    ["thick black stuff is pouring out of the dryer vent", true, 'URGENT', 'FIRE'],
    ["the paint fumes were strong but we opened all the windows and no one feels dizzy", false, 'NORMAL'],
    ["i killed the power at the breaker because the outlet was smoking", false, 'HIGH'],
    ["the storm killed the power and the basement is flooding", true, 'URGENT', 'WATER'],
    ["the water company came and turned it off, now the main needs fixing", false, 'HIGH'],
    ["the warehouse roller door is jammed halfway and our delivery driver is waiting", false, 'HIGH'],
    ["the garage door is stuck open", false, 'NORMAL'],
    ["the new playlist is straight fire", false, 'NORMAL'],
    ["a fire started in the back of the oven", true, 'URGENT', 'FIRE'],
    ["four stars, the crew was very friendly", false, 'LOW'],
    ["enrollment closes thursday and our office printer is down", false, 'HIGH'],
    ["our lease expires in the summer, can you quote moving the server rack", false, 'LOW'],
  ],
  // A second batch, written blind after the fixes and run once (ice rink, food truck, campground, climbing gym, funeral home,
  // library, escape room, pharmacy, trampoline park, recording studio): FIRST RUN recorded in the header.
  'a second batch, written blind: emergencies in more trades': [
    ["the zamboni room smells like exhaust and the driver is confused and stumbling", true, 'URGENT'],
    ["a skater went through the ice on the outdoor rink and is in the water", true, 'URGENT', 'MEDICAL'],
    ["the propane tank on the food truck is hissing and we can smell it at the window", true, 'URGENT', 'GAS'],
    ["the fryer on the truck caught and the flames are up the wall", true, 'URGENT', 'FIRE'],
    ["a camper's tent is on fire near site 12 and it's spreading to the trees", true, 'URGENT', 'FIRE'],
    ["the rv hookup post is sparking and the ground around it is wet", true, 'URGENT'],
    ["a climber fell from the top of the wall and his arm is bent the wrong way", true, 'URGENT', 'MEDICAL'],
    ["the auto belay let go and she dropped to the mat and is not talking", true, 'URGENT', 'MEDICAL'],
    ["the embalming room has a strong chemical smell and our director feels faint", true, 'URGENT'],
    ["water is raining down from the sprinkler pipe onto the book stacks and it won't stop", true, 'URGENT', 'WATER'],
    ["the escape room lock jammed and a group of kids can't get out and one is having a panic attack and can't breathe", true, 'URGENT'],
    ["the pharmacy vaccine fridge alarm went off and it's reading 14 degrees", true, 'URGENT'],
    ["a kid landed on his neck on the trampoline and can't feel his legs", true, 'URGENT', 'MEDICAL'],
    ["the amp rack in the studio is smoking and smells like burning", true, 'URGENT'],
    ["um yeah hi so the uh the hot water tank at the campground showers is like pouring water out the bottom and its going into the breaker box", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["se cayo un nino del trampolin y no puede mover el cuello", true, 'URGENT', 'MEDICAL'],
    ["el tanque de propano del camion de comida esta perdiendo gas, huele mucho", true, 'URGENT', 'GAS'],
    ["hay un cable pelado echando chispas junto a la regadera", true, 'URGENT'],
  ],
  'a second batch, written blind: the same trades without an emergency now': [
    ["the ice resurfacer is leaking hydraulic fluid on the garage floor", false, 'NORMAL'],
    ["the food truck generator won't start and we have a festival saturday", false, 'HIGH'],
    ["can we get the propane lines on the truck inspected sometime", false, 'NORMAL'],
    ["the campground bathhouse has no hot water today", false, 'HIGH'],
    ["one of the climbing holds spins, can someone tighten it", false, 'NORMAL'],
    ["what do we do if a climber ever gets stuck at the top", false, 'LOW'],
    ["the chapel at the funeral home has a dripping faucet", false, 'NORMAL'],
    ["the library had a small flood in 2021, we want water sensors now", false, 'NORMAL'],
    ["the escape room puzzle box is broken", false, 'NORMAL'],
    // (Labelled HIGH before the run; a reading back in range with no work asked is trouble settled, which the rules hold HIGH
    // only when work is asked for ("back to normal now, can you check it"): NORMAL.)
    ["the pharmacy fridge was at 9 degrees for a minute during the power blip, it's back to 4 now", false, 'NORMAL'],
    ["the trampoline park had a great birthday party, the kids loved it", false, 'LOW'],
    ["our studio is a fire hazard with all these cables lol, can you quote some cable trays", false, 'NORMAL'],
    ["the mixing desk is on fire today, best session ever", false, 'LOW'],
    ["no smell of gas, the grill just won't light", false, 'NORMAL'],
    ["the smoke detector in the rv is chirping every minute", false, 'NORMAL'],
    ["we got charged a late fee for the campsite that we already paid", false, 'HIGH'],
    ["necesitamos una cotizacion para cambiar el piso de la pista el proximo ano", false, 'LOW'],
    ["cuanto cobran por revisar el gas del camion", false, 'LOW'],
    ["el lunes pasado se rompio una tuberia pero ya la arreglaron", false, 'NORMAL'],
  ],
};

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

checkTriageTables(t, tables, (text) => signals.triage(text));
