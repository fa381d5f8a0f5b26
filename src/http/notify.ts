import type { FastifyInstance, FastifyReply } from 'fastify';
import { ACK_LINK_PATH, ACK_PATH, ALERT_TONE_PATH, AMD_PATH } from '../notify/emergency-call.js';
import { alertToneWav } from '../notify/alert-tone.js';
import { escapeHtml } from '../notify/email-templates.js';
import type { AlertLinkView } from '../notify/service.js';
import { twilioParams, twilioSignatureCheck } from './twilio-webhook.js';

/**
 * Notifications edge (the outbox worker is a background task of services.ts): the alert tone the emergency
 * call plays, the signed Gather callback where the owner presses 1 to acknowledge, Twilio's
 * answering-machine verdict, and the acknowledge link of the emergency SMS.
 */
export async function notifyRoutes(app: FastifyInstance): Promise<void> {
  const notify = app.services.notify;
  const { config } = app.deps;
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

  app.post<{ Querystring: { n?: string; t?: string } }>(
    AMD_PATH,
    { logSerializers: pathOnly, schema: { querystring: tokenQuery }, preHandler: signed },
    async (req, reply) => {
      const body = twilioParams(req.body);
      const ok = await notify.answeringMachine({ notificationId: req.query.n ?? '', token: req.query.t ?? '', answeredBy: body.AnsweredBy ?? '', callSid: body.CallSid ?? '' });
      return ok ? reply.code(204).send() : reply.code(403).type('text/plain').send('invalid callback');
    },
  );

  // The SMS link, opened by a person in a browser (no Twilio signature; the HMAC token is the
  // credential). GET only shows the alert and a button: link previews and scanners fetch GET,
  // and they must not silence an emergency.
  const page = (reply: FastifyReply, status: number, title: string, body: string) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
          `<title>${escapeHtml(title)}</title><style>body{font:18px/1.5 system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}button{font-size:1.2rem;padding:.8rem 1.6rem}</style>` +
          `</head><body>${body}</body></html>`,
      );
  const details = (v: AlertLinkView) =>
    `<p><strong>${escapeHtml(v.business)}</strong>: ${escapeHtml(v.issue ?? 'no details given')}</p>` +
    `<p>Caller: ${escapeHtml(v.callerPhone ?? 'no number given')}${v.callerName ? ` (${escapeHtml(v.callerName)})` : ''}</p>`;
  const invalid = (reply: FastifyReply) => page(reply, 403, 'Invalid link', '<h1>This link is not valid</h1>');

  app.get<{ Querystring: { n?: string; t?: string } }>(ACK_LINK_PATH, { logSerializers: pathOnly, schema: { querystring: tokenQuery } }, async (req, reply) => {
    const view = await notify.acknowledgeByLink({ notificationId: req.query.n ?? '', token: req.query.t ?? '', confirm: false });
    if (!view) return invalid(reply);
    if (view.acknowledged) return page(reply, 200, 'Acknowledged', `<h1>Already acknowledged</h1>${details(view)}`);
    // The form posts back to this same URL (token in the query), so nothing is copied into the page.
    return page(reply, 200, 'Emergency alert', `<h1>Emergency alert</h1>${details(view)}<form method="post"><button type="submit">Acknowledge: I am on it</button></form>`);
  });

  app.post<{ Querystring: { n?: string; t?: string } }>(ACK_LINK_PATH, { logSerializers: pathOnly, schema: { querystring: tokenQuery } }, async (req, reply) => {
    const view = await notify.acknowledgeByLink({ notificationId: req.query.n ?? '', token: req.query.t ?? '', confirm: true });
    if (!view) return invalid(reply);
    return page(reply, 200, 'Acknowledged', `<h1>Acknowledged</h1>${details(view)}<p>No more calls or messages will be sent for this emergency.</p>`);
  });
}
