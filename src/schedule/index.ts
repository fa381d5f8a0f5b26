// Schedule: the one owner of opening hours, holidays, the business's timezone, "open now" and
// how hours are worded. Used by chat, the phone agent and notifications.
export { clockTime, closesAt, localDay, isCalendarWord, dayHours, dayName, daysNamed, describeDays, describeHours, describeWeek, describeWeekend, rangesText, zoneName, WEEK, hoursForModel, hoursSet, openStatus, type OpenStatus, type ScheduleOptions } from './hours.js';
export { canonicalTimezone, isValidTimezone, localParts, utcOffsetMinutes, warnOncePerZone, zoneOrUtc, type OnBadTimezone, type Weekday } from './timezone.js';
