import type { Plan, Role } from '../db/schema.js';

/** Who is calling, resolved once per request from a JWT or an API key. */
export interface Actor {
  businessId: string;
  userId?: string;
  apiKeyId?: string;
  role: Role;
  plan: Plan;
  /** When the credential stops being valid (ms since epoch): a JWT's exp; API keys have none. */
  expiresAt?: number;
}

export const canWrite = (actor: Actor): boolean => actor.role === 'OWNER' || actor.role === 'ADMIN';
