import type { Priority } from '../db/schema.js';
import type { ConversationState } from './state.js';
import type { Triage } from './triage.js';
import { describesProblem, triage } from './triage.js';
import { readIntent, reservesSomething, toldMishap } from './read-intent.js';

// Priority of a conversation, by the rule in triage.ts. The first message that says what the
// visitor wants sets it; later messages can raise it (a same-day need, a stated deadline) or
// defer it ("no rush"), but neutral follow-ups ("can someone call me back about this", a name,
// a phone number) never change it.

/** Priority of a single message (used by the voice fallback and tests). */
export function detectPriority(text: string, isEmergency: boolean): Priority {
  if (isEmergency) return 'URGENT';
  const r = triage(text);
  return r.priority === 'URGENT' ? 'HIGH' : r.priority;
}

export const CALLBACK_ONLY = /^(?:(?:can|could|would) (?:someone|somebody|you) (?:please )?(?:call|ring|phone|get back to|contact) me(?: back)?|(?:please )?call me(?: back)?|(?:request a |i'd like a |i want a )?call ?back|have someone (?:contact|call) me|get in touch|contact me|book a visit|have someone contact me)\b(?:\s+(?:about (?:this|that|it)|please|asap|today|now))*[.!?]*$/i;

/**
 * The visitor tells of the job they want done ("we have an old fuse box and want to upgrade to 200
 * amp", "we're planning a new kitchen", "i need a new panel") or of something wrong: after a
 * question, that is a prospective job, routine work (NORMAL), not an information question (LOW).
 */
const WANTS_WORK = /\b(?:(?:i|we)(?:'d| would| really| just)?|i'm|im|we're|were|and|so)\s+(?:want|wanna|need|would like|'d like|am looking|are looking|looking|hoping|plan|planning|are planning|am planning|thinking (?:about|of)|getting|are getting|am getting)\s+(?:to (?!(?:know|ask|check|find out|see|understand|confirm|make sure|say|tell)\b)\w+|(?:a|an|the|some|new|our|my|it|this|that|them|one|\d+)\b)/i;

function describesWork(text: string): boolean {
  if (readIntent(text).question) return false;
  // ("my crown fell off yesterday" after a price question: trouble told, though no breakdown word is in it.)
  return WANTS_WORK.test(text) || describesProblem(text) || toldMishap(text);
}

/**
 * Folds one visitor message into the conversation's priority. `answering`: it answers a lead
 * question; `answersIssue`: the question that asks what the job or the problem is.
 */
export function updatePriority(state: ConversationState, t: Triage, text: string, answering: boolean, answersIssue = false): void {
  if (t.emergency) return;
  const current = state.priority ?? null;
  if (t.kind === 'high' || t.kind === 'contained') {
    state.priority = 'HIGH';
    state.cues.high = true;
    return;
  }
  if (t.kind === 'deferred') {
    // "Whenever works" as the preferred time is flexibility, not a request to defer the job.
    if (answering) return;
    if (current !== 'HIGH') state.priority = 'LOW';
    state.cues.low = true;
    return;
  }
  const raised = current === 'LOW' && !state.cues.low;
  // A question asked first, then the job the visitor wants told (also as the answer to "what is the
  // job?"): a prospective job (QA: "how much for a new panel?", then the project, stayed LOW). (Not
  // after admin or feedback: "i need it for my taxes" after asking for an invoice copy is no job.)
  const toldJob = () => raised && !!state.cues.asked && describesWork(text);
  if (answering) {
    if (answersIssue && toldJob()) state.priority = 'NORMAL';
    return;
  }
  if (CALLBACK_ONLY.test(text.trim())) return;
  // ("how much is a package of 10", then "can we book her first lesson next tuesday": the booking is the work asked for.)
  // (Read only when it can matter: a conversation still LOW.)
  const asksForWork = () => t.kind === 'request' || readIntent(text).wantsService;
  if (current === null) {
    // ("table for 4 tonight at 7?", "any openings tomorrow?": a question in form that asks for the work is a booking, not information.)
    // (Only a time asked for: "just curious what the class schedule looks like" or "if a pipe bursts at night can
    // you come out?" ask about the service, and stay LOW.)
    // ("can i reserve a 10x10 for next saturday": a request in a question's form, nothing to look up, is a booking too;
    // storage QA: the owner's e-mail read "New lead (low priority)".)
    if (t.kind === 'question' && t.priority === 'LOW' && ((i) => i.availability || (i.requestOnly && reservesSomething(text)))(readIntent(text))) state.priority = 'NORMAL';
    else if (t.kind !== 'other') state.priority = t.priority;
    if (state.priority === 'LOW' && t.kind === 'question') state.cues.asked = true;
  }
  // Asked about something first, then asked for the work itself: routine service.
  else if (raised && (asksForWork() || toldJob())) state.priority = 'NORMAL';
}
