import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { exclusionsOf, triage } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri38 (issue 12). What using the product found wrong: "generator was running earlier today, is that bad" was URGENT (the "is" of
// the question read as trouble now, so the event was not seen as over; a past event asked about is a problem told: NORMAL);
// "mi abuela esta mareada" and its English agreed on nothing (Spanish never reached the learned signal, and its priority missed what
// the English rules read: now the signal reads the English gloss, and a Spanish message takes the gloss's HIGH); a septic "lid off and my
// kids are outside" was URGENT while "the tank is exposed" was NORMAL or, by the learned signal, sewage backing up (now an open hole
// with someone about is the open pit, an open hole alone is HIGH, a lid only cracked covers the hole: HIGH with children about).
// Then probes written for this test, typed the way visitors type, for the trades the tune rows cover least (generator, septic, alarm,
// appliance, locksmith, property, kennel, refrigeration, and trades with no tune rows: pools, trees, snow, propane, RVs, dryer vents,
// chimneys, wildlife, waterproofing, towing, daycare). First run missed: a rattlesnake "in the kids playroom" (a room named in one
// word), a generator "in the garage is runing" with a headache (a typo, the place before the verb), "my dad has dementia and locked
// himself in the bathroom and isnt answering", a limb "hanging over the driveway by one branch" with kids under it (all three found by
// the learned signal only), and "the hallway light on the 2nd floor is out" called an emergency by the learned signal.

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'a past event asked about: over, a problem told (NORMAL)': [
    ['generator was running earlier today, is that bad', false, 'NORMAL'],
    ['generator was running in the garage earlier today, is that bad', false, 'NORMAL'],
    ['my generator was running in the garage earlier today is that bad', false, 'NORMAL'],
    ['we had the generator running in the garage earlier today is that bad', false, 'NORMAL'],
    ['we ran the generator in the garage this morning, is that bad', false, 'NORMAL'],
    ['the puppy swallowed a sock yesterday and has been fine, should I worry', false, 'LOW'],
    ['the generator is running in the garage right now and the door is shut', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['the generator was running in the garage earlier today and now my wife is throwing up', true, 'URGENT', 'CARBON_MONOXIDE'],
  ],
  'Spanish and English agree': [
    ['my grandma is dizzy and the ac is out', false, 'HIGH'],
    ['mi abuela esta mareada y el aire no funciona', false, 'HIGH'],
    ['my grandma is dizzy and the heater is running', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['mi abuela esta mareada y el calentador esta prendido', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['my grandma is dizzy', false, 'NORMAL'],
    ['mi abuela esta mareada', false, 'NORMAL'],
    ['el calentador no funciona, pueden venir la proxima semana', false, 'HIGH'],
    ['the water heater stopped working, can you come next week', false, 'HIGH'],
    ['la pared del sotano tiene una grieta pequena, quiero una cotizacion', false, 'NORMAL'],
    ['necesito un presupuesto para podar los arboles, no hay prisa', false, 'LOW'],
  ],
  'an open hole: URGENT with someone about, HIGH alone; a cracked lid still covers it': [
    ['the lid is off and my kids are outside', true, 'URGENT', 'STATED'],
    ['the tank is exposed and my kids are outside', true, 'URGENT', 'STATED'],
    ['my kids are in the yard and the septic lid is off', true, 'URGENT', 'STATED'],
    ['theres a hole where the septic lid was and my kids are outside', true, 'URGENT', 'STATED'],
    ['la tapa de la fosa septica esta abierta y mis hijos estan afuera', true, 'URGENT', 'STATED'],
    ['the septic lid cracked and my son fell through up to his waist', true, 'URGENT'],
    ['the tank is exposed', false, 'HIGH'],
    ['the septic tank is exposed', false, 'HIGH'],
    ['the septic lid is off', false, 'HIGH'],
    ['la tapa de la fosa septica esta rota', false, 'HIGH'],
    ['the septic tank lid is cracked and my kids are outside', false, 'HIGH'],
    ['the septic lid is cracked', false, 'NORMAL'],
    ['the lid is off', false, 'NORMAL'],
    ['the fish tank lid is missing, can you order one', false, 'NORMAL'],
    ['the propane tank valve is open and i cant close it', false, 'NORMAL'],
    ['is hole 7 open today', false, 'LOW'],
  ],

  'probes: generator': [
    ["generator in the garage is runing and my husband says he has a headache and feels sick", true, 'URGENT'],
    ["the standby generator is smoking and theres flames coming from the side of it", true, 'URGENT'],
    ["we got the generater going in the basement bc power is out and now the co alarm is going off", true, 'URGENT'],
    ["generator wont start after the storm can someone come look at it", false, 'NORMAL'],
    ["how far from the house should the generator be", false, 'LOW'],
    ["do you guys service kohler generators", false, 'LOW'],
  ],
  'probes: septic': [
    ["septic backing up into the tub and its all over the bathroom floor now", true, 'URGENT'],
    ["the ground over the septic caved in and theres a big hole my dog is right there", true, 'URGENT'],
    ["el tanque septico se esta desbordando y hay aguas negras en el patio donde juegan los ninos", true, 'URGENT'],
    ["the septic lid is missing, nobody is home but the lawn guy comes tomorrow", false, 'HIGH'],
    ["how often should we pump the septic", false, 'LOW'],
    ["the alarm on the septic pump keeps beeping, can you book us in", false, 'NORMAL'],
  ],
  'probes: alarm / security': [
    ["alarm is going off and i can see someone inside the shop on the camera right now", true, 'URGENT'],
    ["someone is trying to pry open our back door right now the alarm is screaming", true, 'URGENT'],
    ["el detector de humo esta sonando y hay humo en el pasillo", true, 'URGENT'],
    ["how do i change the code on the keypad", false, 'LOW'],
    ["the motion sensor in the hall keeps false triggering at night can someone check it", false, 'NORMAL'],
    ["my alarm went off last week for no reason, is that normal", false, 'LOW'],
  ],
  'probes: appliance': [
    ["the dryer is smoking and smells like burning, theres flames inside the drum", true, 'URGENT'],
    ["the dishwasher is sparking at the bottom and water is all over the floor", true, 'URGENT'],
    ["sale humo de la secadora y huele a quemado", true, 'URGENT'],
    ["the fridge is making a loud buzzing noise but still cold", false, 'NORMAL'],
    ["whats your rate for a washer repair", false, 'LOW'],
    ["oven door hinge broke can you order the part", false, 'NORMAL'],
  ],
  'probes: locksmith': [
    ["locked my baby in the car by accident and its 90 out, keys are inside", true, 'URGENT'],
    ["my dad has dementia and locked himself in the bathroom and isnt answering", true, 'URGENT'],
    ["can you make a copy of a car key", false, 'NORMAL'],
    ["my front door lock is sticking, can someone come this week", false, 'NORMAL'],
  ],
  'probes: property': [
    ["tenant says water is pouring out of the ceiling light in 3b", true, 'URGENT'],
    ["theres a strong gas smell in the hallway of building c", true, 'URGENT'],
    ["the hallway light on the 2nd floor is out", false, 'NORMAL'],
    ["when is rent due this month", false, 'LOW'],
  ],
  'probes: kennel / refrig': [
    ["one of the dogs in the kennel is having a seizure and wont stop", true, 'URGENT'],
    ["the walk in cooler is down and its 60 degrees inside, we have 10k in meat", true, 'URGENT'],
    ["the walk in freezer is at 20 degrees and climbing, we have product in there", false, 'HIGH'],
    ["can i drop my dog off early on friday", false, 'LOW'],
  ],
  'probes: pool / hot tub': [
    ["kid at the bottom of the pool not moving", true, 'URGENT'],
    ["the hot tub panel is sparking and theres people in the water", true, 'URGENT'],
    ["the pool pump is making a grinding noise", false, 'NORMAL'],
    ["do you do pool openings in may", false, 'LOW'],
  ],
  'probes: tree / snow / gutter': [
    ["a big limb is hanging over the driveway by one branch and my kids walk under it to the bus", true, 'URGENT'],
    ["tree fell on the house and theres a hole in the roof and rain is coming in on the wiring", true, 'URGENT'],
    ["theres a dead branch on the oak, can you quote taking it down", false, 'NORMAL'],
    ["do you salt driveways or just plow", false, 'LOW'],
    ["snow load on the carport roof its bending and my car is under it, its creaking", true, 'URGENT'],
    ["gutter is pulling away from the house a bit", false, 'NORMAL'],
  ],
  'probes: propane / rv': [
    ["propane tank by the grill is hissing and i can smell it", true, 'URGENT'],
    ["rv propane alarm going off and it smells like rotten eggs in here", true, 'URGENT'],
    ["how much to refill a 20 lb tank", false, 'LOW'],
    ["the rv fridge wont switch to propane", false, 'NORMAL'],
  ],
  'probes: dryer vent / chimney': [
    ["smoke coming out of the dryer vent outside and the laundry room is hot", true, 'URGENT'],
    ["chimney fire, theres a roaring sound and sparks coming out the top", true, 'URGENT'],
    ["how often should a dryer vent be cleaned", false, 'LOW'],
    ["the chimney cap blew off in the wind yesterday", false, 'NORMAL'],
  ],
  'probes: wildlife / pest': [
    ["theres a rattlesnake in the kids playroom right now", true, 'URGENT'],
    ["bees swarming in the kitchen and my son is allergic he got stung", true, 'URGENT'],
    ["theres mice in the attic, can you come set traps", false, 'NORMAL'],
    ["is the rat bait safe for cats", false, 'LOW'],
  ],
  'probes: waterproofing / plumbing look-alikes': [
    ["water is pouring through the basement wall and its getting close to the furnace", true, 'URGENT'],
    ["theres a damp patch on the basement wall after the rain", false, 'NORMAL'],
    ["do you offer a warranty on waterproofing", false, 'LOW'],
  ],
  'probes: towing / auto': [
    ["my car is stuck on the train tracks and wont start", true, 'URGENT'],
    ["my car wont start in the driveway, need a tow to the shop", false, 'NORMAL'],
    ["how much is a tow to the next town", false, 'LOW'],
  ],
  'probes: daycare / swim school': [
    ["one of the toddlers swallowed a button battery", true, 'URGENT'],
    ["my kid has a cold so she will miss class next week", false, 'NORMAL'],
    ["what are your hours on holidays", false, 'LOW'],
  ],
  'probes: spanish look-alikes / past': [
    ["ayer se salio un poco de agua del calentador pero ya no", false, 'NORMAL'],
    ["cuanto cobran por revisar el generador", false, 'LOW'],
    ["the smoke alarm went off yesterday when i was cooking, all good now", false, 'NORMAL'],
    ["what do i do if my generator catches fire", false, 'LOW'],
    ["el refri no enfria bien, pueden venir esta semana", false, 'HIGH'],
  ],
};

checkRulesAlone(t, tables);
checkLookAlikesByRules(t, tables);
checkTriageTables(t, tables, (text) => signals.triage(text));

t.test('what the learned signal may not overrule', async (t) => {
  t.ok(exclusionsOf('the septic tank is exposed').includes('on the verge'), 'an open hole with no one said to be about');
  t.ok(exclusionsOf('the septic tank lid is cracked and my kids are outside').includes('a barrier to fix'), 'a barrier to fix where children are');
  t.ok(exclusionsOf('the hallway light on the 2nd floor is out').includes('a light out'), 'a lamp out');
  t.ok(exclusionsOf('necesito un presupuesto para podar los arboles, no hay prisa').includes('deferred'), 'Spanish: the gloss reads its "no hay prisa"');
  t.same(exclusionsOf('the light fixture is sparking and smoking').filter((e) => e === 'a light out'), [], 'a lamp that sparks is no mere lamp out');
});

t.test('Spanish takes the HIGH its gloss reads, never a LOW the Spanish words do not', async (t) => {
  t.equal(triage('mi abuela esta mareada y el aire no funciona').priority, 'HIGH');
  t.equal(triage('no es urgente, cuando puedan revisen el calentador').priority, 'LOW');
});
