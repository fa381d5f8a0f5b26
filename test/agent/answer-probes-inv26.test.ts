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

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);
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

await runAnswerProbes(t, 'inv26', BUSINESSES);
