import { boundedMemo } from '../memo.js';
// The business's timezone. Names are IANA ("America/New_York"), checked when an owner sets
// them; a name this runtime does not know (an old row, a zone retired from the tz database)
// reads as UTC, and whoever owns a logger is told once per name.

const MAX_ZONE_LENGTH = 64;

// Building an Intl.DateTimeFormat costs far more than using one (a chat turn asked for several:
// ~9% of a message's CPU), so the formatters are memoised per zone. A memo of immutable
// formatters keyed by zone name, bounded, so it changes no answer; not state in the usual sense.
const MAX_MEMO = 500;
const memo = <V>(make: (zone: string) => V) => boundedMemo(MAX_MEMO, make);

const canonical = memo((tz: string): string | null => {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
});

/** The runtime's spelling of a known IANA zone ("america/new_york" -> "America/New_York"), or null. */
export function canonicalTimezone(raw: string | null | undefined): string | null {
  const tz = raw?.trim() ?? '';
  if (!tz || tz.length > MAX_ZONE_LENGTH) return null;
  return canonical(tz);
}

const partsFormat = memo(
  (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
);
const offsetFormat = memo(
  (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }),
);

export function isValidTimezone(tz: string): boolean {
  return canonicalTimezone(tz) !== null;
}

/** Called with a zone name that was not understood (schedule reads it as UTC). */
export type OnBadTimezone = (zone: string) => void;

/** The zone to compute in: the given one when known, else UTC (and `onBad` hears about it). */
export function zoneOrUtc(tz: string | null | undefined, onBad?: OnBadTimezone): string {
  if (tz && canonicalTimezone(tz)) return tz;
  if (tz) onBad?.(tz);
  return 'UTC';
}

/** An OnBadTimezone that warns once per zone name for the life of this function (one per service). */
export function warnOncePerZone(logger: { warn(obj: object, msg: string): void }): OnBadTimezone {
  const warned = new Set<string>();
  return (zone) => {
    if (warned.has(zone) || warned.size > 1000) return;
    warned.add(zone);
    logger.warn({ timezone: zone.slice(0, 80) }, 'unknown business timezone: hours are read in UTC');
  };
}

type LocalParts = Readonly<{ date: string; day: Weekday; minutes: number }>;

// The parts change once a minute (every zone's offset is a whole number of minutes), and a chat
// turn asks for up to nine of them (openStatus looks a week ahead when closed, each a
// formatToParts): memoised per zone and minute, frozen, so it changes no answer.
const MAX_PARTS_MEMO = 5000;
const partsAtMinute = boundedMemo<LocalParts>(MAX_PARTS_MEMO, (key) => {
  const cut = key.indexOf('|');
  const parts = Object.fromEntries(
    partsFormat(key.slice(cut + 1))
      .formatToParts(new Date(Number(key.slice(0, cut)) * 60_000))
      .map((p) => [p.type, p.value]),
  );
  const day = (parts.weekday as string).slice(0, 3).toLowerCase() as Weekday;
  return Object.freeze({ date: `${parts.year}-${parts.month}-${parts.day}`, day, minutes: Number(parts.hour) * 60 + Number(parts.minute) });
});

/** Date, weekday and minute of the day at `at` in `zone` (a zone zoneOrUtc returned). */
export function localParts(at: Date, zone: string): LocalParts {
  return partsAtMinute(`${Math.floor(at.getTime() / 60_000)}|${zone}`);
}

/** Minutes between UTC and `zone` at `at` (New York in winter: -300); 0 for an unknown zone. */
export function utcOffsetMinutes(zone: string, at: Date): number {
  const known = zoneOrUtc(zone);
  const parts = Object.fromEntries(
    offsetFormat(known)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  // (The parts stop at the minute: compared with the instant's own minute, or 10:00:40 in UTC was -1.)
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
