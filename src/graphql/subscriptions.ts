import { builder } from './builder.js';
import { ConversationChannelEnum } from './enums.js';
import { conversationTopic, leadTopic, type ConversationUpdatedPayload, type LeadCapturedPayload } from './pubsub.js';
import type { AuthedContext } from './context.js';
import { ConversationRef, LeadRef } from './records.js';
import { getRecord } from '../db/records.js';
import type { GraphQLResolveInfo } from 'graphql';
import { MAX_SUBSCRIPTIONS_PER_SOCKET, operationLimitErrors } from './limits.js';
import { AppError } from '../errors.js';
import { toGraphQLError } from './errors.js';

// Live updates over WebSocket. The topic is derived from the subscriber's own businessId (set
// on connection_init), so there is no argument a client could use to listen to another tenant.

export const LeadCapturedEventRef = builder.objectRef<LeadCapturedPayload>('LeadCapturedEvent').implement({
  fields: (t) => ({
    leadId: t.exposeID('leadId'),
    lead: t.field({
      type: LeadRef,
      nullable: true,
      description: 'Null if the lead was deleted meanwhile',
      resolve: (e, _a, ctx) => (ctx.actor ? getRecord(ctx.deps.db, 'leads', ctx.actor.businessId, e.leadId).catch(() => null) : null),
    }),
  }),
});

export const ConversationUpdatedEventRef = builder.objectRef<ConversationUpdatedPayload>('ConversationUpdatedEvent').implement({
  fields: (t) => ({
    conversationId: t.exposeID('conversationId'),
    channel: t.expose('channel', { type: ConversationChannelEnum }),
    status: t.exposeString('status', { description: 'ACTIVE when a call started or a chat got a message; ENDED when it finished' }),
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      resolve: (e, _a, ctx) => (ctx.actor ? getRecord(ctx.deps.db, 'conversations', ctx.actor.businessId, e.conversationId).catch(() => null) : null),
    }),
  }),
});

/**
 * The socket was authenticated once, on connection_init; a team member removed, an API key
 * revoked (or its owner removed or demoted), a password changed or reset (token version), or a
 * token that expired must stop receiving the business's leads. Each event re-checks the caller
 * (src/auth owns the rule), and the subscription completes as soon as the credential is gone.
 */
const stillSignedIn = (ctx: AuthedContext): Promise<boolean> => ctx.deps.auth.isActorCurrent(ctx.actor);

// A hand-written iterator, not an async generator: return() (client unsubscribes or leaves)
// must reach the pubsub at once, not wait behind a pending next() until another event comes.
function whileSignedIn<T>(ctx: AuthedContext, source: AsyncIterable<T>, onEnd: () => void): AsyncIterableIterator<T> {
  const it = source[Symbol.asyncIterator]();
  let ended = false;
  const done = (): IteratorResult<T> => {
    if (!ended) {
      ended = true;
      onEnd();
    }
    return { done: true, value: undefined };
  };
  const wrapped: AsyncIterableIterator<T> = {
    async next() {
      const r = await it.next();
      if (r.done) return done();
      if (await stillSignedIn(ctx)) return r;
      await it.return?.();
      return done();
    },
    return: async () => {
      await it.return?.();
      return done();
    },
    throw: (err?: unknown) => {
      done();
      return it.throw ? it.throw(err) : Promise.reject(err);
    },
    [Symbol.asyncIterator]: () => wrapped,
  };
  return wrapped;
}

/**
 * Before a subscription attaches to the pubsub: the document passes the same depth, alias and
 * cost rules as an HTTP request (with the actual variables), and the socket holds at most
 * MAX_SUBSCRIPTIONS_PER_SOCKET live subscriptions. Every event re-runs the selection, so a
 * document over budget would cost that much per event, for as long as the socket stays open.
 */
async function subscribe(ctx: AuthedContext, topic: string, info: GraphQLResolveInfo): Promise<AsyncIterable<unknown>> {
  if (!ctx.pubsub) throw new Error('subscriptions are not enabled');
  const errors = operationLimitErrors(info.schema, info.operation, info.fragments, info.variableValues);
  if (errors.length) throw errors[0];
  const socket = ctx.socket;
  if (socket && socket.subscriptions >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
    throw toGraphQLError(new AppError('RATE_LIMITED', `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection; stop one first`));
  }
  if (socket) socket.subscriptions++;
  const release = () => {
    if (socket) socket.subscriptions--;
  };
  try {
    return whileSignedIn(ctx, await ctx.pubsub.subscribe(topic), release);
  } catch (err) {
    release();
    throw err;
  }
}

builder.subscriptionField('leadCaptured', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: LeadCapturedEventRef,
    description: 'A lead was captured in your business (chat, call, voicemail or API)',
    subscribe: (_root, _args, ctx, info) => subscribe(ctx, leadTopic(ctx.actor.businessId), info) as Promise<AsyncIterable<LeadCapturedPayload>>,
    resolve: (payload) => payload,
  }),
);

builder.subscriptionField('conversationUpdated', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConversationUpdatedEventRef,
    description: 'A call started or ended, or a chat got a message, in your business',
    subscribe: (_root, _args, ctx, info) => subscribe(ctx, conversationTopic(ctx.actor.businessId), info) as Promise<AsyncIterable<ConversationUpdatedPayload>>,
    resolve: (payload) => payload,
  }),
);
