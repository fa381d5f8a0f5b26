/**
 * The agent brain, shared by website chat and phone calls.
 *
 * Usage (channel-agnostic; chat keeps `state` in keyv, voice keeps it on the call object):
 *
 *   const { state, greeting } = await services.agent.startConversation({ businessId, channel: 'CALL',
 *     callSid, fromNumber, conversationId? });            // conversationId: reuse a row voice already made
 *   const r = await services.agent.handleTurn(state, 'my pipe burst');
 *   // r = { reply, state, lead?, emergency?, quickReplies?, inputHint?, openNow }
 *   // Store r.state for the next turn; it is plain JSON.
 *
 * handleTurn persists the visitor's and the agent's messages to `messages`, uses the model when
 * OPENAI_API_KEY is set (tools below, rules in code) and the deterministic local brain otherwise
 * (or when the model fails or the business's daily budget is spent).
 *
 * Tools for a realtime model (voice): `services.agent.runTool(state, name, argsJson)` runs
 * search_knowledge | save_lead_answer | report_emergency | check_project_status with the same
 * rules as chat and returns `{ output, state, lead? }`; `TOOL_DEFINITIONS` has their JSON schemas.
 * Lower-level rules: detectEmergency, detectPriority, validateAnswer, openStatus.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ConversationChannel, Database } from '../db/schema.js';
import type { ChatModel } from '../ai/types.js';
import type { KnowledgeService } from '../knowledge/service.js';
import type { Logger } from '../logger.js';
import type { EventBus } from '../events.js';
import { AppError, notFound } from '../errors.js';
import { loadBusinessContext, type BusinessContext } from './context.js';
import { createLeadCapture, type LeadCapture, type LeadInput } from './lead-capture.js';
import { createAgentTools, type AgentTools } from './tools.js';
import { localTurn, type TurnEnv, type TurnResult } from './local-brain.js';
import { createModelTurn } from './model-turn.js';
import { runTool } from './run-tool.js';
import { openStatus, warnOncePerZone } from '../schedule/index.js';
import { DONT_KNOW_REPLY } from './policy.js';
import { spanishNote } from './language.js';
import type { ConversationState } from './state.js';
import { businessCountry, callerNumber } from '../contacts/index.js';
import { createIdentityProof, extractCode } from './identity-proof.js';
import { createSentenceEncoder, type SentenceEncoder } from '../ai/sentence-encoder.js';
import { createTriageSignals } from './triage-learned.js';
import { assessment, type EmergencyAssessment } from './emergency.js';
import { mergedMetadata } from '../conversations/data.js';

export { detectEmergency } from './emergency.js';
export { detectPriority } from './priority.js';
export { validateAnswer } from './validate.js';
export { openStatus } from '../schedule/index.js';
export { TOOL_DEFINITIONS } from './tools.js';
export type { ConversationState } from './state.js';
export type { TurnResult, EmergencyInfo } from './local-brain.js';
export type { LeadCapture, LeadInput } from './lead-capture.js';
export { createLeadCapture } from './lead-capture.js';

export const MAX_MESSAGE_CHARS = 2000;

export interface StartInput {
  businessId: string;
  channel: ConversationChannel;
  sessionId?: string;
  callSid?: string;
  fromNumber?: string;
  toNumber?: string;
  conversationId?: string;
}

export interface AgentService {
  startConversation(input: StartInput): Promise<{ state: ConversationState; greeting: string; openNow: boolean | null; context: BusinessContext }>;
  handleTurn(state: ConversationState, text: string): Promise<TurnResult>;
  runTool(state: ConversationState, name: string, argsJson: string): Promise<{ output: string; state: ConversationState; lead?: { id: string } }>;
  loadContext(businessId: string): Promise<BusinessContext | null>;
  /**
   * The answer a visitor would get to a question about the business (FAQ, knowledge, profile),
   * with the titles it came from. Read-only: no conversation, lead, event or e-mail.
   */
  ask(businessId: string, question: string): Promise<AgentAnswer>;
  /** The lead the conversation holds so far (answers by question, priority, emergency), not written; null once its lead was. */
  leadSoFar(state: ConversationState): Promise<LeadInput | null>;
  /** The emergency check on a text outside a chat turn (a call's transcript): the rules and the learned signal, as a turn runs them. */
  detectEmergency(text: string, businessKeywords?: readonly string[]): Promise<EmergencyAssessment>;
  leads: LeadCapture;
  /** Marker planted in the system prompt; a reply containing it is never sent. */
  readonly canary: string;
}

export interface AgentAnswer {
  text: string;
  /** False when nothing the business wrote covers the question (the visitor hears DONT_KNOW_REPLY). */
  known: boolean;
  /** Distinct source titles, in the answer's order. */
  sources: Array<{ title: string }>;
}

export interface AgentDeps {
  db: Kysely<Database>;
  knowledge: KnowledgeService;
  events: EventBus;
  logger: Logger;
  chat: ChatModel | null;
  now: () => number;
  /** Persist messages (default true). */
  persist?: boolean;
  /** Twilio is configured: identity codes may go by SMS (else by e-mail only), emergency calls are placed. */
  smsEnabled?: boolean;
  /** Where turns read the business context (default: the database each time; services.ts passes a cache). */
  loadContext?: (businessId: string) => Promise<BusinessContext | null>;
  /** The sentence encoder the learned triage and the knowledge answers read text with (default: one of its own; pass a shared one to share its memo). */
  encoder?: SentenceEncoder;
}

function clean(text: string): string {
  // Control characters out, length bounded: the brain and the transcript see the same text.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim().slice(0, MAX_MESSAGE_CHARS);
}

/** A new conversation's state (shared by chat and the voice bridge). The number the carrier reports is the only identity a caller has proven. */
export function newConversationState(input: { businessId: string; conversationId: string; channel: ConversationChannel; fromNumber?: string | null }): ConversationState {
  return {
    version: 1,
    businessId: input.businessId,
    conversationId: input.conversationId,
    channel: input.channel,
    phase: 'CHAT',
    turns: 0,
    answers: {},
    skipped: [],
    pendingQuestionId: null,
    essentialOnly: false,
    emergency: null,
    cues: { high: false, low: false },
    issueText: null,
    identities: input.fromNumber ? [input.fromNumber] : [],
    clientId: null,
    leadId: null,
    history: [],
    fromNumber: input.fromNumber ?? null,
  };
}

export function createAgentService(deps: AgentDeps): AgentService {
  const leads = createLeadCapture({ db: deps.db, events: deps.events });
  const proof = createIdentityProof({ db: deps.db, now: deps.now, matchClient: leads.matchClient, smsEnabled: deps.smsEnabled ?? false });
  // One encoder (one memo) for the learned triage and the knowledge answers.
  const encoder = deps.encoder ?? createSentenceEncoder();
  const tools = createAgentTools({ db: deps.db, knowledge: deps.knowledge, leads, now: deps.now, chat: deps.chat, logger: deps.logger, proof, phoneAlerts: deps.smsEnabled ?? false, encoder });
  const canary = `CANARY-${randomBytes(6).toString('hex')}`;
  const onBadTimezone = warnOncePerZone(deps.logger);
  const persist = deps.persist ?? true;
  const loadContext = deps.loadContext ?? ((id: string) => loadBusinessContext(deps.db, id));
  const signals = createTriageSignals({
    encoder,
    onError: (err) => deps.logger.warn({ err: (err as Error).message }, 'sentence encoder failed; the triage rules decide alone'),
  });

  async function context(businessId: string): Promise<BusinessContext> {
    const ctx = await loadContext(businessId);
    if (!ctx) throw notFound('Business');
    return ctx;
  }

  const model = deps.chat ? createModelTurn({ chat: deps.chat, db: deps.db, logger: deps.logger, tools, canary, onBadTimezone }) : null;

  function env(ctx: BusinessContext, withModel: boolean): TurnEnv {
    return {
      ctx,
      tools,
      now: new Date(deps.now()),
      judgeSeverity: withModel && model ? (t) => model.judgeSeverity(ctx.business.id, t) : undefined,
      signals,
    };
  }

  /**
   * A chat whose visitor gave a way to reach them but not yet every answer keeps what was given on
   * its conversation (metadata.unfinishedLead), so a visitor who leaves now is not lost: ending the
   * chat writes the lead (conversation-end.ts). Written when it changes, not every turn.
   */
  async function keepUnfinished(ctx: BusinessContext, state: ConversationState): Promise<void> {
    const pending = tools.unfinishedLead(ctx, state);
    if (!pending) return;
    const json = JSON.stringify(pending);
    const digest = createHash('sha256').update(json).digest('base64url').slice(0, 16);
    if (state.unfinishedSaved === digest) return;
    const saved = await deps.db
      .updateTable('conversations')
      .set({ metadata: mergedMetadata({ unfinishedLead: pending }) })
      .where('business_id', '=', state.businessId)
      .where('id', '=', state.conversationId)
      .returning(sql<boolean>`metadata->>'emergencyLeadWritten' = 'true'`.as('swept'))
      .executeTakeFirst();
    state.unfinishedSaved = digest;
    // An emergency whose lead the quiet sweep already wrote (the same write says so): what was given
    // since goes onto it now (a number left rings the team), not when the chat ends.
    if (saved?.swept) await leads.refreshUnfinished(pending);
  }

  async function save(ctx: BusinessContext, state: ConversationState, text: string, r: TurnResult): Promise<void> {
    state.history.push({ role: 'user', content: text.slice(0, 1000) }, { role: 'assistant', content: r.reply.slice(0, 1000) });
    if (state.history.length > 16) state.history.splice(0, state.history.length - 16);
    if (!persist) return;
    const t = deps.now();
    await deps.db
      .insertInto('messages')
      .values([
        { business_id: state.businessId, conversation_id: state.conversationId, role: 'user', content: text, metadata: JSON.stringify({}), created_at: new Date(t) },
        {
          business_id: state.businessId,
          conversation_id: state.conversationId,
          role: 'assistant',
          content: r.reply,
          metadata: JSON.stringify({ leadId: r.lead?.id, emergency: r.emergency?.severity, sources: r.sources?.map((s) => s.title) }),
          created_at: new Date(t + 1),
        },
      ])
      .execute();
    await keepUnfinished(ctx, state);
  }

  return {
    canary,
    leads,
    loadContext,
    async detectEmergency(text, businessKeywords = []) {
      return assessment(await signals.triage(clean(text), { keywords: businessKeywords }));
    },
    async ask(businessId, question) {
      const ctx = await context(businessId);
      // The same search the visitor's turn runs: grounded by the model when one is configured.
      const { answer } = await tools.searchKnowledge(ctx, clean(question), { model: deps.chat !== null });
      if (!answer) return { text: DONT_KNOW_REPLY, known: false, sources: [] };
      const titles = [...new Set(answer.sources.map((s) => s.title))];
      return { text: answer.text, known: true, sources: titles.map((title) => ({ title })) };
    },
    async startConversation(input) {
      const ctx = await context(input.businessId);
      let conversationId = input.conversationId;
      if (conversationId) {
        const row = await deps.db.selectFrom('conversations').select('id').where('business_id', '=', input.businessId).where('id', '=', conversationId).executeTakeFirst();
        if (!row) throw notFound('Conversation');
      } else {
        const row = await deps.db
          .insertInto('conversations')
          .values({
            business_id: input.businessId,
            channel: input.channel,
            session_id: input.sessionId ?? null,
            call_sid: input.callSid ?? null,
            from_number: input.fromNumber ?? null,
            to_number: input.toNumber ?? null,
            started_at: new Date(deps.now()),
            metadata: JSON.stringify({}),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        conversationId = row.id;
      }
      const state = newConversationState({ businessId: input.businessId, conversationId, channel: input.channel, fromNumber: input.fromNumber });
      // On a call the caller ID answers the phone question (the caller is not asked for it). The
      // carrier's E.164 number is taken as it is: it is what the business can call back.
      const from = input.fromNumber?.trim() ?? '';
      const callerPhone = input.channel === 'CALL' && from ? callerNumber(from, businessCountry(ctx.business)) : null;
      const phoneQ = callerPhone ? ctx.questions.find((q) => q.maps_to === 'PHONE' || (!q.maps_to && q.expected_format === 'PHONE')) : undefined;
      if (phoneQ && callerPhone) state.answers[phoneQ.id] = callerPhone;
      const open = openStatus(ctx.business.business_hours, ctx.business.timezone, new Date(deps.now()), { onBadTimezone });
      const welcome = input.channel === 'CALL' ? ctx.agent.voice_greeting : ctx.agent.welcome_message;
      const closedNote = open && !open.open ? ` We are closed right now${open.nextOpen ? ` (we open ${open.nextOpen})` : ''}, but I can take your details and emergencies are handled straight away.` : '';
      // On the phone the greeting's question comes last, after the note, so it is what the caller
      // answers (QA: "How can I help you today? We are closed right now ..." on an after-hours call).
      const lastAsk = input.channel === 'CALL' && closedNote ? /^(.*[.!])\s+([^.!?]+\?)$/.exec(welcome) : null;
      const greeting = lastAsk ? `${lastAsk[1]}${closedNote} ${lastAsk[2]}` : `${welcome}${closedNote}`;
      if (persist) {
        await deps.db
          .insertInto('messages')
          .values({ business_id: input.businessId, conversation_id: conversationId, role: 'assistant', content: greeting, metadata: JSON.stringify({ greeting: true }), created_at: new Date(deps.now()) })
          .execute();
      }
      return { state, greeting, openNow: open ? open.open : null, context: ctx };
    },
    async handleTurn(state, rawText) {
      const text = clean(rawText);
      if (!text) throw new AppError('BAD_USER_INPUT', 'Message is empty');
      const ctx = await context(state.businessId);
      state.turns++;
      let result: TurnResult;
      let localAnswered = false;
      // A one-time code the visitor types back is checked in code, whichever brain is on.
      const code = proof.pending(state) ? extractCode(text) : null;
      if (code) {
        const r = await tools.checkProjectStatus(ctx, state, { code });
        const open = openStatus(ctx.business.business_hours, ctx.business.timezone, new Date(deps.now()), { onBadTimezone });
        result = { reply: r.text, state, openNow: open ? open.open : null };
      } else if (deps.chat) {
        const snapshot = structuredClone(state);
        try {
          result = await model!.turn(ctx, state, text, env(ctx, true));
        } catch (err) {
          deps.logger.warn({ err: (err as Error).message, businessId: state.businessId }, 'model turn failed; local brain answers');
          // The failed model turn may have half-updated the state: start again from the snapshot.
          const capturedLead = state.leadId;
          Object.assign(state, snapshot);
          if (capturedLead) Object.assign(state, { leadId: capturedLead, phase: 'DONE', pendingQuestionId: null });
          result = await localTurn(env(ctx, false), state, text);
          localAnswered = true;
        }
      } else {
        result = await localTurn(env(ctx, false), state, text);
        localAnswered = true;
      }
      // The model answers in the visitor's language; the local brain only in English, and says so.
      const note = localAnswered ? spanishNote(ctx, state, text, result.emergency) : null;
      if (note) result = { ...result, reply: `${note}\n\n${result.reply}` };
      await save(ctx, state, text, result);
      return result;
    },
    async leadSoFar(state) {
      return tools.leadSoFar(await context(state.businessId), state);
    },
    async runTool(state, name, argsJson) {
      const ctx = await context(state.businessId);
      const out = await runTool(tools, ctx, state, name, argsJson);
      return { ...out, state };
    },
  };
}

export type { AgentTools };
