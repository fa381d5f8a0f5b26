import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, Lead, NewNotification } from '../db/schema.js';
import { can } from '../plans/index.js';
import { NOTIFICATION_KINDS, idempotencyKey, type WebhookEvent } from './kinds.js';
import { webhookEventBody } from './webhook-payloads.js';
import { enqueueEmergencyEscalation } from './escalation.js';
import { isEmail } from '../contacts/index.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The visitor's address is whatever they typed. The confirmation quotes nothing they wrote
 * (src/notify/visitor-emails.ts), and it is capped so that nobody can make businesses mail a
 * stranger over and over: a real customer needs a handful a day at most.
 */
export const MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY = 3;
/** Confirmations one address receives per day from all businesses together. */
export const MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY_ALL = 5;
/** Confirmations one business sends per day: a flood of fake leads stops mailing here. */
export const MAX_CONFIRMATIONS_PER_BUSINESS_PER_DAY = 200;

/**
 * Writes the outbox rows a captured lead needs: the owner e-mail, the visitor's confirmation
 * (when they gave an e-mail), the emergency phone alert (URGENT, a notification phone, and a
 * plan with emergency voice calls) and one delivery per matching outgoing webhook endpoint.
 *
 * It only INSERTs, so call it inside the transaction that creates the lead: a rolled-back lead
 * leaves no notification. The notify worker delivers the rows (it wakes on 'lead.created' /
 * 'emergency.reported', which the caller publishes after commit, and polls as a fallback).
 * Calling it twice for the same lead is harmless: every row has an idempotency key.
 */
export async function enqueueLeadNotifications(db: Db, lead: Lead): Promise<void> {
  const business = await db
    .selectFrom('businesses')
    .select(['id', 'plan', 'notification_email', 'verified_notification_email', 'notification_phone', 'emergency_contacts'])
    .where('id', '=', lead.business_id)
    .executeTakeFirst();
  if (!business) return;

  const rows: NewNotification[] = [];
  const add = (kind: string, recipient: string, payload: Record<string, unknown>, subject = lead.id) =>
    rows.push({
      business_id: lead.business_id,
      lead_id: lead.id,
      kind,
      recipient,
      payload: JSON.stringify(payload),
      idempotency_key: idempotencyKey(subject, kind, recipient),
    });

  if (can(business.plan, 'emailNotifications')) {
    // Only an address the owner proved they read (the verification link) gets leads; until
    // then they go to the owner's own login e-mail, never to an unproven address.
    const ownerEmail = verifiedNotificationEmail(business) ?? (await ownerAddress(db, lead.business_id));
    // A lead that later turns into an emergency (called again with priority URGENT) earns one
    // more owner e-mail with the URGENT subject; any other repeat is absorbed by the key.
    if (ownerEmail) add(NOTIFICATION_KINDS.OWNER_EMAIL, ownerEmail, {}, lead.priority === 'URGENT' ? `${lead.id}!urgent` : lead.id);
  }
  if (lead.email && isEmail(lead.email) && (await confirmationsAllowed(db, lead, lead.email))) {
    add(NOTIFICATION_KINDS.CONFIRMATION_EMAIL, lead.email, {});
  }

  const urgent = lead.priority === 'URGENT';
  if (urgent && actionable(lead) && can(business.plan, 'emergencyVoiceCalls')) {
    // The escalation ladder (call + SMS, the worker adds the next attempts), or a note on the
    // running escalation when the cooldown / hourly cap says no new calls (M5).
    await enqueueEmergencyEscalation(db, lead, business);
  }

  if (can(business.plan, 'outgoingWebhooks')) {
    const events: WebhookEvent[] = ['lead.created'];
    if (urgent || lead.is_emergency) events.push('emergency.reported');
    const endpoints = await db
      .selectFrom('webhook_endpoints')
      .select(['id', 'events'])
      .where('business_id', '=', lead.business_id)
      .where('enabled', '=', true)
      .execute();
    for (const endpoint of endpoints) {
      for (const event of events) {
        if (!endpoint.events.includes(event)) continue;
        add(NOTIFICATION_KINDS.WEBHOOK, endpoint.id, webhookEventBody(event, lead), `${lead.id}/${event}`);
      }
    }
  }

  if (rows.length === 0) return;
  await db.insertInto('notifications').values(rows).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
}

/**
 * A chat's emergency left with no way to reach the visitor and no address (agent/conversation-end.ts)
 * is e-mailed, not rung through the night: nobody could act on it.
 */
const actionable = (lead: Pick<Lead, 'phone' | 'email' | 'address'>): boolean => !!(lead.phone || lead.email || lead.address);

/**
 * An urgent lead that could not be acted on and now can (the visitor came back and left a number):
 * the emergency alert it did not get. Call it inside the transaction that updates the lead.
 */
export async function enqueueAlertOnceReachable(db: Db, before: Lead, after: Lead): Promise<boolean> {
  if (after.priority !== 'URGENT' || actionable(before) || !actionable(after)) return false;
  const business = await db.selectFrom('businesses').select(['id', 'plan', 'notification_phone', 'emergency_contacts']).where('id', '=', after.business_id).executeTakeFirst();
  if (!business || !can(business.plan, 'emergencyVoiceCalls')) return false;
  return (await enqueueEmergencyEscalation(db, after, business)).kind !== 'none';
}

/** How long an update waits, so details given one after another make one e-mail. */
export const OWNER_UPDATE_DELAY_MS = 2 * 60_000;
/** At most one update e-mail per lead in each such window. */
export const OWNER_UPDATE_WINDOW_MS = 10 * 60_000;

/** What the owner's e-mail shows: a change here after it went earns an update. */
function shown(lead: Lead): string {
  return JSON.stringify([lead.name, lead.phone, lead.email, lead.address, lead.issue, lead.captured_data]);
}

/**
 * Details a visitor gave after the owner's e-mail went ("oh and it's 12 Oak St"): one more
 * owner e-mail with everything so far, sent a little later so a few additions make one e-mail.
 * Nothing when the first e-mail has not gone yet (it renders the lead as it is when sent) or the
 * lead shows nothing new. Call it inside the transaction that updates the lead.
 */
export async function enqueueOwnerUpdate(db: Db, before: Lead, after: Lead): Promise<void> {
  if (shown(before) === shown(after)) return;
  const first = await db
    .selectFrom('notifications')
    .select('recipient')
    .where('business_id', '=', after.business_id)
    .where('lead_id', '=', after.id)
    .where('kind', '=', NOTIFICATION_KINDS.OWNER_EMAIL)
    .where('status', 'in', ['SENT', 'SENDING'])
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!first) return;
  const window = Math.floor(after.updated_at.getTime() / OWNER_UPDATE_WINDOW_MS);
  await db
    .insertInto('notifications')
    .values({
      business_id: after.business_id,
      lead_id: after.id,
      kind: NOTIFICATION_KINDS.OWNER_EMAIL,
      recipient: first.recipient,
      payload: JSON.stringify({ update: true }),
      idempotency_key: idempotencyKey(`${after.id}~update~${window}`, NOTIFICATION_KINDS.OWNER_EMAIL, first.recipient),
      next_attempt_at: sql<Date>`now() + ${OWNER_UPDATE_DELAY_MS} * interval '1 millisecond'`,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

/** Caps: per address per business (other leads from it), per address overall, per business. */
async function confirmationsAllowed(db: Db, lead: Lead, email: string): Promise<boolean> {
  const sent = await db
    .selectFrom('notifications')
    .select([
      sql<string>`count(*) filter (where business_id = ${lead.business_id})`.as('business'),
      sql<string>`count(*) filter (where lower(recipient) = ${email.toLowerCase()})`.as('address'),
    ])
    .where('kind', '=', NOTIFICATION_KINDS.CONFIRMATION_EMAIL)
    .where('created_at', '>', sql<Date>`now() - interval '1 day'`)
    .where((eb) => eb.or([eb('business_id', '=', lead.business_id), eb(sql<string>`lower(recipient)`, '=', email.toLowerCase())]))
    .executeTakeFirstOrThrow();
  if (Number(sent.business) >= MAX_CONFIRMATIONS_PER_BUSINESS_PER_DAY || Number(sent.address) >= MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY_ALL) return false;
  const row = await db
    .selectFrom('leads')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('business_id', '=', lead.business_id)
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .where('id', '!=', lead.id)
    .where('created_at', '>', sql<Date>`now() - interval '1 day'`)
    .executeTakeFirstOrThrow();
  return Number(row.n) < MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY;
}

async function ownerAddress(db: Db, businessId: string): Promise<string | null> {
  const owner = await db
    .selectFrom('users')
    .select('email')
    .where('business_id', '=', businessId)
    .where('role', '=', 'OWNER')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return owner?.email ?? null;
}

/** The notification e-mail when it is the verified one (case-insensitively), else null. */
export function verifiedNotificationEmail(business: { notification_email: string | null; verified_notification_email: string | null }): string | null {
  const { notification_email: current, verified_notification_email: verified } = business;
  return current && verified && current.trim().toLowerCase() === verified.trim().toLowerCase() ? current : null;
}

/** Where the owner's lead e-mails go now: the verified notification e-mail, else the owner's login e-mail. */
export async function leadEmailRecipient(db: Db, businessId: string): Promise<string | null> {
  const business = await db.selectFrom('businesses').select(['notification_email', 'verified_notification_email']).where('id', '=', businessId).executeTakeFirst();
  if (!business) return null;
  return verifiedNotificationEmail(business) ?? (await ownerAddress(db, businessId));
}
