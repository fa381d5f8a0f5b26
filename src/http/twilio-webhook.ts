import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { isValidTwilioSignature, signedUrl, type SignedParams } from '../twilio/signature.js';

// The one signature check for every route Twilio calls (voice webhooks and status callbacks,
// the media-stream upgrade, transfer callbacks, the emergency acknowledgement and AMD
// callbacks). Use it as the route's preHandler; it runs before the handler reads or writes
// anything. Without TWILIO_AUTH_TOKEN nothing can be verified, so everything is refused.

export type TwilioSignatureHook = (req: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

export function twilioSignatureCheck(
  config: Pick<Config, 'TWILIO_AUTH_TOKEN' | 'PUBLIC_BASE_URL' | 'PORT'>,
  o: { websocket?: boolean } = {},
): TwilioSignatureHook {
  const base = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`;
  return async (req, reply) => {
    const params = o.websocket ? {} : ((req.body && typeof req.body === 'object' ? req.body : {}) as SignedParams);
    const ok =
      Boolean(config.TWILIO_AUTH_TOKEN) &&
      isValidTwilioSignature(config.TWILIO_AUTH_TOKEN!, req.headers['x-twilio-signature'], signedUrl(base, req.url, o), params);
    if (!ok) {
      req.log.debug({ path: req.url.split('?')[0] }, 'Twilio signature rejected');
      return reply.code(403).type('text/plain').send('invalid signature');
    }
    return undefined;
  };
}

/** Form parameters as single strings (a repeated parameter keeps its first value). */
export function twilioParams(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v) && typeof v[0] === 'string') out[k] = v[0];
  }
  return out;
}
