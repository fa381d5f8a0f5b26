import t from 'tap';
import { exclusionsOf, triage } from '../../src/agent/triage.js';
import { aboutAnimal } from '../../src/agent/triage-poison.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri40 (issue 12). Using the product as a riding stable's visitors, and probes written for trades with no tune rows (a
// climbing gym, a trampoline park and bounce-house rental, a dog daycare, boat tours, a bakery and a farm stand, then a
// zipline park, kayak rental, a petting zoo, a ski hill, a summer camp). The rules missed: a person hurt told in the past
// with a sign now ("fell off her horse and her arm looks broken", "hit his head and isn't making sense"); the stable's own
// animals (pony, mare, foal, gelding, stallion, calf, goat) were no animals; an animal caught in a fence or a gate; an
// inflatable going down with children in it; a passenger gone overboard; a child pulled under by the current; a rider down
// and not moving; "the barn is on fier". The learned signal (no neighbour check at 0.5) called two calm messages
// emergencies: "my kid fell off the bouldering wall but he is ok" and "do your muffins have nuts, my son is allergic".
// Every emergency row here is one by the rules alone; every look-alike stays calm by the rules.

const tables: Record<string, TriageRow[]> = {
  'someone hurt, told in the past, with a sign now': [
    ['my daughter fell off her horse and her arm looks broken', true, 'URGENT', 'MEDICAL'],
    ['my son fell off the trampoline and his arm looks broken', true, 'URGENT', 'MEDICAL'],
    ['i think she broke her wrist, she fell off the pony', true, 'URGENT', 'MEDICAL'],
    ["he hit his head and isn't making sense", true, 'URGENT', 'MEDICAL'],
    ['she hit her head and isnt making sense', true, 'URGENT', 'MEDICAL'],
    ['the llama kicked my son in the head and hes not answering me', true, 'URGENT', 'MEDICAL'],
    ['a rider is down in the arena and not moving', true, 'URGENT', 'MEDICAL'],
    ['he went down and isnt moving', true, 'URGENT', 'MEDICAL'],
  ],
  'a sign denied, a thing broken, an injury of an earlier day': [
    ['she hit her head but she is not confused', false, 'NORMAL'],
    ["he hit his head, he's not dizzy or confused", false, 'NORMAL'],
    ["this quote isn't making sense", false, 'NORMAL'],
    ['the arm of the chair looks broken', false, 'NORMAL'],
    ['she broke her wrist last month, can she still ride', false, 'NORMAL'],
    ["my daughter fell off her pony last month and broke her wrist, she's healed now and wants to ride again", false, 'NORMAL'],
    ['the price is down and not moving', false, 'NORMAL'],
  ],
  "a stable's and a farm's animals": [
    ['a foal is stuck in the fence', true, 'URGENT', 'STATED'],
    ['the cow is caught in the barbed wire', true, 'URGENT', 'STATED'],
    ['my horse is cast in his stall', true, 'URGENT', 'STATED'],
    ['a goat got its head stuck in the fence', true, 'URGENT', 'STATED'],
    ['the horse got his leg caught in the hay net', true, 'URGENT', 'STATED'],
    ['stallion got loose and is in the road', true, 'URGENT', 'STATED'],
    ['the goat got into the chicken feed and is bloated and down', true, 'URGENT', 'STATED'],
    ['the dog keeps getting stuck in the fence, can you fix the gap', false, 'NORMAL'],
    ['our dog got stuck in the fence yesterday, can you come fix it', false, 'NORMAL'],
    ['the goat got into the feed room, can you fix the latch', false, 'NORMAL'],
    ['my horse threw a shoe, can the farrier come next week', false, 'NORMAL'],
    ['the pony party was great, thanks', false, 'LOW'],
    ['the mare foaled last night, mom and foal doing great', false, 'NORMAL'],
    ['what do you do if a horse colics overnight', false, 'LOW'],
  ],
  'inflatables, boats and water': [
    ['the inflatable is deflating with the kids still in it', true, 'URGENT', 'STATED'],
    ['kids were on the bouncy castle and it took off', true, 'URGENT', 'STATED'],
    ['a passenger went overboard', true, 'URGENT', 'MEDICAL'],
    ['one of the guests fell overboard', true, 'URGENT', 'MEDICAL'],
    ['my kid got pulled under by the current at the launch', true, 'URGENT', 'MEDICAL'],
    ['what if the bounce house deflates with kids in it', false, 'LOW'],
    ['the bounce house had a small hole, kids were fine, can you patch it before next weekend', false, 'NORMAL'],
    ['the guests went overboard on the cake', false, 'NORMAL'],
    ['the business went under last year', false, 'NORMAL'],
    ['we flipped the kayak lol, all good, just wet', false, 'NORMAL'],
  ],
  'typed as people type': [
    ['the barn is on fier', true, 'URGENT', 'FIRE'],
    ['the fire pit at the campsite was nice', false, 'NORMAL'],
    ['your apple cider is fire', false, 'NORMAL'],
  ],
};

checkRulesAlone(t, tables);
checkLookAlikesByRules(t, tables);
checkTriageTables(t, tables);

t.test('the animals a stable or a farm keeps are animals (the emergency reply sends them to a vet)', async (t) => {
  for (const s of ['the mare is down and rolling', 'a foal is stuck in the fence', 'the gelding is colicking', 'our stallion is cast', 'the calf is not breathing', 'the goat is bloated', 'the pony is bleeding']) t.ok(aboutAnimal(s), s);
  // A calf is the animal only as "the", "a", "our" or a newborn one: "my calf" is a leg.
  t.notOk(aboutAnimal('my calf is swollen and hot after the long flight'), 'my calf: a leg');
});

t.test('what the learned signal may not overrule', async (t) => {
  t.ok(exclusionsOf('my kid fell off the bouldering wall but he is ok, just scared').includes('said to be all right'), 'someone said to be all right');
  t.ok(exclusionsOf("my son slipped on the mats but he's okay").includes('said to be all right'), "he's okay");
  t.notOk(exclusionsOf('he says he is fine but he is slurring').includes('said to be all right'), 'fine, but a sign after it');
  t.ok(exclusionsOf('do your muffins have nuts, my son is allergic').includes('a condition told'), 'an allergy told with a question');
  t.ok(exclusionsOf('can you make a gluten free cake, my daughter has celiac').includes('a condition told'), 'celiac told with a request');
  t.notOk(exclusionsOf('wasps in the car and my dad is allergic and driving').includes('a condition told'), 'an allergy met by what sets it off');
  t.notOk(exclusionsOf('is it bad that my son is allergic to nuts and just ate a cookie').includes('a condition told'), 'an allergy and the food eaten');
});

t.test('a sign said with its denial before it is not the sign', async (t) => {
  t.equal(triage('she hit her head but she is not confused').emergency, false);
  t.equal(triage('she hit her head and now she is confused').emergency, true);
});
