import { createRequire } from 'node:module';
import type OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import type { TokenBudget } from './budget.js';
import { BudgetExceededError, type ChatMessage, type ChatModel, type Embedder } from './types.js';
import { EMBEDDING_DIMENSIONS } from './local-embedder.js';

// OpenAI (or any OpenAI-compatible server via OPENAI_BASE_URL) through the official SDK. The SDK
// retries 429 and 5xx with exponential backoff (honouring Retry-After); we bound the timeout so
// a slow model degrades to the local brain instead of hanging a visitor's chat.

export interface OpenAiOptions {
  apiKey: string;
  baseURL?: string;
  chatModel: string;
  embeddingModel: string;
  budget: TokenBudget;
  timeoutMs?: number;
  maxRetries?: number;
}

// The SDK (~240 modules, ~0.15 s of CPU to load) is loaded when a client is made: a server on the
// local provider (no OPENAI_API_KEY, the embedded default) never needs it.
const require = createRequire(import.meta.url);

export function createOpenAiClient(opts: Pick<OpenAiOptions, 'apiKey' | 'baseURL' | 'timeoutMs' | 'maxRetries'>): OpenAI {
  const { OpenAI: Client } = require('openai') as typeof import('openai');
  return new Client({
    apiKey: opts.apiKey,
    baseURL: opts.baseURL,
    // A visitor is waiting: 10 s per attempt and 2 retries, then the local brain answers.
    timeout: opts.timeoutMs ?? 10_000,
    maxRetries: opts.maxRetries ?? 2,
  });
}

function toWire(m: ChatMessage): ChatCompletionMessageParam {
  switch (m.role) {
    case 'tool':
      return { role: 'tool', tool_call_id: m.toolCallId, content: m.content };
    case 'assistant':
      return m.toolCalls?.length
        ? {
            role: 'assistant',
            content: m.content,
            tool_calls: m.toolCalls.map((c) => ({ id: c.id, type: 'function' as const, function: { name: c.name, arguments: c.arguments } })),
          }
        : { role: 'assistant', content: m.content ?? '' };
    default:
      return m;
  }
}

export function createOpenAiChat(client: OpenAI, opts: Pick<OpenAiOptions, 'chatModel' | 'budget'>): ChatModel {
  return {
    model: opts.chatModel,
    async chat(req) {
      if (!(await opts.budget.allows(req.businessId))) throw new BudgetExceededError(req.businessId);
      const tools: ChatCompletionTool[] | undefined = req.tools?.map((t) => ({
        type: 'function',
        function: { name: t.name, description: t.description, parameters: t.parameters },
      }));
      const res = await client.chat.completions.create({
        model: opts.chatModel,
        messages: req.messages.map(toWire),
        ...(tools?.length ? { tools, tool_choice: 'auto' as const } : {}),
        ...(req.json ? { response_format: { type: 'json_object' as const } } : {}),
        max_completion_tokens: req.maxTokens ?? 400,
        temperature: 0.2,
      });
      const total = res.usage?.total_tokens ?? 0;
      await opts.budget.spend(req.businessId, total);
      const msg = res.choices[0]?.message;
      const toolCalls = (msg?.tool_calls ?? [])
        .filter((c) => c.type === 'function')
        .map((c) => ({ id: c.id, name: (c as { function: { name: string } }).function.name, arguments: (c as { function: { arguments: string } }).function.arguments }));
      return { content: msg?.content ?? null, toolCalls, totalTokens: total };
    },
  };
}

/**
 * Embeddings are paid tokens too: with a budget and a businessId, each batch is refused once
 * the business's daily budget is spent (BudgetExceededError: ingestion marks the item FAILED,
 * search falls back to full text) and its usage is counted after.
 */
export function createOpenAiEmbedder(client: OpenAI, model: string, budget?: TokenBudget): Embedder {
  return {
    // The stored model name carries the dimension so a change of either triggers re-embedding.
    model: `${model}@${EMBEDDING_DIMENSIONS}`,
    async embed(texts, opts) {
      if (texts.length === 0) return [];
      const businessId = opts?.businessId;
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += 64) {
        const batch = texts.slice(i, i + 64).map((t) => t.slice(0, 8000) || ' ');
        if (budget && businessId && !(await budget.allows(businessId))) throw new BudgetExceededError(businessId);
        const res = await client.embeddings.create({ model, input: batch, dimensions: EMBEDDING_DIMENSIONS, encoding_format: 'float' });
        if (budget && businessId) await budget.spend(businessId, res.usage?.total_tokens ?? res.usage?.prompt_tokens ?? 0);
        const sorted = [...res.data].sort((a, b) => a.index - b.index);
        for (const d of sorted) {
          if (d.embedding.length !== EMBEDDING_DIMENSIONS) throw new Error(`embedding has ${d.embedding.length} dimensions, expected ${EMBEDDING_DIMENSIONS}`);
          out.push(d.embedding);
        }
      }
      return out;
    },
  };
}
