import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 23 QA on owner-written pages (a music school, a bike shop: test/fixtures/guides/), asked
// the way people type. "can we do lessons online?" got "No. All lessons except drums can be taught
// online": the "except" names drums, which nobody asked about. "can i get a quote before you start"
// got "No. We quote before we start any work over $50, and we never start work you have not
// approved": "start" is only when, in the question; the never says nothing against the quote.

const guide = (name: string, file: string) => knowledgeOf(name, readFileSync(new URL(`../fixtures/guides/${file}`, import.meta.url), 'utf8'));
const music = guide('Harbour Music School', 'music-school.md');
const bikes = guide('Spoke & Chain Cycles', 'bike-shop.md');
const ask = (kb: ReturnType<typeof guide>, q: string) => extractiveAnswer(q, kb.hits, { vocabulary: kb.vocabulary, wordRank: spokenRank })?.text ?? 'DK';

t.test('an exception is a no only for what it excepts', async (t) => {
  t.match(ask(music, 'can we do lessons online?'), /^Yes\. All lessons except drums can be taught online/);
  t.match(ask(music, 'can i do drum lessons online'), /^No\. All lessons except drums/);
  t.match(ask(music, 'do you do online lessons for drums'), /^No\. /);
});

t.test('a verb the question uses only to say when is not what a negative denies', async (t) => {
  t.match(ask(bikes, 'can i get a quote before you start'), /^Yes\. We quote before we start any work over \$50/);
  t.match(ask(bikes, 'do you start work before i approve'), /^No\. /, 'asked about starting itself: the never answers it');
});

// A caterer's page (catering.md): "do u bring tents" got "I don't know that" although the page says
// "we do not supply tents": bringing, supplying and carrying are light verbs, whose sense is their
// object's, like "offer" and "provide".
const catering = guide('Ember & Oak Catering', 'catering.md');
t.test('a light verb of supplying is answered by what is said of its object', async (t) => {
  t.match(ask(catering, 'do u bring tents'), /^No\. .*we do not supply tents/);
  t.match(ask(catering, 'do you bring chairs'), /^Yes\. We rent tables, chairs/);
});

// The music school: "how old do you have to be for drums" got the school's description ("for all
// ages"): an age asked is answered by a sentence that gives one.
t.test('an age asked is answered by an age', async (t) => {
  t.match(ask(music, 'how old do you have to be for drums'), /^We teach students from age 4 .*age 6 \(guitar, violin, drums\)/);
  t.match(ask(music, 'how old does my son have to be for voice lessons'), /^Voice lessons start at age 8\./);
  // ("my daughter is 5, can she do violin?" got the violin rental price: the age told asks whether it is old enough.)
  const told = ask(music, 'my daughter is 5, can she do violin?');
  t.match(told, /age 6 \(guitar, violin, drums\)/);
  t.notMatch(told, /rent/);
});

// "how much are singing lessons", "do you offer vocal lessons" got "I don't know that": a music school
// calls them voice lessons.
t.test('singing is the voice a music school teaches', async (t) => {
  t.match(ask(music, 'how much are singing lessons'), /^30 minutes — Per lesson: \$32/);
  t.match(ask(music, 'do you offer vocal lessons'), /^Yes\. .*voice/);
});

// After a day the guide never names began to weigh as context ("my son missed his lesson tuesday"),
// "do you do tastings on weekends" got "Yes. Tastings are $75 ...": the days a thing is done on,
// asked, are what the question is about.
t.test('the days asked for a thing are no context: no yes without them', async (t) => {
  for (const q of ['do you do tastings on weekends', 'are tastings on saturdays', 'do you do tastings on a sunday']) t.notMatch(ask(catering, q), /^Yes\b/, q);
  t.match(ask(catering, 'can i do a tasting next tuesday'), /^Yes\. Tastings are held on Tuesday and Wednesday evenings\./);
});

// "do you give refunds" (a cleaning eval item) got "I don't know that" once a thing said only as the
// business's own verb ("we refund") gave no yes to another verb: giving is a light verb like offering.
t.test('giving a thing is having it on offer', async (t) => {
  const cleaners = knowledgeOf('Sparkle', "# Guarantee\n\nIf you are not happy, tell us within 24 hours and we re-clean for free. If you are still not satisfied, we refund the cost of that visit.\n");
  t.match(ask(cleaners, 'do you give refunds'), /^Yes\. .*we refund the cost of that visit/);
});
