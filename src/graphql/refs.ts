import type { Client, Conversation, Lead } from '../db/schema.js';
import type { ProjectView } from '../projects/data.js';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';

// The record types that point at each other (a lead's conversation and client, a client's
// projects...). Declared here, implemented in each domain's file (leads.ts, conversations.ts,
// clients.ts, projects.ts), so those files import each other's refs and never each other.

export const LeadRef = builder.objectRef<Lead>('Lead');
export const ConversationRef = builder.objectRef<Conversation>('Conversation');
export const ClientRef = builder.objectRef<Client>('Client');
export const ProjectRef = builder.objectRef<ProjectView>('Project');

/** The caller's business on an edge of a record type (only reachable by an authenticated query). */
export const businessOf = (ctx: GraphQLContext): string => {
  if (!ctx.actor) throw new Error('unreachable: edge resolved without an actor');
  return ctx.actor.businessId;
};
