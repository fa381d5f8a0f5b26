import t from 'tap';
import { readDates } from '../../src/agent/read-dates.js';

// chrono's reading of a visitor's words is memoised by text, minute and zone (a lead answer is read
// up to five times per turn): a memoised reading is never one made for another zone, minute or
// length of text.

const at = new Date('2026-11-30T15:00:20Z'); // Monday 10:00 in New York, Tuesday 00:00 in Tokyo

t.test('the zone and the minute are part of the reading', async (t) => {
  const ny = readDates('tomorrow at 9am', { timezone: 'America/New_York', now: at });
  const tokyo = readDates('tomorrow at 9am', { timezone: 'Asia/Tokyo', now: at });
  t.equal(ny[0]?.start.date().toISOString(), '2026-12-01T14:00:00.000Z', 'Tuesday 9am in New York');
  t.equal(tokyo[0]?.start.date().toISOString(), '2026-12-02T00:00:00.000Z', 'Wednesday 9am in Tokyo (already Tuesday there)');
  // Two hours later in New York "tomorrow" is still Tuesday, read from the later minute.
  const later = readDates('in 2 hours', { timezone: 'America/New_York', now: new Date(at.getTime() + 7_200_000) });
  const now = readDates('in 2 hours', { timezone: 'America/New_York', now: at });
  t.equal(later[0]!.start.date().getTime() - now[0]!.start.date().getTime(), 7_200_000);
});

t.test('the same text read again gives the same reading; only the first `max` characters count', async (t) => {
  const a = readDates('friday morning works', { timezone: 'UTC', now: at });
  const b = readDates('friday morning works', { timezone: 'UTC', now: new Date(at.getTime() + 30_000) });
  t.same(
    b.map((r) => [r.text, r.start.date().toISOString()]),
    a.map((r) => [r.text, r.start.date().toISOString()]),
    'within the minute',
  );
  t.ok(Object.isFrozen(a), 'a shared reading cannot be changed by a caller');
  const long = `${'x'.repeat(200)} friday morning`;
  t.equal(readDates(long, { timezone: 'UTC', now: at }).length, 0, 'past the first 200 characters');
  t.equal(readDates(long, { timezone: 'UTC', now: at }, 300)[0]?.text, 'friday morning', 'read up to 300 when asked');
});
