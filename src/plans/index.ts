import type { Plan } from '../db/schema.js';

// The one table of what each plan includes. Nothing else in the code base names a tier's
// features: ask can(plan, feature) or limit(plan, name).

export const PLANS = ['FREE', 'BASIC', 'PRO'] as const satisfies readonly Plan[];

export const FEATURES = {
  chatWidget: 'Website chat widget',
  basicFaq: 'Answers from the business profile and agent FAQ',
  emailNotifications: 'E-mail notifications',
  basicAnalytics: 'Basic analytics',
  unlimitedLeadQuestions: 'Unlimited lead questions',
  knowledgeBase: 'Knowledge-base management (RAG)',
  priorityEmailNotifications: 'Priority e-mail notifications',
  enhancedAnalytics: 'Enhanced analytics',
  realtimeVoice: 'Realtime voice agent',
  voiceConfiguration: 'Voice configuration',
  emergencyVoiceCalls: 'Emergency voice calls',
  projectSync: 'Client and project sync',
  advancedAnalytics: 'Advanced analytics',
  sessionMonitoring: 'Live session and WebSocket monitoring',
  brandingRemoval: 'Branding removal on the widget',
  outgoingWebhooks: 'Outgoing webhooks',
} as const;

export type Feature = keyof typeof FEATURES;

export const LIMIT_NAMES = ['leadQuestions', 'knowledgeItems', 'concurrentCalls', 'chatMessagesPerDay', 'apiKeys', 'teamMembers'] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];

interface PlanDefinition {
  features: readonly Feature[];
  limits: Record<LimitName, number>;
}

const FREE_FEATURES = ['chatWidget', 'basicFaq', 'emailNotifications', 'basicAnalytics'] as const satisfies readonly Feature[];
const BASIC_FEATURES = [
  ...FREE_FEATURES,
  'unlimitedLeadQuestions',
  'knowledgeBase',
  'priorityEmailNotifications',
  'enhancedAnalytics',
  'outgoingWebhooks',
] as const satisfies readonly Feature[];
const PRO_FEATURES = [
  ...BASIC_FEATURES,
  'realtimeVoice',
  'voiceConfiguration',
  'emergencyVoiceCalls',
  'projectSync',
  'advancedAnalytics',
  'sessionMonitoring',
  'brandingRemoval',
] as const satisfies readonly Feature[];

/** Infinity means "no limit". */
export const PLAN_TABLE: Record<Plan, PlanDefinition> = {
  FREE: {
    features: FREE_FEATURES,
    limits: { leadQuestions: 5, knowledgeItems: 0, concurrentCalls: 0, chatMessagesPerDay: 500, apiKeys: 2, teamMembers: 2 },
  },
  BASIC: {
    features: BASIC_FEATURES,
    limits: { leadQuestions: Infinity, knowledgeItems: 200, concurrentCalls: 2, chatMessagesPerDay: 5000, apiKeys: 10, teamMembers: 10 },
  },
  PRO: {
    features: PRO_FEATURES,
    limits: { leadQuestions: Infinity, knowledgeItems: 5000, concurrentCalls: 20, chatMessagesPerDay: 50_000, apiKeys: 50, teamMembers: 50 },
  },
};

export function can(plan: Plan, feature: Feature): boolean {
  return PLAN_TABLE[plan].features.includes(feature);
}

export function limit(plan: Plan, name: LimitName): number {
  return PLAN_TABLE[plan].limits[name];
}

/** The cheapest tier that includes a feature (for "upgrade to X" messages). */
export function cheapestPlanWith(feature: Feature): Plan {
  const found = PLANS.find((p) => can(p, feature));
  if (!found) throw new RangeError(`no plan includes ${feature}`);
  return found;
}

/** The cheapest tier whose limit is at least `needed`. */
export function cheapestPlanAllowing(name: LimitName, needed: number): Plan | undefined {
  return PLANS.find((p) => limit(p, name) >= needed);
}
