import { businessCountry, extractPhone, saidEmail } from '../contacts/index.js';
import type { BusinessContext } from './context.js';
import type { ConversationState } from './state.js';
import type { AgentTools } from './tools.js';
import { triage, type Triage } from './triage.js';
import type { TriageSignals } from './triage-learned.js';
import { updatePriority } from './priority.js';
import { visitorWords } from './format.js';

// What one visitor message tells before any reply: the contact details it leaves, its priority,
// and whether it reports an emergency (a new one, or a second hazard in the same conversation).

export interface TurnEnv {
  ctx: BusinessContext;
  tools: AgentTools;
  now: Date;
  /** Severity from a model judge, when one is configured. */
  judgeSeverity?: (text: string) => Promise<number | null>;
  /** The per-turn signals step (the learned triage over the sentence encoder); the rules alone when absent. */
  signals?: TriageSignals;
}

/** Updates priority, identities and emergency state from one visitor message. */
export async function observe(env: TurnEnv, state: ConversationState, text: string): Promise<{ newEmergency: boolean; triage: Triage }> {
  const answering = state.phase === 'LEAD' && !!state.pendingQuestionId;
  const country = businessCountry(env.ctx.business);
  const email = saidEmail(text);
  const phone = extractPhone(text, country, { lookup: true });
  for (const id of [email, phone]) if (id && !state.identities.includes(id) && state.identities.length < 10) state.identities.push(id);
  // A name, a phone number or a time given as an answer is no report of trouble: the rules read it, the encoder is not asked.
  const pending = answering ? env.ctx.questions.find((q) => q.id === state.pendingQuestionId) : undefined;
  const plainAnswer = !!pending && (['NAME', 'EMAIL', 'PHONE', 'ADDRESS', 'PREFERRED_TIME'].includes(pending.maps_to ?? '') || ['EMAIL', 'PHONE', 'DATE', 'NUMBER'].includes(pending.expected_format));
  const options = { keywords: env.ctx.agent.emergency_keywords };
  const t = env.signals && !plainAnswer ? await env.signals.triage(text, options) : triage(text, options);
  let severity = t.severity;
  let isEmergency = t.emergency;
  if (env.judgeSeverity && (t.emergency || t.kind === 'problem' || t.kind === 'high' || t.kind === 'contained' || t.kind === 'request')) {
    const judged = await env.judgeSeverity(text).catch(() => null);
    if (judged !== null) {
      // The model can raise what the rules found, never drop it: a rule-found emergency stays one,
      // at no less than the rules' severity.
      severity = t.emergency ? Math.max(judged, t.severity) : judged;
      // The owner's sensitivity (1-10) sets how serious a message the rules missed must be judged.
      const threshold = Math.min(9, Math.max(3, 12 - (env.ctx.agent.emergency_sensitivity || 5)));
      isEmergency = t.emergency || judged >= threshold;
    }
  }
  if (!isEmergency) {
    updatePriority(state, t, text, answering, pending?.maps_to === 'ISSUE');
    return { newEmergency: false, triage: t };
  }
  const before = state.emergency?.severity ?? 0;
  const seenHazards = state.emergency ? [state.emergency.hazard, ...(state.emergency.laterHazards ?? [])] : [];
  env.tools.reportEmergency(env.ctx, state, { severity, summary: visitorWords(text), matched: t.matched.filter((m) => !m.endsWith(')')), hazard: t.hazard ?? 'STATED' });
  // A second, different hazard in the same conversation (a leak, then a gas smell) gets its own
  // safety instruction: it is as new to the visitor's safety as the first one was.
  const newHazard = before > 0 && !!t.hazard && t.hazard !== 'STATED' && t.hazard !== 'CUSTOM' && !seenHazards.includes(t.hazard);
  if (newHazard && state.emergency) state.emergency.laterHazards = [...(state.emergency.laterHazards ?? []), t.hazard!].slice(-5);
  return { newEmergency: before === 0 || (before < 8 && (state.emergency?.severity ?? 0) >= 8) || newHazard, triage: t };
}
