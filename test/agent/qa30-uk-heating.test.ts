import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { askedThing } from '../../src/agent/answer-claims.js';

// Session 30 QA: a heating engineer in Bristol (signed up in the console from a browser in London, so
// its time zone, and with it its country, is the UK's; its web page as knowledge:
// test/fixtures/guides/uk-heating.md), chatted with in the widget as its customers type.
// - "gas hob?" (not known), then "do you charge for quotes": the widget showed "Request body is not
//   valid JSON". The second question, read with the earlier subject ("do you charge for quotes (gas
//   hob)"), threw a SyntaxError building a pattern from "hob)", and the error handler took any
//   SyntaxError for a bad request body. Every later message of that chat failed the same way.
// - "i can smell gas in the kitchen" got the standard "call your gas utility's emergency number",
//   although the page says exactly what to do, under the heading "If you smell gas": leave, no
//   switches or naked flames, call the National Gas Emergency Service on 0800 111 999. And after
//   that instruction came a second "call it now" for the business's own line.
// - The emergency offered "Call now" (the page's 24/7 line); choosing it got "OK, just the
//   essentials ... What is your name?" and the banner's number was gone: the business has no phone
//   of its own in its profile, and later turns looked only there.
// - "do you cover clevedon", "do u cover weston", "do you cover bath" got I don't know (read as "does
//   the price cover ...", a question of what is included), while "do you come to portishead" got yes.
// - "do u do bathrooms" got "No. We do not charge for quotes on new boilers or bathrooms.": not
//   charging for a quote is no "no" to the work.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Harbourside Heating & Plumbing', guide: 'uk-heating.md', trade: 'PLUMBING_HVAC', remoteAddress: '10.0.30.1' });
await app.deps.db.updateTable('businesses').set({ timezone: 'Europe/London' }).where('id', '=', businessId).execute();
const chat = () => agentChat(app.services.agent, businessId);

t.test('a question read with an earlier subject in brackets is answered, not thrown', async (t) => {
  t.same(askedThing('do you charge for quotes (gas hob)'), { verb: 'charge', thing: 'for quotes' });
  const c = await chat();
  t.match((await c.say('gas hob?')).reply, /don't know/);
  const next = await c.say('do you charge for quotes');
  t.type(next.reply, 'string');
  t.notMatch(next.reply, /JSON|error/i);
  t.match((await c.say('how much is a boiler service')).reply, /^Boiler service: £85 \(combi\), £95/, 'the chat goes on');
});

t.test("a gas leak gets the page's own instruction and number, then the business's line for later", async (t) => {
  const c = await chat();
  const r = await c.say('i can smell gas in the kitchen');
  t.ok(r.emergency, 'an emergency');
  t.match(r.reply, /^Leave the property, do not use light switches or naked flames, open doors and windows if it is safe, and call the National Gas Emergency Service on 0800 111 999 straight away\. Once you are safe, our emergency line is 0117 496 0123\./);
  t.notMatch(r.reply, /gas utility|call it now/);
  t.equal(r.emergency?.phone, '0117 496 0123', "the banner's number is the page's 24/7 line");
  // Choosing "Call now" gives that line, and the banner keeps it.
  const call = await c.say('Call now');
  t.match(call.reply, /^Please call 0117 496 0123 now\. In case the line is busy, let me take your details too\. What is your name\?/);
  t.equal(call.emergency?.phone, '0117 496 0123');
  t.equal(call.emergency?.callUrl, 'tel:01174960123');
  const named = await c.say('Priya Shah');
  t.equal(named.emergency, undefined, 'the banner is not sent again with every answer');
});

t.test('a water emergency on the page-only line: choosing quick questions keeps the line in the banner', async (t) => {
  const c = await chat();
  const r = await c.say('theres water pouring through the ceiling from upstairs');
  t.match(r.reply, /turn off the main water valve \(the stopcock[^)]*\)[^.]*\. Our emergency line is 0117 496 0123: call it now/);
  const quick = await c.say('quick questions');
  t.match(quick.reply, /^OK, just the essentials so we can get someone to you\. What is your name\?/);
  t.equal(quick.emergency?.phone, '0117 496 0123');
  await c.say('Priya Shah');
  // A UK mobile written the British way is taken; Ofcom's drama range is no real number.
  t.match((await c.say('07700 900123')).reply, /doesn't look like a valid phone number/);
  t.match((await c.say('07911 123456')).reply, /address/);
});

t.test('"do you cover" a place is where the business works, not what a price includes', async (t) => {
  for (const [q, place] of [['do you cover clevedon', 'Clevedon'], ['do u cover weston', 'Weston-super-Mare'], ['do you cover bath', 'Bath']] as const) {
    const reply = (await (await chat()).say(q)).reply;
    t.match(reply, /^Yes\./, q);
    t.ok(reply.includes(place), `${q}: ${reply}`);
  }
});

t.test('not charging for a quote is no "no" to the work, and still a no to a charge', async (t) => {
  t.match((await (await chat()).say('do u do bathrooms')).reply, /^Yes\./);
  t.match((await (await chat()).say('do you charge for quotes')).reply, /^No\. We do not charge for quotes/);
});
