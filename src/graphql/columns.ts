import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

// Which table columns a list query must fetch for the fields the request actually selects
// (a page that shows ten fields of a lead does not read its captured answers or notes). A
// selected field this map does not know (one added by another domain file, e.g.
// Lead.notifications) makes the answer "every column", so a new field is never served from a
// row that lacks what it reads.

/** GraphQL field -> the columns its resolver reads. */
export type ColumnMap<C extends string> = Readonly<Record<string, readonly C[]>>;

/**
 * The columns the selection under `path` (e.g. ['edges', 'node'] and ['nodes'] of a connection)
 * needs, plus `always` (keys and the page's order columns); undefined means "select all".
 */
export function selectedColumns<C extends string>(info: GraphQLResolveInfo, paths: readonly (readonly string[])[], map: ColumnMap<C>, always: readonly C[]): C[] | undefined {
  const columns = new Set<C>(always);
  const fragments = info.fragments;
  const visit = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (!visit(sel.selectionSet, rest)) return false;
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments[sel.name.value];
        if (f && !visit(f.selectionSet, rest)) return false;
      } else if (!fieldColumns(sel, rest)) return false;
    }
    return true;
  };
  const fieldColumns = (field: FieldNode, rest: readonly string[]): boolean => {
    const name = field.name.value;
    if (rest.length > 0) return name === rest[0] ? visit(field.selectionSet, rest.slice(1)) : true;
    if (name === '__typename') return true;
    const cols = map[name];
    if (!cols) return false;
    for (const c of cols) columns.add(c);
    return true;
  };
  for (const node of info.fieldNodes) for (const path of paths) if (!visit(node.selectionSet, path)) return undefined;
  return [...columns];
}

/** The two places a connection's nodes are selected. */
export const CONNECTION_NODES = [['edges', 'node'], ['nodes']] as const;
