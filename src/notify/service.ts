import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { CoreDeps } from '../deps.js';
import { publicBaseUrl } from '../config.js';
import type { Notification, NotificationStatus } from '../db/schema.js';
import { isUuid } from '../db/ids.js';
import { AppError, badInput, notFound } from '../errors.js';
import { buildAckResponseTwiml, buildVoicemailAlertTwiml, MACHINE_ANSWERS, renderEmergencyMessage, ackUrl, verifyAck } from './emergency-call.js';
import { createDeliverer } from './deliver.js';
import { renderTestEmail, headerText } from './email-templates.js';
import { NOTIFICATION_KINDS, idempotencyKey } from './kinds.js';
import { enqueueLeadNotifications } from './lead-notifications.js';
import { createMailer, type Mailer } from './mailer.js';
import { registerNotifyObservability } from './observability.js';
import { createOutboxStore, redact, type OutboxStore } from './outbox-store.js';
import { lazyTwilioClient } from '../twilio/client.js';
import { createWebhookEndpointService, type WebhookEndpointService } from './webhook-endpoints.js';
import { enqueueConversationEnded, enqueueLeadUpdated } from './webhook-events.js';
import { createOutboxWorker, type OutboxWorker, type OutboxWorkerOptions } from './worker.js';
import { isEmail } from '../contacts/index.js';
import { spellPhone } from '../contacts/phone-display.js';

export type NotificationChannel = 'EMAIL' | 'PHONE' | 'SMS' | 'WEBHOOK';

export interface AlertLinkView {
  acknowledged: boolean;
  business: string;
  issue: string | null;
  callerPhone: string | null;
  callerName: string | null;
}

/** The admin view of one outbox row (GraphQL `notifications`). */
export interface NotificationView {
  id: string;
  leadId: string | null;
  kind: string;
  channel: NotificationChannel;
  recipient: string;
  status: NotificationStatus;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
}

export interface NotificationFilter {
  leadId?: string | null;
  status?: NotificationStatus | null;
  kind?: string | null;
  recipient?: string | null;
  limit?: number | null;
  offset?: number | null;
}

export interface TestEmailResult {
  success: boolean;
  to: string;
  error: string | null;
  /** Where the message went: "smtp", or the .eml file path on the embedded default. */
  delivery: string;
}

export interface NotifyService {
  /** The app's worker; registered as a background task by the notify HTTP plugin. */
  worker: OutboxWorker;
  /** Background task: the worker plus the lead.updated / conversation.ended webhook listeners. */
  task: { name: string; start(): void; stop(): Promise<void> };
  /** Another worker over the same outbox (tests of concurrency, benchmarks). */
  createWorker(options?: Partial<OutboxWorkerOptions> & { name?: string }): OutboxWorker;
  store: OutboxStore;
  mailer: Mailer;
  webhooks: WebhookEndpointService;
  enqueueLeadNotifications: typeof enqueueLeadNotifications;
  sendTestEmail(businessId: string, to?: string | null): Promise<TestEmailResult>;
  listNotifications(businessId: string, filter?: NotificationFilter): Promise<NotificationView[]>;
  retryNotification(businessId: string, id: string): Promise<NotificationView>;
  /** The Gather callback of the emergency call: verifies the token, records "pressed 1". */
  acknowledgeEmergency(input: { notificationId: string; token: string; digits: string | undefined }): Promise<{ twiml: string; acknowledged: boolean } | null>;
  /** The SMS link: without `confirm` only describes the alert (link previews must not acknowledge). */
  acknowledgeByLink(input: { notificationId: string; token: string; confirm: boolean }): Promise<AlertLinkView | null>;
  /** Twilio's async AMD verdict for an alert call: a machine gets the alert as a voicemail and the next contact is called. */
  answeringMachine(input: { notificationId: string; token: string; answeredBy: string; callSid: string }): Promise<boolean>;
}

const MAX_LIST = 100;
/**
 * Test e-mails go to any address the owner types, with the business name in the subject:
 * bounded per business so the button cannot serve as a spam relay.
 */
export const TEST_EMAILS_PER_HOUR = 10;

export function createNotifyService(core: CoreDeps): NotifyService {
  const { db, config, logger } = core;
  const log = logger.child({ component: 'notify' });
  const mailer = createMailer({ ...config, connections: Math.min(config.NOTIFY_CONCURRENCY, 10) });
  const store = createOutboxStore(db);
  const twilio = lazyTwilioClient(config);
  const amdVerdicts = core.metrics.counter('notify_emergency_answered_by_total', "Answering-machine verdicts on emergency alert calls (Twilio's AnsweredBy)", ['answered_by'] as const);
  const acknowledgements = core.metrics.counter('notify_emergency_acknowledged_total', 'Emergency escalations acknowledged, by how', ['via'] as const);
  const webhooks = createWebhookEndpointService({ db, encryptor: core.encryptor, allowPrivateTargets: config.ALLOW_PRIVATE_WEBHOOK_TARGETS });
  const deliver = createDeliverer({ db, config, logger: log, mailer, twilio, webhooks, fetch: core.fetch, now: core.now, encryptor: core.encryptor });

  const baseOptions: OutboxWorkerOptions = {
    pollIntervalMs: config.NOTIFY_POLL_INTERVAL,
    concurrency: config.NOTIFY_CONCURRENCY,
    batchSize: Math.max(config.NOTIFY_CONCURRENCY * 4, 16),
    leaseMs: 120_000,
    retryBaseMs: config.NOTIFY_RETRY_BASE,
    retryMaxMs: config.NOTIFY_RETRY_MAX,
  };
  let worker: OutboxWorker;
  const metrics = registerNotifyObservability({ metrics: core.metrics, health: core.health, store, worker: () => worker, mailer: mailer.kind });
  const createWorker = (options: Partial<OutboxWorkerOptions> & { name?: string } = {}) =>
    createOutboxWorker({ store, deliver, events: core.events, logger: log, metrics, options: { ...baseOptions, ...options }, name: options.name });
  worker = createWorker();

  let unsubscribe: (() => void) | undefined;
  const task = {
    name: 'notify-outbox',
    start() {
      // Webhook events that are not written in a lead-capture transaction: enqueue after the
      // commit the event announces, then wake the worker.
      unsubscribe = core.events.subscribe(async (event) => {
        let n = 0;
        if (event.type === 'lead.updated') n = await enqueueLeadUpdated(db, event.businessId, event.leadId);
        else if (event.type === 'conversation.updated' && ['ENDED', 'FAILED', 'MISSED'].includes(event.status)) {
          n = await enqueueConversationEnded(db, event.businessId, event.conversationId);
        }
        if (n > 0) worker.wake();
      });
      worker.start();
    },
    async stop() {
      unsubscribe?.();
      await worker.stop();
      mailer.close();
    },
  };

  const view = (row: Notification): NotificationView => ({
    id: row.id,
    leadId: row.lead_id,
    kind: row.kind,
    channel: row.kind.startsWith('email.') ? 'EMAIL' : row.kind.startsWith('call.') ? 'PHONE' : row.kind.startsWith('sms.') ? 'SMS' : 'WEBHOOK',
    recipient: row.recipient,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    sentAt: row.sent_at,
    createdAt: row.created_at,
  });

  return {
    worker,
    task,
    createWorker,
    store,
    mailer,
    webhooks,
    enqueueLeadNotifications,

    async sendTestEmail(businessId, to) {
      const business = await db.selectFrom('businesses').select(['name', 'notification_email']).where('id', '=', businessId).executeTakeFirst();
      if (!business) throw notFound('Business');
      const recipient = (to ?? business.notification_email ?? '').trim();
      if (!recipient) throw badInput('No recipient: set the notification e-mail first or give an address', { field: 'to' });
      if (!isEmail(recipient)) {
        throw badInput('That is not a valid e-mail address', { field: 'to' });
      }
      const quota = await core.sessions.hit(`notify:test-email:${businessId}`, TEST_EMAILS_PER_HOUR, 3600_000);
      if (!quota.allowed) {
        throw new AppError('RATE_LIMITED', `At most ${TEST_EMAILS_PER_HOUR} test e-mails per hour; try again later`, { retryAfterSec: Math.ceil(quota.resetMs / 1000) });
      }
      const key = idempotencyKey(`test:${randomUUID()}`, NOTIFICATION_KINDS.TEST_EMAIL, recipient);
      const email = renderTestEmail({ business });
      let result: TestEmailResult;
      try {
        const info = await mailer.send({ to: recipient, ...email, messageId: `<${randomUUID()}@smb-agent.test>` });
        result = { success: true, to: recipient, error: null, delivery: info.location ?? mailer.kind };
      } catch (err) {
        result = { success: false, to: recipient, error: headerText(redact((err as Error).message ?? String(err)), 500), delivery: mailer.kind };
      }
      // Recorded like any other notification so the settings page shows its history.
      await db
        .insertInto('notifications')
        .values({
          business_id: businessId,
          kind: NOTIFICATION_KINDS.TEST_EMAIL,
          recipient,
          payload: JSON.stringify({ subject: email.subject }),
          status: result.success ? 'SENT' : 'DEAD',
          attempts: 1,
          last_error: result.error,
          sent_at: result.success ? sql<Date>`now()` : null,
          idempotency_key: key,
        })
        .execute();
      return result;
    },

    async listNotifications(businessId, filter = {}) {
      if (filter.leadId && !isUuid(filter.leadId)) return [];
      let q = db.selectFrom('notifications').selectAll().where('business_id', '=', businessId);
      if (filter.leadId) q = q.where('lead_id', '=', filter.leadId);
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.kind) q = q.where('kind', '=', filter.kind);
      if (filter.recipient) q = q.where('recipient', '=', filter.recipient);
      const limit = Math.min(Math.max(filter.limit ?? 50, 1), MAX_LIST);
      const offset = Math.max(filter.offset ?? 0, 0);
      const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
      return rows.map(view);
    },

    async retryNotification(businessId, id) {
      if (!isUuid(id)) throw notFound('Notification');
      const row = await db.selectFrom('notifications').selectAll().where('business_id', '=', businessId).where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('Notification');
      if (row.status !== 'DEAD') throw badInput(`Only dead notifications can be retried (this one is ${row.status})`);
      if (row.kind === NOTIFICATION_KINDS.TEST_EMAIL) throw badInput('Send a new test e-mail instead');
      const updated = await db
        .updateTable('notifications')
        .set({ status: 'PENDING', attempts: 0, next_attempt_at: sql<Date>`now()`, locked_until: null, updated_at: sql<Date>`now()` })
        .where('business_id', '=', businessId)
        .where('id', '=', id)
        .where('status', '=', 'DEAD')
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw badInput('The notification changed meanwhile; reload and try again');
      worker.wake();
      return view(updated);
    },

    async acknowledgeEmergency({ notificationId, token, digits }) {
      const row = await signedRow(notificationId, token, NOTIFICATION_KINDS.EMERGENCY_CALL);
      if (!row) return null;
      const ctx = await alertContext(row);
      if (!ctx) return null;
      // An answering machine never acknowledges, whatever tones reach the Gather.
      const machine = MACHINE_ANSWERS.has(String((row.payload as { answeredBy?: string }).answeredBy ?? ''));
      const acknowledged = digits === '1' && !machine;
      if (acknowledged) await acknowledge(row, ctx.lead.id);
      const twiml = buildAckResponseTwiml({
        acknowledged,
        voice: ctx.voice,
        language: ctx.language,
        message: renderEmergencyMessage(ctx.business.emergency_message_template, { business: ctx.business.name, lead: ctx.lead }),
        ackUrl: ackUrl(publicBaseUrl(config), config.JWT_SECRET!, notificationId),
        callback: ctx.lead.phone ? spellPhone(ctx.lead.phone) : null,
      });
      return { twiml, acknowledged };
    },

    async acknowledgeByLink({ notificationId, token, confirm }) {
      const row = await signedRow(notificationId, token, NOTIFICATION_KINDS.EMERGENCY_SMS);
      if (!row) return null;
      const ctx = await alertContext(row);
      if (!ctx) return null;
      const view = { business: ctx.business.name, issue: ctx.lead.issue || ctx.lead.emergency_notes || null, callerPhone: ctx.lead.phone, callerName: ctx.lead.name };
      if (!confirm) return { acknowledged: Boolean(ctx.lead.acknowledged_at), ...view };
      await acknowledge(row, ctx.lead.id);
      return { acknowledged: true, ...view };
    },

    async answeringMachine({ notificationId, token, answeredBy, callSid }) {
      const row = await signedRow(notificationId, token, NOTIFICATION_KINDS.EMERGENCY_CALL);
      if (!row) return false;
      const verdict = answeredBy.slice(0, 32);
      await db
        .updateTable('notifications')
        .set({ payload: sql<Record<string, unknown>>`payload || ${JSON.stringify({ answeredBy: verdict })}::jsonb`, updated_at: sql<Date>`now()` })
        .where('id', '=', row.id)
        .execute();
      amdVerdicts.inc({ answered_by: /^[a-z_]{1,32}$/.test(verdict) ? verdict : 'other' });
      if (!MACHINE_ANSWERS.has(verdict)) return true;
      const ctx = await alertContext(row);
      if (!ctx || ctx.lead.acknowledged_at) return true;
      // The next contact need not wait for a key press that cannot come.
      const next = await db
        .updateTable('notifications')
        .set({ next_attempt_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
        .where('business_id', '=', row.business_id)
        .where('lead_id', '=', ctx.lead.id)
        .where('kind', 'in', [NOTIFICATION_KINDS.EMERGENCY_CALL, NOTIFICATION_KINDS.EMERGENCY_SMS])
        .where('status', '=', 'PENDING')
        .returning('recipient')
        .execute();
      if (next.length > 0) worker.wake();
      log.info({ leadId: ctx.lead.id, notificationId, answeredBy: verdict }, 'emergency alert reached an answering machine');
      const client = twilio();
      if (verdict !== 'fax' && client && /^CA[0-9a-fA-F]{32}$/.test(callSid)) {
        // Leave the alert on the voicemail (we are after the beep) instead of the "press 1" loop.
        const twiml = buildVoicemailAlertTwiml({
          message: renderEmergencyMessage(ctx.business.emergency_message_template, { business: ctx.business.name, lead: ctx.lead }),
          voice: ctx.voice,
          language: ctx.language,
          moreContacts: next.some((n) => n.recipient !== row.recipient),
        });
        await client
          .calls(callSid)
          .update({ twiml })
          .catch((err: unknown) => log.warn({ err: (err as Error).message, notificationId }, 'could not leave the alert on the voicemail'));
      } else if (client && /^CA[0-9a-fA-F]{32}$/.test(callSid)) {
        await client.calls(callSid).update({ status: 'completed' }).catch(() => undefined);
      }
      return true;
    },
  };

  /** The outbox row a signed link or callback names, when the token is right and the kind fits. */
  async function signedRow(notificationId: string, token: string, kind: string) {
    if (!isUuid(notificationId) || !config.JWT_SECRET || !verifyAck(config.JWT_SECRET, notificationId, token)) return null;
    const row = await db.selectFrom('notifications').selectAll().where('id', '=', notificationId).executeTakeFirst();
    if (!row || row.kind !== kind || !row.lead_id) return null;
    return row;
  }

  async function alertContext(row: Notification) {
    const lead = await db.selectFrom('leads').selectAll().where('business_id', '=', row.business_id).where('id', '=', row.lead_id!).executeTakeFirst();
    if (!lead) return null;
    const business = await db.selectFrom('businesses').select(['name', 'emergency_message_template']).where('id', '=', row.business_id).executeTakeFirstOrThrow();
    const agent = await db.selectFrom('agent_configs').select(['twilio_voice', 'twilio_language']).where('business_id', '=', row.business_id).executeTakeFirst();
    return { lead, business, voice: agent?.twilio_voice ?? 'Polly.Joanna', language: agent?.twilio_language ?? 'en-US' };
  }

  /** Records who acknowledged, ends the escalation and drops its pending calls and SMS. */
  async function acknowledge(row: Notification, leadId: string): Promise<void> {
    const changed = await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('leads')
        .set({ acknowledged_at: sql<Date>`now()`, acknowledged_by: row.recipient, updated_at: sql<Date>`now()` })
        .where('business_id', '=', row.business_id)
        .where('id', '=', leadId)
        .where('acknowledged_at', 'is', null)
        .executeTakeFirst();
      await trx
        .updateTable('emergency_escalations')
        .set({ status: 'ACKNOWLEDGED', acknowledged_at: sql<Date>`now()`, acknowledged_by: row.recipient, updated_at: sql<Date>`now()` })
        .where('business_id', '=', row.business_id)
        .where('lead_id', '=', leadId)
        .where('status', '!=', 'ACKNOWLEDGED')
        .execute();
      // No more calls or messages for this emergency.
      await trx
        .deleteFrom('notifications')
        .where('business_id', '=', row.business_id)
        .where('lead_id', '=', leadId)
        .where('kind', 'in', [NOTIFICATION_KINDS.EMERGENCY_CALL, NOTIFICATION_KINDS.EMERGENCY_SMS])
        .where('status', '=', 'PENDING')
        .execute();
      return Number(res.numUpdatedRows) > 0;
    });
    if (changed) {
      acknowledgements.inc({ via: row.kind === NOTIFICATION_KINDS.EMERGENCY_SMS ? 'sms' : 'call' });
      core.events.publish({ type: 'lead.updated', businessId: row.business_id, leadId });
    }
    log.info({ leadId, notificationId: row.id, via: row.kind }, 'emergency alert acknowledged');
  }
}
