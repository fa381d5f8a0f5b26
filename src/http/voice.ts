import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GATHER_PATH, INBOUND_PATH, STATUS_PATH, STREAM_PATH, TRANSCRIPTION_PATH, TRANSFER_ACCEPT_PATH, TRANSFER_DIAL_DONE_PATH, TRANSFER_WHISPER_PATH, VOICEMAIL_PATH } from '../voice/paths.js';

// Twilio's edges: form-encoded webhooks answered with TwiML, and the Media Streams WebSocket.
// Every request is signature-checked before anything is read from or written to the database.

type Params = Record<string, string>;

function formParams(body: unknown): Params {
  const out: Params = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v) && typeof v[0] === 'string') out[k] = v[0];
  }
  return out;
}

export async function voiceRoutes(app: FastifyInstance): Promise<void> {
  const voice = app.services.voice;
  app.addBackgroundTask({ name: 'voice', start: () => voice.startHeartbeat(), stop: () => voice.stop() });

  /** 403 unless X-Twilio-Signature matches PUBLIC_BASE_URL + url and every parameter received. */
  function signed(req: FastifyRequest, reply: FastifyReply): Params | undefined {
    const raw = (req.body ?? {}) as Record<string, string | string[]>;
    if (!voice.verifyWebhook(req.headers['x-twilio-signature'], req.url, raw)) {
      void reply.code(403).type('text/plain').send('invalid signature');
      return undefined;
    }
    return formParams(raw);
  }

  const twiml = (reply: FastifyReply, xml: string) => reply.type('text/xml; charset=utf-8').send(xml);

  app.post(INBOUND_PATH, async (req, reply) => {
    const p = signed(req, reply);
    if (!p) return reply;
    const { twiml: xml } = await voice.answer(p);
    return twiml(reply, xml);
  });

  app.post(STATUS_PATH, async (req, reply) => {
    const p = signed(req, reply);
    if (!p) return reply;
    await voice.status(p);
    return reply.code(204).send();
  });

  app.post(GATHER_PATH, async (req, reply) => {
    const p = signed(req, reply);
    if (!p) return reply;
    return twiml(reply, await voice.gatherTurn(p));
  });

  app.post(VOICEMAIL_PATH, async (req, reply) => {
    const p = signed(req, reply);
    if (!p) return reply;
    return twiml(reply, voice.voicemailDone());
  });

  app.post(TRANSCRIPTION_PATH, async (req, reply) => {
    const p = signed(req, reply);
    if (!p) return reply;
    await voice.voicemailTranscribed(p);
    return reply.code(204).send();
  });

  // Warm transfer callbacks (signed like every Twilio request; the query names the transfer).
  const query = (req: FastifyRequest): Params => formParams(req.query);
  app.post(TRANSFER_WHISPER_PATH, async (req, reply) => {
    const p = signed(req, reply);
    if (!p) return reply;
    return twiml(reply, await voice.transferWhisper(query(req), p));
  });

  app.post(TRANSFER_ACCEPT_PATH, async (req, reply) => {
    const p = signed(req, reply);
    if (!p) return reply;
    return twiml(reply, await voice.transferAccept(query(req), p));
  });

  app.post(TRANSFER_DIAL_DONE_PATH, async (req, reply) => {
    const p = signed(req, reply);
    if (!p) return reply;
    return twiml(reply, await voice.transferDialDone(query(req)));
  });

  app.get(
    STREAM_PATH,
    {
      websocket: true,
      // Runs before the 101: a bad signature or a full server never gets a socket.
      preValidation: async (req, reply) => {
        if (!voice.verifyUpgrade(req.headers['x-twilio-signature'], req.url)) {
          return reply.code(403).type('text/plain').send('invalid signature');
        }
        if (!voice.canAcceptSocket()) {
          return reply.code(503).type('text/plain').send('too many connections');
        }
      },
    },
    (socket) => {
      voice.attach(socket as never);
    },
  );
}
