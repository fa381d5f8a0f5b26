import t from 'tap';
import { PRICE, runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// Session 26 probes of the never-invent rule: four guides of trades no probe used yet, written for
// this test (test/fixtures/guides/: a tattoo studio, a piano tuner, an alterations shop, a kayak
// rental), and four tune businesses of eval/data/kb that inv22 to inv25 did not use (refrig,
// studio, irrigation, property). Each gets questions the page does NOT answer but comes close to,
// typed the way visitors type (a service beside one offered, a brand or size not listed, a discount,
// a way of paying, a guarantee or a licence never stated, "is it safe", "how long does X last", an
// age or a count never given): the honest "I don't know", no yes, no price; and look-alikes the
// page does answer, which must still be answered. Questions written from the guides alone, not taken
// from eval/data/questions.jsonl, and written before the test was first run.
//
// First run (written before it was run, before any fix of this session): uncovered 71/81 said
// "don't know", 7 invented (a yes or a price) and 3 more loosely matching sentences: "can i bring a
// friend with me" -> "Yes. Bring your ID."; "are you insured" -> "Yes. Written appraisals for
// insurance or sale: $95."; "how much to replace a zipper on a backpack" -> the pants and jacket
// zipper prices; "how much to rent a kayak for a week" -> the age rule and the single kayak row;
// "can i pay for a repair in installments" -> "Yes. Equipment financing for new walk-ins ...";
// "how long does a compressor last" -> the compressor's warranty; "do you do video production" ->
// "Yes. Online shop ..."; "are there ev chargers" -> "Yes. ... an itemized list of any charges";
// "is heat included in the rent" -> "No. Emergency — Examples: No heat below 55°F ..."; "how long do
// tattoos last before they fade" -> "Most tattoos are healed ... in about 2 to 3 weeks". Covered
// look-alikes 43/48 answered ("can i bring my dog" -> "Yes. Bring your own dog life jacket." rather
// than "Dogs are welcome on tandem kayaks and canoes", and the four rows marked todo below).
// After this session's fixes: uncovered 78/81 said "don't know", 2 invented (the kayak week's prices
// and "Yes. Online shop" for video production) and the tattoo's healing time, the three marked todo
// with why; covered 44/48 ("can i bring my dog" now gets "Dogs are welcome"; the four left are covered
// accuracy, no invention, marked todo).

// The second half of these businesses is in answer-probes-inv26b.test.ts (one process built
// them all too close to tap's 240 s per-file timeout on a loaded machine); the counts above are
// of both files together.

const guide = (file: string) => new URL(`../fixtures/guides/${file}`, import.meta.url);

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Ironwood Tattoo Co.',
    file: guide('tattoo-studio.md'),
    unknown: [
      { q: 'do you do microblading' },
      { q: 'do you do henna tattoos' },
      { q: 'is there a student discount' },
      { q: 'can i pay in installments' },
      { q: 'how long do tattoos last before they fade', todo: 'the words alone refuse it; the encoder\'s pick ("Most tattoos are healed ... in about 2 to 3 weeks") is a duration of another process, and "fade", a four-letter word the page never uses, is let through by the rare-word check (length >= 5); lowering that length broke 9 covered tune items ("co", "tip", "eve" ...)' },
      { q: 'does it hurt' },
      { q: 'is it safe to get tattooed while pregnant' },
      { q: 'do you use vegan ink' },
      { q: 'can i bring a friend with me' },
      { q: 'how much for a full sleeve', forbidden: PRICE },
      { q: 'do you tattoo hands and fingers' },
    ],
    known: [
      { q: 'how much is the deposit', says: /\$100/ },
      { q: 'do u take apple pay', says: /^Yes\b|Apple Pay/ },
      { q: 'can i walk in on friday', says: /^Yes\b|[Ww]alk-ins/ },
      { q: 'how long does it take to heal', says: /2 to 3 weeks/ },
      { q: 'are you open mondays', says: /^No\b|Closed/ },
      { q: 'who does portraits', says: /Luis/ },
      { q: 'can i get tattooed at 17 with my mom there', says: /^No\b|18/, todo: 'covered accuracy: "17" against "18 or older" is read as no age told (AGE_TOLD needs "years old"), and "mom" finds nothing; the honest I don\'t know, no invention' },
    ],
  },
  {
    name: 'Harmon Piano Service',
    file: guide('piano-tuner.md'),
    unknown: [
      { q: 'do you tune harpsichords' },
      { q: 'do you fix digital pianos' },
      { q: 'do you repair organs' },
      { q: 'how much to tune a harpsichord', forbidden: PRICE },
      { q: 'do you buy used pianos' },
      { q: 'do you give piano lessons' },
      { q: 'is there a discount for churches' },
      { q: 'are you insured' },
      { q: 'do you fix player pianos' },
      { q: 'do you sell pianos' },
    ],
    known: [
      { q: 'how much to tune a grand piano', says: /\$135/ },
      { q: 'can you move my piano', says: /^No\b|move pianos/ },
      { q: 'do you work saturdays', says: /^No\b|Monday to Friday/ },
      { q: 'how often should i get it tuned', says: /once a year/ },
      { q: 'do you take venmo', says: /^Yes\b|Venmo/ },
      { q: 'how much is an appraisal', says: /\$95/ },
    ],
  },
  {
    name: 'Stitch & Press Alterations',
    file: guide('tailor.md'),
    unknown: [
      { q: 'do you do shoe repair' },
      { q: 'can you hem curtains' },
      { q: 'do you do embroidery' },
      { q: 'do you do wash and fold' },
      { q: 'is there a senior discount' },
      { q: 'can i pay with venmo' },
      { q: 'how much to replace buttons on a coat', forbidden: PRICE },
      { q: 'how much to replace a zipper on a backpack', forbidden: PRICE },
      { q: 'do you pick up and deliver' },
      { q: 'do you alter swimsuits' },
    ],
    known: [
      { q: 'how much to hem jeans', says: /\$25/ },
      { q: 'can i get it rushed', says: /50%/ },
      { q: 'can you fix my leather jacket', says: /^No\b|leather/ },
      { q: 'do i need an appointment', says: /[Nn]o appointment/ },
      { q: 'when should i book my wedding dress fitting', says: /8 weeks/ },
      { q: 'how much to replace a jacket zipper', says: /\$40/ },
    ],
  },
  {
    name: 'Blue Heron Paddle Co.',
    file: guide('kayak-rental.md'),
    unknown: [
      { q: 'do you rent fishing kayaks' },
      { q: 'do you rent pedal boats' },
      { q: 'is there a group discount' },
      { q: 'do you give kayak lessons' },
      { q: 'how much to rent a kayak for a week', forbidden: PRICE, todo: 'a period not offered said without a number ("a week" against 1 hour / 2 hours / Full day columns): lengthNotOffered reads lengths in minutes from a number only' },
      { q: 'do you rent wetsuits' },
      { q: 'is the lake safe to swim in' },
      { q: 'do you do sunrise tours' },
      { q: 'do you do birthday parties' },
      { q: 'do you sell kayaks' },
    ],
    known: [
      { q: 'how much is a paddleboard for 2 hours', says: /\$40/ },
      { q: 'can i bring my dog', says: /tandem|[Dd]ogs are welcome/ },
      { q: 'do i need a reservation', says: /[Ww]alk-ups|[Rr]eserve/ },
      { q: 'can my 14 year old rent a kayak by himself', says: /^No\b|16/ },
      { q: 'do you take cash', says: /^No\b|[Cc]ards only/ },
      { q: 'is there a sunset tour', says: /\$60|^Yes\b/ },
    ],
  },
];

await runAnswerProbes(t, 'inv26', BUSINESSES);
