import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// "is X free" on the massage studio's page (test/fixtures/guides/massage.md): "is the first massage
// free" got "Yes. Free parking behind the building ..." (its "first" said by "New Year's Day" through
// "new"), and "is the hot stone add on free" got "Yes. Hot stone add-on: $20 ... Free parking ...".

const guide = (file: string) => knowledgeOf('Biz', readFileSync(new URL(`../fixtures/guides/${file}`, import.meta.url), 'utf8'));
const massage = guide('massage.md');
const tutoring = guide('tutoring.md');
const ask = (kb: ReturnType<typeof guide>, q: string) => extractiveAnswer(q, kb.hits, { vocabulary: kb.vocabulary, wordRank: spokenRank })?.text ?? 'DK';

t.test('another thing being free is no yes', async (t) => {
  t.equal(ask(massage, 'is the first massage free'), 'DK');
  t.match(ask(massage, 'is parking free'), /^Yes\. Free parking behind the building/, 'the thing that is free still is');
  t.match(ask(tutoring, 'is the first session free'), /^Yes\. Free 30-minute assessment for new students/, 'a first session said as for new students');
});

t.test('a price for the thing asked is a no, said alone', async (t) => {
  t.equal(ask(massage, 'is the hot stone add on free'), 'No. Hot stone add-on: $20 with any 60 or 90 minute massage.');
  t.equal(ask(massage, 'is a couples massage free'), 'No. Couples massage: two therapists in one room, 60 minutes $185 for both.');
});
