import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';

// Session 14 QA, a bakery that lists its hours one line per day (a layout owners paste all the
// time): "hi r u open mondays" got "Yes. Monday: closed. Tuesday to Friday: 7am - 5pm." and
// "are you open sundays" got Sunday's hours with the weekday range after them. A short label and
// its value are one statement ("Monday: closed" says no), and a line that names the day asked
// about needs no range of other days after it.

const BAKERY = `# Crumb & Co. Bakery

We're a small family bakery on Market Street. Everything is baked fresh every morning.

## Opening hours
- Tuesday to Friday: 7am - 5pm
- Saturday: 7am - 3pm
- Sunday: 8am - 1pm
- Monday: closed

We close on Christmas Day and New Year's Day.

## Custom cakes
Celebration cakes start at $45 for a 6-inch round. Please order at least 72 hours ahead.`;

const { hits, vocabulary } = knowledgeOf('Crumb & Co. Bakery', BAKERY);
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? null;

t.test('hours listed one line per day: yes or no by the line of the day asked about', async (t) => {
  const cases: Array<[string, string]> = [
    ['hi r u open mondays', 'No. Monday: closed'],
    ['open mondays?', 'No. Monday: closed'],
    ['is the bakery open on monday', 'No. Monday: closed'],
    ['are you closed on mondays', 'Yes. Monday: closed'],
    ['are you open sundays', 'Yes. Sunday: 8am - 1pm'],
    ['r u open on saturdays', 'Yes. Saturday: 7am - 3pm'],
  ];
  for (const [q, want] of cases) t.equal(ask(q), want, q);
  // A range still answers a day inside it.
  t.match(ask('are you open on wednesday'), /^Yes\. Tuesday to Friday: 7am - 5pm/);
  // Both weekend days when the weekend is asked about.
  t.equal(ask('do you work weekends'), 'Yes. Saturday: 7am - 3pm. Sunday: 8am - 1pm.');
});

// A "Q: / A:" page: the guide's own "Yes," answers its own question, not the visitor's; "how
// early should I get there" asks how long before the visit, not the opening hours.
const STUDIO = `Harmony Massage Studio - FAQ

Q: What are your hours?
A: Monday to Thursday 10am-8pm, Friday 10am-6pm, Saturday 9am-4pm. Closed Sundays.

Q: Do you sell gift cards?
A: Yes, in any amount, online or at the front desk. They never expire.

Q: Is there anything I should do before my appointment?
A: Arrive 10 minutes early to fill out an intake form, and let us know about any injuries or allergies to oils.`;

const studio = knowledgeOf('Harmony Massage Studio', STUDIO);
const askStudio = (q: string) => extractiveAnswer(q, studio.hits, { vocabulary: studio.vocabulary })?.text ?? null;

t.test('a Q/A page: the yes of another question is not carried over; arriving early is no opening time', async (t) => {
  t.equal(askStudio('do gift cards expire'), 'No. They never expire.', 'QA: "Yes, in any amount, online or at the front desk. They never expire."');
  t.match(askStudio('do you sell gift cards'), /^Yes, in any amount/);
  for (const q of ['how early should i get there', 'how early do i need to arrive']) t.match(askStudio(q), /^Arrive 10 minutes early/, q);
  // An opening time is still one.
  for (const q of ['how early do you open', 'how early can you come']) t.match(askStudio(q), /10am/, q);
});

// QA on the demo: "and after the first half hour?" after the call-out price got "I don't know",
// and with the fee named it got the Sunday closing appended ("hour" read as opening hours).
const CALLOUT = `# Prices
## Call-out fee
A standard call-out costs $89, which includes the first 30 minutes of labour. After that labour is $120 per hour.
## Hours
Our office is open Monday to Friday 8am to 6pm. We are closed on Sundays, but our emergency line answers 24/7.`;

const callout = knowledgeOf('Demo guide', CALLOUT);
const askCallout = (q: string) => extractiveAnswer(q, callout.hits, { vocabulary: callout.vocabulary })?.text ?? null;

t.test('a half hour is 30 minutes, not a question about the hours', async (t) => {
  for (const q of ['and after the first half hour?', 'whats the call out fee after the first half hour', 'how much after the first half-hour']) {
    const a = askCallout(q);
    t.match(a, /\$120 per hour/, q);
    t.notMatch(a, /Sundays|8am/, `${q}: no opening hours`);
  }
  t.match(askCallout('is the first half an hour included'), /^Yes\. .*first 30 minutes/);
});

t.test('a statement with a question mark asks yes or no ("u guys do water heaters?")', async (t) => {
  const guide = knowledgeOf('Demo guide', `# Services\n## Water heaters\nWe repair and install tank and tankless water heaters.\n## Payment\nWe accept credit cards, debit cards and checks.`);
  const a = (q: string) => extractiveAnswer(q, guide.hits, { vocabulary: guide.vocabulary })?.text ?? null;
  t.equal(a('u guys do water heaters?'), 'Yes. We repair and install tank and tankless water heaters.');
  t.equal(a('you take checks?'), 'Yes. We accept credit cards, debit cards and checks.');
  // Without the question mark it is no yes/no question of this form.
  t.notMatch(a('you guys do water heaters') ?? '', /^Yes\./);
});

t.test('a verb and its particle meet the one word the guide uses ("pick up" / "pickup")', async (t) => {
  const guide = knowledgeOf('Bike shop', `# Bike shop\n## Pickup & delivery\nFree pickup and drop-off within 5 miles of the shop for any tune-up or overhaul.\n## Lockouts\nCable lock stuck? A lockout visit is $40.\n## Hours\nWeekdays 10am to 7pm.`);
  const a = (q: string) => extractiveAnswer(q, guide.hits, { vocabulary: guide.vocabulary })?.text ?? null;
  t.equal(a('do you pick up bikes'), 'Yes. Free pickup and drop-off within 5 miles of the shop for any tune-up or overhaul.', 'QA: got "I don\'t know"');
  t.match(a('can you drop off my bike after'), /drop-off within 5 miles/);
  t.match(a('how much if im locked out'), /\$40/);
  // Not joined when the guide has no such word: "set up" stays two words.
  t.equal(a('do you set up payment plans'), null);
});
