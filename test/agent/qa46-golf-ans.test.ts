import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { normalizeCasual } from '../../src/ai/lexical.js';

// Session 46: a public golf course's page (test/fixtures/guides/golf-course.md), asked casually what the page
// answers. Each case said "I don't know" when the page was first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Cedar Ridge Golf Course', guide: 'golf-course.md', remoteAddress: '10.0.46.1' });
await app.deps.db.updateTable('businesses').set({ description: 'Public 18-hole golf course with driving range, lessons and a grill in Springfield, Missouri' }).where('id', '=', businessId).execute();
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;
let n = 10;
const others = new Map<string, string>();
/** The reply of another fixture's business (built once per guide). */
const at = async (guide: string, q: string) => {
  const id = others.get(guide) ?? (await businessWithGuide(app, { name: guide, guide: `${guide}.md`, remoteAddress: `10.0.46.${n++}` }));
  others.set(guide, id);
  return (await talkTo(app.services.agent, id)(q))[0]!;
};

t.test('a drink the visitor brings is outside alcohol; a pack is beer (lexical-casual drinkTaken)', async (t) => {
  // ("Beer and drinks are sold at the grill" shared only the beer and led; "No outside alcohol." had only the alcohol.)
  t.match(await ask('can i bring my own beer'), /^No outside alcohol\./);
  t.match(await ask('can we bring a six pack'), /^No outside alcohol\./);
  t.equal(normalizeCasual('can i bring my own beer'), 'can i bring my beer alcohol outside');
  t.equal(normalizeCasual('can i drink a beer before shooting'), 'can i drink a beer alcohol before shooting');
  // (Other pages keep their answers on drinks brought.)
  t.match(await at('paintball-park', 'can we bring beer'), /^No\. You may bring your own cooler; no alcohol anywhere on the property/);
  t.match(await at('sailing-school', 'can i bring beer'), /^No\. Alcohol is not allowed on any boat/);
});

t.test('jeans are denim; a t-shirt is another kind of shirt than a collared one (lexical-related IMPLIES, answer-unsaid wornKindOtherwise)', async (t) => {
  t.match(await ask('can i wear jeans'), /^No tank tops, no denim, no cutoffs\./);
  // (No "Yes.": a collared shirt is no leave to wear a t-shirt.)
  t.match(await ask('can i wear a t shirt'), /^Collared shirts or golf mock necks\./);
  t.match(await ask('can i wear metal spikes'), /^No metal spikes\./);
});

t.test('a lefty is left-handed (lexical-casual CASUAL)', async (t) => {
  t.match(await ask('do you have lefty clubs'), /^Yes\. Rental clubs: \$25 a set, left-handed sets available\./);
});

t.test('cheaper is a price asked; open till dusk is closed at night (answer-types, answer-days closedAtTimeAsked)', async (t) => {
  t.match(await ask('is it cheaper after 3'), /Twilight \(after 3 pm\), cart included/);
  t.match(await ask('is the driving range open at night'), /^No\. Driving range: 7 am to dusk\./);
  // (Other pages: open till sunset is a no too; a drink brought where no outside is said keeps its rule, and no yes from a page's "outside".)
  t.match(await at('sailing-school', 'is the dock open at night'), /^No\. Dock: open 8 am to sunset/);
  t.match(await at('kayak-rental', 'can we bring a six pack'), /^No alcohol on our boats\./);
  t.notMatch(await at('cabin-rentals', 'can we bring wine'), /^Yes/);
});

t.test('a thing lost is asked of the lost and found (lexical-casual LOST_THING)', async (t) => {
  // (It said only "Sorry to hear that. If you like, I can take a few details ...": "Drivers must be 16 or older" tied on the driver.)
  t.match(await ask('i lost my driver on the course yesterday'), /Lost and found is kept in the pro shop for 30 days\./);
  t.equal(normalizeCasual('my son lost his hat'), 'my son lost found his hat');
  // (Nothing lost: nothing added.)
  t.equal(normalizeCasual('we lost power'), 'we lost power');
});
