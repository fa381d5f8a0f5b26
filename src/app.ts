import Fastify, { type FastifyInstance } from 'fastify';
import helmet from 'helmet';
import formbody from '@fastify/formbody';
import websocket from '@fastify/websocket';
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/index.js';
import { migrateToLatest } from './db/migrate.js';
import { createSessionStore, type SessionStore } from './sessions/index.js';
import { createAuthService } from './auth/service.js';
import { createEncryptor } from './crypto/encryption.js';
import { REDACT_PATHS, type Logger } from './logger.js';
import { createHealthRegistry } from './observability/health.js';
import { createMetrics } from './observability/metrics.js';
import { logSerializers } from './observability/log-safety.js';
import { createEventBus } from './events.js';
import { seedDemo, type DemoSeedResult } from './seed/demo.js';
import type { BackgroundTask, CoreDeps } from './deps.js';
import { createServices, type Services } from './services.js';
import { registerErrorHandling } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import { authRoutes } from './http/auth.js';
import { voiceRoutes } from './http/voice.js';
import { notifyRoutes } from './http/notify.js';
import { graphqlRoutes } from './http/graphql.js';
import { chatRoutes } from './http/chat.js';
import { widgetRoutes } from './http/widget.js';
import { loadShedding } from './http/load-shedding.js';
import { pmWebhookRoutes } from './http/pm-webhooks.js';
import { consoleRoutes } from './http/console.js';

/**
 * Fastify's own number form refuses every hop (it cannot tell a proxy from a client), so a hop
 * count becomes a proxy-addr trust function: the socket peer and the next hops-1 entries are
 * proxies; the entry the nearest of them appended is the client.
 */
function trustProxyOption(value: Config['TRUST_PROXY']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof value !== 'number') return value;
  const hops = value;
  return (_address, hop) => hop < hops;
}

export interface AppOverrides {
  /** A database the caller owns (tests share one per file); the app will not close it. */
  database?: DatabaseHandle;
  /** A session store the caller owns; the app will not close it. */
  sessions?: SessionStore;
  now?: () => number;
  fetch?: typeof fetch;
  /** Skip running migrations (the caller already did). */
  skipMigrations?: boolean;
  /** Where log lines go (default stdout); tests read what the logs would hold. */
  logStream?: { write(line: string): void };
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: CoreDeps;
    /** Domain services (src/services.ts), shared by REST, GraphQL and voice. */
    services: Services;
    /** What start-up did (demo seed) so main.ts can print the one-time demo login. */
    startup: { demo: DemoSeedResult; migrations: string[] };
    /** Background tasks started on ready and stopped on close. */
    addBackgroundTask(task: BackgroundTask): void;
  }
}

export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<FastifyInstance> {
  if (!config.JWT_SECRET || !config.ENCRYPTION_KEY) {
    throw new Error('buildApp needs JWT_SECRET and ENCRYPTION_KEY (ensureSecrets provides them outside production)');
  }
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // Typed loosely by pino; ours take the same inputs (see src/observability/log-safety.ts).
      serializers: logSerializers as unknown as Record<string, never>,
      ...(overrides.logStream ? { stream: overrides.logStream } : {}),
    },
    bodyLimit: config.BODY_LIMIT,
    requestTimeout: config.REQUEST_TIMEOUT,
    connectionTimeout: config.REQUEST_TIMEOUT,
    http: {
      // Node checks request timeouts every connectionsCheckingInterval (default 30 s), so a
      // slow body was held up to REQUEST_TIMEOUT + 30 s; check often enough to keep the promise.
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(config.REQUEST_TIMEOUT / 4))),
      headersTimeout: config.REQUEST_TIMEOUT,
    },
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  const logger = app.log as unknown as Logger;
  // Past MAX_CONNECTIONS open sockets (keep-alive, WebSockets and slow clients included), new
  // connections are dropped at accept, before any parsing.
  app.server.maxConnections = config.MAX_CONNECTIONS;
  if (config.CLIENT_IP_HEADER) {
    const header = config.CLIENT_IP_HEADER;
    // The platform's edge writes this header (a client-sent value is overwritten there), so
    // every per-address limit keys on it instead of the proxy's socket address.
    app.addHook('onRequest', async (request) => {
      const given = request.headers[header];
      const value = typeof given === 'string' ? given.trim() : undefined;
      if (value && isIP(value)) Object.defineProperty(request, 'ip', { value, configurable: true });
    });
  }

  const ownsDatabase = !overrides.database;
  const database = overrides.database ?? (await openDatabase(config));
  const ownsSessions = !overrides.sessions;
  const migrations = overrides.skipMigrations ? [] : await migrateToLatest(database.db);
  const sessions =
    overrides.sessions ?? (await createSessionStore({ redisUrl: config.REDIS_URL, logger: logger.child({ component: 'sessions' }) }));
  const now = overrides.now ?? Date.now;
  const metrics = createMetrics();
  const health = createHealthRegistry();
  const deps: CoreDeps = {
    config,
    logger,
    database,
    db: database.db,
    sessions,
    auth: createAuthService({ db: database.db, sessions, jwtSecret: config.JWT_SECRET, now }),
    encryptor: createEncryptor([config.ENCRYPTION_KEY]),
    metrics,
    health,
    events: createEventBus((err, event) => logger.error({ err, event: event.type }, 'event listener failed')),
    now,
    fetch: overrides.fetch ?? globalThis.fetch,
  };
  app.decorate('deps', deps);
  const services = createServices(deps);
  app.decorate('services', services);

  let demo: DemoSeedResult = { created: false };
  if (config.SEED_DEMO) {
    demo = await seedDemo(database.db, {
      phoneNumber: config.DEMO_PHONE_NUMBER,
      ownerEmail: config.DEMO_OWNER_EMAIL,
      ownerPassword: config.DEMO_OWNER_PASSWORD,
    });
  }
  app.decorate('startup', { demo, migrations });

  const tasks: BackgroundTask[] = [];
  app.decorate('addBackgroundTask', (task: BackgroundTask) => {
    tasks.push(task);
  });
  for (const task of services.tasks) app.addBackgroundTask(task);
  app.addHook('onReady', async () => {
    for (const task of tasks) await task.start();
  });
  app.addHook('preClose', async () => {
    await Promise.all(tasks.map((t) => t.stop().catch((err: unknown) => logger.error({ err, task: t.name }, 'background task failed to stop'))));
  });
  app.addHook('onClose', async () => {
    if (ownsSessions) await sessions.close();
    if (ownsDatabase) await database.close();
  });

  // Helmet's headers, its middleware built once (@fastify/helmet built it again for every request:
  // ~1.5% of a leads page's server CPU, the CSP's directives parsed each time).
  const securityHeaders = helmet({
    // A strict policy on every response; the pages that need more (the /demo page, GraphiQL)
    // set their own, per page (GRAPHIQL_CSP in src/http/graphiql.ts, and src/http/widget.ts).
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, done as (err?: unknown) => void));
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  // Registered once at the root, before mercurius and the voice route.
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  registerErrorHandling(app);
  await app.register(loadShedding);
  await app.register(healthRoutes);
  await app.register(authRoutes);

  // Domain routes register below, one line each (services live in src/services.ts).
  await app.register(voiceRoutes);
  await app.register(notifyRoutes);
  await app.register(graphqlRoutes);
  await app.register(chatRoutes);
  await app.register(widgetRoutes);
  await app.register(pmWebhookRoutes);
  await app.register(consoleRoutes);

  return app;
}
