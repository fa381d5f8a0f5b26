import { normalizeCasual } from '../ai/lexical.js';
import { clockTime, closesAt, dayHours, dayName, daysNamed, describeWeek, hoursSet, localDay, openStatus, rangesText, zoneName } from '../schedule/index.js';
import type { BusinessContext } from './context.js';
import type { GroundedAnswer } from './answer-extract.js';

// Hours asked by the clock: "open today?", "what time do you close tomorrow", "r u open rn". Which
// day that is (and whether the business is open this minute) is the clock's, where the business
// is; no knowledge text can say it (QA, a bike shop on a Saturday: "r u open today" got "On
// Tuesday we are open 9am to 5pm." and "open tomorrow?" a "Yes." for its closed Sunday).

const ABOUT_HOURS = /\b(?:open|opens|opened|opening|close|closes|closed|closing|hours)\b/;
const NOW = /\b(?:now|rn|currently|at the moment|atm|still)\b/;
const TODAY = /\b(?:today|tdy|tonight|this (?:morning|afternoon|evening))\b/;
const TONIGHT = /\b(?:tonight|this evening)\b/;
const TOMORROW = /\b(?:tomorrow|tmrw|tmr|tomoro|tomorow|tommorow|tommorrow)\b/;
/** "are you open?", "r u guys open": no day named is asked of now (QA: after hours on a Saturday, a caller's "are you open" got "Yes." and the week's hours). */
const OPEN_ALONE = /^(?:(?:hi|hey|hello|so|and|ok|okay|um|uh|sorry)\W+)*(?:are|r) (?:you|u|ya|yall|y'all)(?: guys)? (?:still )?open(?: (?:at the moment|for business))?\W*$/;
/** Asked for a yes or a no ("are you open today", "open tomorrow?"), not for the times ("what time do you close today"). */
const YES_NO = /^(?:(?:hi|hey|hello|so|and|ok|okay|um|uh)\W+)*(?:are|r|is|will|u|you|ya|open|closed)\b/;

/**
 * The answer from the hours and the clock (`closed`: the business is closed then), or null when the
 * question names no relative day (or no hours are set).
 */
export function hoursByClock(question: string, ctx: BusinessContext, now: Date): { answer: GroundedAnswer; closed: boolean } | null {
  const q = normalizeCasual(question);
  if (!ABOUT_HOURS.test(q) || daysNamed(q).length) return null;
  const when = TOMORROW.test(q) ? 'tomorrow' : TODAY.test(q) ? 'today' : NOW.test(q) || OPEN_ALONE.test(q) ? 'now' : null;
  if (!when) return null;
  const { business_hours: hours, timezone } = ctx.business;
  const status = openStatus(hours, timezone, now);
  if (!status) return null;
  const yesNo = YES_NO.test(q) && !TONIGHT.test(q);
  // (A yes is an open business then, a no a closed one.)
  const reply = (open: boolean, text: string) => ({ answer: { text: `${yesNo ? (open ? 'Yes. ' : 'No. ') : ''}${text}`, sources: [{ title: 'Business profile' }] }, closed: !open });
  const reopen = status.nextOpen ? ` We open ${status.nextOpen}.` : '';

  if (when === 'now') {
    const closes = closesAt(hours, timezone, now);
    return status.open ? reply(true, `We are open right now${closes ? `, until ${closes}` : ''}.`) : reply(false, `We are closed right now.${reopen}`);
  }
  const day = dayHours(hours, timezone, now, when === 'today' ? 0 : 1)!;
  const label = `${when} (${day.name}${day.holiday ? ', a holiday' : ''})`;
  if (!day.ranges.length) {
    if (when === 'today') return reply(false, `We are closed ${label}.${reopen}`);
    return reply(false, `We are closed ${label}.${nextOpening(ctx, now, 2)}`);
  }
  const Label = label[0]!.toUpperCase() + label.slice(1);
  // Today's hours are over: say so, and when it opens next.
  if (when === 'today' && !status.open && !status.nextOpen?.startsWith('today')) return reply(false, `${Label} we were open ${rangesText(day.ranges)}; we are closed now.${reopen}`);
  return reply(true, `${Label} we are open ${rangesText(day.ranges)}.`);
}

/**
 * "are you open today" where the owner set no hours (they are only in the knowledge: "Saturday 8am
 * to 2pm"): the question with the day read by the clock, where the business is ("are you open
 * saturday"), for the knowledge to answer; null when it names no relative day, names a weekday, or
 * hours are set (hoursByClock answers then). (QA, an auto shop on a Saturday: "are you open today"
 * got its weekday hours, "Monday to Friday 7:30am to 6pm.")
 */
export function dayNamedByClock(question: string, ctx: BusinessContext, now: Date): string | null {
  const q = normalizeCasual(question);
  if (daysNamed(q).length) return null;
  // ("is there skating tonight", asked of anything: tonight is this day's evening, "tonight on monday night",
  // for the days and times the knowledge gives; it had a yes from a Monday lunch skate. "tonight" stays said: it is soon.)
  const tonight = TONIGHT.exec(q);
  if (tonight && !(ABOUT_HOURS.test(q) && hoursSet(ctx.business.business_hours))) return q.replace(tonight[0], `${tonight[0]} on ${dayName(localDay(ctx.business.timezone, now, 0).day).toLowerCase()} night`);
  if (!ABOUT_HOURS.test(q) || hoursSet(ctx.business.business_hours)) return null;
  const tomorrow = TOMORROW.exec(q);
  const relative = tomorrow ?? TODAY.exec(q);
  if (!relative) return null;
  return q.replace(relative[0], dayName(localDay(ctx.business.timezone, now, tomorrow ? 1 : 0).day).toLowerCase());
}

/** " We open again Tuesday at 9am." from `from` days on, within the week; "" when none. */
function nextOpening(ctx: BusinessContext, now: Date, from: number): string {
  for (let i = from; i <= from + 7; i++) {
    const d = dayHours(ctx.business.business_hours, ctx.business.timezone, now, i);
    if (d?.ranges.length) return ` We open again ${d.name} at ${clockTime(d.ranges[0]![0])}.`;
  }
  return '';
}

/** The week's hours for a visitor: "We are open Tuesday to Saturday 9am to 5pm (Central Time)."; null when no hours are set. */
export function weekHoursAnswer(ctx: BusinessContext): string | null {
  const week = describeWeek(ctx.business.business_hours);
  if (!week) return null;
  const zone = zoneName(ctx.business.timezone);
  return `We are open ${week}${zone ? ` (${zone})` : ''}.`;
}

/**
 * A visit asked for on a day the business is closed ("can i drop my bike off monday" to a shop
 * closed on Mondays): "We are closed on Monday. We are open Tuesday to Saturday 9am to 5pm." so the
 * visitor is not left to find out; null when no day is named, one named is open, or no hours are
 * set. "today" and "tomorrow" are the clock's, where the business is (QA, an auto shop on a
 * Saturday: "can i bring it in tomorrow" was taken as "Sun, Dec 6" with no word of its closed Sunday).
 */
export function closedDayNote(text: string, ctx: BusinessContext, now: Date | undefined): string | null {
  const weekly = ctx.business.business_hours?.weekly;
  const q = normalizeCasual(text);
  const named = daysNamed(q);
  if (!weekly) return null;
  if (!named.length) {
    const offset = TOMORROW.test(q) ? 1 : TODAY.test(q) && !TONIGHT.test(q) ? 0 : -1;
    const day = now && offset >= 0 ? dayHours(ctx.business.business_hours, ctx.business.timezone, now, offset) : null;
    if (!now || !day || day.ranges.length) return null;
    return `We are closed ${offset ? 'tomorrow' : 'today'} (${day.name}${day.holiday ? ', a holiday' : ''}).${nextOpening(ctx, now, offset + 1)}`;
  }
  if (named.some((d) => weekly[d]?.length)) return null;
  const week = describeWeek(ctx.business.business_hours);
  return week ? `We are closed on ${named.map(dayName).join(' and ')}. We are open ${week}.` : null;
}
