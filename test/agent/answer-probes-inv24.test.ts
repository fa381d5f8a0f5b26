import t from 'tap';
import { PRICE, runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// Session 24 probes of the never-invent rule, on 8 tune businesses of eval/data/kb that inv22 and
// inv23 did not use: questions the guide does NOT answer but comes close to (a service beside one
// offered, a town not listed, a brand not named, a discount or a way of paying not offered, a
// price for a job never priced, keeping a thing for the visitor) must get the honest "I don't
// know" and no yes, no price; beside them, look-alikes the guide does answer must still be
// answered. Two guides of test/fixtures/guides/ carry what was seen using the product (the bike
// shop's "do you charge for the estimate" got a yes; the caterer's "can you do the bar too? like
// drinks" got a yes from the pizza bar). Questions written for this test from the guides alone,
// not taken from eval/data/questions.jsonl, and written before the test was first run.
//
// First run (written before it was run, before any fix of this session): uncovered 65/69 said
// "don't know" (0.94) with 3 invented: a yes from a job said of another thing ("do you do tree
// removal" -> "Sod ... including removing the old turf" and the trees sentence after it), a price
// for a job never priced ("how much to replace a slide out motor" -> the "Slide-out adjustment"
// row, and an awning row after it), and the bike shop's "do you charge for the estimate" -> "Yes. We
// quote before we start any work over $50" (a bound, no price of the quote); one more uncovered got a
// wrong "No." ("do you clean windows" -> "a 2-hour arrival window" and "Cleanings don't need you
// home"). Covered look-alikes 33/36 answered (failing: the caterer's "can you do the bar too? like
// drinks" -> "Yes. Wood-fired pizza bar ..." before the no to alcohol; "how much is core aeration"
// -> the overseeding price; "how much to clean gutters on a two story" -> the Clear Flow Plan).
// On the 8 eval businesses alone: uncovered 61/64, 2 invented; covered 30/32.
// After this session's fixes: uncovered 67/69 said "don't know", 1 invented (the slide-out motor,
// through typo correction); covered 33/36 (the rows still failing are marked todo, with why: two are
// covered accuracy of the landscaper and the gutter guide, one is the caterer's yes and no from two units).

// The second half of these businesses is in answer-probes-inv24b.test.ts (one process built
// them all too close to tap's 240 s per-file timeout on a loaded machine); the counts above are
// of both files together.

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Trailhead Mobile RV Service',
    file: kb('rv'),
    unknown: [
      { q: 'do you store rvs over the winter' },
      { q: 'can you fix my tv antenna' },
      { q: 'do you service thetford toilets' },
      { q: 'is there a senior discount' },
      { q: 'do you take apple pay' },
      { q: 'how much to replace a slide out motor', forbidden: PRICE, todo: 'typo correction reads "replace" as the guide\'s "replaced" (one edit, same start), so the job asked is lost and the "Slide-out adjustment" row prices it; keeping an English word that is another form of the guide\'s word fixed it but lost a covered tune item ("how late is the showroom open on thursday": "thursday" kept singular missed the Thursdays sentence)' },
      { q: 'do you wash rvs' },
      { q: 'do you install solar panels on rvs' },
    ],
    known: [
      { q: 'do you do engine work', says: /^No\b|engine/ },
      { q: 'how much is a roof inspection', says: /\$95/ },
      { q: 'do you take venmo', says: /^No\b|Venmo/ },
      { q: 'do you come to lakeside pines', says: /Lakeside Pines/ },
    ],
  },
  {
    name: 'Tidewater Movers',
    file: kb('moving'),
    unknown: [
      { q: 'do you do junk removal' },
      { q: 'is there a student discount' },
      { q: 'can i pay with paypal' },
      { q: 'do you sell tape' },
      { q: 'how much to move a fridge', forbidden: PRICE },
      { q: 'do you assemble ikea furniture' },
      { q: 'do you clean the house after we move out' },
      { q: 'do you rent moving trucks' },
    ],
    known: [
      { q: 'do you move pianos', says: /\$250|^Yes\b/ },
      { q: 'can i pay cash', says: /tips|^No\b/ },
      { q: 'how much is a wardrobe box', says: /\$15/ },
      { q: 'do you move cars', says: /^No\b|vehicles/ },
    ],
  },
  {
    name: 'Liftright Garage Doors',
    file: kb('garage'),
    unknown: [
      { q: 'do you install genie openers' },
      { q: 'do you fix driveway gates' },
      { q: 'do you go to riverton' },
      { q: 'is there a senior discount' },
      { q: 'can i pay with paypal' },
      { q: 'how much for a new weather seal', forbidden: PRICE },
      { q: 'do you fix commercial roll up doors' },
      { q: 'do you sell used doors' },
    ],
    known: [
      { q: 'how much to replace one spring', says: /\$245/ },
      { q: 'do you install liftmaster', says: /LiftMaster/ },
      { q: 'do you go to millport', says: /Millport|no trip charge/ },
      { q: 'is there financing', says: /Synchrony|financing/ },
    ],
  },
  {
    name: 'ClearView Glass & Window Repair',
    file: kb('glass'),
    unknown: [
      { q: 'do you install skylights' },
      { q: 'do you do stained glass' },
      { q: 'do you go to hartford' },
      { q: 'is there a military discount' },
      { q: 'can i pay with venmo' },
      { q: 'how much for a glass table top', forbidden: PRICE },
      { q: 'do you sell window blinds' },
      { q: 'do you do glass railings' },
    ],
    known: [
      { q: 'do you do windshields', says: /^No\b|auto glass/ },
      { q: 'can i pay with amex', says: /^No\b|American Express/ },
      { q: 'how much to rescreen a window', says: /\$29/ },
      { q: 'do you do board ups at night', says: /^Yes\b|board-up/i },
    ],
  },
  {
    name: 'Rivera Septic & Drain',
    file: kb('septic'),
    unknown: [
      { q: 'do you rent porta potties' },
      { q: 'do you install septic tanks' },
      { q: 'do you go to santa fe' },
      { q: 'is there a senior discount' },
      { q: 'can i pay with apple pay' },
      { q: 'how much to pump a cesspool', forbidden: PRICE },
      { q: 'do you unclog kitchen sinks' },
      { q: 'do you sell septic additives' },
    ],
    known: [
      { q: 'how much to pump a 1000 gallon tank', says: /\$375/ },
      { q: 'do you take amex', says: /^No\b|American Express/ },
      { q: 'do you do inspections for house sales', says: /^Yes\b|\$325/ },
      { q: 'is there financing', says: /Hearth|financing|0%/ },
    ],
  },
];

await runAnswerProbes(t, 'inv24', BUSINESSES);
