import type { Kysely } from 'kysely';
import type { Encryptor } from '../crypto/encryption.js';
import type { Database } from '../db/schema.js';
import { isUuid } from '../db/ids.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { sha256, type IntegrationVault, type WebhookSecretsBlob } from './connections.js';
import type { PmRegistry } from './pm/registry.js';
import { safeEqual } from './pm/signatures.js';
import type { WebhookSecrets } from './pm/types.js';
import type { ProjectSync } from './sync.js';

// Project-management webhook deliveries. Verification happens here, synchronously and without
// vendor calls; accepted events are recorded (dedupe) and applied after the edge answered.
// The outcome is a domain result: http/pm-webhooks.ts decides the status code and body.

export type WebhookOutcome =
  | { kind: 'unknown-provider' }
  /** A bad token or signature; `reason` goes to the log only. */
  | { kind: 'unauthorized'; reason: string }
  | { kind: 'bad-body'; message: string }
  /** The vendor's subscription handshake: its protocol dictates the whole reply. */
  | { kind: 'handshake'; reply: { status: number; headers?: Record<string, string>; body: unknown } }
  | { kind: 'duplicate' }
  | { kind: 'accepted' };

export interface WebhookDelivery {
  /** The provider's URL slug (`asana`, `jira`, `monday`). */
  slug: string;
  /** `<integration id>.<url secret>` from the delivery URL. */
  token: string | undefined;
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  rawBody: Buffer;
}

export interface WebhookInbox {
  receive(delivery: WebhookDelivery): Promise<WebhookOutcome>;
  /** Resolves when deferred webhook work has finished (shutdown, tests). */
  idle(): Promise<void>;
}

/** At most this many deliveries are applied at once, so a burst cannot starve the endpoint's own queries. */
const MAX_WEBHOOK_WORKERS = 4;

export function createWebhookInbox(deps: {
  db: Kysely<Database>;
  vault: IntegrationVault;
  sync: Pick<ProjectSync, 'applyChanges'>;
  registry: PmRegistry;
  encryptor: Encryptor;
  log: Logger;
  now: () => number;
  metrics?: Metrics;
}): WebhookInbox {
  const { db, vault, encryptor, log } = deps;
  const webhookCounter = deps.metrics?.counter('pm_webhooks_total', 'PM webhook deliveries by provider and result', ['provider', 'result'] as const);

  // Deferred webhook work: a small bounded queue, and refreshes of the same project that are
  // still waiting coalesce into one (the refresh reads the vendor's current state anyway).
  const pending = new Set<Promise<void>>();
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

  return {
    async receive({ slug, token, headers, query, rawBody }) {
      const provider = deps.registry.bySlug(slug);
      if (!provider) return { kind: 'unknown-provider' };
      const unauthorized = (reason: string): WebhookOutcome => {
        webhookCounter?.inc({ provider: provider.name, result: 'rejected' });
        log.warn({ provider: provider.name, reason }, 'webhook rejected');
        return { kind: 'unauthorized', reason };
      };
      const [id, secret] = (token ?? '').split('.', 2);
      if (!id || !secret || !isUuid(id) || secret.length > 100) return unauthorized('missing token');
      const row = await db.selectFrom('integrations').selectAll().where('id', '=', id).where('provider', '=', provider.name).executeTakeFirst();
      if (!row || !row.webhook_token || !safeEqual(row.webhook_token, sha256(secret))) return unauthorized('bad token');
      let body: unknown;
      try {
        body = JSON.parse(rawBody.toString('utf8') || '{}');
      } catch {
        return { kind: 'bad-body', message: 'Body must be JSON' };
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) return { kind: 'bad-body', message: 'Body must be a JSON object' };
      const blob = vault.secretsOf(row) ?? { urlToken: '', secret: null, secretsByResource: {} };
      const secrets: WebhookSecrets = {
        secret: provider.name === 'MONDAY' ? (vault.contextFor(row, provider).credentials.signingSecret ?? null) : blob.secret,
        secretsByResource: blob.secretsByResource,
      };
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
        return { kind: 'handshake', reply: { status: outcome.status, headers: outcome.headers, body: outcome.body ?? {} } };
      }
      const inserted = await db
        .insertInto('pm_webhook_deliveries')
        .values({ integration_id: row.id, business_id: row.business_id, delivery_key: outcome.deliveryKey.slice(0, 200) })
        .onConflict((oc) => oc.columns(['integration_id', 'delivery_key']).doNothing())
        .returning('delivery_key')
        .executeTakeFirst();
      if (!inserted) {
        webhookCounter?.inc({ provider: provider.name, result: 'duplicate' });
        return { kind: 'duplicate' };
      }
      webhookCounter?.inc({ provider: provider.name, result: 'accepted' });
      for (const change of outcome.changes.slice(0, 100)) enqueue(`${row.id}:${change.kind}:${change.externalId}`, () => deps.sync.applyChanges(row.id, [change]));
      return { kind: 'accepted' };
    },

    async idle() {
      while (pending.size || queue.length) await Promise.all([...pending]);
    },
  };
}
