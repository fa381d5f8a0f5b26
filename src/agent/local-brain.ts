import type { Lead, LeadQuestion } from '../db/schema.js';
import { can } from '../plans/index.js';
import { contactPhone, type BusinessContext } from './context.js';
import { detectEmergency } from './emergency.js';
import { detectPriorityCue } from './priority.js';
import { openStatus } from './hours.js';
import { GREETING, isQuestion, LEAD_INTENT, PROBLEM, PROJECT_STATUS, YES } from './intents.js';
import type { ConversationState } from './state.js';
import type { AgentTools } from './tools.js';
import { extractEmail, extractPhone, isSkip, validateAnswer } from './validate.js';
import { extractiveAnswer } from './answer.js';

/** The visitor asked something instead of answering the pending question. */
function asksInstead(q: LeadQuestion, text: string): boolean {
  if (!isQuestion(text) || extractEmail(text) || extractPhone(text)) return false;
  if (q.expected_format === 'TEXT') return text.trim().endsWith('?');
  return !validateAnswer(q.expected_format, q.maps_to, text).ok;
}

// The deterministic brain: works with no model at all, and is the rule layer under the model
// (emergency choice, lead questions, identity checks). Given the same state and text it gives
// the same reply.

export interface EmergencyInfo {
  severity: number;
  /** The business's number for an immediate call, when it has one. */
  phone: string | null;
  callUrl: string | null;
  message: string;
}

export type InputHint = 'email' | 'phone' | 'text' | 'number' | 'date';

export interface TurnResult {
  reply: string;
  state: ConversationState;
  lead?: { id: string; priority: Lead['priority']; isEmergency: boolean };
  emergency?: EmergencyInfo;
  quickReplies?: string[];
  inputHint?: InputHint;
  /** Whether the business is open now (null when it has no hours set). */
  openNow: boolean | null;
  sources?: Array<{ title: string }>;
}

export interface TurnEnv {
  ctx: BusinessContext;
  tools: AgentTools;
  now: Date;
  /** Severity from a model judge, when one is configured. */
  judgeSeverity?: (text: string) => Promise<number | null>;
}

const HINTS: Record<LeadQuestion['expected_format'], InputHint> = { EMAIL: 'email', PHONE: 'phone', TEXT: 'text', NUMBER: 'number', DATE: 'date' };

export function emergencyInfo(ctx: BusinessContext, severity: number, message: string): EmergencyInfo {
  const phone = contactPhone(ctx);
  return { severity, phone, callUrl: phone ? `tel:${phone.replace(/[^\d+]/g, '')}` : null, message };
}

function questionPrompt(q: LeadQuestion): string {
  return q.required ? q.question : `${q.question} (optional: say "skip" to skip)`;
}

/** Updates cues, identities and emergency state from one visitor message. Returns the emergency seen now, if new. */
export async function observe(env: TurnEnv, state: ConversationState, text: string): Promise<{ newEmergency: boolean }> {
  const cue = detectPriorityCue(text);
  if (cue === 'HIGH') state.cues.high = true;
  if (cue === 'LOW') state.cues.low = true;
  const email = extractEmail(text);
  const phone = extractPhone(text);
  for (const id of [email, phone]) if (id && !state.identities.includes(id) && state.identities.length < 10) state.identities.push(id);
  const rules = detectEmergency(text, env.ctx.agent.emergency_keywords);
  let severity = rules.severity;
  let isEmergency = rules.isEmergency;
  if (env.judgeSeverity && (rules.isEmergency || PROBLEM.test(text))) {
    const judged = await env.judgeSeverity(text).catch(() => null);
    if (judged !== null) {
      // The model refines the score; a keyword hit still counts as an emergency (fail safe).
      severity = rules.isEmergency ? Math.max(judged, Math.min(rules.severity, 7)) : judged;
      // The owner's sensitivity (1-10) sets how serious a keyword-less message must be judged.
      const threshold = Math.min(9, Math.max(3, 12 - (env.ctx.agent.emergency_sensitivity || 5)));
      isEmergency = rules.isEmergency || judged >= threshold;
    }
  }
  if (!isEmergency) return { newEmergency: false };
  const before = state.emergency?.severity ?? 0;
  env.tools.reportEmergency(env.ctx, state, { severity, summary: text.slice(0, 500), matched: rules.matched });
  return { newEmergency: before === 0 || (before < 8 && (state.emergency?.severity ?? 0) >= 8) };
}

export async function localTurn(env: TurnEnv, state: ConversationState, text: string, observed?: { newEmergency: boolean }): Promise<TurnResult> {
  const { ctx, tools } = env;
  const open = openStatus(ctx.business.business_hours, ctx.business.timezone, env.now);
  const base = { state, openNow: open ? open.open : null } as const;
  const { newEmergency } = observed ?? (await observe(env, state, text));

  const askNextOrCapture = async (prefix: string): Promise<TurnResult> => {
    const q = tools.nextQuestion(ctx, state);
    if (q) {
      state.phase = 'LEAD';
      state.pendingQuestionId = q.id;
      return { ...base, reply: `${prefix}${prefix ? ' ' : ''}${questionPrompt(q)}`.trim(), inputHint: HINTS[q.expected_format], quickReplies: q.required ? undefined : ['Skip'] };
    }
    const lead = await tools.captureLead(ctx, state);
    return { ...base, reply: `${prefix ? `${prefix} ` : ''}${confirmation(ctx, state, lead, open)}`, lead: { id: lead.id, priority: lead.priority, isEmergency: lead.is_emergency } };
  };

  // 1. A new serious emergency comes first, whatever else was going on.
  if (newEmergency && state.phase !== 'DONE') {
    tools.applyExtraction(ctx, state, text);
    const severity = state.emergency!.severity;
    if (severity >= 8) {
      state.phase = 'EMERGENCY_CHOICE';
      state.pendingQuestionId = null;
      const phone = contactPhone(ctx);
      const tip = await safetyTip(env, text);
      const options = phone
        ? `You can call us right now on ${phone} to be connected immediately, ask for an urgent callback, or answer a couple of quick questions so we can send someone.`
        : 'You can ask for an urgent callback, or answer a couple of quick questions so we can send someone.';
      const reply = `This sounds like an emergency and we will treat it as urgent. ${tip ? `${tip} ` : ''}${options}`;
      return {
        ...base,
        reply,
        emergency: emergencyInfo(ctx, severity, 'Emergency: we can connect you now.'),
        quickReplies: phone ? ['Call now', 'Request a callback', 'Quick questions'] : ['Request a callback', 'Quick questions'],
      };
    }
    return askNextOrCapture('That sounds urgent, so I will get your details to the team right away.');
  }

  switch (state.phase) {
    case 'EMERGENCY_CHOICE': {
      state.essentialOnly = true;
      tools.applyExtraction(ctx, state, text);
      const phone = contactPhone(ctx);
      let prefix = 'OK, just the essentials so we can get someone to you.';
      if (/\b(?:call ?back|ring me|call me)\b/i.test(text)) prefix = 'We will call you back as soon as possible.';
      else if (/\b(?:call|connect|phone|dial)\b/i.test(text) && phone) prefix = `Please call ${phone} now; we answer emergencies straight away. In case the line is busy, let me take your details too.`;
      const r = await askNextOrCapture(prefix);
      return { ...r, emergency: emergencyInfo(ctx, state.emergency?.severity ?? 8, 'Emergency: call us now.') };
    }
    case 'IDENTIFY': {
      const email = extractEmail(text);
      const phone = extractPhone(text);
      if (email || phone) {
        state.phase = state.pendingQuestionId ? 'LEAD' : 'CHAT';
        const r = await tools.checkProjectStatus(ctx, state, { email, phone });
        return { ...base, reply: r.text, quickReplies: r.found ? undefined : ['Have someone contact me'] };
      }
      state.phase = 'CHAT';
      if (isSkip(text)) return { ...base, reply: 'No problem. What else can I help you with?' };
      // Not an identity: treat it as a normal message.
      break;
    }
    case 'LEAD': {
      const q = ctx.questions.find((x) => x.id === state.pendingQuestionId);
      if (!q) return askNextOrCapture('');
      // A question in the middle of the flow gets an answer, then the pending question again.
      if (asksInstead(q, text)) {
        const a = await tools.searchKnowledge(ctx, text);
        const answer = a.answer ? a.answer.text : "I'm not sure about that one, and I'd rather not guess; the team can tell you when they get in touch.";
        return { ...base, reply: `${answer} ${questionPrompt(q)}`, inputHint: HINTS[q.expected_format], sources: a.answer?.sources };
      }
      if (isSkip(text)) {
        if (q.required) return { ...base, reply: `I need this one so the team can help you. ${q.question}`, inputHint: HINTS[q.expected_format] };
        state.skipped.push(q.id);
        return askNextOrCapture('No problem.');
      }
      const r = await tools.saveLeadAnswer(ctx, state, q.id, text);
      if (!r.ok) return { ...base, reply: `${r.message} ${q.question}`, inputHint: HINTS[q.expected_format], quickReplies: q.required ? undefined : ['Skip'] };
      tools.applyExtraction(ctx, state, text, q.id);
      if (r.lead) return { ...base, reply: confirmation(ctx, state, r.lead, open), lead: { id: r.lead.id, priority: r.lead.priority, isEmergency: r.lead.is_emergency } };
      return askNextOrCapture('Thanks.');
    }
    case 'DONE': {
      if (newEmergency) {
        const phone = contactPhone(ctx);
        return {
          ...base,
          reply: phone ? `This sounds like an emergency. Please call ${phone} now to be connected immediately.` : 'This sounds like an emergency. The team has your details and will call you as soon as possible.',
          emergency: emergencyInfo(ctx, state.emergency?.severity ?? 8, 'Emergency: call us now.'),
        };
      }
      break;
    }
    default:
      break;
  }

  // 2. Free conversation.
  if (PROJECT_STATUS.test(text) && !PROBLEM.test(text)) {
    const email = extractEmail(text);
    const phone = extractPhone(text);
    if (state.clientId || state.proof?.provenClientId || email || phone) {
      const r = await tools.checkProjectStatus(ctx, state, { email, phone });
      return { ...base, reply: r.text };
    }
    if (!can(ctx.business.plan, 'projectSync')) {
      const r = await tools.checkProjectStatus(ctx, state, {});
      return { ...base, reply: r.text };
    }
    state.phase = 'IDENTIFY';
    return { ...base, reply: 'Sure. What is the e-mail address or phone number we have on file for you?', inputHint: 'email' };
  }
  if (state.phase === 'DONE') {
    const a = isQuestion(text) ? await tools.searchKnowledge(ctx, text) : null;
    if (a?.answer) return { ...base, reply: a.answer.text, sources: a.answer.sources };
    return { ...base, reply: 'Your request is with the team and they will be in touch. Is there anything else I can help with?' };
  }
  const lastReply = [...state.history].reverse().find((m) => m.role === 'assistant')?.content ?? '';
  const offeredContact = /pass your question to the team|have someone|get in touch/i.test(lastReply);
  const wantsLead = LEAD_INTENT.test(text) || (YES.test(text) && offeredContact);
  if (/^(?:thanks|thank you|thx|cheers|bye|goodbye|that'?s all)\b/i.test(text.trim()) && !wantsLead) {
    return { ...base, reply: "You're welcome! If anything else comes up, just ask here." };
  }
  if (/^(?:ok|okay|great|cool|got it|alright|fine|perfect|nice|good)[.! ]*$/i.test(text.trim()) && !wantsLead) {
    return { ...base, reply: 'Anything else I can help with?', quickReplies: ['Book a visit', 'Ask another question'] };
  }
  if (/^ask (?:another|a) question$/i.test(text.trim())) return { ...base, reply: 'Sure, what would you like to know?' };
  if (wantsLead || (PROBLEM.test(text) && !isQuestion(text))) {
    if (PROBLEM.test(text) && !LEAD_INTENT.test(text)) state.issueText ??= text.slice(0, 500);
    else if (PROBLEM.test(text)) state.issueText ??= text.slice(0, 500);
    tools.applyExtraction(ctx, state, text);
    const prefix = state.cues.high ? 'I will make sure the team sees this quickly.' : 'I can help with that.';
    return askNextOrCapture(prefix);
  }
  if (GREETING.test(text.trim())) {
    return { ...base, reply: `Hi! I'm ${ctx.agent.agent_name} from ${ctx.business.name}. Ask me a question, or I can have someone get in touch.`, quickReplies: ['Book a visit', 'Opening hours'] };
  }
  const a = await tools.searchKnowledge(ctx, text);
  if (a.answer) {
    return { ...base, reply: a.answer.text, sources: a.answer.sources, quickReplies: ['Book a visit', 'Ask another question'] };
  }
  if (PROBLEM.test(text) && !isQuestion(text)) {
    state.issueText ??= text.slice(0, 500);
    return askNextOrCapture("I don't have a ready answer for that, but the team can help.");
  }
  return {
    ...base,
    reply: "I'm not sure about that, and I'd rather not guess. I can pass your question to the team so they can get back to you.",
    quickReplies: ['Have someone contact me', 'Ask another question'],
  };
}

function confirmation(ctx: BusinessContext, state: ConversationState, lead: Lead, open: ReturnType<typeof openStatus>): string {
  const name = lead.name ? `, ${lead.name.split(/\s+/)[0]}` : '';
  if (lead.is_emergency) {
    const when = open && !open.open ? ' Even though we are closed right now, emergencies are handled straight away.' : '';
    const phone = contactPhone(ctx);
    return `Thanks${name}. I have flagged this as an emergency and alerted the team${lead.phone ? `; expect a call on ${lead.phone} very soon` : ''}.${when}${phone ? ` If things get worse, call ${phone}.` : ''}`;
  }
  const when = !open
    ? 'Someone will be in touch soon.'
    : open.open
      ? 'We are open now, so someone will be in touch shortly.'
      : `We are closed right now; someone will get back to you${open.nextOpen ? ` when we open ${open.nextOpen}` : ' when we reopen'}.`;
  void state;
  return `Thanks${name}! I have passed your request to the ${ctx.business.name} team. ${when}`;
}

async function safetyTip(env: TurnEnv, text: string): Promise<string | null> {
  if (!can(env.ctx.business.plan, 'knowledgeBase')) return null;
  try {
    const { hits } = await env.tools.searchKnowledge(env.ctx, `what to do emergency ${text}`);
    const hit = hits.find((h) => /emergenc/i.test(`${h.title} ${h.heading}`));
    if (!hit) return null;
    return extractiveAnswer(text, [hit])?.text ?? null;
  } catch {
    return null;
  }
}
