import t from 'tap';
import { createKnowledgeIngestTask } from '../../src/knowledge/ingest-task.js';
import type { KnowledgeService } from '../../src/knowledge/service.js';
import type { Logger } from '../../src/logger.js';

// Start-up waits for the first ingest pass (the demo answers from its knowledge at once), but only
// so long: a pass that re-embeds every tenant's knowledge after a new embedding model goes on in the
// background. (QA: a data directory of ten businesses held start-up past Fastify's plugin timeout,
// and the server exited instead of starting.)

const quiet: Logger = { info() {}, warn() {}, error() {}, debug() {}, child: () => quiet } as unknown as Logger;

function slowKnowledge() {
  const calls: number[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let left = 120;
  const knowledge = {
    async ingestPending(limit = 50) {
      calls.push(limit);
      await gate;
      const n = Math.min(limit, left);
      left -= n;
      return n;
    },
  } as unknown as KnowledgeService;
  return { knowledge, calls, release, left: () => left };
}

t.test('a first pass longer than the budget goes on after start-up, and nothing is dropped', async (t) => {
  const k = slowKnowledge();
  const task = createKnowledgeIngestTask({ knowledge: k.knowledge, logger: quiet, awaitFirstPass: true, firstPassBudgetMs: 20, intervalMs: 60_000 });
  await task.start();
  t.equal(k.left(), 120, 'start-up returned while the first batch was still being embedded');
  k.release();
  // The pass goes on, batch by batch, until a batch comes back short: every item is ingested.
  for (let i = 0; i < 100 && k.left() > 0; i++) await new Promise((r) => setTimeout(r, 5));
  t.equal(k.left(), 0, 'every item was ingested after start-up');
  t.same(k.calls, [50, 50, 50]);
  await task.stop();
  t.same(k.calls, [50, 50, 50], 'stop() starts no further batch');
});

t.test('a first pass within the budget is done before start-up returns', async (t) => {
  const k = slowKnowledge();
  k.release();
  const task = createKnowledgeIngestTask({ knowledge: k.knowledge, logger: quiet, awaitFirstPass: true, firstPassBudgetMs: 60_000, intervalMs: 60_000 });
  await task.start();
  t.equal(k.left(), 0, 'every item was ingested before the app reports ready');
  t.same(k.calls, [50, 50, 50], 'batch by batch until a batch comes back short');
  await task.stop();
});
