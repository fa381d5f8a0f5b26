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

/** The words that say a time roughly ("around 4", "about 2:30"). */
const ROUGHLY = String.raw`(?:around|about|roughly|approximately|approx\.?|circa|~)`;
/**
 * After "about": a number said as a time of day, not a count of things ("about 3 couches", "about 5 of
 * us", "about 2 stories"): its am/pm, minutes or "ish", or the end of the clause, or a word that goes
 * on about when ("around 2 for me and my son", "about 10 tomorrow").
 */
const SAID_AS_TIME = /^\d{1,2}(?::[0-5]\d|\s*(?:am|pm|a\.m\.|p\.m\.|-?ish)\b|(?=\s*(?:$|[,.!?;]|(?:for|on|tomorrow|today|tonight|this|next|in the (?:morning|afternoon|evening)|o'?clock|or so|works|would|please|if|then|is|sounds|ok|okay|maybe)\b)))/i;

/**
 * A time said roughly, as chrono reads only "at" ("sat around 4", "about 2:30", "4ish" = at 4).
 * `strict` (a message that may count things, not an answer to "when"): only a number SAID_AS_TIME.
 */
export function roughTime(text: string, strict = false): string {
  return text
    .replace(new RegExp(String.raw`\b${ROUGHLY}\s*(?=\d{1,2}(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.|-?ish)?(?:$|[\s,.!?;]))`, 'gi'), (m: string, at: number, all: string) => (!strict || SAID_AS_TIME.test(all.slice(at + m.length)) ? 'at ' : m))
    .replace(/\b(\d{1,2}(?::[0-5]\d)?)\s*-?ish\b/gi, (_m, time: string, at: number, all: string) => (/\bat\s+$/i.test(all.slice(0, at)) ? time : `at ${time}`));
}

/** The visitor's own words for a span read in their roughTime text ("saturday at 2" -> "saturday around 2", "friday at 4" -> "friday 4ish"). */
export function saidAs(original: string, span: string): string {
  const at = '\u0000';
  const pattern = span
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\bat\s+(?=\d)/gi, at)
    .replace(/\s+/g, '\\s+')
    .replace(/(\d{1,2}(?::[0-5]\d)?)(?!\d)/g, '$1(?:\\s*-?ish)?')
    .replaceAll(at, `(?:(?:at|${ROUGHLY})\\s*)?`);
  return (new RegExp(pattern, 'i').exec(original)?.[0] ?? span.trim()).replace(/[\s,;]+$/, '');
}
