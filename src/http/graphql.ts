import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { EventEmitter } from 'node:events';
import { Transform } from 'node:stream';
import { errorCodes, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import { MAX_UPLOAD_BASE64 } from '../knowledge/file-text.js';
import type { WebSocket } from 'ws';
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import { Kind, NoSchemaIntrospectionCustomRule, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Actor } from '../auth/actor.js';
import type { GraphQLContext } from '../graphql/context.js';
import { formatExecution } from '../graphql/errors.js';
import { aliasLimitRule, createCostCheck, depthLimitRule, MAX_ALIASES, MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../graphql/limits.js';
import { buildSchema } from '../graphql/schema.js';
import { bridgeEventsToPubSub } from '../graphql/pubsub.js';
import { graphiqlRoutes } from './graphiql.js';
import { createActorCache } from './actor-cache.js';

// Serves the admin GraphQL API at POST /graphql (GraphiQL at /graphiql outside production)
// and its subscriptions over WebSocket on the same path.

/** Anonymous mutations that change no existing user's access (a sign-in stamps its time; a sign-up makes a new business). */
const ACTORS_UNCHANGED_BY = new Set(['login', 'signUp', 'requestPasswordReset']);

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

  // Loaded only when Redis is configured. The two connections are made here: ioredis 5.8.2+ may send
  // its client-info handshake after the emitter's first SUBSCRIBE, which the server refuses in
  // subscriber mode ("Connection in subscriber mode, only subscriber commands may be used", an
  // unhandled rejection; ioredis#2037, seen in test/graphql/live under load), so they skip it; and
  // mqemitter-redis hands ioredis only the URL, so options given to it were never used.
  const emitter = config.REDIS_URL ? await redisEmitter(config.REDIS_URL, app.log) : undefined;

  // The signed-in caller per token (./actor-cache.ts): dropped by business.changed and by the
  // mutations below; other instances' changes within BUSINESS_CACHE_TTL.
  const actors = createActorCache({ resolve: (authorization) => deps.auth.actorFromAuthorization(authorization), ttlMs: config.BUSINESS_CACHE_TTL, events: deps.events, now: deps.now });

  async function contextFor(authorization: string | undefined, ip: string): Promise<GraphQLContext> {
    const platformAdmin = isPlatformAdmin(authorization, config.PLATFORM_ADMIN_TOKEN);
    const actor: Actor | undefined = platformAdmin ? undefined : await actors.get(authorization);
    return { actor, platformAdmin, deps, services, ip };
  }

  // Knowledge uploads carry a file (base64) in the body: a signed-in caller may send up to the
  // upload size, anyone else keeps BODY_LIMIT (checked before the body is read or parsed).
  const uploadBodyLimit = Math.max(config.BODY_LIMIT, MAX_UPLOAD_BASE64 + 64 * 1024);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.url === '/graphql' && methods.includes('POST')) route.bodyLimit = uploadBodyLimit;
  });
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/graphql') return payload;
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared <= config.BODY_LIMIT) return payload;
    if (await actors.get(request.headers.authorization)) return payload;
    if (Number.isFinite(declared)) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
    return capStream(payload, config.BODY_LIMIT);
  });
  const schema = buildSchema();
  const costErrors = createCostCheck(schema, MAX_QUERY_COST);

  await app.register(mercurius, {
    schema,
    path: '/graphql',
    // GraphiQL is served from local files by graphiqlRoutes (mercurius' own page loads a CDN).
    graphiql: false,
    // graphql-jit compiles a document on its second use (measured: server CPU per leads page
    // 16.5 -> 9.7 ms on PostgreSQL); the GraphQL, plan-gate and console tests pass with it.
    jit: 1,
    // Parsed and validated documents are cached by query text (LRU). Every rule below depends on
    // the document only; the cost budget, which also depends on variables (page sizes), is
    // checked per request in the preExecution hook, from a per-document cache.
    cache: 1024,
    allowBatchedQueries: false,
    // Our own depth rule (below) answers HTTP queries with a coded error; this one also covers
    // subscription documents, which skip custom validation rules.
    queryDepth: MAX_QUERY_DEPTH,
    context: (request: FastifyRequest) => contextFor(request.headers.authorization, request.ip),
    validationRules: [depthLimitRule(MAX_QUERY_DEPTH), aliasLimitRule(MAX_ALIASES), ...(production ? [NoSchemaIntrospectionCustomRule] : [])],
    errorFormatter: (execution: ExecutionResult & { errors: readonly GraphQLError[] }) => formatExecution(execution, deps.logger, { hideSuggestions: production }),
    subscription: {
      ...(emitter ? { emitter } : {}),
      keepAlive: 30_000,
      // `socket` is one object per connection, shared by its subscriptions (per-socket cap).
      context: (_socket: unknown, request: FastifyRequest) => ({ deps, services, ip: request.ip, platformAdmin: false, socket: { subscriptions: 0 } }),
      // Authenticated on connection_init: { authorization: 'Bearer ...' } (or headers.authorization).
      onConnect: async ({ payload }: { payload?: Record<string, unknown> }) => {
        const headers = (payload?.headers as Record<string, unknown> | undefined) ?? payload ?? {};
        const authorization = headers.authorization ?? headers.Authorization;
        const actor = typeof authorization === 'string' ? await deps.auth.actorFromAuthorization(authorization) : undefined;
        return actor ? { actor } : false;
      },
    },
  } as Parameters<typeof mercurius>[1]);

  // The cost budget, before any resolver runs: refused like a validation error (400, no data).
  // A mutation by a business's member may change what its chats and calls read (profile, plan,
  // agent, questions, numbers): once it has run, `business.changed` drops the business from the
  // caches (src/business/cache.ts), before the answer goes out, so the next message sees it.
  // A mutation by a caller without a business (the operator, or anonymous: resetPassword raises
  // a user's token version) drops every cached actor, unless it only asks for root fields that
  // change no signed-in user's access.
  const mutating = new WeakMap<object, { actorsUnchanged: boolean }>();
  app.graphql.addHook('preExecution', async (_schema, document, context, variables) => {
    const errors = costErrors(document, variables as Record<string, unknown> | undefined);
    if (errors.length > 0) throw Object.assign(new Error('Graphql validation error'), { code: 'MER_ERR_GQL_VALIDATION', statusCode: 400, errors });
    const mutations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
    if (mutations.length > 0) {
      const actorsUnchanged = mutations.every((m) => m.kind === Kind.OPERATION_DEFINITION && m.selectionSet.selections.every((f) => f.kind === Kind.FIELD && ACTORS_UNCHANGED_BY.has(f.name.value)));
      mutating.set(context, { actorsUnchanged });
    }
  });
  app.graphql.addHook('onResolution', async (_execution, context) => {
    const mutation = mutating.get(context);
    if (!mutation) return;
    const businessId = (context as unknown as GraphQLContext).actor?.businessId;
    if (businessId) deps.events.publish({ type: 'business.changed', businessId });
    else if (!mutation.actorsUnchanged) actors.clear();
  });

  if (!production) await app.register(graphiqlRoutes);
  // A body whose query is not a string reaches graphql-js as a TypeError (INTERNAL): refuse it
  // as the client's mistake it is.
  app.addHook('preValidation', async (request, reply) => {
    if (request.method !== 'POST' || request.url.split('?')[0] !== '/graphql') return;
    const body = request.body as { query?: unknown; variables?: unknown } | null | undefined;
    const query = body && typeof body === 'object' ? body.query : undefined;
    const variables = body && typeof body === 'object' ? body.variables : undefined;
    const badQuery = query !== undefined && typeof query !== 'string';
    const badVariables = variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables));
    if (badQuery || badVariables) {
      return reply.status(400).send({ data: null, errors: [{ message: badQuery ? 'query must be a string' : 'variables must be an object', extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });

  guardGraphqlSockets(app, config.MAX_WEBSOCKET_CONNECTIONS, config.WEBSOCKET_INIT_TIMEOUT);

  const stopBridge = bridgeEventsToPubSub(deps.events, app.graphql.pubsub);
  app.addHook('onClose', async () => {
    stopBridge();
    actors.close();
    if (emitter) await new Promise<void>((resolve) => emitter.close(() => resolve()));
  });
}

/**
 * GraphQL WebSockets are anonymous until connection_init: each one counts against
 * MAX_WEBSOCKET_CONNECTIONS (all sockets of this instance, calls included) and must send
 * connection_init within `initTimeoutMs`, or it is closed with 4408 (graphql-ws).
 */
function guardGraphqlSockets(app: FastifyInstance, maxSockets: number, initTimeoutMs: number): void {
  const isGraphqlPath = (url: string | undefined) => (url ?? '').split('?')[0]!.replace(/\/+$/, '') === '/graphql';
  app.addHook('onRequest', async (request, reply) => {
    if (!(request as FastifyRequest & { ws?: boolean }).ws || !isGraphqlPath(request.url)) return;
    if (app.websocketServer.clients.size >= maxSockets) {
      reply.header('retry-after', '5');
      return reply.status(503).send({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Too many open connections; retry shortly' } });
    }
  });
  app.websocketServer.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    if (!isGraphqlPath(request.url)) return;
    const timer = setTimeout(() => socket.close(4408, 'Connection initialisation timeout'), initTimeoutMs);
    timer.unref();
    const onMessage = (raw: Buffer) => {
      let type: unknown;
      try {
        type = (JSON.parse(raw.toString()) as { type?: unknown }).type;
      } catch {
        return;
      }
      if (type === 'connection_init') {
        clearTimeout(timer);
        socket.off('message', onMessage);
      }
    };
    socket.on('message', onMessage);
    socket.once('close', () => clearTimeout(timer));
  });
}

/** A chunked body without a length, cut off with 413 once it passes `max` bytes. */
function capStream(payload: NodeJS.ReadableStream, max: number): NodeJS.ReadableStream {
  let seen = 0;
  return payload.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        seen += chunk.length;
        done(seen > max ? new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE() : null, chunk);
      },
    }),
  );
}

export const graphqlRoutes = fp(graphqlPlugin, { name: 'graphql' });

/** The GraphQL subscriptions' emitter across instances, over two Redis connections (see above). */
async function redisEmitter(url: string, log: Pick<FastifyBaseLogger, 'warn'>): Promise<{ close(cb: () => void): void }> {
  const [{ Redis }, { default: MQEmitterRedis }] = await Promise.all([import('ioredis'), import('mqemitter-redis')]);
  // Do not block start-up or requests when Redis is down: ioredis reconnects by itself.
  const connect = () => new Redis(url, { disableClientInfo: true, maxRetriesPerRequest: 1 });
  const emitter = new (MQEmitterRedis as unknown as new (opts: Record<string, unknown>) => { close(cb: () => void): void; state: EventEmitter })({ subConn: connect(), pubConn: connect() });
  // mqemitter-redis re-emits its connections' errors on `state`, an emitter that throws with no
  // listener: Redis restarted, or a connection timing out on a busy host, ended the process.
  emitter.state.on('error', (err: Error) => log.warn({ err: err.message }, 'GraphQL subscriptions: Redis connection error; reconnecting'));
  return emitter;
}
