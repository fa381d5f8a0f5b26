import type { Kysely } from 'kysely';
import type { AgentConfig, Business, Database, LeadQuestion } from '../db/schema.js';
import { isUuid } from '../db/ids.js';
import { limit } from '../plans/index.js';
import { fallbackQuestions } from './trade-defaults.js';

// Everything the brain needs to know about one business for one turn, loaded with the tenant
// filter. Lead questions beyond the plan's limit are dropped here, so no edge can exceed it.

export interface BusinessContext {
  business: Business;
  agent: Pick<AgentConfig, 'agent_name' | 'persona' | 'instructions' | 'welcome_message' | 'voice_greeting' | 'faq' | 'emergency_keywords' | 'emergency_sensitivity' | 'transfer_numbers'>;
  questions: LeadQuestion[];
}

const DEFAULT_AGENT: BusinessContext['agent'] = {
  agent_name: 'Assistant',
  persona: '',
  instructions: '',
  welcome_message: 'Hi! How can I help you today?',
  voice_greeting: 'Hello, how can I help you today?',
  faq: [],
  emergency_keywords: [],
  emergency_sensitivity: 5,
  transfer_numbers: [],
};

export async function loadBusinessContext(db: Kysely<Database>, businessId: string): Promise<BusinessContext | null> {
  if (!isUuid(businessId)) return null;
  const [business, agent, questions] = await Promise.all([
    db.selectFrom('businesses').selectAll().where('id', '=', businessId).executeTakeFirst(),
    db
      .selectFrom('agent_configs')
      .select(['agent_name', 'persona', 'instructions', 'welcome_message', 'voice_greeting', 'faq', 'emergency_keywords', 'emergency_sensitivity', 'transfer_numbers'])
      .where('business_id', '=', businessId)
      .executeTakeFirst(),
    db.selectFrom('lead_questions').selectAll().where('business_id', '=', businessId).orderBy('position').orderBy('created_at').execute(),
  ]);
  if (!business) return null;
  const max = limit(business.plan, 'leadQuestions');
  // A business with no lead questions still gets a name and a phone number with each lead.
  const asked = questions.length ? questions : fallbackQuestions(business.id, business.created_at);
  return {
    business,
    agent: agent ? { ...agent, faq: Array.isArray(agent.faq) ? agent.faq : [] } : DEFAULT_AGENT,
    questions: Number.isFinite(max) ? asked.slice(0, max) : asked,
  };
}

/**
 * The number a visitor should call for an immediate connection: the business's own phone, or the
 * agent's line when a call to it can be put through to someone (transfer numbers, or the owner's
 * phone for alerts: voice/stream-auth.transferNumbersOf). The agent's line alone reaches no one
 * sooner than a callback (QA: a new auto shop's chat told a driver with smoke under the hood to
 * "call it now to reach someone straight away", a line only the agent answers).
 */
export function contactPhone(ctx: BusinessContext): string | null {
  const { phone_number: own, twilio_number: line, notification_phone: owner } = ctx.business;
  if (own) return own;
  return line && (owner || (ctx.agent.transfer_numbers ?? []).length > 0) ? line : null;
}

/**
 * The business comes out to the job (it must know where; or its questions are not known): an
 * emergency's questions are "so we can get someone to you". An address asked only if it applies
 * (a "Something else" business: a locksmith, or an auto shop its customers drive to) promises no one.
 */
export function comesOut(ctx: Partial<Pick<BusinessContext, 'questions'>>): boolean {
  return !ctx.questions || ctx.questions.some((q) => q.maps_to === 'ADDRESS' && q.required);
}
