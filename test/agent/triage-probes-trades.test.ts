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
