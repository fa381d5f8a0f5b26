import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/index.js';
import type { Database } from './db/schema.js';
import type { SessionStore } from './sessions/index.js';
import type { AuthService } from './auth/service.js';
import type { Encryptor } from './crypto/encryption.js';
import type { Logger } from './logger.js';
import type { HealthRegistry } from './observability/health.js';
import type { Metrics } from './observability/metrics.js';
import type { EventBus } from './events.js';

/**
 * The infrastructure every service is built over. Built once in app.ts; services are factories
 * that take what they need from it (or from each other) as plain arguments, so tests can pass
 * fakes. Nothing here is a module-level singleton.
 */
export interface CoreDeps {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  db: Kysely<Database>;
  sessions: SessionStore;
  auth: AuthService;
  encryptor: Encryptor;
  metrics: Metrics;
  health: HealthRegistry;
  events: EventBus;
  /** Milliseconds since epoch; tests may freeze or advance it. */
  now: () => number;
  /** Outbound HTTP for integrations and webhooks; tests may route it to local fakes. */
  fetch: typeof fetch;
}

/**
 * Background work (outbox worker, sync scheduler...) that starts when the app is ready and
 * stops, letting in-flight work finish, when it closes.
 */
export interface BackgroundTask {
  name: string;
  start(): void | Promise<void>;
  stop(): Promise<void>;
}
