import { sql, type Kysely } from 'kysely';
import type { Database, Notification } from '../db/schema.js';

/**
 * The outbox table's state machine: PENDING -> SENDING (claimed, leased) -> SENT, or back to
 * PENDING with a later next_attempt_at, or DEAD after max_attempts / a permanent error.
 *
 * A claim increments `attempts`; that value is the fencing token every later transition
 * checks, so a worker whose lease expired (and whose row another worker reclaimed) cannot
 * overwrite the newer outcome.
 */
export interface OutboxStore {
  claim(limit: number, leaseMs: number): Promise<Notification[]>;
  /** `result` (call SID, Message-ID, HTTP status) is merged into the row's payload for the admin view. */
  markSent(row: Notification, result?: Record<string, unknown>): Promise<boolean>;
  markFailed(row: Notification, error: string, opts: { retryInMs: number | null }): Promise<'PENDING' | 'DEAD' | 'STALE'>;
  /** Gives a claimed, not-yet-attempted row back (shutdown): as if it was never claimed. */
  release(row: Notification): Promise<void>;
  /** Removes a claimed row whose delivery became moot (an acknowledged emergency's re-call). */
  discard(row: Notification): Promise<void>;
  stats(): Promise<OutboxStats>;
}

export interface OutboxStats {
  depth: number;
  oldestPendingAgeSec: number;
  dead: number;
}

const MAX_ERROR_LENGTH = 1000;

export function createOutboxStore(db: Kysely<Database>): OutboxStore {
  return {
    async claim(limit, leaseMs) {
      // Emergency calls and SMS first, then oldest due. SKIP LOCKED lets several workers (instances)
      // claim disjoint batches; a SENDING row whose lease ran out (crashed worker) is due again.
      const due = db
        .selectFrom('notifications')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'PENDING'), eb('next_attempt_at', '<=', sql<Date>`now()`)]),
            eb.and([eb('status', '=', 'SENDING'), eb('locked_until', '<', sql<Date>`now()`)]),
          ]),
        )
        .orderBy(sql`(kind IN ('call.emergency', 'sms.emergency'))`, 'desc')
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked();
      return db
        .updateTable('notifications')
        .set({
          status: 'SENDING',
          attempts: sql<number>`attempts + 1`,
          locked_until: sql<Date>`now() + ${leaseMs} * interval '1 millisecond'`,
          updated_at: sql<Date>`now()`,
        })
        .where('id', 'in', due)
        .returningAll()
        .execute();
    },

    async markSent(row, result) {
      const res = await db
        .updateTable('notifications')
        .set({
          status: 'SENT',
          sent_at: sql<Date>`now()`,
          locked_until: null,
          last_error: null,
          updated_at: sql<Date>`now()`,
          ...(result ? { payload: sql<Record<string, unknown>>`payload || ${JSON.stringify({ result })}::jsonb` } : {}),
        })
        .where('id', '=', row.id)
        .where('status', '=', 'SENDING')
        .where('attempts', '=', row.attempts)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async markFailed(row, error, { retryInMs }) {
      const lastError = redact(error).slice(0, MAX_ERROR_LENGTH);
      const dead = retryInMs === null || row.attempts >= row.max_attempts;
      const res = await db
        .updateTable('notifications')
        .set({
          status: dead ? 'DEAD' : 'PENDING',
          last_error: lastError,
          locked_until: null,
          next_attempt_at: dead ? sql<Date>`now()` : sql<Date>`now() + ${retryInMs} * interval '1 millisecond'`,
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', row.id)
        .where('status', '=', 'SENDING')
        .where('attempts', '=', row.attempts)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return 'STALE';
      return dead ? 'DEAD' : 'PENDING';
    },

    async release(row) {
      await db
        .updateTable('notifications')
        .set({ status: 'PENDING', attempts: sql<number>`attempts - 1`, locked_until: null, updated_at: sql<Date>`now()` })
        .where('id', '=', row.id)
        .where('status', '=', 'SENDING')
        .where('attempts', '=', row.attempts)
        .execute();
    },

    async discard(row) {
      await db.deleteFrom('notifications').where('id', '=', row.id).where('status', '=', 'SENDING').where('attempts', '=', row.attempts).execute();
    },

    async stats() {
      // Pending rows come from the partial "due" index. Dead rows have no index of their own
      // (a new migration numbered below already-applied ones would not run in order), so
      // callers cache this result for a few seconds (see observability.ts).
      const [pending, dead] = await Promise.all([
        db
          .selectFrom('notifications')
          .select([
            sql<number>`count(*)::int`.as('depth'),
            sql<number>`coalesce(extract(epoch from now() - min(created_at)), 0)::float8`.as('oldest'),
          ])
          .where('status', 'in', ['PENDING', 'SENDING'])
          .executeTakeFirstOrThrow(),
        db.selectFrom('notifications').select(sql<number>`count(*)::int`.as('n')).where('status', '=', 'DEAD').executeTakeFirstOrThrow(),
      ]);
      return { depth: Number(pending.depth), oldestPendingAgeSec: Math.max(0, Number(pending.oldest)), dead: Number(dead.n) };
    },
  };
}

/** Error texts end up in the admin UI: strip credentials that URLs in them may carry. */
export function redact(message: string): string {
  return message.replace(/(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1[redacted]@');
}

/** Exponential backoff with "equal jitter": half fixed, half random, capped. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
