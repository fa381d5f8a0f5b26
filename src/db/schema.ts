import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Table types, one interface per table, assembled into Database below. Column names are the
// SQL names (snake_case); the GraphQL and REST edges map them to camelCase.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export type Plan = 'FREE' | 'BASIC' | 'PRO';
export type Role = 'OWNER' | 'ADMIN' | 'MEMBER';
export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export type LeadStatus = 'NEW' | 'CONTACTED' | 'QUALIFIED' | 'CONVERTED' | 'LOST';
export type LeadChannel = 'CHAT' | 'CALL' | 'VOICEMAIL' | 'API';
export type ConversationChannel = 'CHAT' | 'CALL';
export type ConversationStatus = 'ACTIVE' | 'ENDED' | 'FAILED' | 'MISSED';
export type ExpectedFormat = 'TEXT' | 'EMAIL' | 'PHONE' | 'DATE' | 'NUMBER';
export type MapsTo = 'NAME' | 'EMAIL' | 'PHONE' | 'ADDRESS' | 'ISSUE' | 'PREFERRED_TIME' | 'OTHER';
export type PmProvider = 'ASANA' | 'JIRA' | 'MONDAY' | 'MOCK';
export type IntegrationProvider = PmProvider | 'GDRIVE';
export type ProjectProvider = PmProvider | 'MANUAL';
export type NotificationStatus = 'PENDING' | 'SENDING' | 'SENT' | 'DEAD';

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

export interface UsersTable {
  id: Generated<string>;
  business_id: string;
  email: string;
  name: string | null;
  password_hash: string;
  role: ColumnType<Role, Role | undefined, Role>;
  last_login_at: Date | null;
  /** Carried in JWTs as `ver`; raised on password change/reset to end every earlier session (0420). */
  token_version: ColumnType<number, number | undefined, number>;
  /** Invited, has not chosen a password yet: cannot sign in (0422). */
  invitation_pending: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type AccountTokenPurpose = 'PASSWORD_RESET' | 'INVITATION' | 'EMAIL_VERIFICATION';

export interface AccountTokensTable {
  id: Generated<string>;
  business_id: string;
  user_id: string | null;
  purpose: AccountTokenPurpose;
  email: string;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: CreatedAt;
}

export interface ApiKeysTable {
  id: Generated<string>;
  business_id: string;
  created_by: string | null;
  name: string;
  prefix: string;
  key_hash: string;
  role: ColumnType<Role, Role | undefined, Role>;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: CreatedAt;
}

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

export interface ClientsTable {
  id: Generated<string>;
  business_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  email_domain: string | null;
  external_ref: string | null;
  notes: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ConversationsTable {
  id: Generated<string>;
  business_id: string;
  channel: ConversationChannel;
  status: ColumnType<ConversationStatus, ConversationStatus | undefined, ConversationStatus>;
  session_id: string | null;
  call_sid: string | null;
  from_number: string | null;
  to_number: string | null;
  client_id: string | null;
  started_at: Timestamp;
  ended_at: Date | null;
  duration_seconds: number | null;
  summary: string | null;
  metadata: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MessagesTable {
  id: Generated<string>;
  business_id: string;
  conversation_id: string;
  role: 'user' | 'assistant' | 'system' | 'tool';
  content: string;
  metadata: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

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

export interface KnowledgeItemsTable {
  id: Generated<string>;
  business_id: string;
  title: string;
  source: ColumnType<'TEXT' | 'MARKDOWN' | 'HTML' | 'GDRIVE', 'TEXT' | 'MARKDOWN' | 'HTML' | 'GDRIVE' | undefined>;
  content: string;
  content_hash: ColumnType<string, string | undefined, string>;
  external_id: string | null;
  external_modified_at: Date | null;
  integration_id: string | null;
  embedding_model: string | null;
  status: ColumnType<'PENDING' | 'READY' | 'FAILED', 'PENDING' | 'READY' | 'FAILED' | undefined>;
  /** The uploaded file's name and size in bytes, when the item came from an upload (0492). */
  file_name: ColumnType<string | null, string | null | undefined, string | null>;
  file_size: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface KnowledgeChunksTable {
  id: Generated<string>;
  business_id: string;
  item_id: string;
  ordinal: number;
  heading: ColumnType<string, string | undefined, string>;
  content: string;
  /** pgvector column: write with toSql(); never select it (pg and PGlite return different shapes). */
  embedding: ColumnType<never, string | null, string | null>;
  embedding_model: string | null;
  tsv: ColumnType<never, never, never>;
  created_at: CreatedAt;
}

export interface IntegrationsTable {
  id: Generated<string>;
  business_id: string;
  provider: IntegrationProvider;
  status: ColumnType<'CONNECTED' | 'SYNCING' | 'ERROR' | 'DISCONNECTED', 'CONNECTED' | 'SYNCING' | 'ERROR' | 'DISCONNECTED' | undefined>;
  credentials_encrypted: string;
  credentials_key_id: string;
  credentials_hint: ColumnType<string, string | undefined, string>;
  settings: Json<Record<string, unknown>>;
  webhook_secret_encrypted: string | null;
  webhook_token: string | null;
  external_webhook_id: string | null;
  last_sync_at: Date | null;
  last_error: string | null;
  project_count: ColumnType<number, number | undefined, number>;
  task_count: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ProjectsTable {
  id: Generated<string>;
  business_id: string;
  client_id: string | null;
  integration_id: string | null;
  provider: ProjectProvider;
  external_id: string;
  name: string;
  status: ColumnType<string, string | undefined, string>;
  progress: number | null;
  due_date: ColumnType<Date | null, string | null | undefined, string | null>;
  description: string | null;
  url: string | null;
  customer_ref: string | null;
  task_count: ColumnType<number, number | undefined, number>;
  completed_task_count: ColumnType<number, number | undefined, number>;
  raw: Json<Record<string, unknown>>;
  last_synced_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

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

/** Accepted PM webhook deliveries (dedupe of replays); migrations/0400. */
export interface PmWebhookDeliveriesTable {
  integration_id: string;
  delivery_key: string;
  business_id: string;
  received_at: CreatedAt;
}

/** Owner-set e-mail/domain rules linking synced projects to clients; migrations/0401. */
export interface ClientLinkRulesTable {
  id: Generated<string>;
  business_id: string;
  client_id: string;
  kind: 'EMAIL' | 'DOMAIN';
  value: string;
  created_at: CreatedAt;
}

export interface Database {
  businesses: BusinessesTable;
  users: UsersTable;
  api_keys: ApiKeysTable;
  account_tokens: AccountTokensTable;
  agent_configs: AgentConfigsTable;
  widget_configs: WidgetConfigsTable;
  lead_questions: LeadQuestionsTable;
  clients: ClientsTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  leads: LeadsTable;
  knowledge_items: KnowledgeItemsTable;
  knowledge_chunks: KnowledgeChunksTable;
  integrations: IntegrationsTable;
  projects: ProjectsTable;
  notifications: NotificationsTable;
  webhook_endpoints: WebhookEndpointsTable;
  pm_webhook_deliveries: PmWebhookDeliveriesTable;
  client_link_rules: ClientLinkRulesTable;
  emergency_escalations: EmergencyEscalationsTable;
}

export type Business = Selectable<BusinessesTable>;
export type NewBusiness = Insertable<BusinessesTable>;
export type BusinessUpdate = Updateable<BusinessesTable>;
export type EmergencyEscalation = Selectable<EmergencyEscalationsTable>;
export type User = Selectable<UsersTable>;
export type ApiKey = Selectable<ApiKeysTable>;
export type AccountToken = Selectable<AccountTokensTable>;
export type AgentConfig = Selectable<AgentConfigsTable>;
export type WidgetConfig = Selectable<WidgetConfigsTable>;
export type LeadQuestion = Selectable<LeadQuestionsTable>;
export type Client = Selectable<ClientsTable>;
export type Conversation = Selectable<ConversationsTable>;
export type Message = Selectable<MessagesTable>;
export type Lead = Selectable<LeadsTable>;
export type NewLead = Insertable<LeadsTable>;
export type KnowledgeItem = Selectable<KnowledgeItemsTable>;
export type KnowledgeChunk = Selectable<KnowledgeChunksTable>;
export type Integration = Selectable<IntegrationsTable>;
export type Project = Selectable<ProjectsTable>;
export type Notification = Selectable<NotificationsTable>;
export type NewNotification = Insertable<NotificationsTable>;
export type WebhookEndpoint = Selectable<WebhookEndpointsTable>;
export type ClientLinkRule = Selectable<ClientLinkRulesTable>;
