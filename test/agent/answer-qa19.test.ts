import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { normalizeCasual, terms } from '../../src/ai/lexical.js';
import { limitingSentence } from '../../src/agent/answer-claims.js';

// Session 19 QA: guides owners really paste (a massage clinic's price table with a column per
// length, a pet sitter's plain-text guide with ALL CAPS headings, a music school's FAQ), asked as
// a visitor would: a length the table has no column for, a refusal said after the first one of a
// sentence and in other words ("shots" for "injections"), a yes/no whose lead sentence leaves the
// thing out while the sentence beside it limits it, and "does it cost anything" answered "free".

const MASSAGE = `# Stillwater Massage & Wellness

Stillwater is a small registered massage therapy clinic run by Priya Raman, RMT, since 2014.

## Treatments and prices

| Treatment | 30 min | 60 min | 90 min |
|---|---|---|---|
| Relaxation massage | $60 | $105 | $150 |
| Deep tissue massage | $70 | $115 | $165 |
| Prenatal massage | — | $110 | $155 |
| Sports massage | $70 | $115 | — |

Cupping can be added to any 60 or 90 minute treatment for $20.

## Booking and cancellations

We need 24 hours notice to cancel or move an appointment; late cancellations and no-shows are charged 50% of the treatment price.
`;

const PETS = `HAPPY TAILS PET SITTING & DOG WALKING
Serving Kitchener, Waterloo and Cambridge since 2019.

SERVICES AND RATES
• Dog walk, 30 minutes - $22 (solo walk +$6)
• Dog walk, 60 minutes - $35
• Drop-in visit (cats and small pets), 30 minutes - $25

MEET AND GREET
Every new client starts with a free 30 minute meet and greet at your home.

CANCELLATIONS
Cancel walks by 8pm the night before at no charge.

WHAT WE DON'T DO
We don't take dogs to off-leash parks, don't walk more than 4 dogs at once, and don't give injections (oral meds are fine, no charge).
`;

const MUSIC = `Harmony Lane Music School

We teach piano, guitar, violin, drums, ukulele and voice to kids (age 5+) and adults in Riverton since 2011.

**What do lessons cost?**
30-minute lessons are $32, 45-minute lessons $46 and 60-minute lessons $60.

**Recitals**
Two recitals a year, in June and December, at the Riverton Public Library hall. Participation is optional and free for students; family and friends are welcome at no charge.

**Online lessons**
Piano, guitar, ukulele and voice lessons are also available on Zoom at the same prices. Drums are studio only.

**Do I need my own instrument?**
For lessons at the studio we provide pianos, drum kits and amps.
`;

const massage = knowledgeOf('Stillwater Massage', MASSAGE);
const pets = knowledgeOf('Happy Tails', PETS);
const music = knowledgeOf('Harmony Lane', MUSIC);
const ask = (k: ReturnType<typeof knowledgeOf>, q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank })?.text ?? null;

t.test('a length the guide does not list: not listed, and the lengths it does list (no price of another length)', async (t) => {
  const cases: Array<[ReturnType<typeof knowledgeOf>, string, RegExp, RegExp]> = [
    // Every massage row with the lengths it comes in: no 2 hour column.
    [massage, 'how much is a 2 hour massage', /^We don't list a 2 hour option.*Relaxation massage: 30 min, 60 min or 90 min; .*Prenatal massage: 60 min or 90 min; Sports massage: 30 min or 60 min\.$/s, /cancel/i],
    [massage, 'how much is a 2 hr massage', /We don't list a 2 hour option/, /cancel/i],
    // The row the question names.
    [massage, 'price for 45 min deep tissue?', /^We don't list a 45 minute option.*Deep tissue massage: 30 min, 60 min or 90 min\.$/s, /Relaxation|Priya/],
    // A list with the length in each item.
    [pets, 'how much for a 2 hour walk', /We don't list a 2 hour option.*Dog walk: 30 minutes or 60 minutes\.$/s, /Cancel/],
  ];
  for (const [k, q, want, not] of cases) {
    const a = ask(k, q);
    t.match(a, want, q);
    t.match(a, /not sure/, `${q}: says it is not sure of that length`);
    t.notMatch(a, not, q);
    t.notMatch(a, /\$/, `${q}: no price, none is of the length asked for`);
  }
  // A length the guide does list is answered as before.
  t.equal(ask(massage, 'how much is an hour deep tissue'), 'Deep tissue massage — 60 min: $115.');
  t.equal(ask(pets, 'how much for an hour walk'), 'Dog walk, 60 minutes - $35');
  t.match(ask(massage, '90 min sports massage?'), /^Sports massage — .*90 min: not offered/);
});

t.test('a refusal said after the first in a sentence, and in other words, is a no', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['can you give my cat insulin shots', /^No\. .*don't give injections/],
    ['can you give my dog injections', /^No\. .*don't give injections/],
    ['do you walk 6 dogs at once', /^No\. .*don't walk more than 4 dogs/],
  ];
  for (const [q, want] of cases) t.match(ask(pets, q), want, q);
});

t.test('a yes/no the lead sentence leaves out, limited by the sentence beside it, is a no', async (t) => {
  t.match(ask(music, 'do you do drums over zoom'), /^No\. Piano, guitar, ukulele and voice lessons are also available on Zoom at the same prices\. Drums are studio only\.$/);
  // A sentence beside the lead that says no of another thing is no no: it must open with the thing left out.
  const u = (text: string) => ({ kind: 'sentence', chunkId: 'c1', terms: new Set(terms(text)), text });
  const lead = u('We are in network with Delta Dental, Cigna and MetLife.');
  const named = [{ term: terms('metlife')[0]!, related: [] }, { term: terms('accepted')[0]!, related: [] }];
  t.equal(limitingSentence(named, lead, [lead, u('We do not accept Medicaid.')]), undefined);
  const zoom = u('Piano and voice lessons are also available on Zoom.');
  const drums = u('Drums are studio only.');
  t.equal(limitingSentence([{ term: terms('drums')[0]!, related: [] }, { term: terms('zoom')[0]!, related: [] }], zoom, [zoom, drums]), drums);
  // What the lead sentence does name is still a yes.
  t.match(ask(music, 'can i do guitar lessons online'), /^Yes\. Piano, guitar/);
  t.match(ask(music, 'do u do voice lessons online'), /^Yes\./);
});

t.test('whether something costs, answered by a sentence that says it is free, is a no', async (t) => {
  const cases: Array<[ReturnType<typeof knowledgeOf>, string, RegExp]> = [
    [music, 'do recitals cost anything', /^No\. .*free for students/],
    [music, 'is there a fee for recitals', /^No\. /],
    [music, 'do i have to pay for recitals', /^No\. /],
    [pets, 'is there a charge for the meet and greet', /^No\. .*free 30 minute meet and greet/],
  ];
  for (const [k, q, want] of cases) t.match(ask(k, q), want, q);
  // Asking whether it IS free is still a yes.
  t.match(ask(music, 'is the recital free'), /^Yes\. /);
  t.match(ask(pets, 'is the meet and greet free'), /^Yes\. /);
});

t.test('a cancellation said by when it comes ("same day", "last minute") is a late one, and a service visit is an appointment', async (t) => {
  const cases: Array<[string, string]> = [
    ['if i cancel same day is there a fee', 'if i cancel late is there a fee'],
    ['if i cancel the same day do i get charged', 'if i cancel late do i get charged'],
    ['last minute cancellation fee?', 'late cancellation fee?'],
    ['do you charge for same day cancellations', 'do you charge for late cancellations'],
    // Not a cancellation: a same-day visit stays one.
    ['can i get a same day appointment', 'can i get a same-day appointment'],
  ];
  for (const [q, want] of cases) t.equal(normalizeCasual(q), want, q);
  const generator = knowledgeOf(
    'Standby Power',
    `# Standby Power

## Paying and cancelling
If you sign and change your mind, you can cancel within three business days for a full refund. For service visits, please give us 24 hours' notice to cancel; a late cancellation or nobody home costs $75.
`,
  );
  t.match(ask(generator, 'what happens if i cancel my appointment last minute'), /a late cancellation or nobody home costs \$75/);
});
