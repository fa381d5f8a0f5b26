import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { measuresAsDigits } from '../../src/agent/answer-numbers.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 37 (issue #12): answers found wrong by using the product with a self-storage facility's page
// (test/fixtures/guides/self-storage.md), each fixed by a general rule of the module that owns it and
// checked with casual questions of our own against other guides of test/fixtures/guides.

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const guide = (file: string) => knowledgeOf(file, read(`../fixtures/guides/${file}`));
const ask = (k: ReturnType<typeof guide>, q: string) => extractiveAnswer(measuresAsDigits(q), k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, typed: q })?.text ?? 'DK';
const storage = guide('self-storage.md');
const GATE = 'Gate access for tenants is every day from 6am to 10pm with your personal gate code, including Sundays and holidays.';

t.test('a day asked of two things open on different days gets both (answer-parts chooseUnits)', async (t) => {
  // ("r u open sunday" got "Yes. Gate access ...": the office, the people, is closed that day. Neither a yes nor a no
  // is true of both: no yes or no.)
  for (const q of ['r u open sunday', 'are you open on sundays']) t.equal(ask(storage, q), `The office is closed on Sundays. ${GATE}`, q);
  // (A tune guide whose office keeps Saturdays part of the year: "Yes." was told of the season it is open only.)
  const landscape = knowledgeOf('landscape', read('../../eval/data/kb/landscape.md'));
  t.match(ask(landscape, 'r u open saturdays'), /^The office is open Monday to Friday 7:30 am to 5:30 pm and Saturday 8 am to noon from April to November\. From December to March .* closed on Saturday\.$/);
  // (A day both are open is one answer.)
  t.equal(ask(storage, 'are you open saturday'), 'Yes. The office is open Monday to Friday 9am to 6pm and Saturday 9am to 4pm.');
});

t.test('getting in at a clock time is access at that time (lexical normalizeCasual, answer-types @clock)', async (t) => {
  // ("can i get in at 7am" got "I don't know".)
  t.equal(ask(storage, 'can i get in at 7am'), `Yes. ${GATE}`);
  t.equal(ask(storage, 'can i get into my unit on sunday'), `Yes. ${GATE}`);
  for (const q of ['can i get in at 5am', 'can i get in at 11pm']) t.equal(ask(storage, q), `No. ${GATE}`, q);
  // (A clock time asked wants hours: no yes from a sentence that shares the other words and says no time.)
  t.equal(ask(guide('escape-room.md'), 'can i get in at 7am'), 'DK');
  t.notMatch(ask(guide('dental.md'), 'can i get in at 7am'), /wheelchair/);
  // (Getting in today is an appointment asked, no access: "The office is ... wheelchair accessible" is no answer.)
  t.equal(ask(guide('dental.md'), 'can i get in today'), 'DK');
  // (The hours still answer a time asked of coming in.)
  t.match(ask(guide('yoga-studio.md'), 'can i come in at 6pm'), /^Yes\. Front desk hours/);
});

t.test('a condition the page puts on a thing it names answers "what happens if" (answer-types @if)', async (t) => {
  // ("what happens if i dont pay" got "You can pay online, by autopay, by phone or at the office.")
  for (const q of ['what happens if i dont pay', 'what happens if i pay late', 'what if i miss a payment']) t.match(ask(storage, q), /^A \$20 late fee is added if rent is not paid by the 6th\./, q);
  t.match(ask(storage, 'what happens if i lose my key'), /^If you lose your key, we can cut the lock/);
});

t.test('a thing reached on days the page leaves out is a no (answer-polarity saysNo)', async (t) => {
  // (A tune guide: "can i get to my stuff in storage on a weekend" got "I don't know"; the page says "Access to stored items is by appointment on weekdays".)
  const moving = knowledgeOf('moving', read('../../eval/data/kb/moving.md'));
  t.match(ask(moving, 'can i get to my stuff in storage on a weekend'), /^No\. Access to stored items is by appointment on weekdays\./);
  t.match(ask(moving, 'can i get to my things on a weekday'), /^Yes\. Access to stored items is by appointment on weekdays\./);
});

t.test('a yes or no is not answered by an emergency instruction when a sentence of the business says it (answer-order besideSafety)', async (t) => {
  // ("is there someone on site at night" got "I don't know": the best unit was the emergency section's "call the on-site manager ..., day or night".)
  for (const q of ['is there someone on site at night', 'is anyone on site at night']) t.equal(ask(storage, q), 'Yes. A manager lives on site.', q);
  // (Only a sentence that says each word of the subject the instruction says: "Every van carries springs ..., so
  // most repairs get done on the first visit" is no yes to waiving a service call's fee.)
  t.equal(ask(knowledgeOf('garage', read('../../eval/data/kb/garage.md')), 'whats your service call fee, do you waive it if i get the repair'), 'DK');
  // (A night asked of a wait is the case asked, no "when" only.)
  t.match(ask(knowledgeOf('towing', read('../../eval/data/kb/towing.md')), 'how long does it usually take for a truck to get to you at night'), /45 to 60 minutes at night/);
});

t.test('keeping a thing in storage is storing it (lexical normalizeCasual)', async (t) => {
  // ("can i keep a gun in storage" got "I don't know"; "can i store a gun" was answered.)
  for (const q of ['can i keep a gun in storage', 'can i keep propane tanks in my unit']) t.match(ask(storage, q), /^No food, nothing alive, no firearms/, q);
});

t.test('through the chat, as a tenant asks', async (t) => {
  const { app } = await buildTestApp(t);
  const businessId = await businessWithGuide(app, { name: 'Oak Hollow Self Storage', guide: 'self-storage.md', remoteAddress: '10.0.37.1' });
  const talk = talkTo(app.services.agent, businessId);
  const answer = async (q: string) => (await talk(q))[0];
  t.equal(await answer('r u open sunday'), `The office is closed on Sundays. ${GATE}`);
  t.equal(await answer('can i get in at 7am'), `Yes. ${GATE}`);
  t.match(await answer('is there someone on site at night'), /^Yes\. A manager lives on site\./);
  t.match(await answer('what happens if i dont pay'), /late fee/);
  t.match(await answer('can i keep a gun in storage'), /no firearms/);
  // (A content word mistyped is the knowledge's word: "truk" is the truck.)
  t.match(await answer('do u guys have a moving truk'), /^Yes\. We rent a 15 ft moving truck/);
});
