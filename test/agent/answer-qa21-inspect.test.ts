import t from 'tap';
import { readFileSync } from 'node:fs';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { comingAlong } from '../../src/agent/answer-polarity.js';
import { isPlainHeading } from '../../src/knowledge/chunker.js';
import { spokenRank } from '../../src/agent/text-norm.js';

// Session 21 QA: a home inspection company's guide typed as plain text (headings as lines, some of
// them a web page's "What's included" / "How long it takes"), a size-priced table, add-ons as a
// list, asked the way a home buyer types in the chat.

const guide = knowledgeOf('Our services and prices', readFileSync(new URL('../fixtures/guides/home-inspection.md', import.meta.url), 'utf8'));
const ask = (q: string) => extractiveAnswer(q, guide.hits, { vocabulary: guide.vocabulary, wordRank: spokenRank })?.text ?? null;

t.test("a web page's question-word heading typed as a line heads its text", async (t) => {
  for (const h of ["What's included", 'How long it takes', 'Where we work', 'Who we are', 'How to book', 'What to expect']) t.ok(isPlainHeading(h, true), h);
  // Not without text under it, nor a sentence, nor a question (that one heads its answer as a question line).
  for (const h of ["What's included", 'How long it takes']) t.notOk(isPlainHeading(h, false), `${h} alone`);
  for (const h of ['When it rains we do not work outdoors', 'How long does it take?', 'What we do: roofs']) t.notOk(isPlainHeading(h, true), h);
  // "whats included" is that section, not a sentence elsewhere saying "included".
  t.match(ask('whats included'), /^Roof, attic, insulation, structure, foundation, .* grading around the house\. We don't test for mould or asbestos/);
  t.match(ask('how long does it take'), /^Most inspections take 2\.5 to 3\.5 hours\./);
});

t.test('a condition asked with "what if" is one of the subject, not any sentence starting with "if"', async (t) => {
  // ("If we miss something in our report ..." is the guarantee: "miss" is only related to a missed booking.)
  for (const q of ['what if i cancel last minute', 'what happens if i cancel late']) {
    const a = ask(q) ?? '';
    t.match(a, /^Later cancellations are charged \$100\./, q);
    t.notMatch(a, /miss something/, `${q}: not the guarantee`);
  }
});

t.test('a simple past tense is its verb ("the deal fell through" ~ "if the deal falls through")', async (t) => {
  t.equal(ask('deal fell through do i still pay'), 'If the deal falls through before we arrive, no charge.');
});

t.test('"can I bring my kids" asks leave to come along, not for a service the guide must name', async (t) => {
  t.equal(ask('can i bring my kids'), 'Yes. Kids are fine but keep them off ladders.');
  t.ok(comingAlong('can we bring the dog'));
  t.notOk(comingAlong('can i buy parts from you'), 'buying is a service');
  t.notOk(comingAlong('do you bring your own ladder'), "the business's own verb");
  // Still nothing for what the guide never names.
  t.equal(ask('can we bring our dog'), null);
});

t.test('"what time do u start" asks for the working day, said by the hours', async (t) => {
  for (const q of ['what time do u start', 'what time do you finish on saturday']) t.equal(ask(q), 'Inspections Monday to Saturday, 8am to 6pm.', q);
});

t.test('what the guide does not say stays unanswered', async (t) => {
  for (const q of ['do you do commercial buildings', 'is there a discount for seniors', 'do you test for lead paint']) t.equal(ask(q), null, q);
});

t.test("a yes is never said of someone the answer does not name", async (t) => {
  // ("is priya certified" got "Yes. Owner and lead inspector: Dan Okafor (RHI, InterNACHI certified). Second inspector: Priya Raman.")
  t.equal(ask('is priya certified'), null);
  t.equal(ask('is dan certified'), 'Yes. Owner and lead inspector: Dan Okafor (RHI, InterNACHI certified).');
  t.equal(ask('is there a travel fee for georgetown'), 'Yes. Georgetown and Halton Hills add a $40 travel fee.');
  // A name elsewhere in the question is the visitor's own reference point, not who or where the yes is about.
  const g = knowledgeOf('Guide', '# Travel\n\nWe are based in Pinecrest. Jobs more than 15 miles from Pinecrest add a $45 travel fee.\n');
  t.match(extractiveAnswer('i live about 20 miles out from pinecrest, do you charge extra to come that far', g.hits, { vocabulary: g.vocabulary, wordRank: spokenRank })?.text ?? '', /\$45 travel fee/);
  t.match(ask('do you go to oakville'), /^Yes\. Oakville, Burlington, Milton/);
});
