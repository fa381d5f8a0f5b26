import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { measuresAsDigits } from '../../src/agent/answer-numbers.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 27 QA: a wedding photographer's page (test/fixtures/guides/photographer.md) signed up on
// PRO and asked in the widget the way couples type. "can we get the raw files" got "Yes. Raw,
// unedited files are not provided." and "do you do hair and makeup" got "Yes. Hair and makeup are
// not included": a yes that the sentence itself denies, in front of a customer.

const kb = knowledgeOf('Lumen & Oak Photography', readFileSync(new URL('../fixtures/guides/photographer.md', import.meta.url), 'utf8'));
const ask = (q: string) => extractiveAnswer(measuresAsDigits(q), kb.hits, { vocabulary: kb.vocabulary, wordRank: spokenRank, typed: q })?.text ?? 'DK';

const cases: Array<[string, string, RegExp, RegExp?]> = [
  // A list that opens the sentence ("Raw, unedited files") takes the verb of the short clause after it.
  ['an opening list takes the verb after it', 'can we get the raw files', /^No\. Raw, unedited files are not provided\./],
  ['an opening list takes the verb after it', 'do you give raw files', /^No\. Raw, unedited files are not provided\./],
  // "not included" / "not provided" denies the thing itself, whatever verb the question used.
  ['not included is a no to the thing', 'do you do hair and makeup', /^No\. Hair and makeup are not included/],
  ['not included is a no to the thing', 'do you provide hair and makeup', /^No\. Hair and makeup are not included/],
  ['not included is a no to the thing', 'is hair and makeup included', /^No\. Hair and makeup are not included/],
  // A thing priced on its own is no part of the package: "is an album included" got "Yes. Heirloom albums start at $650".
  ['priced on its own is not included', 'is an album included', /^No\. Heirloom albums start at \$650/],
  ['priced on its own is not included', 'are albums included', /^No\. Heirloom albums start at \$650/],
  // ...but a price for the package that holds the thing still says it is in it.
  ['the package priced holds the thing', 'does the full day include an engagement session', /^Yes\. The Full Day collection is \$4,200/],
  // A retainer is the deposit; a photo shoot is a session.
  ['a retainer is a deposit', 'whats the deposit', /^A 30% retainer and a signed contract reserve your date\./],
  ['a shoot is a session', 'does the wedding package include an engagement shoot', /engagement session/],
  // "how far in advance should we book" got "I don't know": in advance is ahead.
  ['in advance is ahead', 'how far in advance should we book', /^We book weddings up to 18 months ahead/],
  // "do u do team headshots at our office" got "I don't know": the sentence says team and office, its section names headshots.
  ['the section names the thing, the sentence the rest', 'do u do team headshots at our office', /^Yes\. Team rates for 5 or more people are \$140 per person, on site at your office\./],
  ['...but not a kind the sentence does not say', 'do you do pet headshots', /^DK$/],
  // Uncovered stays uncovered.
  ['not offered', 'do you do newborn shoots', /^DK$/],
];

for (const [why, q, want, not] of cases) {
  const got = ask(q);
  t.match(got, want, `${why}: "${q}" -> ${got}`);
  if (not) t.notMatch(got, not, `${why}: "${q}" not ${not}`);
}
