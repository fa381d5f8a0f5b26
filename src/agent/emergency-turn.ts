import { can } from '../plans/index.js';
import type { SearchHit } from '../knowledge/service.js';
import { comesOut, type BusinessContext } from './context.js';
import { phoneForVisitors } from '../contacts/phone-display.js';
import { readIntent } from './read-intent.js';
import { composeEmergencyReply, conditionOf, EMERGENCY_LINE_QUERY, emergencyNumber, knowledgeSearchFor, safetyFor, safetyInstructions } from './emergency-reply.js';
import type { ConversationState } from './state.js';
import type { AgentTools } from './tools.js';
import type { Hazard, Triage } from './triage.js';
import { terms } from '../ai/lexical.js';

/** What an emergency turn needs of the local brain's turn: the business and its knowledge search. */
export interface EmergencyEnv {
  ctx: BusinessContext;
  tools: Pick<AgentTools, 'searchHits'>;
}

// The emergency's words from the business's own knowledge, for a turn of the local brain: the
// reply when it is recognised, and what to do when the visitor asks ("what do i do??").

/** Asking what to do now ("what do i do", "what should we do??", "help what now"). */
export const WHAT_TO_DO = /\b(?:what (?:do|should|can|shall|must) (?:i|we) do(?: now)?|what now|what to do)\b[?!.\s]*/i;

/** The knowledge for this hazard and the business's emergency line (none on a plan without a knowledge base). */
async function emergencyHits(env: EmergencyEnv, hazard: Hazard, said: string): Promise<{ safety: SearchHit[]; line: SearchHit[] }> {
  if (!can(env.ctx.business.plan, 'knowledgeBase')) return { safety: [], line: [] };
  try {
    const [safety, line] = await Promise.all([
      env.tools.searchHits(env.ctx, `${knowledgeSearchFor(hazard)} ${said.slice(0, 200)}`),
      env.tools.searchHits(env.ctx, EMERGENCY_LINE_QUERY),
    ]);
    return { safety, line };
  } catch {
    // The safety instruction falls back to the standard one; the emergency must not wait.
    return { safety: [], line: [] };
  }
}

/** The emergency reply; `withAnswer` composes it again with an answer to a question asked alongside (no second search). */
export async function emergencyReply(env: EmergencyEnv, hazard: Hazard, said: string, state: ConversationState): Promise<{ reply: string; phone: string | null; withAnswer: (answer: string) => string }> {
  const how = { said, channel: state.channel, detailsTaken: state.phase === 'DONE' };
  const hits = await emergencyHits(env, hazard, said);
  return { ...composeEmergencyReply(env.ctx, hazard, hits.safety, hits.line, how), withAnswer: (answer) => composeEmergencyReply(env.ctx, hazard, hits.safety, hits.line, { ...how, answer }).reply };
}

/**
 * "what do i do?" during an emergency: the business's own instructions for it (two at most; on a
 * call one, the most relevant: a caller cannot take in two read one after the other), leaving out
 * what `alreadySaid` holds; when the knowledge has none, the standard instruction the emergency
 * reply gave, said again (QA: "sewage is coming up in my bathtub", then "what do i do" got "I
 * don't know that one"); null when that is what `alreadySaid` holds.
 */
export async function whatToDo(env: EmergencyEnv, state: ConversationState, alreadySaid: string): Promise<{ text: string } | null> {
  const emergency = state.emergency;
  if (!emergency) return null;
  const hazard = emergency.hazard ?? 'STATED';
  const { safety } = await emergencyHits(env, hazard, emergency.summary);
  const own = safetyInstructions(hazard, safety, emergency.summary);
  const fresh = own.filter((s) => !alreadySaid.includes(s) && !conditionUnsaid(s, emergency.summary));
  if (fresh.length) return { text: fresh.slice(0, state.channel === 'CALL' ? 1 : 2).join(' ') };
  const standard = own.length ? '' : safetyFor(env.ctx, hazard, safety, emergency.summary);
  return standard && !alreadySaid.includes(standard) ? { text: standard } : null;
}

/**
 * "my tooth got knocked out what do i do" -> not also "If your face is swelling and the swelling spreads
 * to your eye or neck, ... go to the emergency room": an instruction whose condition names nothing the
 * visitor said is for another case than theirs.
 */
function conditionUnsaid(instruction: string, said: string): boolean {
  const condition = conditionOf(instruction);
  if (!condition) return false;
  const told = new Set(terms(said));
  return !terms(condition).some((w) => told.has(w));
}

/** The essentials the emergency's questions ask for: someone hurt has 911 come to them, and the team follows up; it sends no one. */
export function essentialsFor(ctx: BusinessContext, state: ConversationState): string {
  return state.emergency?.hazard === 'MEDICAL' ? 'just the essentials so the team can follow up.' : `just the essentials so ${comesOut(ctx) ? 'we can get someone to you' : 'the team can call you back urgently'}.`;
}

/** Someone in the emergency is worse now ("she passed out", "he stopped breathing" after a sting): 911 first again (else ''). */
export function worseNowLine(ctx: BusinessContext, state: ConversationState, t: Triage): string {
  return t.emergency && t.hazard === 'MEDICAL' && state.emergency?.hazard === 'MEDICAL' ? `Please call ${emergencyNumber(ctx)} now if no one has yet. ` : '';
}

/**
 * What the emergency's choice says before its first question: 911 again when someone is worse now
 * (orchard QA: "she passed out" after a sting got "OK, just the essentials"), the team's callback
 * asked for, or the line to call now.
 */
export function choicePrefix(ctx: BusinessContext, state: ConversationState, text: string, t: Triage, phone: string | null | undefined): string {
  const essentials = essentialsFor(ctx, state);
  const worse = worseNowLine(ctx, state, t);
  if (worse) return `${worse}Meanwhile, ${essentials}`;
  if (/\b(?:call ?back|ring me|call me)\b/i.test(text)) return 'OK, let me take your details so the team can call you back.';
  if (/\b(?:call|connect|phone|dial)\b/i.test(text) && phone && !readIntent(text).question) return `Please call ${phoneForVisitors(phone, ctx.business)} now. In case the line is busy, let me take your details too.`;
  return `OK, ${essentials}`;
}
