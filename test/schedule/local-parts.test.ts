import t from 'tap';
import { localParts } from '../../src/schedule/timezone.js';

// localParts is memoised per zone and minute (a closed business's openStatus asks for nine of
// them per chat turn): every second of a minute, in every zone, reads what the zone's own clock
// says, and a memoised answer is never one of another zone or minute.

function direct(at: Date, zone: string) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.year}-${p.month}-${p.day}`, day: (p.weekday as string).slice(0, 3).toLowerCase(), minutes: Number(p.hour) * 60 + Number(p.minute) };
}

t.test('every second of a minute, in zones with whole, half and quarter-hour offsets, across midnight and DST', async (t) => {
  const zones = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Europe/London'];
  const instants = [
    '2026-11-30T04:59:00Z', // midnight in New York at 05:00 UTC
    '2026-03-08T06:59:00Z', // New York springs forward at 07:00 UTC
    '2026-11-01T05:59:00Z', // New York falls back at 06:00 UTC
    '2026-03-29T00:59:00Z', // London springs forward at 01:00 UTC
    '2026-12-31T18:14:00Z', // new year in Kathmandu (UTC+5:45) at 18:15 UTC
  ];
  for (const zone of zones) {
    for (const iso of instants) {
      const base = new Date(iso).getTime();
      for (const offset of [0, 1, 29_999, 30_000, 59_999, 60_000, 60_001, 119_999]) {
        const at = new Date(base + offset);
        t.same(localParts(at, zone), direct(at, zone), `${zone} ${at.toISOString()}`);
      }
    }
  }
});

t.test('a memoised answer cannot be changed by whoever holds it', async (t) => {
  const at = new Date('2026-11-30T15:00:00Z');
  const first = localParts(at, 'America/New_York');
  t.throws(() => {
    (first as { minutes: number }).minutes = 1;
  });
  t.same(localParts(at, 'America/New_York'), { date: '2026-11-30', day: 'mon', minutes: 600 });
});
