import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';

const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    try {
      return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  }
})();

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const { database, sessions, metrics, health } = app.deps;
  const startedAt = Date.now();

  health.register('db', async () => {
    try {
      const latencyMs = await database.ping();
      return { status: 'ok', kind: database.kind, latencyMs: Math.round(latencyMs * 100) / 100 };
    } catch (err) {
      return { status: 'error', kind: database.kind, error: (err as Error).message };
    }
  });
  health.register('sessions', () => {
    const s = sessions.status();
    return { status: s.redis === 'fallback' ? 'degraded' : 'ok', ...s };
  });
  health.register('websocket', () => ({ status: 'ok', active: app.websocketServer?.clients.size ?? 0 }));

  app.get('/health', { logLevel: 'warn' }, async (_req, reply) => {
    const { status, checks } = await health.run();
    const mem = process.memoryUsage();
    const redis = checks.sessions as { redis?: string } | undefined;
    reply.status(status === 'error' ? 503 : 200);
    return {
      status,
      version: VERSION,
      uptimeSec: Math.round((Date.now() - startedAt) / 1000),
      redis: redis?.redis ?? 'disabled',
      memory: { rssMb: Math.round(mem.rss / 1048576), heapUsedMb: Math.round(mem.heapUsed / 1048576) },
      checks,
    };
  });

  app.get('/metrics', { logLevel: 'warn' }, async (_req, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
}
