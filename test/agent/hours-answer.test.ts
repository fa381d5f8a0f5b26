import t from 'tap';
import { closedDayNote, dayNamedByClock, hoursByClock, weekHoursAnswer } from '../../src/agent/hours-answer.js';
import type { BusinessContext } from '../../src/agent/context.js';
import { describeWeek, zoneName } from '../../src/schedule/index.js';

// Hours asked by the clock, where the business is. Found in the widget preview of a Minneapolis
// bike shop (open Tuesday to Saturday 9 to 5) early on a Saturday: "r u open today" got "On Tuesday
// we are open 9am to 5pm." and "open tomorrow?" got "Yes. On Tuesday ..." for its closed Sunday;
// "what are your hours" got "Our hours are Tuesday 09:00-17:00; ... (America/Chicago time)."

const weekly = Object.fromEntries(['tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [['09:00', '17:00']]]));
const ctx = (holidays: string[] = []) => ({ business: { business_hours: { weekly, holidays }, timezone: 'America/Chicago' } }) as unknown as BusinessContext;
const at = (iso: string) => (q: string, c = ctx()) => hoursByClock(q, c, new Date(iso))?.answer.text ?? null;

t.test('early on a Saturday (00:55 in Minneapolis)', async (t) => {
  const ask = at('2026-12-05T06:55:00Z');
  t.equal(ask('r u open today'), 'Yes. Today (Saturday) we are open 9am to 5pm.');
  t.equal(ask('open tomorrow?'), 'No. We are closed tomorrow (Sunday). We open again Tuesday at 9am.');
  t.equal(ask('what time do you open tomorrow'), 'We are closed tomorrow (Sunday). We open again Tuesday at 9am.', 'no yes or no to a question of when');
  t.equal(ask('are you open now'), 'No. We are closed right now. We open today at 9am.');
  t.equal(ask('hours today?'), 'Today (Saturday) we are open 9am to 5pm.');
});

t.test('on a Saturday at noon and after closing', async (t) => {
  t.equal(at('2026-12-05T18:00:00Z')('r u open rn'), 'Yes. We are open right now, until 5pm.');
  t.equal(at('2026-12-05T18:00:00Z')('what time do you close today'), 'Today (Saturday) we are open 9am to 5pm.');
  t.equal(at('2026-12-06T00:30:00Z')('are you open today'), 'No. Today (Saturday) we were open 9am to 5pm; we are closed now. We open Tuesday at 9am.');
  t.equal(at('2026-12-06T00:30:00Z')('are you still open'), 'No. We are closed right now. We open Tuesday at 9am.');
});

t.test('a closed date is closed, and says so', async (t) => {
  const ask = at('2026-12-24T15:00:00Z');
  t.equal(ask('are you open tomorrow', ctx(['2026-12-25'])), 'No. We are closed tomorrow (Friday, a holiday). We open again Saturday at 9am.');
  t.equal(ask('are you open tomorrow'), 'Yes. Tomorrow (Friday) we are open 9am to 5pm.');
});

t.test('a day named, or no day at all, is not the clock\'s', async (t) => {
  const ask = at('2026-12-05T06:55:00Z');
  t.equal(ask('are you open on sunday'), null, 'the day named answers (profileAnswer)');
  t.equal(ask('when do you close tonight, its tuesday'), null);
  t.equal(ask('what are your hours'), null);
  t.equal(ask('can you fix my bike today'), null, 'a job asked for today is no hours question');
  t.equal(hoursByClock('open today?', { business: { business_hours: null, timezone: 'America/Chicago' } } as unknown as BusinessContext, new Date()), null, 'no hours set: not known');
});

t.test('the week as a visitor reads it', async (t) => {
  t.equal(weekHoursAnswer(ctx()), 'We are open Tuesday to Saturday 9am to 5pm (Central Time).');
  t.equal(describeWeek({ weekly: { mon: [['08:00', '18:00']], tue: [['08:00', '18:00']], wed: [['08:00', '18:00']], thu: [['08:00', '18:00']], fri: [['08:00', '18:00']], sat: [['09:00', '13:00']] } }), 'Monday to Friday 8am to 6pm, Saturday 9am to 1pm');
  t.equal(describeWeek({ weekly: { mon: [['08:00', '12:00'], ['13:00', '17:00']], wed: [['08:00', '12:00'], ['13:00', '17:00']], sat: [['10:00', '14:00']], sun: [['10:00', '14:00']] } }), 'Monday 8am to 12pm and 1pm to 5pm, Wednesday 8am to 12pm and 1pm to 5pm, Saturday and Sunday 10am to 2pm');
  t.equal(zoneName('Europe/London'), 'United Kingdom Time');
  t.equal(zoneName('UTC'), null, 'no name for UTC');
});

t.test('a visit on a closed day', async (t) => {
  const saturday = new Date('2026-12-05T18:00:00Z');
  t.equal(closedDayNote('can i drop my bike off monday', ctx(), saturday), 'We are closed on Monday. We are open Tuesday to Saturday 9am to 5pm.');
  t.equal(closedDayNote('can i come sunday or monday', ctx(), saturday), 'We are closed on Monday and Sunday. We are open Tuesday to Saturday 9am to 5pm.');
  t.equal(closedDayNote('saturday or sunday?', ctx(), saturday), null, 'one of the days named is open');
  t.equal(closedDayNote('can i drop it off', ctx(), saturday), null);
  // QA, an auto shop on a Saturday: "can i bring it in tomorrow" was taken as "Sun, Dec 6" with no word of its closed Sunday.
  t.equal(closedDayNote('can i bring it in tomorrow', ctx(), saturday), 'We are closed tomorrow (Sunday). We open again Tuesday at 9am.', 'tomorrow by the clock, where the business is');
  t.equal(closedDayNote('can u fix it today', ctx(), saturday), null, 'open today');
  t.equal(closedDayNote('can someone come today', ctx(), new Date('2026-12-07T15:00:00Z')), 'We are closed today (Monday). We open again Tuesday at 9am.');
  t.equal(closedDayNote('can i come in tomorrow', ctx(), new Date('2026-12-08T18:00:00Z')), null, 'Wednesday is open');
  t.equal(closedDayNote('can i come in tomorrow', ctx(['2026-12-09']), new Date('2026-12-08T18:00:00Z')), 'We are closed tomorrow (Wednesday, a holiday). We open again Thursday at 9am.');
  t.equal(closedDayNote('can i come in tomorrow', ctx(), undefined), null, 'no clock: not known');
});

// QA, an auto shop on a Saturday with its hours only in its knowledge: "are you open today" got its weekday hours.
t.test('with no hours set, a relative day is named by the clock for the knowledge to answer', async (t) => {
  const none = { business: { business_hours: null, timezone: 'America/Los_Angeles' } } as unknown as BusinessContext;
  const saturday = new Date('2026-12-05T18:00:00Z');
  t.equal(dayNamedByClock('are you open today', none, saturday), 'are you open saturday');
  t.equal(dayNamedByClock('r u open tmrw?', none, saturday), 'are you open sunday?', 'read as typed casually');
  t.equal(dayNamedByClock('are you open today', none, new Date('2026-12-06T06:30:00Z')), 'are you open saturday', 'still Saturday night in Oregon');
  t.equal(dayNamedByClock('are you open on monday', none, saturday), null, 'a weekday named');
  t.equal(dayNamedByClock('can you fix my car today', none, saturday), null, 'no hours asked');
  t.equal(dayNamedByClock('are you open today', ctx(), saturday), null, 'hours set: hoursByClock answers');
});
