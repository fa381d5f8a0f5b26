import type { FastifyInstance } from 'fastify';

// POST /api/webhooks/pm/:provider -- Asana, Jira and monday.com deliveries. The body is kept
// raw (signatures are over the exact bytes), bounded, and verified before anything is written;
// accepted events are applied after the response, so the vendor gets its 2xx at once. The
// integration service says what happened (a domain outcome); this file picks the status.
// The URL carries the per-integration secret token, so request logging is kept below info
// for this route: the token must not reach the logs.

const WEBHOOK_BODY_LIMIT = 256 * 1024;

export async function pmWebhookRoutes(app: FastifyInstance): Promise<void> {
  const integrations = app.services.integrations;

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) => done(null, body));

  app.post<{ Params: { provider: string }; Querystring: Record<string, string | undefined> }>(
    '/api/webhooks/pm/:provider',
    {
      bodyLimit: WEBHOOK_BODY_LIMIT,
      logLevel: 'warn',
      // Whatever does get logged for this route (errors) shows the path without the query.
      logSerializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }) },
    },
    async (req, reply) => {
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v[0] : v;
      const query = typeof req.query === 'object' && req.query ? req.query : {};
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const outcome = await integrations.receiveWebhook({ slug: req.params.provider, token: query.token, headers, query, rawBody: raw });
      switch (outcome.kind) {
        case 'unknown-provider':
          return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Unknown provider' } });
        case 'unauthorized':
          return reply.code(401).send({ error: { code: 'UNAUTHENTICATED', message: 'Invalid webhook signature or token' } });
        case 'bad-body':
          return reply.code(400).send({ error: { code: 'BAD_USER_INPUT', message: outcome.message } });
        case 'handshake':
          if (outcome.reply.headers) reply.headers(outcome.reply.headers);
          return reply.code(outcome.reply.status).send(outcome.reply.body);
        case 'duplicate':
          return reply.code(200).send({ ok: true, duplicate: true });
        case 'accepted':
          return reply.code(200).send({ ok: true });
      }
    },
  );
}
