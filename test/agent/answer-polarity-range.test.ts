import t from 'tap';
import { outsideRange } from '../../src/agent/answer-ages.js';

t.test('a grade or an age outside the range a sentence gives is a no (outsideRange)', async (t) => {
  const lessons = 'Lessons for ages 5 to 12 at the community pool.';
  t.equal(outsideRange('my son is 4, can he join', lessons), true);
  t.equal(outsideRange('do you take 13 year olds', lessons), true);
  t.equal(outsideRange('can my 8 year old join', lessons), false);
  t.equal(outsideRange('do you take 4 year olds', 'Camps for kids 6 to 10 years old.'), true);
  t.equal(outsideRange('is it ok for a 3yo', 'Open to ages 4+ only.'), true);
  t.equal(outsideRange('do you tutor 2nd graders', 'Tutoring for grades 3 to 12.'), true);
  t.equal(outsideRange('do you do kindergarten', 'Tutoring for grades 3 to 12.'), true);
  t.equal(outsideRange('is 5th grade ok', 'Tutoring for grades 3 to 12.'), false);
  t.equal(outsideRange('do you do kindergarten', 'Classes for K-5.'), false);
  t.equal(outsideRange('do you tutor 2nd graders', 'We have 3 to 12 tutors on staff.'), false, 'a count of something else is no range of grades');
});
