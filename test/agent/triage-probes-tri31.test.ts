import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { exclusionsOf } from '../../src/agent/triage.js';
import { checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri31 (issue 12): emergencies of many trades said the way customers type them (typos, no punctuation, a long story with the
// emergency in the middle, Spanish), and their look-alikes (a nuisance animal in the loft, past, hypothetical, figurative,
// contained, a name, admin). Written for this test, not taken from eval/data. FIRST RUN (before the fix, rules and learned
// signal): the learned signal called a squirrel in the loft, a wasp nest heard through the ceiling, "bouncing off the walls"
// and a scratch near an eye that "wasn't touched" emergencies; the rules missed, and the learned signal with them, a freezer
// climbing while its meat thaws (Spanish), swimmers left in the pool in the dark, a daycare with no power at 100 degrees,
// blood smeared over a bathroom "after a fight last night" (read as past), water through the ceiling when "the tenant is not
// answering" (the "not" read as denying the water), a kid at a trampoline park who landed on his neck and isn't moving,
// a tent that "caught" from a heater; the rules alone missed a break-in with the alarm going, a sting with the lips swelling,
// a gelato shop's freezer melting its stock, a puppy with bloody diarrhea, sheep that gorged on grain, a parrot bleeding after
// the ceiling fan, scaffolding leaning in the wind, a wheelchair user with the fire alarm going and the lift off, a dog caught
// in the pool cover.

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'water, sewage and gas, typed fast': [
    ['hi so we got back from vacation and theres water comming out from under the dishwasher all over the kitchen floor and its still going', true, 'URGENT'],
    ['watter leakin thru the lite fixture in the bathrom', true, 'URGENT'],
    ['the tenant upstairs is not answering and water is coming through our ceiling from her flat', true, 'URGENT', 'WATER'],
    ['hi there i booked a cleaning with you guys for thursday but thats not why im writing, right now the upstairs toilet is running over and water is coming through the kitchen light, can anyone come', true, 'URGENT'],
    ['gas smel in the basment near the furnace', true, 'URGENT', 'GAS'],
    ['hissing sound at the gas meter and smells like rotten eggs', true, 'URGENT', 'GAS'],
    ['sewer is coming up through the floor drain at the restaurant during lunch rush', true, 'URGENT'],
    ['hay agua saliendo del techo y cayendo sobre las luces', true, 'URGENT'],
    ['el inodoro se tapó y las aguas negras están saliendo por la ducha', true, 'URGENT'],
    ['what do i do if i smell gas', false, 'LOW'],
    ['que hago si huele a gas', false, 'LOW'],
    ['we had a burst pipe last winter, can you insulate the pipes this fall', false, 'LOW'],
    ['i shut off the water main and the leak stopped, can someone come today', false, 'HIGH'],
    ['my rv propane detector keeps chirping, is it the battery', false, 'LOW'],
  ],
  'people and animals hurt or at risk': [
    ['my son got stung by a bee and his lips are swelling up', true, 'URGENT', 'MEDICAL'],
    ['wasp nest by the front door and my son got stung and his face is swelling', true, 'URGENT', 'MEDICAL'],
    ['a kid at the trampoline park landed on his neck and isnt moving', true, 'URGENT', 'MEDICAL'],
    ['my puppy is throwing up and has bloody diarrhea and wont eat', true, 'URGENT', 'MEDICAL'],
    ['my parrot flew into the ceiling fan and is bleeding', true, 'URGENT', 'MEDICAL'],
    ['the sheep got into the feed room and ate a whole bag of grain', true, 'URGENT'],
    ['the dog is stuck in the pool cover and cant get out', true, 'URGENT', 'MEDICAL'],
    ['the power just went out at the pool and there are still kids in the water in the dark', true, 'URGENT'],
    ['my daycare has no power and its 100 degrees and the babies are getting really hot', true, 'URGENT'],
    ['mom is in a wheelchair and the building fire alarm is going off and the elevator is off', true, 'URGENT'],
    ['mi papá se cayó y no se puede levantar, está sangrando de la cabeza', true, 'URGENT'],
    ['my son got stung by a bee last summer, do you do wasp nest removal', false, 'LOW'],
    ['my parrot flew into the window last week, he seems fine now, can you check him', false, 'NORMAL'],
    ['the horses got into the feed room last year and one foundered, how do we secure the door', false, 'LOW'],
    ['the fire alarm keeps going off when i cook, can you move it', false, 'NORMAL'],
    ['the cat scratched my sons cheek under his eye, the eye wasnt touched and he sees fine, just book his regular checkup', false, 'NORMAL'],
    ['my dog has a small cut on his paw, it stopped bleeding, can we get an appointment this week', false, 'NORMAL'],
    ['the patient in room 2 fainted but is awake and talking now and her blood pressure is normal, she wants to reschedule', false, 'HIGH'],
  ],
  'property, stock and equipment': [
    ['someone broke the front window of the shop and the alarm is going', true, 'URGENT'],
    ['our freezer at the ice cream shop stopped working and everything is melting', true, 'URGENT', 'STATED'],
    ['el congelador está a 30 grados y subiendo, se está descongelando toda la carne', true, 'URGENT', 'STATED'],
    ['the scaffolding on the side of the building is leaning and the wind is picking up', true, 'URGENT'],
    ['the propane heater in the tent tipped over and the side of the tent caught', true, 'URGENT', 'FIRE'],
    ['theres blood smeared all over the office bathroom after a fight last night, staff arriving at 8', true, 'URGENT', 'BIOHAZARD'],
    ['the hot tub is sparking where the cable goes in and its raining', true, 'URGENT'],
    ['can you quote a new lock, someone broke the old one last month', false, 'NORMAL'],
    ['our ice cream shop freezer is making a noise but holding temp, can someone look this week', false, 'NORMAL'],
    ['the scaffolding guys are coming monday, can you quote the gutters', false, 'NORMAL'],
    ['no power at the office and its 100 degrees outside, can you check the panel today', false, 'HIGH'],
    ['the power went out at the pool, everyone is out of the water and dry, when will it be back', false, 'HIGH'],
  ],
  'a nuisance animal in the loft, the walls or the roof is routine; in the living space it is not': [
    ['a squirrel keeps getting into the loft i can hear it in the mornings', false, 'NORMAL'],
    ['mice in the attic, can hear them scratching at night, can you set traps', false, 'NORMAL'],
    ['birds nesting in the eaves and theres droppings on the porch', false, 'NORMAL'],
    ['we hear something scurrying in the walls at night, probably rats', false, 'NORMAL'],
    ['we have a wasp nest in the attic, we hear buzzing in the ceiling', false, 'NORMAL'],
    ['we have a raccoon in the chimney, we can hear it scratching', false, 'NORMAL'],
    ["there's a snake in the living room behind the tv", true, 'URGENT'],
    ['theres a bat flying around in my daughters bedroom', true, 'URGENT'],
    ['a raccoon is in the kitchen and wont leave, kids are upstairs', true, 'URGENT'],
    ['wasps are swarming in the kids bedroom', true, 'URGENT'],
    // The retrain of this round lost tri28's bees pouring in through the vent (the learned signal's alone): the rules read them now.
    ['the bees are pouring into the babys bedroom through the vent', true, 'URGENT'],
    ['wasps streaming into the classroom from the ceiling', true, 'URGENT'],
    ['a few bees keep coming in the kitchen window, can you find the nest', false, 'NORMAL'],
  ],
  'figures of speech, names and admin': [
    ['the kids are bouncing off the walls, can we book a birthday party', false, 'NORMAL'],
    ['the kids are bouncing off the walls, anyway can you quote a hot tub circuit', false, 'NORMAL'],
    ['my name is Jenny Flood and I need a quote for a bathroom remodel', false, 'NORMAL'],
    ['Our company is called Spark Electric Supply, we want to partner with you', false, 'LOW'],
    ['I want to cancel my appointment for the burst pipe repair', false, 'LOW'],
    ['can i get a copy of the invoice for the emergency call out last week', false, 'LOW'],
    ['the flood of bookings after the ad was crazy, can you add another cleaner on fridays', false, 'NORMAL'],
  ],
};

// The rules alone recognise these emergencies (the learned signal cannot be relied on across a retrain).
checkRulesAlone(t, tables);

checkTriageTables(t, tables, (text) => signals.triage(text));

// The look-alikes are kept from the learned signal by an exclusion, whatever a retrain makes of their words.
t.test('look-alikes are excluded before the learned signal reads them', async (t) => {
  t.ok(exclusionsOf('a squirrel keeps getting into the loft i can hear it in the mornings').includes('nuisance animal'), 'a squirrel heard in the loft is a nuisance');
  t.ok(exclusionsOf('we have a wasp nest in the attic, we hear buzzing in the ceiling').includes('nuisance animal'), 'a wasp nest in the attic is removal work');
  t.notOk(exclusionsOf('theres a bat flying around in my daughters bedroom').includes('nuisance animal'), 'a bat in a bedroom is no nuisance only');
  t.notOk(exclusionsOf('the storm ripped half the roof off the barn and the animals are inside').includes('nuisance animal'), 'a roof torn off is no nuisance animal');
  t.ok(exclusionsOf('the kids are bouncing off the walls, anyway can you quote a hot tub circuit').includes('figurative'), 'bouncing off the walls is figurative');
  t.ok(exclusionsOf('my son hit his mouth on the slide, the tooth wasnt touched and theres no bleeding').includes('negated'), 'no bleeding, not touched: negated');
  t.ok(exclusionsOf('a kid cut his foot on a broken tile, the lifeguard bandaged it and it stopped bleeding, but the tile is still sharp').includes('contained'), 'a tile still sharp is no trouble still going on');
});
