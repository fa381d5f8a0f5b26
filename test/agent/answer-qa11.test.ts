import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { paymentAnswer, unnamedPayment } from '../../src/agent/answer-payment.js';
import { labelRange, otherAction } from '../../src/agent/answer-rows.js';
import { relatedActsOn, serviceObject, serviceVerb } from '../../src/agent/answer-polarity.js';
import { dayInRange } from '../../src/agent/answer-days.js';
import { presenceUnanswered } from '../../src/agent/answer-unanswered.js';
import { normalizeCasual } from '../../src/ai/lexical.js';
import { subjectOf, withEarlierSubject } from '../../src/agent/follow-up.js';
import { safetyOnly } from '../../src/agent/answer-safety.js';
import { readIntent } from '../../src/agent/read-intent.js';
import { queryTerms } from '../../src/agent/answer-query.js';
import { relatedTerms, terms } from '../../src/ai/lexical.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Findings from chatting in the widget (session 11), each on a guide written for this test: a
// safety instruction is no answer to a question about something else, a number picks the table row
// whose range holds it, being home is not "needed when buying a home", weekend appointments are
// answered by the weekend hours, a way of paying the guide never names gets the ways it does, a
// rule of its own is not appended as if it continued the answer, and invented yeses and prices
// (a word only in a brand name, a related word with another meaning, a job done to another thing).

const GUIDE = `# Birchwood Home Services
Birchwood Home Services does small repairs, TV mounting and furniture assembly around Easton.

## Safety
In a fire drill, leave by the nearest exit and meet in the parking lot. Never use the elevator.

## Visiting us
Free parking is behind the shop on Mill Road.

## Prices
| Job | Price |
| --- | --- |
| TV mounting, up to 55 inch | $120 |
| TV mounting, over 55 inch | $160 |
| Bookshelf assembly, 3-5 shelves | $70 |
| Bookshelf assembly, 6 shelves or more | $95 |
| Replace a fence panel | $160 per panel |

## Inspections
Our pre-purchase home inspection is needed when buying or selling a home. It takes about 3 hours.

## Payment
We take cards, checks and Zelle.

## Appointments
A furniture assembly visit takes about 2 hours. Please give 24 hours' notice to cancel.

## Hours
We are open Monday to Friday 8am to 6pm and Saturday 9am to 1pm. We are closed on Sundays.

## Websites
Our starter website is mobile friendly and costs $900.

## Septic
We pump septic tanks, fix and replace drain fields, and keep grease traps clean for restaurants.`;

const { hits, vocabulary } = knowledgeOf('Birchwood guide', GUIDE);
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary, wordRank: spokenRank })?.text ?? null;

t.test('a safety section answers safety questions only', async (t) => {
  const parking = ask('do you have parking');
  t.match(parking, /Free parking is behind the shop/, 'the parking sentence, not the fire drill');
  t.notMatch(parking, /fire drill/);
  t.match(ask('where do we meet in a fire drill'), /parking lot/, 'a safety question still gets the safety sentence');
  const onlySafety = knowledgeOf('g', `# Co\n## Safety\nIn a fire drill, meet in the parking lot.\n## Prices\nA visit costs $80.`);
  t.equal(extractiveAnswer('do you have parking', onlySafety.hits, { vocabulary: onlySafety.vocabulary })?.text ?? null, null, 'no yes from a fire drill');
  // A safety section's statements of policy still answer what they say.
  t.equal(safetyOnly('Safety', 'can you move my piano', 'Our crew does not move furniture heavier than 60 lbs.'), false);
  t.equal(safetyOnly('Safety', 'should i open the windows', 'If you smell gas, open the windows.'), false, 'a question of what to do');
  t.equal(safetyOnly('Safety', 'is there a lift', 'In a fire, never use the lift.'), true);
});

t.test('a number in the question picks the row whose range holds it', async (t) => {
  const rows: Array<[string, RegExp, RegExp]> = [
    ['can you mount a 65 inch tv', /over 55 inch — Price: \$160/, /up to 55/],
    ['how much to mount a 40 inch tv', /up to 55 inch — Price: \$120/, /over 55/],
    ['price to assemble a bookshelf with 4 shelves', /3-5 shelves — Price: \$70/, /6 shelves or more/],
    ['how much to assemble a 7 shelf bookshelf', /6 shelves or more — Price: \$95/, /3-5/],
  ];
  for (const [q, want, not] of rows) {
    const a = ask(q);
    t.match(a, want, q);
    t.notMatch(a, not, q);
  }
  t.match(ask('how much is tv mounting'), /up to 55 inch.*over 55 inch/s, 'no number: both rows');
  t.same(labelRange('TV mounting, up to 55 inch'), [-Infinity, 55]);
  t.same(labelRange('3-4 bedrooms ($50 off)'), [3, 4]);
  t.same(labelRange('Over 20 ft'), [20, Infinity]);
  t.same(labelRange('10+ windows'), [10, Infinity]);
  t.equal(labelRange('Standard clean'), null);
});

t.test('being home is asked about, not a home', async (t) => {
  t.equal(ask('do i need to be home for the inspection'), null, 'no invented yes from "needed when buying a home"');
  t.equal(presenceUnanswered('do i need to be home for the inspection', 'An inspection is needed when buying or selling a home.'), true);
  t.equal(presenceUnanswered('do i have to be there', "You don't need to be home; just leave a key under the mat."), false);
  t.equal(presenceUnanswered('does someone have to be home', 'An adult must be home during the visit.'), false);
  t.equal(presenceUnanswered('how long is the inspection', 'It takes about 3 hours.'), false, 'no presence asked');
});

t.test('weekend appointments are answered by the weekend hours', async (t) => {
  for (const q of ['do you guys do weekend appointments', 'do you do saturday appointments', 'any appointments on the weekend']) t.match(ask(q), /^Yes\. .*Saturday 9am to 1pm/, q);
  t.match(ask('do you do sunday visits'), /^No\. We are closed on Sundays/);
});

t.test('a way of paying the guide never names gets the ways it does name', async (t) => {
  const rows: Array<[string, string | null]> = [
    ['can i pay with venmo', 'venmo'],
    ['can we pay by apple pay?', 'apple pay'],
    ['do you guys take paypal', 'paypal'],
    ['is bitcoin ok', 'bitcoin'],
    // Said back as typed: "amex" is no "amex american express" (QA 14: "I'm not sure about Amex American Express").
    ['do u take amex', 'amex'],
    // Named by the guide: the ordinary answer quotes it.
    ['do you take zelle', null],
    ['can i pay with a check', null],
    ['do you take zel le', null],
    // "take" about something other than paying.
    ['do you take walk ins', null],
    ['do you take insurance', null],
    ['can i pay with that', null],
  ];
  for (const [q, want] of rows) t.equal(unnamedPayment(q, vocabulary), want, q);
  t.equal(paymentAnswer('venmo', hits)?.text, "I'm not sure about Venmo. We take cards, checks and Zelle.");
  const noPayment = knowledgeOf('g', '# Co\n## Prices\nA visit costs $80.');
  t.equal(paymentAnswer('venmo', noPayment.hits), null, 'no payment sentence: nothing to say');
});

t.test('a rule of its own is not appended as if it continued the answer', async (t) => {
  const a = ask('how long is a furniture assembly visit');
  t.match(a, /about 2 hours/);
  t.notMatch(a, /notice/);
});

t.test('a follow-up asking for a kind of answer carries the earlier subject', async (t) => {
  const earlier = subjectOf('do you clean grease traps');
  const rows: Array<[string, boolean]> = [
    ['whats the price', true],
    ['what would the price be', true],
    ['what do you charge', true],
    ['how long does it take', true],
    ['what are your hours', false],
    ['do you take cards', false],
  ];
  for (const [q, carried] of rows) t.equal(withEarlierSubject(q, earlier) !== q, carried, q);
});

t.test('no invented yes or price', async (t) => {
  t.equal(ask('is the shop wheelchair accessible'), null, '"mobile friendly" is no wheelchair access');
  t.equal(ask('do you pump out rv holding tanks'), null, 'a short word the guide never uses names another thing');
  t.equal(ask("we're building a new house, can you install a brand new septic tank"), null, 'replacing drain fields is no septic tank install');
  t.equal(ask('price to build a brand new fence'), null, 'replacing a panel is no new fence');
  const yard = knowledgeOf('g', '# Yard\n## Removals\nThe removal price covers chipping the branches and hauling the wood away.');
  const askYard = (q: string) => extractiveAnswer(q, yard.hits, { vocabulary: yard.vocabulary, wordRank: spokenRank })?.text ?? null;
  t.equal(askYard('do you give away wood chips? i want some for the garden'), null, 'a phrasal verb needs its verb, not only its particle');
  t.match(askYard('do you haul away the wood'), /^Yes\./);
  const towns = knowledgeOf('g', '# Co\n## Where we work\nWe serve Ashby, Dunmore and Elm Grove.');
  t.match(extractiveAnswer('do you come out to dunmore', towns.hits, { vocabulary: towns.vocabulary, wordRank: spokenRank })?.text, /^Yes\. We serve/, 'a verb of going is no phrasal service');
  t.notMatch(ask('how much to replace a fence panel') ?? '', /Saturday|holiday/, '"brand new" asks for no brand');
  t.match(ask('how much to replace a fence panel'), /\$160 per panel/);
  t.same(serviceObject('do you do bay windows, mine has a crack'), { head: terms('windows')[0], modifier: terms('bay')[0] }, 'the object ends at the comma');
  t.equal(serviceVerb("we're building a new house, can you install a septic tank"), 'install', 'the verb of the clause that asks');
  t.same(serviceObject("we're building a new house, can you install a septic tank"), { head: terms('tank')[0], modifier: terms('septic')[0] });
  const v = terms('install')[0]!;
  t.equal(relatedActsOn('We fix and replace drain fields, and keep grease traps clean.', relatedTerms(v), terms('tank')[0]!, []), false);
  t.equal(relatedActsOn('We replace water heaters and softeners.', relatedTerms(v), terms('heater')[0]!, []), true);
  t.equal(relatedActsOn('Water heater replacement starts at $1,400.', relatedTerms(v), terms('heater')[0]!, []), true);
  t.equal(relatedActsOn('Homes in Cedar Falls are served on Tuesdays.', relatedTerms(terms('service')[0]!), terms('falls')[0]!, []), true, 'a passive verb after its object');
  const qs = queryTerms('price to build a new fence', vocabulary, spokenRank);
  t.equal(otherAction('price to build a new fence', qs, 'Replace a fence panel'), true);
  t.equal(otherAction('price to replace a fence panel', queryTerms('price to replace a fence panel', vocabulary, spokenRank), 'Replace a fence panel'), false);
});

// Guide layouts and wordings of businesses nobody tuned on (written for this test).
const SHOP = `# Pixel Repair
## Hours
| Day | Hours |
| --- | --- |
| Monday to Friday | 9:00 am to 7:00 pm |
| Saturday | 10:00 am to 3:00 pm |
| Sunday | Closed |

*Drop-ins welcome for phone cases and chargers.*

## Paying
We take cards and cash.

## Cancelling
Tell us 24 hours ahead and there's no charge. Less than that, it's a $30 late fee.

## Prices
| Service | Price | Good to know |
| --- | --- | --- |
| Bench check | $39 | Credited if you go ahead with the repair |
| Custom phone case | $25 | Made to order |

## Deposits
Orders over $500 need a 30% deposit.

## Batteries
A swollen tablet battery can catch fire. If the screen is lifting, unplug it and move it outside.

## Safety
If you think your laptop has malware, unplug the network cable and do not log in to your bank.`;

const shop = knowledgeOf('Pixel guide', SHOP);
const askShop = (q: string) => extractiveAnswer(q, shop.hits, { vocabulary: shop.vocabulary, wordRank: spokenRank })?.text ?? null;

t.test('wordings and layouts of an unseen guide', async (t) => {
  const rows: Array<[string, RegExp, RegExp | null]> = [
    // A weekday inside "Monday to Friday"; "when do you close" asks for a clock time only.
    ['when do you close tonight, its wednesday', /^Monday to Friday — Hours: 9:00 am to 7:00 pm\.$/, null],
    // "Less than that, ..." is measured against the sentence before it.
    ['if i cancel the same morning is there a fee', /no charge\. Less than that, it's a \$30 late fee\./, null],
    // "brand new" asks for something new, not for a brand.
    ['how much for a brand new custom phone case', /Custom phone case — Price: \$25/, /Saturday/],
    // "what am i supposed to do" is "what should i do".
    ['what am i supposed to do if i get malware', /unplug the network cable/, null],
    // A single-star italic note is a sentence like any other.
    ['do you take drop ins', /^Yes\. Drop-ins welcome/, /\*/],
    // An irregular participle is its verb ("swelling" ~ "swollen"); "starts" only says when; the
    // condition asked for is the sentence right after the answer.
    ['what should i do if my tablet battery starts swelling', /^A swollen tablet battery can catch fire\. If the screen is lifting, unplug it/, /deposit|Drop-ins/],
    // "put money down" is a deposit.
    ['do i have to put money down on a big order', /30% deposit/, null],
    // A question about a condition gets the column that states one.
    ['do i still pay for the bench check if you fix it', /Credited if you go ahead/, null],
  ];
  for (const [q, want, not] of rows) {
    const a = askShop(q);
    t.match(a, want, q);
    if (not) t.notMatch(a ?? '', not, q);
  }
  t.notMatch(askShop('how much is a bench check') ?? '', /Credited/, 'no condition asked: the price alone');
});

t.test('a message that opens on a price asks it, even beside a visit', async (t) => {
  const rows: Array<[string, boolean, boolean]> = [
    ['hourly rate for someone to come out to our shop', true, false],
    ['price for a tech to come out saturday', true, false],
    ['can someone come out tomorrow', true, true],
    ['i need someone to come out and fix my heater', false, false],
  ];
  for (const [q, question, requestOnly] of rows) {
    const i = readIntent(q);
    t.equal(i.question, question, `${q}: question`);
    t.equal(i.requestOnly, requestOnly, `${q}: request only`);
  }
});

t.test('a day inside a stated range; listing abbreviations of rooms', async (t) => {
  t.equal(dayInRange('tuesday', 'Monday to Friday 9am to 5pm'), true);
  t.equal(dayInRange('thursday', 'Open Tue-Sat.'), true);
  t.equal(dayInRange('sunday', 'Monday to Friday 9am to 5pm'), false);
  t.equal(dayInRange('sunday', 'Holiday moves are billed at the weekend rate.'), false, 'a passing "weekend" is no range');
  const hire = knowledgeOf('g', '# Studio\n## Hire\n| Booking | Weekday | Weekend |\n| --- | --- | --- |\n| Full day | $300 | $400 |\n## Holidays\nHoliday hires are billed at the weekend rate.');
  t.match(extractiveAnswer('how much to hire it for a whole saturday', hire.hits, { vocabulary: hire.vocabulary, wordRank: spokenRank })?.text, /\$400/, "a table's Weekend column holds Saturday");
  t.match(normalizeCasual('how long to pack a 2br'), /\b2 bedroom/);
  t.match(normalizeCasual('3bd 2ba house'), /\b3 bedroom 2 bathroom\b/);
});
