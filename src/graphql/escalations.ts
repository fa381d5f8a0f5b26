import type { EmergencyEscalation } from '../db/schema.js';
import { escalationsForLeads } from '../notify/escalation.js';
import { builder } from './builder.js';
import { LeadRef } from './records.js';
import { businessOf } from './refs.js';

// The emergency escalation as the owner sees it on a lead: who was called, who acknowledged,
// and the later URGENT leads noted on it instead of calling again (M5).

const EscalationStatusEnum = builder.enumType('EscalationStatus', {
  values: {
    RUNNING: { description: 'Contacts are being called' },
    ACKNOWLEDGED: { description: 'Someone pressed 1 or used the SMS link' },
    EXHAUSTED: { description: 'Every call was placed and nobody acknowledged (a late press 1 still counts)' },
  } as const,
});

const EscalationRef = builder.objectRef<EmergencyEscalation>('EmergencyEscalation').implement({
  description: 'The calls and SMS an URGENT lead started',
  fields: (t) => ({
    id: t.exposeID('id'),
    leadId: t.exposeID('lead_id', { description: 'The lead that started it' }),
    status: t.expose('status', { type: EscalationStatusEnum }),
    contacts: t.exposeStringList('contacts', { description: 'The ladder it calls, in order' }),
    acknowledgedAt: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.acknowledged_at }),
    acknowledgedBy: t.exposeString('acknowledged_by', { nullable: true, description: 'The contact who acknowledged' }),
    notedLeadIds: t.idList({ description: 'Later URGENT leads noted on it instead of new calls (cooldown, hourly cap)', resolve: (e) => e.noted_lead_ids }),
    startedAt: t.field({ type: 'DateTime', resolve: (e) => e.created_at }),
  }),
});

// Batched per request (one query for a page of leads, not one per lead).
builder.objectField(LeadRef, 'escalation', (t) =>
  t.loadable({
    type: EscalationRef,
    nullable: true,
    description: 'The emergency escalation this lead started or was noted on',
    load: (leadIds: string[], ctx) => escalationsForLeads(ctx.deps.db, businessOf(ctx), leadIds),
    resolve: (lead) => lead.id,
  }),
);
