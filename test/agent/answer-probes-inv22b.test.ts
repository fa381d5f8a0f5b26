import t from 'tap';
import { PRICE, runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// The second half of answer-probes-inv22.test.ts's businesses (its comment says how they were
// written and what was found), in a file of its own: one process building every business one after
// the other came close to tap's 240 s per-file timeout on a loaded two-core machine.

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);
const guide = (id: string) => new URL(`../fixtures/guides/${id}.md`, import.meta.url);

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Northline Snow & Ice Management',
    file: kb('snow'),
    unknown: [
      { q: 'do you plow in maple grove' },
      { q: 'is there a senior discount' },
      { q: 'can you clear snow off my solar panels' },
      { q: 'do you use calcium chloride' },
      { q: 'do you install snow guards' },
      { q: 'can i pay with paypal' },
      { q: 'how much to clear a tennis court', forbidden: PRICE },
      { q: 'do you rent out plow trucks' },
    ],
    known: [
      { q: 'do you sell bagged salt', says: /^No\b/ },
      { q: 'how much to plow a medium driveway', says: /\$70/ },
      { q: 'will you shovel out my car', says: /\$20/ },
      { q: 'do you plow on christmas day', says: /holiday/ },
    ],
  },
  {
    name: 'Ironworks Gym & Fitness',
    file: kb('fitness'),
    unknown: [
      { q: 'do you have a pool' },
      { q: 'do you give a military discount' },
      { q: 'is there a steam room' },
      { q: 'do you offer massages' },
      { q: 'do you sell protein shakes' },
      { q: 'do you have a basketball court' },
      { q: 'do you run crossfit classes' },
      { q: 'do you provide towels', todo: 'a light verb: the towel in the sauna rules reads as provided' },
    ],
    known: [
      { q: 'how much is a day pass', says: /\$15/ },
      { q: 'can i bring a friend', says: /\$10/, todo: 'friend is no guest to the rules (was a wrong yes from a transfer to a friend)' },
      { q: 'is the sauna included with basic', says: /Not for Basic|^No\b/, todo: 'the Plus row that says Basic in a cell gives a wrong yes' },
      { q: 'how old do you have to be to use the gym floor', says: /16/ },
    ],
  },
  {
    name: 'Little Acorns Childcare & Preschool',
    file: kb('daycare'),
    unknown: [
      { q: 'do you have spanish immersion' },
      { q: 'do you provide diapers' },
      { q: 'does your van pick up from lincoln elementary' },
      { q: 'is there a military discount' },
      { q: 'do you take kids with special needs', todo: 'special needs is two everyday words the rules weigh as nothing' },
      { q: 'do you have cameras so i can watch my kid' },
      { q: 'is the lunch gluten free' },
      { q: 'do you offer ballet classes' },
    ],
    known: [
      { q: 'are you open on saturdays', says: /closed on Saturday|^No\b/ },
      { q: 'does my kid need to be potty trained', says: /do not need to be potty trained|^No\b/ },
      { q: 'how much is full time infant care', says: /\$395/, todo: 'full time is the 5-days column: not read as such' },
      { q: 'is there a sibling discount', says: /10%/ },
    ],
  },
  {
    name: 'Riverbend Plumbing & Heating',
    file: kb('plumbing'),
    unknown: [
      { q: 'do you install water softeners' },
      { q: 'can you fix my sprinkler system' },
      { q: 'do you pump septic tanks' },
      { q: 'do you service lennox furnaces' },
      { q: 'do you come to springdale' },
      { q: 'do you have a senior discount' },
      { q: 'how much to replace a kitchen faucet', forbidden: PRICE },
      { q: 'do you do bathroom remodels' },
    ],
    known: [
      { q: 'can i pay with venmo', says: /do not accept payment by PayPal or Venmo/ },
      { q: 'how much is a toilet replacement', says: /\$425/ },
      { q: 'do you install tankless water heaters', says: /^Yes\b.*[Tt]ankless/ },
      { q: 'are you open sunday', says: /Closed/ },
    ],
  },
  // The guides a visitor tried: the wrong answers they got, and their neighbours.
  {
    name: 'Keystone Home Inspections',
    file: guide('home-inspection'),
    unknown: [
      // (Got "Yes. Georgetown and Halton Hills add a $40 travel fee.": that fee is another town's.)
      { q: 'do u charge for travel to oakville', forbidden: /^\s*yes\b|\$40/i },
      { q: 'is there a travel fee for burlington', forbidden: /^\s*yes\b|\$40/i },
      { q: 'do you inspect commercial buildings' },
    ],
    known: [
      { q: 'what areas do you cover', says: /Oakville, Burlington, Milton/ },
      { q: 'do you charge extra to go to georgetown', says: /\$40/ },
    ],
  },
  {
    name: 'Happy Tails Dog Walking',
    file: guide('dog-walker'),
    unknown: [
      // (A puppy's age for a solo walk or a visit is nowhere: only group walks have one.)
      { q: 'can my 10 week old puppy go on solo walks' },
      { q: 'how young can a puppy be for a puppy visit', todo: 'no kind of answer for an age: the price row answers' },
      // (Got "Yes. Puppy visits ...": the guide says nothing of appointments.)
      { q: 'do i need an appointment' },
    ],
    known: [
      { q: 'what areas do you cover', says: /Westfield, Cranford and Garwood/ },
      { q: 'how old does my dog need to be for group walks', says: /6 months/ },
    ],
  },
  {
    name: 'Greenway Lawn & Landscape',
    file: guide('lawn-care'),
    unknown: [{ q: 'do i need an appointment' }],
    known: [{ q: 'what areas do you cover', says: /Oakville, Burlington and Milton/ }],
  },
];

await runAnswerProbes(t, 'inv22b', BUSINESSES);
