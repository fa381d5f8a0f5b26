import type { EventBus } from '../events.js';

// A per-business read cache for what every chat message and call turn reads about its business
// (the agent's business context: the business row, the agent settings, the lead questions).
// Without it a message re-reads three tables that change only when an owner edits settings.
//
// Freshness:
// - In this instance an edit is seen by the next message: every owner write publishes
//   `business.changed` (the GraphQL layer publishes it after any mutation of a business; see
//   src/http/graphql.ts), and this cache drops the business's entry on it.
// - Another instance's edit is seen within `ttlMs` (BUSINESS_CACHE_TTL, 5 s by default): the
//   event bus is in-process, so the bound across instances is the entry's age.
// - ttlMs 0 turns the cache off (every get loads).
// Entries are frozen (a consumer that mutated a shared context would leak one turn's state into
// the next visitor's), bounded in number, and a load that fails is not kept.

export interface BusinessCache<T> {
  /** The business's value, loaded at most once per `ttlMs` (concurrent gets share one load). */
  get(businessId: string): Promise<T | null>;
  /** Stops listening to the event bus. */
  close(): void;
}

export interface BusinessCacheDeps<T> {
  load: (businessId: string) => Promise<T | null>;
  ttlMs: number;
  events: EventBus;
  now: () => number;
  /** Entries kept at most (the oldest go first). */
  maxEntries?: number;
}

interface Entry<T> {
  value: Promise<T | null>;
  expiresAt: number;
}

export function createBusinessCache<T>(deps: BusinessCacheDeps<T>): BusinessCache<T> {
  const maxEntries = deps.maxEntries ?? 10_000;
  const entries = new Map<string, Entry<T>>();

  const stop = deps.events.subscribe((event) => {
    if (event.type === 'business.changed') entries.delete(event.businessId);
  });

  return {
    get(businessId) {
      if (deps.ttlMs <= 0) return deps.load(businessId);
      const now = deps.now();
      const hit = entries.get(businessId);
      if (hit && hit.expiresAt > now) return hit.value;
      if (hit) entries.delete(businessId);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      const entry: Entry<T> = {
        value: deps.load(businessId).then((v) => {
          // An unknown business is not kept (a new one must be found at once; ids are random).
          if (v === null && entries.get(businessId) === entry) entries.delete(businessId);
          return v === null ? null : deepFreeze(v);
        }),
        expiresAt: now + deps.ttlMs,
      };
      entry.value.catch(() => {
        if (entries.get(businessId) === entry) entries.delete(businessId);
      });
      entries.set(businessId, entry);
      return entry.value;
    },
    close: stop,
  };
}

function deepFreeze<V>(value: V): V {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || value instanceof Date) return value;
  Object.freeze(value);
  for (const v of Object.values(value as object)) deepFreeze(v);
  return value;
}
