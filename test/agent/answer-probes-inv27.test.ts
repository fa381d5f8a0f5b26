import t from 'tap';
import { runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// Session 27 probes of the never-invent rule, measured by BREADTH: every business is asked the same
// six SHAPES of question the page does not answer, so a class that invents shows as a class, not as
// one wording. Six tune businesses of eval/data/kb (clinic, pest and waterproof, which no probe used
// yet, and locksmith, pool and tree, last probed by inv22) and two guides written for this test
// (test/fixtures/guides/pottery-studio.md, window-washing.md). The shapes:
//   sibling  a service beside the ones offered, never named on the page
//   place    a place, a brand, a size or a kind of thing the page does not list
//   policy   a discount, a warranty, a licence, insurance, a refund or a deposit never stated
//   safe     "is it safe", "does it hurt", "how long does it last"
//   number   a number the text does not give (an age limit, a count, a weight)
//   day      "do you do X on <day>" where only the opening hours speak
// Each business also gets covered look-alikes that must still be answered. Questions written from
// the pages alone, not taken from eval/data/questions.jsonl, and written before the test was run.
//
// First run (written before it was run, before any fix of this session): uncovered 72/96 said
// "don't know", 10 invented by the helper's count (a yes or a forbidden thing) and 14 more loosely
// matching sentences (24 not "don't know"). Per shape, not-"don't-know" (of them invented):
//   sibling 0/16, place 0/16: none.
//   policy 2/24 (2): "is there a warranty on wildlife exclusion" -> "Yes. Exclusion work ... Both
//     come with a 5-year renewable TERMITE warranty"; "can i get a refund on my membership" -> "Yes.
//     Cancel a CLASS SPOT ... for a full refund".
//   safe 8/16 (3): "does dry needling hurt" -> "Yes. Dry needling add-on ... $35"; "does rekeying
//     damage the lock" -> "Yes. Broken key extraction ..."; "does pruning hurt the tree" -> "Yes. If
//     someone is trapped or hurt under a tree ..."; and loosely: "how long does a crawl space liner
//     last" -> "Crawl space encapsulation: 2 to 4 days" (the install), "how long does a fired mug
//     last" -> "Glaze firing takes about 2 weeks", "how long does the flea treatment keep working"
//     -> its visits row, "how long do the windows stay clean" and "is the purified water safe for
//     my plants" -> sentences that only share words.
//   number 9/16 (0 by the helper, all 9 loosely matching): "how many traps" -> the wildlife prices,
//     "how many technicians", "how many keys can you cut", "how many trees ... in a day" -> "wider
//     than 24 inches", "how tall a tree can you climb" -> "add 20% (dead wood is dangerous to
//     climb)", "weight limit on the window well cover" -> its $189 row, "how many pieces can i
//     fire" -> "6 weekly evening classes", "how many people come" -> "Someone 18 or older", "how
//     many windows does the one story price cover" -> the prices.
//   day 5/8 (5): "do you do home visits / leak detection / gutter cleaning on saturdays", "do you
//     program car keys on sundays", "do you do date night on fridays" -> "Yes." + the thing's
//     sentence + that day's opening hours.
// Covered look-alikes 43/47 answered (the four marked todo below, none an invention of ours).
// After this session's gates (answer-days.dayOnlyByHours, answer-unanswered.harmUnanswered,
// safeForUnsaid, policyOfAnother, lifespanUnanswered, measureUnanswered, countOfAnother): uncovered
// 96/96 said "don't know", 0 invented; covered 43/47 ("how deep do you grind stumps" went from a
// wrong sentence to "I don't know": measureUnanswered refuses the sentence the words picked).

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);
const guide = (file: string) => new URL(`../fixtures/guides/${file}`, import.meta.url);

const S = 'sibling', P = 'place', POL = 'policy', SAFE = 'safe', N = 'number', DAY = 'day';

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Harbor Physio',
    file: kb('clinic'),
    unknown: [
      { shape: S, q: 'do you do acupuncture' },
      { shape: S, q: 'do you offer cupping' },
      { shape: P, q: 'do you have a clinic in westport' },
      { shape: P, q: 'is there a shower i can use after my session' },
      { shape: POL, q: 'is there a student discount' },
      { shape: POL, q: 'can i get a refund on the unused sessions of a package' },
      { shape: POL, q: 'is there a discount for veterans' },
      { shape: SAFE, q: 'does dry needling hurt' },
      { shape: SAFE, q: 'how long do the effects of a sports massage last' },
      { shape: N, q: 'how many sessions will i need after a knee replacement' },
      { shape: N, q: 'is there a weight limit for the treatment tables' },
      { shape: DAY, q: 'do you do home visits on saturdays' },
    ],
    known: [
      { q: 'how much is the first assessment', says: /\$120/ },
      { q: 'do i need a referral', says: /^No\b|referral/ },
      { q: 'do you take medicaid', says: /^No\b|Medicaid/ },
      { q: 'are you open on sundays', says: /^No\b|Closed/ },
      { q: 'how much is dry needling', says: /\$35/ },
      { q: 'do you treat kids', says: /^No\b|under 12/ },
    ],
  },
  {
    name: 'Greenleaf Pest Control',
    file: kb('pest'),
    unknown: [
      { shape: S, q: 'do you do mosquito spraying' },
      { shape: S, q: 'do you get rid of moles in the lawn' },
      { shape: P, q: 'do you treat boats' },
      { shape: P, q: 'can you do a bed bug treatment in an rv' },
      { shape: POL, q: 'is there a student discount' },
      { shape: POL, q: 'is the protection plan refundable if i move' },
      { shape: POL, q: 'is there a warranty on wildlife exclusion' },
      { shape: SAFE, q: 'is the bed bug heat safe for my piano' },
      { shape: SAFE, q: 'how long does the flea treatment keep working' },
      { shape: N, q: 'how many traps do you set for mice' },
      { shape: N, q: 'how many technicians come for a heat treatment' },
      { shape: DAY, q: 'do you do wildlife removal on saturdays' },
    ],
    known: [
      { q: 'how much to get rid of a wasp nest', says: /\$120/ },
      { q: 'do you do snakes', says: /^No\b|snakes/ },
      { q: 'is the termite inspection free', says: /^Yes\b|[Ff]ree/ },
      { q: 'do you serve new bedford', says: /Tuesdays and Thursdays/ },
      { q: 'do seniors get a discount', says: /10%/ },
      { q: 'how long do i stay out after spraying', says: /1 to 2 hours/ },
    ],
  },
  {
    name: 'DryCore Basement Waterproofing',
    file: kb('waterproof'),
    unknown: [
      { shape: S, q: 'do you seal garage floors' },
      { shape: S, q: 'do you build basement bathrooms' },
      { shape: P, q: 'do you work in brookfield' },
      { shape: P, q: 'do you install wayne sump pumps' },
      { shape: POL, q: 'is there a student discount' },
      { shape: POL, q: 'do you charge a restocking fee' },
      { shape: POL, q: 'are you bbb accredited' },
      { shape: SAFE, q: 'is the crack injection safe for kids' },
      { shape: SAFE, q: 'how long does a crawl space liner last' },
      { shape: N, q: 'how many gallons per hour does the sump pump move' },
      { shape: N, q: 'what is the weight limit on the window well cover' },
      { shape: DAY, q: 'can i visit the showroom on saturday' },
    ],
    known: [
      { q: 'is the inspection free', says: /^Yes\b|free/ },
      { q: 'how much is a new sump pump', says: /\$1,450/ },
      { q: 'do you do mold removal', says: /^No\b|mold/ },
      { q: 'do you take paypal', says: /^No\b|PayPal/ },
      { q: 'do you do installs on saturdays', says: /^No\b|Inspections only/ },
      { q: 'is the warranty transferable', says: /^Yes\b|transferable/ },
    ],
  },
  {
    name: 'Keystone Lock & Safe',
    file: kb('locksmith'),
    unknown: [
      { shape: S, q: 'do you install garage door openers' },
      { shape: S, q: 'do you fix windows that wont lock' },
      { shape: P, q: 'can you make a key for a ducati motorcycle' },
      { shape: P, q: 'do you sell medeco locks' },
      { shape: POL, q: 'is there a senior discount' },
      { shape: POL, q: 'do i get a refund if you cant open my safe' },
      { shape: POL, q: 'is there a deposit for a master key system' },
      { shape: SAFE, q: 'does rekeying damage the lock' },
      { shape: SAFE, q: 'how long does a smart lock battery last' },
      { shape: N, q: 'how many keys can you cut while i wait' },
      { shape: N, q: 'how old do i have to be to get a key cut' },
      { shape: DAY, q: 'do you program car keys on sundays' },
    ],
    known: [
      { q: 'how much for a house lockout', says: /\$85/ },
      { q: 'do you work on boats', says: /^No\b|boats/ },
      { q: 'do you take checks', says: /^No\b|checks/ },
      { q: 'how much to rekey a lock', says: /\$65/ },
      { q: 'can you make a key for my tesla', says: /^No\b|Tesla/ },
      { q: 'are you open on sundays', says: /10:00 am/ },
    ],
  },
  {
    name: 'Clearwater Pool & Spa Care',
    file: kb('pool'),
    unknown: [
      { shape: S, q: 'do you install pool fences' },
      { shape: S, q: 'do you repair pool lights' },
      { shape: P, q: 'do you service jandy equipment' },
      { shape: P, q: 'do you service above ground pools' },
      { shape: POL, q: 'is there a discount for seniors' },
      { shape: POL, q: 'do you need a deposit for a safety cover' },
      { shape: POL, q: 'are your techs insured' },
      { shape: SAFE, q: 'is a salt pool safe for my dog' },
      { shape: SAFE, q: 'how long does a pool opening take' },
      { shape: N, q: 'what is the biggest pool the standard plan covers' },
      { shape: N, q: 'how old do i have to be to buy chlorine in the store' },
      { shape: DAY, q: 'do you do leak detection on saturdays' },
    ],
    known: [
      { q: 'how much is a pool opening', says: /\$275/ },
      { q: 'do you service hotel pools', says: /^No\b|commercial/ },
      { q: 'do you take cash', says: /^No\b|cash/ },
      { q: 'can i pause my plan in winter', says: /^Yes\b|November to March/ },
      { q: 'how much is a green pool cleanup', says: /\$250/ },
    ],
  },
  {
    name: 'Tall Timber Tree Care',
    file: kb('tree'),
    unknown: [
      { shape: S, q: 'do you deliver firewood' },
      { shape: S, q: 'do you plant trees' },
      { shape: P, q: 'do you work in riverton' },
      { shape: P, q: 'can you remove a palm tree' },
      { shape: POL, q: 'is there a senior discount' },
      { shape: POL, q: 'do you offer a military discount' },
      { shape: POL, q: 'is there a warranty on tree removal' },
      { shape: SAFE, q: 'does pruning hurt the tree' },
      { shape: SAFE, q: 'how long does a crown reduction last' },
      { shape: N, q: 'how many trees can you take down in a day' },
      { shape: N, q: 'how tall a tree can you climb' },
      { shape: DAY, q: 'do you give estimates on saturdays' },
    ],
    known: [
      { q: 'how much to trim a small tree', says: /\$175/ },
      { q: 'do you top trees', says: /^No\b|top/ },
      { q: 'are estimates free', says: /^Yes\b|free/ },
      { q: 'do you offer financing', says: /^No\b|financing/ },
      { q: 'can i keep the wood', says: /16-inch|rounds/, todo: 'covered accuracy: "keep" is no word of the 16-inch rounds sentence ("If you want the wood for your fireplace ... we\'ll leave the trunk"), and "wood" picks "dead wood is dangerous to climb" with a yes (first run too)' },
      { q: 'how deep do you grind stumps', says: /6 to 8 inches/, todo: 'covered accuracy: the words pick "We do pruning, ... stump grinding ..." (first run) over the "We grind 6 to 8 inches below the ground" list item; measureUnanswered now refuses that pick, so "I don\'t know" instead of a wrong sentence' },
    ],
  },
  {
    name: 'Muddy Hands Pottery Studio',
    file: guide('pottery-studio.md'),
    unknown: [
      { shape: S, q: 'do you teach glass blowing' },
      { shape: S, q: 'do you do paint your own pottery' },
      { shape: P, q: 'do you sell porcelain clay' },
      { shape: P, q: 'do you have a studio in ferndale' },
      { shape: POL, q: 'is there a student discount' },
      { shape: POL, q: 'can i get a refund on my membership' },
      { shape: POL, q: 'is there a deposit for parties' },
      { shape: SAFE, q: 'is the glaze food safe' },
      { shape: SAFE, q: 'how long does a fired mug last' },
      { shape: N, q: 'how many pieces can i fire a month as a member' },
      { shape: N, q: 'how heavy can a piece be for the kiln' },
      { shape: DAY, q: 'do you do date night on fridays' },
    ],
    known: [
      { q: 'how much is the intro to the wheel class', says: /\$240/ },
      { q: 'can i bring my own clay', says: /^No\b|[Oo]utside clay/, todo: 'covered accuracy: "Outside clay is not allowed in our kilns" is not found for "my own clay" (first run: I don\'t know, no invention)' },
      { q: 'how old do you have to be', says: /16/, todo: 'covered accuracy: the kids\' camp "ages 8 to 12" row outranks "Students must be 16 or older" (first run too); an age said, of the camp' },
      { q: 'how much is a membership', says: /\$150/ },
      { q: 'are you open mondays', says: /^No\b|Closed/ },
      { q: 'is the studio wheelchair accessible', says: /^Yes\b|wheelchair|step-free/ },
    ],
  },
  {
    name: 'Crystal Pane Window Washing',
    file: guide('window-washing.md'),
    unknown: [
      { shape: S, q: 'do you pressure wash driveways' },
      { shape: S, q: 'do you clean solar panels' },
      { shape: P, q: 'do you work in lynden' },
      { shape: P, q: 'do you clean boat windows' },
      { shape: POL, q: 'is there a senior discount' },
      { shape: POL, q: 'are you insured' },
      { shape: POL, q: 'do you need a deposit' },
      { shape: SAFE, q: 'is the purified water safe for my plants' },
      { shape: SAFE, q: 'how long do the windows stay clean' },
      { shape: N, q: 'how many people come to clean' },
      { shape: N, q: 'how many windows does the one story price cover' },
      { shape: DAY, q: 'do you do gutter cleaning on saturdays' },
    ],
    known: [
      { q: 'how much for a two story inside and out', says: /\$340/ },
      { q: 'do you work sundays', says: /^No\b|Sundays/ },
      { q: 'do you repair gutters', says: /^No\b|repair/ },
      { q: 'do you take venmo', says: /^Yes\b|Venmo/ },
      { q: 'what if there are streaks', says: /3 days|redo/ },
      { q: 'how much to wash screens', says: /\$4/ },
    ],
  },
];

await runAnswerProbes(t, 'inv27', BUSINESSES);
