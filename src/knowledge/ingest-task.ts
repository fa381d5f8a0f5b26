import type { BackgroundTask } from '../deps.js';
import type { Logger } from '../logger.js';
import type { KnowledgeService } from './service.js';

// Ingests PENDING items (the demo seed, imports) and re-embeds after an embedding-model change.
// The first pass runs before the app reports ready so the demo answers from its knowledge at once.

export function createKnowledgeIngestTask(opts: { knowledge: KnowledgeService; logger: Logger; intervalMs?: number; awaitFirstPass?: boolean }): BackgroundTask {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const pass = async () => {
    try {
      let n: number;
      do n = await opts.knowledge.ingestPending(50);
      while (n === 50 && !stopped);
    } catch (err) {
      opts.logger.warn({ err: (err as Error).message }, 'knowledge ingest pass failed');
    }
  };
  return {
    name: 'knowledge-ingest',
    async start() {
      running = pass();
      if (opts.awaitFirstPass) await running;
      timer = setInterval(() => {
        running = running.then(pass);
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
