import type { Kysely } from 'kysely';
import { visitorWords } from '../agent/format.js';
import { asksForPerson } from '../agent/lead-messages.js';
import type { Database } from '../db/schema.js';
import type { EventBus } from '../events.js';
import type { LeadCapture } from '../leads/capture.js';
import type { LeadWrites } from './lead-writes.js';
import type { SessionNamespace } from '../sessions/index.js';
import type { CallSetup, CallStats, HistoryEntry, TurnLatency } from './bridge-types.js';
import { asksForSomething, extractLead, summariseCall } from './call-summary.js';
import { saveCallLead } from './call-tools.js';
import { mergedMetadata } from '../conversations/data.js';

// What happens once a call (or one bridged stretch of it) is over: the transcript rows, the
// summary, a lead extracted when the agent captured none, the per-call analytics, and the
// voicemail that becomes a lead. The same work for realtime, Gather and voicemail calls.

export type CallMode = 'realtime' | 'gather' | 'voicemail' | 'busy' | 'unknown-number';

export interface TurnLatencySummary {
  turns: number;
  totalP50Ms: number;
  totalP95Ms: number;
  modelP50Ms: number;
  modelP95Ms: number;
  bridgeP50Ms: number;
  bridgeP95Ms: number;
}

export interface VoiceAnalytics {
  packetsIn: number;
  packetsOut: number;
  packetsDropped: number;
  malformedFrames: number;
  interruptions: number;
  toolCalls: Record<string, number>;
  openaiErrors: number;
  reconnects: number;
  firstAudioMs: number | null;
  turnLatency: TurnLatencySummary | null;
  emergency: boolean;
  leadIds: string[];
}

export interface VoiceSessionRecord extends VoiceAnalytics {
  callSid: string;
  businessId: string;
  conversationId: string;
  mode: CallMode;
  status: CallStats['status'];
  startedAt: number;
  endedAt?: number;
  durationMs?: number;
}

/** Nearest-rank percentile of an ascending list. */
const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

export function summariseTurns(turns: readonly TurnLatency[]): TurnLatencySummary | null {
  if (turns.length === 0) return null;
  const of = (k: keyof TurnLatency) => turns.map((x) => x[k]).sort((a, b) => a - b);
  const total = of('totalMs');
  const model = of('modelMs');
  const bridge = of('bridgeMs');
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    turns: turns.length,
    totalP50Ms: r(pct(total, 50)),
    totalP95Ms: r(pct(total, 95)),
    modelP50Ms: r(pct(model, 50)),
    modelP95Ms: r(pct(model, 95)),
    bridgeP50Ms: r(pct(bridge, 50)),
    bridgeP95Ms: r(pct(bridge, 95)),
  };
}

export interface AfterCallDeps {
  db: Kysely<Database>;
  events: EventBus;
  /** The only lead writer. */
  leads: LeadCapture;
  sessions: SessionNamespace<VoiceSessionRecord>;
  now: () => number;
  log: { warn(obj: object, msg: string): void };
  /** Lead work still in flight from the call: waited for before the leads it wrote are read. */
  leadWrites: LeadWrites;
}

export function createAfterCall(deps: AfterCallDeps) {
  const { db, events } = deps;
  const { leads } = deps;
  const pending = new Set<Promise<void>>();
  /** The after-call work in flight per conversation (settled, never rejected): the next waits for it. */
  const finalizing = new Map<string, Promise<void>>();

  /**
   * Runs `work` once the conversation's after-call work in flight has settled: a stream's
   * finalization, a Gather call's end (Twilio's status callback) and a transfer's outcome (the
   * <Dial> action, which can arrive at the same moment) each read what the one before wrote, so
   * a call gets one lead and one summary.
   */
  function serially(conversationId: string, work: () => Promise<void>): Promise<void> {
    const p = (finalizing.get(conversationId) ?? Promise.resolve()).then(work);
    const settled = p.catch(() => undefined);
    finalizing.set(conversationId, settled);
    void settled.then(() => {
      if (finalizing.get(conversationId) === settled) finalizing.delete(conversationId);
    });
    return p;
  }

  async function saveMessage(setup: Pick<CallSetup, 'businessId' | 'conversationId'>, role: 'user' | 'assistant', text: string): Promise<void> {
    await db.insertInto('messages').values({ business_id: setup.businessId, conversation_id: setup.conversationId, role, content: text, metadata: JSON.stringify({ channel: 'CALL' }) }).execute();
  }

  async function history(conv: { businessId: string; conversationId: string }): Promise<HistoryEntry[]> {
    const rows = await db
      .selectFrom('messages')
      .select(['role', 'content'])
      .where('business_id', '=', conv.businessId)
      .where('conversation_id', '=', conv.conversationId)
      .orderBy('created_at')
      .limit(200)
      .execute();
    return rows.filter((r) => r.role === 'user' || r.role === 'assistant').map((r) => ({ role: r.role as 'user' | 'assistant', text: r.content }));
  }

  /** A bridged call ended: summary, lead extraction, analytics, the session record. */
  async function finalize(setup: CallSetup, stats: CallStats, hist: HistoryEntry[]): Promise<void> {
    const endedAt = deps.now();
    const durationSec = Math.max(0, Math.round((endedAt - stats.startedAt) / 1000));
    await deps.leadWrites.settled(setup.conversationId);
    // (A call of questions only leaves no lead, as the Gather loop and the chat: QA, the realtime
    // path e-mailed the owner a "New lead" with the caller ID and a question as its issue.)
    if (setup.leadIds.length === 0 && !setup.transferring && asksForSomething(hist)) {
      const extracted = extractLead(hist);
      if (extracted && (extracted.phone || extracted.email || extracted.name || setup.fromNumber)) {
        await saveCallLead(leads, setup, { ...extracted }).catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'post-call lead extraction failed'));
      }
    }
    const summary = summariseCall(hist, { durationSec, tools: stats.toolCalls, emergency: setup.emergency, leadCaptured: setup.leadIds.length > 0, interruptions: stats.interruptions });
    const conv = await db.selectFrom('conversations').select(['status', 'duration_seconds']).where('business_id', '=', setup.businessId).where('id', '=', setup.conversationId).executeTakeFirst();
    const analytics: VoiceAnalytics = {
      packetsIn: stats.framesIn,
      packetsOut: stats.framesOut,
      packetsDropped: stats.framesDropped,
      malformedFrames: stats.malformedFrames,
      interruptions: stats.interruptions,
      toolCalls: stats.toolCalls,
      openaiErrors: stats.openaiErrors,
      reconnects: stats.reconnects,
      firstAudioMs: stats.firstAudioMs,
      turnLatency: summariseTurns(stats.turns),
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
        // (Merged in the database: a transfer's outcome is written to the same row at the same time.)
        metadata: mergedMetadata({ voice: analytics }),
        updated_at: new Date(endedAt),
      })
      .where('business_id', '=', setup.businessId)
      .where('id', '=', setup.conversationId)
      .execute();
    await deps.sessions.set(setup.callSid, {
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

  /**
   * A <Gather> call ended: the same after-call work as a realtime one (summary, lead), unless a
   * transfer's outcome did it. `fromTranscript: false`: the agent's state of the call is known and
   * holds no request (only questions were asked), so no lead is made up from the transcript: the
   * call is the conversation and its summary, as the same chat would be (QA: a call with two
   * questions e-mailed the owner a NORMAL "New lead" with no name and a question as its issue).
   */
  function finishGatherCall(conv: { id: string; business_id: string; from_number: string | null }, durationSec: number, opts: { fromTranscript?: boolean } = {}): Promise<void> {
    return serially(conv.id, () => finishGather(conv, durationSec, opts.fromTranscript ?? true));
  }

  async function finishGather(conv: { id: string; business_id: string; from_number: string | null }, durationSec: number, fromTranscript: boolean): Promise<void> {
    const done = await db.selectFrom('conversations').select('summary').where('business_id', '=', conv.business_id).where('id', '=', conv.id).executeTakeFirst();
    if (done?.summary) return;
    const hist = await history({ businessId: conv.business_id, conversationId: conv.id });
    const rows = await db.selectFrom('leads').select(['id', 'priority']).where('business_id', '=', conv.business_id).where('conversation_id', '=', conv.id).execute();
    const setup = { businessId: conv.business_id, conversationId: conv.id, fromNumber: conv.from_number, leadIds: rows.map((l) => l.id) };
    if (rows.length === 0 && fromTranscript && asksForSomething(hist)) {
      const extracted = extractLead(hist);
      if (extracted) await saveCallLead(leads, setup, { ...extracted }).catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'post-call lead extraction failed'));
    }
    const summary = summariseCall(hist, {
      durationSec: Math.round(durationSec),
      tools: {},
      emergency: rows.some((l) => l.priority === 'URGENT'),
      leadCaptured: setup.leadIds.length > 0,
      interruptions: 0,
    });
    await db.updateTable('conversations').set({ summary }).where('business_id', '=', conv.business_id).where('id', '=', conv.id).execute();
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
      leads,
      { businessId: conv.business_id, conversationId: conv.id, fromNumber: conv.from_number, leadIds: [] },
      { ...extracted, issue: text ? visitorWords(text, 4000) : 'Voicemail (no transcription)', channel: 'VOICEMAIL' },
    );
    await db
      .updateTable('conversations')
      .set({ summary: `Voicemail: "${text.slice(0, 300)}"`, updated_at: new Date(deps.now()) })
      .where('business_id', '=', conv.business_id)
      .where('id', '=', conv.id)
      .execute();
    return lead.id;
  }

  /** Runs `finalize` in the background, tracked so shutdown and tests can wait for it. */
  function finalizeLater(setup: CallSetup, stats: CallStats, hist: HistoryEntry[]): void {
    const p = serially(setup.conversationId, () => finalize(setup, stats, hist)).catch((err: unknown) => deps.log.warn({ err: (err as Error).message, callSid: setup.callSid }, 'call finalization failed'));
    pending.add(p);
    void p.finally(() => pending.delete(p));
  }

  /**
   * A person took the call (warm transfer accepted): the agent's part is over. The transcript so
   * far still yields a lead when the agent captured none (the same extraction as any call), and
   * the conversation ends with a summary that says who took it.
   */
  function transferAccepted(conv: { businessId: string; conversationId: string }, acceptedBy: string | null): Promise<void> {
    // The stream closed when the transfer began: its finalization (analytics, status) first.
    return serially(conv.conversationId, () => recordTransferEnd(conv, { acceptedBy }));
  }

  /**
   * The caller hung up while the team was being rung: the same end as an accepted transfer (one
   * lead from the transcript, or the one already written, amended; a summary), saying so.
   */
  function transferAbandoned(conv: { businessId: string; conversationId: string }): Promise<void> {
    return serially(conv.conversationId, () => recordTransferEnd(conv, 'abandoned'));
  }

  async function recordTransferEnd(conv: { businessId: string; conversationId: string }, end: { acceptedBy: string | null } | 'abandoned'): Promise<void> {
    const row = await db
      .selectFrom('conversations')
      .select(['from_number', 'started_at', 'status', 'metadata'])
      .where('business_id', '=', conv.businessId)
      .where('id', '=', conv.conversationId)
      .executeTakeFirst();
    if (!row) return;
    const hist = await history(conv);
    await deps.leadWrites.settled(conv.conversationId);
    const existing = await db.selectFrom('leads').select(['id', 'priority']).where('business_id', '=', conv.businessId).where('conversation_id', '=', conv.conversationId).execute();
    const setup = { businessId: conv.businessId, conversationId: conv.conversationId, fromNumber: row.from_number, leadIds: existing.map((l) => l.id) };
    const extracted = extractLead(hist);
    // No lead yet: one from the transcript. A lead already written during the call (say, by the
    // emergency triage) gets the contact details the caller gave, its issue kept.
    const asked = end === 'abandoned' ? 'Caller asked to speak to someone (hung up while the team was rung)' : 'Caller asked to speak to someone (call transferred)';
    // ("can i talk to someone" is how they asked, not what they want: the issue then says what happened.)
    const onlyAsked = !!extracted?.issue && asksForPerson(extracted.issue) && extracted.issue.split(/\s+/).length <= 8;
    const issue = extracted?.issue && !onlyAsked ? extracted.issue : asked;
    const input = existing.length === 0 ? { ...extracted, issue } : { name: extracted?.name, email: extracted?.email, phone: extracted?.phone };
    if (existing.length > 0 || extracted || row.from_number) {
      await saveCallLead(leads, setup, input).catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'lead extraction after transfer failed'));
    }
    const endedAt = deps.now();
    const voice = (row.metadata as { voice?: VoiceAnalytics } | null)?.voice;
    const summary = summariseCall(hist, {
      durationSec: Math.max(0, Math.round((endedAt - row.started_at.getTime()) / 1000)),
      tools: voice?.toolCalls ?? {},
      emergency: voice?.emergency ?? existing.some((l) => l.priority === 'URGENT'),
      leadCaptured: setup.leadIds.length > 0,
      interruptions: voice?.interruptions ?? 0,
    });
    await db
      .updateTable('conversations')
      .set({
        status: row.status === 'ACTIVE' ? 'ENDED' : row.status,
        ended_at: new Date(endedAt),
        summary: end === 'abandoned' ? `${summary} The caller hung up while the team was being rung.` : `${summary} Transferred to ${end.acceptedBy ?? 'a person'}, who took the call.`,
        updated_at: new Date(endedAt),
      })
      .where('business_id', '=', conv.businessId)
      .where('id', '=', conv.conversationId)
      .execute();
    events.publish({ type: 'conversation.updated', businessId: conv.businessId, conversationId: conv.conversationId, channel: 'CALL', status: 'ENDED' });
  }

  return {
    saveMessage,
    history,
    finalizeLater,
    transferAccepted,
    transferAbandoned,
    finishGatherCall,
    voicemailTranscribed,
    settled: () => Promise.allSettled([...pending]).then(() => undefined),
  };
}

export type AfterCall = ReturnType<typeof createAfterCall>;
