import type { ObjectRef } from '@pothos/core';
import type { Page } from '../admin/pagination.js';
import { builder } from './builder.js';

// Relay-style connections (edges/cursor/pageInfo) over keyset pages from src/admin/pagination.

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
      node: t.field({ type: node, resolve: (e) => e.node as any }),
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
