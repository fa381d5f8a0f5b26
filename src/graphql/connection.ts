import type { ObjectRef } from '@pothos/core';
import { encodeCursor, type Page } from '../db/pagination.js';
import { builder } from './builder.js';

// Relay-style connections (edges/cursor/pageInfo) over keyset pages from src/db/pagination.

const PageInfoRef = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'Pass as `after` to get the next page' }),
  }),
});

export function connectionOf<T extends { id: string }>(name: string, node: ObjectRef<any, T>) {
  const Edge = builder.objectRef<{ node: T; cursor: string }>(`${name}Edge`).implement({
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      node: t.expose('node', { type: node }),
    }),
  });
  return builder.objectRef<Page<T> & { cursorOf: (n: T) => string }>(`${name}Connection`).implement({
    fields: (t) => ({
      edges: t.field({ type: [Edge], resolve: (p) => p.nodes.map((n) => ({ node: n, cursor: p.cursorOf(n) })) }),
      nodes: t.field({ type: [node], resolve: (p) => p.nodes as any }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (p) => p }),
      totalCount: t.int({ description: 'All items matching the filter (costs a count)', resolve: (p) => p.totalCount() }),
    }),
  });
}

/** A page with the cursor of each node (edges), keyed on the column the page is ordered by. */
export const withCursor = <T extends { id: string }>(page: Page<T>, at: (n: T) => Date) => ({ ...page, cursorOf: (n: T) => encodeCursor(at(n), n.id) });

/** `first` and `after`, the arguments of every paged list. */
export const pageArgs = (t: any) => ({
  first: t.arg.int({ defaultValue: 20, description: 'Page size, 1 to 100' }),
  after: t.arg.string({ description: 'endCursor of the previous page' }),
});
