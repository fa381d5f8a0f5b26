import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.js';

// Project-management and Drive connections, webhook dedupe, client link rules.

export type PmProvider = 'ASANA' | 'JIRA' | 'MONDAY' | 'MOCK';

export type IntegrationProvider = PmProvider | 'GDRIVE';

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

export type Integration = Selectable<IntegrationsTable>;
export type ClientLinkRule = Selectable<ClientLinkRulesTable>;
