import type { CoreDeps } from '../deps.js';
import type { AgentService } from '../agent/index.js';
import type { LeadCapture } from '../leads/capture.js';
import { CallBridge } from './call-bridge.js';
import type { Socket } from './bridge-types.js';
import { createCallControl, type CallControl } from '../twilio/call-control.js';
import { createCallTools } from './call-tools.js';
import type { GatherCall } from './gather-flow.js';
import { createAfterCall, type VoiceSessionRecord } from './after-call.js';
import { createLeadWrites } from './lead-writes.js';
import { createCallRegistry, type LiveCall } from './call-registry.js';
import { createInbound } from './inbound.js';
import { createRealtimeConnector } from './realtime-connector.js';
import { createStreamAuth } from './stream-auth.js';
import { createTransfers, type TransferLeg, type TransferState } from './transfer.js';
import { createVoiceMetrics } from './voice-metrics.js';
import { TRANSCRIPTION_PATH, VOICEMAIL_PATH } from './paths.js';
import { mergedMetadata } from '../conversations/data.js';

// The voice domain, assembled: inbound (webhooks -> TwiML), the stream's authorisation, the
// realtime connector (OpenAI sockets, pre-warm), the call registry (live calls, limits,
// metrics, drain), one CallBridge per media stream, warm transfers, and after-call work.
// Fastify-free; src/http/voice.ts adapts.

export * from './paths.js';
export type { CallMode, VoiceSessionRecord } from './after-call.js';
export type { LiveCall } from './call-registry.js';

const SESSION_TTL_MS = 7 * 24 * 3600_000;
/** A signed socket must send Twilio's `start` within this, or it is closed. */
export const START_TIMEOUT_MS = 5000;

export interface VoiceServiceDeps {
  core: CoreDeps;
  /** The agent brain (Gather loop, the realtime call's tools), built before voice. */
  agent: AgentService;
  /** The only lead writer. */
  leads: LeadCapture;
  callControl?: CallControl;
  /** Opens the OpenAI Realtime socket (tests may swap it). */
  openRealtime?: () => Socket;
}

export function createVoiceService(deps: VoiceServiceDeps) {
  const { core } = deps;
  const { db, config, logger, sessions, events } = core;
  const log = logger.child({ component: 'voice' });
  const { agent, leads } = deps;
  const metrics = createVoiceMetrics(core.metrics);
  const callControl = deps.callControl ?? createCallControl(config);
  const voiceSessions = sessions.namespace<VoiceSessionRecord>('voice', SESSION_TTL_MS);

  const registry = createCallRegistry({
    config,
    metrics,
    health: core.health,
    healthDetails: () => ({ realtime: config.OPENAI_API_KEY ? 'configured' : 'gather-fallback', twilioRest: callControl.configured ? 'configured' : 'not-configured' }),
  });
  const connector = createRealtimeConnector({ config, open: deps.openRealtime });
  const streamAuth = createStreamAuth({ db, sessions, registry, jwtSecret: config.JWT_SECRET, now: core.now, log, onRefused: (reason) => metrics.streamsRefused.inc({ reason }) });
  const leadWrites = createLeadWrites();
  const afterCall = createAfterCall({ db, events, leads, sessions: voiceSessions, now: core.now, log, leadWrites });
  const inbound = createInbound({
    db,
    events,
    config,
    registry,
    connector,
    streamAuth,
    afterCall,
    metrics,
    agent,
    leads,
    gatherCalls: sessions.namespace<GatherCall>('voice-gather', 4 * 3600_000),
    // (transfers is built below; this runs only once a call asks for a person.)
    beginTransfer: (req) => transfers.begin(req),
    transferCallerGone: (callSid) => transfers.callerGone(callSid),
    now: core.now,
    log,
  });
  const transfers = createTransfers({
    db,
    store: sessions.namespace<TransferState>('voice-transfer', 2 * 3600_000),
    byCall: sessions.namespace<string>('voice-transfer-call', 2 * 3600_000),
    legs: sessions.namespace<TransferLeg>('voice-transfer-leg', 2 * 3600_000),
    publicUrl: inbound.publicUrl,
    updateCall: (callSid, twiml) => callControl.update(callSid, twiml),
    endLeg: (callSid, status) => callControl.end(callSid, status),
    lostTransfer: (p) => inbound.lostTransfer(p),
    log,
    backToAgent: (st) => inbound.backToAgent(st),
    async onOutcome(st, outcome) {
      metrics.transfers.inc({ outcome });
      const acceptedBy = st.acceptedBy === null ? null : (st.numbers[st.acceptedBy] ?? null);
      // Merged in the database: the call's own end (after-call's analytics) writes the same row at the same time.
      await db
        .updateTable('conversations')
        .set({ metadata: mergedMetadata({ transfer: { outcome, acceptedBy } }), updated_at: new Date(core.now()) })
        .where('business_id', '=', st.businessId)
        .where('id', '=', st.conversationId)
        .execute();
      // A person took the call, or the caller hung up while it rang: the agent's part ends here, with its lead.
      if (outcome === 'accepted') await afterCall.transferAccepted({ businessId: st.businessId, conversationId: st.conversationId }, acceptedBy);
      if (outcome === 'abandoned') await afterCall.transferAbandoned({ businessId: st.businessId, conversationId: st.conversationId });
    },
  });
  const tools = createCallTools({
    callControl,
    agent,
    leads,
    transfer: (setup, history, reason) => transfers.start(setup, history, reason),
    onTriageEmergency: () => metrics.triageEmergencies.inc(),
    leadWrites,
    log,
  });

  // Bound once: a labelled observe() looks the child up by its labels on every call.
  const relayIn = metrics.relayLatency.labels('in');
  const relayOut = metrics.relayLatency.labels('out');
  const turnTotal = metrics.turnLatency.labels('total');
  const turnModel = metrics.turnLatency.labels('model');
  const turnBridge = metrics.turnLatency.labels('bridge');

  /** A Twilio media-stream socket was accepted: one bridge for its whole life. */
  function attach(socket: Socket & { ping(): void; on(event: 'pong', fn: () => void): unknown }, hooks: { openRealtime?: () => Socket } = {}): CallBridge {
    const forgetSocket = registry.addSocket(socket);
    const bridge: CallBridge = new CallBridge(socket, {
      authorize: async (start) => {
        clearTimeout(startTimer);
        const setup = await streamAuth.authorize(start);
        if (setup) {
          registry.add(bridge, { callSid: setup.callSid, businessId: setup.businessId, conversationId: setup.conversationId, startedAt: core.now(), stats: bridge.stats });
          metrics.active.inc();
        }
        return setup;
      },
      openRealtime: (setup) => (hooks.openRealtime ? hooks.openRealtime() : (connector.claim(setup.callSid) ?? connector.open())),
      executeTool: async (name, args, setup, history) => {
        metrics.toolCalls.inc({ tool: name.slice(0, 40) });
        return tools.execute(name, args, setup, history);
      },
      onTranscript: (setup, role, text) => {
        void afterCall.saveMessage(setup, role, text).catch((err: unknown) => log.warn({ err: (err as Error).message }, 'transcript write failed'));
        if (role === 'user') void tools.triage(setup, text).catch((err: unknown) => log.warn({ err: (err as Error).message }, 'transcript triage failed'));
      },
      fallback: async (setup) => {
        metrics.fallbacks.inc();
        if (!callControl.configured) return void socket.close(1011, 'realtime unavailable');
        await callControl.voicemail(
          setup.callSid,
          "Sorry, we're having trouble on the line. Please leave your name, number and a short message after the tone and we'll call you right back.",
          inbound.publicUrl(VOICEMAIL_PATH),
          inbound.publicUrl(TRANSCRIPTION_PATH),
          setup.say,
        );
      },
      hangup: async (setup) => {
        if (callControl.configured) await callControl.hangup(setup.callSid);
        else socket.close(1000, 'call ended');
      },
      history: (setup) => afterCall.history(setup),
      onEnd: (setup, stats, history) => {
        clearTimeout(startTimer);
        forgetSocket();
        const call = registry.remove(bridge, stats);
        if (!setup || !call) return;
        metrics.active.dec();
        metrics.interruptions.inc(stats.interruptions);
        metrics.openaiErrors.inc(stats.openaiErrors);
        if (stats.firstAudioMs !== null) metrics.firstAudio.observe(stats.firstAudioMs / 1000);
        registry.release(setup.businessId);
        afterCall.finalizeLater(setup, stats, history);
      },
      onAudioRelayed: (direction, ms) => (direction === 'in' ? relayIn : relayOut).observe(ms / 1000),
      onTurn: (turn) => {
        turnTotal.observe(turn.totalMs / 1000);
        turnModel.observe(turn.modelMs / 1000);
        turnBridge.observe(turn.bridgeMs / 1000);
      },
      log,
      now: core.now,
      model: config.OPENAI_REALTIME_MODEL,
    });
    // A signed socket that never says which call it is holds a slot for nothing: closed.
    const startTimer = setTimeout(() => {
      if (bridge.started) return;
      metrics.streamsRefused.inc({ reason: 'no-start' });
      log.warn({}, 'media stream sent no start: closed');
      bridge.finish('no start');
      socket.close(1008, 'no start');
    }, START_TIMEOUT_MS);
    startTimer.unref();
    return bridge;
  }

  /** Shutdown: calls in progress get up to SHUTDOWN_GRACE to finish before they are cut. */
  async function stop(): Promise<void> {
    await registry.drain();
    connector.stop();
    await afterCall.settled();
  }

  return {
    voicemailDone: inbound.voicemailDone,
    voicemailTranscribed: afterCall.voicemailTranscribed,
    gatherTurn: inbound.gatherTurn,
    answer: inbound.answer,
    status: inbound.status,
    transferWhisper: transfers.whisper,
    transferAccept: transfers.accept,
    transferDialDone: transfers.dialDone,
    transferLegStatus: transfers.legStatus,
    attach,
    startHeartbeat: registry.startHeartbeat,
    stop,
    liveCalls: async (businessId: string): Promise<LiveCall[]> => registry.liveCalls(businessId),
    /** Every live call on this instance (all businesses): monitoring and tests. */
    liveCallsSync: (): LiveCall[] => registry.liveCalls(),
    /** Whether another media-stream socket may be accepted (MAX_WEBSOCKET_CONNECTIONS). */
    canAcceptSocket: registry.canAcceptSocket,
    session: (callSid: string) => voiceSessions.get(callSid),
    /** Waits for post-call work (summary, lead extraction) in flight: tests and shutdown. */
    settled: afterCall.settled,
  };
}

export type VoiceService = ReturnType<typeof createVoiceService>;
