// Builds the schema: import each domain file (one line each), then toSchema().
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './me.js';
import './business.js';
import './subscriptions.js';
import './account.js';
import './agent.js';
import './records.js';
import './knowledge.js';
import './dashboard.js';
import './notifications.js';
import './integrations.js';
import './calls.js';
import './phone-numbers.js';
import './escalations.js';

export function buildSchema(): GraphQLSchema {
  return builder.toSchema();
}

/** The schema with types and fields sorted, so the printed file diffs stably. */
export function buildSortedSchema(): GraphQLSchema {
  return lexicographicSortSchema(buildSchema());
}
