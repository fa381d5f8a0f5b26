import t from 'tap';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { normalizeText } from '../../src/ai/lexical.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 24 (answers). "whats the after hours number" got "I don't know that" from a tree service
// whose guide says "Outside those hours call the storm line, (555) 318-4470.": "outside office
// hours" was read as "after-hours" but "outside THOSE hours" was not, so the line's sentence said
// nothing of the subject asked and no sentence held the number.

const guide = `# Hours and the storm line

Office hours are Monday to Friday, 7 am to 5 pm.

Outside those hours call the storm line, (555) 318-4470. It rings whoever is on call that week.

Emergency work on a holiday is billed at the after-hours rate.

# Prices

Nights and holidays: $250 emergency call-out.
`;
const kb = knowledgeOf('Oak & Ash Tree Care guide', guide);
const ask = (q: string) => extractiveAnswer(q, kb.hits, { vocabulary: kb.vocabulary, wordRank: spokenRank })?.text ?? 'DK';

t.test('"outside those hours" is after hours', async (t) => {
  for (const [text, folded] of [
    ['Outside those hours call the storm line.', 'after-hours call the storm line.'],
    ['outside these hours', 'after-hours'],
    ['outside office hours', 'after-hours'],
  ] as const)
    t.equal(normalizeText(text.toLowerCase()), folded.toLowerCase(), text);
});

t.test('the after-hours number is the line that answers outside the hours', async (t) => {
  for (const q of ['whats the after hours number', 'what number do i call after hours', 'after hours phone number?']) t.match(ask(q), /318-4470/, q);
  // (The after-hours rate is still the price: the line is no price.)
  t.match(ask('what do you charge after hours'), /after-hours rate|\$250/);
});
