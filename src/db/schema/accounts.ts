import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Timestamp } from './columns.js';

// Users, API keys and single-use account links.

export type Role = 'OWNER' | 'ADMIN' | 'MEMBER';

export interface UsersTable {
  id: Generated<string>;
  business_id: string;
  email: string;
  name: string | null;
  password_hash: string;
  role: ColumnType<Role, Role | undefined, Role>;
  last_login_at: Date | null;
  /** Carried in JWTs as `ver`; raised on password change/reset to end every earlier session (0420). */
  token_version: ColumnType<number, number | undefined, number>;
  /** Invited, has not chosen a password yet: cannot sign in (0422). */
  invitation_pending: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type AccountTokenPurpose = 'PASSWORD_RESET' | 'INVITATION' | 'EMAIL_VERIFICATION';

export interface AccountTokensTable {
  id: Generated<string>;
  business_id: string;
  user_id: string | null;
  purpose: AccountTokenPurpose;
  email: string;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: CreatedAt;
}

export interface ApiKeysTable {
  id: Generated<string>;
  business_id: string;
  created_by: string | null;
  name: string;
  prefix: string;
  key_hash: string;
  role: ColumnType<Role, Role | undefined, Role>;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: CreatedAt;
}

export type User = Selectable<UsersTable>;
export type ApiKey = Selectable<ApiKeysTable>;
export type AccountToken = Selectable<AccountTokensTable>;
