import { phoneForVisitors } from '../contacts/phone-display.js';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, notFound } from '../errors.js';
import { isUuid } from '../db/ids.js';
import { allowedOriginOf, recordWidgetSeen } from '../settings/widget-seen.js';
import { can, limit } from '../plans/index.js';
import type { ConversationState } from '../agent/index.js';
import { MAX_MESSAGE_CHARS } from '../agent/index.js';
import { openStatus } from '../schedule/index.js';

// The widget's REST API: public (no login), so every request is bounded: message size,
// turns per session, per-IP and per-business rate limits (Redis-backed when configured),
// the plan's daily message allowance, and CORS limited to the business's allowed origins.

interface ChatSession {
  businessId: string;
  state: ConversationState;
  /** Turn ticket: bumped by every finished (or failed) turn, see claimTurn. */
  seq?: number;
  /**
   * Until when (ms epoch) the conversation is known to be ACTIVE without reading it: set by the
   * start and by every answered turn to CHAT_IDLE_END (less a margin for clocks) ahead, because
   * only the idle sweep (after CHAT_IDLE_END without a message) or this session's own end ends
   * a chat, and the end clears it. Absent: the turn reads the conversation's status.
   */
  activeUntil?: number;
}

/** Taken off CHAT_IDLE_END for activeUntil: instances' clocks may differ by this much. */
const CLOCK_MARGIN_MS = 60_000;

/** How long one claimed turn may hold its session (a crashed instance's claim expires). */
const TURN_CLAIM_MS = 30_000;
/** How long a message waits for the turn in progress before giving up with CONFLICT. */
const TURN_WAIT_MS = 35_000;
/** Messages of one session waiting in this instance; more is a flood, not a visitor. */
const MAX_QUEUED_PER_SESSION = 5;

const SESSION_ID = /^[A-Za-z0-9_-]{20,64}$/;
/** The part of a business's daily message allowance one address may use (fairness). */
const CHAT_DAILY_SHARE_PER_ADDRESS = 0.1;
/** ...but never less than this many messages, so a visitor on a small plan can finish a chat. */
const CHAT_MIN_DAILY_SHARE = 40;

const startSchema = {
  body: {
    type: 'object',
    required: ['businessId'],
    additionalProperties: false,
    properties: { businessId: { type: 'string', maxLength: 64 } },
  },
} as const;

const messageSchema = {
  params: { type: 'object', properties: { sessionId: { type: 'string', maxLength: 100 } }, required: ['sessionId'] },
  body: {
    type: 'object',
    required: ['text'],
    additionalProperties: false,
    properties: { text: { type: 'string', minLength: 1, maxLength: MAX_MESSAGE_CHARS }, businessId: { type: 'string', maxLength: 64 } },
  },
} as const;

export async function chatRoutes(app: FastifyInstance): Promise<void> {
  const { db, sessions, config, metrics, now } = app.deps;
  const store = sessions.namespace<ChatSession>('chat', config.CHAT_SESSION_TTL);
  const turnsMetric = metrics.counter('chat_messages_total', 'Chat messages handled', ['outcome'] as const);
  // With the idle sweep off a chat only ends by its visitor, which clears activeUntil.
  const knownActiveFor = config.CHAT_IDLE_END > 0 ? config.CHAT_IDLE_END - Math.min(CLOCK_MARGIN_MS, config.CHAT_IDLE_END / 2) : config.CHAT_SESSION_TTL;

  // Turns of one session run one at a time: in this instance through a promise chain per
  // session, across instances through a turn ticket (claimTurn). Without it two messages sent
  // at once both start from the same state and the later write loses the other's turn.
  const queues = new Map<string, { tail: Promise<unknown>; pending: number }>();
  /** Runs `fn` after the session's earlier turns in this instance; `queued` says it had to wait for one. */
  async function serialized<T>(sessionId: string, fn: (queued: boolean) => Promise<T>): Promise<T> {
    const q = queues.get(sessionId) ?? { tail: Promise.resolve(), pending: 0 };
    if (q.pending >= MAX_QUEUED_PER_SESSION) throw new AppError('RATE_LIMITED', 'Too many messages at once; please wait for the reply', { retryAfterSec: 2 });
    const queued = q.pending > 0;
    q.pending++;
    const run = q.tail.then(() => fn(queued));
    q.tail = run.catch(() => undefined);
    queues.set(sessionId, q);
    try {
      return await run;
    } finally {
      if (--q.pending === 0 && queues.get(sessionId) === q) queues.delete(sessionId);
    }
  }

  const turnKey = (sessionId: string, seq: number) => `chat:turn:${sessionId}:${seq}`;

  /**
   * Claims the session's next turn: the counter `chat:turn:<id>:<seq>` admits one holder per
   * seq (Redis when configured, so one across instances). The holder bumps seq when done; a
   * loser waits for that and claims the next seq. A crashed holder's claim expires. (A message
   * that waits for no other in this instance makes its first claim with its rate limits.)
   */
  async function claimTurn(sessionId: string): Promise<ChatSession & { seq: number }> {
    const deadline = Date.now() + TURN_WAIT_MS;
    for (;;) {
      const session = await store.get(sessionId);
      if (!session) throw notFound('Chat session');
      const seq = session.seq ?? 0;
      const claim = await sessions.hit(turnKey(sessionId, seq), 1, TURN_CLAIM_MS);
      if (claim.allowed) return { ...session, seq };
      if (Date.now() >= deadline) throw new AppError('CONFLICT', 'The previous message of this chat is still being answered; please try again');
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(Math.random() * 100)));
    }
  }

  /** Same origin is always fine (the /demo page); other origins must be listed by the business. */
  async function checkOrigin(request: FastifyRequest, reply: FastifyReply, allowed: string[]): Promise<void> {
    const origin = request.headers.origin;
    if (!origin) return; // not a browser cross-origin call (curl, server-to-server)
    const normalized = origin.replace(/\/+$/, '').toLowerCase();
    // Same host as this server (scheme ignored: TLS usually ends at a proxy in front of us).
    let sameHost = false;
    try {
      const originUrl = new URL(normalized);
      sameHost = originUrl.host === new URL(`${originUrl.protocol}//${request.host.toLowerCase()}`).host || (!!config.PUBLIC_BASE_URL && new URL(config.PUBLIC_BASE_URL).origin.toLowerCase() === normalized);
    } catch {
      sameHost = false;
    }
    const ok = sameHost || allowed.some((a) => a.replace(/\/+$/, '').toLowerCase() === normalized);
    if (!ok) throw new AppError('FORBIDDEN', 'This website is not allowed to use this chat widget');
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
  }

  const tooMany = (blocked: { resetMs: number }, message = 'Too many messages; please wait a moment and try again') => {
    turnsMetric.inc({ outcome: 'rate_limited' });
    return new AppError('RATE_LIMITED', message, { retryAfterSec: Math.max(1, Math.ceil(blocked.resetMs / 1000)) });
  };

  /**
   * Limits on a message: per address per minute, per business per minute, then the plan's
   * daily message allowance. One address may use at most its fair share of that allowance
   * (checked first, so a refused flood does not eat into the business's day). `claim`: the
   * session's turn ticket to claim in the same round trip (see claimTurn), counted only when
   * every limit admits the message; the answer says whether it was won.
   */
  async function rateLimit(request: FastifyRequest, businessId: string, plan: Parameters<typeof limit>[0], claim?: { sessionId: string; seq: number }): Promise<boolean> {
    const day = new Date(now()).toISOString().slice(0, 10);
    const allowance = limit(plan, 'chatMessagesPerDay');
    const share = Math.max(CHAT_MIN_DAILY_SHARE, Math.ceil(allowance * CHAT_DAILY_SHARE_PER_ADDRESS));
    // In this order, one round trip; the first refusal stops the rest from being counted.
    const [ip, biz, mine, daily, turn] = await sessions.hitAll([
      { key: `chat:ip:${request.ip}`, max: config.CHAT_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 },
      { key: `chat:biz:${businessId}`, max: config.CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 },
      { key: `chat:day:${businessId}:${day}:ip:${request.ip}`, max: share, windowMs: 86_400_000 },
      { key: `chat:day:${businessId}:${day}`, max: allowance, windowMs: 86_400_000 },
      ...(claim ? [{ key: turnKey(claim.sessionId, claim.seq), max: 1, windowMs: TURN_CLAIM_MS }] : []),
    ]);
    if (!ip!.allowed) throw tooMany(ip!);
    if (!biz!.allowed) throw tooMany(biz!);
    if (!mine!.allowed) throw tooMany(mine!, 'You have sent a lot of messages today; please call us or try again tomorrow');
    if (!daily!.allowed) throw tooMany(daily!);
    return turn?.allowed ?? false;
  }

  /**
   * A session start is not a message: it spends no part of the business's daily allowance.
   * It is limited per address (per minute, and live sessions per address) and by the
   * business's per-minute limit, so a flood of starts neither exhausts the business for the
   * day nor fills the session store and pushes real visitors' sessions out.
   */
  async function startLimit(request: FastifyRequest, businessId: string): Promise<void> {
    const ip = await sessions.hit(`chat:ip:${request.ip}`, config.CHAT_RATE_LIMIT_PER_MINUTE, 60_000);
    if (!ip.allowed) throw tooMany(ip, 'Too many chats started; please wait a moment and try again');
    // A flood from many addresses is throttled for a minute, not for the rest of the day.
    const biz = await sessions.hit(`chat:biz:${businessId}`, config.CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE, 60_000);
    if (!biz.allowed) throw tooMany(biz, 'Too many chats right now; please try again in a minute');
    const open = await sessions.hit(`chat:sessions:${request.ip}`, config.CHAT_SESSIONS_PER_ADDRESS, config.CHAT_SESSION_TTL);
    if (!open.allowed) throw tooMany(open, 'Too many chats started from this address; please continue an open chat');
  }

  /** The business's number as its visitors read it (the same form the agent's replies use). */
  const phoneFor = (b: { phone_number: string | null; twilio_number: string | null; timezone: string | null }): string | null => {
    const phone = b.phone_number ?? b.twilio_number;
    return phone ? phoneForVisitors(phone, b) : null;
  };

  async function businessFor(businessId: string) {
    if (!isUuid(businessId)) throw notFound('Business');
    const row = await db.selectFrom('businesses').select(['id', 'plan', 'allowed_origins', 'name', 'phone_number', 'twilio_number', 'business_hours', 'timezone', 'widget_seen_origin', 'widget_first_seen_at', 'widget_last_seen_at']).where('id', '=', businessId).executeTakeFirst();
    if (!row || !can(row.plan, 'chatWidget')) throw notFound('Business');
    return row;
  }

  /** The business of a message or an end: from the agent's business cache (no read per message). */
  async function businessOfSession(businessId: string) {
    const ctx = isUuid(businessId) ? await app.services.agent.loadContext(businessId) : null;
    if (!ctx || !can(ctx.business.plan, 'chatWidget')) throw notFound('Business');
    return ctx.business;
  }

  // Preflight only permits the attempt; the real request re-checks the origin against the
  // business (a preflight carries no body, so the business is not known yet).
  const preflight = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    if (origin) {
      reply.header('access-control-allow-origin', origin);
      reply.header('vary', 'Origin');
      reply.header('access-control-allow-methods', 'GET, POST, OPTIONS');
      reply.header('access-control-allow-headers', 'content-type');
      reply.header('access-control-max-age', '600');
    }
    return reply.status(204).send();
  };
  app.options('/api/chat', preflight);
  app.options('/api/chat/:sessionId/message', preflight);
  app.options('/api/chat/:sessionId/end', preflight);
  app.options('/api/widget/:businessId/config', preflight);

  app.get<{ Params: { businessId: string } }>('/api/widget/:businessId/config', async (request, reply) => {
    const business = await businessFor(request.params.businessId);
    await checkOrigin(request, reply, business.allowed_origins);
    const widget = await db.selectFrom('widget_configs').selectAll().where('business_id', '=', business.id).executeTakeFirst();
    // The one greeting (0490): the agent's, which is also the first message of the chat.
    const agent = await db.selectFrom('agent_configs').select('welcome_message').where('business_id', '=', business.id).executeTakeFirst();
    const open = openStatus(business.business_hours, business.timezone, new Date(now()));
    reply.header('cache-control', 'public, max-age=60');
    return {
      businessId: business.id,
      name: business.name,
      primaryColor: widget?.primary_color ?? '#2563eb',
      textColor: widget?.text_color ?? '#ffffff',
      backgroundColor: widget?.background_color ?? '#ffffff',
      position: widget?.position ?? 'BOTTOM_RIGHT',
      greeting: agent?.welcome_message ?? null,
      launcherText: widget?.launcher_text ?? 'Chat with us',
      // Only a plan with branding removal may hide "Powered by".
      showBranding: !(can(business.plan, 'brandingRemoval') && widget && !widget.show_branding),
      phone: business.phone_number ?? business.twilio_number ?? null,
      phoneDisplay: phoneFor(business),
      openNow: open ? open.open : null,
    };
  });

  app.post<{ Body: { businessId: string } }>('/api/chat', { schema: startSchema }, async (request, reply) => {
    const business = await businessFor(request.body.businessId);
    await checkOrigin(request, reply, business.allowed_origins);
    await startLimit(request, business.id);
    const sessionId = randomBytes(24).toString('base64url');
    const started = await app.services.agent.startConversation({ businessId: business.id, channel: 'CHAT', sessionId });
    await store.set(sessionId, { businessId: business.id, state: started.state, activeUntil: now() + knownActiveFor });
    // The checklist's "widget embedded" signal: only one of the owner's allowed origins, and a
    // write only when it changed or is a minute old. It never fails the visitor's chat.
    const seenOrigin = allowedOriginOf(business.allowed_origins, request.headers.origin);
    if (seenOrigin) {
      await recordWidgetSeen(db, business.id, business, seenOrigin, new Date(now())).catch((err: unknown) => request.log.warn({ err }, 'widget seen not recorded'));
    }
    app.deps.events.publish({ type: 'conversation.updated', businessId: business.id, conversationId: started.state.conversationId, channel: 'CHAT', status: 'ACTIVE' });
    return reply.status(201).send({
      sessionId,
      messages: [{ role: 'assistant', content: started.greeting }],
      openNow: started.openNow,
      quickReplies: ['Book a visit', 'Opening hours'],
    });
  });

  app.post<{ Params: { sessionId: string }; Body: { text: string; businessId?: string } }>(
    '/api/chat/:sessionId/message',
    { schema: messageSchema },
    async (request, reply) => {
      const { sessionId } = request.params;
      const session = SESSION_ID.test(sessionId) ? await store.get(sessionId) : undefined;
      // A session of another business is indistinguishable from a missing one.
      if (!session || (request.body.businessId !== undefined && request.body.businessId !== session.businessId)) throw notFound('Chat session');
      const business = await businessOfSession(session.businessId);
      await checkOrigin(request, reply, business.allowed_origins);
      const { r, restarted } = await serialized(sessionId, async (queued) => {
        // The limits are counted when the message's turn comes (at most MAX_QUEUED_PER_SESSION
        // wait). The first message claims its turn with them, in one round trip, from the
        // session as read above; one that waited behind another of this session reads the
        // session the other left (so does a lost claim: another instance moved on).
        let current: ChatSession & { seq: number };
        if (queued) {
          await rateLimit(request, business.id, business.plan);
          current = await claimTurn(sessionId);
        } else {
          const seq = session.seq ?? 0;
          current = (await rateLimit(request, business.id, business.plan, { sessionId, seq })) ? { ...session, seq } : await claimTurn(sessionId);
        }
        // The state as it was, for a failed turn (handleTurn changes it in place). It came out of
        // the session store's JSON, so its JSON text is a lossless copy, and cheaper to take
        // than structuredClone on every turn (only a failure parses it back).
        const before = JSON.stringify(current.state);
        try {
          let state = current.state;
          let restarted = false;
          const knownActive = current.activeUntil !== undefined && now() < current.activeUntil;
          const conv = knownActive ? { status: 'ACTIVE' } : await db.selectFrom('conversations').select('status').where('business_id', '=', current.businessId).where('id', '=', state.conversationId).executeTakeFirst();
          if (conv?.status !== 'ACTIVE') {
            // The chat was ended (by the visitor or for being idle): the visitor who writes
            // again expects an answer, so the message opens a new conversation on this session.
            const started = await app.services.agent.startConversation({ businessId: current.businessId, channel: 'CHAT', sessionId });
            state = started.state;
            restarted = true;
            app.deps.events.publish({ type: 'conversation.updated', businessId: current.businessId, conversationId: state.conversationId, channel: 'CHAT', status: 'ACTIVE' });
          } else if (state.turns >= config.CHAT_MAX_TURNS) {
            throw new AppError('RATE_LIMITED', 'This conversation has reached its message limit; please start a new chat');
          }
          const r = await app.services.agent.handleTurn(state, request.body.text);
          await store.set(sessionId, { businessId: current.businessId, state: r.state, seq: current.seq + 1, activeUntil: now() + knownActiveFor });
          return { r, restarted };
        } catch (err) {
          // Hand the turn on unchanged, so the next message does not wait for the claim to expire.
          await store.set(sessionId, { businessId: current.businessId, state: JSON.parse(before) as ConversationState, seq: current.seq + 1, activeUntil: current.activeUntil }).catch(() => undefined);
          throw err;
        }
      });
      turnsMetric.inc({ outcome: r.lead ? 'lead' : r.emergency ? 'emergency' : 'reply' });
      return {
        ...(restarted ? { newConversation: true } : {}),
        reply: r.reply,
        ...(r.lead ? { lead: r.lead } : {}),
        ...(r.emergency ? { emergency: r.emergency } : {}),
        ...(r.quickReplies?.length ? { quickReplies: r.quickReplies } : {}),
        ...(r.inputHint ? { inputHint: r.inputHint } : {}),
        openNow: r.openNow,
      };
    },
  );

  // The visitor closed the chat ("End chat"). Idempotent; the session stays, and a later
  // message on it starts a new conversation. Accepts any body (fetch keepalive or a beacon).
  app.post<{ Params: { sessionId: string }; Body: unknown }>(
    '/api/chat/:sessionId/end',
    { schema: { params: messageSchema.params }, bodyLimit: 1024 },
    async (request, reply) => {
      const { sessionId } = request.params;
      const session = SESSION_ID.test(sessionId) ? await store.get(sessionId) : undefined;
      const body = request.body && typeof request.body === 'object' ? (request.body as { businessId?: unknown }) : {};
      if (!session || (body.businessId !== undefined && body.businessId !== session.businessId)) throw notFound('Chat session');
      const business = await businessOfSession(session.businessId);
      await checkOrigin(request, reply, business.allowed_origins);
      // Not a message: only the per-IP limit applies, the plan's message allowance is untouched.
      const ip = await sessions.hit(`chat:ip:${request.ip}`, config.CHAT_RATE_LIMIT_PER_MINUTE, 60_000);
      if (!ip.allowed) throw new AppError('RATE_LIMITED', 'Too many requests; please wait a moment', { retryAfterSec: Math.max(1, Math.ceil(ip.resetMs / 1000)) });
      const conversationId = await serialized(sessionId, async () => {
        const current = await claimTurn(sessionId);
        try {
          await app.services.chat.end(current.businessId, current.state.conversationId, 'visitor');
          return current.state.conversationId;
        } finally {
          // The chat may be over now: the next message reads its status.
          await store.set(sessionId, { ...current, seq: current.seq + 1, activeUntil: undefined });
        }
      });
      return { conversationId, status: 'ENDED' };
    },
  );
}
