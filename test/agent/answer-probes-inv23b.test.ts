import t from 'tap';
import { PRICE, runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// The second half of answer-probes-inv23.test.ts's businesses (its comment says how they were
// written and what was found), in a file of its own: one process building every business one after
// the other came close to tap's 240 s per-file timeout on a loaded two-core machine.

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Hilltop Propane & Heating Oil',
    file: kb('propane'),
    unknown: [
      { q: 'do you deliver diesel' },
      { q: 'do you deliver to riverton' },
      { q: 'do you service trane furnaces' },
      { q: 'is there a senior discount' },
      { q: 'do you install generators' },
      { q: 'do you take apple pay' },
      { q: 'how much to install a gas fireplace', forbidden: PRICE },
      { q: 'do you fix water heaters' },
    ],
    known: [
      { q: 'do you take amex', says: /^No\b|do not accept American Express/ },
      { q: 'can you fill my rv', says: /^No\b|do not deliver to boats, campers or RVs/ },
      { q: 'how much to refill a grill tank', says: /\$21\.50/ },
      { q: 'do you work on central air', says: /^No\b/ },
    ],
  },
  {
    name: 'Otter Cove Swim School',
    file: kb('swimschool'),
    unknown: [
      { q: 'do you have a hot tub' },
      { q: 'do you teach scuba' },
      { q: 'do you offer water aerobics' },
      { q: 'is there a military discount' },
      { q: 'can i pay with cash', todo: 'the guide names no way of paying; "cash refunds" gives a wrong No (cash is a word the guide uses, so it is not an unnamed way)' },
      { q: 'how much is swim team', forbidden: PRICE },
      { q: 'do you sell goggles' },
      { q: 'do you have a diving board' },
    ],
    known: [
      { q: 'is there a sibling discount', says: /10%/, todo: 'sibling is no word of the guide and has no related words ("brothers and sisters")' },
      { q: 'how much is lap swim', says: /\$8/ },
      { q: 'do you offer lifeguard certification', says: /^Yes\b|Lifeguarding/ },
      { q: 'can i watch my kids lesson', says: /gallery/ },
    ],
  },
  {
    name: 'VentRight Dryer Vent & Air Duct Cleaning',
    file: kb('dryervent'),
    unknown: [
      { q: 'do you clean chimneys' },
      { q: 'do you go to riverton' },
      { q: 'is there a senior discount' },
      { q: 'do you do mold removal' },
      { q: 'do you take venmo' },
      { q: 'how much to clean a kitchen exhaust hood', forbidden: PRICE },
      { q: 'do you install bathroom fans' },
      { q: 'do you clean carpets' },
    ],
    known: [
      { q: 'do you repair dryers', says: /^No\b|do not repair dryers/ },
      { q: 'do you take american express', says: /^No\b|do not take American Express/ },
      { q: 'is there a military discount', says: /10%/ },
      { q: 'how much is a bird guard', says: /\$39/ },
    ],
  },
  {
    name: 'BlueWave Hot Tub & Spa Service',
    file: kb('hottub'),
    unknown: [
      { q: 'do you fix saunas' },
      { q: 'do you service coleman spas' },
      { q: 'do you come to riverton' },
      { q: 'is there a senior discount' },
      { q: 'do you install pergolas' },
      { q: 'how much to replace a hot tub light', forbidden: PRICE },
      { q: 'can i pay with paypal' },
      { q: 'do you sell hot tub steps' },
    ],
    known: [
      { q: 'do you sell new hot tubs', says: /^No\b/ },
      { q: 'do you fix sundance tubs', says: /^Yes\b/ },
      { q: 'how much is a cover lifter', says: /\$249/ },
      { q: 'do you do the electrical hookup', says: /^No\b/ },
    ],
  },
];

await runAnswerProbes(t, 'inv23b', BUSINESSES);
