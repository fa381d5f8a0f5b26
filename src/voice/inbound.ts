import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { AgentConfig, Database, Plan } from '../db/schema.js';
import type { EventBus } from '../events.js';
import type { AgentService } from '../agent/index.js';
import type { LeadCapture } from '../leads/capture.js';
import type { SessionNamespace } from '../sessions/index.js';
import { can, limit } from '../plans/index.js';
import { connectStream, hangup as hangupVerb, record, response, say } from '../twilio/twiml.js';
import { createGatherFlow, type GatherCall, type TransferKind } from './gather-flow.js';
import { spokenText } from './speech.js';
import { saveCallLead } from './call-tools.js';
import type { AfterCall, CallMode } from './after-call.js';
import type { CallRegistry } from './call-registry.js';
import type { RealtimeConnector } from './realtime-connector.js';
import { BUSINESS_COLUMNS, transferNumbersOf, type BusinessRow, type StreamAuth } from './stream-auth.js';
import type { VoiceMetrics } from './voice-metrics.js';
import { callIsOver, whisperText, type TransferRequest, type TransferState } from './transfer.js';
import { newConversationState } from '../agent/index.js';
import { GATHER_PATH, STREAM_PATH, TRANSCRIPTION_PATH, VOICEMAIL_PATH } from './paths.js';
import { mergedMetadata } from '../conversations/data.js';
import { phoneForVisitors } from '../contacts/phone-display.js';

// Twilio's webhooks -> TwiML: who the call is for, which path it takes (realtime stream, the
// Gather loop, voicemail, busy), the conversation row, and Twilio's status callbacks.

export interface InboundDeps {
  db: Kysely<Database>;
  events: EventBus;
  config: Pick<Config, 'OPENAI_API_KEY' | 'PUBLIC_BASE_URL' | 'PORT'>;
  registry: CallRegistry;
  connector: RealtimeConnector;
  streamAuth: StreamAuth;
  afterCall: AfterCall;
  metrics: VoiceMetrics;
  agent: AgentService;
  leads: LeadCapture;
  gatherCalls: SessionNamespace<GatherCall>;
  /** Begins a warm transfer (voice/transfer.ts): the caller's TwiML while the first number rings. */
  beginTransfer(req: TransferRequest): Promise<string | null>;
  /** The caller's call is over: a transfer still ringing for it ends (voice/transfer.ts callerGone). */
  transferCallerGone(callSid: string): Promise<void>;
  now: () => number;
  log: { warn(obj: object, msg: string): void };
}

export function createInbound(deps: InboundDeps) {
  const { db, events, config } = deps;
  const publicBase = (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  const publicUrl = (path: string): string => publicBase + path;
  const streamUrl = publicBase.replace(/^http/, 'ws') + STREAM_PATH;

  async function findBusiness(toNumber: string): Promise<BusinessRow | undefined> {
    if (!/^\+?[0-9]{4,16}$/.test(toNumber)) return undefined;
    return db.selectFrom('businesses').select(BUSINESS_COLUMNS).where('twilio_number', '=', toNumber).executeTakeFirst();
  }

  const agentConfig = (businessId: string): Promise<AgentConfig | undefined> => db.selectFrom('agent_configs').selectAll().where('business_id', '=', businessId).executeTakeFirst();

  function realtimeAvailable(plan: Plan, agent: AgentConfig | undefined): boolean {
    return Boolean(config.OPENAI_API_KEY) && can(plan, 'realtimeVoice') && Boolean(agent?.realtime_enabled);
  }

  /** Records the call (idempotent on CallSid: Twilio retries webhooks). */
  async function upsertConversation(business: BusinessRow, p: Record<string, string>, mode: CallMode): Promise<string> {
    const callSid = p.CallSid!;
    const existing = await db.selectFrom('conversations').select('id').where('business_id', '=', business.id).where('call_sid', '=', callSid).executeTakeFirst();
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
        started_at: new Date(deps.now()),
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

  /** <Connect><Stream> with a fresh single-use token for this call (and the OpenAI socket pre-warmed). */
  function streamTwiml(claims: { callSid: string; businessId: string; conversationId: string; resume?: 'transfer-failed' }): string {
    const token = deps.streamAuth.issue(claims);
    deps.connector.prewarm(claims.callSid);
    return response(connectStream(streamUrl, { token, businessId: claims.businessId }));
  }

  const voicemailTwiml = (text: string, sayOpts: { voice: string; language: string }): string =>
    response(say(spokenText(text), sayOpts), record(publicUrl(VOICEMAIL_PATH), publicUrl(TRANSCRIPTION_PATH)));

  const gatherFlow = createGatherFlow({
    agent: deps.agent,
    calls: deps.gatherCalls,
    gatherUrl: publicUrl(GATHER_PATH),
    log: deps.log,
    onEmergencyTransfer: (call) => saveLeadSoFar(call, { notes: 'Caller asked to be connected', unfinished: false }),
    onSilentEnd: async (call) => {
      if (!inLeadFlow(call.state)) return false;
      await saveLeadSoFar(call, { notes: 'Caller went silent before giving all details', unfinished: true });
      return Boolean(call.state.leadId);
    },
    otherCallbackNumber,
    saveMessage: (call, role, text) => deps.afterCall.saveMessage({ businessId: call.state.businessId, conversationId: call.state.conversationId }, role, text),
    transfer: transferGatherCall,
    recover: recoverGatherCall,
  });

  const findCall = (callSid: string) =>
    db.selectFrom('conversations').select(['id', 'business_id', 'from_number', 'status', 'metadata']).where('call_sid', '=', callSid).executeTakeFirst();
  const sayOf = (agent: AgentConfig | undefined) => ({ voice: agent?.twilio_voice ?? 'Polly.Joanna', language: agent?.twilio_language ?? 'en-US' });

  /** A Gather call whose state is gone (expired, or lost in a restart): its conversation found by CallSid, the agent's state started again on it. */
  async function recoverGatherCall(callSid: string): Promise<GatherCall | null> {
    const conv = await findCall(callSid);
    if (!conv || conv.status !== 'ACTIVE' || (conv.metadata as { mode?: string }).mode !== 'gather') return null;
    const [business, agent, lead] = await Promise.all([
      db.selectFrom('businesses').select(BUSINESS_COLUMNS).where('id', '=', conv.business_id).executeTakeFirst(),
      agentConfig(conv.business_id),
      db.selectFrom('leads').select('id').where('business_id', '=', conv.business_id).where('conversation_id', '=', conv.id).orderBy('created_at', 'desc').executeTakeFirst(),
    ]);
    if (!business) return null;
    const state = newConversationState({ businessId: conv.business_id, conversationId: conv.id, channel: 'CALL', fromNumber: conv.from_number });
    state.leadId = lead?.id ?? null;
    const history = await deps.afterCall.history({ businessId: conv.business_id, conversationId: conv.id });
    state.history = history.slice(-10).map((h) => ({ role: h.role, content: h.text }));
    return { state, silentTurns: 0, say: sayOf(agent), transferNumbers: transferNumbersOf(business, agent) };
  }

  /** The lead's number (the written lead's, else the one the agent holds) when the caller gave one that is not their caller ID; for speech. */
  async function otherCallbackNumber(call: GatherCall): Promise<string | null> {
    const st = call.state;
    const phone = st.leadId
      ? (await db.selectFrom('leads').select('phone').where('business_id', '=', st.businessId).where('id', '=', st.leadId).executeTakeFirst())?.phone
      : (await deps.agent.leadSoFar(st))?.phone;
    if (!phone || phone.replace(/\D/g, '') === (st.fromNumber ?? '').replace(/\D/g, '')) return null;
    const business = await db.selectFrom('businesses').select(['phone_number', 'twilio_number', 'timezone']).where('id', '=', st.businessId).executeTakeFirst();
    return business ? phoneForVisitors(phone, business) : phone;
  }

  /** Nobody took a transfer: the caller goes back to the agent they came from (a new media stream, the Gather loop), or to voicemail. */
  async function backToAgent(st: Pick<TransferState, 'callSid' | 'businessId' | 'conversationId' | 'resume' | 'say'>): Promise<{ twiml: string; outcome: 'returned' | 'voicemail' }> {
    // The Gather loop's caller goes on with it: the callback offer, or the question again.
    if (st.resume === 'gather') return { twiml: await gatherFlow.transferFailed(st.callSid), outcome: 'returned' };
    if (config.OPENAI_API_KEY) return { twiml: streamTwiml({ callSid: st.callSid, businessId: st.businessId, conversationId: st.conversationId, resume: 'transfer-failed' }), outcome: 'returned' };
    const business = await db.selectFrom('businesses').select(['name']).where('id', '=', st.businessId).executeTakeFirst();
    const text = `Sorry, nobody at ${business?.name ?? 'the business'} could take the call. Please leave your name, number and a short message after the tone.`;
    return { twiml: voicemailTwiml(text, st.say), outcome: 'voicemail' };
  }

  /**
   * A <Dial> action for a transfer this server does not know (expired, or lost in a restart):
   * nothing to play when the caller is gone or talked with the person (DialBridged); otherwise
   * the caller goes back to the agent of their conversation (found by CallSid), or hears a goodbye.
   */
  async function lostTransfer(p: Record<string, string>): Promise<string> {
    if (callIsOver(p.CallStatus) || p.DialBridged === 'true') return response(hangupVerb());
    const conv = p.CallSid ? await findCall(p.CallSid) : undefined;
    if (!conv || conv.status !== 'ACTIVE') return response(say('Sorry, we lost track of this call on our side. Please call us again and we will be glad to help. Goodbye.'), hangupVerb());
    const mode = (conv.metadata as { mode?: string }).mode;
    const agent = await agentConfig(conv.business_id);
    const back = await backToAgent({ callSid: p.CallSid!, businessId: conv.business_id, conversationId: conv.id, resume: mode === 'gather' ? 'gather' : 'stream', say: sayOf(agent) });
    return back.twiml;
  }

  /** The Gather call's warm transfer: the whisper from its own transcript (and its emergency), back to the Gather loop when nobody takes it. */
  async function transferGatherCall(callSid: string, call: GatherCall, kind: TransferKind, hold: string): Promise<string | null> {
    const st = call.state;
    const conv = { businessId: st.businessId, conversationId: st.conversationId };
    const [business, history] = await Promise.all([
      db.selectFrom('businesses').select('name').where('id', '=', st.businessId).executeTakeFirst(),
      deps.afterCall.history(conv),
    ]);
    const emergency = kind === 'emergency' || Boolean(st.emergency);
    const reason = emergency ? (st.emergency?.summary ?? 'Emergency, asked to be connected') : 'Asked to speak to a person';
    return deps.beginTransfer({
      callSid,
      ...conv,
      numbers: call.transferNumbers,
      say: { voice: call.say.voice ?? 'Polly.Joanna', language: call.say.language ?? 'en-US' },
      whisper: whisperText({ businessName: business?.name ?? 'business', fromNumber: st.fromNumber, emergency }, history, reason),
      resume: 'gather',
      hold,
    });
  }

  /**
   * The lead of a Gather call from what the caller gave so far, as the agent holds it (answers by
   * their question, priority, emergency): an emergency caller asking to be connected, or a caller
   * who hung up (or went silent) before every question was answered (`unfinished`: the owner's
   * e-mail says so). The alerts go with it. An emergency on a lead already written makes it URGENT.
   */
  async function saveLeadSoFar(call: GatherCall, why: { notes: string; unfinished: boolean }): Promise<void> {
    const st = call.state;
    if (st.leadId) {
      if (!st.emergency) return;
      await saveCallLead(deps.leads, { businessId: st.businessId, conversationId: st.conversationId, fromNumber: st.fromNumber, leadIds: [st.leadId] }, { emergency: { severity: st.emergency.severity, notes: st.emergency.summary || why.notes } });
      return;
    }
    const input = await deps.agent.leadSoFar(st);
    if (!input) return;
    const lead = await deps.leads.capture({
      ...input,
      issue: input.issue ?? (input.isEmergency ? 'Emergency by phone' : null),
      emergencyNotes: input.isEmergency ? input.emergencyNotes || why.notes : null,
      capturedData: why.unfinished ? { ...input.capturedData, unfinished: true } : input.capturedData,
    });
    // (A caller who hangs up while the team's phone rings already has this lead.)
    st.leadId = lead.id;
  }

  /** A Gather call ends before its lead was written: an emergency, or a caller in the middle of the questions, still reaches the team. */
  function inLeadFlow(st: GatherCall['state']): boolean {
    return !st.leadId && (Boolean(st.emergency) || st.phase === 'LEAD' || st.phase === 'EMERGENCY_CHOICE');
  }

  /** POST /api/voice/inbound (signature already checked): the TwiML that answers the call. */
  async function answer(p: Record<string, string>): Promise<{ twiml: string; mode: CallMode }> {
    const business = await findBusiness(p.To ?? '');
    if (!business || !p.CallSid) {
      return { mode: 'unknown-number', twiml: response(say('Sorry, this number is not connected to a business we serve. Goodbye.'), hangupVerb()) };
    }
    const agent = await agentConfig(business.id);
    const sayOpts = { voice: agent?.twilio_voice ?? 'Polly.Joanna', language: agent?.twilio_language ?? 'en-US' };
    if (realtimeAvailable(business.plan, agent) && deps.registry.activeCalls(business.id) >= limit(business.plan, 'concurrentCalls')) {
      await upsertConversation(business, p, 'busy');
      return {
        mode: 'busy',
        twiml: voicemailTwiml(`All our lines at ${business.name} are busy right now. Please leave your name, number and a short message after the tone.`, sayOpts),
      };
    }
    if (realtimeAvailable(business.plan, agent)) {
      const conversationId = await upsertConversation(business, p, 'realtime');
      deps.metrics.calls.inc({ mode: 'realtime' });
      return { mode: 'realtime', twiml: streamTwiml({ callSid: p.CallSid, businessId: business.id, conversationId }) };
    }
    if (can(business.plan, 'realtimeVoice')) {
      // PRO without OpenAI configured: the turn-by-turn Gather loop on the same agent brain.
      const conversationId = await upsertConversation(business, p, 'gather');
      deps.metrics.calls.inc({ mode: 'gather' });
      const twiml = await gatherFlow.start({
        businessId: business.id,
        conversationId,
        callSid: p.CallSid,
        fromNumber: p.From || null,
        toNumber: p.To || null,
        say: sayOpts,
        transferNumbers: transferNumbersOf(business, agent),
      });
      return { mode: 'gather', twiml };
    }
    // FREE and BASIC: voicemail to lead (documented in the README).
    await upsertConversation(business, p, 'voicemail');
    deps.metrics.calls.inc({ mode: 'voicemail' });
    // The greeting's opening, without its question: a voicemail cannot answer "How can I help you
    // today?" (QA: a new business's callers heard it, then "We can't take your call right now").
    const greeting = (agent?.voice_greeting ?? '').replace(/\s*[^.!?]*\?\s*$/, '').trim() || `Thanks for calling ${business.name}.`;
    return {
      mode: 'voicemail',
      twiml: voicemailTwiml(`${greeting} We can't take your call right now. Please leave your name, number and what you need after the tone, and we will call you back.`, sayOpts),
    };
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
        ...(finished ? { ended_at: new Date(deps.now()) } : {}),
        ...(Number.isFinite(duration) && duration >= 0 ? { duration_seconds: Math.round(duration) } : {}),
        // (Merged in the database: a transfer's outcome and the call's end write the same row at the same time.)
        metadata: mergedMetadata({ twilioStatus }),
        updated_at: new Date(deps.now()),
      })
      .where('business_id', '=', conv.business_id)
      .where('id', '=', conv.id)
      .execute();
    // A transfer still ringing for a caller who hung up ends here: no further number, its lead and summary once.
    if (finished) await deps.transferCallerGone(callSid).catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'ending the transfer after a hang-up failed'));
    if (finished && !conv.summary && (conv.metadata as { mode?: string }).mode === 'gather') {
      // A caller who hung up during an emergency or the questions, before the details were
      // complete: what they gave goes to the team (an emergency still wakes the owner: URGENT
      // lead, alerts), with the caller ID, each answer under its question, and what was said.
      const call = await deps.gatherCalls.get(callSid);
      if (call && inLeadFlow(call.state)) {
        await saveLeadSoFar(call, { notes: 'Caller hung up before giving all details', unfinished: true }).catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'lead after hang-up failed'));
      }
      // The agent's state says what the caller asked for: a call with only questions (no request, no
      // emergency) leaves its conversation and summary, no lead, like the same chat. Only a call whose
      // state is gone falls back to a lead from the transcript.
      await deps.afterCall.finishGatherCall(conv, Number.isFinite(duration) ? duration : 0, { fromTranscript: !call });
    }
    if (next !== conv.status) events.publish({ type: 'conversation.updated', businessId: conv.business_id, conversationId: conv.id, channel: 'CALL', status: next });
  }

  /** The <Record> action: thank the caller and hang up. */
  const voicemailDone = (): string => response(say('Thank you. We got your message and will call you back soon. Goodbye.'), hangupVerb());

  return {
    answer,
    status,
    voicemailDone,
    gatherTurn: (p: Record<string, string>): Promise<string> => gatherFlow.turn(p),
    /** A warm transfer from the Gather loop that nobody took: the caller's next TwiML. */
    backToAgent,
    lostTransfer,
    streamTwiml,
    voicemailTwiml,
    publicUrl,
    findBusiness,
    agentConfig,
    upsertConversation,
  };
}

export type Inbound = ReturnType<typeof createInbound>;
