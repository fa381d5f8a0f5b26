import t from 'tap';
import { normalizeCasual } from '../../src/ai/lexical.js';

// Casual phrasings that the knowledge says another way: a size said with "-sized", and phrasal
// verbs of removing ("cut down", "take out", "tear it out"), which get "removal" beside them.

t.test('"-sized" leaves the size named', async (t) => {
  const cases: Array<[string, string]> = [
    ['price for a medium sized hedge', 'price for a medium hedge'],
    ['do you move king-size beds', 'do you move king beds'],
  ];
  for (const [q, want] of cases) t.equal(normalizeCasual(q), want, q);
});

t.test('phrasal verbs of removing are a removal', async (t) => {
  for (const q of ['cost to cut down a pine', 'can you take the old shed down', 'how long to get it taken out', 'we need to tear out the carpet', 'pull the stump out'])
    t.match(normalizeCasual(q), /\bremoval\b/, q);
  // Not getting out of a contract, nor anything without the particle.
  for (const q of ['how do i pull out of the plan', 'can you cut the hedge', 'take a look at my oven']) t.notMatch(normalizeCasual(q), /\bremoval\b/, q);
});

t.test('a distance from the visitor is travel, said once however often the text is read', async (t) => {
  const cases: Array<[string, string]> = [
    ['im 35 miles from town', 'i am 35 miles travel from town'],
    ['we are 12 km away', 'we are 12 km travel away'],
    ['do you come that far', 'do you come that far travel'],
  ];
  for (const [q, want] of cases) {
    t.equal(normalizeCasual(q), want, q);
    t.equal(normalizeCasual(normalizeCasual(q)), want, `${q} (twice)`);
  }
  t.equal(normalizeCasual('a 40 mile radius'), 'a 40 mile radius');
});

t.test('irregular verb forms meet their base', async (t) => {
  const { stem } = await import('../../src/ai/lexical.js');
  const same: Array<[string, string]> = [['swept', 'sweep'], ['broke', 'break'], ['frozen', 'freeze'], ['paid', 'pay'], ['forgot', 'forget'], ['stolen', 'steal']];
  for (const [form, base] of same) t.equal(stem(form), stem(base), form);
  // Forms that are other everyday words stay apart.
  const apart: Array<[string, string]> = [['left', 'leave'], ['fell', 'fall'], ['saw', 'see']];
  for (const [form, base] of apart) t.not(stem(form), stem(base), form);
});

t.test('a car brand stays beside "ev", and Christmas Eve is no EV', async (t) => {
  const { stem, terms } = await import('../../src/ai/lexical.js');
  t.equal(normalizeCasual('can you install a tesla charger'), 'can you install a tesla ev charger');
  t.equal(normalizeCasual(normalizeCasual('a tesla')), 'a tesla ev');
  t.equal(normalizeCasual('charger for my electric car'), 'charger for my ev');
  t.not(stem('eve'), stem('ev'));
  t.notOk(terms('open on christmas eve').includes('ev'));
});

t.test('chat spellings of units and things', async (t) => {
  // (The casual word stays beside its reading, as "amex" does: a page may say it, the orchard's "Combo ticket".)
  t.equal(normalizeCasual('forgot the combo to my safe'), 'forgot the combo combination to my safe');
  t.equal(normalizeCasual('it weighs 900 lbs'), 'it weighs 900 pounds');
});
