import t from 'tap';
import type { Notification } from '../../src/db/schema.js';
import { createOutboxWorker } from '../../src/notify/worker.js';
import type { OutboxStore } from '../../src/notify/outbox-store.js';
import { sleep } from '../helpers/common.js';

// The outbox poll over an in-memory store: while polls find nothing the interval doubles (up to
// idlePollMaxMs), a wake (a commit on this instance) looks at once and restores the full rate,
// and a retry this worker scheduled is looked for when it falls due, not a back-off later.

const silent = { info() {}, warn() {}, error() {}, debug() {}, child: () => silent } as never;

function harness(opts: { due?: () => Notification[]; fail?: boolean } = {}) {
  const claims: number[] = [];
  const t0 = performance.now();
  const store = {
    async claim() {
      claims.push(performance.now() - t0);
      return opts.due?.() ?? [];
    },
    async markSent() {
      return true;
    },
    async markFailed() {
      return 'PENDING' as const;
    },
    async release() {},
    async discard() {},
    async stats() {
      return { depth: 0, oldestPendingAgeSec: 0, dead: 0 };
    },
  } satisfies OutboxStore;
  const worker = createOutboxWorker({
    store,
    deliver: async () => (opts.fail ? { kind: 'failed', error: 'down', permanent: false } : { kind: 'sent' }),
    logger: silent,
    options: { pollIntervalMs: 20, idlePollMaxMs: 160, concurrency: 1, batchSize: 4, leaseMs: 1000, retryBaseMs: 250, retryMaxMs: 250 },
    random: () => 1,
  });
  return { worker, claims, since: () => performance.now() - t0 };
}

t.test('idle polls back off to idlePollMaxMs; a wake looks at once and restores the rate', async (t) => {
  const { worker, claims, since } = harness();
  worker.start();
  t.teardown(() => worker.stop());
  await sleep(1000);
  // Without back-off: ~50 polls. With it: 20, 40, 80, 160 ms, then every 160 ms: about 9.
  t.ok(claims.length >= 5 && claims.length <= 12, `polls in 1 s while idle: ${claims.length}`);
  const gaps = claims.slice(1).map((c, i) => c - claims[i]!);
  t.ok(gaps.at(-1)! >= 150, `the last gap is the cap (${Math.round(gaps.at(-1)!)} ms)`);
  const before = claims.length;
  const wokeAt = since();
  worker.wake();
  await sleep(70);
  // The wake's own pass at once; it found nothing, so the back-off starts over (40 ms, not 160).
  t.ok(claims[before]! - wokeAt < 10, `the wake looked at once (${Math.round(claims[before]! - wokeAt)} ms)`);
  t.ok(claims.length - before >= 2 && claims[before + 1]! - claims[before]! < 110, `the next poll after a wake: ${Math.round(claims[before + 1]! - claims[before]!)} ms`);
});

t.test('a retry this worker scheduled is looked for when due, whatever the back-off', async (t) => {
  const row = { id: 'n1', kind: 'email.lead', attempts: 1 } as Notification;
  let handed = false;
  const { worker, claims } = harness({
    fail: true,
    due: () => {
      if (handed) return [];
      handed = true;
      return [row];
    },
  });
  worker.start();
  t.teardown(() => worker.stop());
  await sleep(1000);
  // The failure at ~0 ms is retried in 250 ms (random 1 -> the full delay): a poll lands then,
  // where the idle back-off alone would have polled at 20, 60, 140, 300 and 460 ms.
  const first = claims[0]!;
  t.ok(claims.some((c) => c - first >= 250 && c - first <= 285), `a poll at the retry's due time: ${claims.map((c) => Math.round(c - first)).join(', ')}`);
});
