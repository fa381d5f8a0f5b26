import t from 'tap';
import { ANSWER_TYPES } from '../../src/agent/answer-types.js';

// "how long does it take" wants a duration; a year a business started ("since 2016", "in 2009")
// is no duration (a groomer's "Family-run salon since 2016" answered "how long does a groom
// take"). "How long have you been in business" has its own kind of answer, the year.

const DURATION = ANSWER_TYPES.findIndex((x) => x.ask.test('how long does it take'));
const YEAR = ANSWER_TYPES.findIndex((x) => x.ask.test('how long have you been in business'));

t.test('a year is no duration', async (t) => {
  const cases: Array<[string, boolean]> = [
    ['Family-run dog grooming salon in Ashford since 2016.', false],
    ['We opened a second site in 2021.', false],
    ['Usually after 2 to 3 hours.', true],
    ['Allow half an hour.', true],
    ['Deposits come back within 21 days.', true],
  ];
  for (const [text, duration] of cases) t.equal(ANSWER_TYPES[DURATION]!.has.test(text), duration, text);
  t.ok(ANSWER_TYPES[YEAR]!.has.test('Family-run dog grooming salon in Ashford since 2016.'), 'the year still answers how long the business has been going');
});
