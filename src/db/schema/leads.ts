import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.js';

// Leads captured by chat, calls and the API.

export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

export type LeadStatus = 'NEW' | 'CONTACTED' | 'QUALIFIED' | 'CONVERTED' | 'LOST';

export type LeadChannel = 'CHAT' | 'CALL' | 'VOICEMAIL' | 'API';

export interface LeadsTable {
  id: Generated<string>;
  business_id: string;
  conversation_id: string | null;
  client_id: string | null;
  related_lead_id: string | null;
  channel: LeadChannel;
  status: ColumnType<LeadStatus, LeadStatus | undefined, LeadStatus>;
  priority: ColumnType<Priority, Priority | undefined, Priority>;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  issue: string | null;
  captured_data: Json<Record<string, unknown>>;
  is_emergency: ColumnType<boolean, boolean | undefined, boolean>;
  emergency_severity: number | null;
  emergency_notes: string | null;
  notes: string | null;
  acknowledged_at: Date | null;
  /** Migration 0300: who acknowledged the emergency alert (e.g. the phone that pressed 1). */
  acknowledged_by: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type Lead = Selectable<LeadsTable>;
export type NewLead = Insertable<LeadsTable>;
