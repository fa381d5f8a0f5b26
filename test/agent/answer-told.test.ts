import t from 'tap';
import { chunkDocument } from '../../src/knowledge/chunker.js';
import type { SearchHit, Vocabulary } from '../../src/knowledge/service.js';
import { extractiveAnswer } from '../../src/agent/answer.js';
import { toldThenAsked } from '../../src/agent/answer-words.js';

// What a visitor tells before the question ("the gate motor is buzzing, how much is a service
// call") is context: its words weigh less than the question's, and the words of the story that
// the knowledge never uses do not stop the answer. A question that points back ("can you fix IT")
// or names nothing of its own ("can you help") is about what was told. Our own business (a gate
// and garage-door company), not one of the eval's.

const KB = `# About Hilltop Gates
Hilltop Gates installs and repairs driveway gates and garage doors.

## Prices
| Job | Price |
| --- | --- |
| Service call | $85 |
| Gate motor replacement | $640 |
| Garage door spring replacement | $210 |

## Remotes
We program remotes and keypads for most gate openers. A new remote costs $45.

## Warranty
Our repairs are guaranteed for one year.`;

const chunks = chunkDocument({ title: 'Hilltop guide', content: KB, source: 'MARKDOWN' });
const hits: SearchHit[] = chunks.map((c, i) => ({ chunkId: `c${i}`, itemId: 'i1', title: 'Hilltop guide', heading: c.heading, content: c.content, score: 1 / (i + 1) }));
const vocabulary: Vocabulary = { docs: chunks.length, words: new Map() };
for (const c of chunks) for (const w of new Set(`${c.heading} ${c.content}`.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [])) vocabulary.words.set(w, (vocabulary.words.get(w) ?? 0) + 1);
const ask = (q: string) => extractiveAnswer(q, hits, { vocabulary })?.text ?? null;

t.test('the told part and the asked part of a run-on message', async (t) => {
  const cases: Array<[string, string | null]> = [
    ['the gate motor is buzzing, how much is a service call', 'how much is a service call'],
    ['my neighbour hit the post with his van so what would a new remote cost', 'what would a new remote cost'],
    ['we moved in last week do you program keypads', 'do you program keypads'],
    // A question from its first word, or a condition, is one clause.
    ['how much is a service call', null],
    ['if the spring breaks again do i pay', null],
    // Two words tell nothing yet.
    ['gate motor, how much', null],
  ];
  for (const [q, asked] of cases) {
    const parts = toldThenAsked(q);
    if (asked === null) t.same(parts, [{ text: q, told: false }], q);
    else t.same(parts.map((p) => p.told), [true, false], q) && t.equal(parts[1]!.text, asked, q);
  }
  // The story may come after the question.
  t.same(toldThenAsked('how much is a service call, the gate is making a clunking noise'), [
    { text: 'how much is a service call', told: false },
    { text: 'the gate is making a clunking noise', told: true },
  ]);
  // A second question or a plain detail after the comma is no story.
  for (const q of ['how much is a service call, and do you fix keypads', 'how much is a new remote, the black one']) t.same(toldThenAsked(q), [{ text: q, told: false }], q);
  // A question that points back is about what was told: the told part is its subject.
  t.same(toldThenAsked('a squirrel chewed the gate wires, can you fix it'), [
    { text: 'a squirrel chewed the gate wires', told: true, subject: true },
    { text: 'can you fix it', told: false },
  ]);
});

t.test("words of the visitor's story that the knowledge never uses do not stop the answer", async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['the gate motor is making a horrible grinding screech, how much is a service call', /\$85/],
    ['my teenager dropped our clicker in the lake lol what does a new remote cost', /\$45/],
    ['how much is a service call, the gate motor is groaning and juddering', /\$85/],
  ];
  for (const [q, re] of cases) t.match(ask(q), re, q);
  // Told as the subject ("... how much to replace THEM"): its words count, its story verbs do not stop the answer.
  t.match(ask('the remotes are beeping and flickering, how much to replace them'), /\$45/);
  // A word the knowledge never uses in the question itself still makes it uncovered.
  t.equal(ask('the gate motor is making a grinding noise, do you sell security cameras'), null);
  t.equal(ask('we just moved in, how much is a carport installation'), null);
  // A thing the knowledge never names, told as the subject, is still unknown.
  t.equal(ask('we have an old carport, how much to replace it'), null);
});
