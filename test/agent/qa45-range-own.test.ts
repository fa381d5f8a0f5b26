import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { normalizeCasual } from '../../src/ai/lexical.js';

// Session 45: an indoor shooting range's page (test/fixtures/guides/shooting-range.md), asked casually
// what a visitor may bring, wear or do. Each case was wrong when the page was first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Bullseye Indoor Range', guide: 'shooting-range.md', remoteAddress: '10.0.45.1' });
await app.deps.db.updateTable('businesses').set({ description: 'Indoor shooting range and firearms training in Knoxville, TN' }).where('id', '=', businessId).execute();
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;
let n = 10;
const others = new Map<string, string>();
/** The reply of another fixture's business (built once per guide). */
const at = async (guide: string, q: string) => {
  const id = others.get(guide) ?? (await businessWithGuide(app, { name: guide, guide: `${guide}.md`, remoteAddress: `10.0.45.${n++}` }));
  others.set(guide, id);
  return (await talkTo(app.services.agent, id)(q))[0]!;
};

t.test('a drink of alcohol the visitor drinks or brings is alcohol (lexical-casual DRINK_TAKEN, answer-query)', async (t) => {
  // (It said "I don't know" to each, against "No alcohol before or during shooting." and the paintball park's cooler sentence.)
  t.match(await ask('can i drink a beer before shooting'), /^No alcohol before or during shooting\./);
  t.match(await at('paintball-park', 'can we bring beer'), /^No\. You may bring your own cooler; no alcohol anywhere on the property/);
  t.match(await at('paintball-park', 'can i bring wine'), /^No\. .*no alcohol/);
  t.match(await at('sailing-school', 'can i bring beer'), /^No\. Alcohol is not allowed on any boat/);
  // (Only the visitor's own drinking or bringing: a drink the business serves or has is no alcohol rule asked.)
  t.equal(normalizeCasual('do you serve wine'), 'do you serve wine');
  t.equal(normalizeCasual('do you have beer'), 'do you have beer');
  t.match(await at('brewery-taproom', 'do you serve wine'), /^I don't know/);
  t.match(await ask('do you serve beer'), /^I don't know/);
});

t.test('what to wear is answered by the clothes and shoes a dress rule names (lexical-related IMPLIES, answer-order, answer-unsaid)', async (t) => {
  // (It said "I don't know" to both.)
  t.match(await ask('what should i wear'), /^No open-toed shoes and no low-cut shirts: hot brass burns\./);
  t.match(await ask('can i wear sandals'), /^No open-toed shoes/);
  t.match(await at('go-kart-track', 'can i wear sandals'), /^No\. Closed-toe shoes are required/);
  // (A rule on what is worn beats a rental of it; a rule on another thing worn does not: "every rider must wear a helmet".)
  t.match(await at('climbing-gym', 'what should i wear'), /^Street shoes are not allowed/);
  t.match(await at('horse-stable', 'what should i wear'), /^What to wear: long pants/);
  // (A shoe named for its rent says nothing of what to wear; a helmet asked and named is answered.)
  t.match(await at('bowling-alley', 'what should i wear'), /^I don't know/);
  t.match(await at('go-kart-track', 'do i need to wear a helmet'), /Helmets are provided/);
  // (A sandal is an open-toed shoe, no shoe for rent: "Climbing shoes rent for $6" is no yes to it.)
  t.notMatch(await at('climbing-gym', 'can i wear sandals'), /^Yes/);
});

t.test('what to do about what happened is not answered by a price or a sentence that says nothing of it (answer-unsaid toDoPriced)', async (t) => {
  // (It said "Handgun rental: $15 per gun, swap as often as you like within the same caliber.")
  t.match(await ask('my gun jammed what do i do'), /^I don't know/);
  t.match(await ask('my gun jammed, what should i do?'), /^I don't know/);
  // (A price asked is still a price.)
  t.match(await ask('how much is a handgun rental'), /^Handgun rental: \$15 per gun/);
});

t.test("the visitor's own thing is not the business's for rent (answer-own, answer-claims selfDoneUnsaid, answer-unsaid ownSupplyUnsaid)", async (t) => {
  // (It said "I don't know" to the first two, against the section "Bringing your own firearms".)
  t.match(await ask('can i bring my own gun'), /^Yes\. You may shoot your own handguns, rifles and shotguns with slugs \(no birdshot\)\. Bring firearms in unloaded and cased\./);
  t.match(await ask('can i bring my own firearm'), /^Yes\. You may shoot your own handguns/);
  // (It said "Yes. Rifle rental (AR-15 and others): $25 per gun.": an AR-15 is a rifle, and "my" one is no rental.)
  t.match(await ask('can i shoot my ar15'), /^Yes\. You may shoot your own handguns, rifles/);
  t.match(await ask('can i rent an ar15'), /^Yes\. Rifle rental \(AR-15 and others\): \$25 per gun/);
  // (It said "I don't know": outside ammo is the visitor's own.)
  t.match(await ask('can i bring my own ammo for a rental gun'), /^No\. You may not bring outside ammo for rental guns\./);
  // (It said "Yes. Bring your own handgun and 50 rounds to the carry permit class ...": the rule that keeps it out wins the tie,
  // with no yes or no, as it is said of rental guns only.)
  t.match(await ask('can i bring my own ammo'), /^You may not bring outside ammo for rental guns\./);
  // (Other pages keep their answers on one's own things.)
  t.match(await at('paintball-park', 'can i use my own mask'), /^Yes\. You may bring your own marker and mask/);
  t.match(await at('paintball-park', 'can i use my own paintballs'), /^No\. Field paint only/);
});

t.test('eating is done at a snack bar or a café; somewhere is no subject (lexical-related IMPLIES, answer-query LIGHT_WORDS)', async (t) => {
  // (It said "I don't know" to each.)
  t.match(await at('paintball-park', 'is there somewhere to eat'), /^Yes\. Snack bar on weekends: burgers/);
  t.match(await at('bowling-alley', 'is there somewhere to eat'), /^Yes\. The snack bar serves pizza/);
  t.match(await at('climbing-gym', 'is there somewhere to eat'), /small cafe with coffee and smoothies/);
  t.match(await at('sailing-school', 'can we bring food'), /^Yes\. Bring a packed lunch/);
  // (A snack bar is no leave to bring food; a florist's "flowers for restaurants" is no place to eat.)
  t.notMatch(await at('paintball-park', 'can we bring food'), /^Yes\. Snack bar/);
  t.notMatch(await at('florist', 'is there somewhere to eat'), /^Yes/);
});
