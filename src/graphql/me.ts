import type { Business, User } from '../db/schema.js';
import { getBusiness, getUser } from '../business/data.js';
import { builder } from './builder.js';
import { BusinessRef } from './business.js';
import { RoleEnum } from './enums.js';

// The caller: who they are (a user, or an API key acting for the business) and their business.

export interface Viewer {
  businessId: string;
  role: User['role'];
  user?: User;
  apiKeyId?: string;
}

export const UserRef = builder.objectRef<User>('User').implement({
  description: 'A person who can sign in to the business',
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name', { nullable: true }),
    role: t.expose('role', { type: RoleEnum }),
    lastLoginAt: t.field({ type: 'DateTime', nullable: true, resolve: (u) => u.last_login_at }),
    createdAt: t.field({ type: 'DateTime', resolve: (u) => u.created_at }),
  }),
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The caller of this request',
  fields: (t) => ({
    role: t.expose('role', { type: RoleEnum }),
    user: t.field({ type: UserRef, nullable: true, description: 'Null when the caller is an API key', resolve: (v) => v.user ?? null }),
    apiKeyId: t.exposeID('apiKeyId', { nullable: true }),
    business: t.field({
      type: BusinessRef,
      resolve: (v, _args, ctx): Promise<Business> => getBusiness(ctx.deps.db, v.businessId),
    }),
  }),
});

builder.queryField('me', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ViewerRef,
    resolve: async (_root, _args, ctx) => {
      const { actor } = ctx;
      const user = actor.userId ? await getUser(ctx.deps.db, actor.businessId, actor.userId) : undefined;
      return { businessId: actor.businessId, role: actor.role, user, apiKeyId: actor.apiKeyId };
    },
  }),
);
