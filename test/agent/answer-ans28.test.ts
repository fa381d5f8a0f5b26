import t from 'tap';
import { readFileSync } from 'node:fs';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { measuresAsDigits } from '../../src/agent/answer-numbers.js';
import { spokenRank } from '../../src/agent/text-norm.js';
import { knowledgeOf } from '../helpers/knowledge.js';

// Session 28: covered questions on the guides (test/fixtures/guides/) answered with another thing
// than was asked, or not at all, because of how the question's words were read: a kind of answer
// no type knew (a temperature), the word that asks a rule ("an age LIMIT") weighed as a subject, a
// reduced price said as what a group pays, "extra" before a thing read as a shape word, a price
// asked "per person" met by a count of people, the next item of a list added as if it went on with
// the answer, and whoever does a thing ("photographers", "renters") read as the thing.

const guide = (name: string, file: string) => knowledgeOf(name, readFileSync(new URL(`../fixtures/guides/${file}`, import.meta.url), 'utf8'));
const yoga = guide('Still Point Yoga', 'yoga-studio.md');
const escape = guide('Lockbox Escape Rooms', 'escape-room.md');
const photo = guide('Lumen & Oak Photography', 'photographer.md');
const kayak = guide('Blue Heron Paddle Co.', 'kayak-rental.md');
const tow = knowledgeOf('Route 9 Towing', `# Route 9 Towing
24/7 towing and roadside help.

## Riding along
Passengers: up to 2 riders in the truck cab. Kids need their own car seat; we do not carry car seats.`);
const movers = knowledgeOf('Harbor Movers', `# Harbor Movers
Local moves and packing.

## Before moving day
Disconnect gas appliances such as dryers and stoves before the crew arrives: our movers are not allowed to disconnect gas lines.
We disassemble and reassemble beds and tables at no charge.`);
const ask = (kb: ReturnType<typeof knowledgeOf>, q: string) => extractiveAnswer(measuresAsDigits(q), kb.hits, { vocabulary: kb.vocabulary, wordRank: spokenRank, typed: q })?.text ?? 'DK';

const cases: Array<[string, ReturnType<typeof knowledgeOf>, string, RegExp, RegExp?]> = [
  // "how hot is the hot class" got the studio's description ("a warm, heated room for our Power and Hot classes"): how hot asks a temperature.
  ['how hot asks a temperature', yoga, 'how hot is the hot class', /^Hot Yin: long holds in a 95°F room\./],
  ['how hot asks a temperature', yoga, 'what temperature is the power class', /^Power Vinyasa: .*heated to 90°F/],
  // (A temperature the guide never gives stays unknown.)
  ['how hot asks a temperature', kayak, 'how cold is the lake', /^DK$/],
  // "is there an age limit" got "I don't know": "limit" asks the rule on ages, which the guide states.
  ['an age limit is the rule on ages', escape, 'is there an age limit', /Players under 14 must be with an adult who plays\./, /Grandma/],
  ['an age limit is the rule on ages', escape, 'are there any age restrictions', /Players under 14 must be with an adult who plays\./],
  // "is there a senior discount" got "I don't know": what seniors pay is their reduced price.
  ['what a group pays is its discount', yoga, 'is there a senior discount', /^Yes\. Students and seniors \(65\+\) pay \$99\./],
  ['what a group pays is its discount', yoga, 'is there a military discount', /^DK$/],
  // "how much is an extra hour" got the wedding collections' starting price: an extra hour is a thing priced.
  ['an extra hour is a thing', photo, 'how much is an extra hour', /^Extra hours are \$350 per hour/],
  // (One the guide never prices stays unknown: it got "Reschedule for free up to 24 hours before your game ...".)
  ['an extra hour is a thing', escape, 'how much is an extra hour', /^DK$/],
  // "how much per person" got the corporate package "for up to 12 people": per person asks the rate.
  ['per person asks the rate', escape, 'how much per person', /^\$32 per player Monday to Thursday/, /Corporate/],
  ['per person asks the rate', escape, 'how much is it per person', /^\$32 per player/],
  // "when is prenatal yoga" got the Kids Yoga item after it: the next item of a list is another thing.
  ['the next list item is another thing', yoga, 'when is prenatal yoga', /^Prenatal Yoga: Saturdays at 11am, for every trimester, with a doctor's OK\.$/],
  // "how many photos do we get" got "... 10 hours, two photographers ...": a photographer is no photo.
  ['whoever does it is not the thing', photo, 'how many photos do we get', /30 images/, /photographers/],
  ['whoever does it is not the thing', photo, 'how many pictures will we get', /30 images/, /photographers/],
  // (Renters are still whom the age rule is said of: "how old do you have to be to rent".)
  ['whoever does it is not the thing', kayak, 'how old do you have to be to rent', /^Renters must be 16 or older/],
  ['whoever does it is not the thing', kayak, 'can my 14 year old rent a kayak by himself', /^No\. Renters must be 16 or older/],
  ['whoever does it is not the thing', tow, 'can my kids ride in the truck with me', /up to 2 riders in the truck cab/],
  // "can your guys unhook my gas dryer" got "I don't know": unhooking is disconnecting ...
  ['unhooking is disconnecting', movers, 'can your guys unhook my gas dryer', /^No\. Disconnect gas appliances/],
  // ... and "Yes. Disconnect gas appliances ... before the crew arrives": doing the job asked before the
  // visit is the visitor's to do, a no to the business doing it.
  ['an instruction to do it before the visit is a no', movers, 'can your guys disconnect my gas dryer', /^No\. Disconnect gas appliances/],
  ['an instruction to do it before the visit is a no', movers, 'do you disassemble beds', /^Yes\. We disassemble and reassemble beds/],
];

for (const [why, kb, q, want, not] of cases) {
  const got = ask(kb, q);
  t.match(got, want, `${why}: "${q}" -> ${got}`);
  if (not) t.notMatch(got, not, `${why}: "${q}" not ${not}`);
}
