import type { FastifyInstance } from 'fastify';
import { ACK_PATH, ALERT_TONE_PATH } from '../notify/emergency-call.js';
import { alertToneWav } from '../notify/alert-tone.js';
import { twilioParams, twilioSignatureCheck } from './twilio-webhook.js';

/**
 * Notifications edge: the outbox worker as a background task, the alert tone the emergency
 * call plays, and the signed Gather callback where the owner presses 1 to acknowledge.
 */
export async function notifyRoutes(app: FastifyInstance): Promise<void> {
  const notify = app.services.notify;
  const { config } = app.deps;
  app.addBackgroundTask(notify.task);
  const signed = twilioSignatureCheck(config);

  const tone = alertToneWav();
  app.get(ALERT_TONE_PATH, async (_req, reply) =>
    reply.type('audio/wav').header('cache-control', 'public, max-age=86400').send(tone),
  );

  // The query carries the acknowledgement token: whoever reads it can silence the alert, so
  // request logs show the path only.
  const pathOnly = { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }) };
  const tokenQuery = {
    type: 'object',
    properties: { n: { type: 'string', maxLength: 64 }, t: { type: 'string', maxLength: 128 } },
  } as const;

  app.post<{ Querystring: { n?: string; t?: string } }>(
    ACK_PATH,
    { logSerializers: pathOnly, schema: { querystring: tokenQuery }, preHandler: signed },
    async (req, reply) => {
      // Twilio's signature was checked by the preHandler; the HMAC token in the URL binds the
      // callback to one outbox row.
      const body = twilioParams(req.body);
      const result = await notify.acknowledgeEmergency({ notificationId: req.query.n ?? '', token: req.query.t ?? '', digits: body.Digits });
      if (!result) return reply.code(403).type('text/plain').send('invalid acknowledgement link');
      return reply.type('text/xml; charset=utf-8').send(result.twiml);
    },
  );
}
