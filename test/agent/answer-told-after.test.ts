import t from 'tap';
import { toldThenAsked } from '../../src/agent/answer-words.js';

// The visitor's story told AFTER the question, opened by a pronoun and its verb ("..., it hums
// but won't spin"): it is context, not the subject asked about. A clause that asks again
// ("..., can it be done today") is no story.

t.test('a pronoun and its verb after the question tell the situation', async (t) => {
  const cases: Array<[string, string | null]> = [
    ['how much to swap the motor in my blender, it hums but nothing spins', 'it hums but nothing spins'],
    ['what does a new belt cost for the mower, it squeals on startup', 'it squeals on startup'],
    ['how much is a house call, we live past the bridge', 'we live past the bridge'],
    ['how much is a house call, i rent a basement flat', 'i rent a basement flat'],
    ['how much to fix the gate, it does it every winter', null], // "it does" opens no story of its own here
    ['how much is a tune-up, can you come today', null], // a second question, not a story
    ['how much is a tune-up, and do you do weekends', null],
    ['whats the price for a tune-up', null],
  ];
  for (const [q, told] of cases) {
    const parts = toldThenAsked(q);
    t.equal(parts.find((p) => p.told)?.text ?? null, told, q);
  }
});
