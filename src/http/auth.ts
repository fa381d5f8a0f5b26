import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { unauthenticated } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Resolved lazily by requireActor(); undefined for anonymous requests. */
    actor?: Actor;
  }
}

/** Resolves the caller from `Authorization: Bearer <jwt | sk_live_…>` or fails with 401. */
export async function requireActor(app: FastifyInstance, request: FastifyRequest): Promise<Actor> {
  const actor = request.actor ?? (await app.deps.auth.actorFromAuthorization(request.headers.authorization));
  if (!actor) throw unauthenticated(request.headers.authorization ? 'Invalid or expired credentials' : 'Authentication required');
  request.actor = actor;
  return actor;
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { auth } = app.deps;
  app.decorateRequest('actor', undefined);

  app.post<{ Body: { email: string; password: string } }>(
    '/api/login',
    {
      schema: {
        body: {
          type: 'object',
          required: ['email', 'password'],
          additionalProperties: false,
          properties: {
            email: { type: 'string', minLength: 3, maxLength: 320 },
            password: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (request) => {
      const { token } = await auth.login(request.body.email, request.body.password, request.ip);
      return { token };
    },
  );

  // Who am I: lets clients check a token or API key without GraphQL.
  app.get('/api/me', async (request) => {
    const actor = await requireActor(app, request);
    return { businessId: actor.businessId, userId: actor.userId ?? null, apiKeyId: actor.apiKeyId ?? null, role: actor.role, plan: actor.plan };
  });
}
