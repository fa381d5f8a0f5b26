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
import { isPlainHeading, isTableBlock } from '../../src/knowledge/chunker.js';
import { queryTerms } from '../../src/agent/answer-query.js';
import { readIntent } from '../../src/agent/read-intent.js';
import { unnamedPlace } from '../../src/agent/answer-area.js';

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

t.test('a plain-text guide as owners paste it: bars between cells, headings in capitals', async (t) => {
  // A price grid typed with bars and none at the ends is a table: each row answers by the column asked.
  t.equal(isTableBlock('Repair | iPhone 11-13 | iPhone 14-15\nScreen | $129 | $199'), true);
  t.equal(isTableBlock('Cash or card | no cheques\nWe open at 9'), false, 'one bar in prose is no table');
  const cases: Array<[string, RegExp]> = [
    ['how much to fix iphone 13 screen', /^Screen — iPhone 11-13: \$129\.$/],
    ['iphone 15 battery price', /^Battery — iPhone 14-15: \$99\.$/],
    ['samsung back glass price', /^Back glass — Samsung Galaxy S: \$99\.$/],
    // A blank cell is said as not offered, not as a price.
    ['how much is a pixel back glass', /Google Pixel: not offered/],
    // A shop inside a mall is where the business is.
    ['where r u located', /^Lakeview Mall, lower level/],
    // The guide's own abbreviation is the word asked ("amex" spelled out is not the guide's).
    ['do you take amex', /^Yes\. Cash, debit, Visa, Mastercard, Amex\.$/],
  ];
  for (const [q, want] of cases) t.match(ask(phone, q), want, q);
  // Capitals that ask, and capitals with a note in brackets, are headings.
  t.equal(isPlainHeading('WHAT WE FIX', true), true);
  t.equal(isPlainHeading('PRICE LIST (parts and labour included)', true), true);
  t.equal(isPlainHeading('CLOSED SUNDAYS', true), false, 'a statement in capitals stays text');
  t.equal(isPlainHeading('WHAT WE FIX', false), false);
  const qs = queryTerms('do you take amex american express', { ...phone.vocabulary, stems: stemDf(phone.vocabulary) }, spokenRank);
  t.same(qs.filter((q) => /americ|express/.test(q.term)), [], 'the spelled-out words the guide never uses weigh nothing');
});

t.test('a question typed without commas after a need is answered first', async (t) => {
  const i = readIntent('i need a wedding cake when should i book');
  t.same({ question: i.question, requestOnly: i.requestOnly }, { question: true, requestOnly: false });
  t.equal(readIntent('i want to book a walk for tomorrow').question, false, 'a request alone stays a request');
  t.equal(readIntent('let me know when you can come').question, false);
});

t.test('a count asked with "extra" is priced by the each-extra rule; "more than N" is past "up to N"', async (t) => {
  t.match(ask(dog, 'i have 2 dogs how much extra'), /^Each additional dog from the same household is \$8 per walk\./);
  const walls = knowledgeOf('Dry Basements', '# Prices\n\n| Repair | Starting price | Notes |\n|---|---|---|\n| Carbon fiber wall straps | $525 per strap | For bowing walls up to 2 inches |\n| Steel I-beam wall braces | $850 per brace | For bowing walls over 2 inches |\n| Crack injection | $450 | Per crack |\n');
  const a = ask(walls, 'wall is bowed in more than 2 inches what do you use and whats it cost') ?? '';
  t.match(a, /Steel I-beam wall braces .*\$850/);
  t.notMatch(a, /\$525/);
  t.match(ask(walls, 'my wall bows about 1 inch what do you use'), /Carbon fiber wall straps/);
  t.notMatch(ask(walls, 'my wall bows about 1 inch what do you use') ?? '', /\$850/);
});

t.test('things in the plural after "do you service" are a job, not a town', async (t) => {
  const v = { docs: 3, words: new Map([['brookhaven', 1], ['coolers', 2]]) };
  t.equal(unnamedPlace('do u service pharmacy vaccine fridges', v), null);
  t.equal(unnamedPlace('do you service millport', v), 'millport');
  t.equal(unnamedPlace('do you service idaho falls', v), 'idaho falls');
});

