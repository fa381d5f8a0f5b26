import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { can } from '../plans/index.js';
import { NOTIFICATION_KINDS, idempotencyKey, type WebhookEvent } from './kinds.js';
import { leadJson, webhookEventBody } from './webhook-payloads.js';

type Db = Kysely<Database> | Transaction<Database>;

const MAX_TRANSCRIPT_MESSAGES = 500;
const MAX_TRANSCRIPT_CHARS = 100_000;

/**
 * Writes one outbox delivery per enabled endpoint of the business subscribed to `event`.
 * `subject` names the occurrence (e.g. "<leadId>@<updatedAt>"), so enqueueing the same
 * occurrence twice delivers once. Use inside the transaction that made the change when you can.
 */
export async function enqueueWebhookEvent(
  db: Db,
  input: { businessId: string; leadId?: string | null; event: WebhookEvent; subject: string; data: Record<string, unknown> },
): Promise<number> {
  const business = await db.selectFrom('businesses').select('plan').where('id', '=', input.businessId).executeTakeFirst();
  if (!business || !can(business.plan, 'outgoingWebhooks')) return 0;
  const endpoints = await db
    .selectFrom('webhook_endpoints')
    .select(['id', 'events'])
    .where('business_id', '=', input.businessId)
    .where('enabled', '=', true)
    .execute();
  const targets = endpoints.filter((e) => e.events.includes(input.event));
  if (targets.length === 0) return 0;
  const body = webhookEventBody(input.event, input.data);
  await db
    .insertInto('notifications')
    .values(
      targets.map((endpoint) => ({
        business_id: input.businessId,
        lead_id: input.leadId ?? null,
        kind: NOTIFICATION_KINDS.WEBHOOK,
        recipient: endpoint.id,
        payload: JSON.stringify(body),
        idempotency_key: idempotencyKey(`${input.subject}/${input.event}`, NOTIFICATION_KINDS.WEBHOOK, endpoint.id),
      })),
    )
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
  return targets.length;
}

/** lead.updated for the lead's current state (one delivery per distinct updated_at). */
export async function enqueueLeadUpdated(db: Db, businessId: string, leadId: string): Promise<number> {
  const lead = await db.selectFrom('leads').selectAll().where('business_id', '=', businessId).where('id', '=', leadId).executeTakeFirst();
  if (!lead) return 0;
  const stamp = lead.updated_at instanceof Date ? lead.updated_at.getTime() : Date.parse(String(lead.updated_at));
  return enqueueWebhookEvent(db, { businessId, leadId, event: 'lead.updated', subject: `${leadId}@${stamp}`, data: leadJson(lead) });
}

/** conversation.ended with transcript and summary (once per conversation). */
export async function enqueueConversationEnded(db: Db, businessId: string, conversationId: string): Promise<number> {
  const conversation = await db
    .selectFrom('conversations')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', conversationId)
    .executeTakeFirst();
  if (!conversation) return 0;
  const messages = await db
    .selectFrom('messages')
    .select(['role', 'content', 'created_at'])
    .where('business_id', '=', businessId)
    .where('conversation_id', '=', conversationId)
    .where('role', 'in', ['user', 'assistant'])
    .orderBy('created_at')
    .limit(MAX_TRANSCRIPT_MESSAGES)
    .execute();
  let budget = MAX_TRANSCRIPT_CHARS;
  const transcript = [];
  for (const m of messages) {
    if (budget <= 0) break;
    const content = m.content.slice(0, budget);
    budget -= content.length;
    transcript.push({ role: m.role, content, at: new Date(m.created_at).toISOString() });
  }
  const leads = await db
    .selectFrom('leads')
    .select('id')
    .where('business_id', '=', businessId)
    .where('conversation_id', '=', conversationId)
    .execute();
  return enqueueWebhookEvent(db, {
    businessId,
    event: 'conversation.ended',
    subject: conversationId,
    data: {
      id: conversation.id,
      channel: conversation.channel,
      status: conversation.status,
      fromNumber: conversation.from_number,
      startedAt: new Date(conversation.started_at).toISOString(),
      endedAt: conversation.ended_at ? new Date(conversation.ended_at).toISOString() : null,
      durationSeconds: conversation.duration_seconds,
      summary: conversation.summary,
      leadIds: leads.map((l) => l.id),
      transcript,
      transcriptTruncated: messages.length >= MAX_TRANSCRIPT_MESSAGES || budget <= 0,
    },
  });
}
