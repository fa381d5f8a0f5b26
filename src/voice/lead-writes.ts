/**
 * The lead work in flight per conversation during a call (the transcript's emergency triage and
 * the lead tools), so the after-call work waits for it before it reads what leads the call has:
 * otherwise a slow triage write and the after-transfer extraction each see no lead and a call
 * gets two (seen under load: the emergency's lead, name unknown, beside "Ann Lee").
 */
export interface LeadWrites {
  /** Runs `work` for the conversation and keeps it as in flight until it settles. */
  track<T>(conversationId: string, work: Promise<T>): Promise<T>;
  /** Resolves once everything tracked for the conversation so far has settled. */
  settled(conversationId: string): Promise<void>;
}

export function createLeadWrites(): LeadWrites {
  const inFlight = new Map<string, Promise<void>>();
  return {
    track(conversationId, work) {
      const all = Promise.allSettled([inFlight.get(conversationId), work]).then(() => undefined);
      inFlight.set(conversationId, all);
      void all.then(() => {
        if (inFlight.get(conversationId) === all) inFlight.delete(conversationId);
      });
      return work;
    },
    settled: (conversationId) => inFlight.get(conversationId) ?? Promise.resolve(),
  };
}
