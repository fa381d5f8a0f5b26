import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { BackgroundTask } from '../deps.js';
import type { EventBus } from '../events.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import { createChatEnder } from '../agent/conversation-end.js';
import type { LeadCapture } from '../agent/lead-capture.js';

// Website chat's own work outside a request: ending chats (by the visitor, or idle ones in the
// background) and counting them. The HTTP routes (src/http/chat.ts) call `end`; the idle sweep
// is one of `tasks`, which app.ts starts when ready and stops on close.

/** An emergency chat quiet this long with no lead has its lead written (see sweepQuietEmergencies). */
export const EMERGENCY_QUIET_MS = 2 * 60_000;

export interface ChatServiceDeps {
  db: Kysely<Database>;
  events: EventBus;
  now: () => number;
  metrics: Metrics;
  logger: Logger;
  /** Chats idle this long (ms) are ended; 0 turns the sweep off. */
  idleEndMs: number;
  /** Writes the lead of a chat left unfinished (see conversation-end.ts). */
  leads?: LeadCapture;
}

export interface ChatService {
  /** Ends one chat for the visitor; true when it was still open. */
  end(businessId: string, conversationId: string, reason: 'visitor'): Promise<boolean>;
  tasks: BackgroundTask[];
}

export function createChatService(deps: ChatServiceDeps): ChatService {
  const ender = createChatEnder({ db: deps.db, events: deps.events, now: deps.now, leads: deps.leads });
  const endedMetric = deps.metrics.counter('chat_conversations_ended_total', 'Chats ended', ['reason'] as const);
  const log = deps.logger.child({ component: 'chat' });

  // Every instance may sweep: the end itself is a conditional update, so a chat is ended (and
  // announced) once.
  let sweepTimer: NodeJS.Timeout | undefined;
  let sweeping: Promise<unknown> = Promise.resolve();
  const idleSweep: BackgroundTask = {
    name: 'chat-idle-sweep',
    start() {
      if (deps.idleEndMs <= 0) return;
      const every = Math.max(1000, Math.min(60_000, Math.floor(deps.idleEndMs / 4)));
      sweepTimer = setInterval(() => {
        sweeping = ender
          .sweepIdle(deps.idleEndMs)
          .then(async (n) => {
            if (n > 0) endedMetric.inc({ reason: 'idle' }, n);
            // An emergency told and then silence: the team hears of it now, not when the chat
            // times out (the chat stays open; the visitor may come back and finish).
            await ender.sweepQuietEmergencies(Math.min(deps.idleEndMs, EMERGENCY_QUIET_MS));
          })
          .catch((err: unknown) => log.warn({ err: (err as Error).message }, 'chat idle sweep failed'));
      }, every);
      sweepTimer.unref();
    },
    async stop() {
      if (sweepTimer) clearInterval(sweepTimer);
      await sweeping;
    },
  };

  return {
    async end(businessId, conversationId, reason) {
      const ended = await ender.end(businessId, conversationId, reason);
      if (ended) endedMetric.inc({ reason });
      return ended;
    },
    tasks: [idleSweep],
  };
}
