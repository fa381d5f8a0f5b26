import { WEBHOOK_EVENTS, type WebhookEvent } from '../notify/kinds.js';
import type { NotificationView, TestEmailResult } from '../notify/service.js';
import type { WebhookEndpointView } from '../notify/webhook-endpoints.js';
import { builder } from './builder.js';
import { LeadRef } from './refs.js';

// Notifications: the outbox as the owner sees it (status, attempts, last error per lead), a
// retry for dead deliveries, the settings page's test e-mail, and outgoing webhook endpoints.

const NotificationStatusEnum = builder.enumType('NotificationStatus', { values: ['PENDING', 'SENDING', 'SENT', 'DEAD'] as const });
const NotificationChannelEnum = builder.enumType('NotificationChannel', { values: ['EMAIL', 'PHONE', 'SMS', 'WEBHOOK'] as const });

const eventName = (e: WebhookEvent) => e.toUpperCase().replace('.', '_');
const WebhookEventEnum = builder.enumType('WebhookEvent', {
  description: 'Events delivered to outgoing webhooks; the JSON body `type` is the dotted form (lead.created)',
  values: Object.fromEntries(WEBHOOK_EVENTS.map((e) => [eventName(e), { value: e, description: e }])) as Record<
    'LEAD_CREATED' | 'LEAD_UPDATED' | 'CONVERSATION_ENDED' | 'EMERGENCY_REPORTED',
    { value: WebhookEvent; description: string }
  >,
});

const NotificationRef = builder.objectRef<NotificationView>('Notification').implement({
  description: 'One delivery of the notifications outbox (an e-mail, an emergency call or a webhook)',
  fields: (t) => ({
    id: t.exposeID('id'),
    leadId: t.exposeID('leadId', { nullable: true }),
    kind: t.exposeString('kind', { description: 'email.lead_owner, email.lead_confirmation, email.test, call.emergency, sms.emergency or webhook' }),
    channel: t.expose('channel', { type: NotificationChannelEnum }),
    recipient: t.exposeString('recipient', { description: 'E-mail address, phone number, or webhook endpoint id' }),
    status: t.expose('status', { type: NotificationStatusEnum }),
    attempts: t.exposeInt('attempts'),
    maxAttempts: t.exposeInt('maxAttempts'),
    lastError: t.exposeString('lastError', { nullable: true }),
    nextAttemptAt: t.field({ type: 'DateTime', resolve: (n) => n.nextAttemptAt }),
    sentAt: t.field({ type: 'DateTime', nullable: true, resolve: (n) => n.sentAt }),
    createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
  }),
});

builder.queryField('notifications', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [NotificationRef],
    description: 'Deliveries of the outbox, newest first',
    args: {
      leadId: t.arg.id(),
      status: t.arg({ type: NotificationStatusEnum }),
      limit: t.arg.int({ description: '1-100, default 50' }),
      offset: t.arg.int(),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.notify.listNotifications(ctx.actor.businessId, {
        leadId: args.leadId == null ? null : String(args.leadId),
        status: args.status ?? null,
        limit: args.limit ?? null,
        offset: args.offset ?? null,
      }),
  }),
);

builder.objectField(LeadRef, 'notifications', (t) =>
  t.field({
    type: [NotificationRef],
    description: 'The e-mails, calls and webhook deliveries for this lead',
    resolve: (lead, _args, ctx) => ctx.services.notify.listNotifications(lead.business_id, { leadId: lead.id, limit: 100 }),
  }),
);

builder.mutationField('retryNotification', (t) =>
  t.withAuth({ writer: true }).field({
    type: NotificationRef,
    description: 'Sends a dead notification again (attempts start over)',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.services.notify.retryNotification(ctx.actor.businessId, String(id)),
  }),
);

const TestEmailResultRef = builder.objectRef<TestEmailResult>('TestEmailResult').implement({
  fields: (t) => ({
    success: t.exposeBoolean('success'),
    to: t.exposeString('to'),
    error: t.exposeString('error', { nullable: true, description: 'The mail server error text when it failed' }),
    delivery: t.exposeString('delivery', { description: '"smtp", or the .eml file written when SMTP is not configured' }),
  }),
});

builder.mutationField('sendTestEmail', (t) =>
  t.withAuth({ writer: true, feature: 'emailNotifications' }).field({
    type: TestEmailResultRef,
    description: 'Sends a test e-mail now (to the notification e-mail unless `to` is given) and reports the outcome',
    args: { to: t.arg.string() },
    resolve: (_root, { to }, ctx) => ctx.services.notify.sendTestEmail(ctx.actor.businessId, to ?? null),
  }),
);

// ---- outgoing webhooks ----

const WebhookEndpointRef = builder.objectRef<WebhookEndpointView & { businessId: string }>('WebhookEndpoint').implement({
  description:
    'An HTTPS endpoint that receives signed JSON events. Verify X-Webhook-Signature = "v1=" + hex HMAC-SHA256(secret, X-Webhook-Timestamp + "." + raw body)',
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    description: t.exposeString('description'),
    events: t.field({ type: [WebhookEventEnum], resolve: (e) => e.events }),
    enabled: t.exposeBoolean('enabled'),
    secretHint: t.exposeString('secretHint', { description: 'The last characters of the signing secret' }),
    createdAt: t.field({ type: 'DateTime', resolve: (e) => e.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (e) => e.updatedAt }),
    deliveries: t.field({
      type: [NotificationRef],
      description: 'Recent deliveries to this endpoint with their attempts and errors',
      args: { limit: t.arg.int() },
      resolve: (e, { limit }, ctx) =>
        ctx.services.notify.listNotifications(e.businessId, { kind: 'webhook', recipient: e.id, limit: Math.min(Math.max(limit ?? 20, 1), 100) }),
    }),
  }),
});

const WebhookEndpointSecretRef = builder.objectRef<{ endpoint: WebhookEndpointView & { businessId: string }; secret: string }>('WebhookEndpointWithSecret').implement({
  fields: (t) => ({
    endpoint: t.expose('endpoint', { type: WebhookEndpointRef }),
    secret: t.exposeString('secret', { description: 'Shown once: store it to verify signatures' }),
  }),
});

const WebhookEndpointInput = builder.inputType('WebhookEndpointInput', {
  fields: (t) => ({
    url: t.string({ description: 'https URL (required when creating)' }),
    events: t.field({ type: [WebhookEventEnum], description: 'Default: all events' }),
    description: t.string(),
    enabled: t.boolean(),
  }),
});

const withBusiness = (businessId: string) => (e: WebhookEndpointView) => ({ ...e, businessId });

builder.queryField('webhookEndpoints', (t) =>
  t.withAuth({ authenticated: true, feature: 'outgoingWebhooks' }).field({
    type: [WebhookEndpointRef],
    resolve: async (_root, _args, ctx) => (await ctx.services.notify.webhooks.list(ctx.actor.businessId)).map(withBusiness(ctx.actor.businessId)),
  }),
);

builder.mutationField('createWebhookEndpoint', (t) =>
  t.withAuth({ writer: true, feature: 'outgoingWebhooks' }).field({
    type: WebhookEndpointSecretRef,
    args: { input: t.arg({ type: WebhookEndpointInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const r = await ctx.services.notify.webhooks.create(ctx.actor.businessId, ctx.actor.plan, {
        url: input.url ?? undefined,
        events: input.events ?? undefined,
        description: input.description ?? undefined,
        enabled: input.enabled ?? undefined,
      });
      return { endpoint: withBusiness(ctx.actor.businessId)(r.endpoint), secret: r.secret };
    },
  }),
);

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.withAuth({ writer: true, feature: 'outgoingWebhooks' }).field({
    type: WebhookEndpointRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: WebhookEndpointInput, required: true }) },
    resolve: async (_root, { id, input }, ctx) =>
      withBusiness(ctx.actor.businessId)(
        await ctx.services.notify.webhooks.update(ctx.actor.businessId, ctx.actor.plan, String(id), {
          url: input.url ?? undefined,
          events: input.events ?? undefined,
          description: input.description ?? undefined,
          enabled: input.enabled ?? undefined,
        }),
      ),
  }),
);

builder.mutationField('rotateWebhookSecret', (t) =>
  t.withAuth({ writer: true, feature: 'outgoingWebhooks' }).field({
    type: WebhookEndpointSecretRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const r = await ctx.services.notify.webhooks.rotateSecret(ctx.actor.businessId, ctx.actor.plan, String(id));
      return { endpoint: withBusiness(ctx.actor.businessId)(r.endpoint), secret: r.secret };
    },
  }),
);

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.withAuth({ writer: true }).field({
    type: 'Boolean',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.services.notify.webhooks.remove(ctx.actor.businessId, String(id)),
  }),
);
