import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  GATHER_PATH,
  INBOUND_PATH,
  STATUS_PATH,
  STREAM_PATH,
  TRANSCRIPTION_PATH,
  TRANSFER_ACCEPT_PATH,
  TRANSFER_DIAL_DONE_PATH,
  TRANSFER_LEG_STATUS_PATH,
  TRANSFER_WHISPER_PATH,
  VOICEMAIL_PATH,
} from '../voice/paths.js';
import { twilioParams, twilioSignatureCheck } from './twilio-webhook.js';

// Twilio's edges: form-encoded webhooks answered with TwiML, and the Media Streams WebSocket.
// Every request is signature-checked (the one Twilio preHandler) before anything is read from
// or written to the database.

export async function voiceRoutes(app: FastifyInstance): Promise<void> {
  const voice = app.services.voice;
  const { config } = app.deps;

  const signed = { preHandler: twilioSignatureCheck(config) };
  const twiml = (reply: FastifyReply, xml: string) => reply.type('text/xml; charset=utf-8').send(xml);
  const form = (req: FastifyRequest) => twilioParams(req.body);
  // The transfer callbacks name the transfer in the query (signed with the URL).
  const query = (req: FastifyRequest) => twilioParams(req.query);

  app.post(INBOUND_PATH, signed, async (req, reply) => twiml(reply, (await voice.answer(form(req))).twiml));

  app.post(STATUS_PATH, signed, async (req, reply) => {
    await voice.status(form(req));
    return reply.code(204).send();
  });

  app.post(GATHER_PATH, signed, async (req, reply) => twiml(reply, await voice.gatherTurn(form(req))));

  app.post(VOICEMAIL_PATH, signed, async (_req, reply) => twiml(reply, voice.voicemailDone()));

  app.post(TRANSCRIPTION_PATH, signed, async (req, reply) => {
    await voice.voicemailTranscribed(form(req));
    return reply.code(204).send();
  });

  app.post(TRANSFER_WHISPER_PATH, signed, async (req, reply) => twiml(reply, await voice.transferWhisper(query(req), form(req))));
  app.post(TRANSFER_ACCEPT_PATH, signed, async (req, reply) => twiml(reply, await voice.transferAccept(query(req), form(req))));
  app.post(TRANSFER_DIAL_DONE_PATH, signed, async (req, reply) => twiml(reply, await voice.transferDialDone(query(req), form(req))));
  app.post(TRANSFER_LEG_STATUS_PATH, signed, async (req, reply) => {
    await voice.transferLegStatus(query(req), form(req));
    return reply.code(204).send();
  });

  const upgradeSigned = twilioSignatureCheck(config, { websocket: true });
  app.get(
    STREAM_PATH,
    {
      websocket: true,
      // Runs before the 101: a bad signature or a full server never gets a socket.
      preValidation: async (req, reply) => {
        const refused = await upgradeSigned(req, reply);
        if (refused) return refused;
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
