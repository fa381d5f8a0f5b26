import t from 'tap';
import { triage } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri41 (issue 12). Emergencies of the tune split that only the learned signal caught (80 of 1691), and probes written for
// trades with no knowledge base or fixture (a trampoline park, a laundromat, a summer camp, a car wash, a brewery taproom, an
// ice rink). The rules missed: bleeding said as "bleeding alot", "bleeding all over", "on the ground bleeding"; a fit said
// as "shaking all over and not answering"; a dislocated limb "hanging weird"; smoke "puffing grey"; an "eggy smell"; fumes or
// co2 with people dizzy, passing out or getting headaches; someone locked in a room who cannot help themselves; a child who
// did not come back and cannot be found; a glow where nothing should glow; gas on that never lit; something heavy coming
// loose over people. The trades' livestock now reads triage-poison's FARM_ANIMAL ("the donkey got into the feed room").
// Every emergency row here is one by the rules alone; every look-alike stays calm by the rules.

const tables: Record<string, TriageRow[]> = {
  'someone hurt, said by the sign (a limb out of shape, a fit, bleeding said as people type it)': [
    ["a guy dislocated his shoulder on the mats, his arm is hanging weird and hes screaming in pain", true, 'URGENT', 'MEDICAL'],
    ["one of the kids just fell off her chair and shes shaking all over and not answering", true, 'URGENT', 'MEDICAL'],
    ["my dog got bit at daycare and hes bleeding alot", true, 'URGENT', 'MEDICAL'],
    ["the axe bounced and hit the guy next to him, hes bleeding all over", true, 'URGENT', 'MEDICAL'],
    ["the man is on the ground bleeding after the ladder fell", true, 'URGENT', 'MEDICAL'],
    ["the needle went right through her finger and its stuck", true, 'URGENT', 'MEDICAL'],
  ],
  'a hazard said without its keyword (smoke by its colour, gas by its smell, fumes by who they make ill, fire by its light)': [
    ["the vent flap is puffing grey smoke and the room is getting hazy", true, 'URGENT', 'FIRE'],
    ["theres an eggy smell all through the basement since i relit the furnace", true, 'URGENT', 'GAS'],
    ["the whole place stinks like sewer and my mom just got lightheaded", true, 'URGENT', 'STATED'],
    ["the zamboni is leaking fumes and the kids on the ice are getting headaches", true, 'URGENT', 'STATED'],
    ["people are passing out in the cellar, its full of co2 from the tanks", true, 'URGENT', 'STATED'],
    ["the dryer is running and i can see an orange glow inside thru the door", true, 'URGENT', 'FIRE'],
    ["lightning hit the tree by the mess hall and its burning", true, 'URGENT', 'FIRE'],
    ["the gas is on but the burner never lit and the kitchen reeks", true, 'URGENT', 'GAS'],
  ],
  'someone shut in who cannot help themselves, or gone missing': [
    ["my mom is locked in the upstairs bathroom, the handle broke off and shes 88 and panicking", true, 'URGENT', 'MEDICAL'],
    ["the smart lock is jammed and my 3 year old is locked inside the house alone", true, 'URGENT', 'MEDICAL'],
    ["my daughter called, shes locked in the shower block at camp and no one comes", true, 'URGENT', 'MEDICAL'],
    ["a little kid climbed into the front loader and the door shut, hes inside", true, 'URGENT', 'MEDICAL'],
    ["one of our campers didnt come back from the lake and we cant find him", true, 'URGENT', 'STATED'],
  ],
  'held by a machine, something coming loose over people, livestock in the feed': [
    ["a guy got his arm caught in the brush of the tunnel wash", true, 'URGENT', 'MEDICAL'],
    ["a long piece of fascia is hanging off right over the sidewalk where kids walk", true, 'URGENT', 'STATED'],
    ["the shelf unit is pulling out of the wall and leaning over my baby's crib", true, 'URGENT', 'STATED'],
    ["the roof over the loading dock is sagging bad and the guys are working right under it", true, 'URGENT', 'STATED'],
    ["the donkey got into the feed room and ate half a bag of sweet feed", true, 'URGENT', 'STATED'],
  ],
  'figurative, over, asked, or a booking': [
    ["my pen is bleeding all over the page, do you sell better ones", false, 'LOW'],
    ["this price is killing me, my wallet is screaming in pain", false, 'NORMAL'],
    ["my back is screaming in pain after the hike lol, do you do massages today", false, 'HIGH'],
    ["the fire pit has a lovely orange glow in the evening, can we book it", false, 'NORMAL'],
    ["the neon sign has a nice red glow in the window, can you fix the flicker", false, 'NORMAL'],
    ["im locked in a 12 month contract and panicking about the price", false, 'NORMAL'],
    ["our daughter is 8 years old, is she locked into the full week of camp", false, 'LOW'],
    ["we were locked in the escape room for an hour last weekend, the kids were screaming, so fun", false, 'NORMAL'],
    ["the co2 tank for the beer lines is empty, can you swap it today", false, 'HIGH'],
    ["the paint fumes gave me a headache yesterday, when will the smell go", false, 'NORMAL'],
    ["one of the campers didnt come back for the second week, can we get a refund", false, 'LOW'],
    ["lightning hit the tree last summer, can you remove the stump", false, 'NORMAL'],
    ["the gas is on but the pilot wont light, can you come tomorrow", false, 'HIGH'],
    ["the gutter has been sagging a little over the front door for years, can you quote a fix", false, 'NORMAL'],
    ["the kids are playing under the deck, the boards are cracking a bit, when can you come", false, 'NORMAL'],
    ["my calves are sore after the run, no water all day", false, 'HIGH'],
    ["i dislocated my shoulder last year, can i still do the ninja course", false, 'NORMAL'],
  ],
};

checkRulesAlone(t, tables);
checkLookAlikesByRules(t, tables);
checkTriageTables(t, tables);

t.test('gas on that never lit is a leak only with its smell', async (t) => {
  t.equal(triage('the gas is on but it never lit and theres no smell').emergency, false);
  t.equal(triage('the gas is on but it never lit and the kitchen reeks').emergency, true);
});
