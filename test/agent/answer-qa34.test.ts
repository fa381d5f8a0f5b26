import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { measuresAsDigits } from '../../src/agent/answer-numbers.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 34: a child care center's page (test/fixtures/guides/child-care.md) used as its parents would.

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const care = knowledgeOf('child-care.md', read('../fixtures/guides/child-care.md'));
const ask = (k: ReturnType<typeof knowledgeOf>, q: string) => extractiveAnswer(measuresAsDigits(q), k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, typed: q })?.text ?? 'DK';

t.test('the place a service goes from or to is part of the yes (answer-unsaid placeOfServiceUnsaid)', async (t) => {
  // ("Late pickup after 6:00pm is charged $1 per minute" was an invented yes to a school run.)
  t.equal(ask(care, 'do you do pick up from school'), 'DK');
  t.equal(ask(care, 'do u guys do pickups from the elementary school'), 'DK');
  t.equal(ask(care, 'can you take them to school in the morning'), 'DK');
  // (Said by the page, it is answered.)
  const runs = knowledgeOf('runs.md', '# School runs\nWe offer pick up from school for children at Sellwood Elementary, $40 per month.\n\n# Hours\nOpen 7am to 6pm.');
  t.match(ask(runs, 'do you do pick up from school'), /pick up from school/);
  // (Pickup itself is still answered.)
  t.match(ask(care, 'is late pickup extra'), /Late pickup after 6:00pm is charged \$1 per minute/);
});

t.test('a meal asked is answered by the meals the page names (lexical-related meal pairs; inclusionUnanswered reads related words)', async (t) => {
  const meals = 'Yes. We serve breakfast, lunch and an afternoon snack, all included in tuition.';
  t.equal(ask(care, 'are meals included'), meals);
  t.equal(ask(care, 'r meals included'), meals);
  t.equal(ask(care, 'do you provide meals'), meals);
  // (Breakfast is no lunch: a page that serves only lunch says nothing of breakfast.)
  const lunchOnly = knowledgeOf('lunch.md', '# Food\nWe serve a hot lunch every day at noon.\n\n# Hours\nOpen 7am to 6pm.');
  t.equal(ask(lunchOnly, 'do you serve breakfast'), 'DK');
  t.equal(ask(care, 'is parking included'), 'DK');
});
