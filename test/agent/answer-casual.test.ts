import t from 'tap';
import { normalizeCasual } from '../../src/ai/lexical.js';
import { spellingVariants } from '../../src/agent/answer-typos.js';
import { stem } from '../../src/ai/lexical.js';
import { chunkDocument } from '../../src/knowledge/chunker.js';
import type { SearchHit, Vocabulary } from '../../src/knowledge/service.js';
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
const chunks = chunkDocument({ title: 'Hilltop guide', content: KB, source: 'MARKDOWN' });
const hits: SearchHit[] = chunks.map((c, i) => ({ chunkId: `c${i}`, itemId: 'i1', title: 'Hilltop guide', heading: c.heading, content: c.content, score: 1 / (i + 1) }));
const vocabulary: Vocabulary = { docs: chunks.length, words: new Map() };
for (const c of chunks) for (const w of new Set(`${c.heading} ${c.content}`.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [])) vocabulary.words.set(w, (vocabulary.words.get(w) ?? 0) + 1);

t.test('answers to the casual and British wording', async (t) => {
  t.match(extractiveAnswer('r u open sat', hits, { vocabulary })?.text, /^Yes\. Saturday — Hours: 9:00 am to 1:00 pm/);
  t.match(extractiveAnswer('can i pay by cheque', hits, { vocabulary })?.text, /^No\. We do not accept American Express or checks/);
});
