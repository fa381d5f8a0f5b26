// One interface for model providers. The agent asks for chat-with-tools, embeddings and small
// "judge" calls; OpenAI (or any compatible server) implements them, and when no key is set or
// a business's daily budget is spent, callers get `null`/throw BudgetExceeded and the local,
// deterministic brain answers instead.

export interface ToolCall {
  id: string;
  name: string;
  /** JSON text exactly as the model produced it; parse defensively. */
  arguments: string;
}

export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

export interface ToolDefinition {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface ChatRequest {
  businessId: string;
  messages: ChatMessage[];
  tools?: ToolDefinition[];
  /** Ask for a JSON object reply (judge calls). */
  json?: boolean;
  maxTokens?: number;
}

export interface ChatResult {
  content: string | null;
  toolCalls: ToolCall[];
  totalTokens: number;
}

export interface ChatModel {
  readonly model: string;
  chat(request: ChatRequest): Promise<ChatResult>;
}

/** A knowledge chunk as the embedder sees it: its item's title, its section heading, its text. */
export interface EmbedSection {
  title: string;
  heading: string;
  content: string;
}

export interface Embedder {
  readonly model: string;
  /** With a businessId, a metered provider counts the tokens in that business's daily budget. */
  embed(texts: string[], opts?: { businessId?: string }): Promise<number[][]>;
  /**
   * Knowledge chunks with their fields apart, for an embedder that weighs them separately (the
   * local one); without it, each chunk is embedded as "title\nheading\ntext" through embed().
   */
  embedSections?(sections: EmbedSection[], opts?: { businessId?: string }): Promise<number[][]>;
  /**
   * How much of a question each chunk label ("title heading") covers, 0..1, word by word: the
   * search re-ranks its candidates with it (the local embedder, whose vectors are a mean of words).
   */
  labelCoverage?(question: string, labels: string[]): number[];
}

export interface AiProviders {
  kind: 'openai' | 'local';
  embedder: Embedder;
  /** null when no model is configured: the local brain does all the talking. */
  chat: ChatModel | null;
}

/** The business spent its daily token budget; the local provider answers until tomorrow (UTC). */
export class BudgetExceededError extends Error {
  constructor(readonly businessId: string) {
    super('daily AI token budget exhausted');
    this.name = 'BudgetExceededError';
  }
}
