import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { normalizeCasual } from '../../src/ai/lexical.js';
import { spellingVariants } from '../../src/agent/answer-typos.js';
import { stem } from '../../src/ai/lexical.js';
import type { Vocabulary } from '../../src/knowledge/service.js';
import { extractiveAnswer, isYesNoQuestion } from '../../src/agent/answer.js';
import { withoutYesNoTag } from '../../src/agent/answer-polarity.js';
import { DEMO_KNOWLEDGE } from '../../src/seed/demo.js';

// Casual and British wording of a question: days said short where a day is meant, and British
// spellings no suffix rule makes ("cheque", "tyre").

t.test('a short day is a day after "open", "on", "this", "till" or before a range, never elsewhere', async (t) => {
  t.equal(normalizeCasual('r u open sat'), 'are you open saturday');
  t.equal(normalizeCasual('closed sat and sun'), 'closed saturday and sunday');
  t.equal(normalizeCasual('what time do you close on fri'), 'what time do you close on friday');
  t.equal(normalizeCasual('mon to fri hours'), 'monday to friday hours');
  t.equal(normalizeCasual('i sat on the sofa'), 'i sat on the sofa', 'a verb stays a verb');
  t.equal(normalizeCasual('the sun is out'), 'the sun is out');
});

t.test('irregular British and American spellings find each other (as stems)', async (t) => {
  t.ok(spellingVariants(stem('cheque')).includes(stem('check')));
  t.ok(spellingVariants(stem('checks')).includes(stem('cheques')));
  t.ok(spellingVariants(stem('tyres')).includes(stem('tires')));
  t.ok(spellingVariants(stem('colour')).includes(stem('color')), 'the suffix rules still apply');
  t.same(spellingVariants(stem('boiler')).filter((v) => v === stem('boiler')), [], 'never the word itself');
});

const KB = `# Hilltop Heating
## Hours
| Day | Hours |
| --- | --- |
| Monday to Friday | 8:00 am to 5:00 pm |
| Saturday | 9:00 am to 1:00 pm |
| Sunday | Closed |

## Payment
We accept Visa and Mastercard. We do not accept American Express or checks.`;
const { hits, vocabulary } = knowledgeOf('Hilltop guide', KB);

t.test('answers to the casual and British wording', async (t) => {
  t.match(extractiveAnswer('r u open sat', hits, { vocabulary })?.text, /^Yes\. Saturday — Hours: 9:00 am to 1:00 pm/);
  t.match(extractiveAnswer('can i pay by cheque', hits, { vocabulary })?.text, /^No\. We do not accept American Express or checks/);
});

t.test('a yes/no tag at the end ("or nah", "or not", ", right?") still asks for a yes or a no and names nothing', async (t) => {
  for (const q of ['do u take mastercard or nah', 'do you take mastercard or not?', 'you take mastercard, right?', 'r u open sat or nah']) {
    t.ok(isYesNoQuestion(q), q);
  }
  t.notOk(isYesNoQuestion('do you take visa or mastercard'), 'a choice between two things is no yes/no question');
  t.notOk(isYesNoQuestion('how much is the call-out, right?'), 'a tag on a question word asks for the answer, not a yes');
  t.equal(withoutYesNoTag('do u take mastercard or nah'), 'do u take mastercard');
  t.equal(withoutYesNoTag('is it free or not?'), 'is it free?');
  t.match(extractiveAnswer('do u take mastercard or nah', hits, { vocabulary })?.text, /^Yes\. We accept Visa and Mastercard/);
  t.match(extractiveAnswer('can i pay with a cheque or not?', hits, { vocabulary })?.text, /^No\. /);
});

t.test('"after hours", "out of hours", "outside office hours" are one thing; a son or a daughter is a child; active duty is the military', async (t) => {
  for (const q of ['wat if its after hours', 'can i call out of hours', 'do you work outside office hours']) t.match(normalizeCasual(q), /\bafter-hours\b/, q);
  t.notMatch(normalizeCasual('what are your hours'), /after-hours/);
  const guide = knowledgeOf(
    'Birch guide',
    `# Birch Electric\n## Hours\nThe office is open 8 am to 5 pm on weekdays. Call-outs after hours cost an extra $90.\n\n## Who we see\nWe work on homes only.\n\n## Discounts\nMilitary families get 10% off.\n\n## Visits\nAn adult must be home for the visit; we do not enter with a child alone.`,
  );
  t.match(extractiveAnswer('wat if its after hours', guide.hits, { vocabulary: guide.vocabulary })?.text, /\$90/);
  t.match(extractiveAnswer('im active duty navy, any discount?', guide.hits, { vocabulary: guide.vocabulary })?.text, /10% off/);
  t.match(extractiveAnswer('my son is 15, can he let you in?', guide.hits, { vocabulary: guide.vocabulary })?.text, /adult must be home/);
});

t.test('after hours is answered by a guide that names the evenings and weekends instead', async (t) => {
  const guide = knowledgeOf('Elm guide', `# Elm Dental\n## Emergencies\nOur emergency number, (555) 010-2020, is answered by the on-call dentist evenings, weekends and holidays.\n\n## Fees\nA check-up costs $80.`);
  t.match(extractiveAnswer('after hours emergency number', guide.hits, { vocabulary: guide.vocabulary })?.text, /\(555\) 010-2020/);
});

t.test('a size in the question, "regular" for "standard", and "how much notice" (a duration, not a price)', async (t) => {
  const g = knowledgeOf(
    'Bay guide',
    `# Bay Pools\n## Covers\n| Job | Price | Notes |\n| --- | --- | --- |\n| Safety cover install | $1,450 | Mesh cover up to 18 x 36 ft |\n\n## Keys\nKey cutting: standard house key $5.\n\n## Cancelling\nTo stop a weekly plan, give us 10 days' notice. Repairs cost $90 an hour.`,
  );
  const ask = (q: string) => extractiveAnswer(q, g.hits, { vocabulary: g.vocabulary })?.text;
  t.match(ask('price for a mesh safety cover installed, pool is 18x36'), /\$1,450/);
  t.match(ask('how much to cut a regular house key'), /standard house key \$5/);
  t.match(ask('how much notice to stop the weekly plan'), /10 days' notice/);
  t.notMatch(ask('how much notice to stop the weekly plan'), /\$90/, 'no price appended for a duration');
  t.match(ask('how much is a repair'), /\$90 an hour/);
  const h = knowledgeOf('Oak guide', `# Oak Plumbing\n## Booking\nPlease cancel or reschedule at least 24 hours ahead; a late cancellation costs $50.\n\n## Prices\nA call-out is $80.`);
  t.match(extractiveAnswer('how much notice do u need to reschedule', h.hits, { vocabulary: h.vocabulary })?.text, /24 hours ahead/);
});

// QA on the demo plumber by phone: "how much do you charge for a service call" got the after-hours
// emergency fee, whose "service area" shared the word "service"; a service call is the call-out.
t.test('a service call or a house call is the call-out', async (t) => {
  const demo = knowledgeOf('Demo', DEMO_KNOWLEDGE.map((k) => k.content).join('\n\n'));
  for (const q of ['how much do you charge for a service call', 'is there a service call fee', 'do you do house calls']) {
    t.match(extractiveAnswer(q, demo.hits, { vocabulary: demo.vocabulary })?.text, /standard call-out costs \$89/, q);
  }
  t.match(extractiveAnswer('what areas do you service', demo.hits, { vocabulary: demo.vocabulary })?.text, /We serve Springfield/, 'service as a verb is untouched');
  const own = knowledgeOf('Own words', `# Rates
## Service call
Our service call fee is $95 and covers the first hour on site.
## Hours
Monday to Friday, 8am to 5pm.`);
  t.match(extractiveAnswer('how much is a service call', own.hits, { vocabulary: own.vocabulary })?.text, /\$95/, 'a guide that says "service call" still answers it');
});
