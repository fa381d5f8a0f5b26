import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

// Which table columns a list query must fetch for the fields the request actually selects
// (a page that shows ten fields of a lead does not read its captured answers or notes). A
// selected field this map does not know (one added by another domain file, e.g.
// Lead.notifications) makes the answer "every column", so a new field is never served from a
// row that lacks what it reads.

/** GraphQL field -> the columns its resolver reads. */
export type ColumnMap<C extends string> = Readonly<Record<string, readonly C[]>>;

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/** Calls `each` on every field of `set` (inline fragments and fragment spreads included). */
function forEachField(fragments: Fragments, set: SelectionSetNode | undefined, each: (field: FieldNode) => boolean): boolean {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!forEachField(fragments, sel.selectionSet, each)) return false;
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const f = fragments[sel.name.value];
      if (f && !forEachField(fragments, f.selectionSet, each)) return false;
    } else if (!each(sel)) return false;
  }
  return true;
}

/** Every field node selected at `path` under `nodes` (all aliases and fragments of it). */
export function fieldsAt(fragments: Fragments, nodes: readonly FieldNode[], path: readonly string[]): FieldNode[] {
  let level: readonly FieldNode[] = nodes;
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const node of level) forEachField(fragments, node.selectionSet, (f) => (f.name.value === name && next.push(f), true));
    level = next;
  }
  return [...level];
}

/**
 * The columns the selection of `nodes` needs, from the field -> columns `map`, plus `always`;
 * undefined (meaning "select all") when a selected field is not in the map.
 */
export function columnsOf<C extends string>(fragments: Fragments, nodes: readonly FieldNode[], map: ColumnMap<C>, always: readonly C[]): C[] | undefined {
  const columns = new Set<C>(always);
  const known = (field: FieldNode): boolean => {
    const name = field.name.value;
    if (name === '__typename') return true;
    const cols = map[name];
    if (!cols) return false;
    for (const c of cols) columns.add(c);
    return true;
  };
  for (const node of nodes) if (!forEachField(fragments, node.selectionSet, known)) return undefined;
  return [...columns];
}

/**
 * The columns the selection under `paths` (e.g. ['edges', 'node'] and ['nodes'] of a connection)
 * needs, plus `always` (keys and the page's order columns); undefined means "select all".
 */
export function selectedColumns<C extends string>(info: GraphQLResolveInfo, paths: readonly (readonly string[])[], map: ColumnMap<C>, always: readonly C[]): C[] | undefined {
  return columnsOf(info.fragments, nodesAt(info, paths), map, always);
}

/** The field nodes of the objects selected under `paths` of the current field. */
export function nodesAt(info: GraphQLResolveInfo, paths: readonly (readonly string[])[]): FieldNode[] {
  return paths.flatMap((path) => (path.length ? fieldsAt(info.fragments, info.fieldNodes, path) : [...info.fieldNodes]));
}

/** The two places a connection's nodes are selected. */
export const CONNECTION_NODES = [['edges', 'node'], ['nodes']] as const;
