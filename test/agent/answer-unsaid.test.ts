import t from 'tap';
import { durationUnanswered, facilityElsewhere, modelOutsideTable, namedOnlyAsAbsent, ownSupplyUnsaid, payerUnsaid, safeWhenUnsaid } from '../../src/agent/answer-unsaid.js';
import type { Unit } from '../../src/agent/answer-units.js';

// The gates of answer-unsaid, one by one: each refuses what a probe of session 28 got as an invented
// fact, and lets through the answer a covered look-alike needs.

t.test('durationUnanswered: a billing step, an arrival window or a notice is no job length', async (t) => {
  t.ok(durationUnanswered('how long does a winch out usually take', 'Winch-out (ditch, mud, snow, sand): $125 for the first 30 minutes, then $75 per extra 30 minutes'));
  t.ok(durationUnanswered('how long does a sweep take', 'You get a 2-hour arrival window and a text when the sweep is 30 minutes out.'));
  t.notOk(durationUnanswered('how long does a repair take', 'Most repairs take 30-60 minutes.'));
  t.notOk(durationUnanswered('how long does the install take', 'The install itself takes one to two days.'));
  t.notOk(durationUnanswered('how much is labour', 'Labour after the first 30 minutes: $95 per hour'));
});

t.test('facilityElsewhere: a facility said only as a named place elsewhere', async (t) => {
  t.ok(facilityElsewhere('is there a pool at the center', 'Yes. Every Wednesday is swim day at the Linden Park pool, and there is one field trip a week by school bus.'));
  t.notOk(facilityElsewhere('is there a pool', 'Yes. Our indoor pool is heated to 86°F.'));
  t.notOk(facilityElsewhere('is there a pool at the center', 'The pool at the Linden Park center is ours. The pool is heated.'));
});

t.test('safeWhenUnsaid: a safety asked under a condition the answer never names', async (t) => {
  const related = () => [];
  t.ok(safeWhenUnsaid('is the generator safe to run in the rain', 'Yes. The safe way to use it is an inlet box outside and an interlock on your panel.', related));
  t.notOk(safeWhenUnsaid('is the generator safe to run in the rain', 'It is built to run in rain and snow.', related));
  t.notOk(safeWhenUnsaid('is it safe for my pets', 'Pets should stay off treated areas.', related));
});

t.test("ownSupplyUnsaid: the visitor's own goods, bought elsewhere", async (t) => {
  t.ok(ownSupplyUnsaid('can you put on a screen protector i bought somewhere else', 'Yes. We sell screen protectors ($25 tempered glass, installed free), cases, chargers and cables.'));
  t.notOk(ownSupplyUnsaid('can you put on a screen protector i bought somewhere else', "We don't warranty parts that the customer supplies."));
  t.notOk(ownSupplyUnsaid('do you install screen protectors', 'Yes. We sell screen protectors ($25 tempered glass, installed free).'));
});

t.test('modelOutsideTable: a model number none of the columns holds', async (t) => {
  const row = { label: 'Screen', cells: [{ header: 'iPhone 11-13' }, { header: 'iPhone 14-15' }, { header: 'Samsung Galaxy S' }] } as unknown as Unit;
  t.ok(modelOutsideTable('how much for an iphone 16 screen', row));
  t.notOk(modelOutsideTable('how much for an iphone 12 screen', row));
  t.notOk(modelOutsideTable('how much for an iphone 15 screen', row));
  t.notOk(modelOutsideTable('how much for a samsung screen', row));
  const open = { label: 'Screen', cells: [{ header: 'iPhone 8 and newer' }] } as unknown as Unit;
  t.notOk(modelOutsideTable('how much for an iphone 16 screen', open));
  t.ok(modelOutsideTable('how much for an iphone 7 screen', open));
});

t.test('modelOutsideTable: a count is no model', async (t) => {
  const row = { label: 'Boarding', cells: [{ header: 'Price for 1 dog' }] } as unknown as Unit;
  t.notOk(modelOutsideTable('how much for 2 dogs', row));
});

t.test('payerUnsaid: whether a club, an insurer or a warranty pays needs the payer named', async (t) => {
  t.ok(payerUnsaid('i have aaa does that cover your car lockout fee', 'Car lockout (daytime) — Price: $75.'));
  t.notOk(payerUnsaid('i have aaa does that cover your car lockout fee', 'We are a contracted provider for AAA and Good Sam; they pay us direct.'));
  t.notOk(payerUnsaid('does my insurance cover it', 'For accident tows we can bill your insurer with a claim number.'));
  t.notOk(payerUnsaid('does the price cover parts', 'Parts and labour included.'));
  // (QA 35, a dental page: the thing by its bare name, "covered" with no payer named, an insurer said as absent.)
  t.ok(payerUnsaid('is whitening covered by insurance', 'Teeth whitening (in office) — Price: $399.'));
  t.ok(payerUnsaid('is a crown covered by insurance', 'Crown — Price: from $1,150.'));
  t.ok(payerUnsaid('are fillings covered', 'Tooth-colored filling — Price: from $160.'));
  t.ok(payerUnsaid('does insurance cover whitening', 'Teeth whitening — Price: $399. We offer an in-house savings plan for patients without insurance.'));
  t.notOk(payerUnsaid('are fillings covered', 'Fillings are covered by most PPO plans.'));
  t.notOk(payerUnsaid('is whitening covered by insurance', 'Whitening is cosmetic, so insurance does not cover it.'));
  t.ok(payerUnsaid('is a crown covered by my plan', 'Crown — Price: from $1,150.'));
  t.ok(payerUnsaid('are x-rays covered under insurance', 'X-rays — Price: $60.'));
  // (Covered as part of the price, and a payer said in a no, are answers.)
  t.notOk(payerUnsaid('is lunch covered', 'Lunch is included.'));
  t.notOk(payerUnsaid('does insurance cover whitening', 'Whitening is cosmetic, so no insurance plan covers it.'));
});

t.test("ownSupplyUnsaid: buying it online from the business is no goods of one's own", async (t) => {
  t.notOk(ownSupplyUnsaid('can i buy one online', 'Yes. Gift cards are sold at the front desk and online.'));
  t.ok(ownSupplyUnsaid('can you install a cover lifter i got online', 'Cover lifter, installed: $249'));
  t.ok(ownSupplyUnsaid('can you install a dishwasher if i buy one myself', 'Yes. We fix dishwashers.'));
});

t.test('namedOnlyAsAbsent: a thing the answer names only as absent is no yes to it (QA 35)', async (t) => {
  const plan = 'Yes. We offer an in-house savings plan for patients without insurance: $299 a year.';
  t.ok(namedOnlyAsAbsent('do you accept my insurance', plan));
  // (An exception told with "no" is still a yes: "No fee with 24 hours notice".)
  t.notOk(namedOnlyAsAbsent('is there a fee to cancel', 'Yes. No fee with 24 hours notice; a missed appointment is charged $50.'));
  t.ok(namedOnlyAsAbsent('do you allow smoking', 'Yes. All rooms are non-smoking.'));
  // (Asked as absent or lacked itself, it is the question.)
  t.notOk(namedOnlyAsAbsent('can i come without insurance', plan));
  t.notOk(namedOnlyAsAbsent('i dont have insurance, do you have payment plans', 'Yes. Payment plans are available for patients without insurance.'));
  // (Named as there too.)
  t.notOk(namedOnlyAsAbsent('do you accept my insurance', 'Yes. We accept most insurance; a plan for patients without insurance is $299.'));
});
