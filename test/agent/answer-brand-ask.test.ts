import t from 'tap';
import { ANSWER_TYPES, askedTypes } from '../../src/agent/answer-types.js';

// "make" asks for a brand only as a noun ("what make of boiler"); "can you make my sign" is a verb,
// and a question read as asking for brand names was answered by any sentence listing names.

const BRAND = ANSWER_TYPES.findIndex((x) => x.ask.test('what brand of boiler'));

t.test('make as a noun asks for a brand; as a verb it does not', async (t) => {
  const cases: Array<[string, boolean]> = [
    ['what make of boiler do you fit', true],
    ['which makes do you service', true],
    ['do you work on all makes and models', true],
    ['what brands do you carry', true],
    ['can you make my logo in a week', false],
    ['how long do i have to make a claim', false],
    ['can u make a spare key', false],
    ['does it make a difference', false],
  ];
  for (const [q, brand] of cases) t.equal(askedTypes(q).includes(BRAND), brand, q);
});
