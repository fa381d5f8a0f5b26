import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { Config } from '../../src/config.js';
import { createClient, GenqlError, type Client } from '../../genql/index.js';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { createTestDatabase } from '../helpers/db.js';
import type { Plan, Role } from '../../src/db/schema.js';
import type { Teardown } from '../helpers/common.js';

// Starts the real app on loopback and hands out Genql clients, as an admin SPA would use them.

/** The tables a statement names, found by walking Kysely's operation tree. */
function tablesIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) tablesIn(n, found);
  else if (node && typeof node === 'object') {
    const n = node as { kind?: unknown; table?: { identifier?: { name?: unknown } } };
    if (n.kind === 'TableNode' && typeof n.table?.identifier?.name === 'string') found.add(n.table.identifier.name);
    for (const v of Object.values(node)) if (v && typeof v === 'object') tablesIn(v, found);
  }
  return found;
}

/** Counts every SQL statement the app sends (for N+1 assertions), and the tables each one names. */
export class QueryCounter implements KyselyPlugin {
  count = 0;
  /** Per statement, in order: the tables it names. Background work (the outbox, sweeps) shows here too. */
  readonly tables: string[][] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count++;
    this.tables.push([...tablesIn(args.node)]);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

export async function startGraphqlApp(t: Teardown, config: Partial<Config> = {}) {
  const database = await createTestDatabase(t);
  const counter = new QueryCounter();
  const counted = { ...database, db: database.db.withPlugin(counter) };
  // PGlite runs in this thread and stalls the event loop during start-up and big statements;
  // load shedding is tested elsewhere and must not turn these API assertions into 503s.
  const { app } = await buildTestApp(t, { database: counted, config: { MAX_EVENT_LOOP_DELAY: 0, ...config } as Partial<Config> });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const base = `http://127.0.0.1:${address.port}`;
  const client = (token?: string): Client => createClient({ url: `${base}/graphql`, headers: token ? { authorization: `Bearer ${token}` } : {} });
  async function business(opts: { plan?: Plan; role?: Role; name?: string } = {}) {
    const b = await createTestBusiness(app, { plan: opts.plan, name: opts.name });
    if (opts.role && opts.role !== 'OWNER') {
      const user = await app.deps.db
        .insertInto('users')
        .values({ business_id: b.businessId, email: `m-${Math.random().toString(36).slice(2)}@test.local`, password_hash: 'x', role: opts.role })
        .returning(['id', 'business_id', 'role'])
        .executeTakeFirstOrThrow();
      return { ...b, userId: user.id, token: app.deps.auth.issueToken(user), gql: client(app.deps.auth.issueToken(user)) };
    }
    return { ...b, gql: client(b.token) };
  }
  return { app, base, client, business, counter, db: app.deps.db };
}

/** The extensions.code of the first error, or 'OK' when the call succeeded. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (err) {
    if (err instanceof GenqlError) return String(err.errors[0]?.extensions?.code ?? 'NO_CODE');
    throw err;
  }
}

/** The first GraphQL error (message + extensions), or throws when the call succeeded. */
export async function errorOf(p: Promise<unknown>): Promise<{ message: string; extensions: Record<string, unknown> }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof GenqlError) return err.errors[0] as { message: string; extensions: Record<string, unknown> };
    throw err;
  }
  throw new Error('expected an error');
}

/** Raw POST /graphql, for requests the typed client cannot express (too deep, malformed). */
export async function rawQuery(base: string, query: string, token?: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}
