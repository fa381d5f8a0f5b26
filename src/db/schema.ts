// The one Database type, assembled from the table files under schema/ (one per business noun,
// each with its row aliases). Everything else imports from here, so a table's file can move
// without touching its users.

import type { AccountTokensTable, ApiKeysTable, UsersTable } from './schema/accounts.js';
import type { AgentConfigsTable, BusinessesTable, LeadQuestionsTable, WidgetConfigsTable } from './schema/business.js';
import type { ClientsTable } from './schema/clients.js';
import type { ConversationsTable, MessagesTable } from './schema/conversations.js';
import type { ClientLinkRulesTable, IntegrationsTable, PmWebhookDeliveriesTable } from './schema/integrations.js';
import type { KnowledgeChunksTable, KnowledgeItemsTable } from './schema/knowledge.js';
import type { LeadsTable } from './schema/leads.js';
import type { EmergencyEscalationsTable, NotificationsTable, WebhookEndpointsTable } from './schema/notify.js';
import type { ProjectsTable } from './schema/projects.js';

export type * from './schema/accounts.js';
export type * from './schema/business.js';
export type * from './schema/clients.js';
export type * from './schema/conversations.js';
export type * from './schema/integrations.js';
export type * from './schema/knowledge.js';
export type * from './schema/leads.js';
export type * from './schema/notify.js';
export type * from './schema/projects.js';

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
