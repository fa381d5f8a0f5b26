import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Round 26 (issue 12, items 4-5). This round added 264 labelled tune rows (t26-*) in twelve trades neither split nor the
// round 13-25 probes had (wedding venue, martial-arts dojo, axe throwing, frame shop, pawn shop, mini golf, garden centre,
// makerspace, boat rental, cooking school, alterations, archery range), labelled before main's model read them. Main read
// them at P 0.981 R 0.954 priority 0.917 (eval, 264 rows). The classes that failed, fixed by the rules in their owner modules,
// each shown here in our own wording (not the eval rows): an injury told by its shape (a limb pointing the wrong way, a
// bone through the skin, something driven into the body); someone in the water who cannot swim, however they got there
// (English and Spanish: "se cayó al estanque", "no sabe nadar"); a boat adrift toward a dam or rocks; a player "on fire"
// at a game and "killed it" (praise, not a fire); and priority: an unhurried request asks for the work (NORMAL), "in the
// next couple of months" defers it, "by then" after a day is a deadline, "id like", "wanna" and "X and Y my ..." ask
// for work, "came right away" says how fast something was done, "..., anyway do you ..." asks, "last weeks" dates.
// SECOND BATCH (48 rows, t26b-*, four more trades: tutoring, car detailing, party rental, winery), written blind after those
// fixes and read once: main P 1.000 R 0.958 priority 0.979, this branch the same; the one miss, someone fallen INTO a machine
// that grips ("fell into the crusher hopper and his leg is caught"), is fixed by the rules (triage-situations).

const tables: Record<string, TriageRow[]> = {
  'an injury told by its shape or by what went into the body': [
    ["the goalie went down hard and his ankle looks like its pointing backwards", true, 'URGENT', 'MEDICAL'],
    ["a player crashed into the boards and the bone in his shin is poking through the skin", true, 'URGENT', 'MEDICAL'],
    ["a nail from the nail gun went right into my coworkers thigh", true, 'URGENT', 'MEDICAL'],
    ["a fishing hook got stuck in his hand and its in deep", true, 'URGENT', 'MEDICAL'],
    ["what happens if an arrow goes through someone's hand at the range", false, 'LOW'],
    ["the knife is in his hand and hes chopping onions, can we book the class", false, 'NORMAL'],
    ["my son broke his arm in june, the cast is off, can he rejoin lessons", false, 'NORMAL'],
    ["my husband slipped into the grain auger and his foot is stuck", true, 'URGENT', 'MEDICAL'],
    ["a worker got pulled into the dough mixer up to his elbow", true, 'URGENT', 'MEDICAL'],
    ["last year a worker fell into the hopper, we added a guard, can you inspect it", false, 'NORMAL'],
  ],
  'someone in the water who cannot swim, a boat adrift toward danger': [
    ["the raft flipped and my friend is in the river and cant swim", true, 'URGENT', 'MEDICAL'],
    ["my daughter is in the deep end and she's going under", true, 'URGENT', 'MEDICAL'],
    ["mi hijo se cayó a la piscina y no sabe nadar", true, 'URGENT', 'MEDICAL'],
    ["el perro se cayó al lago y no sale", true, 'URGENT', 'MEDICAL'],
    ["the motor quit and the wind is pushing us, we're drifting towards the rocks", true, 'URGENT', 'STATED'],
    ["my son can't swim yet, do you have lessons for beginners", false, 'LOW'],
    ["last summer our boat drifted toward the rocks when the engine died, do you service outboards", false, 'LOW'],
  ],
  'a player on fire, a coach who killed it: praise, not a fire': [
    ["my wife was on fire tonight, three strikes in a row at league, is there a league for beginners too", false, 'LOW'],
    ["our new goalie killed it this weekend", false, 'LOW'],
    ["the new instructor absolutely killed it tonight, my daughter cant stop talking about it", false, 'LOW'],
    ["the guy at the grill was on fire today his sleeve caught and hes screaming", true, 'URGENT', 'FIRE'],
  ],
  'priority by the rule: unhurried requests, deadlines, requests as people type them, past manner, trailing questions': [
    ["could you patch the drywall in the hall, no rush", false, 'NORMAL'],
    ["the hall drywall has a small dent, no rush", false, 'LOW'],
    ["when could you come swap the thermostat? no rush", false, 'LOW'],
    ["no hurry, but i need the back gate rehung sometime next month", false, 'LOW'],
    ["sometime in the next few months we'd like the deck stained", false, 'LOW'],
    ["my recital is friday and the dress needs hemming, can you have it ready by then", false, 'HIGH'],
    ["tryouts are thursday and my cleats still need new studs, can you do it by then", false, 'HIGH'],
    ["id like a quote on new blinds for the office", false, 'NORMAL'],
    ["how much for a new zipper on my jacket, id like a quote", false, 'NORMAL'],
    ["i wanna trade in my old laptop", false, 'NORMAL'],
    ["do you buy old guitars, i wanna sell mine", false, 'NORMAL'],
    ["can you clean and reseal my shower", false, 'NORMAL'],
    ["can you restitch and patch my saddle", false, 'NORMAL'],
    ["the tech came right away last time, thanks, do you also do gutters", false, 'LOW'],
    ["your plumber came right away last time, can we book him for a water heater install", false, 'NORMAL'],
    ["the pipe burst, can you come right away", true, 'URGENT', 'WATER'],
    ["the faucet dripped all night, anyway do you do weekend visits", false, 'LOW'],
    ["in last weeks storm a tree came down on the shed, can someone haul it away", false, 'NORMAL'],
    ["in last weeks storm the basement flooded, can someone check the sump pump", false, 'NORMAL'],
    ["in last weeks class a pan caught fire, do you still run the knife skills course", false, 'LOW'],
  ],
};

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

checkTriageTables(t, tables, (text) => signals.triage(text));
