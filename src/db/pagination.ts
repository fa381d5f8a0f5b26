import { badInput } from '../errors.js';
import { isUuid } from './ids.js';

// Keyset pagination over (timestamp DESC, id DESC): stable under inserts, no OFFSET scans.
// The cursor is opaque to clients (base64url of "iso|uuid").

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Cursor | undefined {
  if (cursor == null || cursor === '') return undefined;
  if (cursor.length > 200) throw badInput('Invalid cursor');
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = iso ? new Date(iso) : new Date(NaN);
  if (!id || !isUuid(id) || Number.isNaN(at.getTime())) throw badInput('Invalid cursor: pass an endCursor from a previous page');
  return { at, id };
}

export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`);
  return n;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Runs a COUNT only when the client asks for totalCount. */
  totalCount: () => Promise<number>;
}

/** Rows fetched with limit `size + 1`: the extra row only says whether there is a next page. */
export function toPage<T extends { id: string }>(rows: T[], size: number, at: (row: T) => Date, totalCount: () => Promise<number>): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return { nodes, hasNextPage: rows.length > size, endCursor: last ? encodeCursor(at(last), last.id) : null, totalCount };
}

/** Escapes LIKE wildcards so a search for "100%" means the text "100%". */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
