import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import type { TriageRow } from '../helpers/triage-tables.js';

// Probes from trades the evaluation has no business for (a bakery, a gym, a daycare, a landscaper,
// a boat repair yard, a print shop, a funeral home, a café, a farm shop, a marina, a dance school),
// written for this test and not taken from eval/data: visitors describing a hazard in their own
// words (typos, phone-transcript style, Spanish), and contrasts that are routine, past, asked
// about, negated or contained. Read through the whole per-turn step (rules and learned signal),
// as the chat and the phone loop read them.

const tables: Record<string, TriageRow[]> = {
  'fire, smoke, sparks, burning smell': [
    ['the big deck oven at the bakery is smoking really bad and theres a burning smell in the front', true, 'URGENT'],
    ['um hi the toner machine in our print shop just started throwing sparks out the side', true, 'URGENT'],
    ['the treadmill motor is glowing and smells like melting plastic', true, 'URGENT'],
    ["theres a fire in the bin behind the cafe, it's spreading to the fence", true, 'URGENT'],
    ['the extension lead under the reception desk is scorched and crackling', true, 'URGENT'],
    ['the cremator room is full of smoke and the alarm wont stop', true, 'URGENT'],
  ],
  'gas, carbon monoxide, fumes with symptoms': [
    ['the proofing room smells like rotten eggs and the bakers feel dizzy', true, 'URGENT'],
    ['the heater in the boat cabin, my wife has a pounding headache and feels sick, the co thing is beeping', true, 'URGENT'],
    ['strong fumes from the ink room, two staff are coughing and one threw up', true, 'URGENT'],
    ['huele muchísimo a gas en la panadería', true, 'URGENT'],
  ],
  'water where it must not be, sewage': [
    ['the hull is taking on water fast, bilge pump cant keep up', true, 'URGENT'],
    ['water is gushing out from under the gym showers into the changing room', true, 'URGENT'],
    ['the toilets at the daycare are backing up and theres sewage on the floor of the kids bathroom', true, 'URGENT'],
    ['the main irrigation line by the building blew and water is running into the basement', true, 'URGENT'],
    ['se rompió un tubo y el agua está entrando al salón', true, 'URGENT'],
  ],
  'structure, falling, collapse, sharp hazards': [
    ['the mirror wall in the dance studio cracked and a big shard is hanging over the floor, kids class in there', true, 'URGENT'],
    ['part of the ceiling in the viewing room just came down, there is plaster everywhere and it looks like more is coming', true, 'URGENT'],
    ['the squat rack bolted to the wall is pulling out and leaning', true, 'URGENT'],
    ['a retaining wall we built is bulging and soil is sliding onto the neighbours drive', true, 'URGENT'],
    ['a sheet of glass slid off the rack in the print shop and a customer has a deep cut on his arm, bleeding a lot', true, 'URGENT'],
  ],
  'people or animals trapped, hurt, not breathing': [
    ['a toddler got his fingers stuck in the gate at the daycare and its turning purple', true, 'URGENT'],
    ["someone collapsed on the rowing machine and he isn't breathing", true, 'URGENT'],
    ['my guy got his hand caught in the guillotine cutter, there is blood everywhere', true, 'URGENT'],
    ['a mourner fainted in the chapel and hes not responding', true, 'URGENT'],
    ['the mower rolled over on our worker and hes pinned underneath it', true, 'URGENT'],
    ['one of the kids ate something from the cleaning cupboard and is throwing up', true, 'URGENT'],
    ['a dog is locked in the car outside the shop in this heat, it is panting hard and not moving much', true, 'URGENT'],
    ['bee swarm at the garden job and my helper got stung loads, his face is swelling up', true, 'URGENT'],
    ['el niño se cayó del columpio y no se mueve', true, 'URGENT'],
  ],
  'heat or cold exposure for the vulnerable': [
    ['the heating at the daycare is out and its freezing, we have babies in the nursery', true, 'URGENT'],
    ['the AC died in the care home lounge, 38 degrees and the residents are overheating', true, 'URGENT'],
  ],
  'security right now, systems attacked right now': [
    ['someone is trying to break into the boat yard right now, i can see them at the fence', true, 'URGENT'],
    ['there is a man inside the closed shop, I can see him on the camera right now', true, 'URGENT'],
    ['all the computers at the print shop are showing a ransom note and the files are being locked as we speak', true, 'URGENT'],
  ],
  'chemicals, vehicles, animals loose or attacking': [
    ['a drum of pool chlorine split open in the shed and the fumes are making us choke', true, 'URGENT'],
    ['the delivery van rolled into the shop front and the driver is trapped', true, 'URGENT'],
    ['a bull got out of the pen and is charging people in the car park', true, 'URGENT'],
    ['a big dog got into the playground and is attacking one of the kids', true, 'URGENT'],
    ['the brakes on the hearse just failed on the hill', true, 'URGENT'],
  ],
  'escalating: keeps going, getting worse': [
    ['the leak in the boat engine bay keeps getting worse and the floor boards are floating', true, 'URGENT'],
    ['the bleeding from his hand wont stop, we have been pressing on it for 20 minutes', true, 'URGENT'],
  ],
  'contained, past, hypothetical, question, negated, figurative': [
    ['the oven was smoking earlier but we turned it off and it has stopped, can someone check it today', false, 'HIGH'],
    ['we had a small fire in the print room last year, do you do fire safety checks', false, 'LOW'],
    ['what should staff do if someone collapses in the gym', false, 'LOW'],
    ['is it normal for the boat to take on a little water after rain', false, 'LOW'],
    ['no smell of gas, just the pilot on the fryer keeps going out', false, 'NORMAL'],
    ['our new class is fire, everyone loved it', false, 'LOW'],
    ['we are drowning in wedding cake orders this week', false, 'NORMAL'],
    ['the burst pipe repair from last month, can you send the invoice again', false, 'LOW'],
    ['the funeral is on friday and the chapel heating is broken', false, 'HIGH'],
    ['the blood pressure machine in the gym reads wrong, can someone service it', false, 'NORMAL'],
  ],
  'routine work, priority by time': [
    ['could you quote for re-turfing the back lawn in the spring', false, 'LOW'],
    ['the bakery fridge stopped cooling and we have all the cakes in it', false, 'HIGH'],
    ['I need 500 flyers printed by tomorrow morning for an event', false, 'HIGH'],
    ['the boat trailer light doesnt work, can you fix it sometime', false, 'NORMAL'],
    ['we would like a quote for a new hedge along the side of the car park', false, 'NORMAL'],
    ['one of the treadmills squeaks when you run on it', false, 'NORMAL'],
    ['do you do same day printing', false, 'LOW'],
    ['thank you for the lovely service for dad last week', false, 'LOW'],
    ['the only toilet at the daycare is blocked', false, 'HIGH'],
    ['please cancel my membership', false, 'LOW'],
    ['the gate latch at the daycare is loose, could someone tighten it next week', false, 'NORMAL'],
    ['necesito un presupuesto para podar los árboles, no hay prisa', false, 'LOW'],
  ],
  'more trades, written blind before the rules for them (dry cleaner, brewery, stable, swim school, pet shop, kennel run)': [
    ['the steam press at the dry cleaners is hissing and theres white vapour filling the back room, one of the girls burned her arm', true, 'URGENT'],
    ['brewery here, a fermenter hose blew off and beer and water are flooding the floor toward the electrical panel', true, 'URGENT'],
    ['the walk in cooler door jammed and our cook is locked inside', true, 'URGENT'],
    ['at the climbing gym, a climber fell off the top of the wall and hes not moving', true, 'URGENT'],
    ['the ice rink compressor room smells super strong of ammonia and my eyes are burning', true, 'URGENT'],
    ['hotel guest says theres smoke coming out of the vent in room 12', true, 'URGENT'],
    ['the laundromat dryer number 4 is on fire', true, 'URGENT'],
    ['theres a kid stuck in the escape room and the lock wont open, she is having a panic attack and cant breathe', true, 'URGENT'],
    ['florist shop, a customer is having an allergic reaction to the lilies, her throat is getting tight', true, 'URGENT'],
    ['the car wash brush arm came down on a car and the driver is trapped inside', true, 'URGENT'],
    ['our tattoo client passed out in the chair and isnt waking up', true, 'URGENT'],
    ['hola, se está quemando el motor de la lavadora y sale mucho humo', true, 'URGENT'],
    ["there's a strong smell of gas in the cinema lobby", true, 'URGENT'],
    ['library basement is filling with water from the storm drain', true, 'URGENT'],
    ['the farm shop freezer is sparking at the plug and the wall is black', true, 'URGENT'],
    ['a horse got loose on the main road outside the riding school, cars are swerving', true, 'URGENT'],
    ['the school boiler room door is hot and smoke is coming under it', true, 'URGENT'],
    ['ransomware popped up on the reception pc and its spreading to the other machines right now', true, 'URGENT'],
    ['old lady in our b&b slipped in the shower and cant get up, shes bleeding from her head', true, 'URGENT'],
    ["water keeps pouring out of the ceiling light in the salon's back room", true, 'URGENT'],
    ['is the dryer fire risk a thing with the old models', false, 'LOW'],
    ['the brewery floor drain is slow, could you clear it next week', false, 'NORMAL'],
    ['the hotel heating was out last night but it came back on, please check the boiler', false, 'NORMAL'],
    ['the escape room lock sticks sometimes, can you service it', false, 'NORMAL'],
    ['we need the school boiler serviced before winter', false, 'NORMAL'],
    ['a customer slipped on the wet floor last month and is fine, do you sell anti slip mats', false, 'LOW'],
    ['the laundromat dryers are taking forever to dry, can someone look at them', false, 'NORMAL'],
    ['can you quote for a new walk in cooler for the florist', false, 'NORMAL'],
    ['our cinema needs the fire alarm tested for the annual inspection', false, 'NORMAL'],
    ['please send me last months invoice for the ice rink service', false, 'LOW'],
    ['the tattoo studio has no hot water and we open in an hour', false, 'HIGH'],
    ['thinking about adding solar to the brewery roof next year', false, 'LOW'],
    ['at the riding school a horse kicked one of the girls in the stomach and shes curled up and very pale', true, 'URGENT'],
    ['swim school: a boy went under in the deep end, we pulled him out and hes coughing up water and not talking properly', true, 'URGENT'],
    ['petting farm here, a goat butted a little kid into the fence and his arm is bent the wrong way', true, 'URGENT'],
    ['the pet shop aquarium heater is smoking and the water is boiling', true, 'URGENT'],
    ['our husky got his head stuck in the fence and is choking on the collar', true, 'URGENT'],
    ['my dog is having a fit on the floor, legs paddling, wont stop', true, 'URGENT'],
    ["the daycare's front gate wont latch and a little one just wandered out onto the pavement by the road", true, 'URGENT'],
    ['my cats belly is swollen hard and shes trying to throw up but nothing comes up', true, 'URGENT'],
    ['a child at the party is allergic to nuts, ate a cookie and her lips are swelling', true, 'URGENT'],
    ['the dog got stung by a bee on the nose and his face is puffing up and hes breathing funny', true, 'URGENT'],
    ['a pit bull broke through the fence and is attacking my dog right now in the yard', true, 'URGENT'],
    ['the heat lamp in the chicken coop fell into the straw and its smouldering', true, 'URGENT'],
    ['we are at your dog park and a dog bit a man, he is bleeding a lot from his hand', true, 'URGENT'],
    ['mi perro no puede respirar bien y tiene las encías moradas', true, 'URGENT'],
    ['hay humo saliendo de la pecera en la tienda', true, 'URGENT'],
    ['the puppy swallowed a sock yesterday and has been fine, should I worry', false, 'LOW'],
    ['can you board two cats over christmas, we fly out on the 20th', false, 'NORMAL'],
    ['my dog needs a nail trim, any time next week is good', false, 'NORMAL'],
    ['we need the kennel run fence fixed before our new dogs arrive on saturday', false, 'HIGH'],
    ['is the daycare open on bank holidays', false, 'LOW'],
    ['the aquarium filter is making a racket, could someone service it', false, 'NORMAL'],
    ['thanks so much for looking after Bella, she came home so happy', false, 'LOW'],
    ['the chicken coop door is hanging off one hinge, can you fix it', false, 'NORMAL'],
    ['hurricane is coming wednesday, need the shutters put up before then', false, 'HIGH'],
    ['please update my phone number on file', false, 'LOW'],
    ['the cat flap is stuck shut and the cat cant get in, its cold out', false, 'NORMAL'],
  ],
};

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

for (const [category, rows] of Object.entries(tables)) {
  t.test(category, async (t) => {
    for (const [text, emergency, priority] of rows) {
      const r = await signals.triage(text);
      t.equal(r.emergency, emergency, `${JSON.stringify(text)}: emergency ${emergency} (${r.matched.join('; ') || 'nothing matched'})`);
      t.equal(r.priority, priority, `${JSON.stringify(text)}: ${priority} (kind ${r.kind})`);
    }
  });
}
