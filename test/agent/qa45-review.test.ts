import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { DRINK_TAKEN, ID_DOCUMENT } from '../../src/ai/lexical-casual.js';

// Session 45's reviewer on the helpers' range fixes (qa45-range-yn, -price, -own): each case got a worse
// reply on another business's page once the fix was in. Asked as a visitor would, on the guides.

const { app } = await buildTestApp(t);
const ids = new Map<string, string>();
let n = 0;
const askAt = async (guide: string, q: string) => {
  if (!ids.has(guide)) ids.set(guide, await businessWithGuide(app, { name: `Review ${guide}`, guide: `${guide}.md`, remoteAddress: `10.0.45.${++n + 10}` }));
  return (await talkTo(app.services.agent, ids.get(guide)!)(q))[0]!;
};
const DONT_KNOW = /^I don't know/;

t.test('the thing in trouble, named with its fix, answers "what do i do" (answer-unsaid toDoPriced)', async (t) => {
  t.match(await askAt('tailor', 'my zipper is broken what do i do'), /zipper/i);
  t.match(await askAt('bike-shop', 'my brakes are squeaking what should i do'), /Brake/);
  // (Still: a rental of the thing is no answer to what happened to it.)
  t.match(await askAt('shooting-range', 'my gun jammed what do i do'), DONT_KNOW);
});

t.test('a drink had or served is no alcohol rule asked (lexical-casual DRINK_TAKEN)', async (t) => {
  const alcohol = (s: string) => s.replace(DRINK_TAKEN, '$& alcohol');
  t.equal(alcohol('when we come do you have wine'), 'when we come do you have wine');
  t.equal(alcohol('we have 16 beers on tap'), 'we have 16 beers on tap', "a page's own beers are no visitor's drink");
  t.equal(alcohol('can we also bring a few beers'), 'can we also bring a few beers alcohol');
  t.notMatch(await askAt('brewery-taproom', 'when we come do you have wine'), /under 21|photo ID/);
  t.match(await askAt('paintball-park', 'can we bring beer'), /^No\. You may bring your own cooler; no alcohol anywhere on the property/);
  // (The words before the drink the rewrite named are dropped too, the drinking itself: the first mend lost it.)
  t.match(await askAt('shooting-range', 'can i drink a beer before shooting'), /^No alcohol before or during shooting/);
});

t.test('wear and tear is no dress question (answer-unsaid wearUnsaid)', async (t) => {
  t.match(await askAt('property-manager', 'when do i get my security deposit back for wear and tear'), /[Ss]ecurity deposits? (?:are|is) returned/);
  t.match(await askAt('shooting-range', 'what should i wear'), /No open-toed shoes/);
});

t.test('a word the page never uses is dropped only as the drink a rewrite named (answer-query)', async (t) => {
  t.notMatch(await askAt('self-storage', 'can my movers get in at night'), /^(?:Yes|No)\b/);
});

t.test('an everyday word typed with a letter left out is still the page word (answer-typos)', async (t) => {
  t.match(await askAt('movers', 'what time do your moves staring'), /starting at 8/);
  t.notMatch(await askAt('shooting-range', 'is there a contract'), /Phone: \(865\)/, 'contract is still no typo of contact');
});

t.test('walk-ins welcome for some jobs or days is no no to an appointment (answer-need)', async (t) => {
  t.notMatch(await askAt('auto-repair', 'do i need an appointment for brakes'), /^No\b/);
  t.match(await askAt('shooting-range', 'do i need a reservation'), /^No\. Walk-ins welcome/);
});

t.test('a size on site is no distance travelled (answer-types)', async (t) => {
  t.notMatch(await askAt('bounce-house-rental', 'how far will you travel'), /5 feet bigger/);
  t.match(await askAt('shooting-range', 'how far are the lanes'), /lanes at 25 yards/);
});

t.test('"id" before a verb is "I\'d" (lexical-casual ID_DOCUMENT)', async (t) => {
  t.equal('no id like to book a lane'.replace(ID_DOCUMENT, '$1 ids'), 'no id like to book a lane');
  t.equal('do i need id'.replace(ID_DOCUMENT, '$1 ids'), 'do i need ids');
});
