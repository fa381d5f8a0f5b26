import t from 'tap';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';
import { exclusionsOf } from '../../src/agent/triage.js';

// Hazard families any trade's visitors describe (trees and storms, appliances, rented buildings,
// garage doors), written for these tests (not in eval/data): people hurt, pinned or trapped by
// something heavy, heavy things broken or moving and hanging or leaning over a place, falling debris, a prowler
// trying the doors, a burner stuck on, smoke without its name, water through a ceiling without the
// word "water", bleeding "really bad"; and their routine contrasts (nobody hurt, a risk someday, a
// question, a past event, a stuck door with nobody under it, a branch to trim). Priority: flexible
// timing is NORMAL, locked out and a deadline within days are HIGH, contact-detail updates are LOW.

type Row = TriageRow;

const tables: Record<string, Row[]> = {
  'emergencies said without the listed words': [
    ["a big limb came down on the power line and its sparking in the yard", true, 'URGENT'],
    ["tree fell on the house during the storm and theres a hole in the roof, rain coming in the kids room", true, 'URGENT'],
    ["the oak is leaning on our roof now and cracking, we can hear it groaning", true, 'URGENT'],
    ["my husband was up the tree with the chainsaw and cut his leg, its bleeding really bad", true, 'URGENT'],
    ["theres a guy stuck up in the tree, the bucket truck broke and he cant get down and hes hurt", true, 'URGENT'],
    ["a tree came down across the road and onto a car, there's someone inside", true, 'URGENT'],
    ["big branch hanging right over the driveway by a thread, kids walk under it to the bus in 10 min", true, 'URGENT'],
    ["the dryer is smoking and smells like burning", true, 'URGENT'],
    ["theres a burning smell coming from the back of the dryer and its hot to touch", true, 'URGENT'],
    ["the oven door glass just shattered and the element is glowing red and crackling", true, 'URGENT'],
    ["my fridge is sparking at the back where it plugs in", true, 'URGENT'],
    ["the washing machine hose came off and water is all over the laundry floor", true, 'URGENT'],
    ["dishwasher is leaking everywhere and it's going under the cabinets into the basement", true, 'URGENT'],
    ["I smell gas near the stove after your tech left", true, 'URGENT'],
    ["the microwave caught fire and theres black smoke in the kitchen", true, 'URGENT'],
    ["flames came out of the back of the range when I turned it on and now it smells like gas", true, 'URGENT'],
    ["tenant says water is coming through the ceiling of unit 2 from the unit above", true, 'URGENT'],
    ["the smoke alarms in the building are going off and there's a haze in the hallway", true, 'URGENT'],
    ["a tenant's elderly dad has no heat and it's 10 below tonight", true, 'URGENT'],
    ["the elevator is stuck between floors with a lady inside and she's panicking", true, 'URGENT'],
    ["someone kicked in the front door of the building and it won't lock, the guy is still hanging around", true, 'URGENT'],
    ["tenant reports sewage coming up in the basement laundry", true, 'URGENT'],
    ["resident just called, the stairs on the back porch collapsed and someone is hurt", true, 'URGENT'],
    ["garage door came down on my dog and she is pinned under it", true, 'URGENT'],
    ["the garage door spring snapped and the door fell on my husband's car with him in it", true, 'URGENT'],
    ["my son's hand got caught in the garage door panel and it's bleeding bad", true, 'URGENT'],
    ["the garage door is stuck half open, the cable snapped and its hanging crooked, its about to fall", true, 'URGENT'],
    ["someone broke into the garage through the door last night and it won't close now, and we're leaving the house open all night", true, 'URGENT'],
    ["water coming through the light fixture in the hallway", true, 'URGENT'],
    ["sparks flying out of the garage door opener and smoke", true, 'URGENT'],
    ["hay un \u00e1rbol encima de los cables de luz y est\u00e1n echando chispas", true, 'URGENT'],
    ["se cay\u00f3 la puerta del garaje encima de mi hijo", true, 'URGENT'],
    ["el techo se est\u00e1 cayendo por el agua", true, 'URGENT'],
    ["my dad is pinned under the fallen branch and can't move", true, 'URGENT'],
    ["the whole unit smells like burning plastic and the breaker box is hot", true, 'URGENT'],
    ["its coming through the dining room ceiling like rain", true, 'URGENT'],
    ["the ceiling is sagging and bulging with water and dripping", true, 'URGENT'],
    ["the old cottonwood split in half in the storm and the big piece is hanging over the neighbours bedroom", true, 'URGENT'],
    ["our birch is uprooting in this wind and it's leaning onto the power lines", true, 'URGENT'],
    ["a limb broke off and it's dangling over the sidewalk where people walk to the train", true, 'URGENT'],
    ["the garage door came off the tracks and it's tilting toward the driveway where my kids are", true, 'URGENT'],
    ["bits of plaster keep falling from the ceiling in the hallway", true, 'URGENT'],
    ["there's a man in the back yard trying all the windows right now", true, 'URGENT'],
    ["someone is jiggling the handle on our front door and we don't know who it is", true, 'URGENT'],
    ["the gas knob is broken and the burner is stuck on, I can't turn it off", true, 'URGENT'],
    ["the hob element is stuck on high and won't switch off", true, 'URGENT'],
    ["the gate came off its hinge in the wind and is hanging from one corner over the path", true, 'URGENT'],
    ["the garage door cable broke and the door is crooked and swaying", true, 'URGENT'],
    ["my dad says there's a heavy pressure in his chest and he's sweating", true, 'URGENT'],
    ["someone smashed the window on the back door an hour ago and it still can't be locked, we're alone here tonight", true, 'URGENT'],
    ["the gate motor didn't stop and it's crushing down on the car door with my daughter inside trying to get out", true, 'URGENT'],
  ],
  'routine, time-sensitive or informational: no emergency': [
    ["the tree fell down last week and is now lying in the yard, want it removed", false, 'NORMAL'],
    ["we had a tree hit the garage back in march, can you quote the cleanup", false, 'NORMAL'],
    ["what do i do if a tree falls on my house", false, 'LOW'],
    ["can you come trim the branches overhanging the power line sometime this month", false, 'NORMAL'],
    ["the dryer stopped heating and I have a mountain of laundry, can someone come today", false, 'HIGH'],
    ["the dishwasher isnt draining, water sitting in the bottom", false, 'NORMAL'],
    ["the fridge is making a loud buzzing noise", false, 'NORMAL'],
    ["do you repair gas ranges?", false, 'LOW'],
    ["the oven runs 25 degrees hot", false, 'NORMAL'],
    ["our fridge died and all the food is going to spoil, need someone asap", false, 'HIGH'],
    ["tenant has no hot water since yesterday", false, 'HIGH'],
    ["tenant wants the dripping kitchen faucet fixed", false, 'NORMAL'],
    ["how much is your management fee", false, 'LOW'],
    ["can you send me last months owner statement", false, 'LOW'],
    ["the garage door won't open and my car is stuck inside, I need to get to work this morning", false, 'HIGH'],
    ["garage door is noisy when it opens, can you service it", false, 'NORMAL'],
    ["looking for a quote on a new insulated garage door", false, 'NORMAL'],
    ["no rush, sometime in spring we want a new garage door", false, 'LOW'],
    ["the garage door spring looks rusty, could you check it", false, 'NORMAL'],
    ["thanks, the tech was great with the opener", false, 'LOW'],
    ["the remote stopped working and I'm locked out of the garage, need it fixed today", false, 'HIGH'],
    ["the tree in the back is leaning a bit more than last year, can you take a look", false, 'NORMAL'],
    ["are you insured for tree removal near houses?", false, 'LOW'],
    ["stump grinding quote for two stumps please", false, 'NORMAL'],
    ["a big branch fell on the driveway in the storm, nobody hurt, but we can't get the car out and need to leave by noon", false, 'HIGH'],
    ["the dryer takes two cycles to dry towels", false, 'NORMAL'],
    ["the fire was put out by the fire department, the stove is ruined, we need someone out today", false, 'HIGH'],
    ["if the garage door spring breaks can I open it manually?", false, 'LOW'],
    ["smoke detector in unit 4 needs a new battery", false, 'NORMAL'],
    ["the elevator in building B is stuck on the 3rd floor, nobody inside, can you send the service company", false, 'NORMAL'],
    ["the oak out back is leaning towards the house a bit, can someone assess it", false, 'NORMAL'],
    ["theres light coming through the ceiling in the attic where the vent is", false, 'NORMAL'],
    ["my kid hurt his finger on the garage door last week, can you add a safety sensor", false, 'NORMAL'],
    ["what happens if someone gets hurt on the job, are you insured", false, 'LOW'],
    ["the smoke alarm goes off every time I cook, can you move it", false, 'NORMAL'],
    ["a branch fell on the shed last night, nobody hurt, need it cleared", false, 'NORMAL'],
    ["the garage door is stuck halfway, nobody hurt, car isn't inside", false, 'NORMAL'],
    ["the cable on the garage door is frayed, can you replace it", false, 'NORMAL'],
    ["the dryer vent is clogged with lint I think", false, 'NORMAL'],
    ["is a dryer fire covered by your warranty", false, 'LOW'],
    ["we have a dead tree that could fall on the fence someday, quote for removal", false, 'NORMAL'],
    ["the fridge stopped making ice", false, 'NORMAL'],
    ["tenant says there's a slow drip under the bathroom sink into a bucket", false, 'NORMAL'],
    ["the guy who was trying the car doors on our street last week got caught, can you add a camera", false, 'NORMAL'],
    ["the maple by the fence is leaning a bit, could you take a look next week", false, 'NORMAL'],
    ["a branch is hanging over the neighbours fence, can you trim it back", false, 'NORMAL'],
    ["the oven knob is loose", false, 'NORMAL'],
    ["I'd like a gutter clean whenever you have an opening", false, 'NORMAL'],
    ["no rush, but could someone replace the porch light this week", false, 'NORMAL'],
    ["I locked myself out of the house, can someone come let me in", false, 'HIGH'],
    ["the washer died and we have guests for the wedding on Saturday", false, 'HIGH'],
    ["we got 3 days to fix the railing or the inspector fails us", false, 'HIGH'],
    ["please update the email address on my account", false, 'LOW'],
    ["thanks for sorting the heater so quickly last week", false, 'LOW'],
    ["the garage door is a bit crooked when it closes, can you adjust it", false, 'NORMAL'],
    ["the back door lock is stiff and sometimes won't latch, can you look at it", false, 'NORMAL'],
    ["someone smashed our shed window last month, we want a sturdier lock", false, 'NORMAL'],
  ],
};

checkTriageTables(t, tables);

// The learned signal may only add an emergency where no exclusion fires: a damp smell and trouble
// that comes with every cycle are reasons against it (the encoder read both as hazards).
t.test('exclusions for the learned signal: a damp smell, trouble after every cycle', async (t) => {
  t.ok(exclusionsOf('the spare room smells musty since the rain').includes('benign smell'));
  t.ok(exclusionsOf('there is a mildew smell in the bathroom').includes('benign smell'));
  t.ok(exclusionsOf('the washer leaves a little water on the floor after every wash').includes('intermittent'));
  t.notOk(exclusionsOf('water is pouring out of the washer all over the floor').includes('intermittent'));
  t.notOk(exclusionsOf('I smell gas in the kitchen').includes('benign smell'));
});
