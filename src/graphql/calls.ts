import type { Conversation } from '../db/schema.js';
import type { LiveCall } from '../voice/call-registry.js';
import type { TurnLatencySummary } from '../voice/after-call.js';
import { saveTransferSettings, transferSettings, type TransferSettings } from '../voice/transfer.js';
import { toE164 } from '../twilio/e164.js';
import { countryOfBusiness } from '../business/data.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { ConversationRef } from './records.js';

// Phone-call analytics (per call, from what the bridge recorded) and the calls live right now.
// Both are session monitoring: gated by the `sessionMonitoring` plan feature.

interface VoiceAnalytics {
  turnLatency?: TurnLatencySummary | null;
  packetsIn?: number;
  packetsOut?: number;
  packetsDropped?: number;
  malformedFrames?: number;
  interruptions?: number;
  toolCalls?: Record<string, number>;
  openaiErrors?: number;
  reconnects?: number;
  firstAudioMs?: number | null;
  emergency?: boolean;
  leadIds?: string[];
}

interface CallAnalyticsRow {
  conversation: Conversation;
  voice: VoiceAnalytics;
  mode: string | null;
}

const ToolCallCount = builder.objectRef<{ tool: string; count: number }>('ToolCallCount').implement({
  fields: (t) => ({ tool: t.exposeString('tool'), count: t.exposeInt('count') }),
});

const TurnLatencyRef = builder.objectRef<TurnLatencySummary>('TurnLatency').implement({
  description:
    "Per caller turn: from the end of the caller's speech to the first answer audio sent to the phone line, in ms; split into the model's share and the bridge's own (tools it ran, forwarding)",
  fields: (t) => ({
    turns: t.exposeInt('turns'),
    totalP50Ms: t.exposeFloat('totalP50Ms'),
    totalP95Ms: t.exposeFloat('totalP95Ms'),
    modelP50Ms: t.exposeFloat('modelP50Ms'),
    modelP95Ms: t.exposeFloat('modelP95Ms'),
    bridgeP50Ms: t.exposeFloat('bridgeP50Ms'),
    bridgeP95Ms: t.exposeFloat('bridgeP95Ms'),
  }),
});

const toolList = (calls: Record<string, number> | undefined) => Object.entries(calls ?? {}).map(([tool, count]) => ({ tool, count }));

const INTENT_OF_TOOL: Record<string, string> = {
  search_knowledge: 'QUESTION',
  capture_lead: 'LEAD',
  report_emergency: 'EMERGENCY',
  check_project_status: 'PROJECT_STATUS',
  transfer_call: 'TRANSFER',
  end_call: 'END',
};

const CallAnalyticsRef = builder.objectRef<CallAnalyticsRow>('CallAnalytics').implement({
  description: 'What the voice bridge recorded about one phone call',
  fields: (t) => ({
    mode: t.string({ nullable: true, description: 'realtime, gather, voicemail or busy', resolve: (r) => r.mode }),
    durationSeconds: t.int({ nullable: true, resolve: (r) => r.conversation.duration_seconds }),
    messages: t.int({
      description: 'Transcript messages saved for the call',
      resolve: async (r, _a, ctx) => {
        const row = await ctx.deps.db
          .selectFrom('messages')
          .select(ctx.deps.db.fn.countAll<string>().as('n'))
          .where('business_id', '=', r.conversation.business_id)
          .where('conversation_id', '=', r.conversation.id)
          .executeTakeFirst();
        return Number(row?.n ?? 0);
      },
    }),
    intents: t.stringList({ description: 'What the caller came for, from the tools the agent used', resolve: (r) => [...new Set(Object.keys(r.voice.toolCalls ?? {}).map((k) => INTENT_OF_TOOL[k] ?? 'OTHER'))] }),
    emergencyDetected: t.boolean({ resolve: (r) => r.voice.emergency ?? false }),
    toolCalls: t.field({ type: [ToolCallCount], resolve: (r) => toolList(r.voice.toolCalls) }),
    packetsIn: t.int({ resolve: (r) => r.voice.packetsIn ?? 0 }),
    packetsOut: t.int({ resolve: (r) => r.voice.packetsOut ?? 0 }),
    packetsDropped: t.int({ resolve: (r) => r.voice.packetsDropped ?? 0 }),
    interruptions: t.int({ resolve: (r) => r.voice.interruptions ?? 0 }),
    openaiErrors: t.int({ resolve: (r) => r.voice.openaiErrors ?? 0 }),
    reconnects: t.int({ resolve: (r) => r.voice.reconnects ?? 0 }),
    firstAudioMs: t.int({ nullable: true, resolve: (r) => (r.voice.firstAudioMs == null ? null : Math.round(r.voice.firstAudioMs)) }),
    turnLatency: t.field({ type: TurnLatencyRef, nullable: true, description: 'Caller-turn latency (p50/p95); null before the first measured turn', resolve: (r) => r.voice.turnLatency ?? null }),
    connectionStatus: t.string({ description: 'ACTIVE, ENDED, FAILED or MISSED', resolve: (r) => r.conversation.status }),
  }),
});

builder.objectField(ConversationRef, 'callAnalytics', (t) =>
  t.withAuth({ authenticated: true, feature: 'sessionMonitoring' }).field({
    type: CallAnalyticsRef,
    nullable: true,
    description: 'Per-call session analytics (phone calls only)',
    resolve: (c) => {
      if (c.channel !== 'CALL') return null;
      const meta = (c.metadata ?? {}) as { voice?: VoiceAnalytics; mode?: string };
      return { conversation: c, voice: meta.voice ?? {}, mode: meta.mode ?? null };
    },
  }),
);

const LiveCallRef = builder.objectRef<LiveCall>('LiveCall').implement({
  description: 'A phone call bridged to the realtime agent right now (on the instance that answers)',
  fields: (t) => ({
    callSid: t.exposeString('callSid'),
    conversationId: t.exposeID('conversationId'),
    startedAt: t.field({ type: 'DateTime', resolve: (c) => new Date(c.startedAt) }),
    durationSeconds: t.int({ resolve: (c, _a, ctx) => Math.max(0, Math.round((ctx.deps.now() - c.startedAt) / 1000)) }),
    connectionStatus: t.string({ description: 'connecting, active, reconnecting, fallback or ended', resolve: (c) => c.stats.status }),
    packetsIn: t.int({ resolve: (c) => c.stats.framesIn }),
    packetsOut: t.int({ resolve: (c) => c.stats.framesOut }),
    interruptions: t.int({ resolve: (c) => c.stats.interruptions }),
    toolCalls: t.field({ type: [ToolCallCount], resolve: (c) => toolList(c.stats.toolCalls) }),
  }),
});

builder.queryField('liveCalls', (t) =>
  t.withAuth({ authenticated: true, feature: 'sessionMonitoring' }).field({
    type: [LiveCallRef],
    description: 'Phone calls in progress with the realtime agent',
    resolve: (_r, _a, ctx) => ctx.services.voice.liveCalls(ctx.actor.businessId),
  }),
);

const CallTransferRef = builder.objectRef<TransferSettings>('CallTransferSettings').implement({
  description: 'Who transfer_call rings, in order (a waterfall of up to 3), and for how long each; empty numbers: the business phone',
  fields: (t) => ({ numbers: t.exposeStringList('numbers'), ringSeconds: t.exposeInt('ringSeconds') }),
});

builder.queryField('callTransfer', (t) =>
  t.withAuth({ authenticated: true, feature: 'realtimeVoice' }).field({
    type: CallTransferRef,
    resolve: (_r, _a, ctx) => transferSettings(ctx.deps.db, ctx.actor.businessId),
  }),
);

builder.mutationField('setCallTransfer', (t) =>
  t.withAuth({ writer: true, feature: 'realtimeVoice' }).field({
    type: CallTransferRef,
    description: 'Sets the warm-transfer waterfall: up to 3 numbers (stored E.164; without a country code read in the business\'s country), each ringing ringSeconds (5-60, default 20)',
    args: { numbers: t.arg.stringList({ required: true }), ringSeconds: t.arg.int() },
    resolve: async (_r, args, ctx) => {
      const country = await countryOfBusiness(ctx.deps.db, ctx.actor.businessId);
      const r = await saveTransferSettings(ctx.deps.db, ctx.actor.businessId, { numbers: args.numbers.slice(0, 10), ringSeconds: args.ringSeconds }, (n) => toE164(n, country));
      if ('error' in r) throw badInput(r.error);
      return r;
    },
  }),
);
