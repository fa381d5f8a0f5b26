import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { normalizeCasual } from '../../src/ai/lexical.js';
import { spellingVariants } from '../../src/agent/answer-typos.js';
import { stem } from '../../src/ai/lexical.js';
import type { Vocabulary } from '../../src/knowledge/service.js';
import { extractiveAnswer } from '../../src/agent/answer.js';

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
