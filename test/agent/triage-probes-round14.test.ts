import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Probes written for round 14 (issue 12, items 4-5), from trades the evaluation has no business
// for: a hotel, a farm supply store, a funeral home, a daycare, a bakery, a print shop, a brewery,
// a car wash, a climbing gym, a tattoo studio, a library, an ice rink, a garden centre, a summer
// camp, a bed and breakfast, a bike shop, a pottery studio, a community pool, a thrift store, a
// hostel. Not taken from eval/data: visitors describing a hazard in their own words (typos,
// phone-transcript style, Spanish), and contrasts that are past, hypothetical, negated,
// figurative, admin or a fee question. Read through the whole per-turn step (rules and learned
// signal), as the chat and the phone loop read them.

const tables: Record<string, TriageRow[]> = {
  'fire, smoke, sparks': [
    ['the kiln at the pottery studio is glowing through the lid and theres smoke rolling out of the vent', true, 'URGENT'],
    ['uh yeah the bread slicer motor at the bakery just popped and now theres flames under the counter', true, 'URGENT'],
    ['the laminator in the print shop is smoking and smells like burning plastic, what do i do', true, 'URGENT'],
    ['hay chispas saliendo del enchufe en la cervecería y huele a quemado', true, 'URGENT'],
  ],
  'gas, carbon monoxide, fumes with symptoms': [
    ['the brew house smells strongly of gas near the kettle burner and one of the brewers feels woozy', true, 'URGENT'],
    ['guest in room 12 at the b&b says her co detector is going off and she has a splitting headache', true, 'URGENT'],
    ['the ice resurfacer has been running inside all morning and the skaters are dizzy and nauseous', true, 'URGENT'],
    ['the car wash chemical room, something spilled and the fumes are making our guys gag and their eyes burn', true, 'URGENT'],
    ['huele a gas en la habitación del hotel y el huésped está mareado', true, 'URGENT'],
  ],
  'water where it must not be, sewage': [
    ['a sprinkler head in the hotel corridor burst and water is pouring down the stairwell', true, 'URGENT'],
    ['the mash tun valve failed and hot water is flooding the brewery floor toward the panel', true, 'URGENT'],
    ['sewage is coming up through the floor drain in the funeral home prep room', true, 'URGENT'],
    ['water dripping out of the light in the library reading room ceiling onto the books', true, 'URGENT'],
    ['el agua del drenaje está regresando por la regadera del hostal y huele horrible', true, 'URGENT'],
  ],
  'structure, falling, trapped': [
    ['the climbing wall panel is coming away from the frame and a kid is halfway up it', true, 'URGENT'],
    ['a pallet rack at the farm store tipped and a customer is pinned under feed bags', true, 'URGENT'],
    ['the garden centre greenhouse roof is sagging under the snow and glass is cracking over the tills', true, 'URGENT'],
    ['our elevator at the hotel stopped between floors with an old man inside and he says he cant breathe well', true, 'URGENT'],
  ],
  'people hurt, bleeding, unconscious, not breathing': [
    ['one of our tattoo clients passed out in the chair and isnt waking up', true, 'URGENT'],
    ['a swimmer at the community pool was pulled out and hes not breathing', true, 'URGENT'],
    ['the baker sliced his palm open on the mixer blade and its pouring blood', true, 'URGENT'],
    ['my dad is on the floor of the bike shop clutching his chest and gasping', true, 'URGENT'],
    ['my nan lives on her own and shes been lying on the kitchen floor since this morning, cant get up', true, 'URGENT'],
    ['a camper got stung and his throat is closing up, he is wheezing', true, 'URGENT'],
    ['at the funeral service an older gentleman collapsed in the pew and is breathing funny', true, 'URGENT'],
    ['se desmayó una señora en la tienda y no reacciona', true, 'URGENT'],
  ],
  'heat or cold exposure for the vulnerable': [
    ['the boiler at the daycare quit, its below freezing out and the infants room is 50 degrees', true, 'URGENT'],
    ['the hostel heating is dead, its snowing and we have an elderly guest with pneumonia', true, 'URGENT'],
  ],
  'security right now, missing child': [
    ['i can hear someone walking around downstairs in the bakery and we closed hours ago', true, 'URGENT'],
    ['theres two people on the shop camera inside the warehouse right now and we are closed', true, 'URGENT'],
    ['oigo a alguien abajo en la casa y estoy sola con los niños', true, 'URGENT'],
    ['a five year old from the summer camp group is missing, we cant find him anywhere', true, 'URGENT'],
    ['lost my little girl in the garden centre, she is 4 and wearing a red coat', true, 'URGENT'],
  ],
  'animals, vehicles, chemicals on skin': [
    ['a bull got out of the pen at the farm store lot and is charging at customers', true, 'URGENT'],
    ['a car rolled back off the car wash conveyor and hit one of the attendants, his leg is trapped', true, 'URGENT'],
    ['a worker splashed caustic cleaner on his arm at the car wash and the skin is blistering', true, 'URGENT'],
    ['a dog is attacking another dog and its owner in the hotel parking lot right now', true, 'URGENT'],
  ],
  'contrasts: past, hypothetical, negated, figurative, products, fees': [
    ['the hotel had a small kitchen fire back in march, we want the hood inspected', false, 'NORMAL'],
    ['what should our daycare staff do if the carbon monoxide alarm ever goes off', false, 'LOW'],
    ['can we get co detectors fitted in all the guest rooms', false, 'NORMAL'],
    ['our co alarm went off on sunday, the gas company checked and said all fine, can you service the boiler', false, 'NORMAL'],
    ['the dj at the brewery party was on fire last night, great crowd', false, 'LOW'],
    ['how much do you charge for an emergency call out on a sunday', false, 'LOW'],
    ['no smoke, no smell, the breaker just trips when the kettle is on', false, 'NORMAL'],
    ['the spin class was killer today, my legs are dead lol', false, 'LOW'],
    ['we are flooded with bookings for the holidays, can you help with extra cleaning shifts', false, 'NORMAL'],
    ['do you do first aid training for summer camp counsellors', false, 'LOW'],
    ['is it normal for the kiln to smell a bit when firing the first time', false, 'LOW'],
    ['our library had a burst pipe in 2019, we want the old pipes replaced sometime next year', false, 'LOW'],
    ['there used to be a gas smell in the cellar but the utility fixed it, we would like a yearly check', false, 'NORMAL'],
    ['the tattoo needle machine is buzzing weird, can someone take a look', false, 'NORMAL'],
    ['hay una fuga pequeña en el lavabo del hostal, cuando puedan vengan', false, 'NORMAL'],
    ['the camp kids had a blast at the fire safety talk, thanks again', false, 'LOW'],
  ],
  'priority without a hazard': [
    ['the walk-in cooler at the bakery stopped cooling and we have a wedding cake order due tomorrow', false, 'HIGH'],
    ['hot water is out in the whole hostel, 30 guests checking in tonight', false, 'HIGH'],
    ['the only toilet at the funeral home is blocked and we have a service at 2', false, 'HIGH'],
    ['we were double billed for last months pest visit, please fix asap', false, 'HIGH'],
    ['can someone quote for repainting the b&b hallway', false, 'NORMAL'],
    ['we would like the gutters on the farm store cleaned sometime in the spring, no hurry', false, 'LOW'],
    ['thanks for the great job on the print shop wiring, everything works', false, 'LOW'],
    ['the bike shop door closer is broken, could you come out and have a look', false, 'NORMAL'],
    ['what are your hours on saturday', false, 'LOW'],
    ['great climbing session yesterday, the new routes are awesome', false, 'LOW'],
  ],
  'families added this round, in new words (a stop where traffic comes, someone down in the road, power lost on a machine someone lives on, an engine running indoors, a stranger heard inside, a child nobody can find, collapse and gasping, a climbed structure coming away)': [
    ['the van died on the slip road right past the bend and lorries keep coming round it', true, 'URGENT'],
    ['a cyclist got clipped and hes lying in the street not moving', true, 'URGENT'],
    ['my mum is on oxygen and the power just cut out, her machine is beeping', true, 'URGENT'],
    ['we left the generator on in the basement and my husband feels dizzy and sick', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['the pressure washer is running inside the garage with the door shut and the kids are in there', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['my son wandered off at the farm store and nobody can find him', true, 'URGENT'],
    ['there are voices downstairs and we are home alone, the alarm went off', true, 'URGENT'],
    ['a man at table four just collapsed', true, 'URGENT', 'MEDICAL'],
    ['the lady by the checkout is making gasping noises', true, 'URGENT', 'MEDICAL'],
    ['the scaffold board is pulling away from the wall and a painter is standing on it', true, 'URGENT'],
    ['the basement is flooding and the water didnt reach the panel yet but its rising', true, 'URGENT'],
  ],
  'their contrasts: dated, asked, harmless, praise, a request': [
    ['the generator runs in a detached shed with the doors open, just want it serviced', false, 'NORMAL'],
    ['my car was running in the garage for 5 min to warm up, is that bad', false, 'LOW'],
    ['we heard someone in the yard last week, can you add a motion light', false, 'NORMAL'],
    ['if there is ever someone inside the shop after hours what do we do', false, 'LOW'],
    ['what if a toddler wanders off during the class and we cant find her', false, 'LOW'],
    ['my daughter cant find her phone charger, do you sell them', false, 'LOW'],
    ['we closed the shop an hour ago and the fridge is making a noise', false, 'NORMAL'],
    ['the instructor was on fire today, best class ever', false, 'LOW'],
    ['could we get smoke detectors put in the shed', false, 'NORMAL'],
    ['car broke down on the highway last year, want a membership now', false, 'NORMAL'],
    ['the field flooded after the rain but the water is nowhere near the barn', false, 'NORMAL'],
    ['the shelf is coming off the wall, can you fix it', false, 'NORMAL'],
    ['the portable ran in the shed, we shut it off and aired it out, everyone feels fine now, can you set up a proper hookup', false, 'HIGH'],
    ['broke down at the gas station on route 6, nobody hurt, need a tow', false, 'HIGH'],
    ['the big storm hits friday and the generator wont start', false, 'HIGH'],
    // A hazard sign inside another word ("se-arching" is no arcing) does not count.
    ['we are searching for a generator for the cabin, what sizes do you have', false, 'LOW'],
  ],
};

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

checkTriageTables(t, tables, (text) => signals.triage(text));
