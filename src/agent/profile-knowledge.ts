import type { SearchHit } from '../knowledge/service.js';
import { phoneForVisitors } from '../contacts/phone-display.js';
import { describeDays, describeWeekend, WEEK } from '../schedule/index.js';
import type { BusinessContext } from './context.js';

// What the owner typed into the console (the "What you do" text, the agent FAQ, the opening hours,
// address, phone and website) read as a small knowledge base of its own. It is all a FREE business
// has to answer from, and what a business on a knowledge plan still has before (or beyond) its
// documents: "how much for a tune up" is answered from "A basic tune-up is $89" in the profile,
// "do i have to be there" from the FAQ entry "Do I need to be home?". The same extractive reader
// as the knowledge base ranks these units; nothing here is stored or searched in the database.

const MAX_FAQ = 200;
const MAX_DESCRIPTION = 20_000;
const MAX_HOLIDAYS = 30;

// The dates people name by the holiday on them.
const HOLIDAY_NAMES: Record<string, { name: string; said: RegExp }> = {
  '12-24': { name: 'Christmas Eve', said: /\b(?:christmas|xmas) eve\b/ },
  '12-25': { name: 'Christmas Day', said: /\b(?:christmas|xmas)(?! eve)\b/ },
  '12-31': { name: "New Year's Eve", said: /\bnew ?years?'?s? eve\b/ },
  '01-01': { name: "New Year's Day", said: /\bnew ?years?'?s?(?! eve)\b/ },
  '07-04': { name: 'Independence Day', said: /\b(?:independence day|(?:4|fourth) of july|july (?:4|fourth))\b/ },
};

/** "2026-12-25" -> "December 25, 2026 (Christmas Day)" (a calendar date: no timezone applies). */
function holidayDate(iso: string): { text: string; said: RegExp } {
  const date = new Date(`${iso}T12:00:00Z`);
  const day = date.toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
  const known = HOLIDAY_NAMES[iso.slice(5)];
  const year = iso.slice(0, 4);
  // "dec 25", "December 25th"
  const byDate = new RegExp(`\\b${day.slice(0, 3).toLowerCase()}\\w*\\.? ${date.getUTCDate()}(?:st|nd|rd|th)?\\b`);
  return { text: `${day}, ${year}${known ? ` (${known.name})` : ''}`, said: known ? new RegExp(`${known.said.source}|${byDate.source}`) : byDate };
}

/** The question is about holidays, or names one of the dates (by date or by its holiday). */
function asksAboutHolidays(question: string, holidays: Array<{ said: RegExp }>): boolean {
  const q = question.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return /\bholidays?\b/.test(q) || holidays.some((h) => h.said.test(q));
}

const hit = (id: string, title: string, heading: string, content: string, rank: number): SearchHit => ({
  chunkId: `profile:${id}`,
  itemId: 'profile',
  title,
  heading,
  content,
  score: 1 / (rank + 1),
});

/** The business profile and FAQ as search hits, in the order the owner wrote them (empty when nothing is filled in); `question` leaves out what it cannot be about. */
export function profileHits(ctx: BusinessContext, question?: string): SearchHit[] {
  const b = ctx.business;
  const hits: SearchHit[] = [];
  // The FAQ first: the owner's own answers to the questions they expect. A question kept with its
  // answer ("Do I need to be home? No, as long as …") is read the way a guide's FAQ is.
  for (const [i, entry] of ctx.agent.faq.slice(0, MAX_FAQ).entries()) {
    const question = entry.question.trim().replace(/[?.!\s]*$/, '?');
    const answer = entry.answer.trim();
    if (question.length > 1 && answer) hits.push(hit(`faq-${i}`, 'FAQ', question, `${question} ${answer}`, hits.length));
  }
  const paragraphs = (b.description ?? '').slice(0, MAX_DESCRIPTION).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  for (const [i, p] of paragraphs.entries()) hits.push(hit(`about-${i}`, 'Business profile', 'About us', p, hits.length));
  // Day by day, and the weekend said as such ("do you do weekend appointments").
  const days = [describeDays(b.business_hours, [...WEEK]), describeWeekend(b.business_hours)].filter((s): s is string => !!s);
  // Holidays as people say the dates ("December 25, 2026 (Christmas Day)"), read only for a question
  // about holidays or one of these dates: "open on thanksgiving?" is never told "No. We are closed on
  // December 25" (a list of closed dates says nothing of the other days).
  const holidays = (b.business_hours?.holidays ?? []).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().slice(0, MAX_HOLIDAYS).map(holidayDate);
  if (holidays.length && (question === undefined || asksAboutHolidays(question, holidays))) {
    const list = holidays.map((h) => h.text);
    days.push(`We are closed on ${list.length > 1 ? `${list.slice(0, -1).join('; ')} and ${list.at(-1)}` : list[0]}.`);
  }
  if (days.length) hits.push(hit('hours', 'Business profile', 'Opening hours', days.join(' '), hits.length));
  const contact: string[] = [];
  if (b.address?.trim()) contact.push(`Our address is ${b.address.trim().replace(/\.$/, '')}.`);
  const phone = b.phone_number ?? b.twilio_number;
  if (phone) contact.push(`Our phone number is ${phoneForVisitors(phone, b)}.`);
  if (b.website?.trim()) contact.push(`Our website is ${b.website.trim()}.`);
  if (contact.length) hits.push(hit('contact', 'Business profile', 'Contact us', contact.join(' '), hits.length));
  return hits;
}
