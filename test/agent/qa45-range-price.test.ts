import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 45: an indoor shooting range's page (test/fixtures/guides/shooting-range.md), asked what its
// visitors type about prices, tables and measures. Each case was wrong when the page was first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Bullseye Indoor Range', guide: 'shooting-range.md', remoteAddress: '10.0.45.7' });
await app.deps.db.updateTable('businesses').set({ description: 'Indoor shooting range and firearms training in Knoxville, TN' }).where('id', '=', businessId).execute();
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;

const LANE_TABLE = /^1 hour, 1 shooter — Price: \$22\. Each additional shooter on the same lane — Price: \$10\. All day lane pass — Price: \$45\. Rifle lane \(50 yards\), 1 hour — Price: \$30\.$/;

t.test('a thing the table heading names is the whole table (answer-price-table namedTableAnswer)', async (t) => {
  // (It said only the three rows whose labels say "lane", leaving out "1 hour, 1 shooter: $22".)
  t.match(await ask('how much is a lane'), LANE_TABLE);
  // (It said "Corporate team building and bachelor parties: $45 per person ...": the party told is no thing.)
  t.match(await ask('how much for 2 people on one lane'), LANE_TABLE);
});

t.test("a section's priced lines are its table (answer-price-table pricedEntry)", async (t) => {
  // (It said "Women's Pistol Night (2nd Tuesday) — Price: $40; ... includes rental gun.")
  t.match(await ask('how much to rent a gun'), /^Handgun rental: \$15 per gun.*Rifle rental \(AR-15 and others\): \$25 per gun\.$/);
  // (It said "Memberships are month to month ... 1 hour, 1 shooter — Price: $22.")
  t.match(await ask('whats the cheapest membership'), /^Silver: \$35 a month/);
});

t.test('a distance is said as a length; a price row is no measure beside a sentence that says one (answer-types, answer-order)', async (t) => {
  // (It said the lane price rows.)
  t.match(await ask('how far are the lanes'), /^14 climate-controlled lanes at 25 yards, 2 rifle lanes at 50 yards\.$/);
});

t.test('words for the thing the page names otherwise (lexical-related, lexical-casual)', async (t) => {
  // (Each got "I don't know".)
  t.match(await ask('whats the biggest caliber allowed'), /^The largest caliber we allow is \.338 Lapua/);
  t.match(await ask('when is ladies night'), /^Women's Pistol Night \(2nd Tuesday\)/);
  t.match(await ask('do you have classes for beginners'), /^Yes\. First Shots \(intro to handguns\)/);
  t.match(await ask('how long is the ccw class'), /^Tennessee Handgun Carry Permit class — Length: 8 hours/);
});

t.test('a word the heading says in another form names the section (answer-match termMatch)', async (t) => {
  // (It said "I don't know": "members" against the heading "Memberships".)
  t.match(await ask('do members get a discount on ammo'), /^Yes\. .*% off ammo/);
});

t.test('how many people is a count of them, not a price counted by them (answer-capacity peopleOnlyAsRate)', async (t) => {
  // (It said "Corporate team building and bachelor parties: $45 per person, ... and a lane.")
  t.match(await ask('how many people per lane'), /^Up to 2 shooters per lane at a time\.$/);
});

t.test('ID after a word that needs a document is one, not "I\'d" (lexical-casual ID_DOCUMENT)', async (t) => {
  // (It said "I don't know": "id" was dropped as the chat spelling of "I'd", in the question and the page alike.)
  t.match(await ask('do i need id'), /Anyone renting a gun must show a valid photo ID\./);
});
