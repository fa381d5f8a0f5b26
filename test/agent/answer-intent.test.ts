import t from 'tap';
import { readIntent } from '../../src/agent/read-intent.js';

// Requests that also ask: a request naming when or where after what the visitor tells ("we live
// out by the quarry, can u come out saturday") asks whether that can be, which the knowledge may
// say; a clause opened by a question word after a told part ("the hedge is huge, what would
// trimming it cost me") is a question.

t.test('a request naming when or where is asked as well as requested', async (t) => {
  const cases: Array<[string, { question: boolean; wantsService: boolean; requestOnly: boolean }]> = [
    ['we live out by the quarry can u come out saturday', { question: true, wantsService: true, requestOnly: false }],
    ['if i ring before lunch can someone come today', { question: true, wantsService: true, requestOnly: false }],
    ['can i get an appointment on a weekend', { question: true, wantsService: true, requestOnly: true }], // nothing told before it: a booking
    ['im 20 miles north of town. can you come out here', { question: true, wantsService: true, requestOnly: false }],
    ['can someone come out', { question: true, wantsService: true, requestOnly: true }], // names no when or where
    ['can someone call me back', { question: true, wantsService: true, requestOnly: true }],
    // QA: a problem told first, then the visit asked for (a request, as "my dryer vent is clogged, can someone come out"): it was answered with the business description before the name question.
    ['my kitchen sink is blocked, can someone come out tomorrow', { question: false, wantsService: true, requestOnly: false }],
    ['the heater stopped working can you come tonight', { question: false, wantsService: true, requestOnly: false }],
  ];
  for (const [text, want] of cases) t.same(readIntent(text), want, text);
});

t.test('a question-word clause after a told part is a question', async (t) => {
  for (const text of ['the hedge is huge, what would trimming it cost me', 'we have three dogs. how much is a visit', 'big oak out back, how long does a removal take']) t.ok(readIntent(text).question, text);
  for (const text of ['i dont know what is wrong with it', 'the heater makes a noise when it starts']) t.notOk(readIntent(text).question, `${text}: a statement`);
});

t.test('a thing to get out is the job asked about; a case asked about is no visit asked for', async (t) => {
  const rows: Array<[string, boolean]> = [
    ['can you get a skunk out from under my deck', false],
    ['could you get a raccoon out of my attic', false],
    ['if the gutters overflow right after you clean them do you come back', false],
    ['if the lock jams again will you come back for free', false],
    // People who work are still asked to come.
    ['can you get a plumber out today', true],
    ['can i have a technician come look at it', true],
    ['get someone out here asap', true],
  ];
  for (const [q, wants] of rows) t.equal(readIntent(q).wantsService, wants, q);
});
