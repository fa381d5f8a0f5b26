import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOverrides } from '../../src/app.js';
import { testConfig, type Config } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/index.js';
import type { Plan, Role } from '../../src/db/schema.js';
import { hashPassword } from '../../src/auth/password.js';
import { createSessionStore, type SessionStore } from '../../src/sessions/index.js';
import { createTestDatabase } from './db.js';
import type { Teardown } from './common.js';

export const silentLogger = {
  warn() {},
  info() {},
};

/** Sessions on TEST_REDIS_URL when set (CI), else memory. */
export async function createTestSessions(t: Teardown, redisUrl = process.env.TEST_REDIS_URL): Promise<SessionStore> {
  // A private key prefix: test files share the CI Redis and run in parallel.
  const store = await createSessionStore({ redisUrl, logger: silentLogger, keyPrefix: `t${randomBytes(4).toString('hex')}:` });
  t.teardown(() => store.close());
  return store;
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
}

/** Builds the real app over a test database (one per test file: pass `database` to share). */
export async function buildTestApp(
  t: Teardown,
  options: { config?: Partial<Config>; database?: DatabaseHandle; overrides?: AppOverrides } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase(t));
  const config = testConfig(options.config);
  const sessions = options.overrides?.sessions ?? (await createTestSessions(t));
  const app = await buildApp(config, { database, sessions, skipMigrations: true, ...options.overrides });
  t.teardown(() => app.close());
  await app.ready();
  return { app, database, config };
}

export interface TestBusiness {
  businessId: string;
  userId: string;
  email: string;
  password: string;
  token: string;
}

/**
 * The test owners' password hashed once per test process: scrypt costs ~40 ms of CPU a hash, and
 * every business a file created hashed the same password again (the answer probes make ten). Each
 * process still gets its own random salt, and the hash is the product's own (hashPassword).
 */
let ownerPasswordHash: Promise<string> | undefined;

/** Creates a business with an owner (or given role) user and default configs; returns a JWT. */
export async function createTestBusiness(
  app: FastifyInstance,
  opts: { plan?: Plan; name?: string; role?: Role; twilioNumber?: string } = {},
): Promise<TestBusiness> {
  const { db, auth } = app.deps;
  const email = `owner-${randomBytes(4).toString('hex')}@test.local`;
  const password = 'correct horse battery';
  const business = await db
    .insertInto('businesses')
    .values({ name: opts.name ?? 'Test Business', plan: opts.plan ?? 'PRO', twilio_number: opts.twilioNumber ?? null, notification_email: email })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('agent_configs').values({ business_id: business.id }).execute();
  await db.insertInto('widget_configs').values({ business_id: business.id }).execute();
  const user = await db
    .insertInto('users')
    .values({ business_id: business.id, email, password_hash: await (ownerPasswordHash ??= hashPassword(password)), role: opts.role ?? 'OWNER' })
    .returning(['id', 'business_id', 'role'])
    .executeTakeFirstOrThrow();
  return { businessId: business.id, userId: user.id, email, password, token: auth.issueToken(user) };
}
