import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { publicBaseUrl, type Config } from '../config.js';
import type { Database, Lead, Notification } from '../db/schema.js';
import type { Logger } from '../logger.js';
import { can } from '../plans/index.js';
import { accountLink, leadLink, type AccountLinkKind } from '../accounts/links.js';
import { isAccountTokenLive } from '../accounts/tokens.js';
import { leadEmailRecipient } from './lead-notifications.js';
import type { Encryptor } from '../crypto/encryption.js';
import { createEscalationDelivery } from './escalation.js';
import { identityCodeSms, renderAccountExistsEmail, renderIdentityCodeEmail, renderVisitorConfirmationEmail } from './visitor-emails.js';
import {
  answerText,
  humanPhone,
  renderInvitationEmail,
  renderOwnerLeadEmail,
  renderPasswordResetEmail,
  renderTestEmail,
  renderVerifyNotificationEmail,
  type AnswerLine,
  type RenderedEmail,
} from './email-templates.js';
import { NOTIFICATION_KINDS } from './kinds.js';
import { PermanentMailError, type Mailer } from './mailer.js';
import type { TwilioRestClient } from '../twilio/client.js';
import type { WebhookEndpointService } from './webhook-endpoints.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from './webhook-signature.js';
import { assertPublicTarget, PermanentDeliveryError, postWebhook } from './webhook-target.js';
import { businessCountry } from '../contacts/phone.js';
import type { CountryCode } from 'libphonenumber-js';

/** What happened to one delivery attempt; the worker maps it onto the outbox state machine. */
export type DeliveryOutcome =
  | { kind: 'sent'; result?: Record<string, unknown> }
  | { kind: 'failed'; error: string; permanent: boolean }
  /** The delivery became moot (an acknowledged emergency's re-call): the row is removed. */
  | { kind: 'discard'; reason: string };

export interface DelivererDeps {
  db: Kysely<Database>;
  config: Config;
  logger: Logger;
  mailer: Mailer;
  twilio: () => TwilioRestClient | null;
  webhooks: WebhookEndpointService;
  fetch: typeof fetch;
  now: () => number;
  /** Decrypts the single-use link tokens of account e-mails (without it they cannot be sent). */
  encryptor?: Encryptor;
}

const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_ANSWERS = 50;
const MAX_ANSWER_LENGTH = 1000;

export function createDeliverer(deps: DelivererDeps): (row: Notification) => Promise<DeliveryOutcome> {
  const { db, config } = deps;
  const appBase = publicBaseUrl(config);
  const mailDomain = /@([^>\s]+)>?\s*$/.exec(config.MAIL_FROM)?.[1] ?? 'smb-agent.local';
  const escalation = createEscalationDelivery({ db, config, twilio: deps.twilio, errorText });

  const loadLeadContext = async (row: Notification) => {
    if (!row.lead_id) return null;
    // One round trip for the lead and its business (the hot path of every lead e-mail).
    const found = await db
      .selectFrom('leads')
      .innerJoin('businesses', 'businesses.id', 'leads.business_id')
      .selectAll('leads')
      .select([
        'businesses.name as b_name',
        'businesses.plan as b_plan',
        'businesses.phone_number as b_phone_number',
        'businesses.timezone as b_timezone',
        'businesses.twilio_number as b_twilio_number',
        'businesses.emergency_message_template as b_emergency_message_template',
        'businesses.notification_email as b_notification_email',
      ])
      .where('leads.business_id', '=', row.business_id)
      .where('leads.id', '=', row.lead_id)
      .executeTakeFirst();
    if (!found) return null;
    const { b_name, b_plan, b_phone_number, b_timezone, b_twilio_number, b_emergency_message_template, b_notification_email, ...lead } = found;
    const business = {
      id: row.business_id,
      name: b_name,
      plan: b_plan,
      phone_number: b_phone_number,
      timezone: b_timezone,
      twilio_number: b_twilio_number,
      emergency_message_template: b_emergency_message_template,
      notification_email: b_notification_email,
    };
    return { lead: lead as Lead, business };
  };

  const sendEmail = async (row: Notification, email: RenderedEmail, replyTo?: string | null): Promise<DeliveryOutcome> => {
    try {
      const info = await deps.mailer.send({
        to: row.recipient,
        ...email,
        // Stable per row: a retry after an unrecorded success carries the same Message-ID.
        messageId: `<${createHash('sha256').update(row.idempotency_key).digest('hex').slice(0, 32)}@${mailDomain}>`,
        ...(replyTo ? { replyTo } : {}),
      });
      return { kind: 'sent', result: { messageId: info.messageId, ...(info.location ? { file: info.location } : {}) } };
    } catch (err) {
      return { kind: 'failed', error: errorText(err), permanent: err instanceof PermanentMailError };
    }
  };

  /** An account e-mail: its link is rebuilt from the encrypted token, unless the link already died. */
  const sendLinkEmail = async (
    row: Notification,
    kind: AccountLinkKind,
    render: (url: string, payload: Record<string, unknown>) => Promise<RenderedEmail>,
  ): Promise<DeliveryOutcome> => {
    const payload = row.payload as { tokenId?: string; token?: string } & Record<string, unknown>;
    if (!payload.tokenId || !payload.token) return { kind: 'failed', error: 'no link in this e-mail', permanent: true };
    if (!(await isAccountTokenLive(db, payload.tokenId, new Date(deps.now())))) return { kind: 'discard', reason: 'the link was used, replaced or expired' };
    let token: string;
    try {
      if (!deps.encryptor) throw new Error('no encryptor');
      token = deps.encryptor.decrypt(payload.token);
    } catch {
      return { kind: 'failed', error: 'the link cannot be decrypted (ENCRYPTION_KEY changed)', permanent: true };
    }
    return sendEmail(row, await render(accountLink(appBase, kind, token), payload));
  };

  /** The agent's own keys in captured_data, as an owner reads them. */
  const ANSWER_LABELS: Record<string, string> = { emergencyKeywords: 'Flagged as an emergency because of', preferredTime: 'Preferred time' };
  const answersOf = async (lead: Lead, home: CountryCode): Promise<AnswerLine[]> => {
    const data = lead.captured_data ?? {};
    // The agent stores { answers: [{ question, answer }], preferredTime, emergencyKeywords }: each
    // item of the list is its own line (the list used to arrive as one "answer: …; question: …" run).
    const entries = Object.entries(data)
      // (A chat left unfinished is said by the e-mail's own line, not as an answer "Unfinished: Yes".)
      .filter(([key]) => key !== 'unfinished')
      .flatMap(([key, value]): Array<[string, unknown, boolean]> =>
        key === 'answers' && Array.isArray(value) ? value.map((item, i): [string, unknown, boolean] => [`answers.${i}`, item, true]) : [[key, value, false]],
      )
      .slice(0, MAX_ANSWERS);
    if (entries.length === 0) return [];
    const questions = await db.selectFrom('lead_questions').select(['id', 'question']).where('business_id', '=', lead.business_id).execute();
    const byId = new Map(questions.map((q) => [q.id, q.question]));
    const lines = entries.map(([key, value, listed]) => {
      let question = byId.get(key) ?? ANSWER_LABELS[key] ?? humanize(key);
      let answer: unknown = value;
      if (value && typeof value === 'object' && !Array.isArray(value) && 'answer' in value) {
        const v = value as { question?: unknown; answer?: unknown };
        if (typeof v.question === 'string') question = v.question;
        answer = v.answer;
      }
      // A phone number as people read it ((212) 555-0142 to a US owner), as in the rest of the e-mail.
      const text = typeof answer === 'string' && /^\+\d{8,15}$/.test(answer) ? (humanPhone(answer, home)?.display ?? answer) : answerText(answer);
      return { question, answer: text.slice(0, MAX_ANSWER_LENGTH), listed };
    });
    // preferredTime repeats the visit question's answer: said once.
    const said = new Set(lines.filter((l) => l.listed).map((l) => l.answer));
    return lines.filter((l) => l.listed || !said.has(l.answer)).map(({ question, answer }) => ({ question, answer }));
  };

  const handlers: Record<string, (row: Notification) => Promise<DeliveryOutcome>> = {
    async [NOTIFICATION_KINDS.OWNER_EMAIL](row) {
      const ctx = await loadLeadContext(row);
      if (!ctx) return { kind: 'failed', error: 'the lead no longer exists', permanent: true };
      const email = renderOwnerLeadEmail({
        business: ctx.business,
        lead: ctx.lead,
        answers: await answersOf(ctx.lead, businessCountry(ctx.business)),
        leadUrl: leadLink(appBase, ctx.lead.id),
        priorityFlag: can(ctx.business.plan, 'priorityEmailNotifications'),
        update: (row.payload as { update?: unknown }).update === true,
      });
      return sendEmail(row, email, ctx.lead.email);
    },

    async [NOTIFICATION_KINDS.CONFIRMATION_EMAIL](row) {
      const ctx = await loadLeadContext(row);
      if (!ctx) return { kind: 'failed', error: 'the lead no longer exists', permanent: true };
      // The address is whatever the visitor typed: the e-mail quotes nothing they wrote.
      // Replies go where the owner's lead e-mails go: a verified address, else the owner's login e-mail.
      return sendEmail(row, renderVisitorConfirmationEmail({ business: ctx.business, lead: ctx.lead }), await leadEmailRecipient(db, row.business_id));
    },

    async [NOTIFICATION_KINDS.ACCOUNT_EXISTS_EMAIL](row) {
      const { context } = row.payload as { context?: 'sign-up' | 'team' };
      return sendEmail(row, renderAccountExistsEmail({ context: context === 'team' ? 'team' : 'sign-up' }));
    },

    async [NOTIFICATION_KINDS.IDENTITY_CODE_EMAIL](row) {
      const business = await db.selectFrom('businesses').select('name').where('id', '=', row.business_id).executeTakeFirst();
      if (!business) return { kind: 'failed', error: 'the business no longer exists', permanent: true };
      const { code, expiresInMinutes } = row.payload as { code?: string; expiresInMinutes?: number };
      if (!code) return { kind: 'failed', error: 'no code in the payload', permanent: true };
      return sendEmail(row, renderIdentityCodeEmail({ business, code, expiresInMinutes: expiresInMinutes ?? 10 }));
    },

    async [NOTIFICATION_KINDS.IDENTITY_CODE_SMS](row) {
      const business = await db.selectFrom('businesses').select(['name', 'twilio_number']).where('id', '=', row.business_id).executeTakeFirst();
      if (!business) return { kind: 'failed', error: 'the business no longer exists', permanent: true };
      const { code, expiresInMinutes } = row.payload as { code?: string; expiresInMinutes?: number };
      if (!code) return { kind: 'failed', error: 'no code in the payload', permanent: true };
      const client = deps.twilio();
      if (!client) return { kind: 'failed', error: 'Twilio is not configured (set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)', permanent: true };
      const from = config.TWILIO_FROM_NUMBER ?? business.twilio_number;
      if (!from) return { kind: 'failed', error: 'no sender number: set TWILIO_FROM_NUMBER or the business Twilio number', permanent: true };
      try {
        const message = await client.messages.create({ to: row.recipient, from, body: identityCodeSms(business.name, code, expiresInMinutes ?? 10) });
        return { kind: 'sent', result: { messageSid: message.sid } };
      } catch (err) {
        const status = (err as { status?: number }).status;
        const permanent = typeof status === 'number' && status >= 400 && status < 500 && status !== 429 && status !== 408;
        return { kind: 'failed', error: errorText(err), permanent };
      }
    },

    [NOTIFICATION_KINDS.PASSWORD_RESET_EMAIL]: (row) => sendLinkEmail(row, 'reset-password', async (url) => renderPasswordResetEmail({ url })),

    [NOTIFICATION_KINDS.INVITATION_EMAIL]: (row) =>
      sendLinkEmail(row, 'accept-invitation', async (url, payload) => {
        const business = await db.selectFrom('businesses').select('name').where('id', '=', row.business_id).executeTakeFirstOrThrow();
        return renderInvitationEmail({ businessName: business.name, invitedBy: typeof payload.invitedBy === 'string' ? payload.invitedBy : null, role: String(payload.role ?? 'MEMBER'), url });
      }),

    [NOTIFICATION_KINDS.VERIFY_EMAIL]: (row) =>
      sendLinkEmail(row, 'verify-email', async (url) => {
        const business = await db.selectFrom('businesses').select('name').where('id', '=', row.business_id).executeTakeFirstOrThrow();
        return renderVerifyNotificationEmail({ businessName: business.name, url });
      }),

    async [NOTIFICATION_KINDS.TEST_EMAIL](row) {
      const business = await db.selectFrom('businesses').select('name').where('id', '=', row.business_id).executeTakeFirstOrThrow();
      return sendEmail(row, renderTestEmail({ business }));
    },

    // The emergency escalation's calls (with answering-machine detection) and SMS.
    [NOTIFICATION_KINDS.EMERGENCY_CALL]: (row) => escalation.call(row),
    [NOTIFICATION_KINDS.EMERGENCY_SMS]: (row) => escalation.sms(row),

    async [NOTIFICATION_KINDS.WEBHOOK](row) {
      const target = await deps.webhooks.signingTarget(row.business_id, row.recipient);
      if (!target) return { kind: 'failed', error: 'the webhook endpoint was deleted', permanent: true };
      if (!target.enabled) return { kind: 'failed', error: 'the webhook endpoint is disabled', permanent: true };
      const url = new URL(target.url);
      try {
        await assertPublicTarget(url, config.ALLOW_PRIVATE_WEBHOOK_TARGETS);
      } catch (err) {
        return { kind: 'failed', error: errorText(err), permanent: err instanceof PermanentDeliveryError };
      }
      const body = JSON.stringify(row.payload);
      const timestamp = Math.floor(deps.now() / 1000);
      const payload = row.payload as { id?: string; type?: string };
      try {
        const res = await postWebhook(url, {
          allowPrivate: config.ALLOW_PRIVATE_WEBHOOK_TARGETS,
          timeoutMs: WEBHOOK_TIMEOUT_MS,
          headers: {
            'content-type': 'application/json',
            'user-agent': 'smb-agent-webhooks/1',
            'x-webhook-id': String(payload.id ?? row.id),
            'x-webhook-event': String(payload.type ?? ''),
            [TIMESTAMP_HEADER]: String(timestamp),
            [SIGNATURE_HEADER]: signWebhook(target.secret, timestamp, body),
          },
          body,
        });
        if (res.status >= 200 && res.status < 300) return { kind: 'sent', result: { status: res.status } };
        // The status only: the receiver's answer is not ours to store or show (a probing oracle).
        return { kind: 'failed', error: `HTTP ${res.status}`, permanent: res.status === 410 };
      } catch (err) {
        return { kind: 'failed', error: errorClass(err), permanent: err instanceof PermanentDeliveryError };
      }
    },
  };

  return async (row) => {
    const handler = handlers[row.kind];
    if (!handler) return { kind: 'failed', error: `unknown notification kind ${row.kind}`, permanent: true };
    return handler(row);
  };
}

function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** For a webhook failure: the error class and code, never text that came from the target. */
function errorClass(err: unknown): string {
  if (err instanceof PermanentDeliveryError) return err.message;
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return `${err.name || 'Error'}${typeof code === 'string' ? ` [${code}]` : ''}`;
  }
  return 'Error';
}

function errorText(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as { cause?: unknown }).cause;
    const code = (err as { code?: unknown }).code;
    const base = err.message || err.name;
    const causeText = cause instanceof Error && cause.message && !base.includes(cause.message) ? ` (${cause.message})` : '';
    return `${base}${causeText}${typeof code === 'string' && !base.includes(code) ? ` [${code}]` : ''}`;
  }
  return String(err);
}
