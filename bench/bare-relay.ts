import { WebSocketServer, WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';

// The floor any Twilio <-> OpenAI bridge pays: parse each message, forward the payload,
// nothing else (no signature, no token, no marks, no barge-in, no metrics, no tools).
// bench/voice.ts runs the same load through this and through the real server and prints
// the ratios. Run alone it only listens: `npx tsx bench/bare-relay.ts <openaiUrl> <apiKey>`.

export interface BareRelay {
  port: number;
  close(): Promise<void>;
}

export async function startBareRelay(openaiUrl: string, apiKey: string, port = 0): Promise<BareRelay> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port, maxPayload: 64 * 1024 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  wss.on('connection', (twilio) => {
    let streamSid = '';
    let openai: WebSocket | undefined;
    twilio.on('message', (data) => {
      let msg: { event?: string; streamSid?: string; media?: { payload?: string } };
      try {
        msg = JSON.parse(data.toString());
      } catch {
        return;
      }
      if (msg.event === 'start') {
        streamSid = msg.streamSid ?? '';
        // The bridge's own socket settings (src/voice/realtime-connector.ts), so that both pay the same.
        openai = new WebSocket(`${openaiUrl}?model=gpt-realtime`, { headers: { Authorization: `Bearer ${apiKey}` }, perMessageDeflate: false, skipUTF8Validation: true });
        openai.on('message', (d) => {
          let ev: { type?: string; delta?: string };
          try {
            ev = JSON.parse(d.toString());
          } catch {
            return;
          }
          if (ev.type === 'response.output_audio.delta' && twilio.readyState === WebSocket.OPEN) {
            twilio.send(JSON.stringify({ event: 'media', streamSid, media: { payload: ev.delta } }));
          }
        });
        openai.on('error', () => {});
      } else if (msg.event === 'media' && openai?.readyState === WebSocket.OPEN) {
        openai.send(JSON.stringify({ type: 'input_audio_buffer.append', audio: msg.media?.payload }));
      } else if (msg.event === 'stop') {
        openai?.close();
      }
    });
    twilio.on('close', () => openai?.close());
  });
  return {
    port: (wss.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((r) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => r());
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, key] = process.argv.slice(2);
  const relay = await startBareRelay(url ?? 'ws://127.0.0.1:8081/v1/realtime', key ?? 'sk-bench');
  console.log(JSON.stringify({ listening: relay.port }));
}
