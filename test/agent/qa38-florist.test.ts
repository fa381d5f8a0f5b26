import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat, talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 38: a florist's page (test/fixtures/guides/florist.md), asked what its customers type.
// Each case was wrong when the page was first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Petal & Stem Florist', guide: '../guides/florist.md', remoteAddress: '10.0.38.1' });
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;

t.test('a safety asked is answered by its opposite with a no (answer-polarity oppositeQuality)', async (t) => {
  // (It said "Yes. Lilies are toxic to cats".)
  t.match(await ask('are lilies safe for cats'), /^No\. Lilies are toxic to cats/);
  t.match(await ask('are lilies toxic to cats'), /^Yes\. Lilies are toxic to cats/);
  // (Harm said as absent is safety, whatever its "not"; test/fixtures/guides/eco-cleaner.md.)
  const eco = await businessWithGuide(app, { name: 'Sparkle Home Cleaning', guide: '../guides/eco-cleaner.md', remoteAddress: '10.0.38.3' });
  const askEco = async (q: string) => (await talkTo(app.services.agent, eco)(q))[0]!;
  t.match(await askEco('are your products safe for kids'), /^Yes\. Our cleaning products are non toxic/);
  t.match(await askEco('is the oven degreaser safe'), /^Yes\. The oven degreaser is not toxic once rinsed/);
  t.match(await askEco('are your products toxic'), /^No\. Our cleaning products are non toxic/);
  t.match(await askEco('is bleach safe for my dog'), /^No\. Bleach is harmful to pets/);
});

t.test('an example set off by commas takes the verb after it (answer-polarity EXAMPLE_ASIDE)', async (t) => {
  // (It said "Yes. Some hospital units, such as the ICU, do not accept flowers".)
  t.match(await ask('can i send flowers to someone in the icu'), /^No\. Some hospital units, such as the ICU, do not accept flowers/);
  t.match(await ask('can you deliver to the hospital'), /^Yes\. .*UVM Medical Center/);
});

t.test('a plural asked is the heading over its compound (answer-claims namedOnlyAsModifier)', async (t) => {
  // ("do you do weddings" got "I don't know" because the sentences say "wedding flowers", "wedding minimum".)
  t.match(await ask('do you do weddings'), /^Yes\. .*[Ww]edding/);
});

t.test('a holiday asked by name meets its date (lexical HOLIDAYS, holidayDates)', async (t) => {
  t.match(await ask('how late are you open valentines day'), /until 8 pm on February 13 and 14/);
  t.match(await ask("r u open on valentine's day"), /^Yes\. .*February 13 and 14/);
  // (Christmas Eve is not Christmas Day: the page says nothing of the eve.)
  t.match(await ask('are you open christmas eve'), /^I don't know/);
  t.match(await ask('are you open christmas'), /^No\. We are closed on Thanksgiving, Christmas Day/);
});

t.test('the cheapest or dearest is read off the price table (answer-price-table superlativePriceAnswer)', async (t) => {
  t.equal(await ask('whats the cheapest thing you have'), 'Corsage or boutonniere — Price: $25.');
  t.equal(await ask('cheapest bouquet?'), 'Hand-tied bouquet — Price: from $45.');
  t.equal(await ask('whats the cheapest delivery'), 'Burlington and South Burlington — Delivery fee: $12.');
  t.notMatch(await ask('whats the cheapest funeral arrangement'), /Vase arrangement/, 'a word no row says leaves it to the sentences');
});

t.test('a price asked of the business own thing, or of nothing, is the price list (answer-price-table priceListAnswer)', async (t) => {
  const list = 'Hand-tied bouquet — Price: from $45. Vase arrangement — Price: from $65. A dozen long-stem roses — Price: $89. Orchid plant — Price: from $55. Sympathy standing spray — Price: from $175. Casket spray — Price: from $295. Corsage or boutonniere — Price: $25.';
  // ("how much are flowers" got "Wedding flowers start with a free 30-minute consultation"; "what are your prices" the delivery fees.)
  t.equal(await ask('how much are flowers'), list);
  t.equal(await ask('what are your prices'), list);
  t.match(await ask('how much is delivery'), /^Burlington and South Burlington — Delivery fee: \$12\./, 'a thing a table names keeps its table');
  t.match(await ask('how much are weddings'), /wedding minimum is \$1,500/, 'an amount found for the thing stands');
  t.match(await ask('how much is parking'), /free parking/, 'a thing the page names once is not the business own');
  t.match(await ask('how much are balloons'), /^I don't know/, 'nor one it never names');
});

t.test('the superlative on the inn: rooms by their column, and the party they must sleep', async (t) => {
  const inn = await businessWithGuide(app, { name: 'Juniper Lane Inn', guide: '../guides/bed-and-breakfast.md', remoteAddress: '10.0.38.2' });
  const askInn = async (q: string) => (await talkTo(app.services.agent, inn)(q))[0]!;
  t.match(await askInn('whats the cheapest room'), /^Garden Room — .*\$159/);
  t.match(await askInn('which room is the most expensive'), /^Carriage House — .*\$289/, 'a row not labelled "Room" is a room too');
  t.match(await askInn('cheapest room for 4 people'), /^Rhododendron Suite — .*Sleeps: 4/);
  t.match(await askInn('whats the cheapest room that sleeps 3'), /^Rhododendron Suite/);
  // (A reader's findings: a limit no row says, or a yes or no asked of the row, is not the cheapest row.)
  t.notMatch(await askInn('whats the cheapest room with a fireplace'), /^Garden Room —/);
  t.notMatch(await askInn('does the cheapest room have a fireplace'), /^Garden Room —/);
  t.notMatch(await askInn('how much is breakfast'), /Garden Room —/, 'rates that include breakfast are no price list for it');
});

t.test('casual "whos" and "wheres" are read as "who is", "where is"', async (t) => {
  t.match(await ask('whos the owner'), /run by Maya Chen/);
});

t.test('a priced row is on offer, and a kind before a word for any of it is that kind (answer-claims)', async (t) => {
  // ("do you sell orchids" got "I don't know" against "Orchid plant — Price: from $55".)
  t.equal(await ask('do you sell orchids'), 'Yes. Orchid plant — Price: from $55.');
  t.equal(await ask('do you sell roses'), 'Yes. A dozen long-stem roses — Price: $89.');
  t.equal(await ask('do you sell corsages'), 'Yes. Corsage or boutonniere — Price: $25.', 'each of a label\'s alternatives');
  t.equal(await ask('do you sell vase arrangements'), 'Yes. Vase arrangement — Price: from $65.');
  t.match(await ask('do you sell balloons'), /^I don't know/);
});

t.test('a story told around the question is left out of what is asked (answer-asks askingPart)', async (t) => {
  t.equal(await ask('my moms birthday is friday. do you sell orchids?'), 'Yes. Orchid plant — Price: from $55.');
  t.equal(await ask('do you sell orchids? its for my moms birthday'), 'Yes. Orchid plant — Price: from $55.');
});

t.test('"how much is that" points back to what was asked, not to the story before it (follow-up subjectOf)', async (t) => {
  // (It got "I don't know": the subject remembered was the whole message about the father's funeral.)
  const c = await agentChat(app.services.agent, businessId);
  t.match((await c.say('URGENT my dad passed away last night and the funeral is tomorrow at 11, can you do a casket spray')).reply, /Casket spray — Price: from \$295/);
  t.equal((await c.say('how much is that')).reply, 'Casket spray — Price: from $295.');
  const d = await agentChat(app.services.agent, businessId);
  await d.say('my moms birthday is friday. do you sell orchids?');
  t.equal((await d.say('how much are they')).reply, 'Orchid plant — Price: from $55.');
});

t.test('a holiday date is said when its month stands next to its day (holiday-dates saysHolidayDate)', async (t) => {
  const { saysHolidayDate } = await import('../../src/ai/holiday-dates.js');
  t.ok(saysHolidayDate('open valentines day?', 'We stay open until 8 pm on February 13 and 14.'));
  t.ok(saysHolidayDate('are you open christmas eve', 'Closed Dec 24.'));
  t.notOk(saysHolidayDate('are you open christmas eve', 'We close at noon on December 31, and our line answers 24 hours a day.'));
  t.notOk(saysHolidayDate('are you open on sunday', 'Closed February 14.'), 'no holiday asked');
});
