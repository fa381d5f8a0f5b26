import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { chunkDocument, lineHeading, unalignLine } from '../../src/knowledge/chunker.js';

// Session 17 QA: a music school signed up in the console and pasted its website FAQ, each question
// in bold on its own line over its answer ("**Do you offer a trial lesson?**"). The bold lines were
// text, so the guide was four unlabelled chunks: "what if i need to cancel" got the heading
// "Cancellations & make-ups." said as an answer plus the trial lesson's sentence, "do you teach
// online" got "Yes. Online lessons", "do u do a free trial" the recitals' "free" sentence.

const FAQ = `Harmony Lane Music School

We teach piano, guitar, violin, drums, ukulele and voice to kids (age 5+) and adults in Riverton since 2011.

**What do lessons cost?**
30-minute lessons are $32, 45-minute lessons $46 and 60-minute lessons $60. Registration fee is $25 per family, once a year.

**Do you offer a trial lesson?**
Yes! Your first 30-minute lesson is a trial for $15. If you sign up for a monthly plan after it, the $15 comes off your first month.

**Cancellations & make-ups**
Please cancel at least 24 hours before your lesson to get a make-up lesson. Later cancellations and no-shows are not made up.

__Recitals__:
Two recitals a year, in June and December, at the Riverton Public Library hall. Participation is optional and free for students.

**Exams**
We prepare students for RCM exams (piano, violin, voice) from Preparatory to Level 8.

**Note:** lessons on Zoom are the same price.

Q: Is there parking?
A: Yes, free parking behind the building; the entrance is on the side.

Can I pay with a card?
We take Visa, Mastercard, debit, e-transfer and cash.`;

const chunks = chunkDocument({ title: 'Our FAQ', content: FAQ, source: 'MARKDOWN' });
const headed = (s: string) => chunks.find((c) => c.content.includes(s))?.heading;
const { hits, vocabulary } = knowledgeOf('Our FAQ', FAQ);
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? null;

t.test('a bold line, or a question on its own line, heads the answer under it', async (t) => {
  t.equal(headed('30-minute lessons are $32'), 'What do lessons cost?');
  t.equal(headed('Your first 30-minute lesson is a trial'), 'Do you offer a trial lesson?');
  t.equal(headed('Please cancel at least 24 hours'), 'Cancellations & make-ups');
  t.equal(headed('Two recitals a year'), 'Recitals', '__bold__ with a colon after it');
  t.equal(headed('free parking behind the building'), 'Is there parking?', '"Q:" is a label, not part of the question');
  t.equal(headed('We take Visa'), 'Can I pay with a card?');
  t.notOk(chunks.some((c) => /\*\*|^__|^A: /m.test(c.content) && !c.content.includes('**Note:**')), 'no heading line, bold marks or "A:" label is left in the text');
  // A bold label at the start of a line of text is text; so are statements and lone questions.
  t.equal(lineHeading('**Note:** lessons on Zoom are the same price.', true), null);
  t.equal(lineHeading('Sunday closed.', true), null);
  t.equal(lineHeading('Do you offer a trial lesson?', false), null, 'a question with nothing under it heads nothing');
  t.equal(lineHeading('| Do you | take cards? |', true), null);
});

t.test('the FAQ answers by its sections, never with a heading said as the answer', async (t) => {
  t.match(ask('what if i need to cancel'), /^Please cancel at least 24 hours before your lesson/);
  t.match(ask('whats the cancellation policy'), /cancel at least 24 hours/);
  t.match(ask('do you prepare for exams'), /RCM exams/);
  t.match(ask('is there parking'), /^Yes, free parking behind the building/);
  t.match(ask('how much is the registration fee'), /\$25 per family/);
  t.match(ask('can i pay with debit'), /debit/);
  // The guide's bare "Yes!" is said with its sentence, and only to a yes-or-no question.
  t.match(ask('do you offer a trial lesson'), /^Yes! Your first 30-minute lesson is a trial for \$15\./);
  t.match(ask('whats a trial lesson cost'), /^Your first 30-minute lesson is a trial for \$15\./);
});

t.test('hours lines with days shortened as owners type them answer for that day', async (t) => {
  const HOURS = `**When are you open?**\nMon-Thu 2pm-8:30pm\nFri 2pm-6pm\nSat 9am-3pm\nSunday closed.\n\n**Our teachers**\n| Teacher | Days |\n|---|---|\n| Dan Whitford | Tue, Thu, Sat |\n| Mei Tanaka | Mon, Wed, Sat |`;
  const k = knowledgeOf('Our FAQ', HOURS);
  const ask = (q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary })?.text ?? null;
  t.equal(ask('whats ur hours on saturday'), 'Sat 9am-3pm');
  t.equal(ask('are you open saturday'), 'Yes. Sat 9am-3pm');
  t.equal(ask('what time do you close on friday'), 'Fri 2pm-6pm');
  t.equal(ask('hours on thursday'), 'Mon-Thu 2pm-8:30pm');
  t.equal(ask('open sundays?'), 'No. Sunday closed.');
});

// A nail salon's menu pasted from its website: dot leaders and space-aligned columns. The leader
// ended the sentence ("do u do acrylics" got "Yes. Full set acrylic ............"), and the
// columns were said with their blanks.
const MENU = `HOURS
Monday - Friday   10:00 - 7:30
Saturday          9:00 - 6:00

MANICURES
Classic Manicure ............ $25
Gel Manicure ................ $40
Gel Removal (no new set) .... $10

ENHANCEMENTS
Full set acrylic ............ $55+
Acrylic fill ................ $40+

Policies
- Payment: cash, all major cards, Apple Pay. Tips can be added on card.`;

t.test('a menu lined up with dot leaders or blanks reads "name: value"', async (t) => {
  t.equal(unalignLine('Classic Manicure ............ $25'), 'Classic Manicure: $25');
  t.equal(unalignLine('Dip powder … $48'), 'Dip powder: $48');
  t.equal(unalignLine('Saturday          9:00 - 6:00'), 'Saturday: 9:00 - 6:00');
  t.equal(unalignLine('Classic Manicure\t$25\t30 min'), 'Classic Manicure: $25, 30 min');
  t.equal(unalignLine('Hours:    9-5'), 'Hours: 9-5', 'a label keeps its own colon');
  // Text, an ellipsis in words, table rows and a list's indentation stay as they are.
  for (const l of ['End of story.  Next one.', 'Wait... what?', '| a   | b |', '  - item one']) t.equal(unalignLine(l), l);
  const k = knowledgeOf('Menu', MENU);
  const ask = (q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary })?.text ?? null;
  t.match(ask('do u do acrylics'), /^Yes\. Full set acrylic: \$55\+/);
  t.equal(ask('how much is a fill'), 'Acrylic fill: $40+');
  t.equal(ask('how much is a gel manicure'), 'Gel Manicure: $40');
  t.equal(ask('what time do you open on saturday'), 'Saturday: 9:00 - 6:00');
  // ("Payment:" over its ways of paying says what the guide accepts.)
  t.equal(ask('can i pay with card'), 'Yes. Payment: cash, all major cards, Apple Pay.');
});

t.test("a negative that only picks out whom it is for is no 'No'", async (t) => {
  const answer = (guide: string, q: string) => {
    const k = knowledgeOf('Guide', guide);
    return extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary })?.text ?? null;
  };
  const ROOM = "We teach piano and guitar.\n\nThere's no elevator, sorry: students who can't use stairs can take lessons at our ground-floor room on Saturdays.";
  t.match(answer(ROOM, 'can i take lessons on saturdays'), /^Yes\./);
  t.match(answer('We teach piano and guitar.\n\nSorry, lessons are not available on Saturdays.', 'do you do lessons on saturdays'), /^Sorry, lessons are not available/);
  t.match(answer('We teach piano and guitar.\n\nIf you do not cancel 24 hours ahead, lessons on Saturdays are charged.', 'are lessons on saturdays charged'), /^Yes\./);
});
