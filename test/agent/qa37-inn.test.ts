import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat, talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 37: a bed and breakfast's page (test/fixtures/guides/bed-and-breakfast.md), signed up as
// "Something else" (so its lead questions include "What is the address, if we need to come to you?"),
// chatted with as its guests would.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Juniper Lane Inn', guide: '../guides/bed-and-breakfast.md', remoteAddress: '10.0.37.1' });

t.test('the stay told at the address question joins the request; it is no address (lead-details addsToTheJob)', async (t) => {
  // (The owner's e-mail read "Address: march 12-14, me and my husband and our small dog".)
  const c = await agentChat(app.services.agent, businessId);
  const first = await c.say('id like to book the carriage house for 2 nights in march, can someone contact me');
  t.match(first.reply, /What is your name\?$/);
  await c.say('Jenna Alvarez');
  const atAddress = await c.say('917 555 0123');
  t.match(atAddress.reply, /What is the address, if we need to come to you\?/);
  const told = await c.say('yes march 12-14, me and my husband and our small dog');
  t.match(told.reply, /^Thanks, I've added that to the details for the team\. What is the address/, 'the question is asked again, after saying where the words went');
  let r = await c.say('skip');
  for (let i = 0; i < 4 && !r.lead; i++) r = await c.say('skip');
  t.ok(r.lead, 'the lead is written');
  const lead = await app.deps.db.selectFrom('leads').select(['issue', 'address']).where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.equal(lead.address, null, 'no address stored');
  t.match(lead.issue, /carriage house for 2 nights in march.*march 12-14, me and my husband and our small dog/s);
});

t.test('an address, a town with a day, or a plain day at the address question is not taken as a detail', async (t) => {
  const { toldNotWhere } = await import('../../src/agent/lead-details.js');
  const opts = { timezone: 'America/New_York' };
  t.ok(toldNotWhere('yes march 12-14, me and my husband and our small dog', opts));
  t.ok(toldNotWhere('we are coming friday with our two kids and grandma', opts));
  t.notOk(toldNotWhere('44 oak street, we will be home tuesday after lunch', opts), 'a street address');
  t.notOk(toldNotWhere('Springfield next tuesday', opts), 'a town with a day');
  t.notOk(toldNotWhere('next tuesday morning', opts), 'a plain day is the time question\'s');
  t.notOk(toldNotWhere('the blue house at the end of the lane near the church', opts), 'a place without a day');
  // (A reader's findings: an address said with a day, however it is written, is still where.)
  for (const where of ['on tuesday we are at 1420 west maple', 'PO Box 44, Black Mountain NC, arriving friday', 'The Old Rectory, Church Lane, Little Snoring from 12 march', 'we live in Asheville and are coming march 12 to 14', 'come to our farm off route 9 on saturday morning please']) t.notOk(toldNotWhere(where, opts), where);
  t.ok(toldNotWhere('its for 2 nights from the 3rd, just me and my wife', opts), 'a count of nights and a day, no place');
});

t.test("an emergency gets the page's instruction for its own case, not another hazard's (emergency-reply forAnotherCase)", async (t) => {
  // ("my husband is having chest pains" was told "If you smell gas, leave the building and call 911, ...":
  // the 911 in it read as medical; a car being broken into got "For a medical emergency call 911 first".)
  const [chest] = await talkTo(app.services.agent, businessId)('my husband is having chest pains, we are in the garden room');
  t.match(chest, /^For a medical emergency call 911 first\./);
  t.notMatch(chest, /smell gas/);
  const [car] = await talkTo(app.services.agent, businessId)('someone is trying to get into our car in your parking lot right now');
  t.notMatch(car, /medical|smell gas/);
  t.match(car, /call 911/);
  const [gas] = await talkTo(app.services.agent, businessId)('i smell gas in the hallway upstairs');
  t.match(gas, /^If you smell gas, leave the building and call 911/, "the gas case keeps its own");
  const { safetyInstructions } = await import('../../src/agent/emergency-reply.js');
  const hit = (content: string) => ({ chunkId: 'c', itemId: 'k', title: 'Safety', heading: 'Safety', content, score: 1 });
  const page = hit('If you smell gas, leave the building and call 911. For a medical emergency call 911 first. If a pipe bursts, turn off the water at the main valve and call us.');
  t.same(safetyInstructions('MEDICAL', [page], 'she collapsed'), ['For a medical emergency call 911 first.']);
  t.same(safetyInstructions('WATER', [page], 'pipe burst in the kitchen'), ['If a pipe bursts, turn off the water at the main valve and call us.']);
  t.same(safetyInstructions('GAS', [page], 'smells like gas'), ['If you smell gas, leave the building and call 911.']);
});

t.test('a question after an acknowledgement is still a question (acknowledge afterAcknowledgement)', async (t) => {
  // (After an answer, "cool. whats the wifi password lol" got "Would you like me to pass this to the ... team?".)
  const [, wifi] = await talkTo(app.services.agent, businessId)('is breakfast included', 'cool. whats the wifi password lol');
  t.match(wifi, /^I don't know/);
  // (What follows is read as a whole: a request after thanks is a request, an exclamation no question.)
  const [, callback] = await talkTo(app.services.agent, businessId)('is breakfast included', 'thanks! can someone call me back');
  t.match(callback, /What is your name\?$/);
  t.notMatch(callback, /don't know/);
  const { afterAcknowledgement } = await import('../../src/agent/acknowledge.js');
  t.equal(afterAcknowledgement('cool. whats the wifi password lol'), 'whats the wifi password lol');
  t.equal(afterAcknowledgement('Thanks! Is there a TV?'), 'Is there a TV?');
  t.equal(afterAcknowledgement('my sink is blocked. can you come'), null, 'a problem first is no acknowledgement');
  t.equal(afterAcknowledgement('ok thanks'), null, 'nothing follows');
  t.equal(afterAcknowledgement('thanks. what a relief'), null, 'an exclamation');
});

t.test('getting married is a wedding or an elopement; a pickup from the airport is a shuttle (lexical-related)', async (t) => {
  // ("can we get married there" got "I don't know"; "do you do airport pickup" got "Yes. The airport (AVL) is 20
  // minutes away; we do not run a shuttle, ...": an invented yes.)
  const [married] = await talkTo(app.services.agent, businessId)('can we get married there');
  t.match(married, /We host elopements of up to 10 people in the garden/);
  const [pickup] = await talkTo(app.services.agent, businessId)('do you do airport pickup');
  t.notMatch(pickup, /^Yes\b/, 'no yes to a ride the page says it does not give');
  const { relatedTerms, stem } = await import('../../src/ai/lexical.js');
  t.ok(relatedTerms(stem('pickup')).includes('shuttl') || relatedTerms(stem('pickup')).includes('shuttle'));
});

t.test('a time asked past the time something must be done by is a no (answer-days closedAtTimeAsked)', async (t) => {
  // ("can i check out at noon" got "Yes. Check-out is by 11am.")
  const [noon] = await talkTo(app.services.agent, businessId)('can i check out at noon');
  t.equal(noon, 'No. Check-out is by 11am.');
  const { closedAtTimeAsked } = await import('../../src/agent/answer-days.js');
  t.ok(closedAtTimeAsked('can i check out at 1pm', 'Check-out is by 11am.'));
  t.notOk(closedAtTimeAsked('can i check out at 10am', 'Check-out is by 11am.'), 'before the time is no no');
  t.notOk(closedAtTimeAsked('can i check out at noon', 'Check-out is by 11am; late check-out from 11am to 1pm is $40.'), 'a range that holds the time is read as before');
  t.notOk(closedAtTimeAsked('can i come at 6pm', 'Bookings must be made by 5pm the day before.'), 'a deadline of something else (booking) is no no to coming');
});
