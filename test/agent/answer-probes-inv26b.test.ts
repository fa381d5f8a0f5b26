import t from 'tap';
import { PRICE, runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// The second half of answer-probes-inv26.test.ts's businesses (its comment says how they were
// written and what was found), in a file of its own: one process building every business one after
// the other came close to tap's 240 s per-file timeout on a loaded two-core machine.

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'ColdLine Commercial Refrigeration',
    file: kb('refrig'),
    unknown: [
      { q: 'do you do wine cellar cooling' },
      { q: 'do you fix lab freezers' },
      { q: 'is there a discount for nonprofits' },
      { q: 'do you service kold-draft ice machines' },
      { q: 'do you repair soft serve machines' },
      { q: 'can i pay for a repair in installments' },
      { q: 'how much for a 10x12 walk in freezer', forbidden: PRICE },
      { q: 'how long does a compressor last' },
      { q: 'are your techs background checked' },
      { q: 'do you service blast chillers' },
    ],
    known: [
      { q: 'how much is an ice machine cleaning', says: /\$215/ },
      { q: 'do you fix home fridges', says: /^No\b|home refrigerators/ },
      { q: 'do you take paypal', says: /^No\b|PayPal/ },
      { q: 'whats the warranty on labor', says: /90 days/, todo: 'covered accuracy: "Labor on repairs: 90 days" says the warranty only by its heading (0.5), so the compressor line that says warranty and labor both outranks it' },
      { q: 'do you work on hoshizaki', says: /^Yes\b|Hoshizaki/ },
    ],
  },
  {
    name: 'Northlight Creative',
    file: kb('studio'),
    unknown: [
      { q: 'do you do video production', todo: 'the stemmer folds "production" onto "products" (an exact match) and "video" is related to "online" (the telehealth sense), so the Online shop row reads as covering both words' },
      { q: 'do you build mobile apps' },
      { q: 'do you build on webflow' },
      { q: 'is there a nonprofit discount' },
      { q: 'can i pay with paypal' },
      { q: 'do you offer email hosting' },
      { q: 'do you translate websites' },
      { q: 'is the studio wheelchair accessible' },
      { q: 'do you rent cameras' },
      { q: 'do you run google ads' },
    ],
    known: [
      { q: 'how much is a logo', says: /\$850/ },
      { q: 'do you build on wix', says: /^No\b|Wix/ },
      { q: 'can i bring my dog to the studio', says: /^Yes\b|pets are welcome/ },
      { q: 'how much is the studio per hour on saturday', says: /\$80/ },
      { q: 'do you take amex', says: /^Yes\b|American Express/ },
      { q: 'is there a contract for care plans', says: /^No\b|month to month/ },
    ],
  },
  {
    name: 'Greenline Irrigation & Sprinkler Co.',
    file: kb('irrigation'),
    unknown: [
      { q: 'do you install landscape lighting' },
      { q: 'do you do french drains' },
      { q: 'is there a senior discount' },
      { q: 'do you install rain barrels' },
      { q: 'do you install well pumps' },
      { q: 'how much to install a pond', forbidden: PRICE },
      { q: 'do you do pool fills' },
      { q: 'do you aerate lawns' },
      { q: 'do you offer financing for a new system' },
      { q: 'how long does a drip system last' },
    ],
    known: [
      { q: 'how much is a blowout', says: /\$79/, todo: 'covered accuracy: the price sits in "Price: $79 for up to 6 zones" under the "Fall winterization (blowout)" heading; the "Blowout guarantee" sentence says the word itself and wins' },
      { q: 'do you mow lawns', says: /^No\b|Fox Hollow/ },
      { q: 'do i need to be home for the backflow test', says: /^No\b|don't need/ },
      { q: 'can you turn my system on in march', says: /^No\b|April 10/ },
      { q: 'do you take amex', says: /^No\b|American Express/ },
      { q: 'how much is a rain sensor', says: /\$65/ },
    ],
  },
  {
    name: 'Harborview Property Management',
    file: kb('property'),
    unknown: [
      { q: 'can i paint my walls' },
      { q: 'do the units have a washer and dryer inside' },
      { q: 'is there a gym' },
      { q: 'can i sublet my apartment' },
      { q: 'do you accept section 8' },
      { q: 'are there ev chargers' },
      { q: 'how much is rent for a 2 bedroom', forbidden: PRICE },
      { q: 'is heat included in the rent' },
      { q: 'can i put a grill on my patio' },
      { q: 'can i install a dishwasher' },
    ],
    known: [
      { q: 'when is rent due', says: /1st/ },
      { q: 'how much is the late fee', says: /\$75/ },
      { q: 'can i have a 70 lb dog', says: /^No\b|60 lbs/, todo: 'covered accuracy: "70 lb" against "Dogs up to 60 lbs" is no number fit the rows read (numberFit reads counts, not a weight limit); I don\'t know, no invention' },
      { q: 'how much is a storage cage', says: /\$25/ },
      { q: 'do you take venmo', says: /^No\b|Venmo/ },
      { q: 'how much is a replacement key', says: /\$25/ },
    ],
  },
];

await runAnswerProbes(t, 'inv26b', BUSINESSES);
