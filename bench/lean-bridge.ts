import { WebSocketServer, WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { CallBridge, type Socket } from '../src/voice/call-bridge.js';
import { bareCallSetup, bareHooks } from '../scripts/fakes/call-setup.js';

// The real CallBridge (batching, marks, barge-in bookkeeping, the byte-level hot path) on a
// plain `ws` server, without the app around it (no Fastify, database, metrics, load shedding,
// signatures or tokens): bench/voice.ts `--lean` measures it beside the bare relay and the full
// server, so what the bridge costs and what the app it lives in costs are told apart.

const setup = bareCallSetup;

export async function startLeanBridge(openaiUrl: string, apiKey: string, port = 0, viaFastify = false): Promise<{ port: number }> {
  if (viaFastify) {
    // The same bridge behind a bare Fastify + @fastify/websocket route (no other plugin).
    const { default: Fastify } = await import('fastify');
    const { default: websocket } = await import('@fastify/websocket');
    const app = Fastify();
    await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
    app.get('/api/voice/stream', { websocket: true }, (socket) => {
      attachLean(socket as unknown as WebSocket, openaiUrl, apiKey);
    });
    await app.listen({ port, host: '127.0.0.1' });
    return { port: (app.server.address() as AddressInfo).port };
  }
  const wss = new WebSocketServer({ host: '127.0.0.1', port, maxPayload: 64 * 1024 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  wss.on('connection', (twilio) => attachLean(twilio, openaiUrl, apiKey));
  return { port: (wss.address() as AddressInfo).port };
}

/** One Twilio media-stream socket -> the real CallBridge with bare hooks (bench/voice.ts also hands it the full app's route: BENCH_VOICE_BARE_WIRING). */
export function attachLean(twilio: WebSocket, openaiUrl: string, apiKey: string): CallBridge {
  const hooks = bareHooks({
    authorize: async (start) => setup(start.callSid),
    // The full server's socket settings (src/voice/realtime-connector.ts).
    openRealtime: () =>
      new WebSocket(`${openaiUrl}?model=gpt-realtime`, { headers: { Authorization: `Bearer ${apiKey}` }, maxPayload: 16 * 1024 * 1024, perMessageDeflate: false, skipUTF8Validation: true }) as unknown as Socket,
    now: Date.now,
  });
  return new CallBridge(twilio as unknown as Socket, hooks);
}
