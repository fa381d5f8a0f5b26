import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { NOTIFICATION_KINDS, idempotencyKey } from '../notify/kinds.js';
import { phoneKey } from './validate.js';

// Identity proof for project status. Knowing a client's e-mail address, or showing their number
// as caller ID, proves nothing: the visitor gets a 6-digit code sent (through the outbox) to the
// e-mail or phone the business has on record for that client, and only a visitor who types it
// back is told anything. The answer to "here is my e-mail" is the same whether or not a client
// matched, so the agent never confirms that someone is a client. A proof is the only way a
// conversation gets a client for disclosure; what the model or a lead answer claims never is.

export const CODE_TTL_MS = 10 * 60_000;
/** Wrong codes before the pending code is void (a fresh one must be asked for). */
export const MAX_CODE_ATTEMPTS = 5;
/** Codes one conversation may ask for. */
export const MAX_CODE_REQUESTS_PER_CONVERSATION = 3;
/** Codes sent to one recipient per hour, whatever the conversation: no one is flooded with codes. */
export const MAX_CODES_PER_RECIPIENT_PER_HOUR = 3;

/** Said while a code may be on its way: the same whether or not the identity matched anyone. */
export const CODE_REMINDER = "When the code arrives (it can take a minute), type it here and I'll look up your projects.";
/** The same two on the phone, where the code is said, not typed. */
export const SPOKEN_REQUEST_REPLY =
  "If that matches our records, you'll get a 6-digit code by e-mail or text message in a moment. When you have it, say the code and I'll look up your projects.";
export const SPOKEN_CODE_REMINDER = "When the code arrives (it can take a minute), say it and I'll look up your projects.";

export const NEUTRAL_REQUEST_REPLY =
  "If that matches our records, you'll get a 6-digit code by e-mail or text message in a moment. Please type the code here and I'll look up your projects.";

/** The proof part of a conversation's state (plain JSON; kept server-side with the state). */
export interface IdentityProofState {
  /** The client the pending code belongs to; null when nothing matched (the code can never verify). */
  clientId: string | null;
  codeHash: string | null;
  expiresAt: number;
  attempts: number;
  requests: number;
  /** Set only by a correct code: the one client this conversation may hear about. */
  provenClientId: string | null;
}

export interface ProofHolder {
  conversationId: string;
  businessId: string;
  /** On a call the visitor says the code; in chat they type it. */
  channel?: string;
  proof?: IdentityProofState;
}

export type VerifyOutcome = 'proven' | 'wrong' | 'expired' | 'none';

export interface IdentityProofDeps {
  db: Kysely<Database>;
  now: () => number;
  /** The one client of the business with this e-mail or phone, if exactly one (leads.matchClient). */
  matchClient(businessId: string, identity: { email?: string | null; phone?: string | null }): Promise<string | null>;
  /** Whether SMS can be sent (Twilio configured); otherwise codes go by e-mail only. */
  smsEnabled: boolean;
}

const hashCode = (conversationId: string, code: string): string => createHash('sha256').update(`${conversationId}:${code}`).digest('hex');

/** A 6-digit code in what the visitor typed or said ("123 456", "my code is 123-456"). */
export function extractCode(text: string): string | null {
  const joined = text.replace(/(\d)[\s-]+(?=\d)/g, '$1');
  const codes = joined.match(/(?<!\d)\d{6}(?!\d)/g);
  return codes && codes.length === 1 ? codes[0]! : null;
}

export function createIdentityProof(deps: IdentityProofDeps) {
  const { db } = deps;

  function provenClient(state: ProofHolder): string | null {
    return state.proof?.provenClientId ?? null;
  }

  function pending(state: ProofHolder): boolean {
    const p = state.proof;
    return !!p && !p.provenClientId && p.expiresAt > deps.now() && p.attempts < MAX_CODE_ATTEMPTS;
  }

  async function recentCodes(businessId: string, recipient: string): Promise<number> {
    const row = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('business_id', '=', businessId)
      .where('kind', 'in', [NOTIFICATION_KINDS.IDENTITY_CODE_EMAIL, NOTIFICATION_KINDS.IDENTITY_CODE_SMS])
      .where(sql<string>`lower(recipient)`, '=', recipient.toLowerCase())
      .where('created_at', '>', sql<Date>`now() - interval '1 hour'`)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The neutral answer to an identity, worded for the channel (on a call the code is said). */
  const neutralReply = (state: ProofHolder) => (state.channel === 'CALL' ? SPOKEN_REQUEST_REPLY : NEUTRAL_REQUEST_REPLY);
  /** What to say while a code may be on its way (the same whether or not anything matched). */
  const reminder = (state: ProofHolder) => (state.channel === 'CALL' ? SPOKEN_CODE_REMINDER : CODE_REMINDER);

  /**
   * Starts a proof for the identity the visitor gave. Always answers NEUTRAL_REQUEST_REPLY
   * (unless this conversation asked too often), whether or not a client matched.
   */
  async function request(state: ProofHolder, identity: { email?: string | null; phone?: string | null }): Promise<string> {
    const previous = state.proof;
    const requests = (previous?.requests ?? 0) + 1;
    if (requests > MAX_CODE_REQUESTS_PER_CONVERSATION) {
      return 'I have sent as many codes as I can in this conversation. The team can confirm your project status when they get in touch.';
    }
    const proof: IdentityProofState = { clientId: null, codeHash: null, expiresAt: deps.now() + CODE_TTL_MS, attempts: 0, requests, provenClientId: previous?.provenClientId ?? null };
    state.proof = proof;
    const clientId = await deps.matchClient(state.businessId, identity);
    if (!clientId) return neutralReply(state);
    const client = await db.selectFrom('clients').select(['id', 'email', 'phone']).where('business_id', '=', state.businessId).where('id', '=', clientId).executeTakeFirst();
    if (!client) return neutralReply(state);
    // The channel the visitor named, if the record has it; else the other one on record.
    const byPhone = !!identity.phone && !identity.email;
    const smsTo = deps.smsEnabled && client.phone && phoneKey(client.phone).length >= 7 ? client.phone : null;
    const emailTo = client.email ?? null;
    const target = byPhone ? (smsTo ? { kind: NOTIFICATION_KINDS.IDENTITY_CODE_SMS, to: smsTo } : emailTo ? { kind: NOTIFICATION_KINDS.IDENTITY_CODE_EMAIL, to: emailTo } : null) : emailTo ? { kind: NOTIFICATION_KINDS.IDENTITY_CODE_EMAIL, to: emailTo } : smsTo ? { kind: NOTIFICATION_KINDS.IDENTITY_CODE_SMS, to: smsTo } : null;
    if (!target || (await recentCodes(state.businessId, target.to)) >= MAX_CODES_PER_RECIPIENT_PER_HOUR) return neutralReply(state);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    proof.clientId = client.id;
    proof.codeHash = hashCode(state.conversationId, code);
    await db
      .insertInto('notifications')
      .values({
        business_id: state.businessId,
        lead_id: null,
        kind: target.kind,
        recipient: target.to,
        payload: JSON.stringify({ code, expiresInMinutes: CODE_TTL_MS / 60_000 }),
        idempotency_key: idempotencyKey(`proof:${state.conversationId}:${requests}`, target.kind, target.to),
      })
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .execute();
    return neutralReply(state);
  }

  /** Checks a code the visitor typed against the pending proof. */
  function verify(state: ProofHolder, code: string): VerifyOutcome {
    const p = state.proof;
    if (!p || p.provenClientId) return 'none';
    if (p.expiresAt <= deps.now() || p.attempts >= MAX_CODE_ATTEMPTS) return 'expired';
    p.attempts++;
    // No client matched: every code is wrong, exactly as a wrong code for a real client.
    const expected = Buffer.from(p.codeHash ?? hashCode(state.conversationId, 'no-client'), 'hex');
    const given = Buffer.from(hashCode(state.conversationId, code), 'hex');
    if (!p.codeHash || !p.clientId || !timingSafeEqual(expected, given)) return 'wrong';
    p.provenClientId = p.clientId;
    p.codeHash = null;
    return 'proven';
  }

  return { provenClient, pending, reminder, request, verify };
}

export type IdentityProof = ReturnType<typeof createIdentityProof>;
