import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

// "Widget loaded from an allowed origin": the public chat start records which of the business's
// allowed origins the widget runs on, and when. Anonymous visitors reach this, so it writes only
// an origin the owner listed (never the raw header) and the time, and at most once a minute per
// business unless the origin changes: no write per message, none per busy minute.

export const WIDGET_SEEN_REFRESH_MS = 60_000;

const normalize = (origin: string) => origin.trim().replace(/\/+$/, '').toLowerCase();

/** The owner's own entry that the request's Origin header matches, or null. */
export function allowedOriginOf(allowed: readonly string[], origin: string | undefined): string | null {
  if (!origin) return null;
  const o = normalize(origin);
  return allowed.map(normalize).find((a) => a === o) ?? null;
}

export interface WidgetSeen {
  widget_seen_origin: string | null;
  widget_first_seen_at: Date | null;
  widget_last_seen_at: Date | null;
}

/** True when the stored signal is missing, for another origin, or older than a minute. */
export function seenNeedsWrite(seen: WidgetSeen, origin: string, now: Date): boolean {
  return seen.widget_seen_origin !== origin || !seen.widget_last_seen_at || now.getTime() - seen.widget_last_seen_at.getTime() >= WIDGET_SEEN_REFRESH_MS;
}

/**
 * Records a chat start from `origin` (already one of the business's allowed origins) when the
 * business row the caller loaded says it is due. The same condition guards the UPDATE, so
 * concurrent starts write once.
 */
export async function recordWidgetSeen(db: Kysely<Database>, businessId: string, seen: WidgetSeen, origin: string, now: Date): Promise<boolean> {
  if (!seenNeedsWrite(seen, origin, now)) return false;
  const stale = new Date(now.getTime() - WIDGET_SEEN_REFRESH_MS);
  const r = await db
    .updateTable('businesses')
    .set({ widget_seen_origin: origin, widget_last_seen_at: now, widget_first_seen_at: sql<Date>`coalesce(widget_first_seen_at, ${now})` })
    .where('id', '=', businessId)
    .where((eb) => eb.or([eb('widget_seen_origin', 'is', null), eb('widget_seen_origin', '!=', origin), eb('widget_last_seen_at', 'is', null), eb('widget_last_seen_at', '<=', stale)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
