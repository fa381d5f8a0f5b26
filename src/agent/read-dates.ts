import * as chrono from 'chrono-node/en';
import { boundedMemo } from '../memo.js';
import { utcOffsetMinutes } from '../schedule/index.js';

// The dates and times in a visitor's words, as validate.ts reads them (chrono's English reading,
// in the business's timezone, forward from now).

export interface ReadDatesOptions {
  /** IANA timezone the visitor's "tomorrow at 9" is read in. */
  timezone?: string;
  now?: Date;
}

/**
 * chrono's English reading, and a day of the month said alone ("on the 28th", "can we make it the
 * 29th"), which chrono does not read: the next such day, this month or the next.
 */
const DATES = chrono.casual.clone();
DATES.parsers.push({
  // (Only where a day ends the words or a time follows: "the 2nd bathroom", "the 3rd floor" are no days.)
  pattern: () => /\bthe (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:$|[,.!?;:)]|(?:at|in|around|about|from|after|before|by|or|and|instead|if|please|would|works?|is|then|morning|afternoon|evening|night|am|pm|\d)\b))/i,
  extract: (context, match) => {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const today = context.reference.getDateWithAdjustedTimezone();
    let year = today.getFullYear();
    let month = today.getMonth() + 1;
    if (day < today.getDate()) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    return { day, month, year };
  },
});

/** The dates and times chrono reads in `text` (first 200-300 characters), in the business's timezone, forward from now. */
export function readDates(text: string, options: ReadDatesOptions, max = 200): readonly chrono.ParsedResult[] {
  // On the minute: a reference at 10:35:59.8 read "after 3pm" as 3:01 PM.
  const minute = Math.floor((options.now ?? new Date()).getTime() / 60_000);
  return datesRead(`${minute}\u0000${options.timezone || 'UTC'}\u0000${text.slice(0, max)}`);
}

// A lead answer's text is read by chrono up to five times in one turn (is it plainly a time, only a
// part of the day, when, as which answer): memoised by text, minute and zone, so it changes no
// answer (callers only read the results).
const datesRead = boundedMemo<readonly chrono.ParsedResult[]>(2000, (key) => {
  const [minute, zone] = key.split('\u0000', 2) as [string, string];
  const text = key.slice(minute.length + zone.length + 2);
  const now = new Date(Number(minute) * 60_000);
  return Object.freeze(DATES.parse(text, { instant: now, timezone: utcOffsetMinutes(zone, now) }, { forwardDate: true }));
});
