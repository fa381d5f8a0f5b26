import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { exclusionsOf } from '../../src/agent/triage.js';
import { checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri30 (issue 12): the emergencies of a small business's own trade, said the way its customers write them, that the rules had
// no wording for: stock spoiling because a restaurant's or a shop's cold store died, animals left without water or feed, an
// animal boarded with us loose, a critical dose missed by someone in care, someone stranded by a dead lift or stair-lift
// (triage-trades.ts); and their look-alikes: a home fridge that stopped (a lost service, HIGH), a crowd or a workload said as a
// flood ("a flood of customers", triage-figurative.ts), water overflowing into what is meant to catch it ("into the sump", "into
// the drip tray", triage-benign.ts), an event that is over, a question about what to do if. Written for this test, not taken
// from eval/data. FIRST RUN (before the fix, rules and learned signal, on the rows then written): the rules recognised none
// of the trade's emergencies and the learned signal 5 of 19 (the stair-lifts, a boarded dog, the Parkinson's dose); smoke and
// a burning smell from equipment were already the rules' own. "the ice machine is overflowing into the floor drain, is that
// normal" was a false alarm (water escaping), and the flood and sump look-alikes reached the learned signal with nothing to
// exclude them (a retrain once raised them: round 17 and 25's probes).

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'stock spoiling in a dead cold store': [
    ['our walk-in cooler died overnight and all the meat and dairy is warming up', true, 'URGENT', 'STATED'],
    ['the display fridges at the deli quit and the stock is going off, its 50 degrees in there', true, 'URGENT', 'STATED'],
    ['freezer in the back stopped working, ice cream is melting and we have a party order tomorrow', true, 'URGENT', 'STATED'],
    ['cold room compressor packed in this morning, about 3 grand of fish in there getting warm', true, 'URGENT', 'STATED'],
    ['the walk in is reading 48 and climbing, we open in two hours', true, 'URGENT', 'STATED'],
    ['our walk in cooler died last month, you replaced the compressor, want a maintenance plan', false, 'NORMAL'],
    ['what should i do if the walk in freezer stops working over the weekend', false, 'LOW'],
    ['the walk in cooler is a bit noisy but holding 36, can someone look next week', false, 'NORMAL'],
    // A freezer still below freezing, or a cooler not yet in the danger zone: failing, the stock not yet at risk (HIGH).
    ['the walk-in freezer is at 28 and creeping up, can someone come today', false, 'HIGH'],
    // A household's fridge: a lost service, not a business's stock.
    ['my fridge at home stopped cooling and the milk is getting warm, can someone come today', false, 'HIGH'],
  ],
  'animals without water or feed, a boarded animal loose': [
    ['the automatic waterer in the barn broke and the horses have had no water since yesterday', true, 'URGENT', 'STATED'],
    ['feed auger jammed and the chickens have been without feed all day', true, 'URGENT', 'STATED'],
    ['a dog we are boarding dug under the fence and got out, hes loose near the highway', true, 'URGENT'],
    ['one of the boarding dogs slipped his lead and ran off, we cant find him', true, 'URGENT'],
    ['the kennel gate was left open and two of the boarders escaped', true, 'URGENT', 'STATED'],
    ['can you quote for a new automatic waterer for the horse paddock', false, 'NORMAL'],
    ['what happens if a boarding dog escapes from your kennels', false, 'LOW'],
    ['a boarder slipped his collar last year, what did you change since', false, 'LOW'],
    ['a flood of new dogs booked for boarding this summer', false, 'LOW'],
  ],
  'a critical dose missed by someone in care': [
    ['the caregiver never turned up and dad hasnt had his heart tablets today', true, 'URGENT', 'STATED'],
    ['my dad missed his parkinsons medication dose and now he cant move properly', true, 'URGENT', 'STATED'],
    ['nobody came to do grans morning visit and her warfarin is overdue', true, 'URGENT', 'STATED'],
    ['mum missed her vitamins yesterday, no big deal, just remind the carer', false, 'NORMAL'],
    ['can the carer help mum with her tablets in the mornings from next week', false, 'LOW'],
    ['my cat needs her insulin now that shes diabetic, do you give the shots', false, 'LOW'],
  ],
  'stranded by a dead lift or stair-lift': [
    ['moms stairlift stopped halfway up and shes stuck on it, she cant get off', true, 'URGENT', 'STATED'],
    ['the stair lift died with my dad on it half way down the stairs', true, 'URGENT', 'STATED'],
    ['the lift broke and my elderly neighbour on the 12th floor cant get down, she needs dialysis today', true, 'URGENT', 'STATED'],
    ['the stairlift is making a clicking noise, can someone service it', false, 'NORMAL'],
    ['my stairlift stopped working, nobody on it, we are using the downstairs bedroom for now', false, 'NORMAL'],
    ['what should i do if the stairlift stops with someone on it', false, 'LOW'],
  ],
  // After the first retrain the learned signal no longer caught tri28's "our well tested positive for e coli and the daycare
  // kids drink from it": the rules say it now.
  'drinking water found unsafe while people drink it': [
    ['the lab says our tap water has coliform bacteria and the guests have been drinking it all week', true, 'URGENT', 'STATED'],
    ['our well water came back positive for lead and we use it for formula', true, 'URGENT', 'STATED'],
    ['if our well tests positive for e coli can the kids still drink from it', false, 'NORMAL'],
    ['the well tested positive for coliform last year, we shocked it, the kids drink from it fine now', false, 'NORMAL'],
    ['can you test our well, the kids drink from it', false, 'NORMAL'],
  ],
  'smoke or a burning smell from equipment': [
    ['the dryer at the laundromat is smoking and smells like burning', true, 'URGENT'],
    ['the fryer is smoking really bad and theres a burning plastic smell', true, 'URGENT'],
    ['smoke is coming out the back of the commercial dishwasher', true, 'URGENT'],
    ['strong electrical burning smell from the photocopier', true, 'URGENT'],
    ['we had smoke from the fryer last week, sorted now, just want a service', false, 'NORMAL'],
    ['the toaster has a burnt smell from crumbs', false, 'NORMAL'],
  ],
  'look-alikes: a flood of people, water into its catch': [
    ['the flood of customers at the bakery this morning wore out the mixer', false, 'NORMAL'],
    ["the aquarium's protein skimmer is overflowing into the sump", false, 'NORMAL'],
    ['the condensate is overflowing into the drip tray like it should', false, 'NORMAL'],
    ['we had a flood of orders this week, the freezer is packed', false, 'NORMAL'],
    ['the ice machine is overflowing into the floor drain, is that normal', false, 'LOW'],
    // Its emergency stays one: water past the catch, or the catch's pump dead.
    ['the ice machine is overflowing into the floor drain and the drain is backing up all over the kitchen', true, 'URGENT'],
  ],
  // tri28's third batch left these unfixed (todo there); fixed here.
  "tri28's unfixed rows": [
    ['residents in a wheelchair are stuck on the 9th floor, the only lift is dead and the alarm is going', true, 'URGENT'],
    ['no water at all and we have 40 cows that need drinking water today, its 95 degrees', true, 'URGENT'],
    ['the carer didnt show up and my wife is bed bound and needs her insulin now', true, 'URGENT'],
    ['the walk in freezer is at 45 and rising, full of product for the weekend', true, 'URGENT'],
  ],
};

// The rules alone recognise the trade's emergencies (the learned signal cannot be relied on for them).
checkRulesAlone(t, tables);

checkTriageTables(t, tables, (text) => signals.triage(text));

// The look-alikes are kept from the learned signal by an exclusion, whatever a retrain makes of their words.
t.test('look-alikes are excluded before the learned signal reads them', async (t) => {
  t.ok(exclusionsOf('the flood of customers at the bakery this morning wore out the mixer').includes('figurative'), 'a flood of customers is figurative');
  t.ok(exclusionsOf('a deluge of bookings came in after the ad').includes('figurative'), 'a deluge of bookings is figurative');
  t.notOk(exclusionsOf('a flood of water is coming under the door').includes('figurative'), 'a flood of water is no figure of speech');
  t.ok(exclusionsOf("the aquarium's protein skimmer is overflowing into the sump").includes('caught as meant'), 'overflowing into the sump is caught as meant');
  t.ok(exclusionsOf('the condensate line drips into the drip pan').includes('caught as meant'), 'dripping into the drip pan is caught as meant');
  t.notOk(exclusionsOf('water is pouring into the sump and the pump died').includes('caught as meant'), 'the catch whose pump died is no catch');
  t.notOk(exclusionsOf('the sump is overflowing onto the floor').includes('caught as meant'), 'a sump overflowing is water loose');
});
