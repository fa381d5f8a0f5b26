import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/index.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import type { Teardown } from './common.js';
import { sleep } from './common.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Server settings kept in the template (postgresql.auto.conf), so every test database starts with
 * them. initdb's 128 MB of shared buffers were zeroed at every start (~0.07 s of CPU and ~120 MB
 * of memory per test process, two at a time) for databases of a few MB; 16 MB still holds a test
 * database whole, and the buffer pool's size changes no query's result.
 */
const TEMPLATE_SETTINGS = ["ALTER SYSTEM SET shared_buffers = '16MB'"];

/**
 * Names the migrated template after what made it: the migration files and the PGlite and
 * Kysely (its migrator's tables) versions. A change to any makes a new template, so a stale
 * one is never loaded.
 */
function templateKey(): string {
  const hash = createHash('sha256');
  const dir = join(root, 'migrations');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  for (const pkg of ['@electric-sql/pglite', 'kysely']) hash.update(readFileSync(join(root, 'node_modules', pkg, 'package.json')));
  hash.update(TEMPLATE_SETTINGS.join('\n'));
  return hash.digest('hex').slice(0, 16);
}

/** Runs `make` once per machine at a time: a lock file under the OS temp dir (stale after 2 min). */
async function withFileLock<T>(lockPath: string, ready: () => T | undefined, make: () => Promise<T>): Promise<T> {
  for (;;) {
    const done = ready();
    if (done !== undefined) return done;
    let fd: number | undefined;
    try {
      fd = openSync(lockPath, 'wx');
    } catch {
      try {
        if (Date.now() - statSync(lockPath).mtimeMs > 120_000) rmSync(lockPath, { force: true });
      } catch {
        // the holder just released it
      }
      await sleep(100);
      continue;
    }
    try {
      const again = ready();
      return again !== undefined ? again : await make();
    } finally {
      closeSync(fd);
      rmSync(lockPath, { force: true });
    }
  }
}

/**
 * The template tarball as PGlite reads it (`loadDataDir` only calls `arrayBuffer()`), answered
 * from the bytes in hand. Node's Blob copies a 40 MB blob out chunk by chunk on every
 * `arrayBuffer()` (~0.5-1.5 s of CPU per test file); this is one memcpy, and every database gets
 * its own copy, as from a Blob.
 */
class TarBlob extends Blob {
  readonly #bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    super([]);
    this.#bytes = bytes;
  }
  override get size(): number {
    return this.#bytes.byteLength;
  }
  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.slice().buffer as ArrayBuffer;
  }
}

/**
 * The migrated PGlite data dir as a tarball, made once per machine and migration set (the first
 * test file to need it migrates and dumps; every other loads it: no migrations per file). It is
 * a plain tar of the data dir, so a server process can also start from it (server-process.ts).
 */
export async function pgliteTemplate(): Promise<Blob> {
  const dir = join(tmpdir(), 'smb-test-templates');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pglite-${templateKey()}.tar`);
  const read = () => {
    try {
      return new TarBlob(readFileSync(file));
    } catch {
      return undefined;
    }
  };
  return withFileLock(`${file}.lock`, read, async () => {
    const handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: undefined, DATABASE_POOL_MAX: 1 }, { pgliteDir: 'memory://' });
    try {
      await migrateToLatest(handle.db);
      for (const setting of TEMPLATE_SETTINGS) await sql.raw(setting).execute(handle.db);
      const tar = await handle.dumpDataDir!();
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, Buffer.from(await tar.arrayBuffer()));
      renameSync(tmp, file);
      return tar;
    } finally {
      await handle.close();
    }
  });
}

/**
 * Unpacks the migrated PGlite template into `DATA_DIR/pglite` (where openDatabase and the server
 * keep an on-disk PGlite), so a process or a file-backed database starts migrated.
 */
export async function unpackPgliteTemplate(dataDir: string): Promise<void> {
  const dir = join(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const tar = spawnSync('tar', ['-x', '-f', '-', '-C', dir], { input: Buffer.from(await (await pgliteTemplate()).arrayBuffer()) });
  if (tar.status !== 0) throw new Error(`could not unpack the PGlite template: ${tar.stderr}`);
}

/** The migrated template database on the PostgreSQL at `adminUrl`, created once (under an advisory lock). */
async function postgresTemplate(adminUrl: string): Promise<string> {
  const name = `smb_test_template_${templateKey()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      // Made under a temporary name and renamed when complete: a crash mid-migration leaves
      // no half-migrated template behind under the real name.
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: url.toString(), DATABASE_POOL_MAX: 1 });
      try {
        await migrateToLatest(handle.db);
      } finally {
        await handle.close();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
    await admin.query('select pg_advisory_unlock(hashtext($1))', [name]);
  } finally {
    await admin.end();
  }
  return name;
}

/**
 * A fresh, migrated database for one test file: a throwaway database on the PostgreSQL at
 * TEST_DATABASE_URL when set (CI), copied from a migrated template database; otherwise an
 * in-memory PGlite loaded from a migrated data dir. `fresh` skips the template and runs the
 * migrations on an empty database (the migrations test).
 */
export async function createTestDatabase(t: Teardown, options: { fresh?: boolean } = {}): Promise<DatabaseHandle & { url?: string }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const loadDataDir = options.fresh ? undefined : await pgliteTemplate();
    const handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: undefined, DATABASE_POOL_MAX: 1 }, { pgliteDir: 'memory://', pgliteLoadDataDir: loadDataDir });
    if (options.fresh) await migrateToLatest(handle.db);
    t.teardown(() => handle.close());
    return handle;
  }
  const template = options.fresh ? undefined : await postgresTemplate(adminUrl);
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ DATA_DIR: '', DATABASE_URL: url.toString(), DATABASE_POOL_MAX: 10 });
  if (options.fresh) await migrateToLatest(handle.db);
  t.teardown(async () => {
    await handle.close();
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });
  return { ...handle, url: url.toString() };
}
