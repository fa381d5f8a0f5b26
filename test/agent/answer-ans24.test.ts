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

// An RV shop's "how much do u charge per hour" got "I don't know that" beside its "| Labor rate |
// $135 per hour |" row: "hour" read as the subject, and a priced row whose label ("Labor rate")
// names nothing asked is another thing's price. What a price is counted by ("per hour", "per
// clean out") is how the price is asked, no subject of its own.
const shop = knowledgeOf(
  'Mile Marker RV Service guide',
  `# Prices

| Service | Price | What it includes |
|---|---|---|
| Labor rate | $135 per hour | Billed in 30-minute steps after the first hour |
| Roof reseal | $18 per foot | Lap sealant on every seam |
| Grease trap pump-out | $145 per pump-out | Under-sink traps up to 50 gallons |

Please cancel at least 24 hours ahead; a late cancellation costs $50.
`,
);
const askShop = (q: string) => extractiveAnswer(q, shop.hits, { vocabulary: shop.vocabulary, wordRank: spokenRank })?.text ?? 'DK';
t.test('what a price is counted by is no subject', async (t) => {
  for (const [q, want] of [
    ['how much do u charge per hour', /\$135 per hour/],
    ['whats your rate per hour', /\$135 per hour/],
    ['how much per foot for a roof reseal', /\$18 per foot/],
  ] as const)
    t.match(askShop(q), want, q);
  // (A subject the guide never names is still unanswered: the unit it is counted by gives it no price.)
  for (const q of ['how much per hour for a generator install', 'how much do you charge per mile for towing']) t.equal(askShop(q), 'DK', q);
});
