import t from 'tap';
import { readFileSync } from 'node:fs';
import { knowledgeOf } from '../helpers/knowledge.js';
import { createKnowledgeAnswerer, extractiveAnswer } from '../../src/agent/answer.js';
import { correctTypos } from '../../src/agent/answer-typos.js';
import { morphMatch } from '../../src/agent/answer-words.js';
import { thingIsTopic } from '../../src/agent/answer-claims.js';
import { ageUnanswered, ageVerdict } from '../../src/agent/answer-ages.js';
import { stem } from '../../src/ai/lexical.js';
import { englishWords, spokenRank } from '../../src/agent/text-norm.js';
import type { KnowledgeService } from '../../src/knowledge/service.js';
import type { BusinessContext } from '../../src/agent/context.js';

// Session 22 (never invent): what a guide does not say gets "I don't know", however close a
// sentence comes. Guides written for this test (not taken from eval/data).

const answerer = (guide: string) => {
  const { hits, vocabulary } = knowledgeOf('Guide', guide);
  const knowledge = { search: async () => hits, vocabulary: async () => vocabulary } as unknown as KnowledgeService;
  const a = createKnowledgeAnswerer({ knowledge, chat: null });
  const ctx = { business: { id: '00000000-0000-4000-8000-000000000001', plan: 'PRO', business_hours: null, timezone: 'UTC' }, agent: { faq: [] }, questions: [] } as unknown as BusinessContext;
  return async (q: string) => (await a.answer(ctx, q)).answer?.text ?? null;
};

t.test('a compound is two words of spoken English: "current" is no "cur" + "rent"', async (t) => {
  t.notOk(morphMatch(stem('rent'), new Set([stem('current')])), 'rent is not current');
  t.ok(morphMatch(stem('wood'), new Set([stem('firewood')])), 'wood is still firewood');
  const ask = answerer(`# Release\n- Bring: photo ID, the registration in your name and proof of current insurance.\n- Storage: $45 per day.`);
  t.equal(await ask('do you rent cars'), null, 'no yes from "proof of current insurance"');
});

t.test('a plural the visitor wrote is no typo of the singular the guide uses', async (t) => {
  const vocab = knowledgeOf('Guide', 'Sunscreen and diaper cream need a signed permission slip. Label every diaper bag.').vocabulary;
  const dictionary = new Set(englishWords());
  t.equal(correctTypos('do you provide diapers', vocab, dictionary, spokenRank), 'do you provide diapers');
  t.equal(correctTypos('do you provide diaperz', vocab, dictionary, spokenRank), 'do you provide diaper', 'a misspelling is still corrected');
  const ask = answerer(`# Health\nSunscreen and diaper cream need a signed permission slip.\nWe are a nut-free center.`);
  t.equal(await ask('do you provide diapers'), null, '"diaper cream" is no diaper');
});

t.test('"do you VERB X": a unit that says neither the verb nor is about X says no yes', async (t) => {
  const ask = answerer(`# Our work
We prune trees, remove stumps and cut back hedges.
We repair ruts in your lawn from our equipment.

# Winter
Our sidewalk crews use shovels and walk-behind blowers.

# Small engines
We repair mowers and trimmers in the shop.
Snow blowers: $80 for a tune-up, parts extra.

# Moving pianos
Pool tables, gun safes and hot tubs are quoted separately after we see them.`);
  t.equal(await ask('do you mow lawns'), null, 'ruts in your lawn are no mowing');
  t.equal(await ask('do u fix walk behind blowers'), null, 'blowers the crew uses are no repair');
  // The thing as the unit's topic still answers (its opening, its section heading).
  t.match(await ask('do you repair snow blowers'), /^Yes\. Snow blowers: \$80 for a tune-up/);
  t.match(await ask('can you move pool tables'), /^Yes\. Pool tables, gun safes and hot tubs are quoted separately/, 'the section is about moving');
  // A no from such a unit stands; a name it lists is what it is about.
  const other = answerer(`# Services\nWe install panels and heat pumps for homes and shops.\nWe do not do low-voltage work such as security cameras.\n\n# Where we work\nWe wash windows in Harlow, Kestrel Bay and East Marsh.`);
  t.equal(await other('do you install security cameras'), 'No. We do not do low-voltage work such as security cameras.');
  t.match(await other('do you install in kestrel bay'), /^Yes\. We wash windows in Harlow, Kestrel Bay/);
  t.equal(thingIsTopic('do you mow lawns', { kind: 'sentence', text: 'We repair ruts in your lawn from our equipment.', heading: 'Our work' }), false);
  t.equal(thingIsTopic('do you mow lawns', { kind: 'row', text: 'Lawn mowing $40', label: 'Lawn mowing', heading: 'Prices' }), true);
  t.equal(thingIsTopic('are you open', { kind: 'sentence', text: 'We open at 8.', heading: 'Hours' }), null, 'no thing asked');
});

t.test("a town asked about that the yes does not name: no yes with another town's fee", async (t) => {
  const ask = answerer(`# Where we work\nDunmore, Elgin and Fairhaven. Ashby and Corran add a $30 trip fee. We don't go to Kelso.\n\n# Prices\nA standard visit is $90.`);
  // (Got "Yes. Ashby and Corran add a $30 trip fee. Dunmore, Elgin and Fairhaven.")
  t.equal(await ask('do u charge for travel to dunmore'), null);
  t.equal(await ask('is there a trip fee for elgin'), null);
  t.match(await ask('is there a trip fee for ashby'), /^Yes\. Ashby and Corran add a \$30 trip fee/);
  t.match(await ask('do you go to elgin'), /^Yes\. Dunmore, Elgin and Fairhaven/);
  // Whether it costs is answered by a price, a fee or its being free, never by the list of towns alone.
  t.equal(await ask('do you charge to come to fairhaven'), null);
});

t.test('another kind the guide lists beside the one asked: its rule or price is not the answer', async (t) => {
  const ask = answerer(`# Rides
- **Trail rides** (up to 6 riders, 90 minutes)
- **Private rides** (just you and a guide, 60 minutes)

# Rider rules
- Riders must be at least 10 years old for trail rides.
- Private rides suit nervous riders.

# Prices
| Ride | Price |
| --- | --- |
| Trail ride | $70 |
| Private ride | $120 |`);
  // (Trail rides have an age; private rides have none.)
  t.equal(await ask('can my 7 year old go on private rides'), null);
  t.match(await ask('how old for trail rides'), /at least 10 years old for trail rides/);
  t.match(await ask('how much is a private ride'), /\$120/);
});

t.test('a kind joined by a hyphen in the guide ("walk-in", "reach-in") is that kind when the visitor leaves the hyphen out', async (t) => {
  const vocab = knowledgeOf('Guide', 'We service walk-in coolers and reach-in freezers.').vocabulary;
  t.equal(correctTypos('price for a new reach in freezers', vocab, new Set(englishWords()), spokenRank), 'price for a new reach-in freezers');
  t.equal(correctTypos('can i walk in', knowledgeOf('Guide', 'Walk-ins welcome.').vocabulary, new Set(englishWords()), spokenRank), 'can i walk in', 'only a word the guide hyphenates');
  const ask = answerer(`# What we service
- Walk-in coolers and walk-in freezers (repair, new boxes)
- Reach-in coolers and freezers, prep tables

# Prices
| Job | Rate |
| --- | --- |
| Walk-in new build (8 x 10 cooler) | from $14,800 |
| Door gasket replacement | $89 per door; walk-in, reach-in or display door |`);
  t.equal(await ask('how much for a new 8x10 walk in freezer'), null, 'a walk-in cooler is no walk-in freezer');
  t.equal(await ask('price to install a new reach in cooler'), null, "a door gasket's price is no cooler's");
  t.match(await ask('how much for a new walk in cooler'), /from \$14,800/);
  t.match(await ask('how much to replace a door gasket'), /\$89 per door/);
});

t.test('an age the visitor tells: a yes needs an answer that speaks of age, and an age under the limit is a no', async (t) => {
  const ask = answerer(readFileSync(new URL('../fixtures/guides/dog-walker.md', import.meta.url), 'utf8'));
  // (Got "Yes. Dogs must be at least 6 months old ... for group walks. Dogs that are aggressive ... can only have solo walks.")
  t.equal(await ask('can my 10 week old puppy go on solo walks'), null, 'no age is said for solo walks');
  t.equal(await ask('can my 8 month old puppy get a puppy visit'), null, "group walks' age is no puppy visit's");
  t.match(await ask('can my 10 week old puppy go on group walks'), /^No\. Dogs must be at least 6 months old/);
  t.match(await ask('can my 8 month old dog go on group walks'), /^Yes\. Dogs must be at least 6 months old/);
  t.match(await ask('is my 10 week old puppy too young for group walks'), /^Yes\. Dogs must be at least 6 months old/, 'too young: the yes is the same fact');
  t.equal(ageVerdict('can my 15 year old use the gym', 'Gym floor is 16 and over.'), 'No');
  t.equal(ageVerdict('can my 17 year old use the gym', 'Gym floor is 16 and over.'), null);
  t.equal(ageVerdict('can my 7 month old come', 'For puppies under 6 months.'), 'No');
  t.equal(ageVerdict('my 5 year old furnace is loud', 'We repair furnaces.'), null, 'no age limit said');
  t.ok(ageUnanswered('can my 7 year old come along', 'Private rides are 60 minutes.'));
  t.notOk(ageUnanswered('my 5 year old furnace is loud, can you fix it', 'We repair furnaces.'), "a thing's age asks nothing of ages");
});
