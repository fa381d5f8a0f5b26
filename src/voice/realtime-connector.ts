import WebSocket from 'ws';
import type { Config } from '../config.js';
import type { Socket } from './bridge-types.js';

// Opens OpenAI Realtime sockets, and pre-warms one per answered call: the socket is opened
// while Twilio is still fetching the TwiML and opening the media stream, so the TLS + session
// set-up is done by the time the call starts. Events that arrive before the bridge claims it
// (session.created) are kept and replayed to it.

const PREWARM_TTL_MS = 15_000;

export interface RealtimeConnector {
  open(): Socket;
  prewarm(callSid: string): void;
  /** The pre-warmed socket of this call, if still usable (else undefined: open a fresh one). */
  claim(callSid: string): Socket | undefined;
  stop(): void;
}

export function createRealtimeConnector(deps: { config: Pick<Config, 'OPENAI_REALTIME_URL' | 'OPENAI_REALTIME_MODEL' | 'OPENAI_API_KEY' | 'MAX_WEBSOCKET_CONNECTIONS'>; open?: () => Socket }): RealtimeConnector {
  const { config } = deps;

  function defaultOpen(): Socket {
    const url = `${config.OPENAI_REALTIME_URL}?model=${encodeURIComponent(config.OPENAI_REALTIME_MODEL)}`;
    return new WebSocket(url, {
      headers: { Authorization: `Bearer ${config.OPENAI_API_KEY ?? ''}` },
      maxPayload: 16 * 1024 * 1024,
      // Audio does not compress; deflating every frame would only burn CPU on the hot path.
      perMessageDeflate: false,
      // Frames are forwarded as bytes; control events are JSON-parsed (which rejects bad UTF-8).
      skipUTF8Validation: true,
    }) as unknown as Socket;
  }
  const open = deps.open ?? defaultOpen;

  const prewarmed = new Map<string, { socket: Socket; early: Buffer[]; timer: NodeJS.Timeout; failed: boolean }>();

  return {
    open,
    prewarm(callSid) {
      if (prewarmed.has(callSid) || prewarmed.size >= config.MAX_WEBSOCKET_CONNECTIONS) return;
      let socket: Socket;
      try {
        socket = open();
      } catch {
        return;
      }
      const entry = {
        socket,
        early: [] as Buffer[],
        failed: false,
        timer: setTimeout(() => {
          // Twilio never opened the stream: do not keep a paid session open.
          prewarmed.delete(callSid);
          socket.close(1000, 'unused');
        }, PREWARM_TTL_MS),
      };
      entry.timer.unref();
      socket.on('message', (data) => {
        if (entry.early.length < 16) entry.early.push(data as Buffer);
      });
      socket.on('error', () => {
        entry.failed = true;
      });
      socket.on('close', () => {
        entry.failed = true;
      });
      prewarmed.set(callSid, entry);
    },
    claim(callSid) {
      const entry = prewarmed.get(callSid);
      if (!entry) return undefined;
      prewarmed.delete(callSid);
      clearTimeout(entry.timer);
      if (entry.failed || entry.socket.readyState > 1) {
        entry.socket.terminate();
        return undefined;
      }
      entry.socket.removeAllListeners('message');
      entry.socket.removeAllListeners('error');
      entry.socket.removeAllListeners('close');
      // The bridge attaches its listeners synchronously after this returns; replay after that.
      const early = entry.early;
      queueMicrotask(() => {
        for (const m of early) (entry.socket as unknown as { emit(e: string, d: Buffer, b: boolean): void }).emit('message', m, false);
      });
      return entry.socket;
    },
    stop() {
      for (const [sid, entry] of prewarmed) {
        clearTimeout(entry.timer);
        entry.socket.terminate();
        prewarmed.delete(sid);
      }
    },
  };
}
