import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, sql, type Dialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Database } from './schema.js';

export type DbKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DbKind;
  /** Round-trip latency of `select 1` in ms; throws when the database is unreachable. */
  ping(): Promise<number>;
  close(): Promise<void>;
  /** PGlite only: the data dir as a tarball, which `pgliteLoadDataDir` starts from (test templates). */
  dumpDataDir?(): Promise<Blob>;
}

function configurePgTypes(): void {
  // Idempotent. Make node-postgres return the same shapes PGlite does, so code never branches on the driver.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
  pg.types.setTypeParser(pg.types.builtins.DATE, (v) => new Date(`${v}T00:00:00Z`));
}

export interface OpenDatabaseOptions {
  /** Override the PGlite directory; `memory://` gives a throwaway in-memory database. */
  pgliteDir?: string;
  /** Start PGlite from a dumped data dir (`dumpDataDir`) instead of an empty cluster. */
  pgliteLoadDataDir?: Blob;
  databaseUrl?: string;
  poolMax?: number;
}

export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_MAX'>, options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = options.databaseUrl ?? config.DATABASE_URL;
  let dialect: Dialect;
  let kind: DbKind;
  let closeExtra: () => Promise<void> = async () => {};
  let dumpDataDir: (() => Promise<Blob>) | undefined;
  if (url) {
    configurePgTypes();
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolMax ?? config.DATABASE_POOL_MAX,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
    });
    // A client that loses its connection (database restart, failover) must not crash the
    // process: idle ones report through the pool, checked-out ones through their own 'error'
    // event; the query in flight still rejects and the edge answers 503.
    pool.on('error', () => {});
    pool.on('connect', (client) => {
      client.on('error', () => {});
    });
    dialect = new PostgresDialect({ pool });
    kind = 'postgres';
  } else {
    const [{ PGlite }, { vector }, { PGliteDialect }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/vector'),
      import('kysely-pglite-dialect'),
    ]);
    let dir = options.pgliteDir;
    if (!dir) {
      dir = resolve(join(config.DATA_DIR, 'pglite'));
      mkdirSync(dir, { recursive: true });
    }
    const client = new PGlite(dir, { extensions: { vector }, loadDataDir: options.pgliteLoadDataDir });
    await client.waitReady;
    dialect = new PGliteDialect(client);
    kind = 'pglite';
    closeExtra = async () => {
      if (!client.closed) await client.close();
    };
    dumpDataDir = () => client.dumpDataDir('none');
  }
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    kind,
    async ping() {
      const started = performance.now();
      await sql`select 1`.execute(db);
      return performance.now() - started;
    },
    async close() {
      await db.destroy();
      await closeExtra();
    },
    ...(dumpDataDir ? { dumpDataDir } : {}),
  };
}
