// Domain events inside one process. Publishers (lead capture, calls, chat) do not know who
// listens; the GraphQL layer forwards them to subscriptions (across instances via Redis).
// Publish after the transaction commits: a listener must never see a rolled-back fact.

export type DomainEvent =
  | { type: 'lead.created'; businessId: string; leadId: string }
  | { type: 'lead.updated'; businessId: string; leadId: string }
  | { type: 'conversation.updated'; businessId: string; conversationId: string; channel: 'CHAT' | 'CALL'; status: string }
  | { type: 'emergency.reported'; businessId: string; leadId: string; severity: number }
  /** An owner or the platform changed the business's settings (profile, plan, agent, questions): caches of them drop it. */
  | { type: 'business.changed'; businessId: string };

export type EventListener = (event: DomainEvent) => void | Promise<void>;

export interface EventBus {
  publish(event: DomainEvent): void;
  /** Returns an unsubscribe function. */
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(onError: (err: unknown, event: DomainEvent) => void): EventBus {
  const listeners = new Set<EventListener>();
  return {
    publish(event) {
      for (const listener of listeners) {
        try {
          const r = listener(event);
          if (r && typeof (r as Promise<void>).catch === 'function') (r as Promise<void>).catch((err) => onError(err, event));
        } catch (err) {
          onError(err, event);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
