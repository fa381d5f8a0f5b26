import type { BackgroundTask } from '../deps.js';
import type { DatabaseHandle } from '../db/index.js';
import type { Logger } from '../logger.js';
import { withAdvisoryLock } from './advisory-lock.js';

// The periodic project sync (every PM_SYNC_INTERVAL). It is also Asana's reconciliation poll,
// since Asana delivers webhooks at most once. Several app instances may run this task; the
// advisory lock lets exactly one of them sync at a time and the others skip that tick.

export const PM_SYNC_LOCK_KEY = 1;

export interface SyncSchedulerDeps {
  database: DatabaseHandle;
  logger: Logger;
  intervalMs: number;
  /** The work of one tick (the integration service's syncAll plus Drive). */
  run: () => Promise<unknown>;
  /** Runs once when the scheduler starts (e.g. seeding mock projects). */
  onStart?: () => Promise<void>;
}

export interface SyncScheduler extends BackgroundTask {
  /** One tick now: true when this instance held the lock and ran the sync. */
  tick(): Promise<boolean>;
}

export function createSyncScheduler(deps: SyncSchedulerDeps): SyncScheduler {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<boolean> | undefined;
  let stopped = false;

  async function tick(): Promise<boolean> {
    const res = await withAdvisoryLock(deps.database, PM_SYNC_LOCK_KEY, deps.run);
    return res.ran;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick()
        .catch((err: unknown) => {
          deps.logger.error({ err }, 'scheduled project sync failed');
          return false;
        })
        .finally(() => {
          current = undefined;
          schedule();
        });
    }, deps.intervalMs);
    timer.unref();
  }

  return {
    name: 'pm-sync-scheduler',
    tick,
    async start() {
      stopped = false;
      if (deps.onStart) await deps.onStart().catch((err: unknown) => deps.logger.error({ err }, 'project sync start-up failed'));
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
