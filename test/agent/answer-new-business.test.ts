import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import type { Vocabulary } from '../../src/knowledge/service.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { dayLeftOut } from '../../src/agent/answer-days.js';

// New businesses' own knowledge, as owners typed it in QA (an electrician, a hair salon): a day the
// knowledge never names is answered by the working days it gives, with the right yes or no; "what
// areas do you cover" gets the places served, not a fee that "covers the first hour"; a word found
// only inside a name ("Oak Park") loses to the sentence that says it; a "never" about something
// else is no "no".

const KB = `# About Brightwire Electric
Brightwire Electric is a family-run electrical contractor in Boulder, Colorado, serving Boulder, Louisville, Lafayette and Superior.
## Prices
Our service call fee is $95 and covers the first hour on site. Additional time is billed at $110 per hour.
EV charger installation (Level 2, up to 30 feet from the panel) costs $850.
## Hours
We work Monday to Friday, 7am to 5pm. For emergencies such as sparking outlets or burning smells, call our 24/7 line at (303) 555-0147.
## Policies
We do not do low-voltage work such as security cameras or home theater wiring.
Payment by card or check; we offer 10% off for seniors and veterans.`;

const { hits, vocabulary } = knowledgeOf('Brightwire info', KB, { counted: false });
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? null;

t.test('a day the knowledge never names: the working days answer it, yes or no by the range', async (t) => {
  for (const q of ['do you work saturdays', 'do u work on sundays', 'are you open saturday', 'r u guys open sunday?']) t.match(ask(q), /^No\. We work Monday to Friday, 7am to 5pm\.$/, q);
  for (const q of ['do you work fridays', 'are you open on wednesdays']) t.match(ask(q), /^Yes\. We work Monday to Friday/, q);
});

t.test('the places served, not a fee that covers the first hour', async (t) => {
  for (const q of ['what areas do u cover', 'what area do you service', 'which towns do you cover?']) {
    const a = ask(q);
    t.match(a, /serving Boulder, Louisville, Lafayette and Superior/, q);
    t.notMatch(a, /\$95/, q);
  }
  t.match(ask('how much is a service call'), /\$95/, 'the fee is still the answer to its own question');
});

t.test('dayLeftOut reads ranges, lists, weekdays and every-day wording', async (t) => {
  t.equal(dayLeftOut('open saturday', 'We work Monday to Friday, 7am to 5pm.'), true);
  t.equal(dayLeftOut('open saturday', 'Monday to Friday 8am to 6pm and Saturday 9am to 1pm.'), false);
  t.equal(dayLeftOut('open sunday', 'Open weekdays 8-5 and Saturday mornings.'), true);
  t.equal(dayLeftOut('open tuesday', 'Open weekdays 8-5.'), false);
  t.equal(dayLeftOut('open sunday', 'We are open 7 days a week.'), null, 'every day: no range to leave it out');
  t.equal(dayLeftOut('do you take cards', 'We work Monday to Friday.'), null, 'no day asked');
  t.equal(dayLeftOut('open monday', 'Thursday to Monday, noon to 10pm.'), false, 'a range across the weekend');
});

const SALON = `# Welcome to Luma Hair Studio
Luma Hair Studio is a small salon on 214 Grand Avenue in Oak Park, two doors down from the library. Street parking is free after 6pm; there is also a paid lot behind the building.

## Services
| Service | Price | Time |
| --- | --- | --- |
| Men's cut | $38 | 30 minutes |
| Balayage | from $210 | 3 hours |

## Products and policies
We use and sell Davines and Olaplex products. We do not do hair extensions or nail services.
Gift cards are available in any amount and never expire.
We accept cards, Apple Pay and cash.`;
const luma = knowledgeOf('Luma guide', SALON, { counted: false });
const salon = (q: string) => extractiveAnswer(q, luma.hits, { vocabulary: luma.vocabulary })?.text ?? null;

t.test('a word found only inside a name loses to the sentence that says it', async (t) => {
  t.match(salon('is there parking'), /Street parking is free after 6pm/);
});

t.test('a "never" about another word is no "no"; asked about that word, it is', async (t) => {
  t.match(salon('do u have gift cards'), /^Yes\. Gift cards are available/);
  t.match(salon('do gift cards expire'), /^No\. Gift cards/);
  t.match(salon('do you do extensions'), /^No\. We do not do hair extensions/);
  t.match(salon('do u take apple pay'), /^Yes\./);
});

t.test('"how long does it take" wants the time only: "take" is no subject to answer with a payment sentence', async (t) => {
  t.equal(salon('how long does balayage take'), 'Balayage — Time: 3 hours.');
});

t.test('everyday names for what the knowledge calls otherwise: a tesla charger, an electric car, vets', async (t) => {
  t.match(ask('do u install tesla chargers'), /^Yes\. EV charger installation .* costs \$850\.$/);
  t.match(ask('how much to put in a charger for my electric car'), /\$850/);
  t.match(ask('any discount for vets?'), /10% off for seniors and veterans/);
});

t.test('"for you to come out" is a call-out', async (t) => {
  const guide = knowledgeOf('Demo guide', '# Prices\nA standard call-out costs $89, which includes the first 30 minutes of labour.\n## Stains\nMost stains come out with one treatment.');
  const a = (q: string) => extractiveAnswer(q, guide.hits, { vocabulary: guide.vocabulary })?.text ?? null;
  t.match(a('how much tho for u to come out'), /\$89/);
  t.match(a('what do you charge for someone to come out'), /\$89/);
  t.notMatch(a('will the stain come out'), /\$89/, 'a stain coming out is no visit');
});

t.test('a no about one service is not followed by the price of another that shares the verb', async (t) => {
  const counted = knowledgeOf('Brightwire info', KB);
  const a = (q: string) => extractiveAnswer(q, counted.hits, { vocabulary: counted.vocabulary })?.text ?? null;
  t.equal(a('can u put in security cameras'), 'No. We do not do low-voltage work such as security cameras or home theater wiring.');
  t.equal(a('do you install security cameras'), 'No. We do not do low-voltage work such as security cameras or home theater wiring.');
  t.match(a('do u install tesla chargers'), /^Yes\. EV charger installation/, 'the verb still finds the service it is about');
});
