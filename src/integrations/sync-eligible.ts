import type { Kysely } from 'kysely';
import type { Database, Integration } from '../db/schema.js';
import { can, type Feature } from '../plans/index.js';

/**
 * The scheduler's pass over one kind of integration (Google Drive, or every project tool):
 * each live integration whose business's plan still includes `feature` is synced; one that
 * moved to a plan without it keeps its data but stops syncing. A failure is counted and the
 * pass goes on (each sync records its own error on its row).
 */
export async function syncEligible(
  db: Kysely<Database>,
  kind: 'drive' | 'projects',
  feature: Feature,
  sync: (row: Integration) => Promise<unknown>,
): Promise<{ ok: number; failed: number }> {
  const all = await db
    .selectFrom('integrations')
    .innerJoin('businesses', 'businesses.id', 'integrations.business_id')
    .selectAll('integrations')
    .select('businesses.plan as plan')
    .where('integrations.provider', kind === 'drive' ? '=' : '!=', 'GDRIVE')
    .where('integrations.status', '!=', 'DISCONNECTED')
    .execute();
  let ok = 0;
  let failed = 0;
  for (const row of all.filter((r) => can(r.plan, feature))) {
    try {
      await sync(row);
      ok++;
    } catch {
      failed++;
    }
  }
  return { ok, failed };
}
