import { decodeCursor, pageSize } from '../db/pagination.js';
import { getRecord, loadByIds } from '../db/records.js';
import { leadsByConversation } from '../leads/data.js';
import { listConversations, type TranscriptMessage } from '../conversations/data.js';
import { prefetchedOf } from '../db/prefetch.js';
import type { ConversationEdges } from '../leads/page-edges.js';
import { loadMessages } from './loaders.js';
import { DEFAULT_MESSAGES, MAX_MESSAGES } from './lead-edges.js';
import { badInput } from '../errors.js';
import { builder } from './builder.js';
import { connectionOf, pageArgs, withCursor } from './connection.js';
import { ConversationChannelEnum, ConversationStatusEnum } from './enums.js';
import { businessOf, ClientRef, ConversationRef, LeadRef } from './refs.js';

// Conversations (chats and calls) with their transcripts and leads.
// Nested edges go through per-request DataLoaders scoped to the caller's business: a page of
// records with their edges costs one query per edge kind, not per row.

const MessageRole = builder.enumType('MessageRole', { values: ['user', 'assistant', 'system', 'tool'] as const });

const MessageRef = builder.objectRef<TranscriptMessage>('Message').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.expose('role', { type: MessageRole }),
    content: t.exposeString('content'),
    createdAt: t.field({ type: 'DateTime', resolve: (m) => m.created_at }),
  }),
});

ConversationRef.implement({
  description: 'A chat session or a phone call',
  fields: (t) => ({
    id: t.exposeID('id'),
    channel: t.expose('channel', { type: ConversationChannelEnum }),
    status: t.expose('status', { type: ConversationStatusEnum }),
    fromNumber: t.exposeString('from_number', { nullable: true }),
    toNumber: t.exposeString('to_number', { nullable: true }),
    startedAt: t.field({ type: 'DateTime', resolve: (c) => c.started_at }),
    endedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.ended_at }),
    durationSeconds: t.exposeInt('duration_seconds', { nullable: true }),
    summary: t.exposeString('summary', { nullable: true }),
    client: t.loadable({
      type: ClientRef,
      nullable: true,
      load: (ids: string[], ctx) => loadByIds(ctx.deps.db, 'clients', businessOf(ctx), ids),
      resolve: (c) => c.client_id,
    }),
    messages: t.field({
      type: [MessageRef],
      description: 'The transcript, oldest first',
      args: { first: t.arg.int({ defaultValue: DEFAULT_MESSAGES, description: 'At most 500' }) },
      resolve: (c, args, ctx) => {
        const n = args.first ?? DEFAULT_MESSAGES;
        if (n < 1 || n > MAX_MESSAGES) throw badInput('messages(first) must be between 1 and 500');
        const read = prefetchedOf<ConversationEdges>(c)?.messages;
        return read && read.first === n ? read.rows : loadMessages(ctx, c.id, n);
      },
    }),
    leads: t.loadableGroup({
      type: LeadRef,
      load: (ids: string[], ctx) => leadsByConversation(ctx.deps.db, businessOf(ctx), ids),
      group: (l) => l.conversation_id!,
      resolve: (c) => c.id,
    }),
  }),
});

const ConversationConnection = connectionOf('Conversation', ConversationRef);

const ConversationFilterInput = builder.inputType('ConversationFilter', {
  fields: (t) => ({
    channel: t.field({ type: ConversationChannelEnum }),
    status: t.field({ type: ConversationStatusEnum }),
    startedAfter: t.field({ type: 'DateTime' }),
    startedBefore: t.field({ type: 'DateTime' }),
  }),
});

builder.queryField('conversations', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConversationConnection,
    args: { ...pageArgs(t), filter: t.arg({ type: ConversationFilterInput }) },
    resolve: async (_root, args, ctx) => {
      const page = await listConversations(ctx.deps.db, ctx.actor.businessId, args.filter ?? {}, pageSize(args.first as number | null), decodeCursor(args.after as string | null));
      return withCursor(page, (c) => c.started_at);
    },
  }),
);

builder.queryField('conversation', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ConversationRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => getRecord(ctx.deps.db, 'conversations', ctx.actor.businessId, String(args.id)),
  }),
);

