import { sql, type AliasedRawBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Client, Conversation, Database, Lead } from '../db/schema.js';
import type { TranscriptMessage } from '../conversations/data.js';
import type { ProjectView } from '../projects/data.js';
import { reviveJsonRow, withPrefetched } from '../db/prefetch.js';

// The leads page's edges read in the leads' own statement: each lead row carries its
// conversation (with its first transcript lines) and its client (with the client's projects)
// as JSON objects built by the database. One statement and one decoded field per edge instead
// of one statement per edge kind and one field per column and row (on PGlite the decoding of
// every field runs in this thread and was most of the page's cost). Every subquery is filtered
// by the caller's business: a lead pointing at another business's row gets null, as a
// separate read would.

/** Which edges of a lead to read along with it, and which of their columns. */
export interface LeadEdgesPlan {
  conversation?: { columns: ReadonlyArray<keyof Conversation>; messages?: number };
  client?: { columns: ReadonlyArray<keyof Client>; projects?: ReadonlyArray<keyof ProjectView> };
}

/** What a conversation read with its lead carries: its first `first` transcript lines. */
export interface ConversationEdges {
  messages?: { first: number; rows: TranscriptMessage[] };
}

/** What a client read with its lead carries: its projects, newest first. */
export interface ClientEdges {
  projects?: ProjectView[];
}

/** What a lead read with its edges carries (null: the lead points at no such row of the business). */
export interface LeadEdges {
  conversation?: Conversation | null;
  client?: Client | null;
}

const LEAD_TIMES = ['acknowledged_at', 'created_at', 'updated_at'];
const CONVERSATION_TIMES = ['started_at', 'ended_at', 'created_at', 'updated_at'];
const CLIENT_TIMES = ['created_at', 'updated_at'];
const PROJECT_TIMES = ['last_synced_at', 'created_at', 'updated_at'];
const MESSAGE_TIMES = ['created_at'];

const MESSAGE_COLUMNS = ['id', 'conversation_id', 'role', 'content', 'created_at'] as const;

/**
 * json_build_object('col', alias.col, ...) over these columns, plus extra key/value pairs. The
 * `times` among them (timestamptz) go as whole milliseconds since the epoch (floored, as a
 * Date parsed from the text would be): a number is decoded and made a Date without parsing
 * text, and the database does not format it (reviveJsonRow takes both forms).
 */
function objectOf(alias: string, columns: readonly string[], times: readonly string[], extra: RawBuilder<unknown>[] = []): RawBuilder<unknown> {
  const pairs = columns.map((c) => (times.includes(c) ? sql`${sql.lit(c)}, floor(extract(epoch from ${sql.ref(`${alias}.${c}`)}) * 1000)` : sql`${sql.lit(c)}, ${sql.ref(`${alias}.${c}`)}`));
  return sql`json_build_object(${sql.join([...pairs, ...extra])})`;
}

/** The extra columns of the leads statement that read the planned edges (`_conversation`, `_client`). */
export function leadEdgeSelections(businessId: string, plan: LeadEdgesPlan): AliasedRawBuilder<unknown, string>[] {
  const out: AliasedRawBuilder<unknown, string>[] = [];
  const c = plan.conversation;
  if (c) {
    const extra: RawBuilder<unknown>[] = [];
    if (c.messages !== undefined) {
      const lines = sql`(select ${sql.join(MESSAGE_COLUMNS.map((col) => sql.ref(col)))} from messages where business_id = ${businessId} and conversation_id = ec.id order by created_at, id limit ${c.messages})`;
      extra.push(sql`'_messages', coalesce((select json_agg(${objectOf('em', MESSAGE_COLUMNS, MESSAGE_TIMES)} order by em.created_at, em.id) from ${lines} as em), '[]'::json)`);
    }
    const columns = [...new Set<string>([...c.columns, 'id'])];
    out.push(sql`(select ${objectOf('ec', columns, CONVERSATION_TIMES, extra)} from conversations as ec where ec.id = leads.conversation_id and ec.business_id = ${businessId})`.as('_conversation'));
  }
  const k = plan.client;
  if (k) {
    const extra: RawBuilder<unknown>[] = [];
    if (k.projects) {
      const cols = [...new Set<string>([...k.projects, 'id', 'client_id', 'created_at'])];
      extra.push(sql`'_projects', coalesce((select json_agg(${objectOf('ep', cols, PROJECT_TIMES)} order by ep.created_at desc, ep.id desc) from projects as ep where ep.business_id = ${businessId} and ep.client_id = ek.id), '[]'::json)`);
    }
    const columns = [...new Set<string>([...k.columns, 'id'])];
    out.push(sql`(select ${objectOf('ek', columns, CLIENT_TIMES, extra)} from clients as ek where ek.id = leads.client_id and ek.business_id = ${businessId})`.as('_client'));
  }
  return out;
}

type JsonRow = Record<string, unknown>;

/**
 * Takes a JSON edge (and its nested list) off a row: the key is left undefined rather than
 * deleted (a delete turns the object into a dictionary, slower for every later field read and
 * for the garbage collector; undefined never reaches a JSON answer).
 */
function takeEdge(row: Record<string, unknown>, key: string, listKey: string): [JsonRow | null, JsonRow[] | undefined] {
  const raw = (row[key] ?? null) as JsonRow | null;
  row[key] = undefined;
  if (!raw) return [null, undefined];
  const list = raw[listKey] as JsonRow[] | undefined;
  raw[listKey] = undefined;
  return [raw, list];
}

/** Moves the JSON edges of a lead row (read with leadEdgeSelections) onto the row as its prefetched edges. */
export function attachLeadEdges(row: Lead & { _conversation?: JsonRow | null; _client?: JsonRow | null }, plan: LeadEdgesPlan): Lead {
  const edges: LeadEdges = {};
  if (plan.conversation) {
    const [raw, lines] = takeEdge(row, '_conversation', '_messages');
    const first = plan.conversation.messages;
    const conversation = raw && reviveJsonRow<Conversation>(raw, CONVERSATION_TIMES);
    edges.conversation = conversation && lines && first !== undefined ? withPrefetched<Conversation, ConversationEdges>(conversation, { messages: { first, rows: lines.map((l) => reviveJsonRow<TranscriptMessage>(l, MESSAGE_TIMES)) } }) : conversation;
  }
  if (plan.client) {
    const [raw, projects] = takeEdge(row, '_client', '_projects');
    const client = raw && reviveJsonRow<Client>(raw, CLIENT_TIMES);
    edges.client = client && projects ? withPrefetched<Client, ClientEdges>(client, { projects: projects.map((p) => reviveJsonRow<ProjectView>(p, PROJECT_TIMES, ['due_date'])) }) : client;
  }
  return withPrefetched(row, edges);
}

/**
 * Runs the leads statement (`rows`: ordered newest first, limited, with leadEdgeSelections) as
 * one JSON array built by the database, and returns its rows with their edges attached. One
 * field to decode instead of one per column and row: on PGlite the decoding of every field runs
 * in this thread (measured alone: 6.7-8.3 -> 5.9-6.9 ms for the 50-lead page's statement). The
 * aggregate keeps the statement's order (listLeads': created_at, then id, both descending);
 * the lead's timestamps come as ISO text, made Dates as the drivers make them (milliseconds floored).
 */
export async function readLeadsWithEdges(db: Kysely<Database>, rows: SelectQueryBuilder<Database, 'leads', Partial<Lead>>, plan: LeadEdgesPlan): Promise<Lead[]> {
  const { page } = await db
    .selectFrom(rows.as('t'))
    .select(sql<JsonRow[]>`coalesce(json_agg(t order by t.created_at desc, t.id desc), '[]'::json)`.as('page'))
    .executeTakeFirstOrThrow();
  return page.map((row) => attachLeadEdges(reviveJsonRow<Lead>(row, LEAD_TIMES), plan));
}
