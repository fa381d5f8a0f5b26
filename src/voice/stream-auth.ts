import { createHash, createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AgentConfig, Business, Database } from '../db/schema.js';
import type { SessionStore } from '../sessions/index.js';
import { normalizeInternational } from '../contacts/index.js';
import { can, limit } from '../plans/index.js';
import { hoursForModel, openStatus, warnOncePerZone, type OnBadTimezone } from '../schedule/index.js';
import type { CallSetup, StartInfo } from './bridge-types.js';
import type { CallRegistry } from './call-registry.js';
import type { VoiceAgentProfile } from './realtime-session.js';
import { signStreamToken, verifyStreamToken, type StreamTokenClaims } from './stream-token.js';

// Who may open a media stream: the token the answering TwiML handed to Twilio comes back in
// start.customParameters. It must be ours, unexpired, issued for this CallSid, and unused: the
// first socket to present it claims it (in the sessions store, so every app instance sees the
// claim), a second socket with it is refused before any OpenAI session is opened.

export const TOKEN_TTL_MS = 60_000;

export type BusinessRow = Pick<Business, 'id' | 'name' | 'plan' | 'twilio_number' | 'phone_number' | 'description' | 'address' | 'website' | 'timezone' | 'business_hours' | 'notification_phone'>;
export const BUSINESS_COLUMNS = ['id', 'name', 'plan', 'twilio_number', 'phone_number', 'description', 'address', 'website', 'timezone', 'business_hours', 'notification_phone'] as const;

export type StreamRefusal = 'bad-token' | 'token-replay' | 'no-business' | 'call-limit';

export interface StreamAuthDeps {
  db: Kysely<Database>;
  sessions: SessionStore;
  registry: CallRegistry;
  jwtSecret: string | undefined;
  now: () => number;
  log: { warn(obj: object, msg: string): void };
  onRefused(reason: StreamRefusal): void;
}

/** Where transfer_call dials, in order: the agent's transfer numbers, else the business's own phone. */
export function transferNumbersOf(business: Pick<BusinessRow, 'phone_number' | 'notification_phone'>, agent: Pick<AgentConfig, 'transfer_numbers'> | undefined): string[] {
  const configured = (agent?.transfer_numbers ?? []).filter((n) => normalizeInternational(n) === n).slice(0, 3);
  if (configured.length > 0) return configured;
  const fallback = business.phone_number ?? business.notification_phone;
  return fallback ? [fallback] : [];
}

export function profileOf(business: BusinessRow, agent: AgentConfig | undefined, leadQuestions: Array<{ question: string; required: boolean; essential_for_emergency: boolean }>, now: number, onBadTimezone?: OnBadTimezone): VoiceAgentProfile {
  const open = openStatus(business.business_hours, business.timezone, new Date(now), { onBadTimezone });
  return {
    businessName: business.name,
    description: business.description ?? '',
    address: business.address,
    website: business.website,
    agentName: agent?.agent_name ?? 'the assistant',
    persona: agent?.persona ?? '',
    instructions: agent?.instructions ?? '',
    voiceGreeting: agent?.voice_greeting ?? `Thanks for calling ${business.name}. How can I help you today?`,
    voice: agent?.realtime_voice ?? 'alloy',
    faq: (agent?.faq ?? []).slice(0, 30),
    leadQuestions: leadQuestions.map((q) => ({ question: q.question, required: q.required, essentialForEmergency: q.essential_for_emergency })),
    emergencyKeywords: agent?.emergency_keywords ?? [],
    interruptionDelayMs: agent?.interruption_delay_ms ?? 0,
    openNow: open ? open.open : null,
    hoursText: hoursForModel(business.business_hours, business.timezone, open),
  };
}

export function createStreamAuth(deps: StreamAuthDeps) {
  const { db } = deps;
  // Derived, so the stream token secret is never the JWT secret itself.
  const secret = createHmac('sha256', deps.jwtSecret ?? 'dev').update('voice-stream-token').digest('base64url');
  const claimed = deps.sessions;
  const onBadTimezone = warnOncePerZone(deps.log);

  function issue(claims: Omit<StreamTokenClaims, 'exp'>): string {
    return signStreamToken(secret, { ...claims, exp: deps.now() + TOKEN_TTL_MS });
  }

  /** First use wins, across instances: an atomic counter in the sessions store, kept past the token's life. */
  async function claim(token: string, callSid: string): Promise<boolean> {
    const key = `voice-stream-token:${callSid}:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}`;
    const r = await claimed.hit(key, 1, TOKEN_TTL_MS * 2);
    return r.allowed;
  }

  async function authorize(start: StartInfo): Promise<CallSetup | undefined> {
    const claims = verifyStreamToken(secret, start.customParameters.token, start.callSid, deps.now());
    if (!claims) {
      deps.onRefused('bad-token');
      return undefined;
    }
    if (!(await claim(start.customParameters.token!, start.callSid))) {
      deps.log.warn({ callSid: start.callSid }, 'stream token replayed: refused');
      deps.onRefused('token-replay');
      return undefined;
    }
    const business = await db.selectFrom('businesses').select(BUSINESS_COLUMNS).where('id', '=', claims.businessId).executeTakeFirst();
    if (!business || !can(business.plan, 'realtimeVoice')) {
      deps.onRefused('no-business');
      return undefined;
    }
    const conv = await db
      .selectFrom('conversations')
      .select(['id', 'from_number'])
      .where('business_id', '=', business.id)
      .where('id', '=', claims.conversationId)
      .where('call_sid', '=', start.callSid)
      .executeTakeFirst();
    if (!conv) {
      deps.onRefused('no-business');
      return undefined;
    }
    const [agent, questions, leads] = await Promise.all([
      db.selectFrom('agent_configs').selectAll().where('business_id', '=', business.id).executeTakeFirst(),
      db.selectFrom('lead_questions').select(['question', 'required', 'essential_for_emergency']).where('business_id', '=', business.id).orderBy('position').limit(50).execute(),
      // A resumed call keeps the lead it already has (capture_lead then updates it).
      claims.resume
        ? db.selectFrom('leads').select(['id', 'is_emergency']).where('business_id', '=', business.id).where('conversation_id', '=', conv.id).orderBy('created_at').execute()
        : Promise.resolve([]),
    ]);
    if (!deps.registry.reserve(business.id, limit(business.plan, 'concurrentCalls'))) {
      deps.log.warn({ businessId: business.id }, 'concurrent call limit reached');
      deps.onRefused('call-limit');
      return undefined;
    }
    return {
      businessId: business.id,
      conversationId: conv.id,
      callSid: start.callSid,
      profile: profileOf(business, agent, questions, deps.now(), onBadTimezone),
      plan: business.plan,
      fromNumber: conv.from_number,
      transferNumbers: transferNumbersOf(business, agent),
      say: { voice: agent?.twilio_voice ?? 'Polly.Joanna', language: agent?.twilio_language ?? 'en-US' },
      leadIds: leads.map((l) => l.id),
      emergency: leads.some((l) => l.is_emergency),
      ...(claims.resume === 'transfer-failed' ? { resumedAfter: 'transfer-failed' as const } : {}),
    };
  }

  return { issue, authorize };
}

export type StreamAuth = ReturnType<typeof createStreamAuth>;
