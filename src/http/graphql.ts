import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import mqemitterRedis from 'mqemitter-redis';
import { NoSchemaIntrospectionCustomRule, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Actor } from '../auth/actor.js';
import type { GraphQLContext } from '../graphql/context.js';
import { formatExecution } from '../graphql/errors.js';
import { aliasLimitRule, costLimitRule, depthLimitRule, MAX_ALIASES, MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../graphql/limits.js';
import { buildSchema } from '../graphql/schema.js';
import { bridgeEventsToPubSub } from '../graphql/pubsub.js';
import { graphiqlRoutes } from './graphiql.js';

// Serves the admin GraphQL API at POST /graphql (GraphiQL at /graphiql outside production)
// and its subscriptions over WebSocket on the same path.

const sha = (s: string): Buffer => createHash('sha256').update(s).digest();

/** True when the header carries the platform operator's token (compared in constant time). */
export function isPlatformAdmin(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header) return false;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) return false;
  return timingSafeEqual(sha(m[1]!), sha(token));
}

async function graphqlPlugin(app: FastifyInstance): Promise<void> {
  const { deps, services } = app;
  const { config } = deps;
  const production = config.NODE_ENV === 'production';

  const emitter = config.REDIS_URL
    ? new (mqemitterRedis as unknown as new (opts: Record<string, unknown>) => { close(cb: () => void): void })({
        connectionString: config.REDIS_URL,
        // Do not block start-up or requests when Redis is down: ioredis reconnects by itself.
        lazyConnect: false,
        maxRetriesPerRequest: 1,
      })
    : undefined;

  async function contextFor(authorization: string | undefined, ip: string): Promise<GraphQLContext> {
    const platformAdmin = isPlatformAdmin(authorization, config.PLATFORM_ADMIN_TOKEN);
    const actor: Actor | undefined = platformAdmin ? undefined : await deps.auth.actorFromAuthorization(authorization);
    return { actor, platformAdmin, deps, services, ip };
  }

  await app.register(mercurius, {
    schema: buildSchema(),
    path: '/graphql',
    // GraphiQL is served from local files by graphiqlRoutes (mercurius' own page loads a CDN).
    graphiql: false,
    // Scope-auth's type scopes and the JIT do not mix (STACK.md).
    jit: 0,
    // The parse/validate cache is keyed by the query text only, but the cost budget depends on
    // variables (page sizes): validate every request.
    cache: false,
    allowBatchedQueries: false,
    // Our own depth rule (below) answers HTTP queries with a coded error; this one also covers
    // subscription documents, which skip custom validation rules.
    queryDepth: MAX_QUERY_DEPTH,
    context: (request: FastifyRequest) => contextFor(request.headers.authorization, request.ip),
    validationRules: ({ variables }: { variables?: Record<string, unknown> }) => [
      depthLimitRule(MAX_QUERY_DEPTH),
      aliasLimitRule(MAX_ALIASES),
      costLimitRule(MAX_QUERY_COST, variables ?? {}),
      ...(production ? [NoSchemaIntrospectionCustomRule] : []),
    ],
    errorFormatter: (execution: ExecutionResult & { errors: readonly GraphQLError[] }) => formatExecution(execution, deps.logger),
    subscription: {
      ...(emitter ? { emitter } : {}),
      keepAlive: 30_000,
      context: (_socket: unknown, request: FastifyRequest) => ({ deps, services, ip: request.ip, platformAdmin: false }),
      // Authenticated on connection_init: { authorization: 'Bearer ...' } (or headers.authorization).
      onConnect: async ({ payload }: { payload?: Record<string, unknown> }) => {
        const headers = (payload?.headers as Record<string, unknown> | undefined) ?? payload ?? {};
        const authorization = headers.authorization ?? headers.Authorization;
        const actor = typeof authorization === 'string' ? await deps.auth.actorFromAuthorization(authorization) : undefined;
        return actor ? { actor } : false;
      },
    },
  } as Parameters<typeof mercurius>[1]);

  if (!production) await app.register(graphiqlRoutes);

  const stopBridge = bridgeEventsToPubSub(deps.events, app.graphql.pubsub);
  app.addHook('onClose', async () => {
    stopBridge();
    if (emitter) await new Promise<void>((resolve) => emitter.close(() => resolve()));
  });
}

export const graphqlRoutes = fp(graphqlPlugin, { name: 'graphql' });
