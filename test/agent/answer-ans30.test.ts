import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { queryTerms } from '../../src/agent/answer-query.js';
import { measuresAsDigits } from '../../src/agent/answer-numbers.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 30: "what do u charge just to come LOOK AT my washer" asks the fee of a visit to find the
// fault, whatever the guide calls it ("Diagnostic visit", "Diagnostic service call", "Full home
// inspection", "A drain field evaluation"); the thing looked at is why they come, not the thing priced.
// These got "I don't know" (the washer, the laptop, the hot tub outweighed a fee the words never named),
// or the wrong price.

const kb = (id: string) => knowledgeOf(id, readFileSync(new URL(`../../eval/data/kb/${id}.md`, import.meta.url), 'utf8'));
const ask = (k: ReturnType<typeof kb>, q: string) => extractiveAnswer(measuresAsDigits(q), k.hits, { vocabulary: k.vocabulary, wordRank: spokenRank, typed: q })?.text ?? 'DK';

const cases: Array<[string, string, RegExp]> = [
  ['appliance', 'hi, how much is it just to have someone come look at my washer', /Diagnostic visit, weekday — Price: \$89\b/],
  ['itrepair', 'how much do u charge just to look at my laptop', /^Diagnostic — Price: \$49\.$/],
  ['wildlife', 'how much do you charge to come look at my attic', /^Full home inspection — Price: \$149/],
  ['hottub', 'how much for someone to come look at my hot tub, its not heating', /^Diagnostic service call — Price: \$119\./],
  // (What is told before the look asked is why they come: the guide's evaluation of it is the fee.)
  ['septic', 'grass over the drain field is all soggy and green, what does it cost to have you look at it', /^A drain field evaluation costs \$295/],
];
for (const [id, q, want] of cases) {
  const got = ask(kb(id), q);
  t.match(got, want, `the fee of a look: "${q}" -> ${got}`);
}

// The thing looked at weighs as context, the look asked as the visit (lexical's "lookover").
const appliance = kb('appliance');
const qs = queryTerms('how much do you charge to come look at my washer', appliance.vocabulary, spokenRank);
t.ok(qs.find((q) => q.term === 'washer')?.context, 'the thing looked at is context');
t.ok(qs.some((q) => q.related.includes('diagnost')), 'the look is asked as a visit to find the fault');
// (No price asked, no visit read: "can you look at my motorcycle" asks whether they work on it.)
t.notOk(queryTerms('can you look at my washer', appliance.vocabulary, spokenRank).some((q) => q.related.includes('diagnost')), 'a look without a price asked is no fee');

// "im about 40 miles from palo verde, is there an extra charge" got "I don't know": the guide's "TRIP
// charge of $2 per mile" is the travel asked (lexical-related's IMPLIES), and the place the distance is
// measured from, all its words ("palo VERDE") and the word that measures from it ("30 miles out PAST
// pine bluff"), is where the visitor is, not what is asked.
const far: Array<[string, string, RegExp]> = [
  ['septic', 'im about 40 miles from palo verde, is there an extra charge', /trip charge of \$2 per mile/],
  ['landscape', "I'm in a town about 20 miles from maple falls, is there an extra fee for that", /^From 15 to 25 miles out we add a \$25 trip charge per visit\./],
  ['glass', 'im about 30 miles out past pine bluff, is there an extra fee to come out', /^Anywhere else up to 35 miles from the shop is a flat \$45 trip charge\./],
];
for (const [id, q, want] of far) {
  const got = ask(kb(id), q);
  t.match(got, want, `a distance's charge: "${q}" -> ${got}`);
}
const septic = kb('septic');
const told = queryTerms('im about 40 miles from palo verde, is there an extra charge', septic.vocabulary, spokenRank);
t.ok(told.find((q) => q.term === 'verd')?.context, "the place's second word is where the visitor is");

// "my eyes burn and feel sandy all day at work. how much is it to get checked for dry eye" got "I don't
// know": without a question mark, the story told in a sentence before the question weighed as much as
// the question (only a "?" ended a sentence). A statement before a sentence that opens as a question is
// what the visitor tells (context); where the visitor marks their questions, the marks say which
// ("do you do financing? what are the terms": the second part still leans on the first).
const said: Array<[string, string, RegExp]> = [
  ['eyecare', 'my eyes burn and feel sandy all day at work. how much is it to get checked for dry eye', /A dry eye evaluation is \$85/],
  ['itrepair', 'my external hard drive is clicking and wont show up. can you recover it and how much', /Data recovery, physical \(clicking or dead drive\) — Price: from \$650/],
];
for (const [id, q, want] of said) {
  const got = ask(kb(id), q);
  t.match(got, want, `a story told before the question: "${q}" -> ${got}`);
}
const eyecare = kb('eyecare');
const story = queryTerms('my eyes burn and feel sandy all day at work. how much is it to get checked for dry eye', eyecare.vocabulary, spokenRank);
t.ok(story.find((q) => q.term === 'burn')?.context, 'the sentence told before the question is context');
t.notOk(story.find((q) => q.term === 'dry')?.context, 'the question is what is asked');
const generator = kb('generator');
const marked = queryTerms('do you do financing? what are the terms', generator.vocabulary, spokenRank);
t.ok(marked.find((q) => q.term === 'term')?.context, 'a part without the mark, after a marked question, stays context');
