import type { Kysely, Selectable } from 'kysely';
import type { Database, Lead, LeadQuestion } from '../db/schema.js';
import type { ProjectsTable } from '../db/schema/projects.js';
import type { KnowledgeService, SearchHit } from '../knowledge/service.js';
import type { ToolDefinition } from '../ai/types.js';
import { CHAT_TOOLS, toolSchema } from '../tools/index.js';
import { can } from '../plans/index.js';
import { contactPhone, type BusinessContext } from './context.js';
import type { LeadCapture, LeadInput } from './lead-capture.js';
import { createKnowledgeAnswerer, type GroundedAnswer } from './answer.js';
import type { SentenceEncoder } from '../ai/sentence-encoder.js';
import type { ChatModel } from '../ai/types.js';
import type { Logger } from '../logger.js';
import { describeProject } from './format.js';
import { terms } from '../ai/lexical.js';
import { NOTIFICATION_KINDS } from '../notify/kinds.js';
import { priorityOf, type ConversationState } from './state.js';
import { businessCountry, extractEmail, extractPhone, phoneKey } from '../contacts/index.js';
import { extractAddress, extractName, extractWhen, plainWhen, questionField, validateAnswer, type ValidateOptions } from './validate.js';
import type { Hazard } from './triage.js';
import { extractCode, type IdentityProof } from './identity-proof.js';
import { PROJECT_FOLLOW_UP } from './intents.js';
import { ASKS_PARTY_SIZE, partySize } from './answer-party.js';

// The agent's tools. Chat (local or model-driven) and voice (realtime or <Gather>) call the
// same functions, and every rule lives here in code, not in a prompt: tenant filter, plan
// gates, answer validation, who may see project status, and when a lead is written.

export interface ToolDeps {
  db: Kysely<Database>;
  knowledge: KnowledgeService;
  leads: LeadCapture;
  now?: () => number;
  /** The model for grounded answers, when one is configured. */
  chat?: ChatModel | null;
  logger?: Pick<Logger, 'warn' | 'error'>;
  /** Project status is told only to a visitor who proved the identity with a code (M1/M2). */
  proof: IdentityProof;
  /** Twilio is configured, so a queued emergency call is really placed (else it is never claimed). */
  phoneAlerts?: boolean;
  /** The sentence encoder, for a question the knowledge's words alone leave unanswered (see answer.ts). */
  encoder?: SentenceEncoder;
}

export interface SaveAnswerResult {
  ok: boolean;
  message?: string;
  /** The answer was only an acknowledgement ("thanks", "ok"): `message` answers it in kind. */
  acknowledgement?: boolean;
  nextQuestion: LeadQuestion | null;
  lead?: Lead;
}

export interface ProjectStatusResult {
  found: boolean;
  text: string;
}

/** What a proven client's message asked about: their projects, with the rows when reading them was needed to tell. */
export interface ProjectsAsked {
  projects?: Pick<Selectable<ProjectsTable>, 'name' | 'status' | 'progress' | 'due_date' | 'task_count' | 'completed_task_count' | 'description'>[];
}

/** The chat model's tools, from the one registry (src/tools/): schemas derived from their zod arguments. */
export const TOOL_DEFINITIONS: ToolDefinition[] = CHAT_TOOLS.map(toolSchema);

export function createAgentTools(deps: ToolDeps) {
  const now = deps.now ?? Date.now;
  const answerer = createKnowledgeAnswerer({ knowledge: deps.knowledge, chat: deps.chat ?? null, logger: deps.logger, encoder: deps.encoder });

  /** How this business's visitors write numbers and times. */
  function validation(ctx: BusinessContext): ValidateOptions {
    return { country: businessCountry(ctx.business), timezone: ctx.business.timezone, now: new Date(now()) };
  }

  function activeQuestions(ctx: BusinessContext, state: ConversationState): LeadQuestion[] {
    if (!state.essentialOnly) return ctx.questions;
    const essential = ctx.questions.filter((q) => q.essential_for_emergency);
    return essential.length ? essential : ctx.questions.filter((q) => q.required);
  }

  function nextQuestion(ctx: BusinessContext, state: ConversationState): LeadQuestion | null {
    // A request the team handles from the office (a bill, a refund) has no visit to time.
    const noVisit = (q: LeadQuestion) => !!state.offSite && (questionField(q) === 'PREFERRED_TIME' || (!q.maps_to && q.expected_format === 'DATE'));
    return activeQuestions(ctx, state).find((q) => !(q.id in state.answers) && !state.skipped.includes(q.id) && !noVisit(q)) ?? null;
  }

  /** Fills unanswered questions from details the visitor gave unprompted. */
  function applyExtraction(ctx: BusinessContext, state: ConversationState, text: string, except?: string): void {
    const opts = validation(ctx);
    const found: Record<string, string | null> = {
      EMAIL: extractEmail(text),
      PHONE: extractPhone(text, opts.country),
      NAME: extractName(text),
      ADDRESS: extractAddress(text),
      // ("tomorrow after 5" typed alone is when it suits, as much as "can you come tomorrow after 5".)
      PREFERRED_TIME: extractWhen(text, opts) ?? (plainWhen(text, opts) ? text.trim() : null),
    };
    const party = partySize(text);
    for (const q of ctx.questions) {
      const kind = questionField(q);
      // (On a call the phone answer is the caller ID until the caller says a number: "need a jump start at 1420
      // west maple, call me back at 509 555 0188" is called back on the number said, QA: the caller ID was kept.)
      const callerIdOnly = kind === 'PHONE' && !!state.fromNumber && state.answers[q.id]?.replace(/\D/g, '') === state.fromNumber.replace(/\D/g, '');
      if (q.id === except || (q.id in state.answers && !callerIdOnly)) continue;
      const value = kind ? found[kind] : null;
      if (value) {
        const v = validateAnswer(q.expected_format, q.maps_to, value, opts);
        if (v.ok) state.answers[q.id] = v.value;
      } else if (kind === 'ISSUE' && state.issueText) {
        state.answers[q.id] = state.issueText.slice(0, 500);
      } else if (!kind && party !== null && (q.expected_format === 'TEXT' || q.expected_format === 'NUMBER') && ASKS_PARTY_SIZE.test(q.question)) {
        // (An owner's own "How many players in your group?" is not asked after "a tee time for 4 of us".)
        state.answers[q.id] = String(party);
      }
    }
  }

  function leadFields(ctx: BusinessContext, state: ConversationState) {
    const by: Record<string, string | undefined> = {};
    const answers: Array<{ questionId: string; question: string; answer: string }> = [];
    for (const q of ctx.questions) {
      const a = state.answers[q.id];
      if (a === undefined) continue;
      answers.push({ questionId: q.id, question: q.question, answer: a });
      const kind = questionField(q);
      if (kind && by[kind] === undefined) by[kind] = a;
    }
    return { by, answers };
  }

  /** What the outbox will actually send for this lead (so the agent never promises more). */
  async function queuedFor(ctx: BusinessContext, leadId: string): Promise<{ ownerAlerted: boolean; phoneAlert: boolean; confirmation: boolean }> {
    const rows = await deps.db.selectFrom('notifications').select('kind').where('business_id', '=', ctx.business.id).where('lead_id', '=', leadId).execute();
    const kinds = rows.map((r) => r.kind);
    return {
      ownerAlerted: kinds.includes(NOTIFICATION_KINDS.OWNER_EMAIL) || kinds.includes(NOTIFICATION_KINDS.EMERGENCY_CALL),
      phoneAlert: (deps.phoneAlerts ?? false) && kinds.includes(NOTIFICATION_KINDS.EMERGENCY_CALL),
      confirmation: kinds.includes(NOTIFICATION_KINDS.CONFIRMATION_EMAIL),
    };
  }

  /** The lead the state holds so far, as capture writes it. */
  function leadInput(ctx: BusinessContext, state: ConversationState): LeadInput {
    const { by, answers } = leadFields(ctx, state);
    return {
      businessId: ctx.business.id,
      conversationId: state.conversationId,
      channel: state.channel === 'CALL' ? 'CALL' : 'CHAT',
      priority: priorityOf(state),
      name: by.NAME ?? null,
      email: by.EMAIL ?? null,
      phone: by.PHONE ?? state.fromNumber ?? null,
      address: by.ADDRESS ?? state.given?.address ?? null,
      issue: by.ISSUE ?? state.emergency?.summary ?? state.issueText ?? null,
      capturedData: { answers, preferredTime: preferredTime(by, state), emergencyKeywords: state.emergency?.matched ?? [] },
      isEmergency: !!state.emergency,
      emergencySeverity: state.emergency?.severity ?? null,
      emergencyNotes: state.emergency ? state.emergency.summary : null,
    };
  }

  async function captureLead(ctx: BusinessContext, state: ConversationState): Promise<Lead> {
    const lead = await deps.leads.capture(leadInput(ctx, state));
    state.leadId = lead.id;
    state.phase = 'DONE';
    state.pendingQuestionId = null;
    if (lead.client_id) state.clientId = lead.client_id;
    return lead;
  }

  /**
   * A chat's details taken so far, while the questions are not finished: what the team would get
   * if the visitor left now. Null once the lead was written, on a call (its number is the lead:
   * voice/after-call), or before a phone number or an e-mail address was given (no way to reach
   * them), unless the chat is an emergency: the team hears of a gas smell told and left (QA 34).
   */
  function unfinishedLead(ctx: BusinessContext, state: ConversationState): LeadInput | null {
    if (state.leadId || state.channel !== 'CHAT') return null;
    const input = leadInput(ctx, state);
    return input.phone || input.email || input.isEmergency ? input : null;
  }

  /**
   * Everything the conversation holds for its lead so far, as capture would write it; null once the
   * lead was written. A phone call that ends before the questions are done writes this (voice/inbound).
   */
  function leadSoFar(ctx: BusinessContext, state: ConversationState): LeadInput | null {
    return state.leadId ? null : leadInput(ctx, state);
  }

  /** Validates and stores one answer; writes the lead when the last needed answer arrives. */
  async function saveLeadAnswer(ctx: BusinessContext, state: ConversationState, questionId: string, answer: string): Promise<SaveAnswerResult> {
    if (state.leadId) return { ok: false, message: 'The details were already sent to the team.', nextQuestion: null };
    const q = ctx.questions.find((x) => x.id === questionId);
    if (!q) return { ok: false, message: 'Unknown question id.', nextQuestion: nextQuestion(ctx, state) };
    const v = validateAnswer(q.expected_format, q.maps_to, answer, { ...validation(ctx), question: q.question });
    if (!v.ok) return { ok: false, message: v.message, acknowledgement: v.acknowledgement, nextQuestion: q };
    state.answers[q.id] = v.value;
    // Not an identity the visitor gave: a model can call this with any text (M2). What the
    // visitor typed is collected from their own messages (observe in local-brain.ts).
    const next = nextQuestion(ctx, state);
    if (next) return { ok: true, nextQuestion: next };
    return { ok: true, nextQuestion: null, lead: await captureLead(ctx, state) };
  }

  /** A detail the visitor corrected after the lead was written ("sorry my number is ..."): the saved lead is amended. */
  async function amendLead(ctx: BusinessContext, state: ConversationState, change: { name?: string; phone?: string; email?: string; address?: string; addToIssue?: string }): Promise<boolean> {
    if (!state.leadId) return false;
    // The answers the owner reads are rebuilt from the state, which already holds the corrected one
    // (and so is the time that suits: "can we make it the 29th" after the request went).
    const { by, answers } = leadFields(ctx, state);
    return !!(await deps.leads.amend(ctx.business.id, state.leadId, { ...change, capturedData: { answers, preferredTime: preferredTime(by, state) } }));
  }

  /** FAQ -> knowledge (plan-gated) -> profile; `answer` null means the knowledge does not cover it. `model: true` (the model's tool): a grounded model answer. */
  async function searchKnowledge(ctx: BusinessContext, query: string, opts?: { model?: boolean }): Promise<{ answer: GroundedAnswer | null; hits: SearchHit[] }> {
    return answerer.answer(ctx, query.slice(0, 500), { ...opts, now: new Date(now()) });
  }

  /** Knowledge passages only (plan-gated), e.g. to find a safety instruction. */
  async function searchHits(ctx: BusinessContext, query: string): Promise<SearchHit[]> {
    if (!can(ctx.business.plan, 'knowledgeBase')) return [];
    return deps.knowledge.search(ctx.business.id, query.slice(0, 500), 4);
  }

  function reportEmergency(ctx: BusinessContext, state: ConversationState, input: { severity: number; summary: string; matched?: string[]; hazard?: Hazard | null }) {
    const severity = Math.max(1, Math.min(10, Math.round(Number(input.severity) || 1)));
    // The first emergency becomes the lead's issue: an earlier, calmer problem ("sink leaking a
    // bit, no rush") must not head the owner's URGENT alert. The earlier text is kept after it.
    if (!state.emergency && state.issueText && input.summary && !state.issueText.includes(input.summary.slice(0, 80))) {
      const before = state.issueText;
      state.issueText = `${input.summary} (earlier: ${before})`.slice(0, 500);
      for (const q of ctx.questions) if (questionField(q) === 'ISSUE' && state.answers[q.id] === before.slice(0, 500)) state.answers[q.id] = state.issueText;
    }
    // A later message can raise the severity, never lower it: one calm sentence must not undo an alarm.
    if (!state.emergency || severity > state.emergency.severity) {
      state.emergency = {
        severity: Math.max(severity, state.emergency?.severity ?? 0),
        matched: [...new Set([...(state.emergency?.matched ?? []), ...(input.matched ?? [])])],
        summary: (state.emergency?.summary || input.summary).slice(0, 500),
        hazard: state.emergency?.hazard ?? input.hazard ?? null,
      };
    }
    state.issueText ??= input.summary.slice(0, 500);
    return { severity: state.emergency.severity, offerChoice: state.emergency.severity >= 8, phone: contactPhone(ctx) };
  }

  /**
   * Project status, only for the client this conversation proved with a one-time code
   * (identity-proof.ts). An identity alone starts a proof and gets the same neutral answer
   * whether or not it matched a client; lead answers and model claims never count.
   */
  async function checkProjectStatus(
    ctx: BusinessContext,
    state: ConversationState,
    input: { email?: string | null; phone?: string | null; code?: string | null; about?: string | null; known?: ProjectsAsked | null },
  ): Promise<ProjectStatusResult> {
    if (!can(ctx.business.plan, 'projectSync')) {
      return { found: false, text: "I can't look up project status here, but I can ask the team to get back to you." };
    }
    const code = input.code ? extractCode(input.code) : null;
    if (code && !deps.proof.provenClient(state)) {
      const outcome = deps.proof.verify(state, code);
      if (outcome === 'wrong') return { found: false, text: "That code doesn't match. Please check the code and type it again." };
      if (outcome !== 'proven') return { found: false, text: 'That code has expired. Give me your e-mail address or phone number again and I will send a new one.' };
      await knownClientAnswers(ctx, state, deps.proof.provenClient(state)!);
    }
    const clientId = deps.proof.provenClient(state);
    if (!clientId) {
      const email = input.email ? extractEmail(input.email) : null;
      const phone = input.phone ? extractPhone(input.phone, businessCountry(ctx.business), { lookup: true }) : null;
      // Only identities the visitor typed (or the caller ID) may start a proof, so a planted
      // instruction cannot even make the business send codes to someone else.
      const said = (v: string | null) =>
        !!v && state.identities.some((i) => i.toLowerCase() === v.toLowerCase() || (i.startsWith('+') && v.startsWith('+') && phoneKey(i) === phoneKey(v)));
      const usable = { email: said(email) ? email : null, phone: said(phone) ? phone : null };
      if (!usable.email && !usable.phone) {
        // Waiting for the code ("ok", "when will it be done"): the same words whether or not anything matched.
        if (deps.proof.pending(state)) return { found: false, text: deps.proof.reminder(state) };
        return { found: false, text: 'To look up a project I need the e-mail address or phone number we have on file for you.' };
      }
      return { found: false, text: await deps.proof.request(state, usable) };
    }
    const projects = input.known?.projects ?? (await clientProjects(ctx, clientId));
    // (An offer to pass it on: a client expecting a project is not left at a dead end; a "yes" starts the details.)
    if (!projects.length) {
      state.offered = true;
      return { found: true, text: 'I found your account, but there are no projects on it right now. If you were expecting one, I can have someone from the team get back to you.' };
    }
    // "and the water heater one?": the projects the message names, with what is happening on them;
    // "when will it be done" (or the code typed back) is about the project asked about before.
    let named = input.about ? projectsNamed(input.about, projects) : [];
    if (named.length) state.projectAbout = input.about!;
    else if (state.projectAbout && !ALL_PROJECTS.test(input.about ?? '')) named = projectsNamed(state.projectAbout, projects);
    // "when will it be done" with nothing named before: the one project still open, if there is one.
    if (!named.length && input.about && PROJECT_FOLLOW_UP.test(input.about) && !ALL_PROJECTS.test(input.about)) {
      const open = projects.filter((p) => p.status.toUpperCase() !== 'COMPLETED');
      if (open.length === 1) named = open;
    }
    // A project asked about comes with its notes; in the list, only open projects do.
    const withNotes = (p: (typeof projects)[number], notes: boolean) => `${describeProject(p)}${notes && p.description ? ` ${p.description.trim().replace(/([^.!?])$/, '$1.')}` : ''}`;
    if (named.length) return { found: true, text: named.map((p) => withNotes(p, true)).join('\n') };
    return { found: true, text: `Here is the latest on your projects:\n${projects.map((p) => `- ${withNotes(p, p.status.toUpperCase() !== 'COMPLETED')}`).join('\n')}` };
  }

  /**
   * A client who proved who they are is not asked again for what the business has on file: their
   * name, e-mail and phone fill the lead questions still open (QA: a verified client who asked for a
   * call was asked "What is your name?"), and a lead they leave is theirs.
   */
  async function knownClientAnswers(ctx: BusinessContext, state: ConversationState, clientId: string): Promise<void> {
    const client = await deps.db.selectFrom('clients').select(['name', 'email', 'phone']).where('business_id', '=', ctx.business.id).where('id', '=', clientId).executeTakeFirst();
    if (!client) return;
    state.clientId = clientId;
    const onFile: Record<string, string | null> = { NAME: client.name, EMAIL: client.email, PHONE: client.phone };
    for (const q of ctx.questions) {
      const value = onFile[questionField(q) ?? ''];
      if (!value || q.id in state.answers) continue;
      const v = validateAnswer(q.expected_format, q.maps_to, value, validation(ctx));
      if (v.ok) state.answers[q.id] = v.value;
    }
  }

  /** The proven client's projects, newest first (this business only). */
  function clientProjects(ctx: BusinessContext, clientId: string) {
    return deps.db
      .selectFrom('projects')
      .select(['name', 'status', 'progress', 'due_date', 'task_count', 'completed_task_count', 'description'])
      .where('business_id', '=', ctx.business.id)
      .where('client_id', '=', clientId)
      .orderBy('updated_at', 'desc')
      .limit(10)
      .execute();
  }

  /**
   * Whether the message is about the projects of this conversation's client: a proven client
   * naming one of them ("and the water heater?") or asking on ("when will it be done"), or a
   * visitor waiting for the code saying so ("ok", "how long is it going to take").
   */
  async function asksAboutProjects(ctx: BusinessContext, state: ConversationState, text: string): Promise<ProjectsAsked | null> {
    if (deps.proof.pending(state)) {
      const waiting = PROJECT_FOLLOW_UP.test(text) || /^(?:ok(?:ay)?|k|thanks?|thank you|ty|will do|cool|great|got it|waiting|one sec(?:ond)?|hang on|hold on)\b[\s.!,]*(?:thanks?|i'?ll (?:check|look))?[\s.!]*$/i.test(text);
      return waiting ? {} : null;
    }
    const clientId = deps.proof.provenClient(state);
    if (!clientId) return null;
    if (PROJECT_FOLLOW_UP.test(text) || /\b(?:my|other|all|the) (?:\w+ )?(?:projects|jobs)\b/i.test(text)) return {};
    // A project by its name ("the water heater"), or a step its notes name ("is the tiling finished").
    // The rows read here are handed on, so the answer does not read them again.
    const projects = await clientProjects(ctx, clientId);
    return projectsNamed(text, projects).length > 0 ? { projects } : null;
  }

  return { activeQuestions, nextQuestion, applyExtraction, captureLead, unfinishedLead, leadSoFar, queuedFor, saveLeadAnswer, amendLead, searchKnowledge, searchHits, reportEmergency, checkProjectStatus, asksAboutProjects, validation };
}

export type AgentTools = ReturnType<typeof createAgentTools>;

/** When it suits, as the lead keeps it: the time question's answer, else a time given unasked. */
function preferredTime(by: Record<string, string | undefined>, state: ConversationState): string | null {
  return by.PREFERRED_TIME ?? state.given?.when ?? null;
}

/** "my other projects", "all my jobs": the whole list, not the project asked about before. */
const ALL_PROJECTS = /\b(?:projects|jobs|all|other|everything)\b/i;
/** Asking whether a step happened or when ("is the tiling finished", "when do the fixtures go in"). */
const ASKS_STEP = /\b(?:done|finished|complete[ds]?|ready|start(?:ed|ing)?|begun|began|happen\w*|go(?:ing)? in|left|next|yet|when)\b/i;

/** The projects a message is about: by name ("the water heater"), else by a step their notes name. */
function projectsNamed<P extends { name: string; description: string | null }>(text: string, projects: P[]): P[] {
  const byName = best(projects, (p) => namesProject(text, p.name));
  if (byName.length || !ASKS_STEP.test(text)) return byName;
  return best(projects, (p) => (p.description ? namesProject(text, p.description) : 0));
}

/** The projects that share the most words with the message ("the repaint at evergreen": the repaint at 742 Evergreen, not also its dishwasher). */
function best<P>(projects: P[], score: (p: P) => number): P[] {
  const scored = projects.map((p) => ({ p, n: score(p) }));
  const top = Math.max(0, ...scored.map((s) => s.n));
  return top ? scored.filter((s) => s.n === top).map((s) => s.p) : [];
}

/** How many words of its name ("bathroom", "heater") the message says, as the knowledge search reads words (stemmed, no stop words). */
const GENERIC = new Set(terms('project job work replacement repair install installation new'));
function namesProject(text: string, name: string): number {
  const said = new Set(terms(text));
  return new Set(terms(name).filter((w) => !GENERIC.has(w) && said.has(w))).size;
}
