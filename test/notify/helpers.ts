import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { NewLead, Lead } from '../../src/db/schema.js';
import { enqueueLeadNotifications } from '../../src/notify/lead-notifications.js';
import { until } from '../helpers/common.js';
import { randomUUID } from 'node:crypto';
import { testConfig } from '../../src/config.js';
import { createDeliverer } from '../../src/notify/deliver.js';
import { NOTIFICATION_KINDS } from '../../src/notify/kinds.js';
import type { Notification } from '../../src/db/schema.js';
import type { WebhookEndpointService } from '../../src/notify/webhook-endpoints.js';

/** Captures a lead the way lead capture does: row + outbox rows in one transaction, events after commit. */
export async function captureLead(app: FastifyInstance, values: Omit<NewLead, 'channel'> & { channel?: NewLead['channel'] }): Promise<Lead> {
  const lead = await app.deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('leads')
      .values({ channel: 'CHAT', ...values })
      .returningAll()
      .executeTakeFirstOrThrow();
    await enqueueLeadNotifications(trx, row);
    return row;
  });
  app.deps.events.publish({ type: 'lead.created', businessId: lead.business_id, leadId: lead.id });
  if (lead.priority === 'URGENT') app.deps.events.publish({ type: 'emergency.reported', businessId: lead.business_id, leadId: lead.id, severity: lead.emergency_severity ?? 8 });
  return lead;
}

/** Waits for `fn` to return a truthy value (the one helpers module's `until`, polled every 25 ms). */
export const waitUntil = <T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 15_000, everyMs = 25) => until(fn, timeoutMs, what, everyMs);

export { sleep } from '../helpers/common.js';

export interface ReceivedHook {
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** A local webhook receiver that can be started on a chosen port (to come "back up"). */
export async function startHookReceiver(port = 0, status = 200): Promise<{ port: number; url: string; received: ReceivedHook[]; close(): Promise<void>; server: Server }> {
  const received: ReceivedHook[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const p = (server.address() as { port: number }).port;
  return {
    port: p,
    url: `http://127.0.0.1:${p}/hooks`,
    received,
    server,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export { freePort } from '../helpers/fake-http.js';

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The parts of an emergency-alert TwiML document the tests look at. */
export function parseAlertTwiml(xml: string): { says: string[]; plays: string[]; gather?: { action: string; numDigits?: string; body: string }; hangup: boolean } {
  if (!/^<\?xml[^>]*>\s*<Response>[\s\S]*<\/Response>\s*$/.test(xml.trim())) throw new Error(`not a TwiML document: ${xml.slice(0, 200)}`);
  const says = [...xml.matchAll(/<Say[^>]*>([\s\S]*?)<\/Say>/g)].map((m) => unescapeXml(m[1]!));
  const plays = [...xml.matchAll(/<Play[^>]*>([\s\S]*?)<\/Play>/g)].map((m) => unescapeXml(m[1]!));
  const g = /<Gather\b([^>]*)>([\s\S]*?)<\/Gather>/.exec(xml);
  const attr = (attrs: string, name: string) => {
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
    return m ? unescapeXml(m[1]!) : undefined;
  };
  return {
    says,
    plays,
    gather: g ? { action: attr(g[1]!, 'action')!, numDigits: attr(g[1]!, 'numDigits'), body: g[2]! } : undefined,
    hangup: /<Hangup\s*\/>/.test(xml),
  };
}

/** The deliverer with only outgoing webhooks wired, every webhook going to a local port (private targets allowed). */
export function webhookOnlyDeliverer(port: number) {
  const webhooks = { signingTarget: async () => ({ url: `http://127.0.0.1:${port}/hook`, secret: 'whsec_test', enabled: true }) } as unknown as WebhookEndpointService;
  return createDeliverer({
    db: undefined as never,
    config: testConfig({ ALLOW_PRIVATE_WEBHOOK_TARGETS: true }),
    logger: undefined as never,
    mailer: undefined as never,
    twilio: () => null,
    webhooks,
    fetch: globalThis.fetch,
    now: Date.now,
  });
}

/** An outbox row of one webhook delivery (no database behind it). */
export function webhookRow(eventId: string): Notification {
  return { id: randomUUID(), business_id: randomUUID(), kind: NOTIFICATION_KINDS.WEBHOOK, recipient: randomUUID(), payload: { id: eventId, type: 'lead.created' } } as unknown as Notification;
}

/** App config that points the Twilio SDK at the REST fake (calls, SMS, numbers). */
export function twilioFakeConfig(rest: { accountSid: string; authToken: string; url: string }) {
  return { TWILIO_ACCOUNT_SID: rest.accountSid, TWILIO_AUTH_TOKEN: rest.authToken, TWILIO_API_BASE_URL: rest.url, TWILIO_FROM_NUMBER: '+15555550199' };
}
