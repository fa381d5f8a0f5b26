import type { Notification } from '../db/schema.js';
import type { HealthRegistry, HealthReport } from '../observability/health.js';
import type { Metrics } from '../observability/metrics.js';
import type { OutboxStats, OutboxStore } from './outbox-store.js';

export interface NotifyMetrics {
  sent(row: Notification, sendSeconds: number): void;
  failed(row: Notification, dead: boolean): void;
}

/** An outbox row pending longer than this makes /health "degraded". */
export const STALE_PENDING_SEC = 300;
const STATS_TTL_MS = 2000;

/**
 * /metrics: notify_sent_total, notify_failed_total, notify_dead_total (by kind), the delivery
 * latency (commit to sent), and outbox depth / oldest pending age / dead rows read from the
 * database at scrape time, so every instance reports the shared outbox. /health: "notify".
 */
export function registerNotifyObservability(deps: { metrics: Metrics; health: HealthRegistry; store: OutboxStore; worker: () => { running: boolean }; mailer: string }): NotifyMetrics {
  const { metrics, store } = deps;
  const sent = metrics.counter('notify_sent_total', 'Notifications delivered', ['kind'] as const);
  const failed = metrics.counter('notify_failed_total', 'Notification delivery attempts that failed', ['kind'] as const);
  const dead = metrics.counter('notify_dead_total', 'Notifications given up on (dead)', ['kind'] as const);
  const latency = metrics.histogram(
    'notify_delivery_latency_seconds',
    'Time from the outbox row commit to its successful delivery',
    [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800],
    ['kind'] as const,
  );
  const sendTime = metrics.histogram('notify_send_duration_seconds', 'Duration of one successful send', [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], ['kind'] as const);

  // /metrics (three gauges) and /health share one stats result for a few seconds, so frequent
  // scrapes and probes cost one query pair, not one per gauge per request.
  let cached: { at: number; value: Promise<OutboxStats> } | null = null;
  const stats = (): Promise<OutboxStats> => {
    const now = Date.now();
    if (!cached || now - cached.at > STATS_TTL_MS) {
      const value = store.stats();
      cached = { at: now, value };
      value.catch(() => {
        if (cached?.value === value) cached = null;
      });
    }
    return cached.value;
  };
  metrics.gauge('notify_outbox_depth', 'Outbox rows pending or being sent', [], async (g) => g.set((await stats()).depth));
  metrics.gauge('notify_outbox_oldest_pending_age_seconds', 'Age of the oldest pending outbox row', [], async (g) => g.set((await stats()).oldestPendingAgeSec));
  metrics.gauge('notify_outbox_dead', 'Outbox rows that are dead (need a manual retry)', [], async (g) => g.set((await stats()).dead));

  deps.health.register('notify', async (): Promise<HealthReport> => {
    const s = await stats();
    const running = deps.worker().running;
    const status = !running || s.oldestPendingAgeSec > STALE_PENDING_SEC ? 'degraded' : 'ok';
    return {
      status,
      worker: running ? 'running' : 'stopped',
      mailer: deps.mailer,
      depth: s.depth,
      oldestPendingAgeSec: Math.round(s.oldestPendingAgeSec),
      dead: s.dead,
    };
  });

  return {
    sent(row, sendSeconds) {
      sent.inc({ kind: row.kind });
      sendTime.observe({ kind: row.kind }, sendSeconds);
      const created = row.created_at instanceof Date ? row.created_at.getTime() : Date.parse(String(row.created_at));
      if (Number.isFinite(created)) latency.observe({ kind: row.kind }, Math.max(0, (Date.now() - created) / 1000));
    },
    failed(row, isDead) {
      failed.inc({ kind: row.kind });
      if (isDead) dead.inc({ kind: row.kind });
    },
  };
}
