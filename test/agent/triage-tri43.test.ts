import t from 'tap';
import { triage } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri43 (issue 12). The reviewer's three defects in tri42's rules, and tune emergencies only the learned signal caught read as
// the general readings the rules lacked, probed on trades with no knowledge base or fixture (an ice rink, a sauna, a ferry, a
// school bus company): an "if" that asks whether ("not sure if they're poisonous") supposes nothing; a blow to the head needs
// someone struck ("you hit it on the head" strikes nobody); a blow dated to an earlier day is over unless a sign is of today;
// a line or a tank struck and hissing; something resting on a power line; a car on the tracks that will not start; swelling of
// the face or eyes shutting; a shock felt on touching something; someone lying still who does not answer; a weapon carried
// about a place; a tooth out after a blow; a product known by its colour where cleaners are kept.
// Every emergency row was missed by the rules before this round.

const tables: Record<string, TriageRow[]> = {
  'an emergency said through its sign': [
    ["my son ate some berries off a bush by the rink parking lot, now he's vomiting, not sure if they're poisonous", true, 'URGENT', 'MEDICAL'],
    ["my son ate some mushrooms in the backyard and now he's drowsy and vomiting, not sure if they were the poisonous kind", true, 'URGENT', 'MEDICAL'],
    ["my daughter ate a mushroom from the playground, she's drooling and stumbling, i have no idea if it was poisonous", true, 'URGENT', 'MEDICAL'],
    ["my toddler got into the cleaning cupboard, swallowed something blue and now he's coughing and drooling, i'm not sure if it's bleach", true, 'URGENT', 'MEDICAL'],
    ["my son took a hockey stick to the mouth and his adult front tooth came right out", true, 'URGENT', 'MEDICAL'],
    ["a man is walking around the rink with a gun, everyone is hiding in the locker room", true, 'URGENT', 'STATED'],
    ["someone is wandering through the ferry terminal with a knife, we locked the office", true, 'URGENT', 'STATED'],
    ["the zamboni clipped the propane tank behind the rink and we can hear it hissing", true, 'URGENT', 'GAS'],
    ["we were digging post holes for the bus shelter and hit a pipe, its whistling and blowing dirt everywhere", true, 'URGENT', 'GAS'],
    ["our school bus is on the tracks at the crossing and it won't start, the kids are still inside", true, 'URGENT', 'VEHICLE'],
    ["after the peel her eyes are like puffing shut and she's scared", true, 'URGENT', 'MEDICAL'],
    ["i get a shock every time i touch the metal railing by the hot tub", true, 'URGENT', 'ELECTRICAL'],
    ["the wind blew our ladder over and its leaning right on the power line by the bus depot", true, 'URGENT', 'ELECTRICAL'],
    ["rain water is up to the base of the generator behind the rink, its still running", true, 'URGENT', 'WATER_ELECTRICITY'],
    ["my wife went out to the ice shack to check the heater and shes just lying there, the heater is still on, she wont answer me", true, 'URGENT', 'MEDICAL'],
  ],
  'an idiom, a whether, an earlier day, a baby tooth, static, a booking': [
    ["my son hit his head yesterday and threw up once, can he skate today", false, 'HIGH'],
    ["you hit it on the head with that price, thanks, i'm dizzy with excitement lol", false, 'LOW'],
    ["honestly you hit it on the head, i'm just confused about the bus schedule", false, 'NORMAL'],
    ["i've been banging my head against the wall over this booking form, so confused", false, 'NORMAL'],
    ["bumped his head last week at practice, fine now, can he come to lessons", false, 'NORMAL'],
    ["the kite is tangled in the power line behind the rink, can someone get it down", false, 'NORMAL'],
    ["my son's baby tooth came out when he fell at the rink, do you have a lost and found", false, 'LOW'],
    ["his tooth came out at hockey practice, it was already loose, do you sell mouthguards", false, 'LOW'],
    ["my car died on the tracks last week, luckily no train, do you do tows", false, 'LOW'],
    ["her eyes puffed up a little after the lash extensions yesterday, fine now, can we rebook", false, 'NORMAL'],
    ["static shock when i touch the door handle at the rink, is that normal", false, 'LOW'],
    ["my dog is just lying on the couch and won't move, lazy day lol", false, 'NORMAL'],
    ["what if a kid eats some berries off the bush and starts vomiting", false, 'LOW'],
    ["has a bus ever been stuck on the tracks on this route", false, 'LOW'],
    ["my daughter ate some berries at the ferry cafe, delicious, not sure if you sell them", false, 'NORMAL'],
    ["is the sauna supposed to smell a bit like cedar when it heats up", false, 'LOW'],
  ],
};

checkRulesAlone(t, tables);
checkLookAlikesByRules(t, tables);
checkTriageTables(t, tables);

t.test('a supposition is "what if", "in case", a question\'s "ever" or an "if" that is no whether', async (t) => {
  t.equal(triage("my son ate some berries off a bush, now he's vomiting, not sure if they're poisonous").emergency, true);
  t.equal(triage("my son ate some berries off a bush, now he's vomiting, i wonder if they're poisonous").emergency, true);
  t.equal(triage('what if my son eats some berries off a bush and starts vomiting').emergency, false);
  t.equal(triage('if my son ever eats some of the berries and starts vomiting, what do we do').emergency, false);
});

t.test('a head hit on an earlier day is over unless a sign is of today (the comment in triage.ts)', async (t) => {
  t.equal(triage('my son hit his head yesterday and threw up once, can he skate').emergency, false);
  t.equal(triage('he hit his head on the ice yesterday and now he is vomiting and confused').emergency, true);
  t.equal(triage('he hit his head on the boards yesterday and threw up twice this morning').emergency, true);
});
