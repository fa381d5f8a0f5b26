import t from 'tap';
import type { BusinessHours } from '../../src/db/schema.js';
import { canonicalTimezone, describeHours, hoursForModel, isValidTimezone, openStatus, utcOffsetMinutes, warnOncePerZone, zoneOrUtc } from '../../src/schedule/index.js';

// The one schedule: chat, the phone agent and notifications read hours, holidays and the
// timezone through it. Unset hours are unknown (never "always open"); an unknown timezone is
// read as UTC and reported once per name.

type Ranges = Array<[string, string]>;
const weekdays: BusinessHours = { weekly: { mon: [['08:00', '18:00']] as Ranges, tue: [['08:00', '12:00'], ['13:00', '17:00']] as Ranges, sat: [['09:00', '13:00']] as Ranges }, holidays: ['2026-12-25'] };

t.test('business hours in the business timezone, with holidays', async (t) => {
  const hours = { weekly: { mon: [['08:00', '18:00']] as Array<[string, string]>, tue: [['08:00', '18:00']] as Array<[string, string]> }, holidays: ['2026-12-01'] };
  // Monday 2026-11-30 14:00 UTC = 09:00 in New York
  t.same(openStatus(hours, 'America/New_York', new Date('2026-11-30T14:00:00Z')), { open: true });
  // Monday 2026-11-30 12:00 UTC = 07:00 in New York: opens today at 8am
  t.same(openStatus(hours, 'America/New_York', new Date('2026-11-30T12:00:00Z')), { open: false, nextOpen: 'today at 8am' });
  // Monday 23:30 UTC = 18:30 NY: Tuesday is a holiday, so next Monday
  t.same(openStatus(hours, 'America/New_York', new Date('2026-11-30T23:30:00Z')), { open: false, nextOpen: 'Monday at 8am' });
  t.equal(openStatus({}, 'UTC', new Date()), null, 'no hours set: unknown');
});


t.test('open now: table of instants (New York unless said otherwise)', async (t) => {
  // 2026-11-30 is a Monday; New York is UTC-5 in winter.
  const cases: Array<[string, BusinessHours | null | undefined, string, string, ReturnType<typeof openStatus>]> = [
    ['inside the Monday range', weekdays, 'America/New_York', '2026-11-30T15:00:00Z', { open: true }],
    ['the closing minute is closed', weekdays, 'America/New_York', '2026-11-30T23:00:00Z', { open: false, nextOpen: 'tomorrow at 8am' }],
    ['the opening minute is open', weekdays, 'America/New_York', '2026-11-30T13:00:00Z', { open: true }],
    ['lunch break between two ranges', weekdays, 'America/New_York', '2026-12-01T17:30:00Z', { open: false, nextOpen: 'today at 1pm' }],
    ['Sunday, no range: next is Monday', weekdays, 'America/New_York', '2026-11-29T15:00:00Z', { open: false, nextOpen: 'tomorrow at 8am' }],
    ['a holiday closes a day that has hours', { weekly: { fri: [['08:00', '18:00']] as Ranges }, holidays: ['2026-12-25'] }, 'America/New_York', '2026-12-25T15:00:00Z', { open: false, nextOpen: 'Friday at 8am' }],
    ['the same instant in another timezone', weekdays, 'Europe/London', '2026-11-30T07:30:00Z', { open: false, nextOpen: 'today at 8am' }],
    ['no weekly hours at all: unknown', {}, 'America/New_York', '2026-11-30T13:00:00Z', null],
    ['weekly with only empty days: unknown', { weekly: { mon: [] } }, 'America/New_York', '2026-11-30T13:00:00Z', null],
    ['null hours: unknown', null, 'UTC', '2026-11-30T13:00:00Z', null],
    ['unknown timezone reads as UTC (13:00 UTC Monday is open)', weekdays, 'Mars/Olympus', '2026-11-30T13:00:00Z', { open: true }],
    ['unknown timezone reads as UTC (07:00 UTC Monday is closed)', weekdays, 'Mars/Olympus', '2026-11-30T07:00:00Z', { open: false, nextOpen: 'today at 8am' }],
  ];
  for (const [why, hours, zone, at, want] of cases) t.same(openStatus(hours, zone, new Date(at)), want, why);
});

t.test('an unknown timezone is reported once per name', async (t) => {
  const warnings: object[] = [];
  const onBadTimezone = warnOncePerZone({ warn: (obj) => warnings.push(obj) });
  for (let i = 0; i < 3; i++) openStatus(weekdays, 'Mars/Olympus', new Date('2026-11-30T13:00:00Z'), { onBadTimezone });
  openStatus(weekdays, 'America/New_York', new Date('2026-11-30T13:00:00Z'), { onBadTimezone });
  openStatus(weekdays, 'Venus/Maxwell', new Date('2026-11-30T13:00:00Z'), { onBadTimezone });
  t.same(warnings, [{ timezone: 'Mars/Olympus' }, { timezone: 'Venus/Maxwell' }]);
  t.equal(zoneOrUtc('Mars/Olympus'), 'UTC');
  t.equal(zoneOrUtc('Europe/Paris'), 'Europe/Paris');
  t.equal(zoneOrUtc(''), 'UTC');
});

t.test('timezone names', async (t) => {
  const cases: Array<[string, string | null]> = [
    ['America/New_York', 'America/New_York'],
    ['america/new_york', 'America/New_York'],
    [' Europe/London ', 'Europe/London'],
    ['UTC', 'UTC'],
    ['Mars/Olympus', null],
    ['', null],
    ['A/'.repeat(40), null],
  ];
  for (const [raw, want] of cases) {
    t.equal(canonicalTimezone(raw), want, raw.slice(0, 20));
    t.equal(isValidTimezone(raw), want !== null);
  }
  t.equal(utcOffsetMinutes('America/New_York', new Date('2026-11-30T12:00:00Z')), -300, 'winter in New York');
  t.equal(utcOffsetMinutes('America/New_York', new Date('2026-07-01T12:00:00Z')), -240, 'summer in New York');
  // (Seconds into the minute change nothing: 12:00:40 read -301 and UTC itself -1.)
  t.equal(utcOffsetMinutes('America/New_York', new Date('2026-11-30T12:00:40Z')), -300, 'late in a minute');
  t.equal(utcOffsetMinutes('UTC', new Date('2026-11-30T12:00:59.900Z')), 0, 'UTC late in a minute');
  t.equal(utcOffsetMinutes('Asia/Kolkata', new Date('2026-11-30T12:00:31Z')), 330);
  t.equal(utcOffsetMinutes('Mars/Olympus', new Date('2026-07-01T12:00:00Z')), 0, 'unknown: UTC');
});

t.test('wording: the same sentence for chat and phone; unset hours said honestly', async (t) => {
  t.equal(describeHours(weekdays), 'Monday 08:00-18:00; Tuesday 08:00-12:00, 13:00-17:00; Saturday 09:00-13:00');
  t.equal(describeHours({}), null);
  t.equal(describeHours({ weekly: { mon: [] } }), null);
  const cases: Array<[string, string, RegExp]> = [
    ['open', '2026-11-30T13:00:00Z', /^Opening hours: Monday 08:00-18:00; .* \(America\/New_York time\)\. The business is OPEN right now\.$/],
    ['closed, opens later', '2026-11-30T23:30:00Z', /The business is CLOSED right now; it opens tomorrow at 8am\.$/],
  ];
  for (const [why, at, want] of cases) {
    const now = new Date(at);
    t.match(hoursForModel(weekdays, 'America/New_York', openStatus(weekdays, 'America/New_York', now)), want, why);
  }
  const unset = hoursForModel({}, 'UTC', openStatus({}, 'UTC', new Date()));
  t.match(unset, /not set/);
  t.match(unset, /not known/);
  t.notMatch(unset, /OPEN|CLOSED/, 'never guesses open or closed');
});

t.test('one day asked about: that day in clock times, or closed', async (t) => {
  const { clockTime, daysNamed, describeDays } = await import('../../src/schedule/index.js');
  const hours = { weekly: { mon: [['08:00', '18:00']], sat: [['09:00', '13:00']], wed: [['08:00', '12:00'], ['13:30', '17:00']] } } as BusinessHours;
  t.same(daysNamed('what are your hours on sat'), ['sat']);
  t.same(daysNamed('open sundays?'), ['sun']);
  t.same(daysNamed('hours at the weekend'), ['sat', 'sun']);
  t.same(daysNamed('what are your hours'), [], 'no day named');
  t.same(daysNamed('i need a sunroof'), [], 'a word that starts like a day is not one');
  t.equal(describeDays(hours, ['sat']), 'On Saturday we are open 9am to 1pm.');
  t.equal(describeDays(hours, ['sun']), 'We are closed on Sunday.');
  t.equal(describeDays(hours, ['wed']), 'On Wednesday we are open 8am to 12pm and 1:30pm to 5pm.');
  t.equal(describeDays(null, ['sat']), null, 'unset hours are not guessed');
  t.equal(clockTime('00:00'), '12am');
  t.equal(clockTime('12:15'), '12:15pm');
});
