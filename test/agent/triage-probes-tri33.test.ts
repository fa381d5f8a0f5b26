import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { exclusionsOf, triage } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri33 (issue 12): emergencies of the trades earlier rounds covered least (restaurants, building sites, daycares, gyms, salons
// and cleaners, movers, landlords, hotels and hot tubs, events), said the way customers type them, and their look-alikes. Written
// for this test, not taken from eval/data. FIRST RUN (before the fix): the learned signal called "the tractor rolled over the hose"
// an emergency (and the rules called "the tractor rolled over the hose and split it" water escaping); the rules alone missed a
// dresser or a piano fallen on a mover, a trench side come in on a labourer, a tenant who has not answered in days with a smell,
// a child face down in a hot tub "not responsive", "one of the preschoolers is missing", a walk-in cooler that stopped "last nite"
// and is at 55 now with the stock inside, and "el nino se trago un iman"; and they called "our new menu is on fire" a fire and
// "first aid training on choking" for daycare staff a medical emergency.

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'a hose or a pipe run over': [
    ['the tractor rolled over the hose', false, 'NORMAL'],
    ['the tractor rolled over the hose and split it, can you bring a new one friday', false, 'NORMAL'],
    ['the delivery van drove over our hose pipe and it is kinked', false, 'NORMAL'],
    ['the pipe got crushed by the digger but its dry, no water coming out', false, 'NORMAL'],
    ['the van backed over the hose and the water is spraying all over the shop floor', true, 'URGENT', 'WATER'],
    ['the digger crushed the water main and water is pouring out everywhere', true, 'URGENT', 'WATER'],
  ],
  'restaurants and kitchens': [
    ['grease fire in the fryer and its spreading to the hood', true, 'URGENT', 'FIRE'],
    ['so we were doing the lunch rush and everything was normal and then the fryer went up in flames and its on the wall now', true, 'URGENT', 'FIRE'],
    ['se prendio la freidora y el fuego esta en la campana', true, 'URGENT', 'FIRE'],
    ['walkin cooler stoped working last nite its 55 in there and all the meat for saturday is inside', true, 'URGENT'],
    ['a diner ate peanuts and her lips are swelling and she cant breathe', true, 'URGENT', 'MEDICAL'],
    ['co alarm going off in the kitchen and the cooks have headaches and feel dizzy', true, 'URGENT', 'CARBON_MONOXIDE'],
    ['my coworker cut his thumb real bad on the meat slicer and its gushing', true, 'URGENT', 'MEDICAL'],
    ['we had a grease fire last month, can you inspect the hood', false, 'NORMAL'],
    ['what do i do if theres a grease fire', false, 'LOW'],
    ['our new menu is on fire', false, 'NORMAL'],
    ['our business is called Grease Fire BBQ and we want catering quotes', false, 'NORMAL'],
    ['the walk-in freezer is making a noise but holding temp, can you come friday', false, 'NORMAL'],
    ['how much do you charge for an emergency callout on a sunday', false, 'LOW'],
  ],
  'building sites and trades': [
    ['the side of the trench came in on my laborer, only his head is out', true, 'URGENT', 'MEDICAL'],
    ['the trench caved in and a worker is trapped', true, 'URGENT', 'MEDICAL'],
    ['my worker fell off the scaffold and hes not moving', true, 'URGENT', 'MEDICAL'],
    ['circular saw slipped and cut his leg deep, blood everywhere', true, 'URGENT'],
    ['a tree fell on the house and went through the roof into the bedroom', true, 'URGENT'],
    ['se cayo un trabajador del andamio y no se mueve', true, 'URGENT', 'MEDICAL'],
    ['we need a trench dug for the drain line next week', false, 'NORMAL'],
    ['we had a tree fall on the fence last year, need a new section', false, 'NORMAL'],
  ],
  'daycares and schools': [
    ['one of the preschoolers is missing, we did a head count after the playground and hes not here', true, 'URGENT'],
    ['toddler is choking on a grape and cant breathe', true, 'URGENT', 'MEDICAL'],
    ['a kid at the nursery swallowed two magnets', true, 'URGENT', 'MEDICAL'],
    ['el nino se trago un iman y esta vomitando', true, 'URGENT', 'MEDICAL'],
    ['we want to book first aid training on choking for our daycare staff', false, 'NORMAL'],
    ['what should we do if a child goes missing on a field trip, do you have a policy template', false, 'LOW'],
  ],
  'gyms, salons and cleaners': [
    ['lady on the rowing machine collapsed, not breathing, staff doing cpr', true, 'URGENT', 'MEDICAL'],
    ['guy on the treadmill has chest pain and is sweating and grey', true, 'URGENT', 'MEDICAL'],
    ['client got bleach in her eyes and its burning', true, 'URGENT', 'MEDICAL'],
    ['the cleaner mixed bleach and ammonia and the bathroom is full of fumes and shes coughing', true, 'URGENT'],
    ['my treadmill is making a grinding noise', false, 'NORMAL'],
    ['we need bleach and ammonia free cleaning products', false, 'NORMAL'],
  ],
  'movers, landlords, hotels and events': [
    ['the dresser fell on the mover and his leg is pinned', true, 'URGENT', 'MEDICAL'],
    ['the piano fell on one of our movers and hes screaming', true, 'URGENT', 'MEDICAL'],
    ['tenant has no heat and its 10 below, she has a newborn', true, 'URGENT', 'NO_HEAT'],
    ['sewage is backing up into the basement unit, coming out of the toilet and tub', true, 'URGENT', 'SEWAGE'],
    ['tenant in 4b hasnt answered in days and theres a bad smell from the unit', true, 'URGENT', 'MEDICAL'],
    ['child found face down in the hot tub, not responsive', true, 'URGENT', 'MEDICAL'],
    ['the guest is locked in the sauna and cant get out', true, 'URGENT', 'MEDICAL'],
    ['the marquee is lifting off the ground in the wind with guests inside', true, 'URGENT'],
    ['mover got crushed between the truck and the loading dock', true, 'URGENT', 'MEDICAL'],
    ['the guy on the roof touched the power line with the ladder and hes not moving', true, 'URGENT', 'ELECTRICAL'],
    ['the pool has a kid at the bottom not moving', true, 'URGENT', 'MEDICAL'],
    ['a kid at the birthday party is stuck at the top of the climbing wall and the harness snapped', true, 'URGENT', 'MEDICAL'],
    ['the sofa fell off the truck last week, its scratched, can we claim', false, 'NORMAL'],
    ['the box got crushed between the truck and the dock', false, 'NORMAL'],
    ['the kite touched the power line and fell in the yard', false, 'NORMAL'],
    ['the climbing rope is frayed and the harness strap tore, can you order new ones', false, 'NORMAL'],
    ['the tenant hasnt answered my emails in days, theres a smell complaint from next door', false, 'LOW'],
    ['whats the price for a hot tub service', false, 'LOW'],
    ['the tent is up for saturday, can you deliver chairs', false, 'NORMAL'],
  ],
};

// The rules alone recognise these emergencies (the learned signal cannot be relied on across a retrain).
checkRulesAlone(t, tables);

// The rules alone make each look-alike what the table says, whatever the learned signal adds.
checkLookAlikesByRules(t, tables);

checkTriageTables(t, tables, (text) => signals.triage(text));

t.test('look-alikes are excluded before the learned signal reads them', async (t) => {
  t.ok(exclusionsOf('the tractor rolled over the hose').includes('line run over'), 'a hose run over is no leak');
  t.ok(exclusionsOf('the delivery van drove over our hose pipe and it is kinked').includes('line run over'), 'a kinked hose is no leak');
  t.notOk(exclusionsOf('the van backed over the hose and the water is spraying all over the shop floor').includes('line run over'), 'water spraying out is');
  t.notOk(exclusionsOf('the truck ran over the gas line and crushed it').includes('line run over'), 'a gas line crushed is not excused');
  t.ok(exclusionsOf('our new menu is on fire').includes('figurative'), 'a menu on fire is figurative');
  t.ok(exclusionsOf('the box got crushed between the truck and the dock').includes('thing caught'), 'a box crushed is no person crushed');
  t.ok(exclusionsOf('the kite touched the power line and fell in the yard').includes('thing caught'), 'a kite on the line, nobody touching it');
  t.notOk(exclusionsOf('the box got crushed between the truck and the dock and his hand too').includes('thing caught'), 'a hand crushed with it is not');
  t.ok(triage('we want to book first aid training on choking for our daycare staff').matched.some((m) => /a topic taught/.test(m)), 'choking taught, not happening');
  t.ok(triage('the kid in my class on the trampoline is choking').emergency, 'a class the child is in is no class on choking');
});
