// The kinds of outbox rows and how their idempotency keys are formed. The key names what was
// meant to be delivered (subject, kind, recipient), so enqueueing twice -- a retried request, a
// replayed event -- can never produce a second delivery: the UNIQUE key absorbs it.

export const NOTIFICATION_KINDS = {
  /** The lead notification to the business owner. */
  OWNER_EMAIL: 'email.lead_owner',
  /** The confirmation to the visitor who left an e-mail. */
  CONFIRMATION_EMAIL: 'email.lead_confirmation',
  /** The settings page's test e-mail. */
  TEST_EMAIL: 'email.test',
  /** The emergency phone alert (one row per call attempt). */
  EMERGENCY_CALL: 'call.emergency',
  /** The SMS sent beside an escalation's first call to each contact (with an acknowledge link). */
  EMERGENCY_SMS: 'sms.emergency',
  /** A one-time code proving a visitor is the client on record (src/agent/identity-proof.ts). */
  IDENTITY_CODE_EMAIL: 'email.identity_code',
  IDENTITY_CODE_SMS: 'sms.identity_code',
  /** To the owner of an address someone tried to sign up or be added with (src/accounts/account-exists.ts). */
  ACCOUNT_EXISTS_EMAIL: 'email.account_exists',
  /** An outgoing webhook delivery (recipient = endpoint id). */
  WEBHOOK: 'webhook',
  /** Account e-mails carrying a single-use link (payload: token id + the token, encrypted). */
  PASSWORD_RESET_EMAIL: 'email.password_reset',
  INVITATION_EMAIL: 'email.invitation',
  VERIFY_EMAIL: 'email.verify_notification_email',
} as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[keyof typeof NOTIFICATION_KINDS];

export const WEBHOOK_EVENTS = ['lead.created', 'lead.updated', 'conversation.ended', 'emergency.reported'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** `subject:kind:recipient`, lower-cased recipient so "A@x" and "a@x" are the same delivery. */
export function idempotencyKey(subject: string, kind: string, recipient: string): string {
  return `${subject}:${kind}:${recipient.trim().toLowerCase()}`;
}
