// getRecord lives in src/db/records.ts; this re-export keeps graphql/subscriptions.ts (edited
// on another branch) compiling until it imports db/records.js directly.
export { getRecord } from '../db/records.js';
