import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { readIntent } from '../../src/agent/read-intent.js';
import { chunkDocument, isPlainHeading } from '../../src/knowledge/chunker.js';

// Session 16 QA: a mobile detailer signed up in the console and pasted its guide the way owners
// write them, with headings typed as plain lines ("PACKAGES", "Booking & cancellation") and one
// line per package ("Interior detail - $139 / $159. Vacuum, shampoo ... 2-3 hours."). A visitor got
// "Booking & cancellation" (the heading alone) for the cancellation policy, "Interior detail -
// $139 / $159." for what it includes, another package's sentence for how long it takes, "I don't
// know" for "do u sell gift cards" ("Gift cards available in any amount"), and the lead questions
// for "can you come in the rain" (the guide: "We don't work in the rain").

const GUIDE = `Shine On Mobile Detailing

We come to you! Mobile car detailing in Cedar Falls, Waterloo and Hudson. Owner: Marcus Reed.

PACKAGES
Express wash - $49 (sedan) / $59 (SUV or truck). Hand wash, wheels, tire shine, windows. About 45 min.
Interior detail - $139 / $159. Vacuum, shampoo seats and carpets, wipe down all surfaces, windows. 2-3 hours.
Full detail - $229 / $259. Interior detail plus clay bar, polish and 6 month sealant. 4-5 hours.
Ceramic coating - from $699. Includes a one-step paint correction. Lasts up to 3 years. Full day.

Hours: Mon-Sat 8am to 6pm. No Sundays. We don't work in the rain, we'll reschedule you for free.

Booking & cancellation
Book online or text us at (319) 555-0147. A $25 deposit holds your spot and comes off the price. Cancel at least 24 hours ahead for a full refund of the deposit; later than that the deposit is kept.

Payment: card, cash, Venmo. Tips appreciated but never expected.

Gift cards available in any amount, they never expire.`;

const { hits, vocabulary } = knowledgeOf('Our services and prices', GUIDE);
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? null;

t.test('a heading typed as a plain line heads its own paragraph and is never an answer', async (t) => {
  for (const l of ['PACKAGES', 'Booking & cancellation', 'Opening Hours', 'Payment', 'Gift cards', 'Our prices', 'Appointments and wait times', 'Prices and packages']) t.ok(isPlainHeading(l, true), l);
  // Statements, labels with their values, sentences and figures stay text.
  for (const l of ['Closed Sundays', 'CLOSED SUNDAYS', 'No pets allowed', 'Walk-ins welcome', 'We come to you!', 'Hours: Mon-Sat', 'Open 7 days', 'Same day service available', 'Call us'])
    t.notOk(isPlainHeading(l, true), l);
  // (A lone short line with nothing after it is no heading.)
  t.notOk(isPlainHeading('Payment', false));
  const chunks = chunkDocument({ title: 't', content: GUIDE, source: 'TEXT' });
  const headed = (s: string) => chunks.find((c) => c.content.includes(s))?.heading;
  t.equal(headed('Interior detail - $139'), 'PACKAGES');
  t.equal(headed('A $25 deposit'), 'Booking & cancellation');
  // (It has no end, so it heads its paragraph only: the payment line after it is not under it.)
  t.equal(headed('Payment: card'), '');
  t.notOk(chunks.some((c) => /^Booking & cancellation$/m.test(c.content)), 'the heading line is not text');
  t.match(ask('whats the cancelation policy'), /Cancel at least 24 hours ahead/);
});

t.test('a line that names a priced package answers for all of it', async (t) => {
  t.equal(ask('whats an interior detail include'), 'Interior detail - $139 / $159. Vacuum, shampoo seats and carpets, wipe down all surfaces, windows. 2-3 hours.');
  t.match(ask('how long is a full detail'), /^Full detail - \$229 \/ \$259\. .*4-5 hours\.$/);
  t.match(ask('how much is ceramic coating'), /from \$699/);
  // "45 min" is a duration as owners shorten it: the express wash's own line answers alone.
  t.equal(ask('how long does the express wash take'), 'Express wash - $49 (sedan) / $59 (SUV or truck). Hand wash, wheels, tire shine, windows. About 45 min.');
});

t.test('"do you sell X" is answered by X said to be available', async (t) => {
  for (const q of ['do u sell gift cards', 'do you sell gift cards', 'do you guys sell gift cards']) t.equal(ask(q), 'Yes. Gift cards available in any amount, they never expire.', q);
  // What the guide never names is still unknown.
  t.equal(ask('do you sell car wax'), null);
});

t.test('a visit asked about in some weather is a question, not a request', async (t) => {
  for (const q of ['can you come in the rain', 'do you still come if its raining', 'will you come out in the snow']) {
    const i = readIntent(q);
    t.ok(i.question && !i.wantsService && !i.requestOnly, q);
  }
  t.match(ask('can you come in the rain'), /We don't work in the rain/);
  // A visit on a day is still a request.
  t.ok(readIntent('can someone come out tomorrow').requestOnly);
});
