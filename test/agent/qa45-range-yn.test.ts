import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { correctTypos, NEWER_WORDS } from '../../src/agent/answer-typos.js';
import { boughtFromUs } from '../../src/agent/answer-claims.js';
import { walkInsWelcomed } from '../../src/agent/answer-need.js';
import { ageVerdict } from '../../src/agent/answer-ages.js';
import { normalizeCasual } from '../../src/ai/lexical.js';
import { englishWords, spokenRank, spokenWords } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 45: an indoor shooting range's page (test/fixtures/guides/shooting-range.md), asked the yes/no
// questions its visitors type. Each case was a wrong yes, a wrong sentence or "I don't know" when first tried.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Bullseye Indoor Range', guide: 'shooting-range.md', remoteAddress: '10.0.45.1' });
await app.deps.db.updateTable('businesses').set({ description: 'Indoor shooting range and firearms training in Knoxville, TN' }).where('id', '=', businessId).execute();
const ask = async (q: string) => (await talkTo(app.services.agent, businessId)(q))[0]!;

t.test('asked whether we buy, the visitor buying from us is another buyer (answer-claims boughtFromUs, answer-order)', async (t) => {
  // (It said "Yes. Rental guns must be shot with ammunition bought here.")
  t.match(await ask('do you buy guns'), /^No\. We do not buy used guns/);
  t.ok(boughtFromUs('do you buy guns', 'Rental guns must be shot with ammunition bought here.'));
  t.ok(boughtFromUs('will you purchase my old bow', 'Arrows purchased from us are covered.'));
  t.notOk(boughtFromUs('can i buy ammo here', 'Rental guns must be shot with ammunition bought here.'), 'the visitor buying is asked');
  t.notOk(boughtFromUs('do you buy guns', 'We do not buy used guns.'));
});

t.test('an everyday word is no typo of a knowledge word (answer-typos EVERYDAY_RANK)', async (t) => {
  // (It said "Yes. Phone: (865) 555-0177. Email: ...": "contract" was read as the page's "Contact".)
  t.notMatch(await ask('is there a contract'), /^Yes|Phone:/);
  const k = knowledgeOf('Range', '## Contact\n\n- Phone: (865) 555-0177\n\nWe are licensed and insured.');
  const dictionary = new Set([...englishWords(), ...spokenWords(20_000), ...NEWER_WORDS]);
  t.equal(correctTypos('is there a contract', k.vocabulary, dictionary, spokenRank), 'is there a contract');
  t.equal(correctTypos('are you licenced', k.vocabulary, dictionary, spokenRank), 'are you licensed', 'a rare spelling is still read as the page spells it');
});

t.test('walk-ins welcome is a no to needing a booking (answer-need walkInsWelcomed)', async (t) => {
  // (It said "Yes. Walk-ins welcome; on weekends lanes fill up, so you can reserve a lane online or by phone.")
  t.match(await ask('do i need a reservation'), /^No\. Walk-ins welcome/);
  t.ok(walkInsWelcomed('do we have to book', 'Walk-ins are always welcome.'));
  t.notOk(walkInsWelcomed('do i need a reservation', 'Walk-ins welcome; reservations required for groups of 6 or more.'), 'a rule of its own leaves the page to say it');
  t.notOk(walkInsWelcomed('do you take walk-ins', 'Walk-ins welcome.'), 'walking in is asked');
});

t.test('renting the whole place is renting it privately (lexical WHOLE_PLACE_HIRED)', async (t) => {
  // (It said "Yes. Shooters 8 to 17 must have a parent or legal guardian on the lane with them the whole time.")
  t.match(await ask('can we rent the whole range'), /^Yes\. Private range rental \(all 14 lanes\)/);
  t.equal(normalizeCasual('can we book the entire venue'), 'can we book the private venue');
  t.equal(normalizeCasual('do i have to stay the whole time'), 'do i have to stay the whole time');
});

t.test('ages a page gives after the people they pick out, and whom it keeps out (answer-ages, answer-credit)', async (t) => {
  // (It said "Yes. Unlimited lane time for two adults and children under 18 of the same household.")
  t.match(await ask('can my 12 year old shoot'), /^Yes\. Shooters 8 to 17 must have a parent or legal guardian on the lane/);
  // (It said "I don't know" to both.)
  t.match(await ask('can my 6 year old watch'), /^No\. No one under 8 is allowed on the range, as a shooter or a spectator/);
  t.match(await ask('my son is 16 can he come shoot with his friends'), /^Shooters 8 to 17 must have a parent or legal guardian on the lane/);
  // (A least age to rent a handgun is no least age to shoot at all.)
  t.match(await ask('can my 7 year old shoot'), /^No\. No one under 8 is allowed on the range/);
  t.equal(ageVerdict('can my 6 year old watch', 'No one under 8 is allowed on the range.'), 'No');
  t.equal(ageVerdict('can my 10 year old watch', 'No one under 8 is allowed on the range.'), null);
  t.equal(ageVerdict('can my 7 year old come', 'Kids 8 to 12 must wear a helmet.'), 'No');
});

t.test("the first time is what a page calls it (lexical NEVER_BEFORE)", async (t) => {
  // (It said "Rental guns must be shot with ammunition bought here.")
  t.match(await ask('ive never shot before is that ok'), /First Shots|first-time shooter/);
  t.match(normalizeCasual('ive never done this before'), /first-time$/);
});

t.test('the age of renting one thing is its clause, not another thing\'s (answer-ages clauseAsked, answer-types)', async (t) => {
  // (It said "I don't know" to each.)
  t.match(await ask('how old do you have to be to rent a handgun'), /^You must be 21 to rent a handgun alone, and 18 to rent a rifle alone/);
  t.match(await ask('can a 19 year old rent a rifle'), /^Yes\. You must be 21 to rent a handgun alone, and 18 to rent a rifle alone/);
  t.match(await ask('can a 19 year old rent a handgun'), /^No\. You must be 21 to rent a handgun/);
  t.match(await ask('can a 17 year old rent a rifle'), /^No\. You must be 21/);
  // (It said "Women's Pistol Night (2nd Tuesday) — Price: $40 ...": an age told is answered by the unit whose ages decide it, answer-order.)
  t.match(await ask('im 19 can i rent a pistol'), /^You must be 21 to rent a handgun alone/);
});
