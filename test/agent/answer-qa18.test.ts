import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { queryTerms } from '../../src/agent/answer-query.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Session 18 QA: a music school's website FAQ (bold questions over their answers, a teachers'
// table) asked as a visitor would, a second sentence that answers nothing asked, and a close but
// uncovered question answered with a sentence that shares its words but not what it asks.

const MUSIC = `Harmony Lane Music School

We teach piano, guitar, violin, drums, ukulele and voice to kids (age 5+) and adults in Riverton since 2011. Owner & head teacher: Priya Castellano.

**What do lessons cost?**
30-minute lessons are $32, 45-minute lessons $46 and 60-minute lessons $60. Monthly plans: 4 lessons a month, billed on the 1st (30 min $120, 45 min $172, 60 min $224). Registration fee is $25 per family, once a year.

**Do you offer a trial lesson?**
Yes! Your first 30-minute lesson is a trial for $15. If you sign up for a monthly plan after it, the $15 comes off your first month.

**When are you open?**
Mon-Thu 2pm-8:30pm
Fri 2pm-6pm
Sat 9am-3pm
Sunday closed.

**Cancellations & make-ups**
Please cancel at least 24 hours before your lesson to get a make-up lesson. Later cancellations and no-shows are not made up. Make-ups must be used within 30 days.

**Do I need my own instrument?**
For lessons at the studio we provide pianos, drum kits and amps. Guitar, violin and ukulele students bring their own. We rent violins (fractional sizes 1/16 to 4/4) for $18/month, rent-to-own.

**Recitals**
Two recitals a year, in June and December, at the Riverton Public Library hall. Participation is optional and free for students.

**Where are you?**
214 Maple Street, Unit 3, Riverton (upstairs from Lucky's Bakery). Free parking behind the building. There's no elevator, sorry: students who can't use stairs can take lessons at our ground-floor room at the Riverton Community Centre on Saturdays.

**Our teachers**
| Teacher | Instruments | Days |
|---|---|---|
| Priya Castellano | piano, voice | Mon-Fri |
| Dan Whitford | guitar, ukulele | Tue, Thu, Sat |
| Mei Tanaka | violin | Mon, Wed, Sat |
| Ray Okafor | drums | Wed, Fri |
`;

const ALARM = `# Sentinel Home Security

Sentinel Home Security installs and monitors alarm systems, cameras, smart locks and smoke detectors for homes.

## Troubleshooting
- If the keypad shows "COMM FAIL", the panel can't reach us. Unplug the internet router for 30 seconds; if it stays on, call support.

## Monitoring
Monitoring is $34.99 a month and covers burglary, fire and smoke alarms.
`;

const SPA = `# BlueWave Hot Tub Service

## Prices
| Service | Price | Notes |
|---|---|---|
| Service call | $119 | Includes the first 30 minutes |
| Additional labor | $96 per hour | Billed in 15-minute steps |

## Covers
We sell and fit replacement hot tub covers from $450.
`;

const POWER = `# Brightline Standby Power

We install and service standby generators for homes and small businesses.

## Safety
If the power is out and someone at home depends on oxygen and the backup battery is running low, call 911 first, then our outage line.
`;

const LOCKS = `# Keystone Lock & Safe

## Prices
| Service | Price |
|---|---|
| Car lockout (daytime) | $75 |
| House lockout | $85 |

## Payment
We take Visa, Mastercard, cash and Zelle.
`;

const music = knowledgeOf('Harmony Lane Music School', MUSIC);
const ask = (k: ReturnType<typeof knowledgeOf>, q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank })?.text ?? null;

t.test('a second sentence found only by the kind of answer asked for (a time, an "if") is not appended', async (t) => {
  const cases: Array<[string, RegExp, RegExp]> = [
    ['when is the next recital', /^Two recitals a year, in June and December/, /cancel/i],
    ['what if i need to cancel', /^Please cancel at least 24 hours/, /\$15|monthly plan/],
    ['when are the recitals', /June and December/, /cancel|trial/i],
  ];
  for (const [q, want, not] of cases) {
    const a = ask(music, q);
    t.match(a, want, q);
    t.notMatch(a, not, q);
  }
  // A second part the question names is still answered by its own sentence.
  // (Each once: this passed on "... rent violins ... trial for $15. Yes. We rent violins ...", the violins said twice.)
  const both = ask(music, 'how much is a trial lesson and do you rent violins') ?? '';
  t.match(both, /trial for \$15/);
  t.equal(both.match(/rent violins/g)?.length, 1, 'the violins sentence once');
});

t.test('a music school FAQ asked as a visitor would', async (t) => {
  const cases: Array<[string, RegExp]> = [
    // (The visitor doing it themselves: "students bring their own" speaks of it.)
    ['can i bring my own guitar', /^Yes\. Guitar, violin and ukulele students bring their own\./],
    ['can we bring our own violin', /students bring their own/],
    // ("who" asks for a person: the teachers' table row names one, the intro only the instrument.)
    ['who is the violin teacher', /^Mei Tanaka — Instruments: violin/],
    ["who's the drum teacher", /^Ray Okafor — Instruments: drums/],
    ['is there an elevator', /^No\. There's no elevator/],
  ];
  for (const [q, want] of cases) t.match(ask(music, q), want, q);
  t.notMatch(ask(music, 'who is the violin teacher'), /We teach piano/);
});

t.test('a condition put first ("if our internet goes down, does ...") is when, not what', async (t) => {
  const alarm = knowledgeOf('Sentinel Home Security', ALARM);
  const qs = queryTerms('if our internet goes down does the system still send alarms over cell', alarm.vocabulary, spokenRank);
  t.ok(qs.find((q) => q.term === 'internet')?.condition, 'the leading condition is flagged');
  t.notOk(qs.find((q) => q.term === 'alarm')?.condition, 'the question proper is not');
  // The router tip names only the condition, and the company line does not say alarms go over cell.
  t.equal(ask(alarm, 'if our internet goes down does the system still send alarms over cell'), null);
  // What the question proper asks is still answered when a sentence says it.
  t.match(ask(alarm, 'if i sign up how much is monitoring a month'), /\$34\.99/);
});

t.test('a unit about something else that shares the thing but not the verb asked is no answer ("sell", "install")', async (t) => {
  const spa = knowledgeOf('BlueWave Hot Tub Service', SPA);
  const power = knowledgeOf('Brightline Standby Power', POWER);
  const locks = knowledgeOf('Keystone Lock & Safe', LOCKS);
  t.equal(ask(spa, 'do you sell spa steps'), null, '"steps" of a labour bill');
  t.equal(ask(power, 'do you install tesla powerwalls or battery backup instead of a generator'), null, 'a backup battery in a safety note');
  // The verb said, or a word for it, still answers.
  t.match(ask(spa, 'do you sell hot tub covers'), /^Yes\. We sell and fit replacement hot tub covers/);
  t.match(ask(power, 'do you install generators'), /^Yes\. We install and service standby generators/);
  // A unit about the thing itself answers without the verb.
  t.match(ask(locks, 'how much is a car lockout'), /\$75/);
});
