import type { PmProvider as PmProviderName } from '../../db/schema.js';
import { createAsanaProvider } from './asana.js';
import { createJiraProvider } from './jira.js';
import { createMockProvider } from './mock.js';
import { createMondayProvider } from './monday.js';
import type { PmProvider } from './types.js';

// The one list of project-management providers. Adding one = a file in this folder + a line here.

export interface PmRegistry {
  get(name: string): PmProvider | undefined;
  /** By the lower-case name used in webhook URLs (`/api/webhooks/pm/asana`). */
  bySlug(slug: string): PmProvider | undefined;
  names(): PmProviderName[];
}

export function createPmRegistry(providers: PmProvider[] = [createAsanaProvider(), createJiraProvider(), createMondayProvider(), createMockProvider()]): PmRegistry {
  const byName = new Map(providers.map((p) => [p.name as string, p]));
  return {
    get: (name) => byName.get(name),
    bySlug: (slug) => (/^[a-z]{1,20}$/.test(slug) ? byName.get(slug.toUpperCase()) : undefined),
    names: () => [...byName.keys()] as PmProviderName[],
  };
}
