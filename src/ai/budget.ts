import type { SessionStore } from '../sessions/index.js';

// Per-business daily token budget, kept in the session store (Redis when configured, so all
// instances share it). Counting is approximate under races (read-modify-write), which is fine
// for a spending guard: at worst one extra reply slips through.

export interface TokenBudget {
  /** True while the business may still spend tokens today. */
  allows(businessId: string): Promise<boolean>;
  spend(businessId: string, tokens: number): Promise<void>;
  used(businessId: string): Promise<number>;
}

export function createTokenBudget(opts: { sessions: SessionStore; dailyTokens: number; now: () => number }): TokenBudget {
  const store = opts.sessions.namespace<number>('ai-budget', 26 * 3600_000);
  const key = (businessId: string) => `${businessId}:${new Date(opts.now()).toISOString().slice(0, 10)}`;
  return {
    async allows(businessId) {
      if (opts.dailyTokens <= 0) return false;
      return ((await store.get(key(businessId))) ?? 0) < opts.dailyTokens;
    },
    async spend(businessId, tokens) {
      if (tokens <= 0) return;
      const k = key(businessId);
      await store.set(k, ((await store.get(k)) ?? 0) + tokens);
    },
    async used(businessId) {
      return (await store.get(key(businessId))) ?? 0;
    },
  };
}
