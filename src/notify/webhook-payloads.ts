import { randomUUID } from 'node:crypto';
import type { Lead } from '../db/schema.js';
import type { WebhookEvent } from './kinds.js';

/**
 * The JSON body of an outgoing webhook delivery, fixed when the event happens (a retry sends
 * the same bytes with a fresh signature timestamp). `id` lets receivers de-duplicate.
 */
export function webhookEventBody(event: WebhookEvent, data: Lead | Record<string, unknown>): Record<string, unknown> {
  return {
    id: randomUUID(),
    type: event,
    createdAt: new Date().toISOString(),
    data: isLead(data) ? leadJson(data) : data,
  };
}

function isLead(value: unknown): value is Lead {
  return typeof value === 'object' && value !== null && 'business_id' in value && 'priority' in value && 'captured_data' in value;
}

/** The public (camelCase) shape of a lead, as in the GraphQL API. */
export function leadJson(lead: Lead): Record<string, unknown> {
  return {
    id: lead.id,
    businessId: lead.business_id,
    conversationId: lead.conversation_id,
    channel: lead.channel,
    status: lead.status,
    priority: lead.priority,
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    address: lead.address,
    issue: lead.issue,
    capturedData: lead.captured_data,
    isEmergency: lead.is_emergency,
    emergencySeverity: lead.emergency_severity,
    emergencyNotes: lead.emergency_notes,
    createdAt: toIso(lead.created_at),
  };
}

function toIso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
