import type { Plan, Role } from '../db/schema.js';

/** Who is calling, resolved once per request from a JWT or an API key. */
export interface Actor {
  businessId: string;
  userId?: string;
  apiKeyId?: string;
  /** For an API key: the user it belongs to (the key dies with that user's removal or demotion). */
  apiKeyOwnerId?: string;
  /** For a JWT: the `ver` it carried; a password change raises the user's version and ends it. */
  tokenVersion?: number;
  role: Role;
  plan: Plan;
  /** When the credential stops being valid (ms since epoch): a JWT's exp; API keys have none. */
  expiresAt?: number;
}

export const canWrite = (actor: Actor): boolean => actor.role === 'OWNER' || actor.role === 'ADMIN';
