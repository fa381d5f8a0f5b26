import type { SearchHit, Vocabulary } from '../knowledge/service.js';
import { phoneForVisitors } from '../contacts/phone-display.js';
import { describeDays, type Weekday } from '../schedule/index.js';
import type { BusinessContext } from './context.js';

// What the owner typed into the console (the "What you do" text, the agent FAQ, the opening hours,
// address, phone and website) read as a small knowledge base of its own. It is all a FREE business
// has to answer from, and what a business on a knowledge plan still has before (or beyond) its
// documents: "how much for a tune up" is answered from "A basic tune-up is $89" in the profile,
// "do i have to be there" from the FAQ entry "Do I need to be home?". The same extractive reader
// as the knowledge base ranks these units; nothing here is stored or searched in the database.

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MAX_FAQ = 200;
const MAX_DESCRIPTION = 20_000;

const hit = (id: string, title: string, heading: string, content: string, rank: number): SearchHit => ({
  chunkId: `profile:${id}`,
  itemId: 'profile',
  title,
  heading,
  content,
  score: 1 / (rank + 1),
});

/** The business profile and FAQ as search hits, in the order the owner wrote them (empty when nothing is filled in). */
export function profileHits(ctx: BusinessContext): SearchHit[] {
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
  const days = WEEK.map((d) => describeDays(b.business_hours, [d])).filter((s): s is string => !!s);
  if (days.length) hits.push(hit('hours', 'Business profile', 'Opening hours', days.join(' '), hits.length));
  const contact: string[] = [];
  if (b.address?.trim()) contact.push(`Our address is ${b.address.trim().replace(/\.$/, '')}.`);
  const phone = b.phone_number ?? b.twilio_number;
  if (phone) contact.push(`Our phone number is ${phoneForVisitors(phone, b)}.`);
  if (b.website?.trim()) contact.push(`Our website is ${b.website.trim()}.`);
  if (contact.length) hits.push(hit('contact', 'Business profile', 'Contact us', contact.join(' '), hits.length));
  return hits;
}

/** The words of the profile hits with the number of hits each occurs in (the knowledge base's `vocabulary`, for these hits). */
export function profileVocabulary(hits: SearchHit[]): Vocabulary | null {
  if (!hits.length) return null;
  const words = new Map<string, number>();
  for (const h of hits) for (const w of new Set(`${h.heading} ${h.content}`.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? [])) words.set(w, (words.get(w) ?? 0) + 1);
  return { docs: hits.length, words };
}
