import t from 'tap';
import { PRICE, runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// Session 22 probes of the never-invent rule: for tune businesses of eval/data/kb (and the guides
// of test/fixtures/guides a visitor tried), questions the guide does NOT answer but comes close to
// (a service beside one offered, a town not listed, a brand not named, a discount not offered) must
// get the honest "I don't know" and no yes, no price; beside them, look-alikes the guide does answer
// must still be answered. Each business is made as the eval makes it (the guide ingested, asked
// through the agent's chat turn, a fresh conversation per question). Questions written for this
// test from the guides alone, not taken from eval/data/questions.jsonl.
//
// First run (written before it was run, before any fix of this session): uncovered 74/87 said
// "don't know" (0.85) with 11 invented (a yes or a price), covered look-alikes 37/45 answered.
// The invented: a yes from a sentence that only mentions the word ("do you mow lawns" -> "We
// repair ruts in your lawn", "do you provide towels" -> "swimsuit or towel", "do you provide
// diapers" -> "diaper cream needs a permission slip", "do you rent cars" -> what to bring to a
// release, "do you take kids with special needs" -> a vacation week), another town's travel fee
// ("do u charge for travel to oakville" -> Georgetown's $40, twice), a puppy's age for a group walk
// said of a solo walk, "do i need an appointment" -> a yes from a meet-and-greet or a bagging fee.
// After this session's fixes: 81/87 said "don't know", 5 invented (rows marked todo, with why);
// ("what areas do you cover" on three guides passes since whereWeWork: those rows are no longer todo.)
// covered 37/45 (the 8 failing before any fix, marked todo: covered accuracy is another helper's).
// Session 23: "how much to fix a pool light" says "I don't know" (the thing a priced job is done to
// is one the guide never names), and "do i need an appointment" on both guides (a yes to needing a
// thing needs a unit that says needing, or the thing itself, not a related "visit"): no longer todo.

// The second half of these businesses is in answer-probes-inv22b.test.ts (one process built
// them all too close to tap's 240 s per-file timeout on a loaded machine); the counts above are
// of both files together.

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Keystone Lock & Safe',
    file: kb('locksmith'),
    unknown: [
      { q: 'do you fix garage door openers' },
      { q: 'can you rekey a padlock' },
      { q: 'do u come out to brookfield' },
      { q: 'do you give a military discount' },
      { q: 'do you sell padlocks' },
      { q: 'can you copy a mailbox key' },
      { q: 'how much to open a locked filing cabinet', forbidden: PRICE },
      { q: 'do you install kwikset smart locks' },
    ],
    known: [
      { q: 'can you install a ring doorbell', says: /^No\b.*video doorbells/, todo: 'ring is no word of the guide: the refusal is not reached' },
      { q: 'how much to rekey a lock', says: /\$65/ },
      { q: 'do you come to westfield', says: /^Yes\b.*Westfield/ },
      { q: 'can i pay by check for a lockout', says: /do not take checks for lockout/ },
    ],
  },
  {
    name: 'Clearwater Pool & Spa Care',
    file: kb('pool'),
    unknown: [
      { q: 'do you service above ground pools' },
      { q: 'do you install pool fences' },
      { q: 'do you clean pools in riverside' },
      { q: 'do you sell pool toys' },
      { q: 'can you fix my jandy pump' },
      { q: 'is there a discount for seniors' },
      { q: 'how much to fix a pool light', forbidden: PRICE },
      { q: 'do you give swim lessons' },
    ],
    known: [
      { q: 'how much to open my pool', says: /\$275/ },
      { q: 'do you do pool resurfacing', says: /^No\b/ },
      { q: 'do you take cash', says: /not accept cash/ },
      { q: 'how much is a new hot tub cover', says: /\$420/ },
    ],
  },
  {
    name: 'Tall Timber Tree Care',
    file: kb('tree'),
    unknown: [
      { q: 'do you mow lawns' },
      { q: 'do you sell firewood' },
      { q: 'can you plant a new tree for me' },
      { q: 'do you work in riverton' },
      { q: 'do you do a senior discount' },
      { q: 'do you clean gutters' },
      { q: 'can you spray my trees for bugs' },
      { q: 'do you take venmo' },
    ],
    known: [
      { q: 'do you top trees', says: /^No\b/ },
      { q: 'how much to grind a stump', says: /\$120/, todo: 'the list price loses to the guarantee sentence' },
      { q: 'can i finance the job', says: /don't offer financing/ },
      { q: 'do i need a permit to take down a tree in pinecrest', says: /24 inches/ },
    ],
  },
  {
    name: 'Brightside Appliance Repair',
    file: kb('appliance'),
    unknown: [
      { q: 'do you fix air conditioners' },
      { q: 'do you repair thermador ovens' },
      { q: 'can you install my new dishwasher' },
      { q: 'do you come out to lakeside' },
      { q: 'how much to fix an ice maker', forbidden: PRICE },
      { q: 'will you haul away my old washer' },
      { q: 'do you repair wine coolers' },
      { q: 'do students get a discount', forbidden: /\$15/ },
    ],
    known: [
      { q: 'do you fix microwaves', says: /^No\b/ },
      { q: 'how much is a diagnostic visit on saturday', says: /\$119/ },
      { q: 'do veterans get a discount', says: /\$15/ },
      { q: 'do you work on sub zero fridges', says: /^No\b/ },
    ],
  },
  {
    name: 'Route 9 Towing & Roadside',
    file: kb('towing'),
    unknown: [
      { q: 'do you tow boats' },
      { q: 'do you do oil changes' },
      { q: 'can you tow my car to ohio' },
      { q: 'do you buy junk cars' },
      { q: 'is there a student discount' },
      { q: 'can you tow a golf cart' },
      { q: 'do you rent cars' },
      { q: 'do you do mobile car detailing' },
    ],
    known: [
      { q: 'how much is a jump start', says: /\$65/ },
      { q: 'can you fix my flat tire', says: /do not repair tires/ },
      { q: 'do you take personal checks', says: /^No\b/ },
      { q: 'are you with aaa', says: /AAA/ },
    ],
  },
  {
    name: 'Brightline Standby Power',
    file: kb('generator'),
    unknown: [
      { q: 'do you install solar panels' },
      { q: 'do you fix champion generators' },
      { q: 'do you sell portable generators' },
      { q: 'do you service wexford' },
      { q: 'any discount for veterans' },
      { q: 'do you install ev chargers' },
      { q: 'do you put in whole house surge protectors' },
      { q: 'how much for a 20 kw generator', forbidden: PRICE },
    ],
    known: [
      { q: 'how much is a 22 kw generator installed', says: /\$10,400/ },
      { q: 'do you offer financing', says: /0%/ },
      { q: 'do you repair kohler generators', says: /^Yes\b/ },
      { q: 'are you open on sundays', says: /closed on Sundays|^No\b/ },
    ],
  },
];

await runAnswerProbes(t, 'inv22', BUSINESSES);
