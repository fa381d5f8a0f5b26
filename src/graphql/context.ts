import type { Actor } from '../auth/actor.js';
import type { CoreDeps } from '../deps.js';
import type { Services } from '../services.js';

/**
 * The per-request GraphQL context, built once per HTTP request (src/http/graphql.ts) or once
 * per WebSocket connection for subscriptions. Resolvers read the caller from `actor` and reach
 * the database and services through `deps` / `services`; nothing is module-level.
 *
 * DataLoaders (@pothos/plugin-dataloader) are cached per context object by the plugin itself,
 * so a loader never outlives one request and never mixes tenants.
 */
export interface GraphQLContext {
  /** Undefined for anonymous callers (signUp, login) and the platform operator. */
  actor?: Actor;
  /** True when the request carried `Authorization: Bearer <PLATFORM_ADMIN_TOKEN>`. */
  platformAdmin: boolean;
  deps: CoreDeps;
  services: Services;
  /** Client address, for rate limits (signUp, login). */
  ip: string;
  /** Mercurius adds its pubsub to the context; subscriptions use it. */
  pubsub?: { subscribe(topic: string | string[]): Promise<AsyncIterable<unknown>> };
  /** WebSocket connections only: shared by every subscription of the socket (per-socket caps). */
  socket?: { subscriptions: number };
}

/** The context inside a field guarded by any scope that implies a signed-in caller. */
export type AuthedContext = GraphQLContext & { actor: Actor };
