import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat, talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { ageVerdict } from '../../src/agent/answer-ages.js';
import { normalizeCasual, terms } from '../../src/ai/lexical.js';
import { safetyInstructions } from '../../src/agent/emergency-reply.js';
import { addressedAs } from '../../src/agent/validate.js';
import { toldNotWhere } from '../../src/agent/lead-details.js';
import { sellingOnOffer } from '../../src/agent/answer-claims.js';
import { paymentReply } from '../../src/agent/answer-payment.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';
import { displayPhone } from '../../src/contacts/phone-display.js';

// Session 42: a pick-your-own orchard's page (test/fixtures/guides/orchard.md), asked what its
// visitors type, with the owner's "What you do" filled in as in the console. Each case was wrong
// when the page was first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Cider Hill Orchard', guide: 'orchard.md', remoteAddress: '10.0.42.1' });
await app.deps.db.updateTable('businesses').set({ description: 'Pick-your-own apple orchard and farm market in Stow, MA: apples, peaches, pumpkins, hayrides, corn maze, cider donuts.' }).where('id', '=', businessId).execute();
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;

t.test('free for an age band is a yes inside it and a no outside it (answer-ages freeBands)', async (t) => {
  // (It said "No." to a 3 year old and "Yes." to a 5 year old: the price's "ages 4 and up" was read as a least age.)
  t.match(await ask('is the corn maze free for my 3 year old'), /^Yes\. Corn maze: \$10 per person ages 4 and up, free for children 3 and under/);
  t.match(await ask('is the corn maze free for a 5 year old'), /^No\. Corn maze/);
  t.match(await ask('is the hayride free for my 4yo'), /^No\. Hayride: \$6 per person, children 2 and under ride free/);
  t.match(await ask('is the hayride free for my 2 year old'), /^Yes\. Hayride/);
  // (A price band is no least age: a 3 year old may do the maze.)
  t.match(await ask('can my 3 year old do the corn maze'), /^Yes\. Corn maze/);
  t.equal(ageVerdict('is it free for my 1 year old', 'Under 2s go free; everyone else $8.'), 'Yes');
  t.equal(ageVerdict('is it free for my 6 year old', 'Under 2s go free; everyone else $8.'), 'No');
  // (A least age that is a rule stays one.)
  t.equal(ageVerdict('can my 6 year old ride', 'Riders must be at least 7 years old.'), 'No');
});

t.test('an item of a "but not" list takes its no (answer-polarity bareItem, topic)', async (t) => {
  // (It said "Yes. Dogs are welcome in the parking lot ..., but not in the orchard rows, the corn maze or on the hayride".)
  t.match(await ask('can i bring my dog on the hayride'), /^No\. Dogs are welcome/);
  t.match(await ask('is my dog allowed in the corn maze'), /^No\. Dogs are welcome/);
  t.match(await ask('can my dog come on the porch'), /^Yes\. Dogs are welcome/);
  t.match(await ask('can dogs come in the parking lot'), /^Yes\. Dogs are welcome/);
  // (In the widget, "ok and can i ..." got no yes or no: only one opening word was read past; answer-polarity isYesNoQuestion.)
  t.match(await ask('ok and can i bring my dog on the hayride'), /^No\. Dogs are welcome/);
});

t.test("what a shop's own section lists, it sells (answer-claims sellingOnOffer)", async (t) => {
  // (It said "I don't know" to honey, though "do you have maple syrup" got the same line.)
  t.match(await ask('do you sell honey'), /^Yes\. Local honey, maple syrup, jams and cheese/);
  t.match(await ask('do you sell apple butter'), /I don't know/);
  t.match(await ask('do you sell gift cards'), /I don't know/);
});

t.test('words of everyday chat find what the page calls them (lexical-related, lexical-casual)', async (t) => {
  // (Each said "I don't know".)
  t.match(await ask('is there a combo ticket'), /Combo ticket \(hayride \+ corn maze\): \$14 per person/);
  t.match(await ask('are there bathrooms'), /Restrooms: portable toilets/);
  t.match(await ask('are you open if it rains'), /We close the orchard on rainy days/);
  t.match(await ask('when is the deadline for thanksgiving pies'), /Thanksgiving pie orders close November 20/);
  t.match(await ask('whats the deadline to book a field trip'), /Book at least 3 weeks ahead/);
  t.match(await ask('how do i get in touch'), /\(978\) 555-0162/);
  // (It said "Yes. Half-peck bag ...: $18".)
  t.match(await ask('do i have to pay to get in'), /^No\. Entry to the orchard is free/);
  t.match(await ask('is there an admission fee'), /^No\. Entry to the orchard is free/);
  t.match(normalizeCasual('do i have to pay to get in'), /\bentry\b/);
  t.notMatch(normalizeCasual('is it free to come in for a consultation'), /\bentry\b/);
  t.notMatch(normalizeCasual('how do i get in touch'), /entry/);
  t.same(terms('rainy muddy'), terms('rain mud'));
});

t.test("a later sentence of a list item is about the item's label (answer-units antecedent)", async (t) => {
  // (It said "The ride takes about 20 minutes", the hayride's.)
  t.match(await ask('how long does the corn maze take'), /Most families take 45 minutes to an hour/);
  t.match(await ask('how long is the hayride'), /The ride takes about 20 minutes/);
});

t.test("an instruction for a case of another cause is not given; someone worse now gets 911 again (emergency-reply causeUnsaid, emergency-turn choicePrefix)", async (t) => {
  // (It said "If someone is stung and has trouble breathing ..." to a child who fell off the wagon.)
  const fell = await agentChat(app.services.agent, businessId);
  const r = await fell.say('a kid fell off the hay wagon and hit his head, hes not answering');
  t.ok(r.emergency, 'an emergency');
  t.notMatch(r.reply, /stung/);
  t.match(r.reply, /call 911 now/i);
  const stung = await agentChat(app.services.agent, businessId);
  t.match((await stung.say('help my daughter got stung by a bee and her lips are swelling up')).reply, /If someone is stung and has trouble breathing/);
  // (It said "OK, just the essentials so the team can follow up.")
  t.match((await stung.say('she passed out')).reply, /^Please call 911 now if no one has yet\. Meanwhile, just the essentials/);
  const hits = [{ chunkId: 'c', title: 'Safety', heading: 'Safety', content: 'If someone is stung and has trouble breathing, call 911.', score: 1 }] as never;
  t.same(safetyInstructions('MEDICAL', hits, 'he fell and is not breathing'), []);
  t.same(safetyInstructions('MEDICAL', hits, 'she got stung and cant breathe'), ['If someone is stung and has trouble breathing, call 911.']);
});

t.test('a visitor who gives a title and a name is thanked by both (validate addressedAs)', async (t) => {
  // (It said "Thanks, Ms.! I have passed your request ...".)
  const [, , , , , done] = await talkTo(app.services.agent, businessId)('we want to book a school field trip for 22 kids in october', 'Ms. Patel, Hillside Elementary', '978-555-0123', 'skip', 'tuesday oct 13 morning', 'skip');
  t.match(done, /Thanks, Ms\. Patel! I have passed your request to the Cider Hill Orchard team/);
  t.equal(addressedAs('Dr Lee'), 'Dr Lee');
  t.equal(addressedAs('Jenny Olson'), 'Jenny');
  t.equal(addressedAs('Mrs'), 'Mrs', 'a title alone is what was given');
});

t.test("an owner reads a number of their own country as at home, and another country's in full (contacts/phone-display displayPhone)", async (t) => {
  // (The orchard owner's e-mail said "+1 978 555 0123".)
  t.equal(displayPhone('+19785550123', 'US')?.display, '(978) 555-0123');
  t.equal(displayPhone('+442079460958', 'US')?.display, '+44 20 7946 0958');
  t.equal(displayPhone('+19785550123')?.display, '+1 978 555 0123', 'no reader country: in full');
  t.equal(displayPhone('+19785550123', 'US')?.href, 'tel:+19785550123');
});

t.test('a class counted at the address question is no address (lead-details PEOPLE_COUNTED)', async (t) => {
  // (A caller's "about 25 fourth graders" became the lead's address.)
  const c = await agentChat(app.services.agent, businessId, 'CALL', '+16175550148');
  for (const line of ['i want to book a field trip for my class', 'Laura Chen']) await c.say(line);
  t.match((await c.say('about 25 fourth graders')).reply, /^Thanks, I've added that to the details for the team\. What is the address/);
  await c.say('october twentieth in the morning');
  await c.say('no thanks');
  const done = await c.say('no thanks');
  t.ok(done.lead, 'the lead is captured');
  const lead = await app.deps.db.selectFrom('leads').select(['address', 'issue']).where('id', '=', done.lead!.id).executeTakeFirstOrThrow();
  t.equal(lead.address, null);
  t.match(lead.issue, /about 25 fourth graders/);
  const opts = { now: new Date('2026-12-07T15:00:00Z'), timeZone: 'America/New_York' };
  t.ok(toldNotWhere('25 second graders and 3 chaperones', opts));
  t.notOk(toldNotWhere('25 Fourth Street', opts));
  t.notOk(toldNotWhere('Hixson, 10 kids', opts));
});

t.test("the reviewer's counter-cases from other businesses", async (t) => {
  // (A number is an age only by its unit, the people it names or "under 2s"; a least age is lost only where the free band ends.)
  t.equal(ageVerdict('is it free for my 5 year old', 'Groups of 10 or under get in free.'), null);
  t.equal(ageVerdict('can my 5 year old do the zipline', 'Zipline for ages 8 and up; kids 3 and under free on the hayride.'), 'No');
  // (A cause in another form of its word is still that cause.)
  const hit = (c: string) => [{ chunkId: 'c', title: 'Safety', heading: 'Safety', content: c, score: 1 }] as never;
  t.same(safetyInstructions('MEDICAL', hit('If someone is stung and has trouble breathing, call 911.'), 'bee sting, my son cant breathe'), ['If someone is stung and has trouble breathing, call 911.']);
  t.same(safetyInstructions('MEDICAL', hit('If a child is bitten and bleeding, call 911.'), 'a dog bit my kid'), ['If a child is bitten and bleeding, call 911.']);
  t.same(safetyInstructions('MEDICAL', hit('If someone is burned, cool the burn and call 911 if it blisters.'), 'my daughter burnt her hand on the stove bad'), ['If someone is burned, cool the burn and call 911 if it blisters.']);
  // (A work shop sells nothing; a market does.)
  t.notOk(sellingOnOffer('sell', { text: 'We fix flats, true wheels and replace chains and tires while you wait.', heading: 'Bikes > Repair shop' }, 'do you sell tires'));
  t.ok(sellingOnOffer('sell', { text: 'Local honey, maple syrup, jams and cheese.', heading: 'Cider Hill Orchard > Farm market' }, 'do you sell honey'));
  // (A way of paying said as the only one is taken; no way asked leaves the answer as it is.)
  const cash = { text: 'Yes. We are a cash-only stand; bring small bills.', sources: [] };
  t.same(paymentReply('do you take cash', cash, []), cash);
  t.same(paymentReply('what are your hours', cash, []), cash);
  // (Someone worse now who asks what to do gets 911 and the page's instruction.)
  const c = await agentChat(app.services.agent, businessId);
  await c.say('help my daughter got stung by a bee and her lips are swelling up');
  t.match((await c.say('she passed out, what do i do')).reply, /^Please call 911 now if no one has yet\. If someone is stung/);
});

t.test('a later clause with its own "never" is no turn against the sentence (answer-polarity turns)', async (t) => {
  const k = knowledgeOf('Farm', '# Farm\n\nDogs are welcome everywhere on the farm, and leashes are never required on the trails.\n');
  const q = 'can my dog go on the trails';
  t.match(extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, typed: q })?.text ?? '', /^Yes\. Dogs are welcome everywhere on the farm/);
});
