import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.js';

// The business: its row, agent and widget settings, lead questions.

export type Plan = 'FREE' | 'BASIC' | 'PRO';

/** Weekly opening hours in the business's timezone, plus closed dates (YYYY-MM-DD). */
export interface BusinessHours {
  weekly?: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Array<[string, string]>>>;
  holidays?: string[];
}

export interface FaqEntry {
  question: string;
  answer: string;
}

export interface BusinessesTable {
  id: Generated<string>;
  name: string;
  plan: ColumnType<Plan, Plan | undefined, Plan>;
  twilio_number: string | null;
  phone_number: string | null;
  website: string | null;
  description: ColumnType<string, string | undefined, string>;
  address: string | null;
  notification_email: string | null;
  notification_phone: string | null;
  timezone: ColumnType<string, string | undefined, string>;
  business_hours: Json<BusinessHours>;
  allowed_origins: ColumnType<string[], string[] | undefined, string[]>;
  emergency_message_template: string | null;
  /** The notification e-mail the owner verified (0423); lead e-mails use notification_email only while they match. */
  verified_notification_email: ColumnType<string | null, string | null | undefined, string | null>;
  /** The Twilio number's SID (PN…) when we provisioned or connected it (0435). */
  twilio_number_sid: ColumnType<string | null, string | null | undefined, string | null>;
  twilio_number_source: ColumnType<TwilioNumberSource | null, TwilioNumberSource | null | undefined, TwilioNumberSource | null>;
  /** The emergency escalation ladder, E.164, at most 3; empty = the notification phone (0436). */
  emergency_contacts: ColumnType<string[], string[] | undefined, string[]>;
  /** Migration 0440: the business the /demo page shows (set by the seed only). */
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  /** The allowed origin the widget last started a chat from, and when first/last (0491). */
  widget_seen_origin: ColumnType<string | null, string | null | undefined, string | null>;
  widget_first_seen_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  widget_last_seen_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type TwilioNumberSource = 'PROVISIONED' | 'CONNECTED' | 'ASSIGNED';

export interface AgentConfigsTable {
  id: Generated<string>;
  business_id: string;
  agent_name: ColumnType<string, string | undefined, string>;
  persona: ColumnType<string, string | undefined, string>;
  instructions: ColumnType<string, string | undefined, string>;
  /** The one greeting of chat and widget (0490 merged widget_configs.greeting into it). */
  welcome_message: ColumnType<string, string | undefined, string>;
  voice_greeting: ColumnType<string, string | undefined, string>;
  faq: Json<FaqEntry[]>;
  realtime_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  realtime_voice: ColumnType<string, string | undefined, string>;
  twilio_voice: ColumnType<string, string | undefined, string>;
  twilio_language: ColumnType<string, string | undefined, string>;
  emergency_sensitivity: ColumnType<number, number | undefined, number>;
  emergency_keywords: ColumnType<string[], string[] | undefined, string[]>;
  interruption_delay_ms: ColumnType<number, number | undefined, number>;
  /** Warm transfer waterfall, E.164, at most 3; empty = the business's phone (0430). */
  transfer_numbers: ColumnType<string[], string[] | undefined, string[]>;
  /** Seconds each transfer number may ring before the next (0430). */
  transfer_ring_seconds: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface WidgetConfigsTable {
  id: Generated<string>;
  business_id: string;
  primary_color: ColumnType<string, string | undefined, string>;
  text_color: ColumnType<string, string | undefined, string>;
  background_color: ColumnType<string, string | undefined, string>;
  position: ColumnType<'BOTTOM_RIGHT' | 'BOTTOM_LEFT', 'BOTTOM_RIGHT' | 'BOTTOM_LEFT' | undefined>;
  launcher_text: ColumnType<string, string | undefined, string>;
  show_branding: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type ExpectedFormat = 'TEXT' | 'EMAIL' | 'PHONE' | 'DATE' | 'NUMBER';

export type MapsTo = 'NAME' | 'EMAIL' | 'PHONE' | 'ADDRESS' | 'ISSUE' | 'PREFERRED_TIME' | 'OTHER';

export interface LeadQuestionsTable {
  id: Generated<string>;
  business_id: string;
  position: ColumnType<number, number | undefined, number>;
  question: string;
  expected_format: ColumnType<ExpectedFormat, ExpectedFormat | undefined, ExpectedFormat>;
  required: ColumnType<boolean, boolean | undefined, boolean>;
  maps_to: MapsTo | null;
  essential_for_emergency: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type Business = Selectable<BusinessesTable>;
export type NewBusiness = Insertable<BusinessesTable>;
export type BusinessUpdate = Updateable<BusinessesTable>;
export type AgentConfig = Selectable<AgentConfigsTable>;
export type WidgetConfig = Selectable<WidgetConfigsTable>;
export type LeadQuestion = Selectable<LeadQuestionsTable>;
