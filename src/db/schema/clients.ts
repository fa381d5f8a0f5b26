import type { Generated, Selectable } from 'kysely';
import type { CreatedAt, Timestamp } from './columns.js';

// The business's clients (the people and companies it works for).

export interface ClientsTable {
  id: Generated<string>;
  business_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  email_domain: string | null;
  external_ref: string | null;
  notes: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type Client = Selectable<ClientsTable>;
