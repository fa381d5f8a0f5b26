// Rows that arrive with some of their edges already read (the leads page reads a lead's
// conversation, its transcript, its client and the client's projects in the lead's own row).
// The edges ride on the row under a symbol, so they never reach a JSON answer or a field by
// accident; a resolver that finds its edge here uses it, one that does not reads it as usual.

const PREFETCHED = Symbol('prefetched edges');

type Carrier<E> = { [PREFETCHED]?: E };

/** The edges read with `row`, if any. */
export function prefetchedOf<E>(row: object): E | undefined {
  return (row as Carrier<E>)[PREFETCHED];
}

/** Attaches `edges` to `row` (returned, for chaining). */
export function withPrefetched<T extends object, E>(row: T, edges: E): T {
  (row as Carrier<E>)[PREFETCHED] = edges;
  return row;
}

/**
 * A row decoded from the database's JSON (json_build_object): timestamps come as ISO text or as
 * milliseconds since the epoch, and dates as YYYY-MM-DD; all are turned into Dates as the
 * drivers do for plain columns.
 */
export function reviveJsonRow<T>(row: Record<string, unknown>, timestamps: readonly string[], dates: readonly string[] = []): T {
  for (const k of timestamps) {
    const v = row[k];
    if (typeof v === 'string' || typeof v === 'number') row[k] = new Date(v);
  }
  for (const k of dates) {
    const v = row[k];
    if (typeof v === 'string') row[k] = new Date(`${v.slice(0, 10)}T00:00:00Z`);
  }
  return row as T;
}
