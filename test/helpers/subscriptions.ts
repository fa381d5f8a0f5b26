import type { FastifyInstance } from 'fastify';
import { until } from './common.js';

interface MercuriusPubSub {
  subscribe(topic: string, ...rest: unknown[]): Promise<void>;
  emitter: { removeListener(...args: unknown[]): unknown };
}

/**
 * Watches the GraphQL subscriptions the app attaches to its pubsub. The server attaches a
 * subscription asynchronously after the `subscribe` frame (auth, limits, with Redis a
 * SUBSCRIBE round trip), so an event published "a moment later" may be missed on a loaded
 * machine. A test waits for the attachment instead of sleeping:
 *
 *   const attached = subs.attached(1);
 *   ws.send(subscribe frame);
 *   await attached;
 *
 * `attached(n)` and `detached(n)` count from the moment they are called, and fail after
 * `timeoutMs` (a subscription the server refused never attaches).
 */
export function watchSubscriptions(app: FastifyInstance, timeoutMs = 5000) {
  const pubsub = (app as unknown as { graphql: { pubsub: MercuriusPubSub } }).graphql.pubsub;
  let attachedCount = 0;
  let detachedCount = 0;
  const subscribe = pubsub.subscribe.bind(pubsub);
  pubsub.subscribe = async (...args) => {
    await subscribe(...args);
    attachedCount++;
  };
  const emitter = pubsub.emitter;
  const removeListener = emitter.removeListener.bind(emitter);
  emitter.removeListener = (...args) => {
    detachedCount++;
    return removeListener(...args);
  };
  const waitFor = (count: () => number, n: number, what: string) => {
    const target = count() + n;
    return until(() => count() >= target, timeoutMs, `${n} subscription(s) ${what}`);
  };
  return {
    attached: (n = 1) => waitFor(() => attachedCount, n, 'attached'),
    detached: (n = 1) => waitFor(() => detachedCount, n, 'detached'),
    live: () => attachedCount - detachedCount,
  };
}
