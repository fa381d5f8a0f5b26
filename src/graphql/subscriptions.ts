import { builder } from './builder.js';
import { ConversationChannelEnum } from './enums.js';
import { conversationTopic, leadTopic, type ConversationUpdatedPayload, type LeadCapturedPayload } from './pubsub.js';
import type { AuthedContext } from './context.js';
import { ConversationRef, LeadRef } from './records.js';
import { getRecord } from '../admin/records.js';

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
    channel: t.field({ type: ConversationChannelEnum, resolve: (e) => e.channel }),
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
function whileSignedIn<T>(ctx: AuthedContext, source: AsyncIterable<T>): AsyncIterableIterator<T> {
  const it = source[Symbol.asyncIterator]();
  const done = (): IteratorResult<T> => ({ done: true, value: undefined });
  const wrapped: AsyncIterableIterator<T> = {
    async next() {
      const r = await it.next();
      if (r.done || (await stillSignedIn(ctx))) return r;
      await it.return?.();
      return done();
    },
    return: async () => {
      await it.return?.();
      return done();
    },
    throw: (err?: unknown) => (it.throw ? it.throw(err) : Promise.reject(err)),
    [Symbol.asyncIterator]: () => wrapped,
  };
  return wrapped;
}

async function subscribe(ctx: AuthedContext, topic: string): Promise<AsyncIterable<unknown>> {
  if (!ctx.pubsub) throw new Error('subscriptions are not enabled');
  return whileSignedIn(ctx, await ctx.pubsub.subscribe(topic));
}

builder.subscriptionField('leadCaptured', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: LeadCapturedEventRef,
    description: 'A lead was captured in your business (chat, call, voicemail or API)',
    subscribe: (_root, _args, ctx) => subscribe(ctx, leadTopic(ctx.actor.businessId)) as Promise<AsyncIterable<LeadCapturedPayload>>,
    resolve: (payload) => payload,
  }),
);

builder.subscriptionField('conversationUpdated', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConversationUpdatedEventRef,
    description: 'A call started or ended, or a chat got a message, in your business',
    subscribe: (_root, _args, ctx) => subscribe(ctx, conversationTopic(ctx.actor.businessId)) as Promise<AsyncIterable<ConversationUpdatedPayload>>,
    resolve: (payload) => payload,
  }),
);
