import t from 'tap';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Hazard families of businesses that look after animals or children (a kennel, a stable, a
// daycare), and of anything fixed high on a building, written for this test (not in eval/data):
// a pet or a child running loose toward the traffic now, something toxic just swallowed, a pet that
// cannot pass urine, a purple tongue or a pet that cannot stand, animals in an unheated building in a
// freeze, a gutter or a sign hanging by one bracket over people; each with routine contrasts (a habit,
// a question, a past event, a white tongue). Priority: weather on its way within days and a deadline
// of ten days are HIGH; asking how to get an estimate, "could use a ...", "I'd rather pay you to" and
// "what would mine cost" ask for the work (NORMAL); "if ..., do the X ..." is a question (LOW).

const tables: Record<string, TriageRow[]> = {
  'loose toward the traffic now': [
    ['the lead snapped at the park gate and our beagle is bolting across the car park toward the highway', true, 'URGENT'],
    ['my toddler got out the front door and is running toward the street', true, 'URGENT'],
    ['the pony pushed the gate open and is heading for the main road right now', true, 'URGENT'],
    ['se soltó mi perro y va corriendo hacia la autopista', true, 'URGENT'],
    ['our dog keeps running into the street when the gate is open, can you quote a taller fence', false, 'NORMAL'],
    ['the cat ran onto the road last summer, we want a catio built', false, 'NORMAL'],
  ],
  'something toxic just swallowed': [
    ['my lab just got into the bin and ate a bag of raisins', true, 'URGENT'],
    ['the kitten chewed a lily from the bouquet and is drooling', true, 'URGENT'],
    ['my toddler swallowed a button battery from the remote', true, 'URGENT'],
    ['our dog licked up some antifreeze in the garage', true, 'URGENT'],
    ['mi gato se comió unas pastillas de mi abuela', true, 'URGENT'],
    ['is chocolate really that bad for dogs', false, 'LOW'],
    ['what do I do if my puppy eats grapes', false, 'LOW'],
    ['we brought chocolate cake for the staff, thanks for looking after Max', false, 'LOW'],
  ],
  'cannot pass urine': [
    ['our tomcat has not peed since yesterday morning and keeps squatting', true, 'URGENT'],
    ['he is straining in the litter tray, nothing is coming out and he cries when I touch his belly', true, 'URGENT'],
    ['the cat has been peeing outside the litter box lately, any advice', false, 'LOW'],
  ],
  'signs of heatstroke or poor blood flow': [
    ['came back from the walk and his gums look grey and hes breathing weird', true, 'URGENT'],
    ['the old retriever is panting hard in the van and cant stand up', true, 'URGENT'],
    ['my tongue looks a bit white in the mornings, is that normal', false, 'LOW'],
  ],
  'animals in an unheated building in a freeze': [
    ['the boiler in the cattery has died and it is minus 8 tonight, the cats are all inside', true, 'URGENT'],
    ['the heating in the stable office is off, not a big deal, nobody is in there', false, 'NORMAL'],
  ],
  'fixed high on a building, hanging over people': [
    ['the shop sign is hanging by one bolt over the front door and customers keep walking under it', true, 'URGENT'],
    ['a downspout came loose and is hanging by a bracket above the kids play area', true, 'URGENT'],
    ['the awning is a bit faded, could you quote a new one', false, 'NORMAL'],
  ],
  'priority by time, asked for or asked about': [
    ['a big storm is forecast for Thursday and our gutters are full of leaves, can someone clear them', false, 'HIGH'],
    ['the council says the fence must be repaired in 12 days or we get fined', false, 'HIGH'],
    ['the lock is broken and I need someone out real quick', false, 'HIGH'],
    ['we are after new blinds for the office, how do I get a quote', false, 'NORMAL'],
    ['could use a new shelf in the pantry, the old one is bowed', false, 'NORMAL'],
    ["I'd rather pay someone to do the hedges this year, my back is bad", false, 'NORMAL'],
    ['saw your van on our street, what would ours cost for the same siding', false, 'NORMAL'],
    ['if the power cuts out during a storm, do the freezers keep cold', false, 'LOW'],
    ['could you tell me your opening hours', false, 'LOW'],
    ['our new puppy class is fire, everyone loved it', false, 'LOW'],
  ],
};

checkTriageTables(t, tables);

checkTriageTables(t, {
  'data leaving now, someone under a lifted load, a canopy hit and sagging; figurative and research': [
    ['the payment page is copying card numbers to some other server, it is happening on every order', true, 'URGENT'],
    ['the van slipped off the ramp and my colleague is underneath it', true, 'URGENT'],
    ['a delivery truck backed into the porch and the roof over it is sagging over the steps where people walk', true, 'URGENT'],
    ['sales are on fire this week lol, can we book another window clean', false, 'NORMAL'],
    ['writing an article on chimney fires for our newsletter, what are the most common causes', false, 'LOW'],
    ['the hot water at the salon is out and we open in an hour', false, 'HIGH'],
  ],
});
