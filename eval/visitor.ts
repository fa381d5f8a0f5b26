import type { Priority, TriageItem, TriageOutcome } from './triage-metrics.js';

// A visitor with a fixed persona, driving the public chat API: sends the triage message, asks
// for a callback when the agent did not start taking details, and answers the lead questions
// until a lead exists (or the turn budget runs out).

export interface ChatReply {
  reply: string;
  lead?: { id: string; priority: Priority; isEmergency: boolean };
  emergency?: unknown;
  quickReplies?: string[];
  inputHint?: string;
}

export interface ChatClient {
  start(businessId: string): Promise<string>;
  send(sessionId: string, text: string): Promise<ChatReply>;
}

export const PERSONA = {
  callback: 'can someone call me back about this',
  name: 'Alex Morgan',
  phone: '415-555-2671',
  address: '12 Oak Street, Springfield',
  time: 'any weekday morning is fine',
  skip: 'skip',
};

const MAX_TURNS = 12;

/** The persona's answer to the agent's last reply (the pending lead question is at its end). */
export function personaAnswer(reply: ChatReply, problem: string): string {
  const quick = reply.quickReplies ?? [];
  const choice = quick.find((q) => /quick questions/i.test(q));
  if (choice) return choice;
  // The question asked is the reply's last sentence.
  const tail = (reply.reply.match(/[^.!?]*\?[^?]*$/)?.[0] ?? reply.reply).toLowerCase();
  if (reply.inputHint === 'phone' || /phone|number|reach you|call you/.test(tail)) return PERSONA.phone;
  if (reply.inputHint === 'email' || /e-?mail/.test(tail)) return PERSONA.skip;
  if (/name/.test(tail)) return PERSONA.name;
  if (/address|where|location|property|postcode|zip/.test(tail)) return PERSONA.address;
  if (/when|time|day|suit|availab|prefer/.test(tail)) return PERSONA.time;
  if (/problem|issue|describe|what.*(happen|going on|need|help)|details|tell us/.test(tail)) return problem;
  return PERSONA.skip;
}

export async function runTriageItem(chat: ChatClient, businessId: string, item: TriageItem): Promise<TriageOutcome> {
  const session = await chat.start(businessId);
  const first = await chat.send(session, item.text);
  let emergency = !!first.emergency || !!first.lead?.isEmergency;
  let lead = first.lead ?? null;
  let last = first;
  let askedCallback = false;
  let lastAnswer = '';
  let repeats = 0;
  for (let turn = 0; !lead && turn < MAX_TURNS; turn++) {
    // Not taking details yet (no pending question): ask for a callback once.
    const asking = !!last.inputHint || /\?\s*(?:\(optional[^)]*\))?\s*$/.test(last.reply.trim()) || (last.quickReplies ?? []).some((q) => /quick questions/i.test(q));
    let text: string;
    if (!asking && !askedCallback) {
      text = PERSONA.callback;
      askedCallback = true;
    } else if (!asking) {
      break;
    } else {
      text = personaAnswer(last, item.text);
      // The same answer refused twice: try skipping, then give up.
      if (text === lastAnswer && ++repeats >= 2) text = PERSONA.skip;
      if (repeats >= 3) break;
    }
    lastAnswer = text;
    last = await chat.send(session, text);
    if (last.lead) lead = last.lead;
    if (last.lead?.isEmergency) emergency = true;
  }
  return {
    id: item.id,
    split: item.split,
    category: item.category,
    expectedEmergency: item.emergency,
    expectedPriority: item.priority,
    emergency,
    priority: lead?.priority ?? null,
    firstReply: first.reply,
  };
}
