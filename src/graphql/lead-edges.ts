import { Kind, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { LeadEdgesPlan } from '../leads/page-edges.js';
import { CLIENT_COLUMNS, CONVERSATION_COLUMNS, PROJECT_COLUMNS } from './loaders.js';
import { CONNECTION_NODES, columnsOf, fieldsAt, nodesAt } from './columns.js';

// Which edges of the leads page to read in the leads' own statement (src/leads/page-edges.ts),
// from the request's selection. An edge is read along only when every field selected on it is
// known (the column maps), so the prefetched row has what its fields read; anything else (an
// unknown field, transcripts asked with two different sizes) is left to the per-edge loaders,
// which the resolvers fall back to whenever the row carries nothing for them.

export const DEFAULT_MESSAGES = 50;
export const MAX_MESSAGES = 500;

/** The value of Int argument `name` of `field` (the field's default when absent or null); undefined when it cannot be read. */
function intArg(field: FieldNode, name: string, variables: Record<string, unknown>, fallback: number): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return fallback;
  const v = arg.value;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.NULL) return fallback;
  if (v.kind === Kind.VARIABLE) {
    const value = variables[v.name.value];
    if (value == null) return fallback;
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/** The edges of the `leads` field's nodes to read with the leads, or undefined for none. */
export function planLeadEdges(info: GraphQLResolveInfo): LeadEdgesPlan | undefined {
  const { fragments } = info;
  const nodes = nodesAt(info, CONNECTION_NODES);
  const plan: LeadEdgesPlan = {};
  const conversations = fieldsAt(fragments, nodes, ['conversation']);
  const conversationColumns = conversations.length ? columnsOf(fragments, conversations, CONVERSATION_COLUMNS, ['id', 'business_id']) : undefined;
  if (conversationColumns) {
    const sizes = new Set(fieldsAt(fragments, conversations, ['messages']).map((m) => intArg(m, 'first', info.variableValues, DEFAULT_MESSAGES)));
    const [size] = sizes;
    const one = sizes.size === 1 && size !== undefined && Number.isInteger(size) && size >= 1 && size <= MAX_MESSAGES;
    plan.conversation = { columns: conversationColumns, ...(one ? { messages: size } : {}) };
  }
  const clients = fieldsAt(fragments, nodes, ['client']);
  const clientColumns = clients.length ? columnsOf(fragments, clients, CLIENT_COLUMNS, ['id', 'business_id']) : undefined;
  if (clientColumns) {
    const projects = fieldsAt(fragments, clients, ['projects']);
    const projectColumns = projects.length ? columnsOf(fragments, projects, PROJECT_COLUMNS, ['id', 'business_id', 'client_id', 'created_at']) : undefined;
    plan.client = { columns: clientColumns, ...(projectColumns ? { projects: projectColumns } : {}) };
  }
  return plan.conversation || plan.client ? plan : undefined;
}
