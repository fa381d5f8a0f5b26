import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './columns.js';
import type { PmProvider } from './integrations.js';

// Projects, synced from a project-management tool or entered by hand.

export type ProjectProvider = PmProvider | 'MANUAL';

export interface ProjectsTable {
  id: Generated<string>;
  business_id: string;
  client_id: string | null;
  integration_id: string | null;
  provider: ProjectProvider;
  external_id: string;
  name: string;
  status: ColumnType<string, string | undefined, string>;
  progress: number | null;
  due_date: ColumnType<Date | null, string | null | undefined, string | null>;
  description: string | null;
  url: string | null;
  customer_ref: string | null;
  task_count: ColumnType<number, number | undefined, number>;
  completed_task_count: ColumnType<number, number | undefined, number>;
  raw: Json<Record<string, unknown>>;
  last_synced_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type Project = Selectable<ProjectsTable>;
