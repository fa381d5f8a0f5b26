import type { FastifyInstance } from 'fastify';
import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import { getHeapStatistics } from 'node:v8';
import { sendError } from './errors.js';

// Shed load instead of falling over: when the event loop lags or the heap is nearly full, new
// requests get 503 + Retry-After (health and metrics still answer, so operators can see why).
// Recovery is automatic once the pressure is gone.
// Never shed: Twilio's calls into us (a refused voice webhook drops a live caller; a refused
// press-1 loses an emergency acknowledgement) and the signed acknowledge link. These routes are
// authenticated (Twilio signature / signed token) and cheap, so an anonymous flood cannot use
// the exemption to add load: unsigned requests are refused by their preHandler at once.
const NEVER_SHED = ['/api/voice/', '/api/notify/emergency/'];
export function neverShed(url: string): boolean {
  return url === '/health' || url === '/metrics' || NEVER_SHED.some((p) => url.startsWith(p));
}
const BUSY_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
  '<meta http-equiv="refresh" content="5"><title>Busy, one moment</title></head>' +
  '<body style="font:16px/1.5 system-ui,sans-serif;margin:3rem auto;max-width:32rem;padding:0 1rem;color:#1f2937">' +
  '<h1 style="font-size:1.25rem">Busy, one moment</h1><p>The server is handling a lot right now. This page tries again by itself in a few seconds.</p></body></html>';

export const loadShedding = fp(
  async (app: FastifyInstance) => {
    const { config, health, metrics } = app.deps;
    const warmUntil = Date.now() + 3000;
    const shed = metrics.counter('http_requests_shed_total', 'Requests refused with 503 under load', ['reason'] as const);
    await app.register(underPressure, {
      // 0 turns event-loop based shedding off.
      maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY,
      maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.92),
      retryAfter: 5,
      sampleInterval: 250,
      exposeStatusRoute: false,
      pressureHandler: (request, reply, type, value) => {
        if (neverShed(request.url)) return;
        // Before the sampler's first reading the delay reads as Infinity: at start-up that is
        // not overload (later, a loop blocked for a whole sample interval also reads Infinity).
        if (value === Infinity && Date.now() < warmUntil) return;
        shed.inc({ reason: type });
        reply.header('retry-after', '5');
        // A page opened in a browser (the console, the demo page) gets a page that tries again by
        // itself, not an API error's JSON.
        if (request.method === 'GET' && /\btext\/html\b/.test(request.headers.accept ?? '')) {
          void reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(BUSY_PAGE);
          return;
        }
        void sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'The server is overloaded; retry shortly');
      },
    });
    health.register('load', () => {
      const m = app.memoryUsage();
      const pressured = app.isUnderPressure();
      return {
        status: pressured ? 'degraded' : 'ok',
        underPressure: pressured,
        eventLoopDelayMs: Math.round(m.eventLoopDelay * 10) / 10,
        eventLoopUtilization: Math.round(m.eventLoopUtilized * 1000) / 1000,
      };
    });
  },
  { name: 'load-shedding' },
);
