import { createHmac } from 'node:crypto';
import WebSocket from 'ws';
import type { CoreDeps } from '../deps.js';
import type { AgentConfig, Business, Plan } from '../db/schema.js';
import { can, limit } from '../plans/index.js';
import { CallBridge, type CallSetup, type CallStats, type HistoryEntry, type Socket, type StartInfo } from './call-bridge.js';
import { createCallControl, type CallControl } from './call-control.js';
import { createCallTools, saveCallLead, type KnowledgePort } from './call-tools.js';
import { createGatherFlow, type GatherCall } from './gather-flow.js';
import { extractLead, summariseCall } from './call-summary.js';
import { describeHours, isOpenAt } from './business-hours.js';
import type { AgentService } from '../agent/index.js';
import type { VoiceAgentProfile } from './realtime-session.js';
import { signStreamToken, verifyStreamToken } from './stream-token.js';
import { connectStream, hangup as hangupVerb, record, response, say } from './twiml.js';
import { createVoiceMetrics, type VoiceMetrics } from './voice-metrics.js';
import { isValidTwilioSignature, type SignedParams } from './twilio-signature.js';

// The voice domain: Twilio webhooks -> TwiML, the registry of live calls (one CallBridge each,
// per app instance), and what happens after a call. Fastify-free; src/http/voice.ts adapts.

export const STREAM_PATH = '/api/voice/stream';
export const INBOUND_PATH = '/api/voice/inbound';
export const STATUS_PATH = '/api/voice/status';
export const GATHER_PATH = '/api/voice/gather';
export const VOICEMAIL_PATH = '/api/voice/voicemail';
export const TRANSCRIPTION_PATH = '/api/voice/transcription';

const TOKEN_TTL_MS = 60_000;
const SESSION_TTL_MS = 7 * 24 * 3600_000;

export type CallMode = 'realtime' | 'gather' | 'voicemail' | 'busy' | 'unknown-number';

export interface VoiceSessionRecord {
  callSid: string;
  businessId: string;
  conversationId: string;
  mode: CallMode;
  status: CallStats['status'];
  startedAt: number;
  endedAt?: number;
  durationMs?: number;
  packetsIn: number;
  packetsOut: number;
  packetsDropped: number;
  malformedFrames: number;
  interruptions: number;
  toolCalls: Record<string, number>;
  openaiErrors: number;
  reconnects: number;
  firstAudioMs: number | null;
  emergency: boolean;
  leadIds: string[];
}

export interface LiveCall {
  callSid: string;
  businessId: string;
  conversationId: string;
  startedAt: number;
  stats: CallStats;
}

export interface VoiceServiceDeps {
  core: CoreDeps;
  knowledge?: () => KnowledgePort | undefined;
  agent?: () => AgentService | undefined;
  callControl?: CallControl;
  /** Opens the OpenAI Realtime socket (tests may swap it). */
  openRealtime?: () => Socket;
}

type BusinessRow = Pick<Business, 'id' | 'name' | 'plan' | 'twilio_number' | 'phone_number' | 'description' | 'address' | 'website' | 'timezone' | 'business_hours' | 'notification_phone'>;

export function createVoiceService(deps: VoiceServiceDeps) {
  const { core } = deps;
  const { db, config, logger, sessions, events } = core;
  const log = logger.child({ component: 'voice' });
  const metrics: VoiceMetrics = createVoiceMetrics(core.metrics);
  const callControl =
    deps.callControl ?? createCallControl(config);
  const tools = createCallTools({ db, events, callControl, knowledge: deps.knowledge ?? (() => undefined), agent: deps.agent ?? (() => undefined), log });
  const voiceSessions = sessions.namespace<VoiceSessionRecord>('voice', SESSION_TTL_MS);
  // Derived, so the stream token secret is never the JWT secret itself.
  const tokenSecret = createHmac('sha256', config.JWT_SECRET ?? 'dev').update('voice-stream-token').digest('base64url');

  /** Live calls on this instance. The only mutable state of the service; bridges share nothing. */
  const live = new Map<CallBridge, LiveCall | undefined>();
  const perBusiness = new Map<string, number>();
  const sockets = new Set<{ socket: Socket & { ping(): void }; alive: boolean }>();
  let totals = { framesIn: 0, framesOut: 0, dropped: 0, malformed: 0 };

  metrics.onCollect(() => {
    let framesIn = totals.framesIn;
    let framesOut = totals.framesOut;
    let dropped = totals.dropped;
    let malformed = totals.malformed;
    let active = 0;
    for (const [bridge, call] of live) {
      framesIn += bridge.stats.framesIn;
      framesOut += bridge.stats.framesOut;
      dropped += bridge.stats.framesDropped;
      malformed += bridge.stats.malformedFrames;
      if (call) active++;
    }
    return { framesIn, framesOut, dropped, malformed, active, sockets: sockets.size };
  });

  core.health.register('voice', () => {
    let active = 0;
    for (const call of live.values()) if (call) active++;
    return {
      status: 'ok',
      activeCalls: active,
      websockets: sockets.size,
      maxWebsockets: config.MAX_WEBSOCKET_CONNECTIONS,
      realtime: config.OPENAI_API_KEY ? 'configured' : 'gather-fallback',
      twilioRest: callControl.configured ? 'configured' : 'not-configured',
    };
  });

  const publicBase = (): string => (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  const publicUrl = (path: string): string => publicBase() + path;
  const streamUrl = (): string => publicBase().replace(/^http/, 'ws') + STREAM_PATH;

  /** X-Twilio-Signature over PUBLIC_BASE_URL + path (+ query) and every form parameter. */
  function verifyWebhook(header: unknown, pathWithQuery: string, params: SignedParams): boolean {
    if (!config.TWILIO_AUTH_TOKEN) return false;
    return isValidTwilioSignature(config.TWILIO_AUTH_TOKEN, header, publicBase() + pathWithQuery, params);
  }

  /** The upgrade is signed over the wss:// URL Twilio connected to. */
  function verifyUpgrade(header: unknown, pathWithQuery: string): boolean {
    if (!config.TWILIO_AUTH_TOKEN) return false;
    return isValidTwilioSignature(config.TWILIO_AUTH_TOKEN, header, publicBase().replace(/^http/, 'ws') + pathWithQuery, {});
  }

  async function findBusiness(toNumber: string): Promise<BusinessRow | undefined> {
    if (!/^\+?[0-9]{4,16}$/.test(toNumber)) return undefined;
    return db
      .selectFrom('businesses')
      .select(['id', 'name', 'plan', 'twilio_number', 'phone_number', 'description', 'address', 'website', 'timezone', 'business_hours', 'notification_phone'])
      .where('twilio_number', '=', toNumber)
      .executeTakeFirst();
  }

  async function agentConfig(businessId: string): Promise<AgentConfig | undefined> {
    return db.selectFrom('agent_configs').selectAll().where('business_id', '=', businessId).executeTakeFirst();
  }

  function activeCalls(businessId: string): number {
    return perBusiness.get(businessId) ?? 0;
  }

  function callLimit(plan: Plan): number {
    return limit(plan, 'concurrentCalls');
  }

  function realtimeAvailable(plan: Plan, agent: AgentConfig | undefined): boolean {
    return Boolean(config.OPENAI_API_KEY) && can(plan, 'realtimeVoice') && Boolean(agent?.realtime_enabled);
  }

  /** Records the call (idempotent on CallSid: Twilio retries webhooks). */
  async function upsertConversation(business: BusinessRow, p: Record<string, string>, mode: CallMode): Promise<string> {
    const callSid = p.CallSid!;
    const existing = await db
      .selectFrom('conversations')
      .select('id')
      .where('business_id', '=', business.id)
      .where('call_sid', '=', callSid)
      .executeTakeFirst();
    if (existing) return existing.id;
    const row = await db
      .insertInto('conversations')
      .values({
        business_id: business.id,
        channel: 'CALL',
        status: 'ACTIVE',
        call_sid: callSid,
        from_number: (p.From ?? '').slice(0, 40) || null,
        to_number: (p.To ?? '').slice(0, 40) || null,
        started_at: new Date(core.now()),
        metadata: JSON.stringify({ mode, twilioStatus: p.CallStatus ?? 'ringing' }),
      })
      .onConflict((oc) => oc.column('call_sid').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) {
      events.publish({ type: 'conversation.updated', businessId: business.id, conversationId: row.id, channel: 'CALL', status: 'ACTIVE' });
      return row.id;
    }
    // Lost a race with a retry of the same webhook.
    const again = await db.selectFrom('conversations').select('id').where('business_id', '=', business.id).where('call_sid', '=', callSid).executeTakeFirstOrThrow();
    return again.id;
  }

  /** POST /api/voice/inbound (signature already checked): the TwiML that answers the call. */
  async function answer(p: Record<string, string>): Promise<{ twiml: string; mode: CallMode }> {
    const business = await findBusiness(p.To ?? '');
    if (!business || !p.CallSid) {
      return {
        mode: 'unknown-number',
        twiml: response(say('Sorry, this number is not connected to a business we serve. Goodbye.'), hangupVerb()),
      };
    }
    const agent = await agentConfig(business.id);
    const sayOpts = { voice: agent?.twilio_voice ?? 'Polly.Joanna', language: agent?.twilio_language ?? 'en-US' };
    const max = callLimit(business.plan);
    if (realtimeAvailable(business.plan, agent) && activeCalls(business.id) >= max) {
      const conversationId = await upsertConversation(business, p, 'busy');
      void conversationId;
      return {
        mode: 'busy',
        twiml: response(
          say(`All our lines at ${business.name} are busy right now. Please leave your name, number and a short message after the tone.`, sayOpts),
          record(publicUrl(VOICEMAIL_PATH), publicUrl(TRANSCRIPTION_PATH)),
        ),
      };
    }
    if (realtimeAvailable(business.plan, agent)) {
      const conversationId = await upsertConversation(business, p, 'realtime');
      const token = signStreamToken(tokenSecret, { callSid: p.CallSid, businessId: business.id, conversationId, exp: core.now() + TOKEN_TTL_MS });
      metrics.calls.inc({ mode: 'realtime' });
      prewarm(p.CallSid);
      return { mode: 'realtime', twiml: response(connectStream(streamUrl(), { token, businessId: business.id })) };
    }
    if (can(business.plan, 'realtimeVoice')) {
      // PRO without OpenAI configured: the turn-by-turn Gather loop on the same agent brain.
      const conversationId = await upsertConversation(business, p, 'gather');
      metrics.calls.inc({ mode: 'gather' });
      return { mode: 'gather', twiml: await gatherStart(business, agent, conversationId, sayOpts, p) };
    }
    // FREE and BASIC: voicemail to lead (documented in the README).
    await upsertConversation(business, p, 'voicemail');
    metrics.calls.inc({ mode: 'voicemail' });
    const greeting = agent?.voice_greeting ?? `Thanks for calling ${business.name}.`;
    return {
      mode: 'voicemail',
      twiml: response(
        say(`${greeting} We can't take your call right now. Please leave your name, number and what you need after the tone, and we will call you back.`, sayOpts),
        record(publicUrl(VOICEMAIL_PATH), publicUrl(TRANSCRIPTION_PATH)),
      ),
    };
  }

  const gatherFlow = createGatherFlow({
    agent: deps.agent ?? (() => undefined),
    calls: sessions.namespace<GatherCall>('voice-gather', 4 * 3600_000),
    gatherUrl: publicUrl(GATHER_PATH),
    log,
    async onEmergencyTransfer(call) {
      const st = call.state;
      const answers = Object.values(st.answers);
      await saveCallLead(
        { db, events, leads: deps.agent?.()?.leads },
        { businessId: st.businessId, conversationId: st.conversationId, fromNumber: st.fromNumber, leadIds: st.leadId ? [st.leadId] : [] },
        {
          issue: st.emergency?.summary ?? st.issueText ?? 'Emergency by phone',
          answers: Object.fromEntries(answers.map((a, i) => [`answer_${i + 1}`, a])),
          emergency: { severity: st.emergency?.severity ?? 8, notes: st.emergency?.summary ?? 'Caller asked to be connected' },
        },
      );
    },
  });

  function gatherStart(business: BusinessRow, _agent: AgentConfig | undefined, conversationId: string, sayOpts: { voice: string; language: string }, p: Record<string, string>): Promise<string> {
    return gatherFlow.start({
      businessId: business.id,
      conversationId,
      callSid: p.CallSid!,
      fromNumber: p.From || null,
      toNumber: p.To || null,
      say: sayOpts,
      transferNumber: business.phone_number ?? business.notification_phone,
    });
  }

  /** POST /api/voice/status: Twilio's call status callback. */
  async function status(p: Record<string, string>): Promise<void> {
    const callSid = p.CallSid;
    if (!callSid) return;
    const conv = await db.selectFrom('conversations').select(['id', 'business_id', 'metadata', 'status', 'summary', 'from_number']).where('call_sid', '=', callSid).executeTakeFirst();
    if (!conv) return;
    const twilioStatus = (p.CallStatus ?? '').slice(0, 20);
    const finished = ['completed', 'busy', 'failed', 'no-answer', 'canceled'].includes(twilioStatus);
    const duration = Number(p.CallDuration);
    const next = twilioStatus === 'completed' ? 'ENDED' : ['busy', 'no-answer', 'canceled'].includes(twilioStatus) ? 'MISSED' : twilioStatus === 'failed' ? 'FAILED' : conv.status;
    await db
      .updateTable('conversations')
      .set({
        status: next,
        ...(finished ? { ended_at: new Date(core.now()) } : {}),
        ...(Number.isFinite(duration) && duration >= 0 ? { duration_seconds: Math.round(duration) } : {}),
        metadata: JSON.stringify({ ...conv.metadata, twilioStatus }),
        updated_at: new Date(core.now()),
      })
      .where('business_id', '=', conv.business_id)
      .where('id', '=', conv.id)
      .execute();
    if (finished && !conv.summary && (conv.metadata as { mode?: string }).mode === 'gather') await finishGatherCall(conv, Number.isFinite(duration) ? duration : 0);
    if (next !== conv.status) events.publish({ type: 'conversation.updated', businessId: conv.business_id, conversationId: conv.id, channel: 'CALL', status: next });
  }

  /** A <Gather> call ended: the same after-call work as a realtime one (summary, lead). */
  async function finishGatherCall(conv: { id: string; business_id: string; from_number: string | null }, durationSec: number): Promise<void> {
    const rows = await db
      .selectFrom('messages')
      .select(['role', 'content'])
      .where('business_id', '=', conv.business_id)
      .where('conversation_id', '=', conv.id)
      .orderBy('created_at')
      .limit(200)
      .execute();
    const history: HistoryEntry[] = rows.filter((r) => r.role === 'user' || r.role === 'assistant').map((r) => ({ role: r.role as 'user' | 'assistant', text: r.content }));
    const leads = await db.selectFrom('leads').select(['id', 'priority']).where('business_id', '=', conv.business_id).where('conversation_id', '=', conv.id).execute();
    const setup = { businessId: conv.business_id, conversationId: conv.id, fromNumber: conv.from_number, leadIds: leads.map((l) => l.id) };
    if (leads.length === 0) {
      const extracted = extractLead(history);
      if (extracted) await saveCallLead({ db, events, leads: deps.agent?.()?.leads }, setup, { ...extracted }).catch((err: unknown) => log.warn({ err: (err as Error).message }, 'post-call lead extraction failed'));
    }
    const summary = summariseCall(history, {
      durationSec: Math.round(durationSec),
      tools: {},
      emergency: leads.some((l) => l.priority === 'URGENT'),
      leadCaptured: setup.leadIds.length > 0,
      interruptions: 0,
    });
    await db.updateTable('conversations').set({ summary }).where('business_id', '=', conv.business_id).where('id', '=', conv.id).execute();
  }

  function profileOf(business: BusinessRow, agent: AgentConfig | undefined, leadQuestions: Array<{ question: string; required: boolean; essential_for_emergency: boolean }>): VoiceAgentProfile {
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
      openNow: isOpenAt(business.business_hours, business.timezone, new Date(core.now())),
      hoursText: describeHours(business.business_hours),
    };
  }

  /** start.customParameters.token must be ours, unexpired, and issued for start.callSid. */
  async function authorize(start: StartInfo): Promise<CallSetup | undefined> {
    const claims = verifyStreamToken(tokenSecret, start.customParameters.token, start.callSid, core.now());
    if (!claims) return undefined;
    const business = await db
      .selectFrom('businesses')
      .select(['id', 'name', 'plan', 'twilio_number', 'phone_number', 'description', 'address', 'website', 'timezone', 'business_hours', 'notification_phone'])
      .where('id', '=', claims.businessId)
      .executeTakeFirst();
    if (!business || !can(business.plan, 'realtimeVoice')) return undefined;
    const conv = await db
      .selectFrom('conversations')
      .select(['id', 'from_number'])
      .where('business_id', '=', business.id)
      .where('id', '=', claims.conversationId)
      .where('call_sid', '=', start.callSid)
      .executeTakeFirst();
    if (!conv) return undefined;
    if (activeCalls(business.id) >= callLimit(business.plan)) {
      log.warn({ businessId: business.id }, 'concurrent call limit reached');
      return undefined;
    }
    const [agent, questions] = await Promise.all([
      agentConfig(business.id),
      db
        .selectFrom('lead_questions')
        .select(['question', 'required', 'essential_for_emergency'])
        .where('business_id', '=', business.id)
        .orderBy('position')
        .limit(50)
        .execute(),
    ]);
    perBusiness.set(business.id, activeCalls(business.id) + 1);
    return {
      businessId: business.id,
      conversationId: conv.id,
      callSid: start.callSid,
      profile: profileOf(business, agent, questions),
      plan: business.plan,
      fromNumber: conv.from_number,
      transferNumber: business.phone_number ?? business.notification_phone,
      say: { voice: agent?.twilio_voice ?? 'Polly.Joanna', language: agent?.twilio_language ?? 'en-US' },
      leadIds: [],
      emergency: false,
    };
  }

  function defaultOpenRealtime(): Socket {
    const url = `${config.OPENAI_REALTIME_URL}?model=${encodeURIComponent(config.OPENAI_REALTIME_MODEL)}`;
    return new WebSocket(url, {
      headers: { Authorization: `Bearer ${config.OPENAI_API_KEY ?? ''}` },
      maxPayload: 16 * 1024 * 1024,
      // Audio does not compress; deflating every frame would only burn CPU on the hot path.
      perMessageDeflate: false,
      // Frames are forwarded as bytes; control events are JSON-parsed (which rejects bad UTF-8).
      skipUTF8Validation: true,
    }) as unknown as Socket;
  }

  async function saveMessage(setup: CallSetup, role: 'user' | 'assistant', text: string): Promise<void> {
    await db.insertInto('messages').values({ business_id: setup.businessId, conversation_id: setup.conversationId, role, content: text, metadata: JSON.stringify({ channel: 'CALL' }) }).execute();
  }

  async function finalize(setup: CallSetup, stats: CallStats, history: HistoryEntry[]): Promise<void> {
    const endedAt = core.now();
    const durationSec = Math.max(0, Math.round((endedAt - stats.startedAt) / 1000));
    if (setup.leadIds.length === 0) {
      const extracted = extractLead(history);
      if (extracted && (extracted.phone || extracted.email || extracted.name || setup.fromNumber)) {
        await saveCallLead({ db, events, leads: deps.agent?.()?.leads }, setup, { ...extracted }).catch((err: unknown) => log.warn({ err: (err as Error).message }, 'post-call lead extraction failed'));
      }
    }
    const summary = summariseCall(history, { durationSec, tools: stats.toolCalls, emergency: setup.emergency, leadCaptured: setup.leadIds.length > 0, interruptions: stats.interruptions });
    const conv = await db.selectFrom('conversations').select(['metadata', 'status', 'duration_seconds']).where('business_id', '=', setup.businessId).where('id', '=', setup.conversationId).executeTakeFirst();
    const analytics = {
      packetsIn: stats.framesIn,
      packetsOut: stats.framesOut,
      packetsDropped: stats.framesDropped,
      malformedFrames: stats.malformedFrames,
      interruptions: stats.interruptions,
      toolCalls: stats.toolCalls,
      openaiErrors: stats.openaiErrors,
      reconnects: stats.reconnects,
      firstAudioMs: stats.firstAudioMs,
      emergency: setup.emergency,
      leadIds: setup.leadIds,
    };
    await db
      .updateTable('conversations')
      .set({
        status: conv?.status === 'ACTIVE' ? 'ENDED' : (conv?.status ?? 'ENDED'),
        ended_at: new Date(endedAt),
        duration_seconds: conv?.duration_seconds ?? durationSec,
        summary,
        metadata: JSON.stringify({ ...(conv?.metadata ?? {}), voice: analytics }),
        updated_at: new Date(endedAt),
      })
      .where('business_id', '=', setup.businessId)
      .where('id', '=', setup.conversationId)
      .execute();
    await voiceSessions.set(setup.callSid, {
      callSid: setup.callSid,
      businessId: setup.businessId,
      conversationId: setup.conversationId,
      mode: 'realtime',
      status: 'ended',
      startedAt: stats.startedAt,
      endedAt,
      durationMs: endedAt - stats.startedAt,
      ...analytics,
    });
    events.publish({ type: 'conversation.updated', businessId: setup.businessId, conversationId: setup.conversationId, channel: 'CALL', status: 'ENDED' });
  }

  const pendingFinalizations = new Set<Promise<void>>();

  /** A Twilio media-stream socket was accepted: one bridge for its whole life. */
  /**
   * Pre-warm: the OpenAI socket is opened while Twilio is still fetching the TwiML and opening
   * the media stream, so the TLS + session set-up is done by the time the call starts. Events
   * that arrive before the bridge claims it (session.created) are kept and replayed to it.
   */
  const PREWARM_TTL_MS = 15_000;
  const prewarmed = new Map<string, { socket: Socket; early: Buffer[]; timer: NodeJS.Timeout; failed: boolean }>();
  function prewarm(callSid: string): void {
    if (prewarmed.has(callSid) || prewarmed.size >= config.MAX_WEBSOCKET_CONNECTIONS) return;
    let socket: Socket;
    try {
      socket = (deps.openRealtime ?? defaultOpenRealtime)();
    } catch {
      return;
    }
    const entry = {
      socket,
      early: [] as Buffer[],
      failed: false,
      timer: setTimeout(() => {
        // Twilio never opened the stream: do not keep a paid session open.
        prewarmed.delete(callSid);
        socket.close(1000, 'unused');
      }, PREWARM_TTL_MS),
    };
    entry.timer.unref();
    socket.on('message', (data) => {
      if (entry.early.length < 16) entry.early.push(data as Buffer);
    });
    socket.on('error', () => {
      entry.failed = true;
    });
    socket.on('close', () => {
      entry.failed = true;
    });
    prewarmed.set(callSid, entry);
  }

  function claimPrewarmed(callSid: string): Socket | undefined {
    const entry = prewarmed.get(callSid);
    if (!entry) return undefined;
    prewarmed.delete(callSid);
    clearTimeout(entry.timer);
    if (entry.failed || entry.socket.readyState > 1) {
      entry.socket.terminate();
      return undefined;
    }
    entry.socket.removeAllListeners('message');
    entry.socket.removeAllListeners('error');
    entry.socket.removeAllListeners('close');
    // The bridge attaches its listeners synchronously after this returns; replay after that.
    const early = entry.early;
    queueMicrotask(() => {
      for (const m of early) (entry.socket as unknown as { emit(e: string, d: Buffer, b: boolean): void }).emit('message', m, false);
    });
    return entry.socket;
  }

  // Bound once: a labelled observe() looks the child up by its labels on every call.
  const relayIn = metrics.relayLatency.labels('in');
  const relayOut = metrics.relayLatency.labels('out');

  function attach(socket: Socket & { ping(): void; on(event: 'pong', fn: () => void): unknown }, hooks: { openRealtime?: () => Socket } = {}): CallBridge {
    const entry = { socket, alive: true };
    sockets.add(entry);
    socket.on('pong', () => {
      entry.alive = true;
    });
    const bridge: CallBridge = new CallBridge(socket, {
      authorize: async (start) => {
        const setup = await authorize(start);
        if (setup) {
          live.set(bridge, { callSid: setup.callSid, businessId: setup.businessId, conversationId: setup.conversationId, startedAt: core.now(), stats: bridge.stats });
          metrics.active.inc();
        }
        return setup;
      },
      openRealtime: (setup) => (hooks.openRealtime ? hooks.openRealtime() : (claimPrewarmed(setup.callSid) ?? (deps.openRealtime ?? defaultOpenRealtime)())),
      executeTool: async (name, args, setup) => {
        metrics.toolCalls.inc({ tool: name.slice(0, 40) });
        return tools.execute(name, args, setup);
      },
      onTranscript: (setup, role, text) => {
        void saveMessage(setup, role, text).catch((err: unknown) => log.warn({ err: (err as Error).message }, 'transcript write failed'));
      },
      fallback: async (setup) => {
        metrics.fallbacks.inc();
        if (!callControl.configured) return void socket.close(1011, 'realtime unavailable');
        await callControl.voicemail(
          setup.callSid,
          "Sorry, we're having trouble on the line. Please leave your name, number and a short message after the tone and we'll call you right back.",
          publicUrl(VOICEMAIL_PATH),
          publicUrl(TRANSCRIPTION_PATH),
          setup.say,
        );
      },
      hangup: async (setup) => {
        if (callControl.configured) await callControl.hangup(setup.callSid);
        else socket.close(1000, 'call ended');
      },
      onEnd: (setup, stats, history) => {
        sockets.delete(entry);
        const call = live.get(bridge);
        live.delete(bridge);
        totals = {
          framesIn: totals.framesIn + stats.framesIn,
          framesOut: totals.framesOut + stats.framesOut,
          dropped: totals.dropped + stats.framesDropped,
          malformed: totals.malformed + stats.malformedFrames,
        };
        if (!setup || !call) return;
        metrics.active.dec();
        metrics.interruptions.inc(stats.interruptions);
        metrics.openaiErrors.inc(stats.openaiErrors);
        if (stats.firstAudioMs !== null) metrics.firstAudio.observe(stats.firstAudioMs / 1000);
        const n = activeCalls(setup.businessId) - 1;
        if (n > 0) perBusiness.set(setup.businessId, n);
        else perBusiness.delete(setup.businessId);
        const p = finalize(setup, stats, history).catch((err: unknown) => log.warn({ err: (err as Error).message, callSid: setup.callSid }, 'call finalization failed'));
        pendingFinalizations.add(p);
        void p.finally(() => pendingFinalizations.delete(p));
      },
      onAudioRelayed: (direction, ms) => (direction === 'in' ? relayIn : relayOut).observe(ms / 1000),
      log,
      now: core.now,
      model: config.OPENAI_REALTIME_MODEL,
    });
    socket.on('close', () => sockets.delete(entry));
    return bridge;
  }

  /** Heartbeat: ping every WEBSOCKET_PING_INTERVAL, drop a socket with no pong by the next round. */
  let heartbeat: NodeJS.Timeout | undefined;
  const pongTimers = new Set<NodeJS.Timeout>();
  function startHeartbeat(): void {
    if (heartbeat) return;
    heartbeat = setInterval(() => {
      for (const entry of sockets) {
        entry.alive = false;
        try {
          entry.socket.ping();
        } catch {
          continue;
        }
        const t = setTimeout(() => {
          pongTimers.delete(t);
          if (!entry.alive && sockets.has(entry)) {
            metrics.deadPeers.inc();
            entry.socket.terminate();
          }
        }, config.WEBSOCKET_PONG_TIMEOUT);
        pongTimers.add(t);
      }
    }, config.WEBSOCKET_PING_INTERVAL);
    heartbeat.unref();
  }

  /** Shutdown: calls in progress get up to SHUTDOWN_GRACE to finish before they are cut. */
  async function stop(): Promise<void> {
    const deadline = Date.now() + Math.max(0, config.SHUTDOWN_GRACE - 2000);
    while ([...live.values()].some(Boolean) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    clearInterval(heartbeat);
    heartbeat = undefined;
    for (const t of pongTimers) clearTimeout(t);
    pongTimers.clear();
    for (const [sid, entry] of prewarmed) {
      clearTimeout(entry.timer);
      entry.socket.terminate();
      prewarmed.delete(sid);
    }
    for (const bridge of [...live.keys()]) bridge.finish('shutdown');
    await Promise.allSettled([...pendingFinalizations]);
  }

  /** The <Record> action: thank the caller and hang up. */
  function voicemailDone(): string {
    return response(say('Thank you. We got your message and will call you back soon. Goodbye.'), hangupVerb());
  }

  /** The transcription callback of a voicemail: it becomes a lead (channel VOICEMAIL). */
  async function voicemailTranscribed(p: Record<string, string>): Promise<string | undefined> {
    const callSid = p.CallSid;
    if (!callSid) return undefined;
    const conv = await db.selectFrom('conversations').select(['id', 'business_id', 'from_number']).where('call_sid', '=', callSid).executeTakeFirst();
    if (!conv) return undefined;
    const text = (p.TranscriptionText ?? '').trim().slice(0, 4000);
    const already = await db.selectFrom('leads').select('id').where('business_id', '=', conv.business_id).where('conversation_id', '=', conv.id).executeTakeFirst();
    if (already) return already.id;
    if (text) {
      await db.insertInto('messages').values({ business_id: conv.business_id, conversation_id: conv.id, role: 'user', content: text, metadata: JSON.stringify({ channel: 'CALL', voicemail: true }) }).execute();
    }
    const extracted = extractLead(text ? [{ role: 'user', text }] : []) ?? {};
    const lead = await saveCallLead(
      { db, events, leads: deps.agent?.()?.leads },
      { businessId: conv.business_id, conversationId: conv.id, fromNumber: conv.from_number, leadIds: [] },
      { ...extracted, issue: text || 'Voicemail (no transcription)', channel: 'VOICEMAIL' },
    );
    await db
      .updateTable('conversations')
      .set({ summary: `Voicemail: "${text.slice(0, 300)}"`, updated_at: new Date(core.now()) })
      .where('business_id', '=', conv.business_id)
      .where('id', '=', conv.id)
      .execute();
    return lead.id;
  }

  async function liveCalls(businessId: string): Promise<LiveCall[]> {
    return [...live.values()].filter((c): c is LiveCall => Boolean(c) && c!.businessId === businessId);
  }

  return {
    verifyWebhook,
    verifyUpgrade,
    voicemailDone,
    voicemailTranscribed,
    gatherTurn: (p: Record<string, string>): Promise<string> => gatherFlow.turn(p),
    answer,
    status,
    attach,
    startHeartbeat,
    stop,
    liveCalls,
    /** Every live call on this instance (all businesses): monitoring and tests. */
    liveCallsSync: (): LiveCall[] => [...live.values()].filter((c): c is LiveCall => Boolean(c)),
    /** Whether another media-stream socket may be accepted (MAX_WEBSOCKET_CONNECTIONS). */
    canAcceptSocket: () => sockets.size < config.MAX_WEBSOCKET_CONNECTIONS,
    session: (callSid: string) => voiceSessions.get(callSid),
    /** Waits for post-call work (summary, lead extraction) in flight: tests and shutdown. */
    settled: () => Promise.allSettled([...pendingFinalizations]).then(() => undefined),
    internals: { db, config, core, callControl, tools, publicUrl, findBusiness, agentConfig, upsertConversation, metrics, log },
  };
}

export type VoiceService = ReturnType<typeof createVoiceService>;
