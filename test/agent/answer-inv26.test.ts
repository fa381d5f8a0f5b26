import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { credentialUnanswered, inclusionUnanswered, warrantySpanElse } from '../../src/agent/answer-unanswered.js';
import { forAnotherThing } from '../../src/agent/answer-claims.js';
import { agentFormOnly } from '../../src/agent/answer-words.js';
import { terms } from '../../src/ai/lexical.js';
import { broughtAlong } from '../../src/agent/answer-polarity.js';
import { unitsOf } from '../../src/agent/answer-units.js';
import { queryTerms } from '../../src/agent/answer-query.js';
import { anotherKind } from '../../src/agent/answer-kind.js';
import { englishWords, spokenRank } from '../../src/agent/text-norm.js';
import { correctTypos } from '../../src/agent/answer-typos.js';

// Session 26 (never invent): the general shapes behind the invented answers of
// answer-probes-inv26, each on a guide of our own, each failing without its fix.

const guide = (title: string, text: string) => {
  const k = knowledgeOf(title, text);
  return (q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, business: title })?.text ?? null;
};

const STUDIO = `# Inkwell Studio

## Before your session
Eat a good meal first. Bring your ID.

## Kids
Children are welcome to watch if an adult stays with them.`;

t.test('leave to come along with something needs a unit that says what comes along', async (t) => {
  const ask = guide('Inkwell Studio', STUDIO);
  // (Got "Yes. Bring your ID.": the verb shared, the friend never mentioned.)
  t.equal(ask('can i bring a friend with me'), null);
  t.equal(ask('can we bring our neighbour'), null);
  // What the guide does say of what comes along still answers.
  t.match(ask('can i bring my kids'), /Children are welcome/);
  t.match(ask('can i bring my id'), /Bring your ID/);
  t.same(broughtAlong('can i bring a friend with me'), ['friend']);
  t.same(broughtAlong('can we bring our dog to the shoot'), ['dog']);
  // (Not a service asked, nor a coming along with nothing named.)
  t.equal(broughtAlong('can you bring a ladder'), null);
  t.equal(broughtAlong('can i watch'), null);
});

const COOLERS = `# Frostline Refrigeration

## Warranty
- Compressors we install: 1 year parts and labor, with a 5-year compressor warranty from the maker.
- Labor on repairs: 90 days.

## Installs
A new walk-in cooler takes 3 to 5 days to install.`;

t.test("a warranty's span is no word on how long the thing lasts", async (t) => {
  const ask = guide('Frostline Refrigeration', COOLERS);
  // (Got "Compressors we install: 1 year parts and labor, with a 5-year compressor warranty ...".)
  t.equal(ask('how long does a compressor last'), null);
  t.equal(ask('how many years will a compressor run'), null);
  // A question about the warranty itself is answered by it, and a job's own length by its sentence.
  t.match(ask('how long is the warranty on a compressor'), /5-year compressor warranty|1 year/);
  t.match(ask('how long is the compressor warranty'), /5-year|1 year/);
  t.match(ask('how long does a walk-in install take'), /3 to 5 days/);
  t.equal(warrantySpanElse('how long does a compressor last', 'Compressors: a 5-year compressor warranty.', 'Guide > Parts'), true);
  t.equal(warrantySpanElse('how long does a compressor last', 'Labor on repairs: 90 days.', 'Guide > Warranty'), true);
  t.equal(warrantySpanElse('how long is the warranty', 'Labor on repairs: 90 days.', 'Guide > Warranty'), false);
  t.equal(warrantySpanElse('how long does an install take', 'Installs take 3 to 5 days.', 'Guide > Installs'), false);
});

const ALTERATIONS = `# Needle Point Alterations

## Prices
| Item | Price |
| --- | --- |
| Pants hem | $18 |
| Replace zipper (pants or skirt) | $22 |
| Replace jacket zipper | $40 |`;

t.test('the thing a job is on names its kind as a word before it does', async (t) => {
  const ask = guide('Needle Point Alterations', ALTERATIONS);
  // (Got "Replace zipper (pants or skirt) — Price: $22. Replace jacket zipper — Price: $40.": neither is a backpack's.)
  t.equal(ask('how much to replace a zipper on a backpack'), null);
  t.equal(ask('how much to replace the zipper on my tent'), null);
  // The kinds it lists still answer, asked either way.
  t.match(ask('how much to replace a zipper on pants'), /\$22/);
  t.match(ask('how much to replace a jacket zipper'), /\$40/);
  t.match(ask('how much to replace a zipper'), /\$22/);
  const k = knowledgeOf('Needle Point Alterations', ALTERATIONS);
  const row = unitsOf(k.hits).find((u) => u.kind === 'row' && /pants or skirt/.test(u.text))!;
  const q = 'how much to replace a zipper on a backpack';
  t.equal(anotherKind(q, queryTerms(q, k.vocabulary, spokenRank), row, spokenRank), true);
});

const FLATS = `# Bayview Flats

## Emergencies
| Type | Examples | We respond within |
| --- | --- | --- |
| Emergency | No heat below 55°F inside, no power to the unit | 2 hours |

## Rent
Rent is due on the 1st. Parking is included in the rent. Storage is $25 a month extra.

## Moving out
We return your deposit within 21 days with an itemized list of any charges.`;

t.test('whether a thing is included needs a unit that says what is included', async (t) => {
  const ask = guide('Bayview Flats', FLATS);
  // (Got "No. Emergency — Examples: No heat below 55°F inside ...": a "No heat" that describes an emergency.)
  t.equal(ask('is heat included in the rent'), null);
  // What the page says is included, or costs extra, still answers.
  t.match(ask('is parking included in the rent'), /Parking is included/);
  t.match(ask('is storage included'), /\$25/);
  t.equal(inclusionUnanswered('is heat included in the rent', 'No heat below 55°F inside, no power to the unit.'), true);
  t.equal(inclusionUnanswered('does the price include parts', 'Parts are extra.'), false);
  t.equal(inclusionUnanswered('is the lighting kit included', 'The lighting kit is $60 per booking.'), false);
  t.equal(inclusionUnanswered('is heat on in winter', 'No heat below 55°F inside.'), false);
});

t.test('an -er thing is not said by another word of its stem', async (t) => {
  const ask = guide('Bayview Flats', FLATS);
  // (Got "Yes. We return your deposit within 21 days with an itemized list of any charges.")
  t.equal(ask('are there ev chargers'), null);
  t.equal(agentFormOnly(terms('chargers')[0]!, new Set(terms('any charges'))), true);
  t.equal(agentFormOnly(terms('chargers')[0]!, new Set(terms('two chargers and charges'))), false);
  t.equal(agentFormOnly(terms('heaters')[0]!, new Set(terms('no heat'))), true);
  // Nor is the English word read as a typo of the knowledge's (the agent got "are there ev charges").
  const k = knowledgeOf('Bayview Flats', FLATS);
  const dictionary = new Set(englishWords());
  t.equal(correctTypos('are there ev chargers', k.vocabulary, dictionary, spokenRank), 'are there ev chargers');
});

const TUNER = `# Keys & Strings Piano Care

## Appraisals
Written appraisals for insurance or sale: $95.

## Staff
Our technicians are all certified by the Piano Technicians Guild.`;

t.test("a standing of the business is not said by what another thing is for", async (t) => {
  const ask = guide('Keys & Strings Piano Care', TUNER);
  // (Got "Yes. Written appraisals for insurance or sale: $95.")
  t.equal(ask('are you insured'), null);
  t.match(ask('are your technicians certified'), /^Yes\. Our technicians are all certified/);
  t.equal(credentialUnanswered('are you insured', 'Written appraisals for insurance or sale: $95.'), true);
  t.equal(credentialUnanswered('are you insured', 'State license M-38816, $5 million general liability insurance.'), false);
  t.equal(credentialUnanswered('r u licensed', 'Four artists, all licensed by the county.'), false);
  t.equal(credentialUnanswered('what insurance do you take', 'Appraisals for insurance: $95.'), false);
});

const COLD = `# Polar Commercial Refrigeration

## Repairs
We repair walk-in coolers, reach-ins and ice machines.

## Payment
- Equipment financing for new walk-ins and condensing units: 24, 36 or 60 months.
- We take Visa, Mastercard and checks.`;

t.test('an offer kept to other things is no yes for the thing asked', async (t) => {
  const ask = guide('Polar Commercial Refrigeration', COLD);
  // (Got "Yes. Equipment financing for new walk-ins and condensing units ...": a repair is none of them.)
  t.equal(ask('can i pay for a repair in installments'), null);
  t.equal(ask('is there financing for repairs'), null);
  t.match(ask('is there financing for a new walk in'), /^Yes\. Equipment financing/);
  const unsaid = (text: string) => (term: string) => !new Set(terms(text)).has(term);
  const offer = 'Equipment financing for new walk-ins and condensing units.';
  t.equal(forAnotherThing('can i pay for a repair in installments', offer, unsaid(offer)), true);
  t.equal(forAnotherThing('can i pay for a repair by card', 'We take cards.', unsaid('We take cards.')), false);
});
