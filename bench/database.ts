import { randomBytes } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/index.js';
import { migrateToLatest } from '../src/db/migrate.js';

/** Statements the app sent through the bench's database handle (read by the harness per window). */
export const statementCount = { value: 0 };

// Counted when a result comes back (once per statement run; a subquery is compiled into its
// outer statement and not counted on its own).
const countStatements: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => {
    statementCount.value++;
    return args.result;
  },
};

/**
 * A throwaway, migrated database for one bench run: a new database on BENCH_DATABASE_URL's
 * server (dropped by `close`), else an in-memory PGlite. Every statement sent through the
 * returned `db` is counted in `statementCount`.
 */
export async function openBenchDatabase(): Promise<DatabaseHandle> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: undefined, DATABASE_POOL_MAX: 1 }, { pgliteDir: 'memory://' });
    await migrateToLatest(handle.db);
    return { ...handle, db: handle.db.withPlugin(countStatements) };
  }
  const fresh = await createBenchDatabase(adminUrl);
  const handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: fresh.url, DATABASE_POOL_MAX: 10 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    db: handle.db.withPlugin(countStatements),
    async close() {
      await handle.close();
      await fresh.drop();
    },
  };
}

/** A new, empty database on `adminUrl`'s server (for a server started in another process). */
export async function createBenchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bench_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
