import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/index.js';
import { migrateToLatest } from '../../src/db/migrate.js';

interface Teardown {
  teardown(fn: () => unknown): void;
}

/**
 * A fresh, migrated database for one test file: a throwaway database on the PostgreSQL at
 * TEST_DATABASE_URL when set (CI), otherwise an in-memory PGlite.
 */
export async function createTestDatabase(t: Teardown): Promise<DatabaseHandle & { url?: string }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: undefined, DATABASE_POOL_MAX: 1 }, { pgliteDir: 'memory://' });
    await migrateToLatest(handle.db);
    t.teardown(() => handle.close());
    return handle;
  }
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: url.toString(), DATABASE_POOL_MAX: 10 });
  await migrateToLatest(handle.db);
  t.teardown(async () => {
    await handle.close();
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });
  return { ...handle, url: url.toString() };
}
