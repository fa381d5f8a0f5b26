import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.js';

// Conversations (chat sessions and calls) and their messages.

export type ConversationChannel = 'CHAT' | 'CALL';

export type ConversationStatus = 'ACTIVE' | 'ENDED' | 'FAILED' | 'MISSED';

export interface ConversationsTable {
  id: Generated<string>;
  business_id: string;
  channel: ConversationChannel;
  status: ColumnType<ConversationStatus, ConversationStatus | undefined, ConversationStatus>;
  session_id: string | null;
  call_sid: string | null;
  from_number: string | null;
  to_number: string | null;
  client_id: string | null;
  started_at: Timestamp;
  ended_at: Date | null;
  duration_seconds: number | null;
  summary: string | null;
  metadata: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MessagesTable {
  id: Generated<string>;
  business_id: string;
  conversation_id: string;
  role: 'user' | 'assistant' | 'system' | 'tool';
  content: string;
  metadata: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export type Conversation = Selectable<ConversationsTable>;
export type Message = Selectable<MessagesTable>;
