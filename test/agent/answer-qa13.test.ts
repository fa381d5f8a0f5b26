import t from 'tap';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { selfDoneUnsaid } from '../../src/agent/answer-claims.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Session 13, on a guide written for this test: a yes to doing the job oneself needs a sentence
// that speaks of the customer doing it.

const SECURITY = `# Support desk

## What do cameras cost?
$149 per camera installed (indoor or outdoor, 2K, night vision). A video doorbell is $199 installed. Cloud recording of clips is included with every plan.

## How long does an install take?
A standard install takes about 3 hours. Installs are paid on the day: card or check.

## Troubleshooting
- If the keypad shows "AC LOSS", then the panel has lost power and is running on its backup battery, which lasts about 24 hours. Check the plug and the breaker.
- If a camera shows "offline" in the app, then restart it from the app.

## Self-install
Self-install kits are available: you install the sensors yourself and we monitor them for $25 a month.`;

const NO_SELF = SECURITY.replace(/# Self-install[\s\S]*$/, '');

t.test('doing it oneself: a yes needs a sentence that says so', async (t) => {
  for (const [q, text, unsaid] of [
    ['can I install the sensors myself', 'Installs are paid on the day: card or check.', true],
    ['can I install the sensors myself', 'Self-install kits are available: you install the sensors yourself.', false],
    ['can we bring our own parts', 'Customer-supplied parts carry no warranty.', false],
    ['can we bring our own parts', 'Parts carry a 1-year warranty.', true],
    ['do you install sensors', 'Installs are paid on the day.', false],
  ] as const)
    t.equal(selfDoneUnsaid(q, text), unsaid, `${q} -> ${text}`);
  const withSelf = knowledgeOf('Security guide', SECURITY);
  const without = knowledgeOf('Security guide', NO_SELF);
  const ask = (k: typeof withSelf, q: string) => extractiveAnswer(q, k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank })?.text ?? null;
  t.match(ask(withSelf, 'can I install the sensors myself and just pay you for monitoring'), /yourself/);
  t.notMatch(ask(without, 'can I install the sensors myself and just pay you for monitoring') ?? '', /^Yes/, 'no yes from "Installs are paid on the day"');
});
