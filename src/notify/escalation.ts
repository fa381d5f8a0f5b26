import { sql, type InsertObject, type Kysely, type Transaction } from 'kysely';
import type { Config } from '../config.js';
import type { Database, EmergencyEscalation, Lead, Notification } from '../db/schema.js';

type NotificationRow = InsertObject<Database, 'notifications'>;
import { createCallControl } from '../twilio/call-control.js';
import { isPermanentTwilioError, type TwilioRestClient } from '../twilio/client.js';
import { ackUrl, ALERT_TONE_PATH, amdUrl, buildAlertTwiml, linkAckUrl, renderEmergencyMessage } from './emergency-call.js';
import { NOTIFICATION_KINDS, idempotencyKey } from './kinds.js';

type Db = Kysely<Database> | Transaction<Database>;

// Emergency escalation: an URGENT lead calls the business's contacts in order (the ladder, at
// most 3; the notification phone when none is set), each call with answering-machine
// detection and an SMS beside it, until someone presses 1 (or taps the SMS link). Anonymous
// visitors can raise URGENT leads, so the calls are bounded (M5): a contact is escalated to at
// most once per contact cooldown and a business starts at most a few escalations an hour
// (ESCALATION_LIMITS). An URGENT lead past those limits is noted on the latest escalation (its
// calls mention it) instead of calling anyone again. How long to wait for "press 1" and how many
// calls to place are deployment settings (EMERGENCY_ACK_TIMEOUT, EMERGENCY_CALL_MAX_TRIES in
// config.ts); the limits below are product rules the API states, named once here.

/** The escalation's fixed limits (README, "Emergency escalation"). */
export const ESCALATION_LIMITS = {
  /** Contacts on a business's ladder (the API says "at most 3"). */
  maxContacts: 3,
  /** A contact is escalated to at most once per this (ms). */
  contactCooldownMs: 30 * 60_000,
  /** Escalations a business starts per hour at most (anonymous visitors can raise URGENT leads). */
  perBusinessPerHour: 3,
  /** The window perBusinessPerHour counts in (ms). */
  windowMs: 3600_000,
  /** The SMS beside each call, in characters (three SMS segments). */
  smsMaxLength: 480,
} as const;

export const MAX_ESCALATION_CONTACTS = ESCALATION_LIMITS.maxContacts;

export type EscalationOutcome = { kind: 'started'; escalationId: string } | { kind: 'noted'; escalationId: string } | { kind: 'none' };

export interface EscalationBusiness {
  id: string;
  notification_phone: string | null;
  emergency_contacts: string[];
}

/** The ladder a business's escalations call, in order. */
export function escalationLadder(business: Pick<EscalationBusiness, 'notification_phone' | 'emergency_contacts'>): string[] {
  const ladder = business.emergency_contacts.length > 0 ? business.emergency_contacts : business.notification_phone ? [business.notification_phone] : [];
  return [...new Set(ladder)].slice(0, MAX_ESCALATION_CONTACTS);
}

/** How many calls an escalation places at most: every contact once, and at least the configured tries. */
export const totalAttempts = (contacts: number, maxTries: number): number => Math.max(contacts, maxTries);

/**
 * Starts the escalation for an URGENT lead, or notes the lead on the latest one. Only INSERTs
 * and UPDATEs: call it inside the lead's transaction. Idempotent per lead.
 */
export async function enqueueEmergencyEscalation(db: Db, lead: Lead, business: EscalationBusiness): Promise<EscalationOutcome> {
  const ladder = escalationLadder(business);
  if (ladder.length === 0) return { kind: 'none' };
  // One decision at a time per business (two URGENT leads committing together must not both
  // start calling). Transaction-scoped: released at commit or rollback.
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`escalation:${business.id}`}))`.execute(db);
  const mine = await db
    .selectFrom('emergency_escalations')
    .select('id')
    .where('business_id', '=', business.id)
    .where(sql<boolean>`(lead_id = ${lead.id}::uuid OR ${lead.id}::uuid = ANY(noted_lead_ids))`)
    .executeTakeFirst();
  if (mine) return { kind: 'none' };

  const recent = await db
    .selectFrom('emergency_escalations')
    .select(['id', 'contacts', 'created_at', sql<boolean>`created_at > now() - ${ESCALATION_LIMITS.contactCooldownMs} * interval '1 millisecond'`.as('cooling')])
    .where('business_id', '=', business.id)
    .where('created_at', '>', sql<Date>`now() - ${ESCALATION_LIMITS.windowMs} * interval '1 millisecond'`)
    .orderBy('created_at', 'desc')
    .execute();
  const cooling = new Set(recent.filter((r) => r.cooling).flatMap((r) => r.contacts));
  const eligible = ladder.filter((c) => !cooling.has(c));
  if (recent.length >= ESCALATION_LIMITS.perBusinessPerHour || eligible.length === 0) {
    const latest = recent[0]!;
    await db
      .updateTable('emergency_escalations')
      .set({ noted_lead_ids: sql<string[]>`array_append(noted_lead_ids, ${lead.id}::uuid)`, updated_at: sql<Date>`now()` })
      .where('id', '=', latest.id)
      .execute();
    return { kind: 'noted', escalationId: latest.id };
  }

  const escalation = await db
    .insertInto('emergency_escalations')
    .values({ business_id: business.id, lead_id: lead.id, contacts: eligible })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('notifications')
    .values(attemptRows({ businessId: business.id, leadId: lead.id, escalationId: escalation.id, contacts: eligible, attempt: 1 }))
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
  return { kind: 'started', escalationId: escalation.id };
}

/** The outbox rows of one attempt: the call, and the SMS beside it the first time a contact is tried. */
function attemptRows(o: { businessId: string; leadId: string; escalationId: string; contacts: string[]; attempt: number; dueInMs?: number }): NotificationRow[] {
  const index = (o.attempt - 1) % o.contacts.length;
  const to = o.contacts[index]!;
  const due = o.dueInMs ? { next_attempt_at: sql<Date>`now() + ${o.dueInMs} * interval '1 millisecond'` } : {};
  const rows: NotificationRow[] = [
    {
      business_id: o.businessId,
      lead_id: o.leadId,
      kind: NOTIFICATION_KINDS.EMERGENCY_CALL,
      recipient: to,
      payload: JSON.stringify({ attempt: o.attempt, escalationId: o.escalationId, contact: index + 1 }),
      idempotency_key: idempotencyKey(`${o.leadId}#${o.attempt}`, NOTIFICATION_KINDS.EMERGENCY_CALL, to),
      ...due,
    },
  ];
  if (o.attempt <= o.contacts.length) {
    rows.push({
      business_id: o.businessId,
      lead_id: o.leadId,
      kind: NOTIFICATION_KINDS.EMERGENCY_SMS,
      recipient: to,
      payload: JSON.stringify({ escalationId: o.escalationId, contact: index + 1 }),
      idempotency_key: idempotencyKey(`${o.leadId}#sms`, NOTIFICATION_KINDS.EMERGENCY_SMS, to),
      ...due,
    });
  }
  return rows;
}

type Outcome = { kind: 'sent'; result?: Record<string, unknown> } | { kind: 'failed'; error: string; permanent: boolean } | { kind: 'discard'; reason: string };

export interface EscalationDeliveryDeps {
  db: Kysely<Database>;
  config: Config;
  twilio: () => TwilioRestClient | null;
  errorText: (err: unknown) => string;
}

/** The worker's handlers for the escalation's outbox rows (call attempts and SMS). */
export function createEscalationDelivery(deps: EscalationDeliveryDeps) {
  const { db, config } = deps;
  const publicBase = config.PUBLIC_BASE_URL ?? null;
  const secret = config.JWT_SECRET!;
  const callControl = createCallControl(config, { client: deps.twilio });

  const context = async (row: Notification) => {
    if (!row.lead_id) return null;
    const lead = await db.selectFrom('leads').selectAll().where('business_id', '=', row.business_id).where('id', '=', row.lead_id).executeTakeFirst();
    if (!lead) return null;
    const business = await db
      .selectFrom('businesses')
      .select(['name', 'twilio_number', 'emergency_message_template'])
      .where('id', '=', row.business_id)
      .executeTakeFirstOrThrow();
    const escalationId = (row.payload as { escalationId?: string }).escalationId;
    const escalation = escalationId
      ? ((await db.selectFrom('emergency_escalations').selectAll().where('business_id', '=', row.business_id).where('id', '=', escalationId).executeTakeFirst()) ?? null)
      : null;
    return { lead, business, escalation };
  };

  const from = (business: { twilio_number: string | null }) => config.TWILIO_FROM_NUMBER ?? business.twilio_number;

  const message = (business: { name: string; emergency_message_template: string | null }, lead: Lead, escalation: EmergencyEscalation | null) => {
    const text = renderEmergencyMessage(business.emergency_message_template, { business: business.name, lead });
    const more = escalation?.noted_lead_ids.length ?? 0;
    return more > 0 ? `${text} ${more} more urgent ${more === 1 ? 'report has' : 'reports have'} come in since; see your e-mail.` : text;
  };

  return {
    async call(row: Notification): Promise<Outcome> {
      const ctx = await context(row);
      if (!ctx) return { kind: 'failed', error: 'the lead no longer exists', permanent: true };
      if (ctx.lead.acknowledged_at || ctx.escalation?.status === 'ACKNOWLEDGED') return { kind: 'discard', reason: 'already acknowledged' };
      if (!deps.twilio()) return { kind: 'failed', error: 'Twilio is not configured (set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)', permanent: true };
      const caller = from(ctx.business);
      if (!caller) return { kind: 'failed', error: 'no caller number: set TWILIO_FROM_NUMBER or the business Twilio number', permanent: true };
      const agent = await db.selectFrom('agent_configs').select(['twilio_voice', 'twilio_language']).where('business_id', '=', row.business_id).executeTakeFirst();
      const attempt = Number((row.payload as { attempt?: number }).attempt ?? 1);
      const contacts = ctx.escalation?.contacts ?? [row.recipient];
      const total = totalAttempts(contacts.length, config.EMERGENCY_CALL_MAX_TRIES);
      const willCallAgain = attempt < total;
      const twiml = buildAlertTwiml({
        message: message(ctx.business, ctx.lead, ctx.escalation),
        voice: agent?.twilio_voice ?? 'Polly.Joanna',
        language: agent?.twilio_language ?? 'en-US',
        toneUrl: publicBase ? `${publicBase}${ALERT_TONE_PATH}` : null,
        ackUrl: publicBase ? ackUrl(publicBase, secret, row.id) : null,
        willCallAgain,
      });
      let sid: string;
      try {
        sid = await callControl.call({
          to: row.recipient,
          from: caller,
          twiml,
          timeoutSec: 30,
          // A voicemail must not swallow the alert: Twilio tells us who answered (after the beep).
          ...(publicBase ? { machineDetection: { callbackUrl: amdUrl(publicBase, secret, row.id), mode: 'DetectMessageEnd' as const } } : {}),
        });
      } catch (err) {
        return { kind: 'failed', error: deps.errorText(err), permanent: isPermanentTwilioError(err) };
      }
      if (willCallAgain) {
        // The next try (the next contact of the ladder), due when this one had time to press 1;
        // written before this row is marked sent (idempotent keys) so a crash in between cannot
        // lose the escalation.
        const rows = ctx.escalation
          ? attemptRows({ businessId: row.business_id, leadId: row.lead_id!, escalationId: ctx.escalation.id, contacts, attempt: attempt + 1, dueInMs: config.EMERGENCY_ACK_TIMEOUT })
          : [
              {
                business_id: row.business_id,
                lead_id: row.lead_id,
                kind: NOTIFICATION_KINDS.EMERGENCY_CALL,
                recipient: row.recipient,
                payload: JSON.stringify({ attempt: attempt + 1 }),
                next_attempt_at: sql<Date>`now() + ${config.EMERGENCY_ACK_TIMEOUT} * interval '1 millisecond'`,
                idempotency_key: idempotencyKey(`${row.lead_id}#${attempt + 1}`, NOTIFICATION_KINDS.EMERGENCY_CALL, row.recipient),
              },
            ];
        await db.insertInto('notifications').values(rows).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
      } else if (ctx.escalation) {
        await db
          .updateTable('emergency_escalations')
          .set({ status: 'EXHAUSTED', updated_at: sql<Date>`now()` })
          .where('id', '=', ctx.escalation.id)
          .where('status', '=', 'RUNNING')
          .execute();
      }
      return { kind: 'sent', result: { callSid: sid, attempt } };
    },

    async sms(row: Notification): Promise<Outcome> {
      const ctx = await context(row);
      if (!ctx) return { kind: 'failed', error: 'the lead no longer exists', permanent: true };
      if (ctx.lead.acknowledged_at || ctx.escalation?.status === 'ACKNOWLEDGED') return { kind: 'discard', reason: 'already acknowledged' };
      const client = deps.twilio();
      // The call row beside it already reports (dead, with the reason) what is missing.
      if (!client) return { kind: 'discard', reason: 'Twilio is not configured (reported on the alert call)' };
      const caller = from(ctx.business);
      if (!caller) return { kind: 'discard', reason: 'no sender number (reported on the alert call)' };
      const body = renderEmergencySms({
        business: ctx.business.name,
        lead: ctx.lead,
        more: ctx.escalation?.noted_lead_ids.length ?? 0,
        link: publicBase ? linkAckUrl(publicBase, secret, row.id) : null,
      });
      try {
        const sent = await client.messages.create({ to: row.recipient, from: caller, body });
        return { kind: 'sent', result: { messageSid: sent.sid } };
      } catch (err) {
        return { kind: 'failed', error: deps.errorText(err), permanent: isPermanentTwilioError(err) };
      }
    },
  };
}

/** The SMS: who, what, the caller's number and the acknowledge link; plain text, bounded. */
export function renderEmergencySms(o: { business: string; lead: Lead; more: number; link: string | null }): string {
  const flat = (v: string, max: number) => {
    const s = v.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
  };
  const issue = flat(o.lead.issue || o.lead.emergency_notes || 'no details given', 200);
  const lines = [
    `URGENT - ${flat(o.business, 60)}: ${issue}`,
    `Caller: ${o.lead.phone ? flat(o.lead.phone, 20) : 'no number given'}${o.lead.name ? ` (${flat(o.lead.name, 40)})` : ''}`,
  ];
  if (o.more > 0) lines.push(`${o.more} more urgent report(s) since; see your e-mail.`);
  lines.push(o.link ? `Acknowledge: ${o.link}` : 'Answer our call and press 1 to acknowledge.');
  return lines.join('\n').slice(0, ESCALATION_LIMITS.smsMaxLength);
}

/** The escalation a lead started, or the one it was noted on (tenant-scoped). */
export async function findEscalationForLead(db: Db, businessId: string, leadId: string): Promise<EmergencyEscalation | null> {
  return (await escalationsForLeads(db, businessId, [leadId]))[0]!;
}

/**
 * For each lead (in order), the latest escalation of the business it started or was noted on,
 * or null: one query for a whole page of leads (the GraphQL loader).
 */
export async function escalationsForLeads(db: Db, businessId: string, leadIds: readonly string[]): Promise<Array<EmergencyEscalation | null>> {
  const ids = [...new Set(leadIds.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)))];
  if (ids.length === 0) return leadIds.map(() => null);
  const rows = await db
    .selectFrom('emergency_escalations')
    .selectAll()
    .where('business_id', '=', businessId)
    .where(sql<boolean>`(lead_id = ANY(${ids}::uuid[]) OR noted_lead_ids && ${ids}::uuid[])`)
    .orderBy('created_at', 'desc')
    .execute();
  const latest = new Map<string, EmergencyEscalation>();
  for (const row of rows) {
    for (const id of [row.lead_id, ...row.noted_lead_ids]) if (id && !latest.has(id)) latest.set(id, row);
  }
  return leadIds.map((id) => latest.get(id) ?? null);
}
