import {
  GraphQLError,
  getNamedType,
  isObjectType,
  isInterfaceType,
  isListType,
  getNullableType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
  type DocumentNode,
  type OperationDefinitionNode,
  validate,
  specifiedRules,
  NoUnusedFragmentsRule,
} from 'graphql';

// Query limits that run at validation time, before any resolver: a query over budget costs
// the server a parse and a walk, never a database round trip.

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COST = 25_000;
export const MAX_PAGE_SIZE = 100;
/** What an unbounded list field is assumed to hold when it has no `first`/`limit` argument. */
const DEFAULT_LIST_SIZE = 10;
const DEFAULT_PAGE_SIZE = 20;

function argValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/** How many children a field multiplies its selection by. */
function multiplier(field: FieldNode, def: GraphQLField<unknown, unknown> | undefined, parentType: GraphQLNamedType, variables: Record<string, unknown>): number {
  if (!def) return 1;
  // edges/nodes of a connection are already multiplied by the connection's page size.
  if (parentType.name.endsWith('Connection')) return 1;
  const sizeArg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
  const given = argValue(sizeArg?.value, variables);
  // Resolvers enforce each field's own maximum; the cap only keeps the arithmetic sane.
  if (typeof given === 'number' && Number.isFinite(given)) return Math.max(1, Math.min(given, 10_000));
  if (def.args.some((a) => a.name === 'first' || a.name === 'limit')) {
    const fallback = def.args.find((a) => a.name === 'first' || a.name === 'limit')?.defaultValue;
    return typeof fallback === 'number' ? fallback : DEFAULT_PAGE_SIZE;
  }
  return isListType(getNullableType(def.type)) ? DEFAULT_LIST_SIZE : 1;
}

/**
 * Cost = every field counts 1, and a list/page field multiplies the cost of its selection by
 * its page size (`first`/`limit`, from the query or its default). Connection edges inherit
 * the page size of their connection field.
 */
export function queryCost(
  schema: GraphQLSchema,
  selection: SelectionSetNode,
  parentType: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: Set<string> = new Set(),
): number {
  let total = 0;
  for (const sel of selection.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) {
        total += 1;
        continue;
      }
      const def = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[sel.name.value] : undefined;
      const childType = def ? getNamedType(def.type) : undefined;
      let inner = 0;
      if (sel.selectionSet && childType) inner = queryCost(schema, sel.selectionSet, childType, fragments, variables, seen);
      total += 1 + multiplier(sel, def, parentType, variables) * inner;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) ?? parentType : parentType;
      total += queryCost(schema, sel.selectionSet, t, fragments, variables, seen);
    } else {
      const name = sel.name.value;
      const frag = fragments[name];
      if (!frag || seen.has(name)) continue; // cycles are reported by the standard rules
      const t = schema.getType(frag.typeCondition.name.value) ?? parentType;
      total += queryCost(schema, frag.selectionSet, t, fragments, variables, new Set([...seen, name]));
    }
  }
  return total;
}

/** QUERY_TOO_COSTLY for every operation of `doc` whose cost (with these variables) is over `maxCost`. */
function documentCostErrors(schema: GraphQLSchema, doc: DocumentNode, maxCost: number, variables: Record<string, unknown>): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = d.operation === 'query' ? schema.getQueryType() : d.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) continue;
    const cost = queryCost(schema, d.selectionSet, root, fragments, variables);
    if (cost > maxCost) {
      errors.push(
        new GraphQLError(`Query is too expensive: cost ${cost} exceeds the budget of ${maxCost}; ask for fewer items or fields`, {
          nodes: [d],
          extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost },
        }),
      );
    }
  }
  return errors;
}

export function costLimitRule(maxCost: number, variables: Record<string, unknown> = {}) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(doc) {
      for (const error of documentCostErrors(context.getSchema(), doc, maxCost, variables)) context.reportError(error);
    },
  });
}

/** Cost results kept per document: one per distinct set of page-size variable values. */
const COSTS_PER_DOCUMENT = 32;

/**
 * The cost check for an already parsed and validated (cached) document: the cost of a
 * document depends on the variables only through its `first`/`limit` arguments, so the answer
 * is cached per document (a WeakMap: it goes when the parse cache drops the document) and per
 * value of those variables. A document without size variables is costed once.
 */
export function createCostCheck(schema: GraphQLSchema, maxCost: number) {
  const byDocument = new WeakMap<DocumentNode, { sizeVariables: string[]; errors: Map<string, GraphQLError[]> }>();
  return (document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError[] => {
    let entry = byDocument.get(document);
    if (!entry) {
      entry = { sizeVariables: sizeVariablesOf(document), errors: new Map() };
      byDocument.set(document, entry);
    }
    const key = entry.sizeVariables.map((name) => JSON.stringify(variables?.[name] ?? null)).join('|');
    let errors = entry.errors.get(key);
    if (!errors) {
      errors = documentCostErrors(schema, document, maxCost, variables ?? {});
      if (entry.errors.size >= COSTS_PER_DOCUMENT) entry.errors.clear();
      entry.errors.set(key, errors);
    }
    return errors;
  };
}

/** Names of the variables a document passes as a `first` or `limit` argument (all the cost reads). */
function sizeVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        for (const a of sel.arguments ?? []) if ((a.name.value === 'first' || a.name.value === 'limit') && a.value.kind === Kind.VARIABLE) names.add(a.value.name.value);
      }
      if (sel.kind !== Kind.FRAGMENT_SPREAD) walk(sel.selectionSet);
    }
  };
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) walk(d.selectionSet);
  return [...names].sort();
}

/** Depth counted in fields (fragments flattened), so the same query has the same depth however written. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    const depthOf = (set: SelectionSetNode, seen: Set<string>): number => {
      let max = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet, seen));
        else {
          const f = fragments[sel.name.value];
          if (f && !seen.has(f.name.value)) max = Math.max(max, depthOf(f.selectionSet, new Set([...seen, f.name.value])));
        }
      }
      return max;
    };
    return {
      Document(doc) {
        for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
        for (const d of doc.definitions) {
          if (d.kind !== Kind.OPERATION_DEFINITION) continue;
          const depth = depthOf(d.selectionSet, new Set());
          if (depth > maxDepth) {
            context.reportError(
              new GraphQLError(`Query is too deep: depth ${depth} exceeds the limit of ${maxDepth}`, {
                nodes: [d],
                extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth },
              }),
            );
          }
        }
      },
    };
  };
}

export const MAX_ALIASES = 50;

/**
 * Aliases let one request repeat a field thousands of times under different names; cheap
 * fields slip under the cost budget but still cost parsing, validation and execution. No
 * admin screen needs more than a handful.
 */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias || reported) return;
        aliases++;
        if (aliases > maxAliases) {
          reported = true;
          context.reportError(
            new GraphQLError(`Too many aliases: more than ${maxAliases} in one request`, { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY', maxAliases } }),
          );
        }
      },
    };
  };
}

/** The validation rules every operation passes, whatever the transport (HTTP or WebSocket). */
export function limitRules(variables: Record<string, unknown>) {
  return [depthLimitRule(MAX_QUERY_DEPTH), aliasLimitRule(MAX_ALIASES), costLimitRule(MAX_QUERY_COST, variables)];
}

/** Live subscriptions one WebSocket may hold at once. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 10;

/**
 * Checks one operation (as graphql-js hands it to a resolver: the operation, its fragments and
 * the actual variables) against the same depth, alias and cost rules as an HTTP request.
 * Mercurius runs custom validation rules for HTTP only; subscriptions call this before they
 * attach to the pubsub.
 */
export function operationLimitErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): readonly GraphQLError[] {
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...Object.values(fragments)] };
  // graphql-js does not validate subscription documents either: the standard rules run here too
  // (except unused fragments, which another operation of the same document may use).
  const standard = specifiedRules.filter((r) => r !== NoUnusedFragmentsRule);
  return validate(schema, document, [...standard, ...limitRules(variables)]);
}
