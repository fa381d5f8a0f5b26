import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { SessionNamespace } from '../sessions/index.js';
import type { CallSetup, HistoryEntry } from './bridge-types.js';
import { extractLead } from './call-summary.js';
import { TRANSFER_ACCEPT_PATH, TRANSFER_DIAL_DONE_PATH, TRANSFER_LEG_STATUS_PATH, TRANSFER_WHISPER_PATH } from './paths.js';
import { TwimlVoiceResponse } from '../twilio/twiml.js';

// Warm transfer, for both phone agents. The caller hears a short hold message and a <Dial> to
// the business's first transfer number (transfer_call replaces the realtime call's TwiML; the
// Gather loop answers its turn with it); the person who answers first hears a whisper (who is
// calling, why, whether it is an emergency, from the conversation so far) and presses 1 to take
// the call (<Number url> runs that TwiML on their leg before the legs are joined). No key press
// (voicemail, a decline, silence), no answer, busy or a machine: the <Dial> action tries the
// next number (up to 3), then hands the caller back to the agent they came from: a new media
// stream (realtime) or the next speech turn (Gather). State lives in the sessions store (any
// instance can answer Twilio's callbacks), keyed by an unguessable id; every callback is also
// signature-checked.
// A caller who hangs up while the team is rung ends the transfer (callerGone: Twilio's status
// callback for the call, or the <Dial> action with CallStatus over): the leg ringing (learnt from
// the <Number>'s status callbacks and the whisper request) is cancelled through the REST API, no
// further number rings, and the after-call work runs once ('abandoned').

const TRANSFER_TTL_MS = 2 * 3600_000;
const WHISPER_GATHER_SEC = 8;

export type TransferOutcome = 'accepted' | 'returned' | 'voicemail' | 'abandoned';

/** One leg the <Dial> placed (a team number ringing or answered): what its status callbacks said last. */
export interface TransferLeg {
  sid: string;
  status: string;
}

/** Twilio's call statuses that end a call (the caller's, or a leg's). */
const OVER = new Set(['completed', 'canceled', 'busy', 'failed', 'no-answer']);
export const callIsOver = (status: string | undefined): boolean => OVER.has(status ?? '');
/** A leg's status in call order: a late callback never takes a leg back (ringing after answered). */
const LEG_ORDER = ['queued', 'initiated', 'ringing', 'in-progress', 'answered'];
const legRank = (status: string): number => (OVER.has(status) ? 9 : LEG_ORDER.indexOf(status));

export interface TransferState {
  callSid: string;
  businessId: string;
  conversationId: string;
  numbers: string[];
  ringSec: number;
  whisper: string;
  say: { voice: string; language: string };
  /** The number (index) whose person pressed 1, if any. */
  acceptedBy: number | null;
  outcome: TransferOutcome | null;
  /** Where the caller goes back to when nobody takes the call (absent: 'stream', as stored before). */
  resume?: TransferResume;
  /** What the caller hears before the first number rings (absent: the default hold message). */
  hold?: string;
}

/** The agent a caller nobody took goes back to: the realtime media stream or the Gather loop. */
export type TransferResume = 'stream' | 'gather';

/** One transfer to begin: the call, the numbers to try in turn, and the whisper already written (whisperText). */
export interface TransferRequest {
  callSid: string;
  businessId: string;
  conversationId: string;
  numbers: readonly string[];
  say: { voice: string; language: string };
  whisper: string;
  resume: TransferResume;
  hold?: string;
}

/** Who is calling, for the whisper. */
export interface WhisperCaller {
  businessName: string;
  fromNumber: string | null;
  emergency: boolean;
}

export interface TransferDeps {
  db: Kysely<Database>;
  store: SessionNamespace<TransferState>;
  /** The caller's CallSid -> the transfer's id (the status callback names only the call). */
  byCall: SessionNamespace<string>;
  /** `${id}:${n}` -> the leg number n placed (kept apart from the state: no lost update with a key press). */
  legs: SessionNamespace<TransferLeg>;
  publicUrl(path: string): string;
  /** Replaces the live call's TwiML (REST calls(sid).update). */
  updateCall(callSid: string, twiml: string): Promise<void>;
  /** Ends a leg the <Dial> placed (REST calls(sid).update status): 'canceled' while it rings, 'completed' once answered. */
  endLeg(callSid: string, status: 'canceled' | 'completed'): Promise<void>;
  /** A <Dial> action for a transfer this server does not know (expired, or lost in a restart): the caller's TwiML from the durable rows. */
  lostTransfer(p: Record<string, string>): Promise<string>;
  log: { warn(obj: object, msg: string): void };
  /** TwiML that puts the caller back with the agent (state.resume: a new media stream, or the Gather loop), or voicemail without one. */
  backToAgent(state: TransferState): Promise<{ twiml: string; outcome: 'returned' | 'voicemail' }>;
  onOutcome(state: TransferState, outcome: TransferOutcome): Promise<void>;
}

const VR = TwimlVoiceResponse;
type SayAttrs = Parameters<InstanceType<typeof VR>['say']>[0] & object;
const sayAttrs = (o: { voice: string; language: string }): SayAttrs => ({ voice: o.voice, language: o.language }) as SayAttrs;

/** What the person answering hears: from the conversation so far, short enough to take in. */
export function whisperText(setup: WhisperCaller, history: readonly HistoryEntry[], reason: string | null): string {
  const lead = extractLead([...history]);
  const who = lead?.name ? `${lead.name}, calling from ${spokenNumber(setup.fromNumber)}` : `a caller from ${spokenNumber(setup.fromNumber)}`;
  const said = history
    .filter((h) => h.role === 'user')
    .slice(-2)
    .map((h) => h.text)
    .join(' ')
    .slice(0, 300);
  const parts = [
    `Transfer from the ${setup.businessName} assistant: ${who}.`,
    setup.emergency ? 'This is an emergency.' : '',
    reason ? `Reason: ${reason.slice(0, 200)}.` : '',
    said ? `They said: ${said}` : '',
    'Press 1 to take the call. Hang up or wait, and the caller goes back to the assistant.',
  ];
  return parts.filter(Boolean).join(' ');
}

function spokenNumber(n: string | null): string {
  if (!n) return 'a hidden number';
  return n.replace(/^\+1(?=\d{10}$)/, '').split('').join(' ');
}

export function createTransfers(deps: TransferDeps) {
  const url = (path: string, id: string, n: number) => `${deps.publicUrl(path)}?t=${id}&n=${n}`;

  /** The caller's TwiML while number `n` rings: a hold message, then <Dial><Number url=whisper>. */
  function dialTwiml(id: string, st: TransferState, n: number): string {
    const r = new VR();
    r.say(sayAttrs(st.say), n === 0 ? (st.hold ?? 'Please hold while I connect you with someone from the team.') : 'Still trying to reach someone, please hold.');
    const d = r.dial({ action: url(TRANSFER_DIAL_DONE_PATH, id, n), method: 'POST', timeout: st.ringSec });
    d.number(
      {
        url: url(TRANSFER_WHISPER_PATH, id, n),
        method: 'POST',
        machineDetection: 'Enable',
        // The leg's CallSid and status: what to cancel if the caller hangs up while it rings.
        statusCallback: url(TRANSFER_LEG_STATUS_PATH, id, n),
        statusCallbackMethod: 'POST',
        statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
      },
      st.numbers[n]!,
    );
    return r.toString();
  }

  async function load(p: Record<string, string>): Promise<{ id: string; n: number; st: TransferState } | undefined> {
    const id = p.t ?? '';
    const n = Number(p.n);
    if (!/^[\w-]{16,64}$/.test(id) || !Number.isInteger(n) || n < 0 || n > 2) return undefined;
    const st = await deps.store.get(id);
    return st && n < st.numbers.length ? { id, n, st } : undefined;
  }

  /** Stores the transfer and returns the caller's TwiML while the first number rings (null: nobody to dial). */
  async function begin(req: TransferRequest): Promise<string | null> {
    const numbers = req.numbers.slice(0, 3);
    if (numbers.length === 0) return null;
    const agent = await deps.db.selectFrom('agent_configs').select('transfer_ring_seconds').where('business_id', '=', req.businessId).executeTakeFirst();
    const id = randomBytes(18).toString('base64url');
    const st: TransferState = {
      callSid: req.callSid,
      businessId: req.businessId,
      conversationId: req.conversationId,
      numbers,
      ringSec: agent?.transfer_ring_seconds ?? 20,
      whisper: req.whisper,
      say: req.say,
      acceptedBy: null,
      outcome: null,
      resume: req.resume,
      ...(req.hold ? { hold: req.hold } : {}),
    };
    await deps.store.set(id, st, TRANSFER_TTL_MS);
    await deps.byCall.set(req.callSid, id, TRANSFER_TTL_MS);
    return dialTwiml(id, st, 0);
  }

  const hangupTwiml = (): string => {
    const r = new VR();
    r.hangup();
    return r.toString();
  };

  /** Records what a leg's callback said (never going back in call order); a leg of an abandoned transfer is ended at once. */
  async function noteLeg(id: string, n: number, st: TransferState, leg: TransferLeg): Promise<void> {
    const key = `${id}:${n}`;
    const known = await deps.legs.get(key);
    if (!(known && known.sid === leg.sid && legRank(known.status) >= legRank(leg.status))) await deps.legs.set(key, leg, TRANSFER_TTL_MS);
    if (st.outcome === 'abandoned') await endLeg(leg);
  }

  async function endLeg(leg: TransferLeg | undefined): Promise<void> {
    if (!leg || OVER.has(leg.status)) return;
    const answered = leg.status === 'in-progress' || leg.status === 'answered';
    await deps.endLeg(leg.sid, answered ? 'completed' : 'canceled').catch((err: unknown) => deps.log.warn({ err: (err as Error).message, leg: leg.sid }, 'ending a transfer leg failed'));
  }

  /** In flight per transfer: the status callback and the <Dial> action can report the hang-up together. */
  const abandoning = new Map<string, Promise<void>>();

  /** The caller hung up while the team was rung: every live leg ended, no further number, the outcome recorded once. */
  function abandon(id: string, st: TransferState): Promise<void> {
    const running = abandoning.get(id);
    if (running) return running;
    const p = (async () => {
      const now = await deps.store.get(id);
      // Over already, or a person took it (the <Dial> action records that).
      if (!now || now.outcome !== null || now.acceptedBy !== null) return;
      now.outcome = 'abandoned';
      st.outcome = 'abandoned';
      await deps.store.set(id, now, TRANSFER_TTL_MS);
      await Promise.all(now.numbers.map(async (_, n) => endLeg(await deps.legs.get(`${id}:${n}`))));
      await deps.onOutcome(now, 'abandoned');
    })().finally(() => abandoning.delete(id));
    abandoning.set(id, p);
    return p;
  }

  return {
    begin,

    /** transfer_call (realtime): replaces the live call's TwiML; returns false when there is nobody to dial. */
    async start(setup: CallSetup, history: readonly HistoryEntry[], reason: string | null): Promise<boolean> {
      const twiml = await begin({
        callSid: setup.callSid,
        businessId: setup.businessId,
        conversationId: setup.conversationId,
        numbers: setup.transferNumbers,
        say: setup.say,
        whisper: whisperText({ businessName: setup.profile.businessName, fromNumber: setup.fromNumber, emergency: setup.emergency }, history, reason),
        resume: 'stream',
      });
      if (twiml === null) return false;
      setup.transferring = true;
      await deps.updateCall(setup.callSid, twiml);
      return true;
    },

    /** <Number url>: runs on the answering person's leg. Machines are hung up on at once. */
    async whisper(q: Record<string, string>, p: Record<string, string>): Promise<string> {
      const t = await load(q);
      const r = new VR();
      if (t && p.CallSid) await noteLeg(t.id, t.n, t.st, { sid: p.CallSid, status: 'in-progress' });
      if (!t || /^(machine|fax)/.test(p.AnsweredBy ?? '')) {
        r.hangup();
        return r.toString();
      }
      if (t.st.outcome === 'abandoned') {
        r.say(sayAttrs(t.st.say), 'Sorry, the caller has already hung up.');
        r.hangup();
        return r.toString();
      }
      const g = r.gather({ numDigits: 1, timeout: WHISPER_GATHER_SEC, action: url(TRANSFER_ACCEPT_PATH, t.id, t.n), method: 'POST', actionOnEmptyResult: true });
      g.say(sayAttrs(t.st.say), t.st.whisper);
      r.hangup();
      return r.toString();
    },

    /** The whisper's <Gather> action: 1 joins the legs (an empty document ends the whisper), anything else hangs up. */
    async accept(q: Record<string, string>, p: Record<string, string>): Promise<string> {
      const t = await load(q);
      const r = new VR();
      if (!t || p.Digits !== '1') {
        r.hangup();
        return r.toString();
      }
      // Read again: the caller may have hung up while the whisper played.
      const st = (await deps.store.get(t.id)) ?? t.st;
      if (st.outcome === 'abandoned') {
        r.say(sayAttrs(st.say), 'Sorry, the caller has already hung up.');
        r.hangup();
        return r.toString();
      }
      st.acceptedBy = t.n;
      await deps.store.set(t.id, st, TRANSFER_TTL_MS);
      r.say(sayAttrs(t.st.say), 'Connecting you now.');
      return r.toString();
    },

    /** A leg's status callback (<Number statusCallback>): its CallSid and where it is. */
    async legStatus(q: Record<string, string>, p: Record<string, string>): Promise<void> {
      const t = await load(q);
      if (t && p.CallSid && p.CallStatus) await noteLeg(t.id, t.n, t.st, { sid: p.CallSid.slice(0, 64), status: p.CallStatus.slice(0, 20) });
    },

    /** Twilio's status callback says the caller's call is over: a transfer still ringing ends with it. */
    async callerGone(callSid: string): Promise<void> {
      const id = await deps.byCall.get(callSid);
      const st = id ? await deps.store.get(id) : undefined;
      if (id && st) await abandon(id, st);
    },

    /** The <Dial> action on the caller's leg: done if someone took it, hung up if the caller is gone, else the next number, else back to the agent. */
    async dialDone(q: Record<string, string>, p: Record<string, string> = {}): Promise<string> {
      const t = await load(q);
      if (!t) return deps.lostTransfer(p);
      const { id, n, st } = t;
      if (st.acceptedBy === n) {
        if (st.outcome !== 'accepted') {
          st.outcome = 'accepted';
          await deps.store.set(id, st, TRANSFER_TTL_MS);
          await deps.onOutcome(st, 'accepted');
        }
        return hangupTwiml();
      }
      // The caller hung up while it rang (CallStatus over): nobody else is rung for them.
      if (st.outcome === 'abandoned' || callIsOver(p.CallStatus)) {
        await abandon(id, st);
        return hangupTwiml();
      }
      if (n + 1 < st.numbers.length) return dialTwiml(id, st, n + 1);
      const back = await deps.backToAgent(st);
      st.outcome = back.outcome;
      await deps.store.set(id, st, TRANSFER_TTL_MS);
      await deps.onOutcome(st, back.outcome);
      return back.twiml;
    },
  };
}

export type Transfers = ReturnType<typeof createTransfers>;

export interface TransferSettings {
  numbers: string[];
  ringSeconds: number;
}

/** The business's transfer waterfall (empty: transfer_call rings the business's own phone). */
export async function transferSettings(db: Kysely<Database>, businessId: string): Promise<TransferSettings> {
  const row = await db.selectFrom('agent_configs').select(['transfer_numbers', 'transfer_ring_seconds']).where('business_id', '=', businessId).executeTakeFirst();
  return { numbers: row?.transfer_numbers ?? [], ringSeconds: row?.transfer_ring_seconds ?? 20 };
}

/** Validates (E.164 via toE164, at most 3, distinct, 5-60 s) and saves; throws a message for the caller. */
export async function saveTransferSettings(
  db: Kysely<Database>,
  businessId: string,
  input: { numbers: readonly string[]; ringSeconds?: number | null },
  toE164: (n: string) => string | null,
): Promise<TransferSettings | { error: string }> {
  if (input.numbers.length > 3) return { error: 'At most 3 transfer numbers' };
  const numbers: string[] = [];
  for (const raw of input.numbers) {
    const n = toE164(raw);
    if (!n) return { error: `Not a valid phone number: ${raw.slice(0, 40)}` };
    if (!numbers.includes(n)) numbers.push(n);
  }
  const ringSeconds = input.ringSeconds ?? 20;
  if (!Number.isInteger(ringSeconds) || ringSeconds < 5 || ringSeconds > 60) return { error: 'ringSeconds must be 5 to 60' };
  await db
    .updateTable('agent_configs')
    .set({ transfer_numbers: numbers, transfer_ring_seconds: ringSeconds, updated_at: new Date() })
    .where('business_id', '=', businessId)
    .execute();
  return { numbers, ringSeconds };
}
