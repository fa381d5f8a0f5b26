import type { Lead } from '../db/schema.js';
import { callerNumber, isEmail, normalizeEmail, normalizePhone } from '../contacts/index.js';
import { findTool, parseToolArgs, VOICE_TOOLS } from '../tools/index.js';
import type { LeadCapture } from '../leads/capture.js';
import type { CallControl } from '../twilio/call-control.js';
import type { CallSetup, HistoryEntry, ToolResult } from './bridge-types.js';
import { newConversationState, type AgentService, type ConversationState } from '../agent/index.js';
import { visitorWords } from '../agent/format.js';

// The tools the model can call during a phone call. Each rule is enforced here, not left to
// the prompt: the caller is identified only by the number Twilio reports (never a number the
// model says), a transfer only dials the business's own phone, and lead fields are validated
// and bounded like chat input.

import type { LeadWrites } from './lead-writes.js';

export interface CallToolsDeps {
  callControl: CallControl;
  /** The agent brain (knowledge search, emergency severity, identity proof), built before voice. */
  agent: AgentService;
  /** The only lead writer. */
  leads: LeadCapture;
  /** Warm transfer (voice/transfer.ts): false when there is nobody to dial. */
  transfer?: (setup: CallSetup, history: readonly HistoryEntry[], reason: string | null) => Promise<boolean>;
  /** An emergency raised from what the caller said, without the model calling report_emergency. */
  onTriageEmergency?: () => void;
  /** Lead work in flight per conversation (the after-call work waits for it). */
  leadWrites: LeadWrites;
  log: { warn(obj: object, msg: string): void };
}

/** The agent brain's per-conversation state for a call (voice keeps it on the call object). */
export function callAgentState(setup: Pick<CallSetup, 'businessId' | 'conversationId' | 'fromNumber'>): ConversationState {
  return newConversationState({ businessId: setup.businessId, conversationId: setup.conversationId, channel: 'CALL', fromNumber: setup.fromNumber });
}

function clean(v: unknown, max = 500): string | null {
  if (typeof v !== 'string') return null;
  const t = v.replace(/[\u0000-\u001f]/g, ' ').trim();
  return t ? t.slice(0, max) : null;
}

/** A number the caller said, through the contacts rules (a valid number; no country code = US). */
export function normalisePhone(v: unknown): string | null {
  const t = clean(v, 40);
  return t ? normalizePhone(t) : null;
}

const out = (v: unknown): ToolResult => ({ output: JSON.stringify(v) });

export interface CallLeadInput {
  name?: unknown;
  phone?: unknown;
  email?: unknown;
  address?: unknown;
  issue?: unknown;
  preferred_time?: unknown;
  answers?: unknown;
  emergency?: { severity: number; notes: string };
  channel?: 'CALL' | 'VOICEMAIL';
}

/**
 * The call's lead, through leads/ (the only lead writer): captured the first time, completed
 * (and made urgent by an emergency) after that. Fields are cleaned and bounded here like chat input.
 */
export async function saveCallLead(leads: LeadCapture, setup: Pick<CallSetup, 'businessId' | 'conversationId' | 'fromNumber' | 'leadIds'>, input: CallLeadInput): Promise<Lead> {
  const email = clean(input.email, 254);
  const answers: Record<string, string> = {};
  if (input.answers && typeof input.answers === 'object') {
    for (const [k, v] of Object.entries(input.answers as Record<string, unknown>).slice(0, 30)) {
      const a = clean(v, 1000);
      if (a) answers[k.slice(0, 200)] = a;
    }
  }
  const em = input.emergency;
  const values = {
    name: clean(input.name, 200),
    phone: normalisePhone(input.phone) ?? callerNumber(setup.fromNumber),
    email: normalizeEmail(email),
    address: clean(input.address, 500),
    issue: clean(input.issue, 2000),
  };
  const preferred = clean(input.preferred_time, 200);
  const capturedData = { ...answers, ...(preferred ? { preferred_time: preferred } : {}) };
  const existingId = setup.leadIds[setup.leadIds.length - 1];
  if (existingId !== undefined) {
    const amended = await leads.amend(setup.businessId, existingId, { ...values, capturedData, emergency: em ?? null });
    if (amended) return amended;
  }
  // The shared lead capture: client matching, related leads, outbox rows, events.
  const lead = await leads.capture({
    businessId: setup.businessId,
    conversationId: setup.conversationId,
    channel: input.channel ?? 'CALL',
    priority: em ? 'URGENT' : 'NORMAL',
    ...values,
    capturedData,
    isEmergency: Boolean(em),
    emergencySeverity: em?.severity ?? null,
    emergencyNotes: em?.notes ?? null,
  });
  setup.leadIds.push(lead.id);
  return lead;
}

export function createCallTools(deps: CallToolsDeps) {
  const { agent, leads } = deps;
  const states = new WeakMap<CallSetup, ConversationState>();
  const stateOf = (setup: CallSetup): ConversationState => {
    let s = states.get(setup);
    if (!s) states.set(setup, (s = callAgentState(setup)));
    return s;
  };
  // Lead writes of one call run one after another (a tool and the transcript triage may race).
  const queues = new WeakMap<CallSetup, Promise<unknown>>();
  function serial<T>(setup: CallSetup, fn: () => Promise<T>): Promise<T> {
    const prev = queues.get(setup) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    queues.set(setup, next.catch(() => undefined));
    return deps.leadWrites.track(setup.conversationId, next);
  }

  /**
   * The agent's emergency triage on what the caller said (a transcript), so the owner is alerted
   * even when the model never calls report_emergency. Once per call.
   */
  function triage(setup: CallSetup, text: string): Promise<boolean> {
    // (In flight from the start: the severity is read before the lead is written.)
    return deps.leadWrites.track(setup.conversationId, triageNow(setup, text));
  }
  async function triageNow(setup: CallSetup, text: string): Promise<boolean> {
    if (setup.emergency) return false;
    const a = await agent.detectEmergency(text, setup.profile.emergencyKeywords);
    if (!a.isEmergency || setup.emergency) return false;
    setup.emergency = true;
    const severity = Math.min(10, Math.max(1, a.severity || 8));
    // The caller's words as a chat lead keeps them (visitorWords: no leading greeting).
    const words = visitorWords(text, 2000);
    const notes = `Detected from the caller's words (${a.matched.join(', ')}): "${words.slice(0, 300)}"`;
    const state = stateOf(setup);
    if (!state.emergency) state.emergency = { severity, matched: a.matched, summary: words.slice(0, 300) };
    await serial(setup, () => saveCallLead(leads, setup, { issue: words, emergency: { severity, notes } }));
    deps.onTriageEmergency?.();
    return true;
  }

  async function execute(name: string, rawArgs: string, setup: CallSetup, history: readonly HistoryEntry[] = []): Promise<ToolResult> {
    const tool = findTool(VOICE_TOOLS, name);
    if (!tool) return out({ error: `unknown tool ${name.slice(0, 60)}` });
    const parsed = parseToolArgs(tool, rawArgs);
    if (!parsed.ok) return out({ error: parsed.error });
    const args: Record<string, unknown> = parsed.args;
    switch (name) {
      case 'search_knowledge': {
        const query = clean(args.query, 500);
        if (!query) return out({ error: 'query is required' });
        return { output: (await agent.runTool(stateOf(setup), 'search_knowledge', JSON.stringify({ query }))).output };
      }
      case 'capture_lead': {
        const issue = clean(args.issue, 2000);
        if (!issue) return out({ error: 'issue is required: ask what the caller needs' });
        const email = clean(args.email, 254);
        if (email && !isEmail(email)) return out({ error: 'that e-mail address looks invalid: ask the caller to spell it' });
        if (args.phone !== undefined && args.phone !== '' && !normalisePhone(args.phone)) return out({ error: 'that phone number looks invalid: ask again' });
        const state = stateOf(setup);
        const lead = await serial(setup, () => saveCallLead(leads, setup, state.emergency ? { ...args, emergency: { severity: state.emergency.severity, notes: state.emergency.summary } } : args));
        state.leadId = lead.id;
        return out({ ok: true, leadId: lead.id, priority: lead.priority, message: 'Saved. Tell the caller someone will get back to them.' });
      }
      case 'report_emergency': {
        const description = clean(args.summary, 2000) ?? 'Emergency reported by phone';
        let severity = Math.min(10, Math.max(1, Math.round(Number(args.severity) || 8)));
        // The brain's rule: severity only goes up during a conversation.
        const r = JSON.parse((await agent.runTool(stateOf(setup), 'report_emergency', JSON.stringify({ severity, summary: description }))).output) as { severity?: number };
        if (typeof r.severity === 'number') severity = r.severity;
        setup.emergency = true;
        const lead = await serial(setup, () =>
          saveCallLead(leads, setup, {
            name: args.name,
            phone: args.phone,
            address: args.address,
            issue: description,
            emergency: { severity, notes: description },
          }),
        );
        return out({ ok: true, leadId: lead.id, priority: 'URGENT', message: 'The owner is being alerted by phone now. Give safety advice and confirm the address.' });
      }
      case 'check_project_status': {
        // The caller ID is not proof (it can be spoofed): the agent's identity proof texts a
        // one-time code to the phone on record, and only the code the caller reads back counts.
        const code = clean(args.code, 20);
        return { output: (await agent.runTool(stateOf(setup), 'check_project_status', JSON.stringify(code ? { code } : { phone: setup.fromNumber ?? '' }))).output };
      }
      case 'transfer_call': {
        if (setup.transferNumbers.length === 0) return out({ ok: false, message: 'No one is available to take the call: offer to take a message.' });
        if (!deps.callControl.configured) return out({ ok: false, message: 'Transfers are not available: offer to take a message.' });
        if (deps.transfer) {
          const started = await deps.transfer(setup, history, clean(args.reason, 200));
          if (!started) return out({ ok: false, message: 'No one is available to take the call: offer to take a message.' });
        } else await deps.callControl.transfer(setup.callSid, setup.transferNumbers[0]!, 'Connecting you now, please hold.', setup.say);
        return out({ ok: true, message: 'The call is being transferred.' });
      }
      case 'end_call':
        return { output: JSON.stringify({ ok: true, message: 'Say a short goodbye; the call ends after it.' }), hangupAfterReply: true };
      default:
        return out({ error: `unknown tool ${name.slice(0, 60)}` });
    }
  }

  return { execute, triage };
}
