// The Twilio side of a simulated call, shared by the voice benches (bench/voice.ts, voice-ab.ts):
// the signed inbound webhook that yields the stream's parameters, then the signed media stream
// opened with Twilio's "connected" and "start" messages. The benches' own message handling and
// 20 ms clocks stay theirs.
import WebSocket from 'ws';
import { twilioSignature } from '../../src/twilio/signature.js';

export const AUTH_TOKEN = 'bench-twilio-token';
export const PUBLIC = 'https://bench.example';
export const CALLS_PER_BUSINESS = 20; // the PRO plan limit (src/plans); the benches spread calls over businesses

/** Call number i's ids: CallSid and StreamSid. */
export const callIds = (i: number) => ({ callSid: `CA${i.toString(16).padStart(32, '0')}`, sid: `MZ${i.toString(16).padStart(32, '0')}` });

/** Rings the server (`POST /api/voice/inbound`, signed) and returns the <Stream>'s parameters (the token). */
export async function inboundParams(server: string, i: number, to: string): Promise<Record<string, string>> {
  const form = { CallSid: callIds(i).callSid, From: `+1555200${String(i).padStart(4, '0')}`, To: to, CallStatus: 'ringing' };
  const res = await fetch(`${server}/api/voice/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(AUTH_TOKEN, `${PUBLIC}/api/voice/inbound`, form) },
    body: new URLSearchParams(form).toString(),
  });
  const xml = await res.text();
  const params: Record<string, string> = {};
  for (const m of xml.matchAll(/<Parameter name="([^"]+)" value="([^"]+)"\/>/g)) params[m[1]!] = m[2]!;
  if (!params.token) throw new Error(`no stream token: ${xml}`);
  return params;
}

/**
 * A signed media-stream socket to the server (messages are the caller's to handle). The load
 * generator shares this busy machine with the server it measures and falls behind 50 frames/s
 * when starved: its sockets send with an all-zero mask, which `ws` does not apply (no XOR pass
 * over every byte it sends). The server reads the frames as it reads Twilio's (it unmasks them).
 */
export function streamSocket(port: number): WebSocket {
  return new WebSocket(`ws://127.0.0.1:${port}/api/voice/stream`, {
    headers: { 'x-twilio-signature': twilioSignature(AUTH_TOKEN, `${PUBLIC.replace('https', 'wss')}/api/voice/stream`, {}) },
    perMessageDeflate: false,
    generateMask: (mask: Buffer) => void mask.fill(0),
  });
}

/** Resolves once the socket is open and Twilio's "connected" and "start" are sent (`sim.seq` counts the sequence numbers). */
export function startStream(ws: WebSocket, i: number, params: Record<string, string>, sim: { seq: number }): Promise<void> {
  const { callSid, sid } = callIds(i);
  return new Promise<void>((resolve, reject) => {
    ws.once('open', () => {
      ws.send(JSON.stringify({ event: 'connected', protocol: 'Call', version: '1.0.0' }));
      ws.send(
        JSON.stringify({
          event: 'start',
          sequenceNumber: String(++sim.seq),
          start: { accountSid: 'ACbench', streamSid: sid, callSid, tracks: ['inbound'], mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 }, customParameters: params },
          streamSid: sid,
        }),
      );
      resolve();
    });
    ws.once('error', reject);
  });
}
