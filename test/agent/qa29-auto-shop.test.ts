import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 29 QA: an auto repair shop (trade OTHER, its page as knowledge:
// test/fixtures/guides/auto-repair.md) chatted with in the widget as its customers type, on a Saturday.
// - "hi how much is an oil change" got the tire line ("rotation $30 (free with any oil change)"), not
//   "Oil changes: conventional $49.95, full synthetic $79.95": the question's phrase was matched by
//   its spelling only, so "oil change" in passing beat the "Oil changes" the line is about.
// - "can i drop off my car at night" got the after-hours answer and then "Pre-purchase inspections for
//   used cars: $140, takes about 90 minutes." (the visitor's car taken for a second question).
// - "my car is making a grinding noise when i brake, can i bring it in tomorrow" on a Saturday was
//   taken as "Sun, Dec 6" with no word that the shop is closed on Sundays.
// - With a phone number assigned (and no phone of its own, no transfer number, no owner's phone for
//   alerts), "theres smoke coming out from under my hood" was told "Our emergency line is (541)
//   555-0150: call it now to reach someone straight away": the agent's own line, put through to no one.
// - "can i finance a repair" got "No. Financing through Synchrony ... (6 months no interest ...)",
//   "do you call before doing any work" got "No. We call you with a quote before any work over $100
//   and never do work you did not approve.", and "what tire brands do you carry" got the tire brands
//   and then "All repairs carry a 3-year / 36,000 mile ... warranty".
// - With no hours set (they are only in its page), "are you open today" on a Saturday got "Monday to
//   Friday 7:30am to 6pm.".
// - "is there a place to wait" got "Yes. Appointments and wait times": a heading the owner typed as a
//   plain line, given as the answer.
// - On a call, "how much do you charge for an oil change", "do you work on subarus", then "great I
//   want to book one for monday morning": the owner's lead said only "great I want to book one for
//   monday morning".
// - On a simulated call to that line, with the owner's phone set for alerts, the emergency's
//   confirmation said "If you need someone straight away, call (541) 555-0150": the number called.
// - On a call, "ok ill just come by, thanks bye" got "I can help with that. What is your name?".
// - After an emergency taken on a call, "this number" was added to the problem the owner reads
//   ("... im in my driveway. this number").
// - The shop, which customers drive to, offered "a couple of quick questions so we can get someone to
//   you" and then "just the essentials so we can get someone to you": it sends no one.
// - A simulated call was greeted "Thanks for calling. How can I help you today?": the caller is not
//   told whom they reached (the sign-up's default greeting had no business name).

// Saturday, December 5 2026, 10:00 in Bend, Oregon.
let clock = Date.parse('2026-12-05T18:00:00Z');
const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 }, overrides: { now: () => clock } });
const businessId = await businessWithGuide(app, { name: 'Ridgeline Auto Care', guide: 'auto-repair.md', trade: 'OTHER', remoteAddress: '10.0.29.1' });
const weekday = [['07:30', '18:00']];
await app.deps.db
  .updateTable('businesses')
  .set({ timezone: 'America/Los_Angeles', business_hours: JSON.stringify({ weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [['08:00', '14:00']] }, holidays: [] }) })
  .where('id', '=', businessId)
  .execute();
const first = async (text: string) => (await (await agentChat(app.services.agent, businessId)).say(text)).reply;

t.test('a phrase is matched by its words, not their spelling', async (t) => {
  for (const text of ['hi how much is an oil change', 'whats the price of an oil change', 'how much for a synthetic oil change']) {
    t.match(await first(text), /^Oil changes: conventional \$49\.95, full synthetic \$79\.95/, text);
  }
  t.match(await first('how much is a tire rotation'), /rotation \$30/, 'the tire line still answers its own question');
});

t.test("the visitor's own car is what the one question is about, no second question", async (t) => {
  const reply = await first('can i drop off my car at night');
  t.match(reply, /After-hours drop-offs are looked at the next business morning\./);
  t.notMatch(reply, /Pre-purchase|inspection/i, 'nothing about used-car inspections');
  // (A question in two parts still gets its second part.)
  t.match(await first('do you have loaner cars and do you take apple pay'), /Loaner cars.*Apple Pay/s);
});

t.test('a visit asked for tomorrow, a closed Sunday, is told so before the details', async (t) => {
  const c = await agentChat(app.services.agent, businessId);
  const reply = (await c.say('hey my car is making a grinding noise when i brake, can i bring it in tomorrow')).reply;
  t.match(reply, /^We are closed tomorrow \(Sunday\)\. We open again Monday at 7:30am\./);
  t.match(reply, /What is your name\?$/, 'the details are still taken');
  // On a Monday, tomorrow is open: nothing to say.
  clock = Date.parse('2026-12-07T18:00:00Z');
  const monday = await first('can i bring my car in tomorrow for an oil change');
  t.notMatch(monday, /closed/);
});

t.test("a new business's phone greeting names it", async (t) => {
  const agent = await app.deps.db.selectFrom('agent_configs').select('voice_greeting').where('business_id', '=', businessId).executeTakeFirstOrThrow();
  t.equal(agent.voice_greeting, 'Thanks for calling Ridgeline Auto Care. How can I help you today?');
});

t.test("the agent's own line is no line to a person unless a call to it can be put through", async (t) => {
  const set = (values: { twilio_number?: string | null; notification_phone?: string | null; phone_number?: string | null }) => app.deps.db.updateTable('businesses').set(values).where('id', '=', businessId).execute();
  const smoke = () => first('theres smoke coming out from under my hood');
  await set({ twilio_number: '+15415550150', notification_phone: null, phone_number: null });
  let reply = await smoke();
  t.match(reply, /pull over safely, turn off the engine and call for a tow/, 'the guide\'s safety instruction');
  t.notMatch(reply, /555-0150|straight away/, 'no promise of a person on a line only the agent answers');
  t.match(reply, /urgent callback/, 'the callback is offered');
  await set({ notification_phone: '+15415550177' });
  reply = await smoke();
  t.match(reply, /Our emergency line is \(541\) 555-0150: call it now/, 'a call to the line rings the owner');
  await set({ notification_phone: null, phone_number: '+15415550123' });
  t.match(await smoke(), /Our emergency line is \(541\) 555-0123/, 'the business\'s own phone');
});

t.test('a request that points back says what it points back to', async (t) => {
  const c = await agentChat(app.services.agent, businessId);
  await c.say('hi yeah I was wondering how much you charge for an oil change');
  await c.say('ok and do you work on subarus');
  t.match((await c.say('great I want to book one for monday morning')).reply, /your name\?$/);
  await c.say('Kevin Marsh');
  await c.say('541-555-0111');
  let r = await c.say('skip');
  for (let i = 0; i < 3 && !r.lead; i++) r = await c.say('skip');
  t.ok(r.lead, 'the lead was taken');
  const lead = await app.deps.db.selectFrom('leads').select('issue').where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.match(lead.issue, /oil change/, 'what "one" is');
  t.match(lead.issue, /book one for monday morning/, 'the request itself');
  // (A request that names its own subject is the issue as it is.)
  const d = await agentChat(app.services.agent, businessId);
  await d.say('do you take apple pay');
  await d.say('i need new front brake pads, can i come in monday');
  await d.say('Ann Lee');
  await d.say('541-555-0112');
  let s = await d.say('skip');
  for (let i = 0; i < 3 && !s.lead; i++) s = await d.say('skip');
  const other = await app.deps.db.selectFrom('leads').select('issue').where('id', '=', s.lead!.id).executeTakeFirstOrThrow();
  t.notMatch(other.issue, /apple pay/i);
});

t.test('the yes or no is read where the question is answered', async (t) => {
  t.match(await first('can i finance a repair'), /^Yes\. Financing through Synchrony/, '"no interest" is a term of the offer');
  t.match(await first('is there interest on financing'), /^No\. /, 'asked of the term itself');
  for (const text of ['do you call before doing any work', 'will i get a call before you do any work']) t.match(await first(text), /^Yes\. We call you with a quote/, `${text}: "and never do work" is another clause`);
  t.match(await first('do you accept checks'), /No checks/);
  const brands = await first('what tire brands do you carry');
  t.match(brands, /^We sell Michelin, BFGoodrich and Cooper tires\.$/, 'the verb that ends the question is no second part');
});

t.test('a heading typed as a plain line is no answer', async (t) => {
  t.match(await first('is there a place to wait'), /^Yes\. Comfortable waiting room with wifi and coffee\./);
});

t.test('a caller is not told to call the line they are on', async (t) => {
  await app.deps.db.updateTable('businesses').set({ twilio_number: '+15415550150', notification_phone: '+15415550177', phone_number: null }).where('id', '=', businessId).execute();
  const say = async (channel: 'CHAT' | 'CALL') => {
    const c = await agentChat(app.services.agent, businessId, channel, '+15415550113');
    await c.say('my car started smoking from the hood on the way home and now i smell burning');
    await c.say('just take my details');
    let r = await c.say('Maria Gonzalez');
    for (let i = 0; i < 3 && !r.lead; i++) r = await c.say(channel === 'CALL' ? 'this number' : '541-555-0113');
    t.ok(r.lead, `${channel}: the lead was taken`);
    return r.reply;
  };
  const call = await say('CALL');
  t.match(call, /marked as an emergency/);
  t.notMatch(call, /555-0150/, 'not the number the caller is on');
  t.match(await say('CHAT'), /If you need someone straight away, call \(541\) 555-0150\./, 'a chat visitor is given the line');
});

t.test('with its hours only in its page, "today" is the day it is there', async (t) => {
  clock = Date.parse('2026-12-05T18:00:00Z');
  const pageOnly = await businessWithGuide(app, { name: 'Ridgeline Auto Care', guide: 'auto-repair.md', trade: 'OTHER', remoteAddress: '10.0.29.2' });
  await app.deps.db.updateTable('businesses').set({ timezone: 'America/Los_Angeles' }).where('id', '=', pageOnly).execute();
  const ask = async (text: string) => (await (await agentChat(app.services.agent, pageOnly)).say(text)).reply;
  t.match(await ask('are you open today'), /^Yes\. Saturday 8am to 2pm\.$/);
  t.match(await ask('r u open tomorrow?'), /^No\. Closed Sunday/);
});

t.test('a goodbye with a plan of their own is a goodbye, not a request', async (t) => {
  for (const text of ['ok ill just come by, thanks bye', "i'll call back later, bye", 'we will think about it thanks, bye!']) {
    const c = await agentChat(app.services.agent, businessId);
    await c.say('how much is a battery');
    const r = await c.say(text);
    t.match(r.reply, /^Sounds good! Bye for now\./, text);
    t.equal(r.state.phase, 'CHAT', `${text}: no questions started`);
  }
  // (A request with a goodbye is still a request.)
  const c = await agentChat(app.services.agent, businessId);
  t.match((await c.say('can someone call me back about brakes, thanks bye')).reply, /your name\?$/);
});

t.test('"this number" after the request went is the number the team has, not a detail of the problem', async (t) => {
  const c = await agentChat(app.services.agent, businessId, 'CALL', '+15415550113');
  await c.say('my car started smoking from the hood on the way home and now i smell burning, im in my driveway');
  await c.say('just take my details');
  let r = await c.say('Maria Gonzalez');
  for (let i = 0; i < 3 && !r.lead; i++) r = await c.say('this number');
  t.ok(r.lead, 'the lead was taken');
  const after = await c.say('this number');
  t.equal(after.reply, 'Got it: the team will call you on (541) 555-0113.');
  const lead = await app.deps.db.selectFrom('leads').select('issue').where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.notMatch(lead.issue, /this number/, 'not in what the owner reads');
});

t.test('a shop customers come to promises a callback, not someone sent out', async (t) => {
  const c = await agentChat(app.services.agent, businessId);
  const first = (await c.say('theres smoke coming out from under my hood')).reply;
  t.match(first, /quick questions so the team can call you back urgently\./);
  t.notMatch(first, /get someone to you/);
  t.match((await c.say('quick questions')).reply, /^OK, just the essentials so the team can call you back urgently\./);
});
