import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.js';

// The notification outbox, outgoing webhook endpoints, emergency escalations.

export type NotificationStatus = 'PENDING' | 'SENDING' | 'SENT' | 'DEAD';

export interface NotificationsTable {
  id: Generated<string>;
  business_id: string;
  lead_id: string | null;
  kind: string;
  recipient: string;
  payload: Json<Record<string, unknown>>;
  status: ColumnType<NotificationStatus, NotificationStatus | undefined, NotificationStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  locked_until: Date | null;
  last_error: string | null;
  idempotency_key: string;
  sent_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Migration 0300: outgoing webhook endpoints of a business (deliveries go through notifications). */
export interface WebhookEndpointsTable {
  id: Generated<string>;
  business_id: string;
  url: string;
  description: ColumnType<string, string | undefined, string>;
  events: ColumnType<string[], string[] | undefined, string[]>;
  secret_encrypted: string;
  secret_hint: ColumnType<string, string | undefined, string>;
  enabled: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type EscalationStatus = 'RUNNING' | 'ACKNOWLEDGED' | 'EXHAUSTED';

export interface EmergencyEscalationsTable {
  id: Generated<string>;
  business_id: string;
  lead_id: string;
  contacts: string[];
  status: ColumnType<EscalationStatus, EscalationStatus | undefined, EscalationStatus>;
  noted_lead_ids: ColumnType<string[], string[] | undefined, string[]>;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type Notification = Selectable<NotificationsTable>;
export type NewNotification = Insertable<NotificationsTable>;
export type WebhookEndpoint = Selectable<WebhookEndpointsTable>;
export type EmergencyEscalation = Selectable<EmergencyEscalationsTable>;
