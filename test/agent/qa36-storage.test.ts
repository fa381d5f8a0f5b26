import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat, talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 36: a self-storage facility's page (test/fixtures/guides/self-storage.md), chatted with as its tenants would.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Oak Hollow Self Storage', guide: '../guides/self-storage.md', remoteAddress: '10.0.36.1' });
const talk = talkTo(app.services.agent, businessId);
const answer = async (q: string) => (await talk(q))[0];

t.test('a rule written "nobody may" is a no (answer-polarity NEGATIVE)', async (t) => {
  // ("can i live in my unit lol" got "Yes. Nobody may live or sleep in a unit.")
  for (const q of ['can i live in my unit lol', 'can i sleep in my unit']) t.equal(await answer(q), 'No. Nobody may live or sleep in a unit.', q);
});

t.test('a list that opens on "No food, ..." is its own answer: no invented yes, no second no (answer-polarity ANSWERS_ITSELF)', async (t) => {
  for (const q of ['can i store a propane tank', 'can i store a gun', 'are guns allowed', 'can i store food']) t.match(await answer(q), /^No food, nothing alive, no firearms/, q);
  // (A reader's finding: prefixing "No." to a sentence that opens "No <another thing>" said "No. No appointment
  // needed, just walk in." to "can i just walk in".)
  const { ANSWERS_ITSELF, NEGATIVE } = await import('../../src/agent/answer-polarity.js');
  t.ok(ANSWERS_ITSELF.test('No appointment needed, just walk in.'));
  // ("Estimates are free and there is nothing to pay" is no no: "nothing" is not read as one.)
  t.notOk(NEGATIVE.test('The first consultation costs nothing.'));
});

t.test('access round the clock, or at a time outside the hours, is a no (answer-days closedAtTimeAsked)', async (t) => {
  // ("do you have 24 hour access" and "can i get in at 11pm" got "Yes. Gate access ... from 6am to 10pm".)
  const gate = 'Gate access for tenants is every day from 6am to 10pm with your personal gate code, including Sundays and holidays.';
  for (const q of ['do you have 24 hour access', 'can i get in at 11pm', 'are you open 24/7']) t.equal(await answer(q), `No. ${gate}`, q);
  const { closedAtTimeAsked } = await import('../../src/agent/answer-days.js');
  t.notOk(closedAtTimeAsked('can i get in at 9pm', gate), 'a time inside the range is no no');
  t.ok(closedAtTimeAsked('can i get in at 5:30am', gate));
  t.notOk(closedAtTimeAsked('are you open 24/7', 'Our line is open 12am to 12am.'), 'a range round the whole day is open at every hour');
  t.notOk(closedAtTimeAsked('its at 19 pine st, can you come', gate), 'a house number is no time');
  // (A reader's findings: a page open round the clock is no no, nor is a notice of 24 hours; a range past midnight holds its night hours.)
  t.notOk(closedAtTimeAsked('do you have 24 hour emergency service', 'We answer emergencies 24/7; regular hours are 7am to 5pm.'));
  t.notOk(closedAtTimeAsked('do i need to give 24 hours notice to cancel', 'Cancel at least 24 hours ahead; the office is open 9am to 5pm.'));
  t.ok(closedAtTimeAsked('do you have 24-hour access', gate));
  t.notOk(closedAtTimeAsked('can i come at 1am', 'Open 6pm to 2am.'));
  t.ok(closedAtTimeAsked('can i come at 3am', 'Open 6pm to 2am.'));
  // (On the phone: "can i get in there at like eleven at night" got "I don't know".)
  t.equal(await answer('and can i get in there at like eleven at night'), `No. ${gate}`);
  const { measuresAsDigits } = await import('../../src/agent/answer-numbers.js');
  t.equal(measuresAsDigits('can you come at seven in the morning'), 'can you come at 7am');
  t.equal(measuresAsDigits('open till ten at night?'), 'open till 10pm?');
  t.equal(measuresAsDigits('i have one at night'), 'i have one at night', 'a number is a time only after a word that says one follows');
});

t.test('the number the Emergencies section gives is the emergency line, not the office line (emergency-reply emergencyLine)', async (t) => {
  // ("theres water coming into my unit from under the door" was told "Our emergency line is (208)
  // 555-0150", the office line, closed; the page's Emergencies section says to call the on-site
  // manager at (208) 555-0177, day or night.)
  const [reply] = await talk('theres water coming into my unit from under the door, unit 214');
  t.match(reply, /^If your unit floods or leaks, do not open electrical items that got wet\./);
  t.match(reply, /\(208\) 555-0177/);
  t.notMatch(reply, /555-0150/, 'not the office line');
  // (A reader's findings: a company the section names, and the office's business-hours number, are not the line.)
  const { emergencyLine } = await import('../../src/agent/emergency-reply.js');
  const ctx = { business: { name: 'Oak Hollow Self Storage', phone: '+12085550150', address: 'Boise, ID', timezone: 'America/Boise' } } as unknown as Parameters<typeof emergencyLine>[0];
  const section = (content: string) => [{ chunkId: 'c', itemId: 'i', title: 't', heading: 'Oak Hollow > Emergencies', content, score: 1 }];
  t.equal(emergencyLine(ctx, section('For a gas smell, leave and call Intermountain Gas at 1-800-548-3679. Then call the on-site manager at (208) 555-0177.')), '(208) 555-0177');
  t.equal(emergencyLine(ctx, section('Our office is at (208) 555-0100 during business hours. After hours, call the on-site manager at (208) 555-0177.')), '(208) 555-0177');
});

t.test('a unit size however it is typed or said finds its row, and every row of that size (lexical, answer-numbers, answer-rows cellNamesRow)', async (t) => {
  // ("how much is a 5x5" got "I don't know": the size is in the row's Size cell, not its label.)
  for (const q of ['how much is a 5x5', 'price for 5x5', 'how much is a 5 x 5', "5'x5' price"]) t.equal(await answer(q), 'Small — Size: 5x5; Monthly price: $45.', q);
  // ("hey how much for a 10x10" got only "Climate-controlled 10x10 — $159", not the plain 10x10 at $119;
  // on the phone "how much is a ten by ten unit" got the move-in special and the late fee.)
  const both = 'Large — Size: 10x10; Monthly price: $119. Climate-controlled 10x10 — Monthly price: $159.';
  for (const q of ['hey how much for a 10x10', 'how much is a ten by ten unit', 'how much is a 10 by 10']) t.equal(await answer(q), both, q);
  t.equal(await answer('how much is a climate controlled 10x10'), 'Climate-controlled 10x10 — Monthly price: $159.', 'the kind asked is the one row');
  const { measuresAsDigits } = await import('../../src/agent/answer-numbers.js');
  t.equal(measuresAsDigits('twenty five by thirty'), '25 by 30');
  t.equal(measuresAsDigits('please stand by one moment'), 'please stand by one moment', 'only two numbers either side of "by" are a size');
});

t.test("a number's thousands are one number (lexical normalizeText)", async (t) => {
  // ("what size for a two bedroom house" also got the protection plan: its "$2,000" was read as a "2".)
  t.equal(await answer('what size for a two bedroom house'), 'Extra large — Size: 10x20; Fits: a three-bedroom house or a car; Monthly price: $189.');
  const { terms } = await import('../../src/ai/lexical.js');
  t.same(terms('$2,000 of goods'), ['2000', 'good']);
  t.same(terms('1,250,000 and 12,50'), ['1250000', '12', '50'], 'a decimal comma is no thousands');
});

t.test('a unit reserved for a day is a booking, not an information question (priority)', async (t) => {
  // (The owner's e-mail read "New lead (low priority): can i reserve a 10x10 for next saturday".)
  const c = await agentChat(app.services.agent, businessId);
  const first = await c.say('hey can i reserve a 10x10 for next saturday');
  t.match(first.reply, /What is your name\?$/);
  await c.say('Priya Shah');
  let r = await c.say('208 555 7781');
  for (let i = 0; i < 5 && !r.lead; i++) r = await c.say('skip');
  t.ok(r.lead, 'the lead is written');
  const lead = await app.deps.db.selectFrom('leads').select(['issue', 'priority']).where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.equal(lead.priority, 'NORMAL');
  t.match(lead.issue, /reserve a 10x10 for next saturday/);
});

t.test('after the offer, telling where is giving details (lead-messages givesDetails)', async (t) => {
  // (A caller reporting a break-in said "im at unit 118 near the back gate" after the offer and got
  // the gate hours and the move-in special.)
  const c = await agentChat(app.services.agent, businessId);
  const first = await c.say('my unit door is bent and wont close');
  t.match(first.reply, /I can take a few details/);
  const where = await c.say('im at unit 118 near the back gate');
  t.match(where.reply, /What is your name\?$/);
  t.notMatch(where.reply, /Gate access|first month/);
  const { givesDetails } = await import('../../src/agent/lead-messages.js');
  const ctx = { business: { address: 'Boise, ID', phone: '+12085550150', timezone: 'America/Boise' } } as unknown as Parameters<typeof givesDetails>[0];
  for (const told of ['were in the parking lot', 'its behind building c', 'ok im parked outside the office']) t.ok(givesDetails(ctx, told), told);
  // (A reader's findings: a state is no place.)
  for (const not of ['im on a budget', 'im in a hurry', 'im on vacation', 'its on sale right', 'im on the phone with my insurance', 'are you in the office']) t.notOk(givesDetails(ctx, not), not);
});

t.test('a section headed by what cannot be done answers the question that asks it (answer-units headingSubject)', async (t) => {
  // ("what can't i store" got "I don't know" under "## What you cannot store".)
  for (const q of ["what can't i store", 'what cant i store']) t.match(await answer(q), /^No food, nothing alive, no firearms/, q);
});

t.test('where the caller is, told during an emergency, reaches the owner with the problem (local-brain, lead-messages tellsWhere)', async (t) => {
  // (A caller watching someone cut the locks said "im at unit 118 near the back gate"; the owner's
  // URGENT e-mail had only the first sentence.)
  const c = await agentChat(app.services.agent, businessId);
  const first = await c.say('theres a guy cutting the locks on the units right now im watching him from my car');
  t.ok(first.emergency, 'an emergency');
  await c.say('im at unit 118 near the back gate');
  let r = await c.say('Dana Kim');
  for (let i = 0; i < 4 && !r.lead; i++) r = await c.say(i === 0 ? '208 555 4411' : 'skip');
  t.ok(r.lead, 'the lead is written');
  const lead = await app.deps.db.selectFrom('leads').select(['issue', 'priority']).where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.equal(lead.priority, 'URGENT');
  t.match(lead.issue, /cutting the locks[\s\S]*unit 118 near the back gate/);
});
