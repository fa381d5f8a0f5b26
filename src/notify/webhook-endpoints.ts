import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database, Plan, WebhookEndpoint } from '../db/schema.js';
import type { Encryptor } from '../crypto/encryption.js';
import { maskSecret } from '../crypto/encryption.js';
import { isUuid } from '../db/ids.js';
import { AppError, badInput, notFound } from '../errors.js';
import { can, cheapestPlanWith } from '../plans/index.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from './kinds.js';
import { parseWebhookUrl } from './webhook-target.js';
import { newWebhookSecret } from './webhook-signature.js';

export const MAX_ENDPOINTS_PER_BUSINESS = 20;

export interface WebhookEndpointView {
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  enabled: boolean;
  secretHint: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookEndpointInput {
  url?: string;
  description?: string;
  events?: string[];
  enabled?: boolean;
}

export interface WebhookEndpointService {
  list(businessId: string): Promise<WebhookEndpointView[]>;
  get(businessId: string, id: string): Promise<WebhookEndpointView>;
  /** Returns the signing secret once; afterwards only its hint is shown. */
  create(businessId: string, plan: Plan, input: WebhookEndpointInput): Promise<{ endpoint: WebhookEndpointView; secret: string }>;
  update(businessId: string, plan: Plan, id: string, input: WebhookEndpointInput): Promise<WebhookEndpointView>;
  remove(businessId: string, id: string): Promise<boolean>;
  rotateSecret(businessId: string, plan: Plan, id: string): Promise<{ endpoint: WebhookEndpointView; secret: string }>;
  /** The decrypted secret for signing a delivery (worker only). */
  signingTarget(businessId: string, id: string): Promise<{ url: string; secret: string; enabled: boolean } | null>;
}

export function createWebhookEndpointService(deps: { db: Kysely<Database>; encryptor: Encryptor; allowPrivateTargets: boolean }): WebhookEndpointService {
  const { db, encryptor } = deps;

  const requirePlan = (plan: Plan) => {
    if (!can(plan, 'outgoingWebhooks')) {
      throw new AppError('PLAN_UPGRADE_REQUIRED', `Outgoing webhooks need the ${cheapestPlanWith('outgoingWebhooks')} plan`, {
        feature: 'outgoingWebhooks',
        requiredPlan: cheapestPlanWith('outgoingWebhooks'),
      });
    }
  };

  const find = async (businessId: string, id: string): Promise<WebhookEndpoint> => {
    if (!isUuid(id)) throw notFound('Webhook endpoint');
    const row = await db.selectFrom('webhook_endpoints').selectAll().where('business_id', '=', businessId).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Webhook endpoint');
    return row;
  };

  const validEvents = (events: string[] | undefined): WebhookEvent[] | undefined => {
    if (events === undefined) return undefined;
    if (!Array.isArray(events) || events.length === 0) throw badInput('Choose at least one event', { field: 'events' });
    const unknown = events.filter((e) => !(WEBHOOK_EVENTS as readonly string[]).includes(e));
    if (unknown.length) throw badInput(`Unknown webhook event: ${unknown.slice(0, 3).join(', ')}`, { field: 'events', allowed: [...WEBHOOK_EVENTS] });
    return [...new Set(events)] as WebhookEvent[];
  };

  const validDescription = (d: string | undefined) => {
    if (d === undefined) return undefined;
    if (d.length > 500) throw badInput('The description is too long (500 characters at most)', { field: 'description' });
    return d.trim();
  };

  return {
    async list(businessId) {
      const rows = await db.selectFrom('webhook_endpoints').selectAll().where('business_id', '=', businessId).orderBy('created_at').execute();
      return rows.map(view);
    },

    async get(businessId, id) {
      return view(await find(businessId, id));
    },

    async create(businessId, plan, input) {
      requirePlan(plan);
      if (!input.url) throw badInput('The webhook URL is required', { field: 'url' });
      const url = parseWebhookUrl(input.url, deps.allowPrivateTargets).toString();
      const events = validEvents(input.events ?? [...WEBHOOK_EVENTS])!;
      const count = await db
        .selectFrom('webhook_endpoints')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('business_id', '=', businessId)
        .executeTakeFirstOrThrow();
      if (Number(count.n) >= MAX_ENDPOINTS_PER_BUSINESS) throw badInput(`At most ${MAX_ENDPOINTS_PER_BUSINESS} webhook endpoints per business`);
      const secret = newWebhookSecret();
      const row = await db
        .insertInto('webhook_endpoints')
        .values({
          business_id: businessId,
          url,
          description: validDescription(input.description) ?? '',
          events,
          enabled: input.enabled ?? true,
          secret_encrypted: encryptor.encrypt(secret),
          secret_hint: maskSecret(secret),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { endpoint: view(row), secret };
    },

    async update(businessId, plan, id, input) {
      requirePlan(plan);
      await find(businessId, id);
      const row = await db
        .updateTable('webhook_endpoints')
        .set({
          ...(input.url !== undefined ? { url: parseWebhookUrl(input.url, deps.allowPrivateTargets).toString() } : {}),
          ...(input.events !== undefined ? { events: validEvents(input.events)! } : {}),
          ...(input.description !== undefined ? { description: validDescription(input.description)! } : {}),
          ...(input.enabled !== undefined && input.enabled !== null ? { enabled: input.enabled } : {}),
          updated_at: sql<Date>`now()`,
        })
        .where('business_id', '=', businessId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return view(row);
    },

    async remove(businessId, id) {
      if (!isUuid(id)) throw notFound('Webhook endpoint');
      const res = await db.deleteFrom('webhook_endpoints').where('business_id', '=', businessId).where('id', '=', id).executeTakeFirst();
      if (Number(res.numDeletedRows) === 0) throw notFound('Webhook endpoint');
      return true;
    },

    async rotateSecret(businessId, plan, id) {
      requirePlan(plan);
      await find(businessId, id);
      const secret = newWebhookSecret();
      const row = await db
        .updateTable('webhook_endpoints')
        .set({ secret_encrypted: encryptor.encrypt(secret), secret_hint: maskSecret(secret), updated_at: sql<Date>`now()` })
        .where('business_id', '=', businessId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return { endpoint: view(row), secret };
    },

    async signingTarget(businessId, id) {
      if (!isUuid(id)) return null;
      const row = await db
        .selectFrom('webhook_endpoints')
        .select(['url', 'secret_encrypted', 'enabled'])
        .where('business_id', '=', businessId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return { url: row.url, secret: encryptor.decrypt(row.secret_encrypted), enabled: row.enabled };
    },
  };
}

function view(row: WebhookEndpoint): WebhookEndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEvent[],
    enabled: row.enabled,
    secretHint: row.secret_hint,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
