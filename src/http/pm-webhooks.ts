import type { FastifyInstance } from 'fastify';

// POST /api/webhooks/pm/:provider -- Asana, Jira and monday.com deliveries. The body is kept
// raw (signatures are over the exact bytes), bounded, and verified before anything is written;
// accepted events are applied after the response, so the vendor gets its 2xx at once.
// The URL carries the per-integration secret token, so request logging is kept below info
// for this route: the token must not reach the logs.
// This plugin also starts the periodic sync (one instance at a time, see scheduler.ts).

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
      const res = await integrations.receiveWebhook(req.params.provider, query.token, headers, query, raw);
      if (res.headers) reply.headers(res.headers);
      return reply.code(res.status).send(res.body);
    },
  );

  app.addBackgroundTask(integrations.scheduler);
  app.addBackgroundTask({ name: 'pm-webhook-drain', start() {}, stop: () => integrations.idle() });
  if (app.deps.config.SEED_MOCK_PROJECTS) {
    // The demo business is the one on DEMO_PHONE_NUMBER (seeded now or on an earlier start).
    app.addBackgroundTask({
      name: 'pm-mock-seed',
      start: async () => {
        const demo = await app.deps.db.selectFrom('businesses').select('id').where('twilio_number', '=', app.deps.config.DEMO_PHONE_NUMBER).executeTakeFirst();
        const businessId = app.startup.demo.businessId ?? demo?.id;
        if (!businessId) return;
        await integrations.ensureMockProjects(businessId).catch((err: unknown) => app.log.error({ err }, 'seeding mock projects failed'));
      },
      stop: async () => {},
    });
  }
}
