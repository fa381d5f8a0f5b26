import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { askedColumns, numberFit } from '../../src/agent/answer-rows.js';
import { monthFit } from '../../src/agent/answer-days.js';
import { numberTwin } from '../../src/agent/answer-words.js';
import { unitsOf, type Unit } from '../../src/agent/answer-units.js';
import { queryTerms } from '../../src/agent/answer-query.js';
import { terms } from '../../src/ai/lexical.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// The visitor's own count ("a 2 story house", "a 900 gal tank", "my vent is 30 feet") against the
// counts a guide states, however either side spells them: digits or words ("two-story"), short
// forms ("gal", "ft"), ranges in a table's label or in a sentence, and a list item whose later
// sentences carry on its first words ("1. Window washing, one-story home: $180. Two-story: $260.").

const GUIDE = `# Clearwater Window & Tank Care

## Services
1. Window washing, one-story home: $180 for up to 20 windows. Two-story: $260. Three-story: $340. Past 20 windows it is $6 a window.
2. Screen repair: $25 a screen, done at our shop.
3. Skylight cleaning: $40 each.

## Water tank cleaning
| Tank size | Price |
| --- | --- |
| Up to 500 gal | $300 |
| 501 to 1,000 gal | $420 |
| Over 1,000 gal | $0.45 per gallon |

## Gutter flushing
| Service | Price | Long runs |
| --- | --- | --- |
| Downspout flush (up to 20 ft) | $60 | $3 per extra foot |

A standard visit is for homes with 1 or 2 bathrooms; 3 or more bathrooms add $40.`;

const { hits, vocabulary } = knowledgeOf('Clearwater guide', GUIDE);
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary, wordRank: spokenRank })?.text ?? null;

t.test('a count spelled as a digit or a word, in a list item that carries its first words', async (t) => {
  const rows: Array<[string, RegExp, RegExp]> = [
    ['how much to wash windows on a 2 story house', /\$260/, /\$180|\$340/],
    ['window washing for a three story home, cost?', /\$340/, /\$180|\$260/],
    ['price to wash windows on a 1 story house', /\$180/, /\$260|\$340/],
  ];
  for (const [q, want, not] of rows) {
    const a = ask(q);
    t.match(a, want, q);
    t.notMatch(a, not, q);
  }
  t.equal(numberTwin('2'), terms('two')[0]);
  t.equal(numberTwin(terms('two')[0]!), '2');
  t.equal(numberTwin('x'), undefined);
});

t.test('a count in short form against the range of a table row', async (t) => {
  const rows: Array<[string, RegExp, RegExp]> = [
    ['how much to clean a 900 gallon tank', /501 to 1,000 gal.*\$420/s, /\$300|0\.45/],
    ['price to clean a 400 gal tank', /Up to 500 gal.*\$300/s, /\$420/],
    ['cost for a 2000 gal water tank', /Over 1,000 gal/, /\$300|\$420/],
  ];
  for (const [q, want, not] of rows) {
    const a = ask(q);
    t.match(a, want, q);
    t.notMatch(a, not, q);
  }
  const row = (label: string) => ({ kind: 'row', label, text: label }) as Unit;
  const fits: Array<[string, string, -1 | 0 | 1]> = [
    ['my downspout run is 30 feet', 'Downspout flush (up to 20 ft)', -1],
    ['a 15 foot downspout', 'Downspout flush (up to 20 ft)', 1],
    ['a 65" tv', 'TV mounting, up to 55 inch', -1],
    ['a 3 br house', '3-4 bedrooms', 1],
    ['a 2 story house', 'Window washing, one-story home', -1],
    ['a two story house', 'Two-story', 1],
  ];
  for (const [q, label, fit] of fits) t.equal(numberFit(q, row(label)), fit, `${q} / ${label}`);
  // A sentence stating a range the number is outside of is not ruled out (it may still be about it).
  t.equal(numberFit('my water heater is 15 years old', { kind: 'sentence', text: 'Tank water heaters last 8 to 12 years.' } as Unit), 0);
  t.equal(numberFit('a 2 story house', { kind: 'sentence', text: 'Window washing, one-story home: $180.' } as Unit), -1);
  const sentence = (text: string) => ({ kind: 'sentence', text }) as Unit;
  const said: Array<[string, string, -1 | 0 | 1]> = [
    ["i'm 70 miles away", 'Between 40 and 100 miles we add $3 per mile.', 1],
    ['the tree is 30 inches across', 'A permit is needed for any tree wider than 24 inches.', 1],
    ['the tree is 20 inches across', 'A permit is needed for any tree wider than 24 inches.', 0],
    ['my dog is 5 years old', 'Dogs at least 2 years old may join group play.', 1],
    // A time a sentence states is mostly a rule's threshold: it rules nothing out.
    ['if i cancel 3 days before', 'Cancel 7 days before the move for a full refund.', 0],
  ];
  for (const [q, text, fit] of said) t.equal(numberFit(q, sentence(text)), fit, `${q} / ${text}`);
});

t.test('a word the row label says picks no column', async (t) => {
  const table = knowledgeOf('g', `# Boarding\n| Room | Per night | 2nd cat, same room |\n| --- | --- | --- |\n| Cat condo | $32 | $20 |\n| Dog run | $52 | |`);
  const units = unitsOf(table.hits);
  const condo = units.find((u) => u.label === 'Cat condo')!;
  const qs = queryTerms('do you board cats', table.vocabulary, spokenRank);
  t.not(askedColumns(qs, condo, [])?.has(1) && !askedColumns(qs, condo, [])?.has(0), true, 'not the 2nd-cat column alone');
  const a = extractiveAnswer('how much to board a cat', table.hits, { vocabulary: table.vocabulary, wordRank: spokenRank })?.text ?? '';
  t.match(a, /\$32/, 'the nightly price');
});

t.test('a month the question names against the months a guide states', async (t) => {
  const rows: Array<[string, string, -1 | 0 | 1]> = [
    ['open saturdays in july?', 'Saturday 9 am - 2 pm (October to April)', -1],
    ['are you open saturday in november', 'Saturday 9 am - 2 pm (October to April)', 1],
    ['open saturdays in january', 'Saturday 9 am - 2 pm (October to April)', 1],
    ['open saturdays in july?', 'May through September we are closed Saturdays.', 1],
    ['open saturdays?', 'May through September we are closed Saturdays.', 0],
    ['do you work in july', 'We are open every weekday.', 0],
  ];
  for (const [q, text, fit] of rows) t.equal(monthFit(q, text), fit, `${q} / ${text}`);
  const { hits: h, vocabulary: v } = knowledgeOf('g', `# Hours\n| Day | Hours |\n| --- | --- |\n| Monday - Friday | 8 am - 5 pm |\n| Saturday | 9 am - 1 pm (October to April) |\n\n## Summer\n- May through September we are closed Saturdays.\n- Summer is our busy season.`);
  const a = (q: string) => extractiveAnswer(q, h, { vocabulary: v, wordRank: spokenRank })?.text ?? null;
  t.match(a('r u open saturday in november'), /^Yes\. Saturday.*9 am - 1 pm/);
  t.match(a('open saturdays in july?'), /^No\. May through September we are closed Saturdays/);
});
