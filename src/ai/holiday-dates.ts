import { HOLIDAYS, normalizeText, terms } from './lexical.js';

// A holiday asked by its name meets the knowledge that says its date ("valentines day" -> "open until
// 8 pm on February 13 and 14"): lexical's HOLIDAYS say each both ways.

/** The stems of the names and dates of the holidays said both ways ("valentin", "februari", "14"). */
export function holidayTerms(): ReadonlySet<string> {
  return new Set(HOLIDAYS.flatMap(([, both]) => terms(both)));
}

/**
 * The question names a holiday that has a date ("valentines day", "christmas eve") and the text says
 * that date itself, its month next to its day ("February 13 and 14", "Dec 24"; not "December 31, and
 * ... 24 hours"): the text speaks of the holiday, though it never says its name.
 */
export function saysHolidayDate(question: string, text: string): boolean {
  const q = normalizeText(question);
  return HOLIDAYS.some(([, both]) => {
    const [month, day] = both.split(' ');
    if (!/^\d+$/.test(day ?? '') || !q.includes(both)) return false;
    return new RegExp(`\\b${month!.slice(0, 3)}[a-z]*\\.? (?:\\d{1,2}(?:st|nd|rd|th)?,? (?:and|to|or|&|-|–) )?${day}(?!\\d)`, 'i').test(text);
  });
}
