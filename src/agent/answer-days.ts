import { normalizeCasual, terms } from '../ai/lexical.js';
import { daysNamed, type Weekday } from '../schedule/index.js';
import { holidayTerms } from '../ai/holiday-dates.js';

// Days and months in a question and in the guide: which days a sentence gives (a range, a list, every
// day, an hours line), whether it leaves the day asked out, office hours told apart from working
// days, and the month asked against the months a unit states.

/** The week in order, as the schedule module names its days. */
const WEEK = daysNamed('mon tue wed thu fri sat sun');

/** A range of days in `text` ("Monday to Friday", "Tue-Sat") holds the day (not a passing "weekend rate"). */
export function dayInRange(day: string, text: string): boolean {
  const ranges = text.match(/\b\w+\s*(?:to|through|thru|until|till|-|\u2013|\u2014)\s*\w+\b/gi) ?? [];
  return ranges.some((r) => {
    const [a, b] = r.split(/\s*(?:\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|-|\u2013|\u2014)\s*/i);
    return daysNamed(a ?? '').length === 1 && daysNamed(b ?? '').length === 1 && dayLeftOut(day, r) === false;
  });
}

const HOURS_SAID = /\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\bclosed\b|\bnoon\b/i;

/** A day named, shortened as owners do, on a line that gives hours ("Sat 9am-3pm", "Sun closed"); not by "weekend". */
export function dayOnHoursLine(day: string, text: string): boolean {
  return HOURS_SAID.test(text) && daysNamed(text.replace(/\bweekends?\b/gi, ' ')).includes(day.slice(0, 3) as Weekday);
}

/** Every day of the week said at once ("Moves run 7 days a week", "Open daily"; not "7 days before the move"). */
export function saysEveryDay(text: string): boolean {
  return /\b(?:(?:7|seven) days a week|every day|daily|24\/7|all week)\b/i.test(text);
}

/** Hours given for the office or the phones ("Office: Monday to Saturday", "Carla answers the office line", "we pick up"), not for the work. */
const OFFICE_HOURS = /\b(?:office|phones?|front desk|reception|lines?|answer(?:s|ed)?|pick up|calls?)\b/i;
/** A question about the office, calling, being open or the time ("when is the office open", "can i call on sunday", "what time do u close on fridays"). */
const OFFICE_ASKED = /\b(?:office|phones?|call|calls|calling|ring|reach|talk|speak|answer|desk|reception|open|opens|opening|close|closes|closed|closing|hours|time|late|early|until|till)\b/;

/**
 * "do you work sundays" -> "Office: Monday to Saturday 8am to 6pm.": a question about a day the
 * business works (moves, cleans, comes out) is not answered by when its office or phones are
 * attended, when the guide also says on which days the work itself runs ("Moves run 7 days a week").
 */
export function officeHoursOnly(question: string, text: string): boolean {
  const q = normalizeCasual(question);
  return daysNamed(q).length > 0 && !OFFICE_ASKED.test(q) && OFFICE_HOURS.test(text);
}

/** The days of the week as query terms ("fridai" for "friday", "fridays"). */
const DAY_TERMS = new Set(terms('monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays'));
/** Whether a query term is a day of the week. */
export const isDayTerm = (term: string): boolean => DAY_TERMS.has(term);
/** When something happens or how long, not what: a day, a part of one, a holiday, a span ("lessons on MONDAYS", "it's been 3 WEEKS"). */
const WHEN_WORDS = new Set([...terms('weekend weekday morning afternoon evening night tonight today tomorrow eve week month year day hour minute'), ...holidayTerms()]);
export const isWhenTerm = (term: string): boolean => isDayTerm(term) || WHEN_WORDS.has(term);
/** The days as visitors shorten them ("SAT the 16th"), words of their own elsewhere ("the sun", "i sat"). */
const DAY_SHORT = new Set(terms('mon tue tues wed thu thur thurs fri sat sun'));
const DAY_SPELLED: Record<string, string> = { mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };
/** A message that names nothing but when, with its shortened days spelled out ("what about SAT the 16th" -> "... saturday ..."). */
export const daysSpelled = (text: string): string => text.replace(/\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?/gi, (_w, d: string) => DAY_SPELLED[d.toLowerCase()]!);
/** Whether a query term is a day of the week, whole or shortened, in a message that names nothing but when. */
export const isDayWord = (term: string): boolean => DAY_TERMS.has(term) || DAY_SHORT.has(term);
/** The months as query terms ("jan", "januari"). */
const MONTH_TERMS = new Set(terms('jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'));
/** Whether a query term is a month. */
export const isMonthTerm = (term: string): boolean => MONTH_TERMS.has(term);

/** A unit that says on which days (a day named, a range, "7 days a week"). */
export function saysDays(text: string): boolean {
  return daysNamed(text).length > 0 || saysEveryDay(text) || /\bweekdays?\b|\bweekends?\b/i.test(text);
}

/**
 * "do you work saturdays?" against "We work Monday to Friday, 7am to 5pm": the days a sentence
 * gives as a range or a list leave the asked day out, so the answer is a no. Null when the
 * sentence names no days, or says every day. Days are read by the schedule module (daysNamed).
 */
export function dayLeftOut(q: string, where: string): boolean | null {
  const asked = daysNamed(q);
  // (Nor does a sentence with "7 days" in it leave a day out: "7 days' notice" is no list of days.)
  if (!asked.length || saysEveryDay(where) || /\b(?:7|seven) days\b/i.test(where)) return null;
  const covered = daysCovered(where);
  if (!covered.size) return null;
  return asked.every((d) => !covered.has(d));
}

/** The days a text gives: its ranges ("Monday to Friday"), its lists, "weekdays". */
function daysCovered(where: string): Set<Weekday> {
  const covered = new Set<Weekday>();
  if (/\bweekdays\b/i.test(where)) for (const d of WEEK.slice(0, 5)) covered.add(d);
  const rest = where.replace(/\b(\w+)\s*(?:to|through|thru|until|till|-|\u2013|\u2014)\s*(\w+)\b/gi, (all, a: string, b: string) => {
    const [from] = daysNamed(a);
    const [to] = daysNamed(b);
    if (!from || !to) return all;
    for (let i = WEEK.indexOf(from); ; i = (i + 1) % 7) {
      covered.add(WEEK[i]!);
      if (WEEK[i] === to) break;
    }
    return ' ';
  });
  for (const d of daysNamed(rest)) covered.add(d);
  return covered;
}

/** The days a sentence gives leave the day out, and so do those of a clause of it that names the thing asked (`names`: "Hayrides and corn maze: Saturdays and Sundays"). */
export function clauseDaysLeaveOut(day: string, text: string, names: (clause: string) => boolean): boolean {
  return dayLeftOut(day, text) === true && text.split(/[,;]/).some((clause) => names(clause) && dayLeftOut(day, clause) === true);
}

/**
 * The clause that names the thing is a label's ("Junior Golf Camp: June and July, Monday to Thursday
 * mornings"): every clause after the colon is the labelled thing's, so its days are said later in the sentence.
 */
export function labelDaysLeaveOut(q: string, where: string, text: string): boolean {
  const label = /^\s*([^:.]{2,40}):\s/.exec(text)?.[1];
  const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  // (Not the days of a deal or a closing: "Kids: free on Tuesdays" says nothing of kids on Friday.)
  return !!label && dayLeftOut(q, where) === null && plain(where).startsWith(plain(label)) && dayLeftOut(q, text) === true && !/\b(?:closed?|clos(?:es|ing)|free|discount(?:s|ed)?|off|except|specials?|deals?)\b|%/i.test(text);
}

/** A month's name, as owners write it ("Sept", "June"). */
export const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_SPAN = new RegExp(`\\b(${MONTH})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?\\s*(?:to|-|–|through|thru|until|till)\\s*(${MONTH})\\b`, 'gi');
/** The month a question asks about ("open in JULY", "during december"). */
const ASKED_MONTH = new RegExp(`\\b(?:in|during|for|over|this|next|early|late|mid)\\s+(${MONTH})\\b`, 'i');
const monthOf = (w: string) => ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(w.slice(0, 3).toLowerCase()) + 1;

/** The business open the whole year ("Indoor rink, open all year", "open year-round"): every month and season is in it. */
const ALL_YEAR = /\b(?:open|operating)\s+(?:all year(?: round| long)?|year[- ]round|12 months a year|every month)\b/i;
const SEASON_TERMS = new Set(terms('summer winter spring fall autumn'));
/**
 * A month or a season ("open in JULY", "open in the SUMMER") said by a sentence that says the business is
 * open all year: with no subject ("Indoor rink, open all year") or as "we", not another thing ("The camp
 * STORE IS open all year" says nothing of the campsites).
 */
export const allYearFor = (term: string, text: string): boolean => {
  if (!MONTH_TERMS.has(term) && !SEASON_TERMS.has(term)) return false;
  const m = ALL_YEAR.exec(text);
  return !!m && !/\b(?:is|are|stays?|remains?)\s*$/i.test(text.slice(0, m.index).replace(/\bwe(?:'re| are)\s*$/i, ''));
};
/**
 * The business's own open season by its months ("Open May 15 through October 15", "We're open April to
 * October"): it answers any month asked, out of it with a no. Not a closure ("We close Dec 24 through
 * Jan 2") nor another thing's season ("Our patio is open May to September").
 */
export const openSeason = (text: string): boolean => /^\W*(?:we(?:'re| are)\s+)?(?:open|operating)\b(?![^.]*\b(?:clos\w*|not|except)\b)/i.test(text) && [...text.matchAll(MONTH_SPAN)].length > 0;

/**
 * The month the question names against the months a unit states ("open saturdays in JULY" against
 * "Saturday 9 am - 2 pm (September to March)": -1; against "April to August we're closed
 * Saturdays": 1), spans that run over the new year included.
 */
export function monthFit(question: string, text: string): -1 | 0 | 1 {
  const spans = [...text.matchAll(MONTH_SPAN)].map((m) => [monthOf(m[1]!), monthOf(m[2]!)] as const);
  if (!spans.length) return 0;
  const asked = ASKED_MONTH.exec(question.toLowerCase());
  if (!asked) return 0;
  const n = monthOf(asked[1]!);
  return spans.some(([a, b]) => (a <= b ? n >= a && n <= b : n >= a || n <= b)) ? 1 : -1;
}

/** A holiday said as a season's end, with its month (US): "from Labor Day weekend through October 31" runs from September. */
const HOLIDAY_MONTH: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:mlk|martin luther king)(?: jr\.?)? day(?: weekend)?\b/gi, 'January'],
  [/\bpresidents'? day(?: weekend)?\b/gi, 'February'],
  [/\bmemorial day(?: weekend)?\b/gi, 'May'],
  [/\b(?:independence day|(?:the )?fourth of july|july 4(?:th)?)(?: weekend)?\b/gi, 'July'],
  [/\blabou?r day(?: weekend)?\b/gi, 'September'],
  [/\b(?:columbus|indigenous peoples'?) day(?: weekend)?\b/gi, 'October'],
  [/\bhalloween\b/gi, 'October'],
  [/\bthanksgiving(?: day| weekend)?\b/gi, 'November'],
  [/\bchristmas(?: eve| day)?\b/gi, 'December'],
];
/** A span of months, with the "from" that opens it ("from July 1 through December 23"). */
const FROM_MONTH_SPAN = new RegExp(`(?:\\bfrom\\s+)?${MONTH_SPAN.source}`, 'gi');

/** The months a stretch of text names, a span's months between its ends included (a holiday's month for the holiday); null when a span runs from or to something else ("from opening day through October"). */
function monthsNamed(text: string, spansOnly = false): Set<number> | null {
  const out = new Set<number>();
  const dated = HOLIDAY_MONTH.reduce((t, [re, month]) => t.replace(re, month), text);
  const rest = dated.replace(FROM_MONTH_SPAN, (_all, a: string, b: string) => {
    for (let m = monthOf(a); ; m = (m % 12) + 1) {
      out.add(m);
      if (m === monthOf(b)) break;
    }
    return ' ';
  });
  if (/\b(?:from|through|thru|until|till)\b/i.test(rest)) return null;
  if (spansOnly) return out;
  // ("you MAY bring": the month is written with its capital, the verb is not.)
  for (const m of rest.matchAll(new RegExp(`\\b(${MONTH})\\b`, 'gi'))) if (m[1] !== 'may') out.add(monthOf(m[1]!));
  return out;
}

/** The stretches of a sentence that give a season each ("weekends only in July and August (peaches)", "then every day from ..."). */
// (A side clause is a stretch of its own: "Swim lessons year-round, WITH extra sessions in June and July".)
const stretchesOf = (text: string): string[] => text.split(/;\s+|,\s+(?:then|and then|while|but|with|plus|also)\b|\.\s+/i);

/**
 * "can we pick PEACHES in september" -> "Pick-your-own: weekends only in July and August (peaches), then every
 * day from Labor Day weekend through October 31 (apples and pumpkins)": the months of the stretch that names
 * the thing asked (`names`) leave the month asked out. (A stretch with no months, or a span from a holiday, says nothing.)
 */
function monthLeftOut(question: string, text: string, names: (stretch: string) => boolean): boolean {
  const asked = ASKED_MONTH.exec(question.toLowerCase());
  if (!asked) return false;
  const stretches = stretchesOf(text).filter(names);
  const months = stretches.map((s) => monthsNamed(s));
  return months.length > 0 && months.every((ms) => ms !== null && ms.size > 0 && !ms.has(monthOf(asked[1]!)));
}

/** A month (a query term) inside a span a sentence gives ("september" in "from Labor Day weekend through October 31"; not a month only named, "Classes start in January"). */
export function monthWithin(term: string, text: string): boolean {
  if (!MONTH_TERMS.has(term)) return false;
  return stretchesOf(text).some((stretch) => monthsNamed(stretch, true)?.has(monthOf(term)) ?? false);
}

/** The months given for the thing asked leave the month asked out: read in the stretches that name the rarest thing asked (`things`, rarest first) that any stretch names. */
export function seasonLeftOut(question: string, text: string, things: readonly string[]): boolean {
  const named = (t: string) => (stretch: string) => terms(stretch).includes(t);
  const thing = things.find((t) => !isMonthTerm(t) && stretchesOf(text).some(named(t)));
  return !!thing && monthLeftOut(question, text, named(thing));
}

/** A table's row of a season whose months another row of that season states ("Tax season | Sunday | closed" beside "Tax season (January 15 to April 15) | ..."): their fit. */
export function seasonFit(question: string, row: { label?: string }, siblings: ReadonlyArray<{ label?: string }>): -1 | 0 | 1 {
  const season = (label = '') => label.replace(/\s*\(.*$/, '').trim().toLowerCase();
  if (!season(row.label)) return 0;
  for (const x of siblings) if (season(x.label) === season(row.label)) { const fit = monthFit(question, x.label ?? ''); if (fit) return fit; }
  return 0;
}

/** Coming to the place, which its opening hours do answer ("can i come in on saturday", "drop off my bike on monday", "walk in on friday"). */
const VISIT_ASKED = /\b(?:come|coming|stop|drop|dropping|pick|picking|visit|walk|walking|swing|pop|bring|get in|make it)\b/;

/**
 * "do you do leak detection on saturdays" -> "Yes. Leak detection ... costs $325. Saturday — Hours:
 * 8:00 am to 3:00 pm.": the thing asked is said by units that name no day, and the day only by the
 * opening hours. Being open that day says nothing of doing that thing then, so a yes joining the
 * two is a claim the guide never makes. (A question about the office, the hours, being open or
 * coming in is answered by the hours themselves: OFFICE_ASKED, VISIT_ASKED.)
 */
export function dayOnlyByHours(plainQuestion: string, parts: readonly string[]): boolean {
  const asked = daysNamed(plainQuestion.replace(/\bweekends?\b/g, 'saturday sunday'));
  if (!asked.length || OFFICE_ASKED.test(plainQuestion) || VISIT_ASKED.test(plainQuestion) || parts.length < 2) return false;
  const naming = parts.filter((p) => saysDays(p));
  return naming.length > 0 && naming.length < parts.length && naming.every((p) => asked.some((d) => dayOnHoursLine(d, p)));
}

/** A clock time as minutes of the day ("5", "pm" -> 17:00); a bare hour from 1 to 7 is the afternoon or evening. */
function clockMinutes(hour: string, minutes: string | undefined, half: string | undefined): number {
  const h = Number(hour) % 12;
  const pm = half ? half.toLowerCase() === 'pm' : Number(hour) >= 1 && Number(hour) <= 7;
  return (h + (pm ? 12 : 0)) * 60 + Number(minutes ?? 0);
}

/** The time a question asks for after or before ("are you open AFTER 5PM", "can you come BEFORE 8am"). */
const TIME_ASKED = /\b(after|past|later than|before|earlier than)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/;
/** Hours said as a range with both ends' halves of the day ("7:30 AM - 5:00 PM", "8:00 am to 12:00 pm"). */
const RANGE = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\s*(?:-|\u2013|\u2014|to|until|till)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/gi;

/**
 * "are you open after 5pm", "can you come after 6pm" -> "Monday - Friday — Hours: 7:30 AM - 5:00 PM.
 * Saturday — Hours: 9:00 AM - 1:00 PM.": every range the answer gives closes by the time asked after
 * (or opens after the time asked before): a no, not a yes.
 */
// (Storage QA: "do you have 24 hour access" and "can i get in at 11pm" -> "Yes. Gate access ... every
// day from 6am to 10pm": round the clock, or a time of day outside every range given, is a no too.)
export function closedAtTimeAsked(question: string, text: string): boolean {
  const q = normalizeCasual(question);
  const ranges = [...text.matchAll(RANGE)].map((m) => ({ open: clockMinutes(m[1]!, m[2], m[3]), close: clockMinutes(m[4]!, m[5], m[6]) }));
  // (Inn QA: "can i check out at noon" -> "Yes. Check-out is by 11am.": a time asked past every time
  // the answer says it must be done by is a no.)
  // (Golf QA: "is the driving range open at night" -> "Driving range: 7 am to dusk.": open till dark is closed at night.)
  if (NIGHT_ASKED.test(q) && TILL_DARK.test(text) && !/\b(?:night|nights|overnight|after dark|24|lights?|lit)\b/i.test(text)) return true;
  if (!ranges.length) {
    // (Only a deadline of what is asked: "Bookings must be made by 5pm" is none for "can i come at 6pm".)
    const asked = new Set(terms(q).filter((x) => !/\d|^(?:am|pm|noon)$/.test(x)));
    const deadlines = [...text.matchAll(DEADLINE)]
      .filter((m) => terms(text.slice(0, m.index + m[0].length).split(/[.;!?]/).pop() ?? '').some((x) => asked.has(x)))
      .map((m) => clockMinutes(m[1]!, m[2], m[3]));
    const at = timeAskedAt(q);
    return deadlines.length > 0 && at !== null && deadlines.every((d) => at > d);
  }
  // (A range that ends where it starts, "12am to 12am", is the whole day; a text that says it is
  // open round the clock is no no, whatever hours it also gives: "We answer emergencies 24/7;
  // regular hours are 7am to 5pm". Only being open or getting in is asked so: not "24 hours notice".)
  if (ROUND_THE_CLOCK.test(q)) return OPEN_ASKED.test(q) && !ROUND_THE_CLOCK.test(text) && ranges.every((r) => r.close !== r.open);
  // ("can i run my generator AT NIGHT" -> "Generators may run 8 am to 8 pm only": the night is outside a day's
  // range; not when the text speaks of the night itself, "Overnight boarding ..., drop-off 7 am to 6 pm".)
  if (EVENING_ASKED.test(q) && timeAskedAt(q) === null) return eveningLeftOut(q, text);
  const atTime = timeAskedAt(q) ?? (NIGHT_ASKED.test(q) && !/\b(?:night|nights|overnight|after dark|24)\b/i.test(text) ? 23 * 60 : null);
  const outside = (at: number) => (r: { open: number; close: number }) => (r.close > r.open ? at < r.open || at >= r.close : at < r.open && at >= r.close);
  if (atTime !== null) return ranges.every(outside(atTime));
  // (Range QA: "are you open sunday at 10" -> "Yes. Sunday: 12 pm to 6 pm": an hour said without am or
  // pm is a no when neither reading is in the hours of the day asked; asked of being open or coming in
  // only: "can kids start summer camp at 8" is an age.)
  const either = OPEN_ASKED.test(q) || VISIT_ASKED.test(q) ? hourAskedAt(q) : null;
  if (either) {
    const forDay = rangesByDay(text).filter((r) => r.days && daysNamed(q).some((d) => r.days!.has(d)));
    const day = forDay.length ? forDay : ranges;
    return either.every((at) => day.every(outside(at)));
  }
  const asked = TIME_ASKED.exec(q);
  if (!asked) return false;
  const at = clockMinutes(asked[2]!, asked[3], asked[4]);
  const after = /^(?:after|past|later than)$/.test(asked[1]!);
  return ranges.every((r) => (after ? r.close <= at : r.open >= at));
}
/** Open at every hour ("24 hour access", "24-hour", "open 24/7", "around the clock", "day and night"). */
export const ROUND_THE_CLOCK = /\b(?:24\s*[/x-]\s*7|24[\s-]*(?:hours?|hrs?)|twenty[- ]four hours?|a?round the clock|day and night)\b/i;
/** Being open, reached or let in is asked ("are you open", "24 hour access", "can i get in"). */
const OPEN_ASKED = /\b(?:open|access|get in|come in|go in|available|staffed|answer|reach)\b/;
/** A clock time asked "at" ("can i get in AT 11PM"): with its half of the day, so a house number ("at 19 pine st") is none. */
const AT_TIME = /\bat\s+(?:(?:like|around|about|maybe)\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/;
/** The night asked, as a time of day ("at night", "overnight", "after dark"; not "a night", "per night", "2 nights"). */
/** Open until it gets dark ("7 am to dusk", "until sunset"). */
const TILL_DARK = /\b(?:to|until|till|til|through) (?:dusk|sunset|sundown|dark)\b/i;
const NIGHT_ASKED = /\b(?:at night|late at night|overnight|all night|in the night|after dark|night ?time)\b/;
/** An evening asked ("tonight", "this evening", "in the evening", "friday night"; not "a night", "per night"). */
const EVENING_ASKED = /\b(?:tonight|this evening|in the evenings?|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:nights?|evenings?))\b/;
/** A range that runs past this goes into the evening. */
const EVENING = 18 * 60;

/**
 * "is there skating tonight" on a Monday (answer.ts names the day) -> "Public skate sessions: Monday to
 * Friday 12 pm to 1:30 pm (lunch skate) and Friday 7 pm to 9 pm": every range given for the day asked
 * ends before the evening, so it is a no (it was a yes). Each range is for the days said before it,
 * since the last range, else for the last range's days; a text with no days is for any day.
 */
function eveningLeftOut(q: string, text: string): boolean {
  const asked = daysNamed(q);
  const forDay = rangesByDay(text).filter((r) => !asked.length || !r.days || asked.some((d) => r.days!.has(d)));
  return forDay.length > 0 && forDay.every((r) => r.close > r.open && r.close <= EVENING);
}

/** The ranges a text gives, each with the days said before it (since the last range), else the last range's days; null for none said. */
function rangesByDay(text: string): Array<{ days: Set<Weekday> | null; open: number; close: number }> {
  const given: Array<{ days: Set<Weekday> | null; open: number; close: number }> = [];
  let from = 0;
  for (const m of text.matchAll(RANGE)) {
    const said = daysCovered(text.slice(from, m.index));
    given.push({ days: said.size ? said : (given.at(-1)?.days ?? null), open: clockMinutes(m[1]!, m[2], m[3]), close: clockMinutes(m[4]!, m[5], m[6]) });
    from = m.index + m[0].length;
  }
  return given;
}

/**
 * An hour asked "at" without am or pm ("are you open sunday AT 10", "at 7:30?"), as both its readings
 * in minutes after midnight (one, when "in the morning" or "in the evening" says which); null when
 * none, or when the number goes on as anything but a time ("at 9 pine st", "at 10 yards", "at 8 or
 * 9 years old", "at 8 and 1/2"): only the end, a day or "o'clock" may follow, or another hour.
 */
function hourAskedAt(q: string): number[] | null {
  const m = /\bat\s+(?:(?:like|around|about|maybe)\s+)?(\d{1,2})(?::(\d{2}))?(?=\s*(?:$|[?.!,]|(?:on|tomorrow|today|tonight|this)\b|o'?clock\b|in the (?:morning|afternoon|evening)\b|(?:or|and)\s+\d{1,2}(?::\d{2})?\s*(?:o'?clock\b|[?.!,]|$)))/.exec(q);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return null;
  const am = clockMinutes(m[1]!, m[2], 'am');
  const pm = clockMinutes(m[1]!, m[2], 'pm');
  const after = q.slice(m.index + m[0].length);
  if (/^\s*in the morning\b/.test(after)) return [am];
  if (/^\s*(?:in the (?:afternoon|evening)|at night|tonight)\b/.test(after)) return [pm];
  return [am, pm];
}

/** A time something must be done by ("Check-out is by 11am", "no later than 10:30 am"). */
// (And the last time a thing starts: "last 18-hole tee time 4 pm", "last entry at 5 pm", golf QA.)
const DEADLINE = /(?:\b(?:by|no later than|before)\s+|\blast\s+(?!(?:\d+|an?|one|two|three|four|five|six)\s+(?:minutes?|mins?|hours?|hrs?)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?:(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[\w-]+\s+){0,3}?(?:(?:is|at)\s+)?)(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/gi;

/** The clock time a question asks "at" (AT_TIME, or "at noon"), in minutes after midnight; null when none. */
function timeAskedAt(q: string): number | null {
  const m = AT_TIME.exec(q);
  if (m) return clockMinutes(m[1]!, m[2], m[3]);
  return /\bat\s+(?:(?:like|around|about|maybe)\s+)?(?:12\s*)?noon\b/.test(q) ? 12 * 60 : null;
}

/** A day or days, as owners write them, then their hours ("Saturday and Sunday 1 pm to 3 pm", "Sat 10am"). */
const DAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?';
const DAYS_THEN_HOURS = new RegExp(`^\\W*${DAY}(?:\\s*(?:and|to|through|thru|&|-|\u2013)\\s*${DAY})?:?\\s+\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b`, 'i');

/**
 * A list item's schedule goes on in its next sentence ("- Public skate sessions: Monday to Friday 12 pm
 * to 1:30 pm. Saturday and Sunday 1 pm to 3 pm."): a labelled sentence of days, followed in its item by
 * days and their hours, is given with them (ice rink QA: "what are your hours" lost the weekend).
 * `next` is the item's next sentence, `pointsTo` the words it points back to (the label's, answer-units).
 */
export function scheduleGoesOn(text: string, next: string, pointsTo: ReadonlySet<string> | undefined): boolean {
  // (Days and their hours only: "Saturday site visits are $75." is another thing's price.)
  return !!pointsTo?.size && /^[^.:]{1,60}:/.test(text) && saysDays(text) && DAYS_THEN_HOURS.test(next);
}

