import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseHandle } from '../db/index.js';
import type { Config } from '../config.js';
import type { Encryptor } from '../crypto/encryption.js';
import { maskSecret } from '../crypto/encryption.js';
import type { Database, Integration, PmProvider as PmProviderName } from '../db/schema.js';
import { isUuid } from '../db/ids.js';
import { AppError, badInput, notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { loadClientMatcher, matchClientByContact } from './client-linking.js';
import { createDriveSync, type KnowledgePort } from './drive/drive-sync.js';
import { createSyncScheduler } from './scheduler.js';
import { syncEligible } from './sync-eligible.js';
import { relinkProjects } from './project-store.js';
import { ProviderError } from './pm/http.js';
import { createPmRegistry, type PmRegistry } from './pm/registry.js';
import { safeEqual } from './pm/signatures.js';
import type { PmProvider, ProviderContext, WebhookChange, WebhookSecrets } from './pm/types.js';
import { countProjects, deleteMissingProjects, deleteProject, upsertProject } from './project-store.js';

// Project-management integrations: connect/disconnect, full sync, and verified webhooks.
// Credentials and webhook secrets are AES-256-GCM encrypted (deps.encryptor, key id kept for
// rotation) and only decrypted for the duration of a vendor call; the API sees a masked hint.

export interface IntegrationServiceDeps {
  database: DatabaseHandle;
  /** Late-bound knowledge service (Drive items are chunked and embedded through it). */
  knowledge?: () => KnowledgePort | undefined;
  config: Config;
  encryptor: Encryptor;
  logger: Logger;
  fetch: typeof fetch;
  now: () => number;
  metrics?: Metrics;
  registry?: PmRegistry;
}

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

export interface WebhookResponse {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** Encrypted as one JSON blob in integrations.webhook_secret_encrypted. */
interface WebhookSecretsBlob {
  urlToken: string;
  secret: string | null;
  secretsByResource: Record<string, string>;
}

const MAX_CREDENTIAL_LENGTH = 4000;
/** The longest e-mail address (RFC 5321 path) and comfortably more than any domain name. */
const MAX_LINK_RULE_VALUE = 254;

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

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Error text safe to store and show: vendor messages are already credential-free; clip them. */
function describe(err: unknown): string {
  if (err instanceof ProviderError || err instanceof AppError) return err.message.slice(0, 500);
  return 'Unexpected error while syncing (see server logs)';
}

export function createIntegrationService(deps: IntegrationServiceDeps) {
  const { config, encryptor, logger } = deps;
  const db = deps.database.db;
  const registry = deps.registry ?? createPmRegistry();
  const log = logger.child({ component: 'integrations' });
  const pending = new Set<Promise<void>>();
  const syncCounter = deps.metrics?.counter('pm_sync_total', 'Project syncs by provider and result', ['provider', 'result'] as const);
  const webhookCounter = deps.metrics?.counter('pm_webhooks_total', 'PM webhook deliveries by provider and result', ['provider', 'result'] as const);

  function providerOf(name: string): PmProvider {
    const p = registry.get(name);
    if (!p) throw badInput(`Unknown provider ${name}`);
    return p;
  }

  function secretsOf(row: Integration): WebhookSecretsBlob | null {
    if (!row.webhook_secret_encrypted) return null;
    return JSON.parse(encryptor.decrypt(row.webhook_secret_encrypted)) as WebhookSecretsBlob;
  }

  function contextFor(row: Integration, provider: PmProvider): ProviderContext {
    const credentials = JSON.parse(encryptor.decrypt(row.credentials_encrypted)) as Record<string, string>;
    const blob = secretsOf(row);
    const webhookTarget =
      config.PUBLIC_BASE_URL && blob
        ? `${config.PUBLIC_BASE_URL}/api/webhooks/pm/${provider.name.toLowerCase()}?token=${row.id}.${blob.urlToken}`
        : null;
    return { fetch: deps.fetch, config, logger: log, credentials, settings: (row.settings ?? {}) as Record<string, unknown>, webhookTarget };
  }

  async function load(businessId: string, integrationId: string): Promise<Integration> {
    if (!isUuid(integrationId)) throw notFound('Integration');
    const row = await db.selectFrom('integrations').selectAll().where('business_id', '=', businessId).where('id', '=', integrationId).executeTakeFirst();
    if (!row) throw notFound('Integration');
    return row;
  }

  async function syncRow(row: Integration): Promise<{ projectCount: number; taskCount: number }> {
    const provider = providerOf(row.provider);
    const started = new Date(deps.now());
    await db.updateTable('integrations').set({ status: 'SYNCING', updated_at: started }).where('id', '=', row.id).execute();
    try {
      const ctx = contextFor(row, provider);
      const projects = await provider.listProjects(ctx);
      const target = { businessId: row.business_id, integrationId: row.id, provider: row.provider as PmProviderName };
      await db.transaction().execute(async (trx) => {
        const matcher = await loadClientMatcher(trx, row.business_id);
        for (const p of projects) await upsertProject(trx, target, p, matcher, started);
        await deleteMissingProjects(trx, row.business_id, row.id, projects.map((p) => p.externalId));
      });
      let webhookError: string | null = null;
      let settings = (row.settings ?? {}) as Record<string, unknown>;
      let blob = secretsOf(row);
      if (ctx.webhookTarget) {
        try {
          const setup = await provider.setupWebhooks(ctx, projects);
          // Re-read: an Asana handshake may have stored secrets while setup was in flight.
          const fresh = await db.selectFrom('integrations').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
          settings = { ...((fresh.settings ?? {}) as Record<string, unknown>), ...setup.settings, webhookIds: setup.webhookIds };
          blob = secretsOf(fresh);
          if (setup.secret && blob) blob = { ...blob, secret: setup.secret };
        } catch (err) {
          webhookError = `Webhooks could not be set up (polling continues): ${describe(err)}`;
        }
      }
      const counts = await countProjects(db, row.business_id, row.id);
      await db
        .updateTable('integrations')
        .set({
          status: 'CONNECTED',
          last_sync_at: new Date(deps.now()),
          last_error: webhookError,
          project_count: counts.projectCount,
          task_count: counts.taskCount,
          settings: JSON.stringify(settings),
          webhook_secret_encrypted: blob ? encryptor.encrypt(JSON.stringify(blob)) : null,
          updated_at: new Date(deps.now()),
        })
        .where('id', '=', row.id)
        .execute();
      syncCounter?.inc({ provider: row.provider, result: 'ok' });
      return counts;
    } catch (err) {
      syncCounter?.inc({ provider: row.provider, result: 'error' });
      log.warn({ integrationId: row.id, provider: row.provider, error: describe(err) }, 'project sync failed');
      await db.updateTable('integrations').set({ status: 'ERROR', last_error: describe(err), updated_at: new Date(deps.now()) }).where('id', '=', row.id).execute();
      throw err instanceof ProviderError ? new AppError('SERVICE_UNAVAILABLE', err.message) : err;
    }
  }

  async function applyChanges(integrationId: string, changes: WebhookChange[]): Promise<void> {
    const row = await db.selectFrom('integrations').selectAll().where('id', '=', integrationId).executeTakeFirst();
    if (!row || row.status === 'DISCONNECTED') return;
    const provider = providerOf(row.provider);
    const ctx = contextFor(row, provider);
    const target = { businessId: row.business_id, integrationId: row.id, provider: row.provider as PmProviderName };
    const seen = new Set<string>();
    try {
      for (const change of changes) {
        const key = `${change.kind}:${change.externalId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (change.kind === 'delete') {
          await deleteProject(db, row.business_id, target.provider, change.externalId);
          continue;
        }
        const project = await provider.fetchProject(ctx, change.externalId);
        if (!project) {
          await deleteProject(db, row.business_id, target.provider, change.externalId);
        } else {
          const matcher = await loadClientMatcher(db, row.business_id);
          await upsertProject(db, target, project, matcher, new Date(deps.now()));
        }
      }
      const counts = await countProjects(db, row.business_id, row.id);
      await db
        .updateTable('integrations')
        .set({ project_count: counts.projectCount, task_count: counts.taskCount, updated_at: new Date(deps.now()) })
        .where('id', '=', row.id)
        .execute();
    } catch (err) {
      // The delivery is recorded; the reconciliation poll repairs what this missed.
      log.warn({ integrationId: row.id, provider: row.provider, error: describe(err) }, 'webhook processing failed');
      await db.updateTable('integrations').set({ last_error: `Webhook processing failed: ${describe(err)}` }).where('id', '=', row.id).execute();
    }
  }

  // Deferred webhook work: a small bounded queue, so a burst of deliveries cannot starve the
  // endpoint's own (fast) queries, and refreshes of the same project that are still waiting
  // coalesce into one (the refresh reads the vendor's current state anyway).
  const MAX_WEBHOOK_WORKERS = 4;
  const queue: Array<{ key: string; run: () => Promise<void> }> = [];
  const queued = new Set<string>();
  let active = 0;
  function pump(): void {
    while (active < MAX_WEBHOOK_WORKERS && queue.length) {
      const job = queue.shift()!;
      queued.delete(job.key);
      active++;
      const p: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(job.run)
        .catch((err: unknown) => log.error({ err }, 'deferred integration work failed'))
        .finally(() => {
          active--;
          pending.delete(p);
          pump();
        });
      pending.add(p);
    }
  }
  function enqueue(key: string, run: () => Promise<void>): void {
    if (queued.has(key)) return;
    queued.add(key);
    queue.push({ key, run });
    pump();
  }

  const drive = createDriveSync({ db, config, encryptor, logger, fetch: deps.fetch, now: deps.now, knowledge: deps.knowledge ?? (() => undefined) });

  async function relink(businessId: string): Promise<number> {
    return relinkProjects(db, businessId, await loadClientMatcher(db, businessId));
  }

  const service = {
    registry,
    drive,

    async list(businessId: string): Promise<IntegrationView[]> {
      const rows = await db.selectFrom('integrations').selectAll().where('business_id', '=', businessId).orderBy('created_at').execute();
      return rows.map(toView);
    },

    async get(businessId: string, integrationId: string): Promise<IntegrationView> {
      return toView(await load(businessId, integrationId));
    },

    /**
     * Stores the (encrypted) credentials after the vendor accepted them, then runs the first
     * sync, which also registers webhooks when PUBLIC_BASE_URL is set. Reconnecting replaces
     * the credentials of the business's existing integration for that provider.
     */
    async connect(
      businessId: string,
      providerName: string,
      credentials: Record<string, string>,
      settings: Record<string, unknown> = {},
    ): Promise<IntegrationView> {
      const provider = providerOf(providerName);
      const clean: Record<string, string> = {};
      for (const field of provider.credentialFields) {
        const v = credentials[field];
        if (typeof v === 'string' && v.trim()) {
          if (v.length > MAX_CREDENTIAL_LENGTH) throw badInput(`${field} is too long`);
          clean[field] = v.trim();
        }
      }
      const probe: ProviderContext = { fetch: deps.fetch, config, logger: log, credentials: clean, settings, webhookTarget: null };
      let connected;
      try {
        connected = await provider.connect(probe);
      } catch (err) {
        throw err instanceof ProviderError ? badInput(`${provider.name} refused the connection: ${err.message}`) : err;
      }
      const hintSource = clean[provider.hintField] ?? '';
      const blob: WebhookSecretsBlob = { urlToken: randomBytes(24).toString('base64url'), secret: null, secretsByResource: {} };
      const existing = await db.selectFrom('integrations').selectAll().where('business_id', '=', businessId).where('provider', '=', provider.name).executeTakeFirst();
      if (existing) {
        const old = contextFor(existing, provider);
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
      await syncRow(row).catch(() => {});
      return toView(await load(businessId, row.id));
    },

    async disconnect(businessId: string, integrationId: string): Promise<boolean> {
      const row = await load(businessId, integrationId);
      if (row.provider !== 'GDRIVE') {
        const provider = providerOf(row.provider);
        const ids = ((row.settings ?? {}) as { webhookIds?: string[] }).webhookIds ?? [];
        await provider.teardownWebhooks(contextFor(row, provider), ids).catch(() => {});
        // Projects stay (with their client links) but lose their integration; the agent can
        // still answer until the owner deletes them.
      }
      await db.deleteFrom('integrations').where('business_id', '=', businessId).where('id', '=', row.id).execute();
      return true;
    },

    /** Manual sync of one integration, or of every PM integration of the business. */
    async syncProjects(businessId: string, integrationId?: string): Promise<{ projectCount: number; taskCount: number }> {
      const rows = integrationId
        ? [await load(businessId, integrationId)]
        : await db.selectFrom('integrations').selectAll().where('business_id', '=', businessId).where('provider', '!=', 'GDRIVE').execute();
      const total = { projectCount: 0, taskCount: 0 };
      for (const row of rows) {
        if (row.provider === 'GDRIVE') throw badInput('Use syncDrive for Google Drive');
        const c = await syncRow(row);
        total.projectCount += c.projectCount;
        total.taskCount += c.taskCount;
      }
      return total;
    },

    /** Every PM integration of every business (the scheduler's reconciliation poll). */
    async syncAll(): Promise<{ ok: number; failed: number }> {
      const result = await syncEligible(db, 'projects', 'projectSync', syncRow);
      // Old delivery ids only matter while a vendor may still retry them.
      await db.deleteFrom('pm_webhook_deliveries').where('received_at', '<', new Date(deps.now() - 7 * 24 * 3600_000)).execute();
      return result;
    },

    /**
     * One webhook delivery. Verification happens here, synchronously and without vendor
     * calls; accepted events are recorded (dedupe) and applied after the response is sent.
     */
    async receiveWebhook(slug: string, token: string | undefined, headers: Record<string, string | undefined>, query: Record<string, string | undefined>, rawBody: Buffer): Promise<WebhookResponse> {
      const provider = registry.bySlug(slug);
      if (!provider) return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'Unknown provider' } } };
      const unauthorized = (reason: string): WebhookResponse => {
        webhookCounter?.inc({ provider: provider.name, result: 'rejected' });
        log.warn({ provider: provider.name, reason }, 'webhook rejected');
        return { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Invalid webhook signature or token' } } };
      };
      const [id, secret] = (token ?? '').split('.', 2);
      if (!id || !secret || !isUuid(id) || secret.length > 100) return unauthorized('missing token');
      const row = await db.selectFrom('integrations').selectAll().where('id', '=', id).where('provider', '=', provider.name).executeTakeFirst();
      if (!row || !row.webhook_token || !safeEqual(row.webhook_token, sha256(secret))) return unauthorized('bad token');
      let body: unknown;
      try {
        body = JSON.parse(rawBody.toString('utf8') || '{}');
      } catch {
        return { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: 'Body must be JSON' } } };
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        return { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: 'Body must be a JSON object' } } };
      }
      const blob = secretsOf(row) ?? { urlToken: '', secret: null, secretsByResource: {} };
      const secrets: WebhookSecrets = { secret: provider.name === 'MONDAY' ? contextFor(row, provider).credentials.signingSecret ?? null : blob.secret, secretsByResource: blob.secretsByResource };
      const outcome = provider.handleWebhook({ headers, query, rawBody, body: body as Record<string, unknown> }, secrets, deps.now());
      if (outcome.kind === 'rejected') return unauthorized(outcome.reason);
      if (outcome.kind === 'handshake') {
        if (outcome.storeSecret) {
          const fresh = await db.selectFrom('integrations').select(['webhook_secret_encrypted']).where('id', '=', row.id).executeTakeFirstOrThrow();
          const current = fresh.webhook_secret_encrypted ? (JSON.parse(encryptor.decrypt(fresh.webhook_secret_encrypted)) as WebhookSecretsBlob) : blob;
          current.secretsByResource = { ...current.secretsByResource, [outcome.storeSecret.resource]: outcome.storeSecret.secret };
          await db.updateTable('integrations').set({ webhook_secret_encrypted: encryptor.encrypt(JSON.stringify(current)) }).where('id', '=', row.id).execute();
        }
        webhookCounter?.inc({ provider: provider.name, result: 'handshake' });
        return { status: outcome.status, headers: outcome.headers, body: outcome.body ?? {} };
      }
      const inserted = await db
        .insertInto('pm_webhook_deliveries')
        .values({ integration_id: row.id, business_id: row.business_id, delivery_key: outcome.deliveryKey.slice(0, 200) })
        .onConflict((oc) => oc.columns(['integration_id', 'delivery_key']).doNothing())
        .returning('delivery_key')
        .executeTakeFirst();
      if (!inserted) {
        webhookCounter?.inc({ provider: provider.name, result: 'duplicate' });
        return { status: 200, body: { ok: true, duplicate: true } };
      }
      webhookCounter?.inc({ provider: provider.name, result: 'accepted' });
      for (const change of outcome.changes.slice(0, 100)) enqueue(`${row.id}:${change.kind}:${change.externalId}`, () => applyChanges(row.id, [change]));
      return { status: 200, body: { ok: true } };
    },

    /** Resolves when deferred webhook work has finished (shutdown, tests). */
    async idle(): Promise<void> {
      while (pending.size || queue.length) await Promise.all([...pending]);
    },

    /** Seeds the mock provider's demo projects for a business (SEED_MOCK_PROJECTS). */
    async ensureMockProjects(businessId: string): Promise<void> {
      const existing = await db.selectFrom('integrations').select('id').where('business_id', '=', businessId).where('provider', '=', 'MOCK').executeTakeFirst();
      if (existing) {
        await syncRow(await load(businessId, existing.id));
        return;
      }
      await service.connect(businessId, 'MOCK', {});
    },
  };
  const scheduler = createSyncScheduler({
    database: deps.database,
    logger: log,
    intervalMs: config.PM_SYNC_INTERVAL,
    run: async () => ({ pm: await service.syncAll(), drive: await drive.syncAll() }),
  });

  return {
    ...service,
    /** The periodic sync as a background task (app.addBackgroundTask); `tick()` runs one now. */
    scheduler,

    /** The client a visitor/caller is, from an e-mail or phone they gave; null unless exactly one. */
    matchClientByContact: (businessId: string, contact: { email?: string | null; phone?: string | null }) => matchClientByContact(db, businessId, contact),

    /** Projects the agent may disclose to a matched client. */
    async projectsForClient(businessId: string, clientId: string) {
      if (!isUuid(clientId)) return [];
      return db.selectFrom('projects').selectAll().where('business_id', '=', businessId).where('client_id', '=', clientId).orderBy('updated_at', 'desc').limit(20).execute();
    },

    async listLinkRules(businessId: string) {
      return db.selectFrom('client_link_rules').selectAll().where('business_id', '=', businessId).orderBy('created_at').execute();
    },

    /** Adds an e-mail or domain rule for a client, then re-links existing projects. */
    async addLinkRule(businessId: string, input: { clientId: string; kind: 'EMAIL' | 'DOMAIN'; value: string }) {
      if (!isUuid(input.clientId)) throw notFound('Client');
      const client = await db.selectFrom('clients').select('id').where('business_id', '=', businessId).where('id', '=', input.clientId).executeTakeFirst();
      if (!client) throw notFound('Client');
      const value = input.value.trim().toLowerCase().replace(/^@/, '');
      // Bounded before any pattern runs: the e-mail pattern backtracks on long inputs.
      if (value.length > MAX_LINK_RULE_VALUE) throw badInput(`value must be at most ${MAX_LINK_RULE_VALUE} characters`);
      if (input.kind === 'EMAIL' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw badInput('value must be an e-mail address');
      if (input.kind === 'DOMAIN' && !/^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,63}$/.test(value)) throw badInput('value must be a domain like example.com');
      const rule = await db
        .insertInto('client_link_rules')
        .values({ business_id: businessId, client_id: client.id, kind: input.kind, value })
        .onConflict((oc) => oc.columns(['business_id', 'kind', 'value']).doUpdateSet({ client_id: client.id }))
        .returningAll()
        .executeTakeFirstOrThrow();
      await relink(businessId);
      return rule;
    },

    async removeLinkRule(businessId: string, ruleId: string): Promise<boolean> {
      if (!isUuid(ruleId)) throw notFound('Link rule');
      const r = await db.deleteFrom('client_link_rules').where('business_id', '=', businessId).where('id', '=', ruleId).executeTakeFirst();
      if (!Number(r.numDeletedRows)) throw notFound('Link rule');
      return true;
    },

    relinkProjects: relink,

    /** One scheduler tick's work, without the lock (the scheduler holds it). */
    runScheduledSync: async () => ({ pm: await service.syncAll(), drive: await drive.syncAll() }),
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

export type IntegrationService = ReturnType<typeof createIntegrationService>;
