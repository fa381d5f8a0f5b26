/**
 * The one Pothos builder. Domain files (`src/graphql/<domain>.ts`) import `builder` and add
 * their types, queries and mutations; `schema.ts` imports the domain files and builds.
 *
 * HOW TO
 * - Require a signed-in caller and get the actor (typed, never undefined inside):
 *     builder.queryField('thing', (t) =>
 *       t.withAuth({ authenticated: true }).field({
 *         type: Thing,
 *         resolve: (_root, _args, ctx) => loadThing(ctx.deps.db, ctx.actor.businessId),
 *       }));
 *   Outside a guarded field, `requireActor(ctx)` throws UNAUTHENTICATED.
 * - Mutations that change the business: `{ writer: true }` (OWNER or ADMIN; MEMBER -> FORBIDDEN).
 *   Owner-only: `{ owner: true }`. Platform operator (PLATFORM_ADMIN_TOKEN): `{ platformAdmin: true }`.
 * - Gate by plan (names from src/plans FEATURES; never name a tier):
 *     t.withAuth({ writer: true, feature: 'knowledgeBase' }).field({...})
 *   All listed scopes must pass (defaultStrategy 'all'); a failing `feature` answers
 *   PLAN_UPGRADE_REQUIRED with extensions { feature, requiredPlan }.
 *   For a gate that depends on the input (e.g. only when showBranding=false), call
 *   `requireFeature(ctx.actor, 'brandingRemoval')` in the resolver: same error.
 * - Not found / another tenant's id (same answer, by design):
 *     if (!isUuid(id)) throw notFound('Lead');   // from src/db/ids.ts and src/errors.ts
 *   Every query filters by ctx.actor.businessId; a row of another business is simply "not found".
 * - Bad input: throw badInput('Phone number must include a country code, e.g. +15555550123').
 * - Batching: use builder.loadableObject / t.loadable (plugin-dataloader); loaders live per request.
 */
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import type { Actor } from '../auth/actor.js';
import { canWrite } from '../auth/actor.js';
import { AppError, forbidden, unauthenticated } from '../errors.js';
import { can, cheapestPlanWith, FEATURES, type Feature } from '../plans/index.js';
import type { AuthedContext, GraphQLContext } from './context.js';

export interface AuthScopes {
  authenticated: boolean;
  writer: boolean;
  owner: boolean;
  platformAdmin: boolean;
  feature: Feature;
}

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  AuthScopes: AuthScopes;
  AuthContexts: {
    authenticated: AuthedContext;
    writer: AuthedContext;
    owner: AuthedContext;
    feature: AuthedContext;
  };
  DefaultAuthStrategy: 'all';
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    defaultStrategy: 'all',
    // Subscriptions are checked when they start, not only per event.
    authorizeOnSubscribe: true,
    // Resolved once per request: plain booleans plus one parameterised loader.
    authScopes: (ctx) => {
      const actor = ctx.actor;
      return {
        authenticated: !!actor,
        writer: !!actor && canWrite(actor),
        owner: actor?.role === 'OWNER',
        platformAdmin: ctx.platformAdmin === true,
        feature: (feature: Feature) => !!actor && can(actor.plan, feature),
      };
    },
    unauthorizedError: (_parent, ctx, _info, result) => scopeError(ctx, result.failure),
  },
});

/** Maps a scope-auth failure to a coded AppError: who you are first, then what your plan allows. */
export function scopeError(ctx: GraphQLContext, failure: AuthFailure): AppError {
  const failed = flatten(failure);
  // The platform operator has no business: business fields are unauthenticated for it too.
  if (!ctx.actor && !ctx.platformAdmin) return unauthenticated();
  if (!ctx.actor && failed.some((f) => f.scope !== 'platformAdmin')) return unauthenticated();
  if (failed.some((f) => f.scope === 'writer' || f.scope === 'owner' || f.scope === 'platformAdmin')) {
    return forbidden();
  }
  const feature = failed.find((f) => f.scope === 'feature');
  if (feature) return planUpgradeRequired(feature.parameter as Feature);
  return forbidden();
}

function flatten(failure: AuthFailure): Array<{ scope: string; parameter: unknown }> {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return [{ scope: failure.scope, parameter: failure.parameter }];
    case AuthScopeFailureType.AllAuthScopes:
    case AuthScopeFailureType.AnyAuthScopes:
      return failure.failures.flatMap(flatten);
    default:
      return [];
  }
}

export function planUpgradeRequired(feature: Feature, message?: string): AppError {
  const requiredPlan = cheapestPlanWith(feature);
  return new AppError('PLAN_UPGRADE_REQUIRED', message ?? `${FEATURES[feature]} needs the ${requiredPlan} plan or higher`, {
    feature,
    requiredPlan,
  });
}

/** The signed-in caller, or UNAUTHENTICATED. */
export function requireActor(ctx: GraphQLContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** Throws PLAN_UPGRADE_REQUIRED when the actor's plan lacks a feature (for input-dependent gates). */
export function requireFeature(actor: Actor, feature: Feature): void {
  if (!can(actor.plan, feature)) throw planUpgradeRequired(feature);
}

function parseDate(value: unknown): Date {
  const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    throw new GraphQLError('DateTime must be an ISO-8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (Number.isNaN(d.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
  return d;
}

builder.scalarType('DateTime', {
  description: 'An ISO-8601 timestamp (UTC), e.g. 2026-11-25T09:30:00.000Z',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});

function literalToJson(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return ast.value;
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literalToJson(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
  }
}

builder.scalarType('JSON', {
  description: 'Arbitrary JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
