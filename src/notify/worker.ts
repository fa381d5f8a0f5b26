import type { Notification } from '../db/schema.js';
import type { EventBus } from '../events.js';
import type { Logger } from '../logger.js';
import type { DeliveryOutcome } from './deliver.js';
import type { NotifyMetrics } from './observability.js';
import { retryDelayMs, type OutboxStore } from './outbox-store.js';

export interface OutboxWorkerOptions {
  pollIntervalMs: number;
  /**
   * While polls find nothing the interval doubles, up to this (default 8 x pollIntervalMs). Rows
   * written on this instance wake the worker at once (commit events), and a retry this worker
   * scheduled is polled for when it falls due, so an idle back-off only delays rows another
   * instance left behind (its own worker wakes on its own commits).
   */
  idlePollMaxMs?: number;
  concurrency: number;
  batchSize: number;
  /** How long a claim is exclusive; longer than the slowest bounded send (SMTP timeouts ~30 s). */
  leaseMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

export interface OutboxWorker {
  name: string;
  start(): void;
  /** Stops claiming, lets in-flight sends finish and record their outcome, releases the rest. */
  stop(): Promise<void>;
  /** Look for due rows now (a row was just committed). */
  wake(): void;
  /** One claim-and-deliver pass (tests, benchmarks); returns how many rows were processed. */
  runOnce(): Promise<number>;
  readonly running: boolean;
}

export interface OutboxWorkerDeps {
  store: OutboxStore;
  deliver: (row: Notification) => Promise<DeliveryOutcome>;
  events?: EventBus;
  logger: Logger;
  metrics?: NotifyMetrics;
  options: OutboxWorkerOptions;
  random?: () => number;
  name?: string;
}

/**
 * Delivers the outbox. Woken at once by 'lead.created' / 'emergency.reported' events from this
 * instance, and by a short poll for rows other instances wrote or retries that became due.
 * Each pass claims a batch (FOR UPDATE SKIP LOCKED, leased), delivers it with bounded
 * concurrency, and records each outcome with the claim's fencing token.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const { store, deliver, logger, options } = deps;
  const random = deps.random ?? Math.random;
  let started = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let loop: Promise<void> | null = null;
  let wakeRequested = false;
  let unsubscribe: (() => void) | undefined;
  /** Passes in a row that found nothing (the poll backs off). */
  let idlePasses = 0;
  /** When the earliest retry this worker scheduled falls due (Date.now() time), or Infinity. */
  let retryDueAt = Infinity;
  const idleMax = Math.max(options.pollIntervalMs, options.idlePollMaxMs ?? options.pollIntervalMs * 8);

  const schedule = () => {
    clearTimeout(timer);
    if (!started || stopping) return;
    let delay = Math.min(options.pollIntervalMs * 2 ** Math.min(idlePasses, 16), idleMax);
    if (retryDueAt - Date.now() < delay) delay = Math.max(0, retryDueAt - Date.now());
    timer = setTimeout(() => kick(), delay);
    timer.unref?.();
  };

  /** Something was committed here: look now, and poll at the full rate again. */
  const wake = () => {
    idlePasses = 0;
    kick();
  };

  const kick = () => {
    if (!started || stopping) return;
    if (loop) {
      wakeRequested = true;
      return;
    }
    clearTimeout(timer);
    loop = drain()
      .catch((err: unknown) => logger.error({ err }, 'notify worker pass failed'))
      .finally(() => {
        loop = null;
        if (wakeRequested && !stopping) {
          wakeRequested = false;
          kick();
        } else {
          schedule();
        }
      });
  };

  const drain = async () => {
    if (retryDueAt <= Date.now()) retryDueAt = Infinity;
    // Keep claiming while full batches come back; a short batch means the outbox is drained.
    for (let found = 0; ; ) {
      wakeRequested = false;
      const n = await pass();
      found += n;
      if (stopping || n < options.batchSize) {
        idlePasses = found > 0 ? 0 : idlePasses + 1;
        return;
      }
    }
  };

  const pass = async (): Promise<number> => {
    const rows = await store.claim(options.batchSize, options.leaseMs);
    if (rows.length === 0) return 0;
    let next = 0;
    const runner = async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        if (stopping) {
          await store.release(row).catch((err: unknown) => logger.error({ err, notificationId: row.id }, 'notify release failed'));
          continue;
        }
        await processRow(row);
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, rows.length) }, runner));
    return rows.length;
  };

  const processRow = async (row: Notification) => {
    const started = performance.now();
    let outcome: DeliveryOutcome;
    try {
      outcome = await deliver(row);
    } catch (err) {
      outcome = { kind: 'failed', error: (err as Error)?.message ?? String(err), permanent: false };
    }
    try {
      if (outcome.kind === 'sent') {
        const ok = await store.markSent(row, outcome.result);
        if (ok) deps.metrics?.sent(row, (performance.now() - started) / 1000);
        else logger.warn({ notificationId: row.id }, 'notification lease was lost before it was marked sent');
      } else if (outcome.kind === 'discard') {
        await store.discard(row);
      } else {
        const retryIn = outcome.permanent ? null : retryDelayMs(row.attempts, options.retryBaseMs, options.retryMaxMs, random);
        const state = await store.markFailed(row, outcome.error, { retryInMs: retryIn });
        // Read after the row's next attempt was set (by the database's clock, just before).
        if (state === 'PENDING' && retryIn !== null) retryDueAt = Math.min(retryDueAt, Date.now() + retryIn);
        deps.metrics?.failed(row, state === 'DEAD');
        const log = { notificationId: row.id, kind: row.kind, attempts: row.attempts, error: outcome.error };
        if (state === 'DEAD') logger.error(log, 'notification is dead after its last attempt');
        else logger.warn({ ...log, retryInMs: retryIn }, 'notification delivery failed; will retry');
      }
    } catch (err) {
      // The lease expires and the row is retried; the stable idempotency key / Message-ID /
      // webhook id let the receiver drop the duplicate in that rare case.
      logger.error({ err, notificationId: row.id }, 'recording the notification outcome failed');
    }
  };

  return {
    name: deps.name ?? 'notify-outbox',
    get running() {
      return started && !stopping;
    },
    start() {
      if (started) return;
      started = true;
      stopping = false;
      idlePasses = 0;
      unsubscribe = deps.events?.subscribe((event) => {
        if (event.type === 'lead.created' || event.type === 'emergency.reported') wake();
      });
      kick();
    },
    async stop() {
      if (!started) return;
      stopping = true;
      clearTimeout(timer);
      unsubscribe?.();
      unsubscribe = undefined;
      await loop;
      started = false;
      stopping = false;
    },
    wake,
    async runOnce() {
      return pass();
    },
  };
}
