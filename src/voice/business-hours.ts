import type { BusinessHours } from '../db/schema.js';

// Is the business open at `at` in its own timezone? Weekly ranges ("08:00"-"18:00") plus
// closed dates. No hours configured means always open (nothing to tell callers otherwise).

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export function isOpenAt(hours: BusinessHours | null | undefined, timezone: string, at: Date): boolean {
  if (!hours?.weekly || Object.keys(hours.weekly).length === 0) return true;
  let parts: Record<string, string>;
  try {
    parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(at)
        .map((p) => [p.type, p.value]),
    );
  } catch {
    return true;
  }
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  if (hours.holidays?.includes(date)) return false;
  const day = DAYS.find((d) => d === parts.weekday!.slice(0, 3).toLowerCase());
  const ranges = day ? (hours.weekly[day] ?? []) : [];
  const hm = `${parts.hour}:${parts.minute}`;
  return ranges.some(([from, to]) => hm >= from && hm < to);
}

export function describeHours(hours: BusinessHours | null | undefined): string {
  if (!hours?.weekly || Object.keys(hours.weekly).length === 0) return 'not specified';
  return DAYS.filter((d) => hours.weekly![d]?.length)
    .map((d) => `${d} ${hours.weekly![d]!.map(([a, b]) => `${a}-${b}`).join(', ')}`)
    .join('; ');
}
