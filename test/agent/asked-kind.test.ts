import t from 'tap';
import { statesKindAsked } from '../../src/agent/asked-kind.js';

// The kind of fact a question asks for, as retrieval reads it (src/agent/asked-kind.ts): the
// answerer's own reading (answer-types), so a chunk is preferred for the same fact an answer needs.

t.test('a price, a duration, a person: the chunk that states one', async (t) => {
  const rows: Array<[question: string, states: string, statesNot: string]> = [
    ['how much would a new hot water tank set me back', 'Our water heater replacement is priced at $640 all in.', 'A typical water heater replacement lasts around 150 minutes.'],
    ['how long does a boiler service take', 'A typical boiler service lasts around 90 minutes from start to finish.', 'Our boiler service is priced at $120 all in.'],
    ['who would be doing my root canal', 'Root canal treatment is carried out by Aisha Khan, one of our senior dentists.', 'Included in the root canal treatment: cleaning and a temporary cap.'],
  ];
  for (const [question, states, statesNot] of rows) {
    const test = statesKindAsked(question);
    t.ok(test?.(states), `${question}: "${states}"`);
    t.notOk(test?.(statesNot), `${question}: not "${statesNot}"`);
  }
});

t.test('a question that asks for no kind of fact prefers no chunk', async (t) => {
  for (const q of ['what does a boiler service involve', 'do I have to prepare for a scale and polish']) t.equal(statesKindAsked(q), null, q);
});
