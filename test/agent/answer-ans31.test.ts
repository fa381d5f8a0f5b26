import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { measuresAsDigits } from '../../src/agent/answer-numbers.js';
import { stem, terms } from '../../src/ai/lexical.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 31: answers that picked a sentence near the one that answers (found using the product on the
// UK heating engineer's page, test/fixtures/guides/uk-heating.md, and on tune guides of eval/data/kb).

const guide = (file: string) => knowledgeOf(file, readFileSync(new URL(`../fixtures/guides/${file}`, import.meta.url), 'utf8'));
const kb = (id: string) => knowledgeOf(id, readFileSync(new URL(`../../eval/data/kb/${id}.md`, import.meta.url), 'utf8'));
const ask = (k: ReturnType<typeof kb>, q: string) => extractiveAnswer(measuresAsDigits(q), k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, typed: q })?.text ?? 'DK';
const heating = guide('uk-heating.md');

t.test('of a sentence of two clauses with their own subjects, the clause that answers', async (t) => {
  // ("We do not do drainage work outside the property (...), and we do not install oil or LPG boilers.")
  t.equal(ask(heating, 'can you fit an oil boiler'), 'No. We do not install oil or LPG boilers.');
  t.equal(ask(heating, 'do u do drainage work outside the property'), "No. We do not do drainage work outside the property (blocked drains in the street are Wessex Water's).");
  // (What follows a semicolon for the visitor ends the answer: it is no clause of another matter.)
  t.match(ask(kb('cleaning'), 'how do i tip'), /receipt link/);
  t.match(ask(kb('rv'), 'can u bill my good sam extended warranty directly'), /you pay only your deductible/);
});

t.test('of two sentences that say the asked words alike, the one about them alone', async (t) => {
  // (Not "New combi boiler fitted: from £2,195 including VAT, with a 10-year manufacturer warranty ...".)
  t.equal(ask(heating, 'is vat included'), 'Yes. All prices include VAT.');
  t.match(ask(heating, 'do prices include vat?'), /^Yes\. All prices include VAT\./);
});

t.test('a wait given as a range of working days answers "how soon"', async (t) => {
  t.equal(ask(heating, 'how soon can you come for a service'), 'We normally have availability within 3 to 5 working days.');
});

t.test('"do you do X": the services line, not a sentence that names X in passing', async (t) => {
  t.match(ask(heating, 'do u do bathrooms'), /^Yes\. Boiler repairs, .*bathroom fitting/);
});

t.test('a message of two questions with one not covered: the covered one answered, the other named as not known', async (t) => {
  t.equal(ask(heating, 'how much is a boiler service and do you do solar panels'), 'Boiler service: £85 (combi), £95 (system or regular boiler). As for "do you do solar panels": I don\'t know that, but I can have someone get back to you.');
  t.match(ask(heating, 'do you do solar panels? how much is a boiler service'), /^Boiler service: £85 .* As for "do you do solar panels": I don't know that/);
  // (A follow-up that names nothing of its own is about the part before it: no price of what is not known.)
  t.notMatch(ask(heating, 'can you fit a heat pump? whats it cost'), /£/);
});

t.test('"personal" is no person: personal training is no per-person price', async (t) => {
  t.not(stem('personal'), stem('people'));
  t.not(stem('personalized'), stem('person'));
  t.same(terms('personal training'), ['personal', 'train']);
});

t.test('a call-out to look at something: the standard call-out, not beside it the one for nights and weekends', async (t) => {
  const plumbing = kb('plumbing');
  const got = ask(plumbing, 'wat do u guys charge just to come look at a drippy faucet');
  t.match(got, /^Standard service call — Price: \$89\.50/);
  t.notMatch(got, /\$195/);
  // (Asked for that case, it is the answer.)
  t.match(ask(plumbing, 'whats ur emergency call out fee'), /^Emergency call-out \(nights, weekends, holidays\) — Price: \$195/);
});

t.test('work asked for is never answered with a safety instruction that shares its words', async (t) => {
  const towing = kb('towing');
  // (Uncovered: the guide's "Do not try to push a car off the road on a highway" was the reply.)
  t.equal(ask(towing, 'my tesla is at 0% can you charge it on the road'), 'DK');
  // (Asked what to do, the instruction is the answer.)
  t.match(ask(towing, 'what should i do if i break down on the highway'), /^Stalled on a highway: hazards on/);
});

t.test('casual questions of our own on tune guides', async (t) => {
  const locksmith = kb('locksmith');
  t.match(ask(locksmith, 'do u install smart locks and how much for a ring doorbell'), /^Yes\. We install and set up Yale, Schlage Encode and August smart locks\. As for "how much for a ring doorbell": I don't know that/);
  t.equal(ask(locksmith, 'can u fix my boat lock'), 'No. We do not service boats or motorhomes.');
  t.match(ask(kb('pool'), 'hw much is weekly service and do u sell pool toys'), /Premium — Price per month: \$215\. .*As for "do u sell pool toys": I don't know that/);
  t.equal(ask(kb('tree'), 'is cleanup included'), 'Yes. The price includes cleanup and hauling away every branch.');
});
