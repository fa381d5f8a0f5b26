import { sql, type Kysely } from 'kysely';

// The whole data model of DESIGN.md. Every tenant table carries business_id, and every index
// that serves a tenant query leads with it. Enums are CHECK constraints so that adding a value
// is a one-line forward migration.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS vector`.execute(db);

  await sql`
    CREATE TABLE businesses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      plan text NOT NULL DEFAULT 'FREE' CHECK (plan IN ('FREE','BASIC','PRO')),
      twilio_number text UNIQUE,
      phone_number text,
      website text,
      description text NOT NULL DEFAULT '',
      address text,
      notification_email text,
      notification_phone text,
      timezone text NOT NULL DEFAULT 'UTC',
      business_hours jsonb NOT NULL DEFAULT '{}'::jsonb,
      allowed_origins text[] NOT NULL DEFAULT '{}',
      emergency_message_template text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      email text NOT NULL,
      name text,
      password_hash text NOT NULL,
      role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('OWNER','ADMIN','MEMBER')),
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`.execute(db);
  await sql`CREATE INDEX users_business_idx ON users (business_id)`.execute(db);

  await sql`
    CREATE TABLE api_keys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      name text NOT NULL,
      prefix text NOT NULL UNIQUE,
      key_hash text NOT NULL,
      role text NOT NULL DEFAULT 'ADMIN' CHECK (role IN ('OWNER','ADMIN','MEMBER')),
      last_used_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX api_keys_business_idx ON api_keys (business_id, created_at DESC)`.execute(db);

  await sql`
    CREATE TABLE agent_configs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL UNIQUE REFERENCES businesses(id) ON DELETE CASCADE,
      agent_name text NOT NULL DEFAULT 'Assistant',
      persona text NOT NULL DEFAULT '',
      instructions text NOT NULL DEFAULT '',
      welcome_message text NOT NULL DEFAULT 'Hi! How can we help you today?',
      voice_greeting text NOT NULL DEFAULT 'Thanks for calling. How can I help you today?',
      faq jsonb NOT NULL DEFAULT '[]'::jsonb,
      realtime_enabled boolean NOT NULL DEFAULT true,
      realtime_voice text NOT NULL DEFAULT 'alloy',
      twilio_voice text NOT NULL DEFAULT 'Polly.Joanna',
      twilio_language text NOT NULL DEFAULT 'en-US',
      emergency_sensitivity integer NOT NULL DEFAULT 5 CHECK (emergency_sensitivity BETWEEN 1 AND 10),
      emergency_keywords text[] NOT NULL DEFAULT '{}',
      interruption_delay_ms integer NOT NULL DEFAULT 0 CHECK (interruption_delay_ms BETWEEN 0 AND 5000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE widget_configs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL UNIQUE REFERENCES businesses(id) ON DELETE CASCADE,
      primary_color text NOT NULL DEFAULT '#2563eb',
      text_color text NOT NULL DEFAULT '#ffffff',
      background_color text NOT NULL DEFAULT '#ffffff',
      position text NOT NULL DEFAULT 'BOTTOM_RIGHT' CHECK (position IN ('BOTTOM_RIGHT','BOTTOM_LEFT')),
      greeting text,
      launcher_text text NOT NULL DEFAULT 'Chat with us',
      show_branding boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE lead_questions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      position integer NOT NULL DEFAULT 0,
      question text NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
      expected_format text NOT NULL DEFAULT 'TEXT' CHECK (expected_format IN ('TEXT','EMAIL','PHONE','DATE','NUMBER')),
      required boolean NOT NULL DEFAULT true,
      maps_to text CHECK (maps_to IN ('NAME','EMAIL','PHONE','ADDRESS','ISSUE','PREFERRED_TIME','OTHER')),
      essential_for_emergency boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX lead_questions_business_idx ON lead_questions (business_id, position)`.execute(db);

  await sql`
    CREATE TABLE clients (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      name text NOT NULL,
      email text,
      phone text,
      company text,
      email_domain text,
      external_ref text,
      notes text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX clients_business_email_idx ON clients (business_id, lower(email))`.execute(db);
  await sql`CREATE INDEX clients_business_phone_idx ON clients (business_id, phone)`.execute(db);
  await sql`CREATE INDEX clients_business_created_idx ON clients (business_id, created_at DESC)`.execute(db);

  await sql`
    CREATE TABLE conversations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('CHAT','CALL')),
      status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','ENDED','FAILED','MISSED')),
      session_id text,
      call_sid text UNIQUE,
      from_number text,
      to_number text,
      client_id uuid REFERENCES clients(id) ON DELETE SET NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      ended_at timestamptz,
      duration_seconds integer,
      summary text,
      metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX conversations_business_started_idx ON conversations (business_id, started_at DESC)`.execute(db);
  await sql`CREATE INDEX conversations_business_session_idx ON conversations (business_id, session_id)`.execute(db);

  await sql`
    CREATE TABLE messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('user','assistant','system','tool')),
      content text NOT NULL,
      metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX messages_conversation_idx ON messages (business_id, conversation_id, created_at)`.execute(db);

  await sql`
    CREATE TABLE leads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      conversation_id uuid REFERENCES conversations(id) ON DELETE SET NULL,
      client_id uuid REFERENCES clients(id) ON DELETE SET NULL,
      related_lead_id uuid REFERENCES leads(id) ON DELETE SET NULL,
      channel text NOT NULL CHECK (channel IN ('CHAT','CALL','VOICEMAIL','API')),
      status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW','CONTACTED','QUALIFIED','CONVERTED','LOST')),
      priority text NOT NULL DEFAULT 'NORMAL' CHECK (priority IN ('LOW','NORMAL','HIGH','URGENT')),
      name text,
      email text,
      phone text,
      address text,
      issue text,
      captured_data jsonb NOT NULL DEFAULT '{}'::jsonb,
      is_emergency boolean NOT NULL DEFAULT false,
      emergency_severity integer CHECK (emergency_severity BETWEEN 1 AND 10),
      emergency_notes text,
      notes text,
      acknowledged_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX leads_business_created_idx ON leads (business_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX leads_business_status_idx ON leads (business_id, status)`.execute(db);
  await sql`CREATE INDEX leads_business_priority_idx ON leads (business_id, priority)`.execute(db);
  await sql`CREATE INDEX leads_business_email_idx ON leads (business_id, lower(email))`.execute(db);
  await sql`CREATE INDEX leads_business_phone_idx ON leads (business_id, phone)`.execute(db);
  await sql`CREATE INDEX leads_conversation_idx ON leads (business_id, conversation_id)`.execute(db);

  await sql`
    CREATE TABLE knowledge_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      source text NOT NULL DEFAULT 'TEXT' CHECK (source IN ('TEXT','MARKDOWN','HTML','GDRIVE')),
      content text NOT NULL,
      content_hash text NOT NULL DEFAULT '',
      external_id text,
      external_modified_at timestamptz,
      integration_id uuid,
      embedding_model text,
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','READY','FAILED')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX knowledge_items_business_idx ON knowledge_items (business_id, created_at DESC)`.execute(db);
  await sql`CREATE UNIQUE INDEX knowledge_items_external_key ON knowledge_items (business_id, source, external_id) WHERE external_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE knowledge_chunks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      item_id uuid NOT NULL REFERENCES knowledge_items(id) ON DELETE CASCADE,
      ordinal integer NOT NULL,
      heading text NOT NULL DEFAULT '',
      content text NOT NULL,
      embedding vector(512),
      embedding_model text,
      tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', heading || ' ' || content)) STORED,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX knowledge_chunks_item_idx ON knowledge_chunks (business_id, item_id, ordinal)`.execute(db);
  await sql`CREATE INDEX knowledge_chunks_tsv_idx ON knowledge_chunks USING gin (tsv)`.execute(db);
  await sql`CREATE INDEX knowledge_chunks_embedding_idx ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)`.execute(db);

  await sql`
    CREATE TABLE integrations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      provider text NOT NULL CHECK (provider IN ('ASANA','JIRA','MONDAY','MOCK','GDRIVE')),
      status text NOT NULL DEFAULT 'CONNECTED' CHECK (status IN ('CONNECTED','SYNCING','ERROR','DISCONNECTED')),
      credentials_encrypted text NOT NULL,
      credentials_key_id text NOT NULL,
      credentials_hint text NOT NULL DEFAULT '',
      settings jsonb NOT NULL DEFAULT '{}'::jsonb,
      webhook_secret_encrypted text,
      webhook_token text UNIQUE,
      external_webhook_id text,
      last_sync_at timestamptz,
      last_error text,
      project_count integer NOT NULL DEFAULT 0,
      task_count integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (business_id, provider)
    )`.execute(db);

  await sql`
    CREATE TABLE projects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      client_id uuid REFERENCES clients(id) ON DELETE SET NULL,
      integration_id uuid REFERENCES integrations(id) ON DELETE SET NULL,
      provider text NOT NULL CHECK (provider IN ('ASANA','JIRA','MONDAY','MOCK','MANUAL')),
      external_id text NOT NULL,
      name text NOT NULL,
      status text NOT NULL DEFAULT 'UNKNOWN',
      progress integer CHECK (progress BETWEEN 0 AND 100),
      due_date date,
      description text,
      url text,
      customer_ref text,
      task_count integer NOT NULL DEFAULT 0,
      completed_task_count integer NOT NULL DEFAULT 0,
      raw jsonb NOT NULL DEFAULT '{}'::jsonb,
      last_synced_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (business_id, provider, external_id)
    )`.execute(db);
  await sql`CREATE INDEX projects_business_client_idx ON projects (business_id, client_id)`.execute(db);

  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      business_id uuid NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
      lead_id uuid REFERENCES leads(id) ON DELETE CASCADE,
      kind text NOT NULL,
      recipient text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENDING','SENT','DEAD')),
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 8,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      locked_until timestamptz,
      last_error text,
      idempotency_key text NOT NULL UNIQUE,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status IN ('PENDING','SENDING')`.execute(db);
  await sql`CREATE INDEX notifications_business_lead_idx ON notifications (business_id, lead_id, created_at DESC)`.execute(db);
}
