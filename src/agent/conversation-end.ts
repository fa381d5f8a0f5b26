import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/schema.js';
import type { EventBus } from '../events.js';
import { summariseCall } from '../conversations/summary.js';
import { mergedMetadata } from '../conversations/data.js';
import type { LeadCapture, LeadInput } from './lead-capture.js';

// Ending website chats: explicitly (the visitor pressed "End chat") or by the idle sweep.
// The end is one conditional UPDATE (status still ACTIVE), so a sweep on two instances and a
// visitor's own end never end a chat twice; only the winner publishes conversation.updated
// (ENDED), after the write, which makes the notifications worker send `conversation.ended`.

export interface ChatEnder {
  /** Ends one ACTIVE chat; false when it was already ended (or is not this business's). */
  end(businessId: string, conversationId: string, reason: 'visitor' | 'idle'): Promise<boolean>;
  /** Ends chats whose last message is older than `idleMs`; returns how many it ended. */
  sweepIdle(idleMs: number, batch?: number): Promise<number>;
  /**
   * Writes the unfinished lead of each open chat that told an emergency and has been quiet for
   * `quietMs` with no lead yet, without ending the chat; returns how many it wrote.
   */
  sweepQuietEmergencies(quietMs: number, batch?: number): Promise<number>;
}

/**
 * A reply that treated the chat as an emergency (its banner; agent/index.ts keeps the severity in
 * the message's metadata): the summary says so even when the visitor left no details (QA 33: a
 * tenant's "theres a weird gas smell in my kitchen" was listed as "Chat of 0s ... No lead captured.").
 */
function raisedEmergency(row: { role: string; metadata: unknown }): boolean {
  const severity = (row.metadata as { emergency?: unknown } | null)?.emergency;
  return row.role === 'assistant' && typeof severity === 'number' && severity >= 8;
}

export function createChatEnder(deps: { db: Kysely<Database>; events: EventBus; now: () => number; leads?: LeadCapture }): ChatEnder {
  const { db, events } = deps;

  async function lastActivity(businessId: string, conversationId: string, startedAt: Date): Promise<Date> {
    const row = await db
      .selectFrom('messages')
      .select((eb) => eb.fn.max('created_at').as('last'))
      .where('business_id', '=', businessId)
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    const last = row?.last ? new Date(row.last as unknown as string | Date) : null;
    return last && last > startedAt ? last : startedAt;
  }

  async function end(businessId: string, conversationId: string, reason: 'visitor' | 'idle'): Promise<boolean> {
    const conv = await db
      .selectFrom('conversations')
      .select(['id', 'status', 'started_at', 'channel', 'metadata'])
      .where('business_id', '=', businessId)
      .where('id', '=', conversationId)
      .executeTakeFirst();
    if (!conv || conv.status !== 'ACTIVE' || conv.channel !== 'CHAT') return false;
    const startedAt = new Date(conv.started_at);
    // An idle chat ended when the visitor last wrote, not when the sweep noticed it.
    const endedAt = reason === 'idle' ? await lastActivity(businessId, conversationId, startedAt) : new Date(deps.now());
    const rows = await db
      .selectFrom('messages')
      .select(['role', 'content', 'metadata'])
      .where('business_id', '=', businessId)
      .where('conversation_id', '=', conversationId)
      .where('role', 'in', ['user', 'assistant'])
      .orderBy('created_at')
      .limit(200)
      .execute();
    const leads = await db.selectFrom('leads').select('priority').where('business_id', '=', businessId).where('conversation_id', '=', conversationId).execute();
    const pending = (conv.metadata as { unfinishedLead?: LeadInput } | null)?.unfinishedLead;
    const { leads: capture } = deps;
    // (Capture decides against the chat's leads: a lead the quiet-emergency sweep wrote is completed
    // by what was given since, and a finished one gets nothing added.)
    const unfinished = capture && pending && (pending.phone || pending.email || pending.isEmergency) ? pending : null;
    const durationSec = Math.max(0, Math.round((endedAt.getTime() - startedAt.getTime()) / 1000));
    const summary = summariseCall(
      rows.map((r) => ({ role: r.role as 'user' | 'assistant', text: r.content })),
      { channel: 'CHAT', durationSec, tools: {}, emergency: leads.some((l) => l.priority === 'URGENT') || rows.some(raisedEmergency), leadCaptured: leads.length > 0 || !!unfinished, interruptions: 0 },
    );
    const updated = await db
      .updateTable('conversations')
      .set({
        status: 'ENDED',
        ended_at: endedAt,
        duration_seconds: durationSec,
        summary,
        metadata: mergedMetadata({ endedBy: reason }),
        updated_at: new Date(deps.now()),
      })
      .where('business_id', '=', businessId)
      .where('id', '=', conversationId)
      .where('status', '=', 'ACTIVE')
      .returning('id')
      .executeTakeFirst();
    if (!updated) return false;
    // The visitor left before every question was answered, after giving a way to reach them (or
    // after telling an emergency): what they gave goes to the team as a lead (marked unfinished),
    // not lost with the chat.
    if (unfinished && capture) await capture.capture({ ...unfinished, businessId, conversationId, channel: 'CHAT', capturedData: { ...unfinished.capturedData, unfinished: true } });
    events.publish({ type: 'conversation.updated', businessId, conversationId, channel: 'CHAT', status: 'ENDED' });
    return true;
  }

  const lastMessage = sql<Date>`coalesce((select max(m.created_at) from messages m where m.business_id = c.business_id and m.conversation_id = c.id), c.started_at)`;

  return {
    end,
    async sweepQuietEmergencies(quietMs, batch = 100) {
      const { leads: capture } = deps;
      if (!capture) return 0;
      const cutoff = new Date(deps.now() - quietMs);
      const quiet = await db
        .selectFrom('conversations as c')
        .select(['c.id', 'c.business_id'])
        .where('c.channel', '=', 'CHAT')
        .where('c.status', '=', 'ACTIVE')
        .where(sql<string>`c.metadata->'unfinishedLead'->>'isEmergency'`, '=', 'true')
        .where(sql<boolean>`c.metadata->>'emergencyLeadWritten'`, 'is', null)
        .where(sql<boolean>`not exists (select 1 from leads l where l.business_id = c.business_id and l.conversation_id = c.id)`)
        .where(lastMessage, '<', cutoff)
        .orderBy('c.started_at')
        .limit(batch)
        .execute();
      let written = 0;
      for (const c of quiet) {
        // The claim: one instance writes the lead (the flag is set only where it was not).
        const claimed = await db
          .updateTable('conversations')
          .set({ metadata: mergedMetadata({ emergencyLeadWritten: true }) })
          .where('business_id', '=', c.business_id)
          .where('id', '=', c.id)
          .where('status', '=', 'ACTIVE')
          .where(sql<boolean>`metadata->>'emergencyLeadWritten'`, 'is', null)
          .where(sql<boolean>`not exists (select 1 from leads l where l.business_id = ${c.business_id} and l.conversation_id = ${c.id})`)
          .returning('metadata')
          .executeTakeFirst();
        const pending = (claimed?.metadata as { unfinishedLead?: LeadInput } | undefined)?.unfinishedLead;
        if (!pending) continue;
        // (An unfinished capture adds nothing to a chat whose lead was written meanwhile: leads/capture.ts.)
        try {
          await capture.capture({ ...pending, businessId: c.business_id, conversationId: c.id, channel: 'CHAT', capturedData: { ...pending.capturedData, unfinished: true } });
        } catch (err) {
          // Not written: the next sweep tries again.
          await db.updateTable('conversations').set({ metadata: sql<Record<string, unknown>>`metadata - 'emergencyLeadWritten'` }).where('business_id', '=', c.business_id).where('id', '=', c.id).execute();
          throw err;
        }
        written++;
      }
      return written;
    },
    async sweepIdle(idleMs, batch = 100) {
      const cutoff = new Date(deps.now() - idleMs);
      const idle = await db
        .selectFrom('conversations as c')
        .select(['c.id', 'c.business_id'])
        .where('c.channel', '=', 'CHAT')
        .where('c.status', '=', 'ACTIVE')
        .where('c.started_at', '<', cutoff)
        .where(lastMessage, '<', cutoff)
        .orderBy('c.started_at')
        .limit(batch)
        .execute();
      let ended = 0;
      for (const c of idle) if (await end(c.business_id, c.id, 'idle')) ended++;
      return ended;
    },
  };
}
