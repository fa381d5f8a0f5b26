import type { ApiKey, User } from '../db/schema.js';
import { signUp } from '../accounts/sign-up.js';
import { listUsers, removeUser, setUserRole } from '../accounts/team.js';
import { setPlan } from '../business/data.js';
import { AppError, notFound } from '../errors.js';
import { isUuid } from '../db/ids.js';
import { can, cheapestPlanAllowing, cheapestPlanWith, FEATURES, LIMIT_NAMES, limit, type Feature } from '../plans/index.js';
import { cleanText } from '../validate.js';
import { builder } from './builder.js';
import { BusinessRef } from './business.js';
import { PlanEnum, RoleEnum } from './enums.js';
import { UserRef } from './me.js';
import { TRADES } from '../agent/trade-defaults.js';

// Accounts: sign-up and login, the plan (read by owners, changed by the platform operator),
// the team and API keys.

const SIGNUP_MAX_PER_IP = 5;
const SIGNUP_WINDOW_MS = 60 * 60_000;

export const AuthPayloadRef = builder.objectRef<{ token: string; userId: string; businessId: string; role: User['role'] }>('AuthPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'A JWT for `Authorization: Bearer <token>`' }),
    userId: t.exposeID('userId'),
    businessId: t.exposeID('businessId'),
    role: t.expose('role', { type: RoleEnum }),
  }),
});

const TradeEnum = builder.enumType('Trade', {
  description: "The kind of business: picks the starting lead questions, emergency words and the agent's persona",
  values: TRADES,
});

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    businessName: t.string({ required: true }),
    email: t.string({ required: true }),
    password: t.string({ required: true, description: 'At least 10 characters' }),
    name: t.string({ description: "The owner's name" }),
    trade: t.field({ type: TradeEnum, description: 'Default OTHER' }),
    timezone: t.string({ description: 'IANA timezone, e.g. the browser\'s (default UTC)' }),
  }),
});

builder.mutationField('signUp', (t) =>
  t.field({
    type: AuthPayloadRef,
    description: 'Creates a FREE business with its owner and returns a token (public; rate-limited per address)',
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const hit = await ctx.deps.sessions.hit(`signup:ip:${ctx.ip}`, SIGNUP_MAX_PER_IP, SIGNUP_WINDOW_MS);
      if (!hit.allowed) throw new AppError('RATE_LIMITED', 'Too many sign-ups from this address; try again later', { retryAfterSec: Math.ceil(hit.resetMs / 1000) });
      const { businessId, user } = await signUp(ctx.deps.db, input);
      return { token: ctx.deps.auth.issueToken(user), userId: user.id, businessId, role: user.role };
    },
  }),
);

builder.mutationField('login', (t) =>
  t.field({
    type: AuthPayloadRef,
    description: 'Same as POST /api/login',
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, { email, password }, ctx) => {
      const r = await ctx.deps.auth.login(email, password, ctx.ip);
      return { token: r.token, userId: r.userId, businessId: r.businessId, role: r.role };
    },
  }),
);

// ---- plan ----

const PlanLimitRef = builder.objectRef<{ name: string; value: number }>('PlanLimit').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    value: t.int({ nullable: true, description: 'Null means unlimited', resolve: (l) => (Number.isFinite(l.value) ? l.value : null) }),
  }),
});

const PlanFeatureRef = builder.objectRef<{ key: Feature; included: boolean }>('PlanFeature').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    description: t.string({ resolve: (f) => FEATURES[f.key] }),
    included: t.exposeBoolean('included'),
    requiredPlan: t.field({ type: PlanEnum, description: 'The cheapest plan that includes it', resolve: (f) => cheapestPlanWith(f.key) }),
  }),
});

const PlanInfoRef = builder.objectRef<{ tier: 'FREE' | 'BASIC' | 'PRO' }>('PlanInfo').implement({
  fields: (t) => ({
    tier: t.expose('tier', { type: PlanEnum }),
    features: t.field({
      type: [PlanFeatureRef],
      description: 'Every feature, with whether this plan includes it',
      resolve: (p) => (Object.keys(FEATURES) as Feature[]).map((key) => ({ key, included: can(p.tier, key) })),
    }),
    limits: t.field({ type: [PlanLimitRef], resolve: (p) => LIMIT_NAMES.map((name) => ({ name, value: limit(p.tier, name) })) }),
  }),
});

builder.queryField('plan', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: PlanInfoRef,
    description: "Your business's tier with its features and limits",
    resolve: (_root, _args, ctx) => ({ tier: ctx.actor.plan }),
  }),
);

builder.mutationField('setPlan', (t) =>
  t.withAuth({ platformAdmin: true }).field({
    type: BusinessRef,
    description: 'Platform operators only (PLATFORM_ADMIN_TOKEN bearer): change a business tier',
    args: { businessId: t.arg.id({ required: true }), plan: t.arg({ type: PlanEnum, required: true }) },
    resolve: async (_root, args, ctx) => {
      const row = await setPlan(ctx.deps.db, String(args.businessId), args.plan, new Date(ctx.deps.now()));
      // The operator has no business of its own: the changed one is named here (plan gates in chat).
      ctx.deps.events.publish({ type: 'business.changed', businessId: row.id });
      return row;
    },
  }),
);

// ---- team ----

builder.queryField('team', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [UserRef],
    description: 'The users of your business',
    resolve: (_root, _args, ctx) => listUsers(ctx.deps.db, ctx.actor.businessId),
  }),
);

export const TeamRoleEnum = builder.enumType('TeamRole', { values: ['ADMIN', 'MEMBER'] as const, description: 'Roles an owner can grant' });

const AddTeamMemberInput = builder.inputType('AddTeamMemberInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string(),
    role: t.field({ type: TeamRoleEnum, required: true }),
    password: t.string({
      deprecationReason: 'Ignored: the new member chooses their own password through the e-mailed invitation',
      description: 'Ignored (the owner never chooses a member\'s password)',
    }),
  }),
});

builder.mutationField('addTeamMember', (t) =>
  t.withAuth({ owner: true }).field({
    type: UserRef,
    description: 'Same as inviteTeamMember (kept for existing clients): the member gets an e-mailed invitation and sets their own password',
    args: { input: t.arg({ type: AddTeamMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.accounts.inviteMember(ctx.actor, { email: input.email, name: input.name, role: input.role }),
  }),
);

builder.mutationField('setTeamMemberRole', (t) =>
  t.withAuth({ owner: true }).field({
    type: UserRef,
    args: { userId: t.arg.id({ required: true }), role: t.arg({ type: TeamRoleEnum, required: true }) },
    resolve: (_root, args, ctx) => setUserRole(ctx.deps.db, ctx.actor.businessId, String(args.userId), args.role, new Date(ctx.deps.now())),
  }),
);

builder.mutationField('removeTeamMember', (t) =>
  t.withAuth({ owner: true }).field({
    type: 'Boolean',
    args: { userId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await removeUser(ctx.deps.db, ctx.actor.businessId, String(args.userId), new Date(ctx.deps.now()));
      return true;
    },
  }),
);

// ---- API keys ----

const ApiKeyRef = builder.objectRef<ApiKey>('ApiKey').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The public start of the key, to recognise it' }),
    role: t.expose('role', { type: RoleEnum }),
    lastUsedAt: t.field({ type: 'DateTime', nullable: true, resolve: (k) => k.last_used_at }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (k) => k.revoked_at }),
    createdBy: t.field({
      type: UserRef,
      nullable: true,
      description: 'The team member the key belongs to; it stops working when they are removed or become a MEMBER. Null once that user is gone',
      resolve: async (k, _args, ctx) =>
        k.created_by ? ((await ctx.deps.db.selectFrom('users').selectAll().where('id', '=', k.created_by).where('business_id', '=', k.business_id).executeTakeFirst()) ?? null) : null,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (k) => k.created_at }),
  }),
});

const CreatedApiKeyRef = builder.objectRef<{ apiKey: ApiKey; secret: string }>('CreatedApiKey').implement({
  fields: (t) => ({
    apiKey: t.expose('apiKey', { type: ApiKeyRef }),
    secret: t.exposeString('secret', { description: 'The full key. Shown only now; store it safely' }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.withAuth({ writer: true }).field({
    type: [ApiKeyRef],
    args: { includeRevoked: t.arg.boolean({ defaultValue: false }) },
    resolve: (_root, args, ctx) => {
      let q = ctx.deps.db.selectFrom('api_keys').selectAll().where('business_id', '=', ctx.actor.businessId);
      if (!args.includeRevoked) q = q.where('revoked_at', 'is', null);
      return q.orderBy('created_at', 'desc').orderBy('id').execute();
    },
  }),
);

builder.mutationField('createApiKey', (t) =>
  t.withAuth({ writer: true }).field({
    type: CreatedApiKeyRef,
    args: { name: t.arg.string({ required: true }), role: t.arg({ type: TeamRoleEnum, defaultValue: 'ADMIN' }) },
    resolve: async (_root, args, ctx) => {
      const name = cleanText(args.name, 'Key name', 100, { required: true });
      const { db } = ctx.deps;
      const active = await db
        .selectFrom('api_keys')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('business_id', '=', ctx.actor.businessId)
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      const max = limit(ctx.actor.plan, 'apiKeys');
      if (Number(active.n) >= max) {
        throw new AppError('PLAN_UPGRADE_REQUIRED', `Your plan allows ${max} active API keys; revoke one or upgrade`, {
          limit: 'apiKeys',
          requiredPlan: cheapestPlanAllowing('apiKeys', Number(active.n) + 1),
        });
      }
      // A key never grants more than its creator has.
      const role = args.role === 'ADMIN' && ctx.actor.role === 'MEMBER' ? 'MEMBER' : (args.role ?? 'ADMIN');
      const created = await ctx.deps.auth.createApiKey(ctx.actor, name, role);
      const apiKey = await db.selectFrom('api_keys').selectAll().where('id', '=', created.id).where('business_id', '=', ctx.actor.businessId).executeTakeFirstOrThrow();
      return { apiKey, secret: created.key };
    },
  }),
);

builder.mutationField('revokeApiKey', (t) =>
  t.withAuth({ writer: true }).field({
    type: ApiKeyRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      if (!isUuid(id)) throw notFound('API key');
      await ctx.deps.auth.revokeApiKey(ctx.actor, id);
      return ctx.deps.db.selectFrom('api_keys').selectAll().where('id', '=', id).where('business_id', '=', ctx.actor.businessId).executeTakeFirstOrThrow();
    },
  }),
);
