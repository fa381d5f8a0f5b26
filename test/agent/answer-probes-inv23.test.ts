import t from 'tap';
import { PRICE, runAnswerProbes, type ProbeBusiness } from '../helpers/answer-probes.js';

// Session 23 probes of the never-invent rule, on 8 tune businesses of eval/data/kb that inv22 did
// not use: questions the guide does NOT answer but comes close to (a service beside one offered, a
// town not listed, a brand not named, a discount or a way of paying not offered, a price for a job
// never priced) must get the honest "I don't know" and no yes, no price; beside them, look-alikes
// the guide does answer must still be answered. Each business is made as the eval makes it (the
// guide ingested, asked through the agent's chat turn, a fresh conversation per question).
// Questions written for this test from the guides alone, not taken from eval/data/questions.jsonl,
// and written before the test was first run.
//
// First run (written before it was run, before any fix of this session): uncovered 59/64 said
// "don't know" (0.92) with 4 invented: a yes from a sentence that only shares a word ("do you
// install generators" -> an oil tank "installed", "do you service coleman spas" -> a swim spa's
// refill row), a price for a job the guide never prices ("how much to replace a hot tub light" ->
// every "replacement" row, "how much is swim team" -> lap swim's $8); one more uncovered got a
// wrong "No." ("can i pay with cash" -> "we don't give cash refunds"). Covered look-alikes 29/33
// answered (failing: the wedding towns, the pet taxi's Ashton fee, "do you take checks" -> a yes
// from the insurance sentence, the sibling discount).
// After this session's fixes: uncovered 63/64 said "don't know", 0 invented; covered 31/33 (the
// Ashton row's first pattern asked for a fee the question does not ask: it was loosened to the yes
// the reply gives; the rows still failing are marked todo, with why).

// The second half of these businesses is in answer-probes-inv23b.test.ts (one process built
// them all too close to tap's 240 s per-file timeout on a loaded machine); the counts above are
// of both files together.

const kb = (id: string) => new URL(`../../eval/data/kb/${id}.md`, import.meta.url);

const BUSINESSES: ProbeBusiness[] = [
  {
    name: 'Velvet & Vine Hair Studio',
    file: kb('salon'),
    unknown: [
      { q: 'do u do eyelash extensions' },
      { q: 'how much for a beard trim', forbidden: PRICE },
      { q: 'do you travel to hollis for weddings' },
      { q: 'do you use loreal colour' },
      { q: 'is there a student discount' },
      { q: 'can i pay with venmo' },
      { q: 'how much is a perm', forbidden: PRICE },
      { q: 'do you do manicures' },
    ],
    known: [
      { q: 'do you do keratin bonds', says: /^No\b/ },
      { q: 'how much is a fringe trim', says: /\$10/ },
      { q: 'do you travel to kelso for weddings', says: /Kelso/, todo: 'the towns are the answer to the bold question before them; "Anywhere else, ask us" after them ties and wins' },
      { q: 'can i pay with apple pay', says: /Apple Pay/ },
    ],
  },
  {
    name: 'Happy Tails Boarding & Daycare',
    file: kb('kennel'),
    unknown: [
      { q: 'does the pet taxi go to riverton' },
      { q: 'is there a military discount' },
      { q: 'do you take apple pay' },
      { q: 'how much is agility training', forbidden: PRICE },
      { q: 'do you have webcams so i can watch my dog' },
      { q: 'do you sell dog food' },
      { q: 'can you give my poodle a haircut' },
      { q: 'do you have a pool for the dogs' },
    ],
    known: [
      { q: 'is there daycare on sunday', says: /No daycare|^No\b/ },
      { q: 'how much is a nail trim', says: /\$15/ },
      // (Written as /\$25/ before the first run; the reply "Yes. ... the pet taxi cover ... Ashton" answers
      // what is asked, whether it goes there: the fee was more than the question asks.)
      { q: 'does the pet taxi go to ashton', says: /^Yes\b.*Ashton|\$25/ },
      { q: 'can i pay with amex', says: /^No\b|no American Express/i },
      { q: 'how old does a puppy have to be to board', says: /12 weeks/ },
    ],
  },
  {
    name: 'Brick & Flue Chimney Sweep',
    file: kb('chimney'),
    unknown: [
      { q: 'do you clean gutters' },
      { q: 'do you install pellet stoves' },
      { q: 'do you sell firewood' },
      { q: 'do you go to dover' },
      { q: 'is there a senior discount' },
      { q: 'do you install harman stoves' },
      { q: 'how much to clean a pellet stove', forbidden: PRICE },
      { q: 'do you do roof repairs' },
    ],
    known: [
      { q: 'do you fix gas logs', says: /^No\b/ },
      { q: 'how much is a chimney cap', says: /\$275/ },
      { q: 'can i pay with venmo', says: /Venmo/ },
      { q: 'do you remove raccoons', says: /\$165/ },
    ],
  },
  {
    name: 'Clearview Family Eye Care',
    file: kb('eyecare'),
    unknown: [
      { q: 'do you do lasik' },
      { q: 'do you take cigna' },
      { q: 'do you sell gucci frames' },
      { q: 'is there a senior discount' },
      { q: 'do you do hearing tests' },
      { q: 'how much is cataract surgery', forbidden: PRICE },
      { q: 'can i pay with paypal' },
      { q: 'do you sell colored contact lenses' },
    ],
    known: [
      { q: 'do you take vsp', says: /VSP/ },
      { q: 'how much is a kids eye exam', says: /\$65/ },
      { q: 'do you take checks', says: /^No\b|do not take personal checks/ },
      { q: 'do you sell oakley frames', says: /Oakley/ },
    ],
  },
];

await runAnswerProbes(t, 'inv23', BUSINESSES);
