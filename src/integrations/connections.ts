import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Encryptor } from '../crypto/encryption.js';
import { maskSecret } from '../crypto/encryption.js';
import type { Database, Integration } from '../db/schema.js';
import { isUuid } from '../db/ids.js';
import { badInput, notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import { ProviderError } from './pm/http.js';
import type { PmRegistry } from './pm/registry.js';
import type { PmProvider, ProviderContext } from './pm/types.js';

// Connecting and disconnecting a project-management tool. Credentials and webhook secrets are
// AES-256-GCM encrypted (the encryptor keeps the key id for rotation) and only decrypted for
// the duration of a vendor call; the API sees a masked hint.

/** What the API may show about an integration: never a secret. */
export interface IntegrationView {
  id: string;
  provider: Integration['provider'];
  status: Integration['status'];
  credentialsHint: string;
  accountLabel: string | null;
  lastSyncAt: Date | null;
  lastError: string | null;
  projectCount: number;
  taskCount: number;
  webhooksActive: boolean;
  createdAt: Date;
}

/** Encrypted as one JSON blob in integrations.webhook_secret_encrypted. */
export interface WebhookSecretsBlob {
  urlToken: string;
  secret: string | null;
  secretsByResource: Record<string, string>;
}

const MAX_CREDENTIAL_LENGTH = 4000;

export function toView(row: Integration): IntegrationView {
  const settings = (row.settings ?? {}) as Record<string, unknown>;
  return {
    id: row.id,
    provider: row.provider,
    status: row.status,
    credentialsHint: row.credentials_hint,
    accountLabel: typeof settings.accountLabel === 'string' ? settings.accountLabel : null,
    lastSyncAt: row.last_sync_at,
    lastError: row.last_error,
    projectCount: row.project_count,
    taskCount: row.task_count,
    webhooksActive: Array.isArray(settings.webhookIds) && settings.webhookIds.length > 0,
    createdAt: row.created_at,
  };
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export interface IntegrationVaultDeps {
  db: Kysely<Database>;
  config: Config;
  encryptor: Encryptor;
  log: Logger;
  fetch: typeof fetch;
  registry: PmRegistry;
}

/** An integration's provider, decrypted secrets and vendor-call context: what sync, webhooks and connect share. */
export interface IntegrationVault {
  providerOf(name: string): PmProvider;
  secretsOf(row: Integration): WebhookSecretsBlob | null;
  contextFor(row: Integration, provider: PmProvider): ProviderContext;
  /** One integration of the business, or NOT_FOUND. */
  load(businessId: string, integrationId: string): Promise<Integration>;
}

export function createIntegrationVault(deps: IntegrationVaultDeps): IntegrationVault {
  const { db, config, encryptor, registry } = deps;
  const vault: IntegrationVault = {
    providerOf(name) {
      const p = registry.get(name);
      if (!p) throw badInput(`Unknown provider ${name}`);
      return p;
    },
    secretsOf(row) {
      if (!row.webhook_secret_encrypted) return null;
      return JSON.parse(encryptor.decrypt(row.webhook_secret_encrypted)) as WebhookSecretsBlob;
    },
    contextFor(row, provider) {
      const credentials = JSON.parse(encryptor.decrypt(row.credentials_encrypted)) as Record<string, string>;
      const blob = vault.secretsOf(row);
      const webhookTarget =
        config.PUBLIC_BASE_URL && blob
          ? `${config.PUBLIC_BASE_URL}/api/webhooks/pm/${provider.name.toLowerCase()}?token=${row.id}.${blob.urlToken}`
          : null;
      return { fetch: deps.fetch, config, logger: deps.log, credentials, settings: (row.settings ?? {}) as Record<string, unknown>, webhookTarget };
    },
    async load(businessId, integrationId) {
      if (!isUuid(integrationId)) throw notFound('Integration');
      const row = await db.selectFrom('integrations').selectAll().where('business_id', '=', businessId).where('id', '=', integrationId).executeTakeFirst();
      if (!row) throw notFound('Integration');
      return row;
    },
  };
  return vault;
}

export interface Connections {
  list(businessId: string): Promise<IntegrationView[]>;
  get(businessId: string, integrationId: string): Promise<IntegrationView>;
  /**
   * Stores the (encrypted) credentials after the vendor accepted them, then runs the first
   * sync, which also registers webhooks when PUBLIC_BASE_URL is set. Reconnecting replaces
   * the credentials of the business's existing integration for that provider.
   */
  connect(businessId: string, providerName: string, credentials: Record<string, string>, settings?: Record<string, unknown>): Promise<IntegrationView>;
  disconnect(businessId: string, integrationId: string): Promise<boolean>;
}

export function createConnections(deps: IntegrationVaultDeps & { vault: IntegrationVault; now: () => number; firstSync: (row: Integration) => Promise<unknown> }): Connections {
  const { db, config, encryptor, vault } = deps;
  return {
    async list(businessId) {
      const rows = await db.selectFrom('integrations').selectAll().where('business_id', '=', businessId).orderBy('created_at').execute();
      return rows.map(toView);
    },

    async get(businessId, integrationId) {
      return toView(await vault.load(businessId, integrationId));
    },

    async connect(businessId, providerName, credentials, settings = {}) {
      const provider = vault.providerOf(providerName);
      const clean: Record<string, string> = {};
      for (const field of provider.credentialFields) {
        const v = credentials[field];
        if (typeof v === 'string' && v.trim()) {
          if (v.length > MAX_CREDENTIAL_LENGTH) throw badInput(`${field} is too long`);
          clean[field] = v.trim();
        }
      }
      const probe: ProviderContext = { fetch: deps.fetch, config, logger: deps.log, credentials: clean, settings, webhookTarget: null };
      let connected;
      try {
        connected = await provider.connect(probe);
      } catch (err) {
        throw err instanceof ProviderError ? badInput(`Could not connect to ${provider.label}: ${err.message}`) : err;
      }
      const hintSource = clean[provider.hintField] ?? '';
      const blob: WebhookSecretsBlob = { urlToken: randomBytes(24).toString('base64url'), secret: null, secretsByResource: {} };
      const existing = await db.selectFrom('integrations').selectAll().where('business_id', '=', businessId).where('provider', '=', provider.name).executeTakeFirst();
      if (existing) {
        const old = vault.contextFor(existing, provider);
        const ids = ((existing.settings ?? {}) as { webhookIds?: string[] }).webhookIds ?? [];
        await provider.teardownWebhooks(old, ids).catch(() => {});
      }
      const values = {
        status: 'CONNECTED' as const,
        credentials_encrypted: encryptor.encrypt(JSON.stringify(clean)),
        credentials_key_id: encryptor.keyId,
        credentials_hint: hintSource ? maskSecret(hintSource) : '',
        settings: JSON.stringify({ ...sanitizeSettings(settings), ...connected.settings, accountLabel: connected.accountLabel.slice(0, 200) }),
        webhook_secret_encrypted: encryptor.encrypt(JSON.stringify(blob)),
        webhook_token: sha256(blob.urlToken),
        external_webhook_id: null,
        last_error: null,
        updated_at: new Date(deps.now()),
      };
      const row = await db
        .insertInto('integrations')
        .values({ business_id: businessId, provider: provider.name, ...values })
        .onConflict((oc) => oc.columns(['business_id', 'provider']).doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
      await deps.firstSync(row).catch(() => {});
      return toView(await vault.load(businessId, row.id));
    },

    async disconnect(businessId, integrationId) {
      const row = await vault.load(businessId, integrationId);
      if (row.provider !== 'GDRIVE') {
        const provider = vault.providerOf(row.provider);
        const ids = ((row.settings ?? {}) as { webhookIds?: string[] }).webhookIds ?? [];
        await provider.teardownWebhooks(vault.contextFor(row, provider), ids).catch(() => {});
        // Projects stay (with their client links) but lose their integration; the agent can
        // still answer until the owner deletes them.
      }
      await db.deleteFrom('integrations').where('business_id', '=', businessId).where('id', '=', row.id).execute();
      return true;
    },
  };
}

/** Only known, bounded settings may be set by the owner. */
function sanitizeSettings(settings: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['customerField', 'customerColumn', 'jql'] as const) {
    const v = settings[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || v.length > 500) throw badInput(`${key} must be a string of at most 500 characters`);
    out[key] = v;
  }
  if (settings.doneLabels !== undefined) {
    if (!Array.isArray(settings.doneLabels) || settings.doneLabels.length > 20 || settings.doneLabels.some((l) => typeof l !== 'string' || l.length > 100)) {
      throw badInput('doneLabels must be a list of at most 20 labels');
    }
    out.doneLabels = settings.doneLabels;
  }
  return out;
}
