import type { BusinessHours } from '../db/schema.js';
import { localParts, zoneOrUtc, type OnBadTimezone, type Weekday } from './timezone.js';

// Opening hours: weekly ranges ("08:00"-"18:00") in the business's timezone, minus closed dates
// (holidays, YYYY-MM-DD). Hours that were never set are unknown, not "always open" and not
// "always closed": callers say so honestly instead of guessing.

export const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES: Record<Weekday, string> = { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' };
const DAY_MS = 86_400_000;

/** "sat" -> "Saturday". */
export const dayName = (d: Weekday): string => DAY_NAMES[d];

export interface OpenStatus {
  open: boolean;
  /** "today at 8am", "tomorrow at 8am", "Monday at 1:30pm": when closed and it opens within a week. */
  nextOpen?: string;
}

export interface ScheduleOptions {
  onBadTimezone?: OnBadTimezone;
}

/** Whether any weekly range is set at all. */
export function hoursSet(hours: BusinessHours | null | undefined): boolean {
  const weekly = hours?.weekly;
  return Boolean(weekly && Object.values(weekly).some((r) => r?.length));
}

const toMin = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Open or closed at `now` (and when it next opens); null when no hours are set. */
export function openStatus(hours: BusinessHours | null | undefined, timeZone: string, now: Date, options: ScheduleOptions = {}): OpenStatus | null {
  if (!hoursSet(hours)) return null;
  const weekly = hours!.weekly!;
  const zone = zoneOrUtc(timeZone, options.onBadTimezone);
  const holidays = new Set(hours!.holidays ?? []);
  const here = localParts(now, zone);
  const todays = holidays.has(here.date) ? [] : (weekly[here.day] ?? []);
  if (todays.some(([from, to]) => here.minutes >= toMin(from) && here.minutes < toMin(to))) return { open: true };
  // Look ahead day by day (skipping holidays) for the next opening.
  for (let i = 0; i <= 7; i++) {
    const probe = localParts(new Date(now.getTime() + i * DAY_MS), zone);
    if (holidays.has(probe.date)) continue;
    const ranges = [...(weekly[probe.day] ?? [])].sort((a, b) => toMin(a[0]) - toMin(b[0]));
    for (const [from] of ranges) {
      if (i === 0 && toMin(from) <= here.minutes) continue;
      const when = i === 0 ? 'today' : i === 1 ? 'tomorrow' : DAY_NAMES[probe.day];
      return { open: false, nextOpen: `${when} at ${clockTime(from)}` };
    }
  }
  return { open: false };
}

/** "Monday 08:00-18:00; Tuesday 08:00-12:00, 13:00-17:00"; null when no hours are set. */
export function describeHours(hours: BusinessHours | null | undefined): string | null {
  if (!hoursSet(hours)) return null;
  const weekly = hours!.weekly!;
  return WEEK.filter((d) => weekly[d]?.length)
    .map((d) => `${DAY_NAMES[d]} ${weekly[d]!.map(([a, b]) => `${a}-${b}`).join(', ')}`)
    .join('; ');
}

/** "09:00" -> "9am", "13:30" -> "1:30pm". */
export function clockTime(hhmm: string): string {
  const m = toMin(hhmm);
  const h = Math.floor(m / 60) % 24;
  const min = m % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${min ? `:${String(min).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

// A day as people type it: "sat", "saturday", "sundays", "tues", "weds", "thurs"; "weekend" is both.
const DAY_WORD = /\b(?:(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?s?|(weekends?))\b/g;

/** The weekdays a question names ("hours on sat", "open sundays?", "the weekend"); empty when none. */
export function daysNamed(text: string): Weekday[] {
  const days = new Set<Weekday>();
  for (const m of text.toLowerCase().matchAll(DAY_WORD)) for (const d of m[1] ? [m[1] as Weekday] : (['sat', 'sun'] as const)) days.add(d);
  return WEEK.filter((d) => days.has(d));
}

/** "On Saturday we are open 9am to 1pm." / "We are closed on Sunday."; null when no hours are set. */
export function describeDays(hours: BusinessHours | null | undefined, days: Weekday[]): string | null {
  if (!hoursSet(hours) || !days.length) return null;
  const weekly = hours!.weekly!;
  return days
    .map((d) => {
      const ranges = weekly[d] ?? [];
      if (!ranges.length) return `We are closed on ${DAY_NAMES[d]}.`;
      return `On ${DAY_NAMES[d]} we are open ${rangesText(ranges)}.`;
    })
    .join(' ');
}

/** "9am to 1pm and 2pm to 5pm". */
export function rangesText(ranges: ReadonlyArray<readonly [string, string]>): string {
  return ranges.map(([a, b]) => `${clockTime(a)} to ${clockTime(b)}`).join(' and ');
}

/** "At the weekend we are open on Saturday only, 9am to 2pm." / "We are closed at the weekend."; null when no hours are set. */
export function describeWeekend(hours: BusinessHours | null | undefined): string | null {
  if (!hoursSet(hours)) return null;
  const weekly = hours!.weekly!;
  const open = (['sat', 'sun'] as const).filter((d) => weekly[d]?.length);
  if (!open.length) return 'We are closed at the weekend.';
  if (open.length === 1) return `At the weekend we are open on ${DAY_NAMES[open[0]!]} only, ${rangesText(weekly[open[0]!]!)}.`;
  return `At the weekend we are open on Saturday ${rangesText(weekly.sat!)} and Sunday ${rangesText(weekly.sun!)}.`;
}

/**
 * The hours as the model is told them, in chat and on the phone alike: the weekly hours with
 * their timezone and whether the business is open right now, or, when no hours are set, that
 * this is not known (so the model never invents "we're open").
 */
export function hoursForModel(hours: BusinessHours | null | undefined, timeZone: string, status: OpenStatus | null): string {
  const described = describeHours(hours);
  if (!described || !status) return 'Opening hours: not set. Whether the business is open right now is not known: do not say it is open or closed.';
  const now = status.open ? 'The business is OPEN right now.' : `The business is CLOSED right now${status.nextOpen ? `; it opens ${status.nextOpen}` : ''}.`;
  return `Opening hours: ${described} (${zoneOrUtc(timeZone)} time). ${now}`;
}

/** The local date and weekday `offset` days from `now` (0 today, 1 tomorrow) where the business is, hours set or not. */
export function localDay(timeZone: string, now: Date, offset: number, options: ScheduleOptions = {}): { date: string; day: Weekday } {
  return localParts(new Date(now.getTime() + offset * DAY_MS), zoneOrUtc(timeZone, options.onBadTimezone));
}

/**
 * The day `offset` days from `now` (0 today, 1 tomorrow) where the business is: its weekday and
 * its opening ranges in order ([] when it is closed that day: no hours, or a closed date); null
 * when no hours are set.
 */
export function dayHours(hours: BusinessHours | null | undefined, timeZone: string, now: Date, offset: number, options: ScheduleOptions = {}): { day: Weekday; name: string; ranges: Array<readonly [string, string]>; holiday: boolean } | null {
  if (!hoursSet(hours)) return null;
  const p = localDay(timeZone, now, offset, options);
  const holiday = (hours!.holidays ?? []).includes(p.date);
  const ranges = holiday ? [] : [...(hours!.weekly![p.day] ?? [])].sort((a, b) => toMin(a[0]) - toMin(b[0]));
  return { day: p.day, name: DAY_NAMES[p.day], ranges, holiday };
}

/** When the opening range the business is in at `now` ends ("5pm"), or null when it is closed. */
export function closesAt(hours: BusinessHours | null | undefined, timeZone: string, now: Date, options: ScheduleOptions = {}): string | null {
  const today = dayHours(hours, timeZone, now, 0, options);
  if (!today) return null;
  const { minutes } = localParts(now, zoneOrUtc(timeZone, options.onBadTimezone));
  const range = today.ranges.find(([from, to]) => minutes >= toMin(from) && minutes < toMin(to));
  return range ? clockTime(range[1]) : null;
}

/**
 * The week as a visitor reads it, days with the same hours together: "Tuesday to Saturday 9am to
 * 5pm" / "Monday to Friday 8am to 6pm, Saturday 9am to 1pm"; null when no hours are set.
 */
export function describeWeek(hours: BusinessHours | null | undefined): string | null {
  if (!hoursSet(hours)) return null;
  const weekly = hours!.weekly!;
  const key = (d: Weekday) => (weekly[d] ?? []).map(([a, b]) => `${a}-${b}`).join(',');
  const groups: Weekday[][] = [];
  for (const d of WEEK) {
    if (!weekly[d]?.length) continue;
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (last && prev && WEEK.indexOf(prev) === WEEK.indexOf(d) - 1 && key(prev) === key(d)) last.push(d);
    else groups.push([d]);
  }
  return groups
    .map((g) => {
      const days = g.length === 1 ? DAY_NAMES[g[0]!] : g.length === 2 ? `${DAY_NAMES[g[0]!]} and ${DAY_NAMES[g[1]!]}` : `${DAY_NAMES[g[0]!]} to ${DAY_NAMES[g.at(-1)!]}`;
      return `${days} ${rangesText(weekly[g[0]!]!)}`;
    })
    .join(', ');
}

/** "Central Time" for America/Chicago: how a visitor names the business's clock; null for UTC and zones known only by an offset. */
export function zoneName(timeZone: string): string | null {
  const zone = zoneOrUtc(timeZone);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date(0)).find((p) => p.type === 'timeZoneName')?.value;
  return name && !/^(?:GMT|UTC)|Coordinated Universal/.test(name) ? name : null;
}

/** A day, a month, a holiday or a part of the day: a word of the calendar, never a name ("Next Monday", "is christmas ..."). */
const CALENDAR = /^(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|mornings?|afternoons?|evenings?|noon|midnight|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|thanksgiving|halloween)$/i;
export function isCalendarWord(word: string): boolean {
  return CALENDAR.test(word);
}
