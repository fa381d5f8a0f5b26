import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { harmUnanswered, policyOfAnother, safeForUnsaid } from '../../src/agent/answer-unanswered.js';
import { countOfAnother, lifespanUnanswered, measureUnanswered } from '../../src/agent/answer-measures.js';
import { dayOnlyByHours } from '../../src/agent/answer-days.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Session 27 (never invent, by breadth): the classes of question behind answer-probes-inv27's
// inventions, each on a guide of our own (not the probes' pages), each failing without its gate,
// with the covered look-alikes beside them that must still be answered.

const guide = (title: string, text: string) => {
  const k = knowledgeOf(title, text);
  return (q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, business: title })?.text ?? null;
};

const SPA = `# Lakeside Day Spa

## Hours
Monday to Friday 9am to 7pm. Saturday 10am to 4pm. Closed Sunday.

## Treatments
- Deep tissue massage (60 minutes): $110
- Cupping add-on: $25
- Facial peel: $90. The peel leaves your skin pink for about a day.
- Sauna session: $20 for 30 minutes. A sauna session lasts 30 minutes.

Classes of our stretch program have at most 6 guests.
Our team of four therapists is licensed by the state board.

## Gift cards and refunds
Gift cards are refundable within 30 days of purchase.

## Packages
A package of 5 massages comes with a 10% discount.

## Warranty
Our retail hot stones carry a 1-year warranty.

## Products
We use organic oils. Heated table tops are 30 inches wide.`;

t.test('a yes joining a thing to the opening hours of the day asked is no answer', async (t) => {
  const ask = guide('Lakeside Day Spa', SPA);
  // (Got "Yes. Cupping add-on: $25. Saturday 10am to 4pm.")
  t.equal(ask('do you do cupping on saturdays'), null);
  t.equal(dayOnlyByHours('do you do cupping on saturdays', ['Cupping add-on: $25.', 'Saturday 10am to 4pm.']), true);
  // The hours still answer being open, coming in, and the closed day.
  t.match(ask('are you open on saturdays'), /10am to 4pm/);
  t.match(ask('do you do massages on sundays') ?? '', /^(?:No\b|I don't)|Closed Sunday/);
  t.equal(dayOnlyByHours('can i come in on saturday for a massage', ['Deep tissue massage: $110.', 'Saturday 10am to 4pm.']), false);
  t.equal(dayOnlyByHours('what time do you open on saturday', ['Saturday 10am to 4pm.', 'x']), false);
});

t.test('whether a thing hurts or harms needs a sentence that says so of it', async (t) => {
  const ask = guide('Lakeside Day Spa', SPA);
  // (Got "Yes. Cupping add-on: $25.")
  t.equal(ask('does cupping hurt'), null);
  t.equal(harmUnanswered('does pruning hurt the tree', 'If someone is trapped or hurt under a tree, call 911 first. We do pruning.'), true);
  t.equal(harmUnanswered('does the peel hurt', 'The peel can sting for a minute.'), false);
  t.equal(harmUnanswered('does it hurt', 'Most clients feel only mild discomfort.'), false);
});

t.test('whether it is safe for someone: neither the safety nor them is no answer', async (t) => {
  t.equal(safeForUnsaid('is the purified water safe for my plants', 'We use purified water on a pole for outside glass.'), true);
  // What to do, said of them, is quoted (qualityUnanswered keeps it, no yes).
  t.equal(safeForUnsaid('is it safe for my pets', 'Pets and kids should stay off treated areas until they are dry.'), false);
  t.equal(safeForUnsaid('is the spray safe for kids', 'Our spray is safe once dry.'), false);
});

t.test('a term (warranty, refund, discount, deposit) said of another thing is no yes', async (t) => {
  const ask = guide('Lakeside Day Spa', SPA);
  // (Got "Yes. Gift cards are refundable within 30 days" and "Yes. Our retail hot stones carry a 1-year warranty.")
  t.equal(ask('can i get a refund on a massage package'), null);
  t.equal(ask('is there a warranty on the facial peel'), null);
  // Said of the thing asked, it answers.
  t.match(ask('can i get a refund on a gift card'), /refundable/);
  t.match(ask('is there a discount on packages'), /10%/);
  const none = () => [] as string[];
  t.equal(policyOfAnother('is there a warranty on wildlife exclusion', [{ text: 'Exclusion work is quoted after the inspection.', heading: 'Wildlife removal' }, { text: 'Both come with a 5-year renewable termite warranty.', heading: 'Termites' }], none), true);
  t.equal(policyOfAnother('is there a warranty on termite treatment', [{ text: 'Both come with a 5-year renewable warranty.', heading: 'Termites' }], none), false);
});

t.test('how long a thing lasts is not the time a job takes', async (t) => {
  const ask = guide('Lakeside Day Spa', SPA);
  t.match(ask('how long does a sauna session last'), /30 minutes/);
  t.equal(lifespanUnanswered('how long does a crawl space liner last', 'Crawl space encapsulation: 2 to 4 days.', 'How long does an install take?'), true);
  t.equal(lifespanUnanswered('how long does a fired mug last', 'Glaze firing takes about 2 weeks.'), true);
  t.equal(lifespanUnanswered('how long does the flea treatment keep working', 'Flea treatment — Visits included: 2 visits 10 days apart.'), true);
  t.equal(lifespanUnanswered('how long does the pink last', 'The peel leaves your skin pink for about a day.'), true);
  t.equal(lifespanUnanswered('how long does the session last', 'The initial assessment lasts 60 minutes.'), false);
  t.equal(lifespanUnanswered('how long does a massage last', 'Deep tissue massage — Length: 60 minutes; Fee: $110.'), false);
});

t.test('a height, a depth or a weight needs its measure', async (t) => {
  const ask = guide('Lakeside Day Spa', SPA);
  // (Got "Our retail hot stones carry a 1-year warranty." and "Deep tissue massage ... Sauna session: $20 for 30 minutes.")
  t.equal(ask('how heavy are the hot stones'), null);
  t.equal(ask('how deep is the sauna'), null);
  t.match(ask('how wide are the heated tables'), /30 inches/);
  t.equal(measureUnanswered('how tall a tree can you climb', 'Dead or storm-damaged tree: add 20% (dead wood is dangerous to climb).'), true);
  t.equal(measureUnanswered('how deep do you grind stumps', 'We grind 6 to 8 inches below the ground.'), false);
  t.equal(measureUnanswered('how heavy a safe can you move', 'We cannot move safes heavier than 800 pounds.'), false);
});

t.test('a count is a number of the thing counted', async (t) => {
  const ask = guide('Lakeside Day Spa', SPA);
  t.match(ask('how many guests are in a stretch class'), /6 guests/);
  // (Got "Classes of our stretch program have at most 6 guests. Deep tissue massage (60 minutes): $110.")
  t.equal(ask('how many massages are in a stretch class'), null);
  // A number of the thing asked, said beside it, answers (the package's "5 massages").
  t.match(ask('how many massages are in a package'), /5 massages/);
  const none = () => [] as string[];
  t.equal(countOfAnother('how many people come to clean', 'Someone 18 or older must be home for inside cleaning.', none), true);
  t.equal(countOfAnother('how many traps do you set', 'Each return visit to check traps is $65.', none), true);
  t.equal(countOfAnother('how many trees can you take down in a day', 'You need a permit to remove any tree wider than 24 inches.', none), true);
  t.equal(countOfAnother('how many visits are included', 'Mouse control: 3 visits over 2 weeks.', none), false);
  t.equal(countOfAnother('how many therapists do you have', 'Our team of four therapists is licensed.', none), false);
  t.equal(countOfAnother('how many days notice do you need', 'Cancel at least 48 hours ahead.', none), false);
});

t.test('the gates leave covered look-alikes of the tune set alone', async (t) => {
  // A safety word of another form, and the guide's own safety question over its answer.
  t.equal(safeForUnsaid('r ur products safe for kids', 'Our standard products are plant-based and certified by the U.S. EPA Safer Choice program.'), false);
  t.equal(safeForUnsaid('is the soft wash stuff safe for my flower beds', 'Is soft washing safe for my plants? Yes. We wet the plants down before and after.'), false);
  // The business keeping something is no lifespan: any span answers.
  t.equal(lifespanUnanswered('how long do u keep the video clips on premium', 'Premium — Video: 60-day cloud clips, up to 8 cameras.'), false);
  t.equal(lifespanUnanswered('how long do the outdoor cameras keep recording if the power goes out', 'The backup battery powers the panel for 24 hours.'), true);
});

t.test('a term on the business\'s work in general is answered by its general term', async (t) => {
  const none = () => [] as string[];
  t.equal(policyOfAnother('is there a warranty on repairs', [{ text: "All workmanship is guaranteed for 2 years and parts carry the manufacturer's warranty.", heading: 'Guarantee' }], none), false);
  t.equal(policyOfAnother('is there a warranty on the water heater', [{ text: 'Our retail hot stones carry a 1-year warranty.', heading: 'Warranty' }], none), true);
  t.equal(countOfAnother('how many cleans a year on the middle package', 'Cleans per year — Silver: 4.', none), false);
});

t.test('an amount in the question is the visitor\'s case, no thing the term must name', async (t) => {
  t.equal(policyOfAnother('do you need a deposit for a $3000 job', [{ text: 'Jobs over $2,500 need a 30% deposit.', heading: 'Payment' }], () => []), false);
});
