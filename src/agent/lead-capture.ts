import type { Kysely } from 'kysely';
import type { Database, Lead, LeadChannel, Priority } from '../db/schema.js';
import type { EventBus } from '../events.js';
import { enqueueLeadNotifications } from '../notify/lead-notifications.js';
import { matchClient, normalizeEmail, sameContact } from '../contacts/index.js';

// Lead capture: one transaction writes the lead and its notification outbox rows, so an owner
// is never told about a lead that does not exist, nor a lead left without its alerts. The
// lead is linked to the one known client with its e-mail or phone (contacts/matchClient:
// ambiguous is no match) and to the earliest earlier lead with the same e-mail or phone (one
// contact across chat and phone), and events are published only after commit.

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

export interface LeadCapture {
  capture(input: LeadInput): Promise<Lead>;
  /** The one client of this business with this e-mail or phone; null when none or several. */
  matchClient(businessId: string, identity: { email?: string | null; phone?: string | null }): Promise<string | null>;
}

export function createLeadCapture(deps: { db: Kysely<Database>; events: EventBus }): LeadCapture {
  const { db, events } = deps;

  return {
    matchClient: (b, i) => matchClient(db, b, i),
    async capture(input) {
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
          await trx.updateTable('conversations').set({ client_id: clientId, updated_at: new Date() }).where('business_id', '=', input.businessId).where('id', '=', input.conversationId).execute();
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
  };
}
