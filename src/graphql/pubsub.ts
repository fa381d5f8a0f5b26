import type { EventBus } from '../events.js';

// Domain events -> GraphQL subscription topics. Topics carry the business id, so a subscriber
// can only ever be attached to its own business's stream. With REDIS_URL the mercurius
// emitter is mqemitter-redis: an event published on one instance reaches subscribers on all.

export const leadTopic = (businessId: string): string => `lead.captured.${businessId}`;
export const conversationTopic = (businessId: string): string => `conversation.updated.${businessId}`;

export interface PubSubLike {
  publish(event: { topic: string; payload: unknown }, callback?: () => void): void;
}

export interface LeadCapturedPayload {
  leadId: string;
  businessId: string;
}

export interface ConversationUpdatedPayload {
  conversationId: string;
  businessId: string;
  channel: 'CHAT' | 'CALL';
  status: string;
}

export function bridgeEventsToPubSub(events: EventBus, pubsub: PubSubLike): () => void {
  return events.subscribe((event) => {
    if (event.type === 'lead.created') {
      const payload: LeadCapturedPayload = { leadId: event.leadId, businessId: event.businessId };
      pubsub.publish({ topic: leadTopic(event.businessId), payload });
    } else if (event.type === 'conversation.updated') {
      const payload: ConversationUpdatedPayload = {
        conversationId: event.conversationId,
        businessId: event.businessId,
        channel: event.channel,
        status: event.status,
      };
      pubsub.publish({ topic: conversationTopic(event.businessId), payload });
    }
  });
}
