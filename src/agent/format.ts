import { afterAcknowledgement } from './acknowledge.js';
import type { Project } from '../db/schema.js';
import { LEADING_GREETING } from './intents.js';
import { namesOnlySchedule } from './subject-words.js';

// How project status reads to a client. Dates are shown in the business's timezone-neutral
// calendar form (due dates are dates, not instants).

const STATUS_WORDS: Record<string, string> = {
  IN_PROGRESS: 'in progress',
  COMPLETED: 'completed',
  DONE: 'completed',
  NOT_STARTED: 'not started yet',
  ON_HOLD: 'on hold',
  BLOCKED: 'on hold',
  PLANNED: 'planned',
};

export function describeProject(p: Pick<Project, 'name' | 'status' | 'progress' | 'due_date' | 'task_count' | 'completed_task_count' | 'description'>): string {
  const status = STATUS_WORDS[p.status.toUpperCase()] ?? p.status.toLowerCase().replace(/_/g, ' ');
  const parts = [`${p.name}: ${status}`];
  if (p.progress !== null && p.progress !== undefined && p.status.toUpperCase() !== 'COMPLETED') parts.push(`${Math.round(p.progress)}% done`);
  if (p.task_count > 0 && p.status.toUpperCase() !== 'COMPLETED') parts.push(`${p.completed_task_count} of ${p.task_count} tasks finished`);
  if (p.due_date) {
    const d = new Date(p.due_date);
    if (!Number.isNaN(d.getTime())) parts.push(`${p.status.toUpperCase() === 'COMPLETED' ? 'finished' : 'due'} ${d.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' })}`);
  }
  return parts.join(', ') + '.';
}

// What the visitor said, as the team reads it in a lead or an alert: a leading greeting
// ("hi", "hey there,", "hello!", "good morning"), a hesitation ("um", "uh"), an acknowledgement said first ("great, ...") and a caller introducing themselves ("this is
// Sam Park.": the name is the lead's own field) are not part of the problem. Nothing else is
// changed: the team sees the visitor's own words.

/** "this is Sam Park.", "my name is Ana, ": a name said as a name (capitalised), then a stop. */
const INTRODUCTION = /^(?:[Tt]his is|[Mm]y name is|[Mm]y name's)\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?(?:\s+(?:here|calling|speaking))?\s*[.,!;-]+\s*/;

const FILLER = String.raw`(?:um+|uh+|er+|erm|hmm+|ah+|yeah|yea|yep|ok|okay|so)\b[\s,.!?]*`;
const LEADING_FILLERS = new RegExp(`^(?:${FILLER})+`, 'i');
const FILLERS_ONLY = new RegExp(`^(?:${FILLER})+$`, 'i');

export function visitorWords(text: string, max = 500): string {
  const t = text.trim();
  // "hey um there's water...", "yeah um i got water coming through the ceiling", "so uh my tap...": a
  // caller's hesitation and the fillers a phone transcript opens on are not part of the problem either.
  // ("yeah hi my crown fell off": a filler before the greeting too.)
  // ("great, i'd like to book a party", "thanks, the sink is leaking": acknowledge's own reading; "cool air won't come out" keeps its "cool".)
  const unfilled = ((x) => afterAcknowledgement(x) ?? x)(t.replace(LEADING_GREETING, ''));
  const filled = FILLERS_ONLY.test(unfilled) ? unfilled : unfilled.replace(LEADING_FILLERS, '');
  const greeted = filled !== unfilled && filled.replace(LEADING_GREETING, '').length >= 3 ? filled.replace(LEADING_GREETING, '') : filled;
  const introduced = greeted.replace(INTRODUCTION, '');
  const rest = introduced.length >= 3 ? introduced : greeted;
  const kept = rest.length >= 3 ? rest : t;
  return kept.slice(0, max);
}

/** The problem so far with what the visitor added (each said once, in order; the lead's issue holds 2000). */
export function withIssue(before: string | null | undefined, added: string | null | undefined): string {
  if (!added) return before ?? '';
  if (!before) return added;
  if (added.toLowerCase().includes(before.toLowerCase())) return added;
  // Sentence by sentence: what the line already says is not said twice.
  const have = before.toLowerCase();
  const fresh = added.split(/(?<=[.!?])\s+/).filter((part) => !have.includes(part.replace(/[.!?\s]+$/, '').toLowerCase()));
  if (fresh.length === 0) return before;
  // ("... an inspection monday?" keeps its question mark: no "monday?." before what follows.)
  const head = before.replace(/[.!\s]+$/, '');
  return `${head}${/\?$/.test(head) ? '' : '.'} ${fresh.join(' ')}`.slice(0, 1500);
}

/** A follow-up that names nothing of the job ("how much", "and when?", "price?"). */
const NAMES_NOTHING = /^(?:(?:and|so|ok|okay|um|uh|but)[\s,]+)*(?:how (?:much|long|many|soon|often)(?: (?:is|does|will|would) (?:it|that|this)(?: (?:cost|be|take))?)?|what(?:'s|s| is| about)? (?:the )?(?:price|cost|fee)|(?:the )?(?:price|cost|fee)|when|why|really|how come)[\s?!.]*$/i;

/**
 * What the visitor just asked or said, kept with the message before it ("how much for a sweep",
 * "i have a wood stove too"): what a request that follows is about. Two messages, not the whole
 * chat: "what are your hours" three questions back is not part of the job.
 */
export function remember(state: { recent?: string[]; lastQuestion?: string | null }, said: string): void {
  // ("how much" after "do you do drain cleaning" names nothing: the owner's problem line reads without it.)
  if (NAMES_NOTHING.test(said)) return;
  // ("are you open" before "my truck wont start ...": when the business is open is no part of the job either.)
  if (namesOnlySchedule(said)) return;
  state.recent = [...(state.recent ?? []).filter((x) => x !== said), said].slice(-2);
  state.lastQuestion = state.recent.reduce<string | null>((all, x) => withIssue(all, x), null);
}

/**
 * A greeting typed long or in another form ("hii", "heyyy", "helloo", "hiya", "howdy") is read as
 * "hi": the rules that skip a greeting before a question know the plain forms only (QA: "hii do u
 * do balayage" got "I don't know that", "hi do u do balayage" the price).
 */
export function plainGreeting(text: string): string {
  const t = text.replace(/^\s*(?:h+i{2,}|he+y{2,}|he{2,}y+|hel+o{2,}|hiya|heya|howdy|hallo|hullo)\b/i, 'hi');
  // "hi there, is the install price ...", "good morning team :) do you ...": "hi" and the question.
  const rest = t.replace(LEADING_GREETING, '');
  return rest && rest.length < t.length && /\p{L}/u.test(rest) ? `hi ${rest}` : t;
}
