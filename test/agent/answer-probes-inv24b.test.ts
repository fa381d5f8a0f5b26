import t from 'tap';
import { PRICE, runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// The second half of answer-probes-inv24.test.ts's businesses (its comment says how they were
// written and what was found), in a file of its own: one process building every business one after
// the other came close to tap's 240 s per-file timeout on a loaded two-core machine.

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);
const guide = (file: string) => new URL(`../fixtures/guides/${file}`, import.meta.url);

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Summit Gutters & Exteriors',
    file: kb('gutter'),
    unknown: [
      { q: 'do you clean windows', todo: 'the thing is said only as the head of another noun ("a 2-hour arrival WINDOW") and the verb by another sentence ("CLEANINGS don\'t need you home"), whose "don\'t" gives the No.' },
      { q: 'do you install snow guards' },
      { q: 'do you go to springfield' },
      { q: 'is there a senior discount' },
      { q: 'can i pay with venmo' },
      { q: 'do you install vinyl gutters' },
      { q: 'how much to paint gutters', forbidden: PRICE },
      { q: 'do you do chimney caps' },
    ],
    known: [
      { q: 'do you fix shingles', says: /^No\b|roof/ },
      { q: 'is there a military discount', says: /10%/ },
      { q: 'how much to clean gutters on a two story', says: /\$219/, todo: 'covered accuracy (ans24): "Two-story: $219." is a sentence of its own that does not repeat the gutter cleaning of the one before; the Clear Flow Plan says "two-story" and cleanings' },
      { q: 'can i pay with amex', says: /^No\b|American Express/ },
    ],
  },
  {
    name: 'Greenway Lawn & Landscape',
    file: kb('landscape'),
    unknown: [
      { q: 'do you do tree removal' },
      { q: 'do you install artificial turf' },
      { q: 'do you build decks' },
      { q: 'do you go to riverton' },
      { q: 'is there a senior discount' },
      { q: 'can i pay with venmo' },
      { q: 'how much to install a pond', forbidden: PRICE },
      { q: 'do you install pools' },
    ],
    known: [
      { q: 'how much is core aeration', says: /\$95/, todo: 'covered accuracy (ans24): "Overseeding with core aeration is $180" ties with "Core aeration is $95 and dethatching is $140" and the later chunk wins' },
      { q: 'can i pay cash', says: /cash/i },
      { q: 'do you plow in cedar bend', says: /Cedar Bend|^Yes\b/ },
      { q: 'how much is mulch', says: /\$85/ },
    ],
  },
  {
    name: 'Sentinel Home Security',
    file: kb('alarm'),
    unknown: [
      { q: 'do you install ring doorbells' },
      { q: 'do you do fire sprinklers' },
      { q: 'do you install in riverton' },
      { q: 'is there a military discount' },
      { q: 'can i pay with paypal' },
      { q: 'how much for a panic button', forbidden: PRICE },
      { q: 'do you install intercoms' },
      { q: 'do you do gate openers' },
    ],
    known: [
      { q: 'how much is the plus plan', says: /\$39\.99/ },
      { q: 'do you install smart locks', says: /^Yes\b|\$129/ },
      { q: 'can i pay for the install in cash', says: /no cash|^No\b/ },
      { q: 'how much is a glass break sensor', says: /\$65/ },
    ],
  },
  {
    name: 'Spoke & Chain Cycles',
    file: guide('bike-shop.md'),
    unknown: [
      { q: 'do you charge for the estimate' },
      { q: 'do you store bikes over winter' },
      { q: 'do you rent bikes' },
    ],
    known: [
      { q: 'do you charge for storage', says: /\$5 per day/ },
      { q: 'do you charge for pickup', says: /\$25/ },
    ],
  },
  {
    name: 'Ember & Oak Catering',
    file: guide('catering.md'),
    unknown: [
      { q: 'do you do wedding cakes' },
      { q: 'can you bring a dj' },
    ],
    known: [
      { q: 'can you do the bar too? like drinks', says: /^No\b.*(?:alcohol|bartender)/, todo: 'the yes comes from the pizza bar row and the no from the sentence added for "drinks"; dropping the word when two units disagree also dropped right yeses on the tune split (a closing list beside the hours asked), and "drinks" after "like" reads as context, so the added unit cannot be told apart by the subject word' },
      { q: 'do you do weddings', says: /^Yes\b/ },
    ],
  },
];

await runAnswerProbes(t, 'inv24b', BUSINESSES);
