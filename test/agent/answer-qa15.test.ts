import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { normalizeCasual, normalizeText } from '../../src/ai/lexical.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { closedOnDayAsked } from '../../src/agent/answer-polarity.js';
import { purposeVerb } from '../../src/agent/answer-query.js';

// Session 15 QA, guides the owner wrote himself.

const MASSAGE = `Harmony Massage Studio - FAQ

Q: How much is a massage?
A: 60 minutes is $85, 90 minutes is $120. Hot stone adds $20. Couples massage (60 min) is $170 for two.

Q: What's your cancellation policy?
A: Please give us 24 hours notice. Late cancellations and no-shows are charged 50% of the session.`;

const massage = knowledgeOf('Harmony Massage Studio', MASSAGE);
const askMassage = (q: string) => extractiveAnswer(q, massage.hits, { vocabulary: massage.vocabulary })?.text ?? null;

t.test('a length said two ways: "an hour massage" is the 60-minute one, "an hour and a half" the 90', async (t) => {
  for (const q of ['how much is an hour massage', 'how much for an hour and a half', 'how much is a one-hour massage', 'price of an hour long massage']) {
    t.match(askMassage(q), /^60 minutes is \$85, 90 minutes is \$120\./, q);
  }
  t.equal(normalizeText('an hour and a half'), '90 minutes');
  t.equal(normalizeText('a 1-hour session'), 'a 60 minutes session');
  // A rate keeps its hour: "$50 an hour for labor", "how much an hour".
  t.equal(normalizeText('$50 an hour for labor'), '$50 an hour for labor');
  t.equal(normalizeText('how much an hour'), 'how much an hour');
  t.equal(normalizeText('we left an hour ago'), 'we left an hour ago');
});

const BIKE = `# Spoke & Chain Bike Repair

Independent bike shop in Millbrook since 2011. Road, mountain, e-bikes and kids' bikes.

## Repairs & tune-ups
| Service | Price | Turnaround |
|---|---|---|
| Basic tune-up | $65 | 2-3 days |
| Flat tire fix (labor) | $15 | While you wait |
| Brake adjustment | $20 | Same day |

Parts are extra. We'll call you before doing any work over the quoted price.

## Hours
Weekdays 10am to 7pm, Saturdays 9am to 5pm. Closed Sundays and all major holidays.

## Pickup & delivery
Free pickup and drop-off within 5 miles of the shop for any tune-up or overhaul. Beyond 5 miles it's $10 each way.

## Warranty
All labor is guaranteed for 30 days. New bikes come with a free first tune-up within 60 days of purchase.

## Payment
Cash, cards and Venmo. No checks.`;

const bike = knowledgeOf('Spoke & Chain Bike Repair', BIKE);
const askBike = (q: string) => extractiveAnswer(q, bike.hits, { vocabulary: bike.vocabulary, wordRank: spokenRank })?.text ?? null;

t.test('"do u take checks": a light verb the guide never uses ("take") is no service it must name', async (t) => {
  t.equal(askBike('do u take checks'), 'No checks.');
  t.equal(askBike('do you take venmo'), 'Yes. Cash, cards and Venmo.');
  // A verb with a sense of its own still needs the guide to use it.
  t.equal(askBike('do you sell checks'), null);
});

t.test('a day asked about that the answer says is closed is a no, whichever sentence says it', async (t) => {
  t.match(askBike('can i drop off my bike on sunday'), /^No\. .*Closed Sundays/);
  t.match(askBike('can i drop off my bike on saturday'), /^Yes\. /);
  t.match(askBike('are you closed on sundays'), /^Yes\. Closed Sundays/);
  t.equal(closedOnDayAsked('can i come monday', 'Open Monday to Saturday, closed Sunday.'), false);
  t.equal(closedOnDayAsked('can i come sunday', 'Open Monday to Saturday, closed Sunday.'), true);
  t.equal(closedOnDayAsked('can i come monday', 'The front desk is closed for lunch 12 to 1 on Mondays.'), false);
});

t.test('"how much to FIX my brakes": a second row that shares only the verb of the job adds nothing', async (t) => {
  t.equal(askBike('how much to fix my brakes'), 'Brake adjustment — Price: $20.');
  // A second subject of its own still gets its row.
  t.match(askBike('how much to fix my brakes and a flat'), /Flat tire fix \(labor\) — Price: \$15\..*Brake adjustment — Price: \$20\./);
  t.equal(purposeVerb('what does it cost to clean a rug'), 'clean');
  t.equal(purposeVerb('how much is shipping to canada'), null);
  // The job itself is the subject when other words come before it.
  t.equal(purposeVerb('how much each time you stop by to inspect the bait stations'), null);
});

t.test('"do you come get the bike": coming to get it is a pickup; the thing the business is named for needs no sentence of its own', async (t) => {
  t.equal(askBike('do you come get the bike'), 'Yes. Free pickup and drop-off within 5 miles of the shop for any tune-up or overhaul.');
  t.equal(normalizeCasual('can you come and grab it'), 'can you come and grab pickup it');
  t.equal(normalizeCasual('can you pick my bike up'), 'can you pick my bike up pickup');
  t.equal(askBike('do you sell bikes'), null);
});

t.test('"who is in charge": the owner, no price', async (t) => {
  t.equal(askBike('who is in charge of the company'), null);
  const acme = knowledgeOf('Acme Plumbing', `# Acme Plumbing\n\n## About us\nAcme is owned and run by master plumber Dave Ortiz since 2004.\n\n## Prices\nCall-out fee is $89.`);
  const ask = (q: string) => extractiveAnswer(q, acme.hits, { vocabulary: acme.vocabulary, wordRank: spokenRank })?.text ?? null;
  t.equal(ask('who is in charge'), 'Acme is owned and run by master plumber Dave Ortiz since 2004.');
  t.equal(ask('who runs the business'), 'Acme is owned and run by master plumber Dave Ortiz since 2004.');
  t.equal(ask('whats the charge to come out'), 'Call-out fee is $89.');
});
