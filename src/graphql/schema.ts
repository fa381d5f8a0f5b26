// Builds the schema: import each domain file (one line each), then toSchema().
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './me.js';
import './business.js';
import './subscriptions.js';
import './account.js';
import './agent-settings.js';
import './widget.js';
import './lead-questions.js';
import './leads.js';
import './conversations.js';
import './clients.js';
import './projects.js';
import './account-lifecycle.js';
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
