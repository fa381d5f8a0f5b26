import type { DatabaseHandle } from '../db/index.js';
import type { Config } from '../config.js';
import type { BackgroundTask } from '../deps.js';
import type { Encryptor } from '../crypto/encryption.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { createConnections, createIntegrationVault, type Connections } from './connections.js';
import { createDriveSync, type DriveSync } from './drive/drive-sync.js';
import type { KnowledgeService } from '../knowledge/service.js';
import { createLinkRules, type LinkRules } from './link-rules.js';
import { createPmRegistry, type PmRegistry } from './pm/registry.js';
import { createSyncScheduler, type SyncScheduler } from './scheduler.js';
import { createProjectSync, type ProjectSync } from './sync.js';
import { createWebhookInbox, type WebhookDelivery, type WebhookOutcome } from './webhook-inbox.js';

// Project-management and Drive integrations, assembled from their parts: connections
// (credentials, connect/disconnect), sync (full sync, reconciliation poll, applying webhook
// changes), the webhook inbox (verify, dedupe, defer) and the client link rules.

export { toView, type IntegrationView } from './connections.js';
export type { WebhookOutcome } from './webhook-inbox.js';

export interface IntegrationServiceDeps {
  database: DatabaseHandle;
  /** Drive items are chunked and embedded through the knowledge service. */
  knowledge: Pick<KnowledgeService, 'ingestItem' | 'deleteItem'>;
  config: Config;
  encryptor: Encryptor;
  logger: Logger;
  fetch: typeof fetch;
  now: () => number;
  metrics?: Metrics;
  registry?: PmRegistry;
}

export interface IntegrationService extends Connections, LinkRules, Pick<ProjectSync, 'syncProjects' | 'syncAll'> {
  registry: PmRegistry;
  drive: DriveSync;
  /** One webhook delivery: verified, recorded, its changes applied after the edge answered. */
  receiveWebhook(delivery: WebhookDelivery): Promise<WebhookOutcome>;
  /** Resolves when deferred webhook work has finished (shutdown, tests). */
  idle(): Promise<void>;
  /** Seeds the mock provider's demo projects for a business (SEED_MOCK_PROJECTS). */
  ensureMockProjects(businessId: string): Promise<void>;
  /** The periodic sync; `tick()` runs one now. */
  scheduler: SyncScheduler;
  /** Started when the app is ready, stopped on close: the sync scheduler, the webhook drain, the mock seed. */
  tasks: BackgroundTask[];
}

export function createIntegrationService(deps: IntegrationServiceDeps): IntegrationService {
  const { config, encryptor } = deps;
  const db = deps.database.db;
  const registry = deps.registry ?? createPmRegistry();
  const log = deps.logger.child({ component: 'integrations' });
  const vault = createIntegrationVault({ db, config, encryptor, log, fetch: deps.fetch, registry });
  const sync = createProjectSync({ db, vault, encryptor, log, now: deps.now, metrics: deps.metrics });
  const connections = createConnections({ db, config, encryptor, log, fetch: deps.fetch, registry, vault, now: deps.now, firstSync: sync.syncRow });
  const inbox = createWebhookInbox({ db, vault, sync, registry, encryptor, log, now: deps.now, metrics: deps.metrics });
  const linkRules = createLinkRules(db);
  const drive = createDriveSync({ db, config, encryptor, logger: deps.logger, fetch: deps.fetch, now: deps.now, knowledge: deps.knowledge });
  const scheduler = createSyncScheduler({
    database: deps.database,
    logger: log,
    intervalMs: config.PM_SYNC_INTERVAL,
    run: async () => ({ pm: await sync.syncAll(), drive: await drive.syncAll() }),
  });

  async function ensureMockProjects(businessId: string): Promise<void> {
    const existing = await db.selectFrom('integrations').select('id').where('business_id', '=', businessId).where('provider', '=', 'MOCK').executeTakeFirst();
    if (existing) {
      await sync.syncRow(await vault.load(businessId, existing.id));
      return;
    }
    await connections.connect(businessId, 'MOCK', {});
  }

  const tasks: BackgroundTask[] = [scheduler, { name: 'pm-webhook-drain', start() {}, stop: inbox.idle }];
  if (config.SEED_MOCK_PROJECTS) {
    tasks.push({
      name: 'pm-mock-seed',
      async start() {
        // The demo business is the one on DEMO_PHONE_NUMBER (seeded at this start or an earlier one).
        const demo = await db.selectFrom('businesses').select('id').where('twilio_number', '=', config.DEMO_PHONE_NUMBER).executeTakeFirst();
        if (!demo) return;
        await ensureMockProjects(demo.id).catch((err: unknown) => log.error({ err }, 'seeding mock projects failed'));
      },
      async stop() {},
    });
  }

  return {
    ...connections,
    ...linkRules,
    registry,
    drive,
    scheduler,
    syncProjects: sync.syncProjects,
    syncAll: sync.syncAll,
    receiveWebhook: inbox.receive,
    idle: inbox.idle,
    ensureMockProjects,
    tasks,
  };
}
