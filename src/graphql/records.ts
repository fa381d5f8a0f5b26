// The record types moved to one file per domain (leads.ts, conversations.ts, clients.ts,
// projects.ts) with their refs in refs.ts; this re-export keeps the files other branches edit
// (calls.ts, subscriptions.ts) compiling until they import refs.ts directly.
export { ClientRef, ConversationRef, LeadRef, ProjectRef } from './refs.js';
