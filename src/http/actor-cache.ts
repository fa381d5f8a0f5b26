import type { Actor } from '../auth/actor.js';
import type { EventBus } from '../events.js';

// Who a signed-in GraphQL caller is, cached per token: without it every admin API request reads
// the user and the business's plan (one statement of the two a leads page costs). Only JWTs are
// cached; an API key is resolved every time (its revocation and last-used time are per key).
//
// Freshness (what the actor depends on: the user's existence, role, token version and pending
// invitation, the business's plan):
// - In this instance a change is seen by the next request. Every GraphQL mutation by a member
//   publishes `business.changed` for the member's business (src/http/graphql.ts), and the
//   operator's setPlan publishes it for the business it changes: the business's entries go.
//   A mutation by a caller without a business (the operator, or an anonymous one such as
//   resetPassword, which raises the user's token version) drops every entry (`clear`), unless
//   its root fields are known to change no signed-in user (login, signUp, ...).
// - Another instance's change is seen within `ttlMs` (BUSINESS_CACHE_TTL, 5 s by default): the
//   event bus is in-process, so the bound across instances is the entry's age.
// - A token is never served past its own expiry, and a resolution that started before an
//   invalidation is not kept (it may have read the old rows).
// - ttlMs 0 turns the cache off. Unknown or refused credentials are never cached.

export interface ActorCache {
  /** The actor for an `Authorization` header value (undefined: anonymous or invalid). */
  get(authorization: string | undefined): Promise<Actor | undefined>;
  /** Drops every entry (a change whose business is not known). */
  clear(): void;
  /** Stops listening to the event bus. */
  close(): void;
}

export interface ActorCacheDeps {
  resolve: (authorization: string | undefined) => Promise<Actor | undefined>;
  ttlMs: number;
  events: EventBus;
  now: () => number;
  /** Entries kept at most (the oldest go first). */
  maxEntries?: number;
}

interface Entry {
  actor: Actor;
  businessId: string;
  expiresAt: number;
}

/** A bearer JWT (three base64url parts), the only credential kept. */
const JWT_HEADER = /^Bearer\s+[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/i;

export function createActorCache(deps: ActorCacheDeps): ActorCache {
  const maxEntries = deps.maxEntries ?? 10_000;
  const entries = new Map<string, Entry>();
  // Bumped by every invalidation (of any business: they are rare): a resolution that saw
  // another generation at its end is not kept.
  let generation = 0;

  const drop = (businessId: string) => {
    generation++;
    for (const [key, entry] of entries) if (entry.businessId === businessId) entries.delete(key);
  };
  const stop = deps.events.subscribe((event) => {
    if (event.type === 'business.changed') drop(event.businessId);
  });

  return {
    async get(authorization) {
      if (deps.ttlMs <= 0 || !authorization || !JWT_HEADER.test(authorization)) return deps.resolve(authorization);
      const key = authorization.trim();
      const now = deps.now();
      const hit = entries.get(key);
      if (hit) {
        if (hit.expiresAt > now && (hit.actor.expiresAt === undefined || hit.actor.expiresAt > now)) return hit.actor;
        entries.delete(key);
      }
      const startedAt = generation;
      const actor = await deps.resolve(authorization);
      if (!actor) return actor;
      if (generation !== startedAt) return actor;
      const frozen = Object.freeze({ ...actor });
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { actor: frozen, businessId: frozen.businessId, expiresAt: now + deps.ttlMs });
      return frozen;
    },
    clear() {
      generation++;
      entries.clear();
    },
    close: stop,
  };
}
