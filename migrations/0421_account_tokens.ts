import { sql, type Kysely } from 'kysely';

// Single-use links sent by e-mail: password resets, team invitations and notification e-mail
// verification. Only the SHA-256 of the token is stored; the link carries the token itself.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE account_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      user_id uuid REFERENCES users(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('PASSWORD_RESET','INVITATION','EMAIL_VERIFICATION')),
      email text NOT NULL CHECK (length(email) <= 320),
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose) WHERE used_at IS NULL`.execute(db);
}
