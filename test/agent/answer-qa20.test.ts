import t from 'tap';
import { readFileSync } from 'node:fs';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { unnamedPayment } from '../../src/agent/answer-payment.js';
import { namedRefusalOf } from '../../src/agent/answer-refusal.js';
import { unitsOf } from '../../src/agent/answer-units.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Session 20 QA: a lawn care company's website copy pasted as its guide (a list of services, a
// price table, a one-line bold-question FAQ, a refusal with a referral), asked as a visitor would.

const lawn = knowledgeOf('Our services and prices', readFileSync(new URL('../fixtures/guides/lawn-care.md', import.meta.url), 'utf8'));
const ask = (q: string) => extractiveAnswer(q, lawn.hits, { vocabulary: lawn.vocabulary, wordRank: spokenRank })?.text ?? null;

t.test("an FAQ answer on the question's own line answers whether someone must be home", async (t) => {
  // ("**Do I need to be home?** No, just leave the gate unlocked ...": the answer never says "home"; its question does.)
  for (const q of ['do i need to be home', 'do i have to be home when you come', 'does someone need to be there']) {
    t.equal(ask(q), 'No, just leave the gate unlocked and keep pets inside.', q);
  }
  // A sentence that neither asks nor says it still answers nothing about being home.
  const other = knowledgeOf('Guide', '# Inspections\n\nAn inspection is needed when buying or selling a home.\n');
  t.equal(extractiveAnswer('do i need to be home for the inspection', other.hits, { vocabulary: other.vocabulary, wordRank: spokenRank }), null);
});

t.test('a job refused by its name is refused however the visitor words it', async (t) => {
  const no = /^No\. We do not do tree removal or stump grinding, we're happy to refer you to an arborist\.$/;
  for (const q of ['can you take down a tree', 'can you take down a dead tree in my yard', 'can you remove a tree', 'can u grind a stump', 'do you do tree removal']) t.match(ask(q), no, q);
  // A refused name needs every one of its words: a tree alone is not "tree removal".
  const units = unitsOf(lawn.hits);
  t.equal(namedRefusalOf('do you water the trees', units), null);
  t.equal(namedRefusalOf('can you haul away my tree branches', units), null);
  t.match(namedRefusalOf('can you take down a tree', units)?.text, /^We do not do tree removal/);
  // A clause after the refusal ("..., we're happy to refer you") is no limit on it.
  const g = knowledgeOf('Guide', '# Services\n\nWe do not offer gutter cleaning, but we can recommend someone.\n');
  t.match(extractiveAnswer('can you clean out my gutters', g.hits, { vocabulary: g.vocabulary, wordRank: spokenRank })?.text ?? '', /^No\. We do not offer gutter cleaning/);
  // Only when nothing else answers, and never over a rare word the guide does not say (a siding's "cedar" is no roof's shingle).
  const gutters = knowledgeOf('Guide', '# About\n\nWe do gutters, siding repair and power washing. We do NOT do roofing or shingle repairs, we\'ll happily give you the name of a roofer.\n\n# FAQ\n\nQ: Do you fix roofs or shingles?\nA: No, we don\'t do roofing. We\'ll refer you to a roofer.\n');
  const askG = (q: string) => extractiveAnswer(q, gutters.hits, { vocabulary: gutters.vocabulary, wordRank: spokenRank })?.text ?? null;
  t.match(askG('do u fix roof shingles too'), /^No, we don't do roofing\./);
  t.equal(askG('do you do cedar shingle siding repair'), null);
});

t.test('a Visa or a Mastercard is one of the credit cards a guide says it takes', async (t) => {
  t.equal(unnamedPayment('do you take visa', lawn.vocabulary), null);
  t.equal(unnamedPayment('can i pay with mastercard', lawn.vocabulary), null);
  t.match(ask('do you take visa'), /^Yes\. We take credit cards, e-transfer and cheques\.$/);
  t.match(ask('can i pay with mastercard'), /^Yes\. We take credit cards/);
  // Amex is not every card-taker's: not named by "credit cards".
  t.equal(unnamedPayment('do you take amex', lawn.vocabulary), 'amex');
  // A guide that names no credit cards does not take a Visa by them.
  const cash = knowledgeOf('Guide', '# Paying\n\nWe take cash and debit only.\n');
  t.equal(unnamedPayment('do you take visa', cash.vocabulary), 'visa');
});

t.test('cutting is mowing for a lawn and trimming for a hedge; "every week" is how often', async (t) => {
  t.equal(ask('how much to cut my grass every week'), 'Weekly mowing (average lot) — Price: $45 per visit.');
  // ("every week" is "weekly", as a guide says it; cutting a lawn is not trimming a hedge.)
  t.equal(ask('how much to cut my lawn'), 'Weekly mowing (average lot) — Price: $45 per visit.');
  const clean = knowledgeOf('Guide', '# Discounts\n\nWeekly cleans get 15% off and monthly cleans get 5% off.\n\n# Prices\n\nA standard clean is $120.\n');
  t.match(extractiveAnswer('if you come every week how much do i save', clean.hits, { vocabulary: clean.vocabulary, wordRank: spokenRank })?.text, /15% off/);
  t.match(ask('do you cut hedges'), /^Yes\. Hedge and shrub trimming/);
  t.match(ask('how much to trim my bushes'), /^Hedge trimming — Price: \$75 per hour per crew member\./);
});

const driving = knowledgeOf('Our lessons', readFileSync(new URL('../fixtures/guides/driving-school.md', import.meta.url), 'utf8'));
const askDriving = (q: string) => extractiveAnswer(q, driving.hits, { vocabulary: driving.vocabulary, wordRank: spokenRank })?.text ?? null;

t.test('a driving school: the languages lessons are given in, and a stick shift is a manual', async (t) => {
  // "do u speak punjabi": the guide says "lessons are available in English, Punjabi, Hindi and Urdu" (no "speak").
  t.match(askDriving('do u speak punjabi'), /^Yes\. .*lessons are available in English, Punjabi, Hindi and Urdu\.$/);
  t.match(askDriving('do you teach in hindi'), /^Yes\. /);
  // A language the guide does not list is not claimed.
  t.equal(askDriving('do you speak french'), null);
  t.equal(askDriving('does anyone speak spanish'), null);
  for (const q of ['do u teach stick shift', 'do you do manual', 'do you teach manual']) t.equal(askDriving(q), "No. Automatic only, we don't teach manual.", q);
  // "Automatic only" is a yes to automatic: neither the negative after it nor the verb's clause says no to it.
  t.equal(askDriving('do you teach on automatic'), "Yes. Automatic only, we don't teach manual.");
  t.match(askDriving('do u have automatic cars'), /^Yes\. /);
});

t.test('a service the guide keeps to homes is a no for a business, and the other way round', async (t) => {
  // The lawn guide's list: "Snow removal (residential driveways, seasonal contracts only)".
  t.equal(ask('do u do snow removal for businesses'), 'No. Snow removal (residential driveways, seasonal contracts only)');
  t.match(ask('do you do snow removal'), /^Yes\. /);
  const office = knowledgeOf('Guide', '# Services\n\n- Office cleaning (commercial clients only)\n- Window washing for homes and businesses\n');
  const askOffice = (q: string) => extractiveAnswer(q, office.hits, { vocabulary: office.vocabulary, wordRank: spokenRank })?.text ?? null;
  t.equal(askOffice('can you do cleaning for my house'), 'No. Office cleaning (commercial clients only)');
  t.match(askOffice('do you do window washing for my house'), /^Yes\. Window washing for homes and businesses/);
});

t.test('"who owns the school" asks for the owner: a guide that names none does not know, one that does answers', async (t) => {
  // QA: the driving school's "who owns the school" got its pick-up sentence ("... home, SCHOOL or work").
  t.equal(askDriving('who owns the school'), null);
  const shop = knowledgeOf('Guide', '# About\n\nThe shop is owned and run by Maria Lopez, a certified mechanic, since 2009.\n\n# Hours\n\nOpen Tuesday to Saturday, 10am to 6pm.\n');
  // A sentence about a new owner is no answer to who owns it; the one naming a person is ("After November" is no name).
  const snow = knowledgeOf('Guide', '# About us\n\n- Ridgeway Snow Removal is owned and run by Tess Marlow, who started it with one truck in 2011.\n\n# Contracts\n\n- After November 15 contracts cannot be refunded, but you may transfer the contract to the new owner if you sell the house.\n');
  t.match(extractiveAnswer('who owns ridgeway', snow.hits, { vocabulary: snow.vocabulary, wordRank: spokenRank })?.text, /^Ridgeway Snow Removal is owned and run by Tess Marlow/);
  for (const q of ['who owns the shop', 'who owns it', 'who started the shop']) {
    t.equal(extractiveAnswer(q, shop.hits, { vocabulary: shop.vocabulary, wordRank: spokenRank })?.text, 'The shop is owned and run by Maria Lopez, a certified mechanic, since 2009.', q);
  }
});
