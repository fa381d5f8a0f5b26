import t from 'tap';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';
import { triage, looksLikeQuestion, asksForService, describesProblem } from '../../src/agent/triage.js';
import { detectEmergency } from '../../src/agent/emergency.js';
import { composeEmergencyReply, safetyInstruction } from '../../src/agent/emergency-reply.js';
import { editDistance, normalizeWords } from '../../src/agent/text-norm.js';

// The triage rule, one table per category of issue 12 (items 4 and 5). These examples are
// written for the tests and are not in eval/data/triage.jsonl; the issue's own examples are
// in the last table.

type Row = TriageRow;

const tables: Record<string, Row[]> = {
  'water escaping now, any form and place': [
    ['the crawl space is filling up with water', true, 'URGENT', 'WATER'],
    ['Water is running down the inside of the wall behind the TV', true, 'URGENT', 'WATER'],
    ['the flexi hose under the basin has split and is spraying everywhere', true, 'URGENT', 'WATER'],
    ['there is water pouring out of the loft hatch', true, 'URGENT', 'WATER'],
    ['um so the tank in the attic overflowed and its coming through the bedroom ceiling', true, 'URGENT', 'WATER'],
    ['our downstairs hallway has an inch of water on it and its still rising', true, 'URGENT', 'WATER'],
    ['se rompió la manguera de la lavadora y sale agua por todos lados', true, 'URGENT', 'WATER'],
    ['oh no now water is POURING thru my ceiling help', true, 'URGENT', 'WATER'],
  ],
  'sewage backing up': [
    ['the floor drain in the laundry is spitting up brown water', true, 'URGENT', 'SEWAGE'],
    ['sewage is coming up through the shower drain', true, 'URGENT', 'SEWAGE'],
    ['when we run the washer dirty water comes up in the downstairs toilet', true, 'URGENT', 'SEWAGE'],
    ['the toilet is overflowing and wont stop', true, 'URGENT', 'SEWAGE'],
  ],
  'any sign of gas': [
    ['i can hear a hissing noise from the gas pipe by the meter', true, 'URGENT', 'GAS'],
    ['smells like rotten eggs by the cooker', true, 'URGENT', 'GAS'],
    ['I can smell gas outside by the meter box', true, 'URGENT', 'GAS'],
    ['theres a gas leak in the garage i think', true, 'URGENT', 'GAS'],
    ['hay olor a gas en el baño', true, 'URGENT', 'GAS'],
  ],
  'carbon monoxide alarm': [
    ['the carbon monoxide alarm in the bedroom is going off', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['CO detector keeps beeping and my son feels dizzy', true, 'URGENT', 'CARBON_MONOXIDE'],
  ],
  'water and electricity, sparks, burning': [
    ['there is water dripping out of the ceiling light in the kitchen', true, 'URGENT', 'WATER_ELECTRICITY'],
    ['the plug socket by the sink sparked and now it smells of burning', true, 'URGENT'],
    ['the fuse box is crackling and smells like burning plastic', true, 'URGENT'],
  ],
  'no heat in freezing weather with vulnerable people': [
    ['our boiler has stopped, it is freezing and we have a 3 week old baby', true, 'URGENT', 'NO_HEAT'],
    ['heating not working, snow outside, my grandmother is staying with us', true, 'URGENT', 'NO_HEAT'],
  ],
  'medical (clinic)': [
    ['my father is having chest pains', true, 'URGENT', 'MEDICAL'],
    ["she cut her finger and it won't stop bleeding", true, 'URGENT', 'MEDICAL'],
  ],
  'typos and phone transcripts': [
    ['brust pipe in the utility room', true, 'URGENT', 'WATER'],
    ['our co monitor is reading 150 ppm', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['the breaker panel smells hot and keeps buzzing', true, 'URGENT'],
    ['the heat went out, its 5 degrees and my dad is 88', true, 'URGENT', 'NO_HEAT'],
    ['watre is pourng thru the celling', true, 'URGENT'],
    ['uh yeah i can smel gass in the kichen', true, 'URGENT', 'GAS'],
    ['the sewge is backing up in the basment', true, 'URGENT', 'SEWAGE'],
  ],
  'negated: not an emergency': [
    ["no leak, the tap is just stiff to turn, can someone fix it", false, 'NORMAL'],
    ["it doesn't smell of gas, the hob just won't click on", false, 'NORMAL'],
    ['nothing is flooding, I only want a new shower fitted', false, 'NORMAL'],
  ],
  'past: not an emergency': [
    ['two years ago a pipe burst in our loft, now we want the pipes lagged', false, 'NORMAL'],
    ['we smelled gas last winter and it was fixed; could you service the boiler', false, 'NORMAL'],
  ],
  'hypothetical or "what to do if": not an emergency': [
    ['if a tree brings the cable down on the drive who do i ring', false, 'LOW'],
    ['what do I do if the carbon monoxide alarm ever goes off?', false, 'LOW'],
    ['do you come out for flooded basements on sundays?', false, 'LOW'],
    ['in case a pipe bursts, where is my stopcock normally?', false, 'LOW'],
  ],
  'figurative: not an emergency': [
    ['my phone has been on fire all morning with calls, can someone ring me next week about a quote', false, 'NORMAL'],
    ['sales are on fire this quarter so next year we want the office rewired', false, 'LOW'],
    ['my calendar is flooded this week, can we do next month?', false, 'LOW'],
    ['my inbox is flooded', false, 'NORMAL'],
    ['the phones are blowing up today with bookings, can you call me back tomorrow', false, 'HIGH'],
    ['our mailbox is overflowing, please send invoices by email', false, 'LOW'],
    ['we are bursting with ideas for the new kitchen, can I get a quote', false, 'NORMAL'],
  ],
  'part of a name: not an emergency': [
    ['Hi, Tom from Emergency Lighting Supplies here, I need a quote for fitting 20 lights', false, 'NORMAL'],
    ['invoice please to Flood Street Dental Ltd', false, 'LOW'],
  ],
  'administrative: not an emergency': [
    ['can you resend the receipt for the gas leak repair', false, 'LOW'],
    ['I need the invoice for the burst pipe job for my insurance', false, 'LOW'],
  ],
  'already contained: HIGH': [
    ["the pipe split but I've turned the stopcock off and it has stopped, can someone come today", false, 'HIGH'],
    ['we had a gas smell, the gas board came and capped it off, we need the cooker reconnected', false, 'HIGH'],
    // (Session 16: the poison centre's all-clear contains it; the same swallowing without it is an emergency.)
    ['my daughter swallowed some hand sanitizer, poison control said shes fine, can you call me about the form', false, 'HIGH'],
    ['my toddler just drank hand sanitizer', true, 'URGENT'],
  ],
  'priority HIGH: time-sensitive without a hazard': [
    ['you charged me twice for last week\'s visit, please sort it out', false, 'HIGH'],
    ['I was overcharged on the invoice for the fan install', false, 'HIGH'],
    // (Session 16: trouble with one's own bill said plainly; a utility's bill or a copy of an invoice stays routine.)
    ['hi i have a problem with my invoice', false, 'HIGH'],
    ['my invoice looks wrong', false, 'HIGH'],
    ['there is a mistake on my bill from last week', false, 'HIGH'],
    ['no hot water at all since yesterday', false, 'HIGH'],
    ['the only toilet in the flat is blocked', false, 'HIGH'],
    ['we are selling the house and the survey is on Friday, the boiler needs a certificate before then', false, 'HIGH'],
    ['please can someone come today, the kitchen tap will not turn off properly', false, 'HIGH'],
  ],
  'priority NORMAL: a request for the work phrased as a question, whatever its verb (asking about a service stays LOW)': [
    ['could you re-grout the shower for us', false, 'NORMAL'],
    ['can somebody haul away the old sofa from my garage', false, 'NORMAL'],
    ['would you be able to rekey the locks on our back door', false, 'NORMAL'],
    ['are you guys able to descale the kettle and the coffee machine', false, 'NORMAL'],
    ['is it possible to get the windows washed', false, 'NORMAL'],
    ['could you tell me your weekend hours', false, 'LOW'],
    ['can you resend the receipt for the last visit', false, 'LOW'],
    ['do you guys regrout showers?', false, 'LOW'],
    ['can you do weekends?', false, 'LOW'],
    ['can i get a copy of my invoice', false, 'LOW'],
    ['i have an issue with my gas bill, is that normal in winter', false, 'LOW'],
  ],
  'an electric shock from something that should be safe to touch; a shock that is no current loose': [
    ['every time i grab the shower handle i get a little tingle and a shock', true, 'URGENT', 'ELECTRICAL'],
    ['the washing machine is giving us shocks', true, 'URGENT'],
    ['i got a shock when i opened the gas bill', false, 'LOW'],
    ['the static shock off the car door is annoying', false, 'NORMAL'],
    ['our dog learned the invisible fence shocks him', false, 'NORMAL'],
  ],
  'priority: "would like" is a wish, not a question; a deadline said as a move or a flight; stranded; pausing a service is admin': [
    ['would like the bathroom extractor fan replaced sometime next week', false, 'NORMAL'],
    ['the landlord moves in on monday and the boiler still needs its service', false, 'HIGH'],
    ['my passport is in the safe and I fly out tomorrow, it will not open', false, 'HIGH'],
    ["i'm stranded at the gym, the key fob is dead", false, 'HIGH'],
    ['can we pause our cleaning plan over the summer', false, 'LOW'],
  ],
  'over and checked: "said it was fine" is contained; thanks in Spanish is feedback': [
    ['smelled gas this morning, the utility came out and said it was fine', false, 'HIGH'],
    ['muchas gracias por el buen trabajo de ayer', false, 'LOW'],
  ],
  'an appliance\'s own flame described is no fire; a wall that starts spraying is; a yearly smell is not now; a lost service that came back is routine': [
    ['the boiler flame burns yellow and lazy', false, 'NORMAL'],
    ['big flames are coming out from under the boiler', true, 'URGENT', 'FIRE'],
    ['the ceiling above the tub began to gush when they ran the bath upstairs', true, 'URGENT', 'WATER'],
    ['every winter the radiators smell a bit burnt for a day, is that normal?', false, 'LOW'],
    ['the power went out last night but came back on, can you check the panel', false, 'NORMAL'],
  ],
  'priority HIGH: hot water that only runs cold, an AC or heater that went out; LOW: praise in other words': [
    ['the bath taps only run cold since yesterday', false, 'HIGH'],
    ['our heat pump went out overnight', false, 'HIGH'],
    ['the cold water tap in the garden is cold', false, 'NORMAL'],
    ['brilliant work on the boiler last week, cheers', false, 'LOW'],
  ],
  'priority NORMAL: routine service, quotes, bookings': [
    ['could you put a new light fitting in the hall sometime', false, 'NORMAL'],
    ['could you quote for a new outside tap', false, 'NORMAL'],
    ['I would like to book an annual boiler service', false, 'NORMAL'],
    ['need someone to look at a slow draining bath', false, 'NORMAL'],
  ],
  'priority LOW: deferred, far-future, information, admin, feedback': [
    ['no hurry at all, could you call me in february about a new bathroom', false, 'LOW'],
    ['no rush at all but the bathroom extractor rattles', false, 'LOW'],
    ['we are planning an extension in 2028 and will need plumbing then', false, 'LOW'],
    ['do you work weekends?', false, 'LOW'],
    ['please change the e-mail address on my account', false, 'LOW'],
    ['thanks, the engineer was brilliant and left everything spotless, great job', false, 'LOW'],
  ],
  'calm reports: falls, swallowing, fuel, scorched fittings': [
    ['grandma slipped in the shower and she cant get up off the floor', true, 'URGENT', 'MEDICAL'],
    ['his tongue is swelling and he can hardly swallow', true, 'URGENT', 'MEDICAL'],
    ['there is diesel leaking all over the driveway from the van', true, 'URGENT', 'FIRE'],
    ['the light switch in the hall looks charred and smells of burnt plastic', true, 'URGENT', 'ELECTRICAL'],
  ],
  'a condition before the event, jokes, records and next-day needs': [
    ['where is the stopcock, in case the tank ever bursts', false, 'LOW'],
    ['my bank account is on fire after christmas haha, do you do payment plans?', false, 'LOW'],
    ['my wallet is empty after the holidays lol, any discounts', false, 'LOW'],
    ['lol the kids flooded the bathroom floor with bubbles again, all mopped, just need a new bath seal sometime', false, 'NORMAL'],
    ['please forward my records to the new clinic', false, 'LOW'],
    ['the van heater is dead and i need the van for a job on monday', false, 'HIGH'],
  ],
  'more ways people say it: depth, popped fittings, sewage coming in, readings, collapse': [
    ['toilet supply line popped off and its spraying', true, 'URGENT', 'WATER'],
    ['we have a foot of water in the basement', true, 'URGENT', 'WATER'],
    ['hello? the laundry room is underwater', true, 'URGENT', 'WATER'],
    ['theres a puddle spreading across the kitchen floor from under the fridge', true, 'URGENT', 'WATER'],
    ['raw sewage in the yard and coming into the basement', true, 'URGENT', 'SEWAGE'],
    ['the basement drain is spewing sewage', true, 'URGENT', 'SEWAGE'],
    ['detector says carbon monoxide 120', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['the stove is hissing and smells weird like eggs', true, 'URGENT', 'GAS'],
    ['my husband collapsed and isnt responding', true, 'URGENT', 'MEDICAL'],
    ['my grandpa is on the floor and cant get up', true, 'URGENT', 'MEDICAL'],
    ['he cut his hand badly and its bleeding a lot', true, 'URGENT', 'MEDICAL'],
  ],
  'not now: a battery warning, fine now, a water heater is no water, a check said all clear': [
    ['our co alarm battery is chirping, how do i change it', false, 'LOW'],
    ['the toilet overflowed yesterday but its fine now, want it looked at', false, 'HIGH'],
    ['the pilot light on the water heater went out, no gas smell', false, 'NORMAL'],
    ["there's a stain on the ceiling from an old leak, it's dry now", false, 'HIGH'],
    ['there was a gas smell yesterday but the gas company checked and said its fine', false, 'HIGH'],
  ],
  'said other ways: sagging ceilings, sewage on floors, sulphur, smoke in a room, blackened outlets, cold with illness, Spanish falls': [
    ['the ceiling in the kitchen is sagging and dripping', true, 'URGENT', 'WATER'],
    ['we have sewage on the bathroom floor', true, 'URGENT', 'SEWAGE'],
    ["there's a sulfur smell near the furnace", true, 'URGENT', 'GAS'],
    ['the smoke alarm is going off and theres smoke in the kitchen', true, 'URGENT', 'FIRE'],
    ['outlet is buzzing and black around the edges', true, 'URGENT', 'ELECTRICAL'],
    ["heat stopped working and it's 12 degrees, my mom is 79 and sick", true, 'URGENT', 'NO_HEAT'],
    ['furnace is dead, its -10 and my son has asthma', true, 'URGENT', 'NO_HEAT'],
    ['mi abuela se cayo y no se puede levantar', true, 'URGENT', 'MEDICAL'],
  ],
  'a risk, a product or a question about the hazard is no emergency': [
    ['i have a question about gas leaks, how do you detect them', false, 'LOW'],
    ['we want a gas leak detector installed', false, 'NORMAL'],
    ['my landlord says the pipes might burst this winter, can you insulate them', false, 'NORMAL'],
  ],
  'water escaping without the usual words: a river on the floor, trickling behind tiles, a big leak, covered in water': [
    ['there is like a stream flowing across the utility room floor', true, 'URGENT', 'WATER'],
    ['water trickling out behind the shower tiles and its getting worse', true, 'URGENT', 'WATER'],
    ['hay una fuga enorme en el baño', true, 'URGENT', 'WATER'],
    ['the whole hallway floor is covered in water and more is coming from the radiator', true, 'URGENT', 'WATER'],
    ['the pipe to the garden tap is broken and water is going everywhere', true, 'URGENT', 'WATER'],
  ],
  'a broken appliance is a lost service, not a flood (HIGH)': [
    ['our water heater is broken, can somebody come and repair it', false, 'HIGH'],
    ['hot water tank is busted, we need it fixed', false, 'HIGH'],
    ['the boiler just clicks and wont fire, no heating', false, 'HIGH'],
    ['no hay agua caliente en la casa', false, 'HIGH'],
  ],
  'sewage said other ways: a sink filling with toilet water, a shower filling with brown water': [
    ['when the toilet is flushed the bath fills up with brown water', true, 'URGENT', 'SEWAGE'],
    ['our utility sink keeps filling with toilet water', true, 'URGENT', 'SEWAGE'],
  ],
  'gas and CO without the obvious phrase: hiss at the cooker, gassy smell, Spanish rotten eggs, a detector screen, a reading': [
    ['the cooker is off but it is hissing quietly', true, 'URGENT', 'GAS'],
    ['a gassy smell in the garage', true, 'URGENT', 'GAS'],
    ['huele como a huevos podridos en el sotano', true, 'URGENT', 'GAS'],
    ['i think the gas is escaping from the pipe behind the oven', true, 'URGENT', 'GAS'],
    ['the alarm on the landing is flashing and the display says CO', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['our carbon monoxide meter shows 75 now', true, 'URGENT', 'CARBON_MONOXIDE'],
  ],
  'electricity: a wet socket, a shock, an outlet flashing, hot plastic, a burnt smell': [
    ['the socket under the window is soaking wet', true, 'URGENT', 'WATER_ELECTRICITY'],
    ['my daughter got a bad shock off the toaster', true, 'URGENT', 'WATER_ELECTRICITY'],
    ['i keep getting zapped by the shower switch', true, 'URGENT', 'WATER_ELECTRICITY'],
    ['the breaker flashes when the kettle goes on', true, 'URGENT', 'ELECTRICAL'],
    ['the fan heater plug smells of hot plastic', true, 'URGENT', 'ELECTRICAL'],
    ['burnt odor from the outlet in the study', true, 'URGENT', 'ELECTRICAL'],
    ['smoke comming from the plug', true, 'URGENT'],
  ],
  'clinic and dental: severe pain, swelling that spreads or comes with fever, an injury that bleeds, numbness': [
    ['the pain in my knee is unbearable since the fall this morning', true, 'URGENT', 'MEDICAL'],
    ['excruciating toothache, nothing is helping', true, 'URGENT', 'MEDICAL'],
    ['the lump under my tooth is swelling quickly and now i have a fever', true, 'URGENT', 'MEDICAL'],
    ['the swelling is spreading down to his neck', true, 'URGENT', 'MEDICAL'],
    ['she cant open her mouth and her face is puffy', true, 'URGENT', 'MEDICAL'],
    ['my son crashed his scooter and his lip is bleeding loads', true, 'URGENT', 'MEDICAL'],
    ['he knocked two teeth out at football', true, 'URGENT', 'MEDICAL'],
    ['after the session i cannot feel my feet', true, 'URGENT', 'MEDICAL'],
    ['the socket has been bleeding for two hours', true, 'URGENT', 'MEDICAL'],
    ['le sale mucha sangre de la encia', true, 'URGENT', 'MEDICAL'],
  ],
  'not an emergency: chronic or past pain, a pain question, a childhood injury, a mild ache': [
    ['i have had severe back pain on and off for years, can i book an assessment', false, 'NORMAL'],
    ['is severe pain after a filling normal?', false, 'LOW'],
    ['i lost a front tooth when i was 12, can we talk about a bridge', false, 'NORMAL'],
    ['a mild toothache on the left, can i book something', false, 'NORMAL'],
  ],
  'auto and cleaning: brakes failing, blood or needles everywhere': [
    ['the brakes have gone, the pedal just goes all the way down', true, 'URGENT', 'VEHICLE'],
    ['the van wont stop properly and the brakes arent working', true, 'URGENT', 'VEHICLE'],
    ['se fueron los frenos del coche', true, 'URGENT', 'VEHICLE'],
    ['there is vomit and blood all over the carpet in the rental', true, 'URGENT', 'BIOHAZARD'],
    ['what do i do if my brakes go while driving', false, 'LOW'],
    ['brakes squeal a bit, can i book a check', false, 'NORMAL'],
    ['do you do biohazard cleaning?', false, 'LOW'],
  ],
  'names, busy talk, contained, Spanish shut-off, billing, deadlines': [
    ['hi my name is Sam Burns, i want a quote for a new shower', false, 'NORMAL'],
    ['this is Mr Flood, i need the bath resealed', false, 'NORMAL'],
    ["we're swamped with paperwork, can you just quote a new boiler", false, 'NORMAL'],
    ['the socket sparked so i flipped the breaker off, its off now, need it replaced', false, 'HIGH'],
    ['cerramos la llave y ya no sale, hay que cambiar la tuberia', false, 'HIGH'],
    ['the bleeding has stopped but the wound is gaping, can i be seen', false, 'HIGH'],
    ['the reminder says the boiler invoice is overdue but we already paid it', false, 'HIGH'],
    ['they charged me for the drain visit twice', false, 'HIGH'],
    ['new tenants move in friday and the hall lights do not work', false, 'HIGH'],
    ['can you fit me in tomorrow, the filling fell out', false, 'HIGH'],
    ['in case the heating fails over christmas, do you have someone on call?', false, 'LOW'],
  ],
  'more unseen wordings: depth, stairs, propane, gas alarms, CO2, downed lines, hot outlets, a fire in a room': [
    ['the cellar has water in it, maybe two feet deep', true, 'URGENT', 'WATER'],
    ['water is trickling down the steps into the lounge', true, 'URGENT', 'WATER'],
    ['the lpg bottle by the caravan smells really strong', true, 'URGENT', 'GAS'],
    ['our methane detector in the boiler room is beeping', true, 'URGENT', 'GAS'],
    ['the co2 detector in the nursery is sounding', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['the overhead cable has come down in the street and is lying on the pavement', true, 'URGENT', 'ELECTRICAL'],
    ['the plug socket in the lounge feels really hot', true, 'URGENT', 'ELECTRICAL'],
    ['grease fire on the hob, we are outside', true, 'URGENT', 'FIRE'],
    ['the radiators are stone cold, it is snowing and grandad has dementia', true, 'URGENT', 'NO_HEAT'],
  ],
  'more unseen medical wordings: heart attack, allergic reaction, fainting, blood soaking through': [
    ['i think my neighbour is having a heart attack', true, 'URGENT', 'MEDICAL'],
    ['his tongue is swelling up after the injection', true, 'URGENT', 'MEDICAL'],
    ['my son has just fainted on the treatment table', true, 'URGENT', 'MEDICAL'],
    ['blood is pouring from the gum and the gauze is full', true, 'URGENT', 'MEDICAL'],
    ['we cannot stop the bleeding from his nose', true, 'URGENT', 'MEDICAL'],
  ],
  'not escaping water or a lost service: a slow drip caught in a bucket, a heater that is only noisy; a fire drill': [
    ['small leak under the basin going into a bowl, could someone fix it next week', false, 'NORMAL'],
    ['the boiler is not leaking, it just makes a humming noise', false, 'NORMAL'],
    ['can you quote for a fire alarm in the office', false, 'NORMAL'],
    ['we had a chimney fire two winters ago, can you sweep it', false, 'NORMAL'],
    ['please email a copy of the gas safety certificate', false, 'LOW'],
  ],
  'indirect reports: water across a floor, a room filling, flushed water coming back, a skunk smell, "is that gas?", hanging wires, smoke blown in': [
    ['water all across the bathroom floor and it is coming from behind the toilet', true, 'URGENT', 'WATER'],
    ['the garage is filling up fast since the storm drain backed up', true, 'URGENT'],
    ['la cocina se esta llenando de agua', true, 'URGENT', 'WATER'],
    ['whatever we flush comes back up in the shower tray', true, 'URGENT', 'SEWAGE'],
    ['the hallway smells of skunk near the boiler', true, 'URGENT', 'GAS'],
    ['weird smell by the oven, could it be gas?', true, 'URGENT', 'GAS'],
    ['a cable is dangling over the driveway after the storm', true, 'URGENT', 'ELECTRICAL'],
    ['the fireplace is puffing smoke into the lounge', true, 'URGENT', 'FIRE'],
    ['se rompio la calefaccion, hace mucho frio y mi abuela esta enferma', true, 'URGENT', 'NO_HEAT'],
  ],
  'indirect medical reports: slurred speech, a bad fall, a limb bent wrong, swollen shut with a temperature, blood that keeps coming': [
    ['my mum is slurring and confused all of a sudden', true, 'URGENT', 'MEDICAL'],
    ['my grandad fell off a ladder in the garden', true, 'URGENT', 'MEDICAL'],
    ['her wrist is bent the wrong way after she tripped', true, 'URGENT', 'MEDICAL'],
    ['his cheek is swollen and he has a high temperature', true, 'URGENT', 'MEDICAL'],
    ['blood keeps coming from the gap where the tooth was', true, 'URGENT', 'MEDICAL'],
  ],
  'not an emergency: asking whether something is gas-fired, a Spanish "when", lost water, deferred to spring, a request to do a job': [
    ['is it gas or electric, the heater in the flat?', false, 'LOW'],
    ['cuando pueden venir a instalar un enchufe nuevo', false, 'NORMAL'],
    ['there is no water coming out of the kitchen tap or the shower', false, 'HIGH'],
    ['heads up, we will need the loft wired in the spring', false, 'LOW'],
    ['can you do a safety check on my van', false, 'NORMAL'],
  ],
  'temperatures written with units, a CO alarm blamed on its battery elsewhere, "when can you start?"': [
    ['boiler is out, it is 8F and my wife is pregnant', true, 'URGENT', 'NO_HEAT'],
    ['heating died, -4 C outside and a newborn in the house', true, 'URGENT', 'NO_HEAT'],
    ['heating died, it is 20 C inside and the baby is fine', false, 'HIGH'],
    ['the co alarm beeped all night, turns out the battery was dying, can you fit a new one', false, 'NORMAL'],
    ['so excited about the new kitchen, when can you start?', false, 'NORMAL'],
  ],
  'the trades said other ways: agony, sudden vision loss, a neck injury with numbness, barely working brakes, fuel gushing, used needles, arcing, burning rubber': [
    ['my husband slipped on the ice and his back is in agony', true, 'URGENT', 'MEDICAL'],
    ['sudden weakness on her left side', true, 'URGENT', 'MEDICAL'],
    ['he banged his head on the shelf and now he is dizzy', true, 'URGENT', 'MEDICAL'],
    ['the brakes on the truck barely work since this morning', true, 'URGENT', 'VEHICLE'],
    ['diesel is gushing from the fuel line', true, 'URGENT', 'FIRE'],
    ['used syringes in the back garden of the flat we manage', true, 'URGENT', 'BIOHAZARD'],
    ['the socket is arcing when anything is plugged in', true, 'URGENT', 'ELECTRICAL'],
    ['burnt plastic smell from the consumer unit', true, 'URGENT', 'ELECTRICAL'],
    ['the tumble dryer is giving off smoke', true, 'URGENT', 'FIRE'],
  ],
  'not an emergency: a past month, a gone smell (contained), an appointment asked for tomorrow': [
    ['i hurt my shoulder in march and it still aches, can i book physio', false, 'NORMAL'],
    ['the boiler smelled of burning so i switched it off, the smell has gone, can someone check it', false, 'HIGH'],
    ['chipped a tooth, any chance of an appointment tomorrow', false, 'HIGH'],
  ],
  'precision: loose wires with nothing live, a shocking bill, past agony, moving an alarm panel; a tooth hanging out': [
    ['there are old cables hanging out of the wall where the tv was, all disconnected', false, 'NORMAL'],
    ['our gas bill has been through the roof, can you service the boiler', false, 'NORMAL'],
    ['i was in agony with my knee last year, now im fine and want to get back to running', false, 'NORMAL'],
    ['could you relocate the thermostat to the hallway', false, 'NORMAL'],
    ['my daughter fell and her front tooth is hanging by a thread', true, 'URGENT', 'MEDICAL'],
  ],
  'Spanish said other ways, and "wat" questions': [
    ['la coladera esta echando agua negra', true, 'URGENT', 'SEWAGE'],
    ['esta pitando la alarma de monoxido en el pasillo', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['se descompuso la calefaccion, esta helando y mi mama tiene 90 anos', true, 'URGENT', 'NO_HEAT'],
    ['tengo fiebre y la encia hinchada', true, 'URGENT', 'MEDICAL'],
    ['la camioneta esta perdiendo gasolina en la cochera', true, 'URGENT', 'FIRE'],
    ['que tengo que hacer si se revienta un tubo?', false, 'LOW'],
    ['quiero reprogramar mi cita', false, 'LOW'],
    ['wat do u guys charge for a drain unblock', false, 'LOW'],
  ],
  'plain short reports and their product or how-to contrasts': [
    ['roof is leaking and water is dripping onto the sofa', true, 'URGENT', 'WATER'],
    ['sewer back up in the downstairs loo', true, 'URGENT', 'SEWAGE'],
    ['we need trauma cleaning after a death in the flat', true, 'URGENT', 'BIOHAZARD'],
    ['hay agua por todas partes en la cocina', true, 'URGENT', 'WATER'],
    ['se inundo la cocina', true, 'URGENT', 'WATER'],
    ['tenemos una fuga de agua en el techo del cuarto', true, 'URGENT', 'WATER'],
    ['CO alarm!!', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['my co detector keeps going and i feel sick', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['how do i test my co alarm', false, 'LOW'],
    ['we would like a carbon monoxide detector fitted in the kitchen', false, 'NORMAL'],
    ['si se revienta la tuberia, que hago?', false, 'LOW'],
    ['do you sell sewer backup valves', false, 'LOW'],
  ],
  'last fresh mix: pooling water, a fireplace turned on, a boiler packed up, asthma, a tight chest, an eye closing, a tooth knocked out, a fixed burst, an interview': [
    ['water pooling under the washing machine and across the utility floor', true, 'URGENT', 'WATER'],
    ['we switched on the gas fire and now there is a gas smell', true, 'URGENT', 'GAS'],
    ['boiler has conked out, frost inside the windows, my mum is 83', true, 'URGENT', 'NO_HEAT'],
    ['my daughter is having an asthma attack', true, 'URGENT', 'MEDICAL'],
    ['he says his chest is tight and he is clammy and sweating', true, 'URGENT', 'MEDICAL'],
    ['her cheek has swollen so much her eye is closing', true, 'URGENT', 'MEDICAL'],
    ['he knocked out two teeth on the trampoline', true, 'URGENT', 'MEDICAL'],
    ['the pipe burst last night and the plumber repaired it, we need the ceiling patched', false, 'NORMAL'],
    ['the car will not start and i have a hospital appointment in the morning', false, 'HIGH'],
  ],
  'a CO alarm said to be doing anything, or just named, is going off; buying, fitting or testing one is not': [
    ['the carbon monoxide detector is flashing red', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['co alarm blaring in the basement', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['CO alarm in the kids room!!', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['the co alarm is quiet, we just want a second one fitted upstairs', false, 'NORMAL'],
    ['how often should the co detector be replaced?', false, 'LOW'],
  ],
  'the examples quoted in the issue': [
    ['how much is a call-out to fix a leaking kitchen tap?', false, 'LOW'],
    ['Help! Water is pouring through my ceiling from the bathroom upstairs', true, 'URGENT', 'WATER'],
    ['horrible smell of sewage coming up from the drain', true, 'URGENT', 'SEWAGE'],
    ['leaking tap, no rush', false, 'LOW'],
    ['Do you cover Shelbyville?', false, 'LOW'],
  ],
};

checkTriageTables(t, tables);

t.test('the business\'s own emergency words go through the same context checks', async (t) => {
  const words = ['website down'];
  t.ok(triage('our website down since 9am and we are losing orders', { keywords: words }).emergency);
  t.notOk(triage('what happens if the website down for a day?', { keywords: words }).emergency, 'hypothetical');
  t.notOk(triage('the website down last year cost us a lot', { keywords: words }).emergency, 'past');
  t.ok(detectEmergency('our website down right now', words).isEmergency, 'detectEmergency(text, keywords) keeps its shape');
});

// Session 32 QA: an IT company added "server down" to its emergency words and "our server is down and
// nobody in the office can work" was answered as a question: only the exact two words matched.
t.test("the business's own emergency words match as people say them", async (t) => {
  const words = ['server down', 'ransomware'];
  for (const said of ['our server is down and nobody in the office can work', 'servers down!!', "the server's down", 'the servers have gone down', 'server went down an hour ago and we cant work']) {
    const found = triage(said, { keywords: words });
    t.ok(found.emergency && found.hazard === 'CUSTOM', said);
  }
  t.notOk(triage('is a server down fee extra', { keywords: words }).emergency, 'a question about it');
  t.notOk(triage('our server was down last month, can you look at why', { keywords: words }).emergency, 'past');
  t.notOk(triage('the server room door is down the hall', { keywords: words }).emergency, 'other words between: not the phrase');
});

// Session 33 QA: a property manager added "no heat, no power, no hot water" to its emergency words
// (its own page lists them as emergencies) and "there is no heat in my apartment" was no emergency:
// the owner's "no" was read as denying it. Words that name a lack also match the lack as said.
t.test("the business's own words for a lack ('no heat') match, also as said ('my heat isnt working')", async (t) => {
  const words = ['no heat', 'no power', 'no hot water'];
  for (const said of ['there is no heat in my apartment', 'my heat isnt working', 'the heater stopped working', "heat won't come on", 'no heat', 'we have no power in the whole unit', 'the power is out in my unit', 'we lost power', 'we dont have any hot water', "there's no hot water", 'no hot water since this morning', 'no power to the whole building']) {
    const found = triage(said, { keywords: words });
    t.ok(found.emergency && found.hazard === 'CUSTOM', said);
  }
  for (const said of ['we turned the heat off for the summer', 'is no heat an emergency?', 'what if the heat goes out', 'the heat was out last winter, can you check the furnace', 'my heat is working fine now', "there's no power outlet in the bedroom", 'i have no power steering', 'lost power steering on the highway']) {
    t.not(triage(said, { keywords: words }).hazard, 'CUSTOM', said);
  }
});

// Session 32 QA: "printer is jammed again", "my laptop crashed" were no problem told, so the agent said
// "I don't know that one" instead of offering to pass it to the team.
t.test('equipment trouble is a problem told', async (t) => {
  for (const said of ['printer is jammed again', 'my laptop crashed', 'the till is frozen', 'our pc wont boot', 'the card reader is offline']) t.ok(describesProblem(said), said);
  for (const said of ['do you sell printers', 'how much is a new laptop']) t.notOk(describesProblem(said), said);
});

t.test('an emergency is more severe with two hazards; severities are 8-10', async (t) => {
  const one = triage('a pipe burst in the kitchen');
  const two = triage('a pipe burst and the water is in the plug sockets');
  t.ok(one.severity >= 8 && one.severity <= 10);
  t.ok(two.severity >= one.severity);
});

t.test('helpers: questions, service requests, typo reading', async (t) => {
  t.ok(looksLikeQuestion('do u guys do boilers'));
  t.ok(looksLikeQuestion('hi um just wondering if you work saturdays'));
  t.notOk(looksLikeQuestion('my sink is blocked'));
  t.ok(asksForService('can someone come and fix my tap'));
  t.notOk(asksForService('how much is a call-out?'));
  t.equal(editDistance('celing', 'ceiling'), 1);
  t.equal(editDistance('toliet', 'toilet'), 1, 'a swap is one edit');
  t.equal(normalizeWords('The FLOOR is wet'), 'the floor is wet', 'a dictionary word is never "corrected" (floor is not flood)');
  t.equal(normalizeWords('gass smel'), 'gas smell');
});

t.test("the new hazards' safety lines: the business's own brake sentence, else a standard instruction", async (t) => {
  const hit = (content: string) => ({ chunkId: 'c', itemId: 'i', title: 'Garage', heading: 'Safety on the road', content, score: 1 });
  const kb = hit('If you break down, put your hazard lights on and call us. If the brakes stop working, shift down a gear and use the handbrake slowly to stop.');
  // (Since vq33 a breakdown is a vehicle instruction too: what was said picks between them.)
  t.match(safetyInstruction('VEHICLE', [kb], 'my brakes stopped working on the highway') ?? '', /brakes stop working/, 'the sentence about brakes, not the breakdown advice');
  t.match(safetyInstruction('VEHICLE', [kb], 'my car broke down on the highway') ?? '', /^If you break down, put your hazard lights on/, 'a breakdown: the breakdown advice');
  t.equal(safetyInstruction('BIOHAZARD', [kb]), null, 'nothing about blood or needles in it');
  const r = triage('there are needles and blood all over the stairwell');
  t.equal(r.hazard, 'BIOHAZARD');
});

t.test('hazards said without the listed words: cold said by degrees and ages, head injuries, falls, strokes, stranded vehicles, flames and alarms in Spanish, wild animals indoors', async (t) => {
  // Written for this test (not from eval/data).
  const rows: Row[] = [
    ['my grandad is 91 and the boiler has packed up, it is minus 4 outside', true, 'URGENT', 'NO_HEAT'],
    ['the heating is only blowing cool air and my 3 week old is in the house, its freezing out', true, 'URGENT', 'NO_HEAT'],
    ['mi abuela esta enferma y la calefaccion no enciende, esta nevando', true, 'URGENT', 'NO_HEAT'],
    ['my son banged his head on the trampoline, now he keeps throwing up', true, 'URGENT', 'MEDICAL'],
    ["she tripped on the stairs and can't put any weight on her ankle", true, 'URGENT', 'MEDICAL'],
    ['i suddenly cant move my left arm', true, 'URGENT', 'MEDICAL'],
    ['our van stalled in the fast lane and trucks are flying past', true, 'URGENT', 'VEHICLE'],
    ["we are stuck on the railroad tracks and the car won't start", true, 'URGENT', 'VEHICLE'],
    ['hay llamas saliendo del motor', true, 'URGENT', 'FIRE'],
    ['the smoke alarm went off and the kids are dizzy and nauseous', true, 'URGENT', 'CARBON_MONOXIDE'],
    ["there's a snake in the living room under the sofa", true, 'URGENT'],
    ['a squirrel got into the house and is running around the kitchen', true, 'URGENT'],
    // The exclusions hold over the new wording.
    ['we have squirrels in the attic again', false, 'NORMAL'],
    ["there's a bat in the garage", false, 'NORMAL'],
    ['what should I do if a raccoon gets into the kitchen', false, 'LOW'],
    ['we had a possum in the bedroom last month, can you seal the gap', false, 'NORMAL'],
    ['my car broke down on the interstate last year and i want a better warranty', false, 'NORMAL'],
    ['he hit his head last week and was confused for a bit, now fine', false, 'NORMAL'],
    ['my grandad is 91 and his boiler is due a service, no rush', false, 'LOW'],
    // Routine: a drip outdoors does no harm; a fuse that keeps going is an essential service lost (HIGH).
    ['the AC condensate line drips onto the deck', false, 'NORMAL'],
    ['the fuse in the garage keeps blowing when I run the heater', false, 'HIGH'],
    ['water stains on the hall ceiling from an old leak', false, 'NORMAL'],
  ];
  for (const [text, emergency, priority, hazard] of rows) {
    const r = triage(text);
    t.equal(r.emergency, emergency, `${JSON.stringify(text)}: emergency ${emergency} (${r.matched.join('; ') || 'nothing matched'})`);
    t.equal(r.priority, priority, `${JSON.stringify(text)}: ${priority} (kind ${r.kind})`);
    if (hazard) t.equal(r.hazard, hazard, `${JSON.stringify(text)}: hazard ${hazard}`);
  }
});

t.test('Spanish is also read through its English gloss, with every English exclusion', async (t) => {
  const { spanishGloss } = await import('../../src/agent/triage-spanish.js');
  t.equal(spanishGloss('Se reventó la tubería del baño'), 'burst the pipe from the bathroom');
  t.equal(spanishGloss('¿qué hago si se inunda el sótano?'), 'what do i do if is flooding the basement?');
  t.equal(spanishGloss('se apagó la calefacción y mi abuela tiene 90 años'), 'the heat is out and my grandmother is 90');
  // Written for this test (not from eval/data).
  const rows: Row[] = [
    ['el techo del cuarto está goteando encima de la cama y no para', true, 'URGENT', 'WATER'],
    ['mi papá se desmayó en la cocina y no responde', true, 'URGENT', 'MEDICAL'],
    ['suena la alarma del detector y todos tenemos dolor de cabeza', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['sale humo de la secadora', true, 'URGENT', 'FIRE'],
    ['hay un murciélago volando en la sala', true, 'URGENT'],
    ['no hay olor a gas, solo quiero revisar la estufa', false, 'NORMAL'],
    ['el año pasado se reventó una tubería, quiero revisar las demás', false, 'NORMAL'],
    ['qué hago si se inunda el sótano?', false, 'LOW'],
    ['la llave de la cocina gotea un poco, quiero cambiarla', false, 'NORMAL'],
    ['se rompió el asiento del inodoro', false, 'NORMAL'],
    ['hay hormigas en la cocina', false, 'NORMAL'],
    // Deferred in Spanish: LOW.
    ['no hay prisa, quiero cambiar el grifo el mes que viene', false, 'LOW'],
    // "nothing urgent" denies the urgency: routine, not HIGH.
    ['nothing urgent, the garden gate latch is broken', false, 'NORMAL'],
  ];
  for (const [text, emergency, priority, hazard] of rows) {
    const r = triage(text);
    t.equal(r.emergency, emergency, `${JSON.stringify(text)}: emergency ${emergency} (${r.matched.join('; ') || 'nothing matched'})`);
    t.equal(r.priority, priority, `${JSON.stringify(text)}: ${priority} (kind ${r.kind})`);
    if (hazard) t.equal(r.hazard, hazard, `${JSON.stringify(text)}: hazard ${hazard}`);
  }
});

/** A PRO business in Denver with this contact number, as the emergency reply reads it. */
function replyContext(name: string, phone: string): Parameters<typeof composeEmergencyReply>[0] {
  return { business: { id: 'b', name, plan: 'PRO', phone_number: phone, twilio_number: null, timezone: 'America/Denver' } } as unknown as Parameters<typeof composeEmergencyReply>[0];
}

/** A retrieved passage of a guide's "Safety" section. */
function safetyHit(title: string, content: string) {
  return { chunkId: 'c', itemId: 'i', title, heading: 'Safety', content, score: 1 };
}

t.test('a pet emergency: the knowledge sentence about what the pet swallowed, a vet rather than 911, and nobody else\'s number as ours', async (t) => {
  const ctx = replyContext('Fur & Foam Grooming', '+13035550100');
  const hit = (content: string) => safetyHit('Grooming guide', content);
  const kb = hit(
    'If your pet is bleeding, press a clean towel on the wound while you drive. ' +
      'If your pet may have swallowed something poisonous, collapses or struggles to breathe, call your vet or the 24-hour Front Range Animal Hospital at (303) 555-0177 right away.',
  );
  t.match(safetyInstruction('MEDICAL', [kb], 'my cat just swallowed some lily leaves') ?? '', /swallowed something poisonous/, 'the sentence the visitor\'s words point at');
  t.match(safetyInstruction('MEDICAL', [kb], 'the dog cut his paw and is bleeding a lot') ?? '', /bleeding, press a clean towel/);
  const { reply, phone } = composeEmergencyReply(ctx, 'MEDICAL', [kb], [kb], { said: 'my cat just swallowed some lily leaves' });
  t.notMatch(reply, /911/, 'a pet is taken to a vet, not to 911');
  t.match(reply, /^If your pet may have swallowed something poisonous/);
  t.equal(phone, '+13035550100', "the animal hospital's number is not given as the business's emergency line");
  t.match(reply, /Our emergency line is \(303\) 555-0100/);
  const person = composeEmergencyReply(ctx, 'MEDICAL', [], [], { said: 'my son swallowed a button battery' });
  t.match(person.reply, /^Please call 911 now/, 'a person still gets 911 first');
  const petNoKb = composeEmergencyReply(ctx, 'MEDICAL', [], [], { said: 'our puppy ate a whole bar of dark chocolate' });
  t.match(petNoKb.reply, /^Please get your pet to a vet or an emergency animal hospital now/);
});

t.test("the business's own line, not a utility's; the guide's own picture of the emergency over a hazard's stock advice", async (t) => {
  const ctx = replyContext('Sootbusters', '+13035550148');
  const hit = (content: string) => safetyHit('Sootbusters guide', content);
  const kb = hit(
    'If you have a chimney fire (a loud roaring sound, dense smoke, flames shooting out the top), get everyone out and call 911. Do not try to put it out yourself.\n' +
      "If your carbon monoxide alarm sounds, leave the house, call 911 or Xcel Energy's gas emergency line at 1-800-895-2999, and don't go back in until it has been checked.\n" +
      'We have an after-hours line for dangerous situations: (303) 555-0199.',
  );
  const co = composeEmergencyReply(ctx, 'CARBON_MONOXIDE', [kb], [kb], { said: 'my co detector keeps beeping' });
  t.equal(co.phone, '(303) 555-0199', "our after-hours line, not the gas company's emergency line");
  // (After the guide's instruction to call 911 or the utility: ours for once they are out, not a second "call it now".)
  t.match(co.reply, /Once you are safe, our emergency line is \(303\) 555-0199\./);
  t.notMatch(co.reply, /Our emergency line is \(800\)/);
  const onlyTheirs = hit("If you smell gas, leave and call Xcel Energy's gas emergency line at 1-800-895-2999.");
  t.equal(composeEmergencyReply(ctx, 'GAS', [onlyTheirs], [onlyTheirs]).phone, '+13035550148', "with no line of ours in the guide, our contact number, never the utility's");
  const plain = hit('For emergencies after hours, call (303) 555-0177.');
  t.equal(composeEmergencyReply(ctx, 'FIRE', [plain], [plain]).phone, '(303) 555-0177', 'a line the guide gives without naming whose is still ours');
  const sparks = composeEmergencyReply(ctx, 'ELECTRICAL', [kb], [kb], { said: 'our chimney is making a roaring noise and theres sparks coming out the top!!' });
  t.match(sparks.reply, /^If you have a chimney fire/, "the guide's chimney fire, which the visitor describes, not the breaker advice for sparks");
  t.notMatch(sparks.reply, /main breaker/);
  t.equal(safetyInstruction('ELECTRICAL', [kb], 'sparks from the outlet by the sofa'), null, 'two words in common are not enough to leave the hazard');
});

t.test('a safety instruction written as a list item is said without its bullet or bold marks', async (t) => {
  const hit = safetyHit('Resident guide', '- **Fire or smoke you can see:** get out, pull the fire alarm, call 911. Then call us.\n1. If you smell gas, leave the building and call the gas company from outside.');
  t.equal(safetyInstruction('FIRE', [hit], 'there is smoke in the hallway'), 'Fire or smoke you can see: get out, pull the fire alarm, call 911.');
  t.match(safetyInstruction('GAS', [hit], 'i smell gas') ?? '', /^If you smell gas, leave the building/);
});

t.test("the line is not said twice when the guide's own instruction already gives it", async (t) => {
  const ctx = replyContext('Green Acre Lawn', '+19705550144');
  const kb = safetyHit(
    'Green Acre guide',
    "A broken main line or a valve spraying water that won't shut off: turn off the irrigation shut-off valve, then call our 24/7 line at (970) 555-0199.",
  );
  const { reply } = composeEmergencyReply(ctx, 'WATER', [kb], [kb], { said: 'my sprinkler head broke and its gushing water everywhere wont stop' });
  t.match(reply, /^A broken main line/);
  t.equal(reply.match(/555-0199/g)?.length, 1, reply);
  t.match(reply, /urgent callback/, 'the choice still follows');
});

t.test('a sentence that leans on the one before it is not said alone as the safety instruction', async (t) => {
  const kb = safetyHit(
    'Septic guide',
    'If sewage is coming back up into your house, stop using all water right away: no flushing, no showers. Keep kids and pets away from it, and call us.\n\n' +
      "If there's a strong rotten-egg sewer smell inside and people feel dizzy, get everyone out into fresh air. Often it's a dried-out floor drain, but don't stay inside to find out.",
  );
  const said = 'theres sewage coming up in my basement floor drain';
  t.match(safetyInstruction('SEWAGE', [kb], said) ?? '', /^If sewage is coming back up into your house, stop using all water/, 'QA: got "Often it\'s a dried-out floor drain, but don\'t stay inside to find out."');
});

t.test('someone hurt: 911 first, and no promise to send someone (QA: a clinic offered "so we can get someone to you")', async (t) => {
  const ctx = replyContext('Cedar Wellness', '+13035550100');
  const { reply } = composeEmergencyReply(ctx, 'MEDICAL', [], [], { said: 'my back went out and now i cant feel my legs' });
  t.match(reply, /^Please call 911 now/);
  t.notMatch(reply, /get someone to you/);
  t.match(reply, /when you are safe, I can take your number so the team can follow up/i);
  // (QA: "Please call 911 now ... Our emergency line is ...: call it now to reach someone straight away": two calls "now".)
  t.notMatch(reply, /call it now|straight away/, '911 is the one thing to do now');
  t.match(reply, /Our number is \(303\) 555-0100\.$/, 'the business number after, as a number');
  const water = composeEmergencyReply(ctx, 'WATER', [], [], { said: 'water pouring through the ceiling' });
  t.match(water.reply, /so we can get someone to you/, 'a trade that comes out still offers to');
});

// Session 33 QA (a property manager's tenants): "hi my heat isnt working and its like 5 degrees
// outside, i have a 6 month old" was HIGH ("isn't working" was no loss of heat), and a tenant with
// no heat at -5 was HIGH with nobody vulnerable named. Below zero, no heat is an emergency for anyone.
t.test('no heat: "isnt working" is a loss; below zero is an emergency with or without a baby', async (t) => {
  for (const said of ['hi my heat isnt working and its like 5 degrees outside, i have a 6 month old', "tenant in 3b says no heat since last night and it's -5", 'no heat and its 5F outside', 'heat isnt working its 30 below']) {
    const found = triage(said);
    t.ok(found.emergency && found.hazard === 'NO_HEAT', `${said} (${found.matched.join('; ')})`);
  }
  for (const said of ['my heat isnt working', 'no heat in the shop, its 15 degrees, can someone come monday', 'what if the heat goes out and its -20']) {
    t.notOk(triage(said).emergency, said);
  }
});
