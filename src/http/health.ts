import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
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

const sha = (s: string): Buffer => createHash('sha256').update(s).digest();

/** True when the request carries `Authorization: Bearer <token>` (constant-time compare). */
function hasBearer(request: FastifyRequest, token: string | undefined): boolean {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization?.trim() ?? '');
  return !!token && !!m && timingSafeEqual(sha(m[1]!), sha(token));
}

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const { database, sessions, metrics, health, config } = app.deps;
  const startedAt = Date.now();
  const production = config.NODE_ENV === 'production';
  // Operators' views (versions, memory, dependency state, traffic) are for operators: with
  // METRICS_TOKEN set they need it; in production without it, they are off.
  const operator = (request: FastifyRequest) => (config.METRICS_TOKEN ? hasBearer(request, config.METRICS_TOKEN) : !production);

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

  app.get('/health', { logLevel: 'warn' }, async (request, reply) => {
    const { status, checks } = await health.run();
    const mem = process.memoryUsage();
    const redis = checks.sessions as { redis?: string } | undefined;
    reply.status(status === 'error' ? 503 : 200);
    reply.header('cache-control', 'no-store');
    // The public part is what a load balancer needs: up or not.
    if (!operator(request)) return { status };
    return {
      status,
      version: VERSION,
      uptimeSec: Math.round((Date.now() - startedAt) / 1000),
      redis: redis?.redis ?? 'disabled',
      memory: { rssMb: Math.round(mem.rss / 1048576), heapUsedMb: Math.round(mem.heapUsed / 1048576) },
      checks,
    };
  });

  app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    if (!operator(request)) {
      if (!config.METRICS_TOKEN) return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Route GET /metrics not found' } });
      reply.header('www-authenticate', 'Bearer');
      return reply.status(401).send({ error: { code: 'UNAUTHENTICATED', message: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>' } });
    }
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
}
