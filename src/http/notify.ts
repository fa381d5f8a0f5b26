import type { FastifyInstance } from 'fastify';
import { ACK_PATH, ALERT_TONE_PATH } from '../notify/emergency-call.js';
import { alertToneWav } from '../notify/alert-tone.js';
import { isValidTwilioSignature } from '../voice/twilio-signature.js';

/**
 * Notifications edge: the outbox worker as a background task, the alert tone the emergency
 * call plays, and the signed Gather callback where the owner presses 1 to acknowledge.
 */
export async function notifyRoutes(app: FastifyInstance): Promise<void> {
  const notify = app.services.notify;
  const { config } = app.deps;
  app.addBackgroundTask(notify.task);

  const tone = alertToneWav();
  app.get(ALERT_TONE_PATH, async (_req, reply) =>
    reply.type('audio/wav').header('cache-control', 'public, max-age=86400').send(tone),
  );

  app.post<{ Querystring: { n?: string; t?: string }; Body: Record<string, string | string[]> }>(
    ACK_PATH,
    {
      // The query carries the acknowledgement token: whoever reads it can silence the alert,
      // so request logs show the path only.
      logSerializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }) },
      schema: {
        querystring: {
          type: 'object',
          properties: { n: { type: 'string', maxLength: 64 }, t: { type: 'string', maxLength: 128 } },
        },
      },
    },
    async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, string | string[]>;
      // Twilio's own signature when we know the auth token (always, when calls can be placed);
      // the HMAC token in the URL binds the callback to one outbox row either way.
      if (config.TWILIO_AUTH_TOKEN) {
        const base = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`;
        if (!isValidTwilioSignature(config.TWILIO_AUTH_TOKEN, req.headers['x-twilio-signature'], base + req.url, body)) {
          return reply.code(403).type('text/plain').send('invalid signature');
        }
      }
      const digits = typeof body.Digits === 'string' ? body.Digits : undefined;
      const result = await notify.acknowledgeEmergency({ notificationId: req.query.n ?? '', token: req.query.t ?? '', digits });
      if (!result) return reply.code(403).type('text/plain').send('invalid acknowledgement link');
      return reply.type('text/xml; charset=utf-8').send(result.twiml);
    },
  );
}
