import type { BusinessHours } from '../db/schema.js';

// Whether a business is open at an instant, in its own timezone, from its weekly hours and
// holidays; and when it next opens. `null` means the business has not set any hours.

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DAY_NAMES: Record<string, string> = { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' };

export interface OpenStatus {
  open: boolean;
  /** "Monday at 08:00" when closed and a next opening is known within a week. */
  nextOpen?: string;
}

function localParts(at: Date, timeZone: string): { date: string; day: (typeof DAYS)[number]; minutes: number } {
  let tz = timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    tz = 'UTC';
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = (parts.weekday as string).slice(0, 3).toLowerCase() as (typeof DAYS)[number];
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMin = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export function openStatus(hours: BusinessHours | null | undefined, timeZone: string, now: Date): OpenStatus | null {
  const weekly = hours?.weekly;
  if (!weekly || Object.values(weekly).every((r) => !r?.length)) return null;
  const holidays = new Set(hours?.holidays ?? []);
  const here = localParts(now, timeZone);
  const todays = holidays.has(here.date) ? [] : (weekly[here.day] ?? []);
  if (todays.some(([from, to]) => here.minutes >= toMin(from) && here.minutes < toMin(to))) return { open: true };
  // Look ahead day by day (skipping holidays) for the next opening.
  for (let i = 0; i <= 7; i++) {
    const probe = localParts(new Date(now.getTime() + i * 86_400_000), timeZone);
    if (holidays.has(probe.date)) continue;
    const ranges = [...(weekly[probe.day] ?? [])].sort((a, b) => toMin(a[0]) - toMin(b[0]));
    for (const [from] of ranges) {
      if (i === 0 && toMin(from) <= here.minutes) continue;
      const when = i === 0 ? 'today' : i === 1 ? 'tomorrow' : DAY_NAMES[probe.day];
      return { open: false, nextOpen: `${when} at ${from}` };
    }
  }
  return { open: false };
}

export function describeHours(hours: BusinessHours | null | undefined): string | null {
  const weekly = hours?.weekly;
  if (!weekly) return null;
  const parts: string[] = [];
  for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) {
    const r = weekly[d];
    if (r?.length) parts.push(`${DAY_NAMES[d]} ${r.map(([a, b]) => `${a}-${b}`).join(', ')}`);
  }
  return parts.length ? parts.join('; ') : null;
}
