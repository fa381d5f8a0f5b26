import type { BackgroundTask } from '../deps.js';
import type { Logger } from '../logger.js';
import type { KnowledgeService } from './service.js';

// Ingests PENDING items (the demo seed, imports) and re-embeds after an embedding-model change.
// The first pass runs before the app reports ready so the demo answers from its knowledge at once,
// for up to `firstPassBudgetMs`: re-embedding every tenant's knowledge after a model change goes on
// in the background. (QA: a new local embedding model on a data directory of ten businesses held
// start-up past Fastify's 10 s plugin timeout, and the server exited instead of starting.)

/** How long start-up waits for the first pass at most: below Fastify's own 10 s plugin timeout, after which it would have exited. */
export const FIRST_PASS_BUDGET_MS = 8000;

export function createKnowledgeIngestTask(opts: { knowledge: KnowledgeService; logger: Logger; intervalMs?: number; awaitFirstPass?: boolean; firstPassBudgetMs?: number }): BackgroundTask {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  // (A pass still under way, as a long first one after a model change is, is not queued again; after
  // stop() none starts: a reader's finding, each queued pass ran a batch at shutdown.)
  let busy = false;
  const pass = async () => {
    if (stopped) return;
    busy = true;
    try {
      let n: number;
      do n = await opts.knowledge.ingestPending(50);
      while (n === 50 && !stopped);
    } catch (err) {
      opts.logger.warn({ err: (err as Error).message }, 'knowledge ingest pass failed');
    } finally {
      busy = false;
    }
  };
  return {
    name: 'knowledge-ingest',
    async start() {
      running = pass();
      if (opts.awaitFirstPass) {
        let budget: NodeJS.Timeout | undefined;
        const late = new Promise<void>((resolve) => {
          budget = setTimeout(resolve, opts.firstPassBudgetMs ?? FIRST_PASS_BUDGET_MS);
        });
        await Promise.race([running, late]);
        clearTimeout(budget);
      }
      timer = setInterval(() => {
        if (!busy) running = running.then(pass);
      }, opts.intervalMs ?? 30_000);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
