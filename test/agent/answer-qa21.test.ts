import t from 'tap';
import { readFileSync } from 'node:fs';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { stemDf } from '../../src/agent/answer-query.js';
import { correctTypos } from '../../src/agent/answer-typos.js';
import { deadlineQuery } from '../../src/agent/answer-deadline.js';
import { freeOfSomethingElse } from '../../src/agent/answer-claims.js';
import { unitsOf } from '../../src/agent/answer-units.js';
import { englishWords, spokenRank, spokenWords } from '../../src/agent/text-norm.js';

// Session 21 QA, on guides nobody tuned on (test/fixtures/guides: a dog walker's markdown guide, a
// phone repair kiosk's plain-text page with headings typed in capitals and a price grid, a
// bakery's bold-question FAQ), asked as visitors type. Each rule is about how owners write:
// "except" after what they do, "non-refundable", "N days' notice", "X-free", sizes they list.

const guide = (name: string) => knowledgeOf(name, readFileSync(new URL(`../fixtures/guides/${name}.md`, import.meta.url), 'utf8'));
const dog = guide('dog-walker');
const phone = guide('phone-repair');
const bakery = guide('bakery');
type Kb = ReturnType<typeof knowledgeOf>;
const dictionary = new Set([...englishWords(), ...spokenWords(20_000)]);
/** As the answerer reads a question: a deadline asks the turnaround, typos are corrected, then extractive. */
const ask = (k: Kb, q: string, similarity?: number[]) => {
  const vocabulary = { ...k.vocabulary, stems: stemDf(k.vocabulary) };
  const corrected = correctTypos(deadlineQuery(q) ?? q, vocabulary, dictionary, spokenRank);
  return extractiveAnswer(corrected, k.hits, { vocabulary, wordRank: spokenRank, ...(similarity ? { similarity } : {}) })?.text ?? null;
};

t.test('a day the guide excepts from what it does is a no', async (t) => {
  const cases: Array<[Kb, string, RegExp]> = [
    [dog, 'do you walk on christmas', /^No\. Holidays: we walk on most holidays .*except Christmas Day/],
    [dog, 'do you walk on new years day', /^No\. /],
    // (What the guide does on the rest stays a yes.)
    [dog, 'do you walk on holidays', /^Yes\. Holidays: we walk on most holidays/],
  ];
  for (const [k, q, want] of cases) t.match(ask(k, q), want, q);
  // An exception to another statement ("diagnosis is free for everything except water damage") says nothing against the service.
  const g = knowledgeOf('Kiosk', '# Diagnosis\n\nDiagnosis is free for everything except water damage.\n');
  t.notMatch(ask(g, 'do you do water damage') ?? '', /^No\./);
  const cards = knowledgeOf('Shop', '# Payment\n\nWe take all major cards, except American Express.\n');
  t.match(ask(cards, 'do you take american express'), /^No\./);
});

t.test('a policy said as "non-...able" is a no to doing that', async (t) => {
  t.match(ask(bakery, 'can i get my deposit back'), /^No\. The deposit is non-refundable within 7 days/);
  // (Asked in the guide's own word, the same sentence is the yes.)
  t.match(ask(bakery, 'is the deposit non-refundable'), /^Yes\. The deposit is non-refundable/);
  const tickets = knowledgeOf('Studio', '# Passes\n\nClass passes are non-transferable.\n');
  t.match(ask(tickets, 'can my friend use my class pass'), /^No\./);
});

t.test('a day sooner than the notice the guide asks for is a no', async (t) => {
  const g = knowledgeOf('Bakery', '# Ordering\n\nCustom cakes need at least 7 days\' notice.\n\n# Shop\n\nWe bake everything from scratch.\n');
  t.match(ask(g, 'can i get a custom cake tomorrow'), /^No\. Custom cakes need at least 7 days' notice\./);
  t.match(ask(g, 'can i order a custom cake for next month'), /^Yes\. Custom cakes need at least 7 days' notice\./);
});

t.test('a thing free of one thing is no yes to a thing free of another', async (t) => {
  t.equal(ask(bakery, 'do you make sugar free cakes'), null);
  t.match(ask(bakery, 'do u have gluten free cakes'), /^Yes\. We offer gluten-free vanilla and chocolate cakes/);
  t.equal(freeOfSomethingElse('do you make sugar free cakes', 'We offer gluten-free vanilla and chocolate cakes for $10 extra.'), true);
  // (A sentence that names the thing asked about still speaks of it.)
  t.equal(freeOfSomethingElse('is your kitchen nut free', 'Our kitchen handles wheat, eggs, dairy and nuts, so we cannot guarantee a cake is allergen-free.'), false);
  t.equal(freeOfSomethingElse('do you make sugar-free cakes', 'We offer gluten-free and sugar-free cakes.'), false);
  // ("for free", "installed free" say no price, not what a thing is free of.)
  t.equal(freeOfSomethingElse('can you install it for free', 'Screen protectors are installed free; all products are fragrance-free.'), false);
  t.equal(freeOfSomethingElse('is it installed free', 'We use fragrance-free products.'), false);
});

t.test("a size the guide lists other sizes of gets no figure from the encoder's pick", async (t) => {
  // The encoder's reading (similarity) finds the sheet cakes' sentence closest: it states no inches,
  // the round cakes' sentence states 6, 8 and 10 inch, none of them 12.
  const units = unitsOf(bakery.hits);
  const sheet = units.findIndex((u) => u.text.startsWith('Sheet cakes'));
  const similarity = units.map((_, i) => (i === sheet ? 0.8 : 0.3));
  t.equal(ask(bakery, 'how much is a 12 inch cake', similarity), null);
  t.match(ask(bakery, 'how much is a 10 inch cake', similarity), /\$90 for a 10-inch/);
  t.match(ask(bakery, 'how much is a sheet cake', similarity), /^Sheet cakes are \$70/);
});

t.test('the guides still answer what they say', async (t) => {
  const cases: Array<[Kb, string, RegExp]> = [
    [dog, 'how much for a 30 min walk for my dog', /Solo walk \(30 min\) — Price: \$22/],
    [dog, 'do u walk on sundays', /^No\. We don't walk on Sundays/],
    [phone, 'do u fix laptops', /^No\. We do NOT repair laptops/],
    [phone, 'does the warranty cover if i drop it again', /^No\. The warranty does not cover new drops/],
    [bakery, 'do you make vegan cakes', /^No\. We do not make vegan cakes/],
    [bakery, 'is ur kitchen nut free', /^No\. .*\bnuts?\b/],
  ];
  for (const [k, q, want] of cases) t.match(ask(k, q), want, q);
});
