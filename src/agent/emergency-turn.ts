import { can } from '../plans/index.js';
import type { SearchHit } from '../knowledge/service.js';
import type { BusinessContext } from './context.js';
import { composeEmergencyReply, conditionOf, EMERGENCY_LINE_QUERY, knowledgeSearchFor, safetyFor, safetyInstructions } from './emergency-reply.js';
import type { ConversationState } from './state.js';
import type { AgentTools } from './tools.js';
import type { Hazard } from './triage.js';
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
  const fresh = own.filter((s) => !alreadySaid.includes(s) && !forAnotherCase(s, emergency.summary));
  if (fresh.length) return { text: fresh.slice(0, state.channel === 'CALL' ? 1 : 2).join(' ') };
  const standard = own.length ? '' : safetyFor(env.ctx, hazard, safety, emergency.summary);
  return standard && !alreadySaid.includes(standard) ? { text: standard } : null;
}

/**
 * "my tooth got knocked out what do i do" -> not also "If your face is swelling and the swelling spreads
 * to your eye or neck, ... go to the emergency room": an instruction whose condition names nothing the
 * visitor said is for another case than theirs.
 */
function forAnotherCase(instruction: string, said: string): boolean {
  const condition = conditionOf(instruction);
  if (!condition) return false;
  const told = new Set(terms(said));
  return !terms(condition).some((w) => told.has(w));
}
