import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { measuresAsDigits } from '../../src/agent/answer-numbers.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 38: general readings of a page, proved on a trade the eval does not have (a print shop,
// test/fixtures/guides/print-shop.md) with the casual questions its customers would type.

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const shop = knowledgeOf('print-shop.md', read('../fixtures/guides/print-shop.md'));
const ask = (k: ReturnType<typeof knowledgeOf>, q: string) => extractiveAnswer(measuresAsDigits(q), k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, typed: q })?.text ?? 'DK';

t.test("a guide's hedged reply is said with its reason, and is its own yes or no (answer-units HEDGE)", async (t) => {
  const reply = 'Usually not. Digital presses get within a shade of most Pantone colors; if the color must be exact, we run a printed proof first for $15.';
  t.equal(ask(shop, 'can u match my pantone color exactly'), reply);
  t.equal(ask(shop, 'can you do an exact pantone match'), reply);
  // (Not "Probably not." alone, nor a "No." or a "Yes." put before the guide's own hedge.)
  const faq = knowledgeOf('faq.md', '# Questions\n\n**Will my old printer ink work?**\nProbably not. Most refill ink clogs the heads of our presses, so we only use the maker\'s own cartridges.\n\n# Hours\nOpen 9am to 5pm.');
  t.equal(ask(faq, 'will my old printer ink work'), "Probably not. Most refill ink clogs the heads of our presses, so we only use the maker's own cartridges.");
});

t.test("a table's rows are entries of what its own heading names, and a superlative asks for one of them (answer-match, answer-superlative)", async (t) => {
  // (The caption "Wedding invitation packages" names what "Classic | $180" is; the cheapest is that row alone.)
  t.equal(ask(shop, 'what do wedding invitations cost, like the cheapest package'), 'Classic — Price: $180.');
  // (A row asked by its own name is still that row.)
  t.equal(ask(shop, 'how much is the letterpress package'), 'Letterpress — Price: $420.');
  // (No superlative: the rows are not narrowed.)
  const plans = knowledgeOf('plans.md', '# Print club plans\n\n| Plan | Pages a month | Price |\n| --- | --- | --- |\n| Starter | 100 | $15 |\n| Office | 500 | $49 |\n| Studio | 2,000 | $149 |\n\n# Hours\nOpen 9am to 5pm.');
  t.match(ask(plans, 'how much are the print club plans'), /\$15.*\$49.*\$149/);
  t.equal(ask(plans, 'whats the cheapest print club plan'), 'Starter — Price: $15.');
  t.equal(ask(plans, 'which print club plan is the most expensive'), 'Studio — Price: $149.');
});
