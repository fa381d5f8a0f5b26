import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/index.js';

// "One instance at a time" for background jobs, with a PostgreSQL session advisory lock.
//
// On PostgreSQL the lock is taken and released on one pinned pool connection (advisory locks
// belong to a session), while the job itself uses the pool as usual; if the process dies, the
// session ends and PostgreSQL drops the lock, so nothing is left stuck.
//
// PGlite is one in-process session: advisory locks there are re-entrant for that session, so a
// plain pg_try_advisory_lock would let a second app instance in the same process through. The
// query therefore refuses a lock that pg_locks shows as already held -- on PostgreSQL that
// check is redundant with pg_try_advisory_lock (other sessions' locks conflict anyway), on
// PGlite it is what makes the lock exclusive. PGlite serialises queries, so check-and-take is
// atomic there.

/** Two int4 keys: (namespace, job). Namespace 0x504d = "PM". */
export const LOCK_NAMESPACE = 0x504d;

const tryLock = (ns: number, key: number) => sql<{ locked: boolean }>`
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = ${ns}::oid AND objid = ${key}::oid AND objsubid = 2 AND granted)
    THEN false
    ELSE pg_try_advisory_lock(${ns}::int4, ${key}::int4)
  END AS locked`;

const unlock = (ns: number, key: number) => sql`SELECT pg_advisory_unlock(${ns}::int4, ${key}::int4)`;

/**
 * Runs `job` only if no other holder (another instance, or an earlier tick still running)
 * has the lock; returns `{ ran: false }` otherwise.
 */
export async function withAdvisoryLock<T>(database: DatabaseHandle, key: number, job: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  if (database.kind === 'pglite') {
    const got = await tryLock(LOCK_NAMESPACE, key).execute(database.db);
    if (!got.rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, value: await job() };
    } finally {
      await unlock(LOCK_NAMESPACE, key).execute(database.db);
    }
  }
  return database.db.connection().execute(async (conn) => {
    const got = await tryLock(LOCK_NAMESPACE, key).execute(conn);
    if (!got.rows[0]?.locked) return { ran: false as const };
    try {
      return { ran: true as const, value: await job() };
    } finally {
      await unlock(LOCK_NAMESPACE, key).execute(conn);
    }
  });
}
