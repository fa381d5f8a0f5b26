import type { Kysely } from 'kysely';
import type { Database, Integration, PmProvider as PmProviderName } from '../db/schema.js';
import { AppError, badInput } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { loadClientMatcher } from './client-linking.js';
import type { Encryptor } from '../crypto/encryption.js';
import type { IntegrationVault } from './connections.js';
import { ProviderError } from './pm/http.js';
import type { WebhookChange } from './pm/types.js';
import { countProjects, deleteMissingProjects, deleteProject, upsertProject } from './project-store.js';
import { syncEligible } from './sync-eligible.js';

// Project sync: the full sync of one integration (projects, client links, counts, webhook
// registration), the reconciliation poll over every business, and applying the changes a
// verified webhook reported.

export interface ProjectCounts {
  projectCount: number;
  taskCount: number;
}

export interface ProjectSync {
  /** Full sync of one integration row; marks it ERROR (and throws) when the vendor fails. */
  syncRow(row: Integration): Promise<ProjectCounts>;
  /** Manual sync of one integration, or of every PM integration of the business. */
  syncProjects(businessId: string, integrationId?: string): Promise<ProjectCounts>;
  /** Every PM integration of every business (the scheduler's reconciliation poll). */
  syncAll(): Promise<{ ok: number; failed: number }>;
  /** Refreshes (or deletes) the projects a webhook delivery named. */
  applyChanges(integrationId: string, changes: WebhookChange[]): Promise<void>;
}

/** Error text safe to store and show: vendor messages are already credential-free; clip them. */
export function describe(err: unknown): string {
  if (err instanceof ProviderError || err instanceof AppError) return err.message.slice(0, 500);
  return 'Unexpected error while syncing (see server logs)';
}

export function createProjectSync(deps: { db: Kysely<Database>; vault: IntegrationVault; encryptor: Encryptor; log: Logger; now: () => number; metrics?: Metrics }): ProjectSync {
  const { db, vault, encryptor, log } = deps;
  const syncCounter = deps.metrics?.counter('pm_sync_total', 'Project syncs by provider and result', ['provider', 'result'] as const);

  async function syncRow(row: Integration): Promise<ProjectCounts> {
    const provider = vault.providerOf(row.provider);
    const started = new Date(deps.now());
    await db.updateTable('integrations').set({ status: 'SYNCING', updated_at: started }).where('id', '=', row.id).execute();
    try {
      const ctx = vault.contextFor(row, provider);
      const projects = await provider.listProjects(ctx);
      const target = { businessId: row.business_id, integrationId: row.id, provider: row.provider as PmProviderName };
      await db.transaction().execute(async (trx) => {
        const matcher = await loadClientMatcher(trx, row.business_id);
        for (const p of projects) await upsertProject(trx, target, p, matcher, started);
        await deleteMissingProjects(trx, row.business_id, row.id, projects.map((p) => p.externalId));
      });
      let webhookError: string | null = null;
      let settings = (row.settings ?? {}) as Record<string, unknown>;
      let blob = vault.secretsOf(row);
      if (ctx.webhookTarget) {
        try {
          const setup = await provider.setupWebhooks(ctx, projects);
          // Re-read: an Asana handshake may have stored secrets while setup was in flight.
          const fresh = await db.selectFrom('integrations').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
          settings = { ...((fresh.settings ?? {}) as Record<string, unknown>), ...setup.settings, webhookIds: setup.webhookIds };
          blob = vault.secretsOf(fresh);
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

  return {
    syncRow,

    async syncProjects(businessId, integrationId) {
      const rows = integrationId
        ? [await vault.load(businessId, integrationId)]
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

    async syncAll() {
      const result = await syncEligible(db, 'projects', 'projectSync', syncRow);
      // Old delivery ids only matter while a vendor may still retry them.
      await db.deleteFrom('pm_webhook_deliveries').where('received_at', '<', new Date(deps.now() - 7 * 24 * 3600_000)).execute();
      return result;
    },

    async applyChanges(integrationId, changes) {
      const row = await db.selectFrom('integrations').selectAll().where('id', '=', integrationId).executeTakeFirst();
      if (!row || row.status === 'DISCONNECTED') return;
      const provider = vault.providerOf(row.provider);
      const ctx = vault.contextFor(row, provider);
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
    },
  };
}
