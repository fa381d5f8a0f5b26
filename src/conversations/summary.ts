import { visitorWords } from '../agent/format.js';
import { ASKS_IF_THERE, GREETING } from '../agent/intents.js';
import { asksForPerson } from '../agent/lead-messages.js';
import { readIntent } from '../agent/read-intent.js';
import { describesProblem } from '../agent/triage.js';
import { DEFAULT_COUNTRY, extractEmail, extractPhone, withoutEmails, type CountryCode } from '../contacts/index.js';

// After a call or a chat: a short local summary and a best-effort lead from what the caller
// said, when the model never called capture_lead. Deterministic, no network. Shared by the
// phone (realtime and Gather) and website chat, so both word the same facts the same way.

/** One line of a transcript: who said it and what. */
export interface TranscriptEntry {
  role: 'user' | 'assistant';
  text: string;
}

// ("This is Carla Diaz, ...": the introduction word capitalised at the start of a sentence too.)
const NAME = /\b(?:[Mm]y name is|[Tt]his is|[Ii] am|[Ii]'m)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/;

export interface ExtractedLead {
  name?: string;
  phone?: string;
  email?: string;
  issue?: string;
}

/**
 * A line where the caller asks the team for something or tells what is wrong ("my car is at the
 * safeway, can someone come unlock it", "can i talk to someone", "the furnace quit"): not a
 * question about the business ("how much is a lockout", "do you work weekends").
 */
function asksTheTeam(line: string): boolean {
  return readIntent(line).wantsService || asksForPerson(line) || describesProblem(line);
}

/**
 * The caller asked for something the team acts on (a visit, a booking, a callback, a person, a
 * problem told) or left a name, a number or an e-mail to be reached on. A call of questions only
 * does not: it leaves its conversation and summary and no lead, on every path (the Gather loop
 * knows it from the agent's state; a realtime call, and a Gather call whose state is gone, read
 * it here). The caller ID alone is no request.
 */
export function asksForSomething(history: TranscriptEntry[], country: CountryCode = DEFAULT_COUNTRY): boolean {
  const said = history.filter((h) => h.role === 'user').map((h) => h.text);
  if (said.some(asksTheTeam)) return true;
  const all = said.join(' ');
  return !!(extractPhone(all, country) || extractEmail(all) || NAME.test(all));
}

export function extractLead(history: TranscriptEntry[], country: CountryCode = DEFAULT_COUNTRY): ExtractedLead | undefined {
  const said = history.filter((h) => h.role === 'user').map((h) => h.text);
  if (said.length === 0) return undefined;
  const all = said.join(' ');
  const lead: ExtractedLead = {};
  const phone = extractPhone(all, country);
  if (phone) lead.phone = phone;
  const email = extractEmail(all);
  if (email) lead.email = email;
  const name = NAME.exec(all)?.[1];
  if (name) lead.name = name;
  // The longest thing the caller said is usually the problem; contact details are short. It
  // reads as the chat's lead does (visitorWords: a leading "Hi," is not part of the problem).
  // What they asked the team for comes before what they asked about (QA: "how much does a tow
  // from the highway to spokane valley cost" was the issue, not "my car broke down on I-90").
  const asking = said.filter(asksTheTeam);
  const issue = (asking.length ? asking : said).map((s) => visitorWords(s, 1000)).sort((a, b) => withoutEmails(b).length - withoutEmails(a).length)[0];
  if (issue) lead.issue = issue;
  return lead;
}

/** Said to open a conversation and nothing more ("how are you", "yeah", "ok"). */
const SMALL_TALK = /^(?:how (?:are|r) (?:you|u|ya)(?: doing| today)?|how(?:'s| is|s) it going|yeah|yes|yep|ok|okay|um+|uh+|hm+)[\s?!.,]*$/i;

/** The agent's words when the knowledge had no answer (agent/policy.ts and the local brain say it so). */
const DONT_KNOW = /\bI don'?t know that\b/i;

/** Also summarises a website chat (`channel: 'CHAT'`): same facts, chat wording. */
export function summariseCall(
  history: TranscriptEntry[],
  facts: { durationSec: number; tools: Record<string, number>; emergency: boolean; leadCaptured: boolean; interruptions: number; channel?: 'CALL' | 'CHAT' },
): string {
  const chat = facts.channel === 'CHAT';
  const said = history.filter((h) => h.role === 'user').map((h) => h.text);
  const parts: string[] = [];
  parts.push(`${facts.emergency ? `EMERGENCY ${chat ? 'chat' : 'call'}` : chat ? 'Chat' : 'Call'} of ${facts.durationSec}s.`);
  // The first thing said that is more than a greeting, without its "yeah hi" (QA: a dentist read
  // 'Visitor: "yeah hi my crown fell off yesterday"' and 'Visitor: "hi" (+3 more)').
  const opening = said.findIndex((s) => ((w) => !GREETING.test(w) && !ASKS_IF_THERE.test(w) && !SMALL_TALK.test(w))(visitorWords(s).trim()));
  const first = opening < 0 ? 0 : opening;
  if (said.length) parts.push(`${chat ? 'Visitor' : 'Caller'}: "${visitorWords(said[first]!, 200)}"${said.length > first + 1 ? ` (+${said.length - first - 1} more)` : ''}.`);
  else parts.push(chat ? 'The visitor wrote nothing.' : 'The caller said nothing the agent understood.');
  // What the agent could not answer ("I don't know that, but ..."): the owner sees what was missed
  // (a call or a chat of questions only leaves no lead, so this is where the owner reads it).
  const missed = history.flatMap((h, i) => (h.role === 'assistant' && i > 0 && history[i - 1]!.role === 'user' && DONT_KNOW.test(h.text) ? [history[i - 1]!.text.trim().slice(0, 120)] : []));
  if (missed.length) parts.push(`Not answered: ${[...new Set(missed)].slice(0, 3).map((q) => `"${q}"`).join(', ')}.`);
  const tools = Object.entries(facts.tools).map(([k, v]) => (v > 1 ? `${k} x${v}` : k));
  if (tools.length) parts.push(`Agent actions: ${tools.join(', ')}.`);
  parts.push(facts.leadCaptured ? 'Lead captured.' : 'No lead captured.');
  if (facts.interruptions) parts.push(`Caller interrupted ${facts.interruptions} time(s).`);
  return parts.join(' ');
}
