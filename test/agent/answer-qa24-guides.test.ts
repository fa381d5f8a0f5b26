import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 24 QA on owner-written pages (test/fixtures/guides/), asked the way people type.

const guide = (name: string, file: string) => knowledgeOf(name, readFileSync(new URL(`../fixtures/guides/${file}`, import.meta.url), 'utf8'));
const ask = (kb: ReturnType<typeof guide>, q: string) => extractiveAnswer(q, kb.hits, { vocabulary: kb.vocabulary, wordRank: spokenRank })?.text ?? 'DK';

// A moving company (movers.md): "Office: Monday to Saturday 8am to 6pm. Moves run 7 days a week".
// "do you do moves on sundays" got "I don't know that": a day is said by "7 days a week" too (a
// little less than by its name; never by "7 days before the move", nor by a table's "24/7" cell).
const movers = guide('Two Guys Moving Co', 'movers.md');
t.test('a day asked is said by every day of the week', async (t) => {
  t.match(ask(movers, 'do you do moves on sundays'), /^Yes\. Moves run 7 days a week/);
  t.match(ask(movers, 'can you move me on a sunday'), /^Yes\. Moves run 7 days a week/);
  // (A sentence naming the day itself still comes first: "summer Saturdays fill up first".)
  t.match(ask(movers, 'can you move me on a saturday'), /^Yes\. /);
  t.match(ask(movers, 'is the office open saturday'), /^Yes\. Office: Monday to Saturday/);
  t.match(ask(movers, 'is the office open sunday'), /^No\. Office: Monday to Saturday/);
  t.notMatch(ask(movers, 'do you work sundays'), /deposit|cancel/, 'no day is said by "7 days before the move"');
});

// A tutoring centre (tutoring.md: "tutoring for grades 3 to 12"): "do you tutor 2nd graders" got
// "Yes." and "do you tutor 5th graders" got "I don't know that": a grade (or an age) asked is read
// against the range the sentence gives.
const tutoring = guide('BrightPath Tutoring', 'tutoring.md');
t.test('a grade asked is read against the range of grades given', async (t) => {
  t.match(ask(tutoring, 'do you tutor 2nd graders'), /^No\. .*grades 3 to 12/);
  t.match(ask(tutoring, 'do you do 1st grade'), /^No\. .*grades 3 to 12/);
  t.match(ask(tutoring, 'do you tutor 5th graders'), /^Yes\. .*grades 3 to 12/);
  t.match(ask(tutoring, 'do you tutor 12th graders'), /^Yes\. .*grades 3 to 12/);
});

// A pest control company (pest-control.md): "is it safe" got "No. We offer a low-toxicity option on
// request at no extra cost": "no extra cost" says free, which is no no, unless the cost was asked.
const pest = guide('BugOff Pest Control', 'pest-control.md');
t.test('"at no extra cost" is no no, unless what it costs is asked', async (t) => {
  t.notMatch(ask(pest, 'is it safe'), /^No\./);
  t.match(ask(pest, 'do you charge extra for the low toxicity option'), /^No\. We offer a low-toxicity option on request at no extra cost/);
  t.match(ask(pest, 'is there a fee for the low toxicity option'), /^No\. /);
});
