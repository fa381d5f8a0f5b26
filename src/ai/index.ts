import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { SessionStore } from '../sessions/index.js';
import { createTokenBudget, type TokenBudget } from './budget.js';
import { createLocalEmbedder } from './local-embedder.js';
import { createOpenAiChat, createOpenAiClient, createOpenAiEmbedder } from './openai-provider.js';
import type { AiProviders } from './types.js';

export * from './types.js';
export { LOCAL_EMBEDDING_MODEL, EMBEDDING_DIMENSIONS, localEmbedding } from './local-embedder.js';

/** OpenAI when OPENAI_API_KEY is set, otherwise the local provider (no key, no network). */
export function createAiProviders(opts: {
  config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_CHAT_MODEL' | 'OPENAI_EMBEDDING_MODEL' | 'OPENAI_DAILY_TOKEN_BUDGET'> & Partial<Pick<Config, 'NODE_ENV'>>;
  sessions: SessionStore;
  now: () => number;
  timeoutMs?: number;
  maxRetries?: number;
}): AiProviders & { budget: TokenBudget } {
  const budget = createTokenBudget({ sessions: opts.sessions, dailyTokens: opts.config.OPENAI_DAILY_TOKEN_BUDGET, now: opts.now });
  const key = opts.config.OPENAI_API_KEY;
  // Outside production, chunk vectors are kept on disk per machine (tests, the eval and the
  // benches embed the same documents again and again); a production server embeds each once.
  const cacheDir = opts.config.NODE_ENV === 'production' ? null : join(tmpdir(), 'smb-sentence-vectors');
  if (!key) return { kind: 'local', embedder: createLocalEmbedder({ cacheDir }), chat: null, budget };
  const client = createOpenAiClient({ apiKey: key, baseURL: opts.config.OPENAI_BASE_URL, timeoutMs: opts.timeoutMs, maxRetries: opts.maxRetries });
  return {
    kind: 'openai',
    embedder: createOpenAiEmbedder(client, opts.config.OPENAI_EMBEDDING_MODEL, budget),
    chat: createOpenAiChat(client, { chatModel: opts.config.OPENAI_CHAT_MODEL, budget }),
    budget,
  };
}
