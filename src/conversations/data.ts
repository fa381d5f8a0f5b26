import { sql, type Kysely } from 'kysely';
import type { Conversation, ConversationChannel, ConversationStatus, Database, Message } from '../db/schema.js';
import { toPage, type Cursor, type Page } from '../db/pagination.js';
import { isUuid } from '../db/ids.js';

// Conversations (chats and calls) and their transcripts as the admin API reads them. Data
// functions take `db` first; every query is filtered by business_id.

type Db = Kysely<Database>;

export interface ConversationFilter {
  channel?: ConversationChannel | null;
  status?: ConversationStatus | null;
  startedAfter?: Date | null;
  startedBefore?: Date | null;
}

function conversationQuery(db: Db, businessId: string, f: ConversationFilter) {
  let q = db.selectFrom('conversations').where('business_id', '=', businessId);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.startedAfter) q = q.where('started_at', '>=', f.startedAfter);
  if (f.startedBefore) q = q.where('started_at', '<', f.startedBefore);
  return q;
}

export async function listConversations(db: Db, businessId: string, f: ConversationFilter, size: number, after?: Cursor): Promise<Page<Conversation>> {
  let q = conversationQuery(db, businessId, f).selectAll();
  if (after) q = q.where((eb) => eb.or([eb('started_at', '<', after.at), eb.and([eb('started_at', '=', after.at), eb('id', '<', after.id)])]));
  const rows = await q.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(size + 1).execute();
  return toPage(rows, size, (r) => r.started_at, async () => Number((await conversationQuery(db, businessId, f).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n));
}

/** A transcript line as the admin API shows it (no per-message metadata). */
export type TranscriptMessage = Pick<Message, 'id' | 'conversation_id' | 'role' | 'content' | 'created_at'>;

/**
 * The first `perConversation` messages of each conversation, in one query, oldest first. The
 * database sends one row per conversation with its lines as a JSON array (a page of 50
 * conversations: 50 fields to decode instead of 5 per message; the decoding is most of the
 * cost on PGlite, where the database's protocol runs in this thread).
 */
export async function messagesByConversation(db: Db, businessId: string, conversationIds: readonly string[], perConversation: number): Promise<TranscriptMessage[]> {
  const ids = [...new Set(conversationIds.filter(isUuid))];
  if (!ids.length) return [];
  const ranked = db
    .selectFrom('messages')
    .select(['id', 'conversation_id', 'role', 'content', 'created_at'])
    .select(sql<number>`row_number() over (partition by conversation_id order by created_at, id)`.as('rn'))
    .where('business_id', '=', businessId)
    .where('conversation_id', 'in', ids)
    .as('m');
  type Line = Omit<TranscriptMessage, 'created_at'> & { created_at: Date | string };
  const rows = await db
    .selectFrom(ranked)
    .select(sql<Line[]>`json_agg(json_build_object('id', m.id, 'conversation_id', m.conversation_id, 'role', m.role, 'content', m.content, 'created_at', m.created_at) order by m.created_at, m.id)`.as('lines'))
    .where('rn', '<=', perConversation)
    .groupBy('conversation_id')
    .execute();
  const out: TranscriptMessage[] = [];
  for (const { lines } of rows) {
    for (const line of lines) {
      // JSON carries the timestamp as ISO text (microseconds are cut to milliseconds, as the drivers do).
      line.created_at = new Date(line.created_at);
      out.push(line as TranscriptMessage);
    }
  }
  return out;
}

/**
 * A conversation's metadata with `patch` merged in by the database (jsonb `||`), for an UPDATE's
 * `set`: the call's end, its status callbacks and a transfer's outcome write the same row at the
 * same time, and a read-modify-write lost the others' keys on PostgreSQL (a transfer's outcome
 * overwritten by the status callback).
 */
export function mergedMetadata(patch: Record<string, unknown>) {
  return sql<Record<string, unknown>>`coalesce(metadata, '{}'::jsonb) || ${JSON.stringify(patch)}::jsonb`;
}
