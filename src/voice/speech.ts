// What a caller hears: the agent's replies are written for the chat window (a table row's
// "Label (note) — Header: value", ranges with dashes, "$110/hour", links, Markdown, line breaks),
// and a speech engine reads those symbols out or stumbles on them. `spokenText` rewrites a reply
// for <Say> with the same facts: brackets become a pause, dashes between two values say "to",
// a price per unit says "per", a link says its site, and lines become sentences.

const DAYS: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', thur: 'Thursday', thurs: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const DAY = String.raw`(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?`;
/** One end of a range: a price, a number, a time of day, or a day of the week. */
// (A day is a whole word: "10x10 — Monthly price" is no range to a "Mon"; storage QA heard "10x10 to Monthly price".)
const END = String.raw`(?:\$?\d[\d,]*(?:\.\d+)?(?::\d\d)?(?:\s?(?:[AaPp]\.?[Mm]\.?))?|${DAY}(?![A-Za-z]))`;
const UNITS: Record<string, string> = { hr: 'hour', h: 'hour', hour: 'hour', day: 'day', wk: 'week', week: 'week', mo: 'month', month: 'month', yr: 'year', year: 'year', visit: 'visit', person: 'person', each: 'each' };
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;
/**
 * A table row of opening hours ("Saturday and Sunday — Hours: Closed", "Monday - Friday — Hours:
 * 7:30 AM - 5:00 PM"): the day and the hours are enough to hear; a closed day is said as one would.
 * (The row's start: the reply's start, a sentence's or a line's.)
 */
const HOURS_ROW = /(^|[.!?]\s+|\n)([^.!?\n—–|]{2,80}?)\s+[—–]\s+(?:opening |business |office |shop )?(?:hours|open|times?)\s*:\s*([^.!?\n]+?)(?=[.!?]?(?:\s|$))/gim;

/** "Mon" -> "Monday" (a full day name is kept as it is). */
function dayName(word: string): string {
  const bare = word.replace(/\.$/, '');
  return DAYS[bare.toLowerCase()] ?? bare;
}

/** A link as a person reads it out: the site's name, without the scheme, "www." or the path. */
function site(url: string): string {
  const host = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '').split(/[/?#]/)[0] ?? '';
  return host.replace(/[.,;:!?]+$/, '');
}

/** A line ends a sentence (a list item or a table row said on its own). */
const sentence = (line: string): string => (/[.!?:]$/.test(line) ? line : `${line}.`);

export function spokenText(text: string): string {
  let s = text
    .replace(HOURS_ROW, (_m, start: string, days: string, hours: string) => (/^closed$/i.test(hours.trim()) ? `${start}Closed ${days.trim()}` : `${start}${days.trim()}: ${hours.trim()}`))
    // Markdown: links say their label, emphasis and code marks go, headings and list marks go.
    .replace(/\[([^\]]+)\]\((?:[^()]*)\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,!?:;]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
  // A table row or a list, one item a line: each line is a sentence.
  s = s
    .split(/\n+/)
    .map((line) =>
      line
        .replace(/^\s*(?:#{1,6}\s+|[-*•]\s+|\d+[.)]\s+|>\s*)/, '')
        .replace(/^\s*\|/, '')
        .replace(/\|\s*$/, '')
        .replace(/\s*\|\s*/g, ', ')
        .trim(),
    )
    .filter((line) => line && !/^[-:,\s]+$/.test(line))
    .map(sentence)
    .join(' ');
  s = s
    .replace(URL, (u) => site(u))
    // A telephone number's area code in brackets is part of the number, not an aside.
    .replace(/\((\d{3})\)\s*(\d{3}[-.\s]\d{4})\b/g, '$1-$2')
    // "(first hour included)" is said as an aside: a pause either side.
    .replace(/\s*\(([^()]*)\)\s*([.,;:!?]?)/g, (_m, inner: string, after: string) => (inner.trim() ? `, ${inner.trim()}${after || ','} ` : `${after} `))
    // Ranges: "Mon-Fri", "7:30 AM - 5:00 PM", "$2,400 - $3,200", "1-2 days" say "to". A
    // telephone number's dashes ("555-0188", "1-800-959-5325") are not ranges: digits on both
    // sides of a single dash, with no other dash around them, are.
    .replace(new RegExp(`(${END})\\s*(?:[-–—]|to)\\s*(${END})(?![\\d-])`, 'g'), (m, a: string, b: string, offset: number, all: string) => {
      const before = all.slice(Math.max(0, offset - 1), offset);
      if (/[\d-]/.test(before) || (/^\d+$/.test(a) && /^\d+$/.test(b) && (a.length > 2 || b.length > 2))) return m;
      const day = new RegExp(`^${DAY}$`);
      return day.test(a) && day.test(b) ? `${dayName(a)} to ${dayName(b)}` : `${a} to ${b}`;
    })
    // "$110/hour", "$40 / visit": per unit.
    .replace(/(\d)\s*\/\s*([A-Za-z]+)\b/g, (m, d: string, unit: string) => {
      const u = UNITS[unit.toLowerCase()];
      return u ? `${d} ${u === 'each' ? 'each' : `per ${u}`}` : m;
    })
    .replace(/\b24\s*\/\s*7\b/g, '24 7')
    // A size by its sides, "10x10", is said "10 by 10" (not "24x7", nor a count: "5 x 60 min massages").
    .replace(/\b24\s?x\s?7\b/g, '24 7')
    .replace(/\b(\d{1,3})\s?[x\u00d7]\s?(\d{1,3})\b(?!\s*(?:min|mins|minutes?|hours?|hrs?|days?|sessions?|lbs?|pounds?|kg|bags?)\b)/g, '$1 by $2')
    // Dashes and symbols left between words: a pause.
    .replace(/\s+[–—-]+\s+|\s*[—–]\s*/g, ', ')
    .replace(/[|*#`~<>]/g, ' ')
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '');
  return s
    .replace(/\s+/g, ' ')
    // (Not a decimal's point: "Low-impact .50 cal marker" is no "Low-impact.50", paintball QA on the phone.)
    .replace(/\s+([.,;:!?])(?!\d)/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/([.!?:;]),/g, '$1')
    .replace(/,([.!?:;])/g, '$1')
    .replace(/^[\s,]+/, '')
    .trim();
}
