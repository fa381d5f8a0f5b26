import type { Kysely, Transaction } from 'kysely';
import type { Database, Lead, LeadChannel, Priority } from '../db/schema.js';
import type { EventBus } from '../events.js';
import { enqueueAlertOnceReachable, enqueueLeadNotifications, enqueueOwnerUpdate } from '../notify/lead-notifications.js';
import { matchClient, normalizeEmail, sameContact } from '../contacts/index.js';

// Lead capture, the only code that writes leads: one transaction writes the lead and its
// notification outbox rows, so an owner is never told about a lead that does not exist, nor a
// lead left without its alerts. The lead is linked to the one known client with its e-mail or
// phone (contacts/matchClient: ambiguous is no match) and to the earliest earlier lead with the
// same e-mail or phone (one contact across chat and phone), and events are published only
// after commit. `amend` completes a lead already captured in the same conversation (a call's
// later details, or an emergency that makes it urgent: the alert is enqueued then).

export interface LeadInput {
  businessId: string;
  conversationId: string | null;
  channel: LeadChannel;
  priority: Priority;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  issue?: string | null;
  capturedData: Record<string, unknown>;
  isEmergency: boolean;
  emergencySeverity?: number | null;
  emergencyNotes?: string | null;
}

/** Details that complete a captured lead: null/undefined keeps what it has. */
export interface LeadAmendment {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  issue?: string | null;
  /** Added to the end of the lead's issue (a detail the visitor gave after the request went). */
  addToIssue?: string | null;
  /** Merged over the lead's captured data. */
  capturedData?: Record<string, unknown>;
  /** Makes the lead an urgent emergency (its alert is enqueued when it was not urgent yet). */
  emergency?: { severity: number; notes: string | null } | null;
}

export interface LeadCapture {
  capture(input: LeadInput): Promise<Lead>;
  /**
   * The details a chat has so far, onto its lead written unfinished (the quiet-emergency sweep),
   * while the visitor is still answering: a number given then reaches the team at once. Nothing
   * when the conversation has no such lead.
   */
  refreshUnfinished(input: LeadInput): Promise<Lead | undefined>;
  /** Completes lead `leadId` of the business (NOT a new lead); undefined when it does not exist. */
  amend(businessId: string, leadId: string, change: LeadAmendment): Promise<Lead | undefined>;
  /** The one client of this business with this e-mail or phone; null when none or several. */
  matchClient(businessId: string, identity: { email?: string | null; phone?: string | null }): Promise<string | null>;
}

export function createLeadCapture(deps: { db: Kysely<Database>; events: EventBus }): LeadCapture {
  const { db, events } = deps;

  const leads: LeadCapture = {
    matchClient: (b, i) => matchClient(db, b, i),
    async refreshUnfinished(input) {
      const existing = input.conversationId ? await leadsOfConversation(db, input.businessId, input.conversationId) : [];
      const open = existing.find(writtenUnfinished);
      return open ? completeOpen(open.id, input, { unfinished: true }) : undefined;
    },
    async capture(input) {
      // A chat's lead written unfinished while the visitor was away (an emergency gone quiet:
      // agent/conversation-end.ts) is completed, not doubled, when they come back and finish; and
      // an unfinished capture (a chat's end, the sweep) adds nothing to a conversation with a lead.
      const existing = input.conversationId ? await leadsOfConversation(db, input.businessId, input.conversationId) : [];
      const open = existing.find(writtenUnfinished);
      if (open) {
        const done = await completeOpen(open.id, input, { unfinished: false });
        if (done) return done;
      } else if (existing.length && input.capturedData.unfinished === true) {
        return existing[0]!;
      }
      const lead = await db.transaction().execute(async (trx) => {
        const email = normalizeEmail(input.email);
        const clientId = await matchClient(trx, input.businessId, { email, phone: input.phone });
        const contact = sameContact({ email, phone: input.phone });
        let related: { id: string; related_lead_id: string | null } | undefined;
        if (contact) {
          related = await trx
            .selectFrom('leads')
            .select(['id', 'related_lead_id'])
            .where('business_id', '=', input.businessId)
            .where(contact)
            .orderBy('created_at')
            .limit(1)
            .executeTakeFirst();
        }
        const row = await trx
          .insertInto('leads')
          .values({
            business_id: input.businessId,
            conversation_id: input.conversationId,
            client_id: clientId,
            related_lead_id: related ? (related.related_lead_id ?? related.id) : null,
            channel: input.channel,
            priority: input.priority,
            name: input.name?.slice(0, 200) ?? null,
            email,
            phone: input.phone ?? null,
            address: input.address?.slice(0, 500) ?? null,
            issue: input.issue?.slice(0, 2000) ?? null,
            captured_data: JSON.stringify(input.capturedData),
            is_emergency: input.isEmergency,
            emergency_severity: input.emergencySeverity ? Math.max(1, Math.min(10, Math.round(input.emergencySeverity))) : null,
            emergency_notes: input.emergencyNotes?.slice(0, 1000) ?? null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        if (input.conversationId && clientId) {
          await linkConversation(trx, input.businessId, input.conversationId, clientId);
        }
        await enqueueLeadNotifications(trx, row);
        return row;
      });
      events.publish({ type: 'lead.created', businessId: lead.business_id, leadId: lead.id });
      if (lead.priority === 'URGENT') {
        events.publish({ type: 'emergency.reported', businessId: lead.business_id, leadId: lead.id, severity: lead.emergency_severity ?? 8 });
      }
      return lead;
    },
    async amend(businessId, leadId, change) {
      const em = change.emergency ?? null;
      const done = await db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('leads').selectAll().where('business_id', '=', businessId).where('id', '=', leadId).forUpdate().executeTakeFirst();
        if (!existing) return undefined;
        const email = normalizeEmail(change.email);
        const row = await trx
          .updateTable('leads')
          .set({
            name: change.name?.slice(0, 200) ?? existing.name,
            phone: change.phone ?? existing.phone,
            email: email ?? existing.email,
            address: change.address?.slice(0, 500) ?? existing.address,
            issue: (change.issue ?? (change.addToIssue ? [existing.issue?.replace(/[.!\s]+$/, ''), change.addToIssue].filter(Boolean).join('. ') : existing.issue))?.slice(0, 2000) ?? null,
            captured_data: JSON.stringify({ ...existing.captured_data, ...change.capturedData }),
            ...(em
              ? { priority: 'URGENT' as const, is_emergency: true, emergency_severity: Math.max(1, Math.min(10, Math.round(em.severity))), emergency_notes: em.notes?.slice(0, 1000) ?? existing.emergency_notes }
              : {}),
            updated_at: new Date(),
          })
          .where('business_id', '=', businessId)
          .where('id', '=', existing.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        // Urgent now and not before: the owner's alert (the idempotency keys keep the e-mail single).
        if (em !== null && existing.priority !== 'URGENT') {
          await enqueueLeadNotifications(trx, row);
          return { row, alerted: true };
        }
        // Details added after the owner's e-mail went: an update e-mail (notify owns when and how).
        await enqueueOwnerUpdate(trx, existing, row);
        return { row, alerted: await enqueueAlertOnceReachable(trx, existing, row) };
      });
      if (!done) return undefined;
      events.publish({ type: 'lead.updated', businessId, leadId });
      // (Once: a lead already urgent is not reported again for a detail added.)
      if (done.alerted) events.publish({ type: 'emergency.reported', businessId, leadId, severity: done.row.emergency_severity ?? em?.severity ?? 8 });
      return done.row;
    },
  };
  /** An unfinished lead amended with what the conversation has now, linked to its client once a number or an e-mail names one. */
  async function completeOpen(leadId: string, input: LeadInput, flags: { unfinished: boolean }): Promise<Lead | undefined> {
    const { name, email, phone, address, issue } = input;
    const emergency = input.isEmergency ? { severity: input.emergencySeverity ?? 8, notes: input.emergencyNotes ?? null } : null;
    const done = await leads.amend(input.businessId, leadId, { name, email, phone, address, issue, capturedData: { ...input.capturedData, ...flags }, emergency });
    if (!done || done.client_id || !(done.phone || done.email)) return done;
    const clientId = await matchClient(db, input.businessId, { email: done.email, phone: done.phone });
    if (!clientId) return done;
    const linked = await db.updateTable('leads').set({ client_id: clientId }).where('business_id', '=', input.businessId).where('id', '=', leadId).returningAll().executeTakeFirstOrThrow();
    if (input.conversationId) await linkConversation(db, input.businessId, input.conversationId, clientId);
    return linked;
  }

  return leads;
}

/** The conversation of a lead linked to the lead's client. */
async function linkConversation(db: Kysely<Database> | Transaction<Database>, businessId: string, conversationId: string, clientId: string): Promise<void> {
  await db.updateTable('conversations').set({ client_id: clientId, updated_at: new Date() }).where('business_id', '=', businessId).where('id', '=', conversationId).execute();
}

/** A conversation's leads, oldest first. */
async function leadsOfConversation(db: Kysely<Database>, businessId: string, conversationId: string): Promise<Lead[]> {
  return db
    .selectFrom('leads')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('conversation_id', '=', conversationId)
    .orderBy('created_at')
    .limit(5)
    .execute();
}

/** A lead written while its conversation's questions were unfinished (captured_data.unfinished). */
const writtenUnfinished = (l: Lead): boolean => (l.captured_data as { unfinished?: unknown } | null)?.unfinished === true;
