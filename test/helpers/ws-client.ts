import WebSocket from 'ws';

// A graphql-transport-ws client small enough to send what a real client would not (no init,
// too many subscriptions, oversized documents) and to read every frame the server sends.

export interface WsMessage {
  type: string;
  id?: string;
  payload?: any;
}

export function gqlSocket(url: string, opts: { authorization?: string; init?: boolean } = {}) {
  const ws = new WebSocket(url, 'graphql-transport-ws');
  const messages: WsMessage[] = [];
  let closeCode: number | undefined;
  ws.on('message', (raw) => messages.push(JSON.parse(raw.toString()) as WsMessage));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve((closeCode = code))));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => {
      if (opts.init !== false) ws.send(JSON.stringify({ type: 'connection_init', payload: opts.authorization ? { authorization: opts.authorization } : {} }));
      resolve();
    });
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  opened.catch(() => undefined);
  async function next(pred: (m: WsMessage) => boolean, ms = 5000): Promise<WsMessage | undefined> {
    const deadline = Date.now() + ms;
    for (;;) {
      const i = messages.findIndex(pred);
      if (i >= 0) return messages.splice(i, 1)[0];
      if (Date.now() > deadline || ws.readyState === WebSocket.CLOSED) return undefined;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const subscribe = (id: string, query: string, variables?: Record<string, unknown>) => ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
  return { ws, messages, opened, closed, next, subscribe, closeCode: () => closeCode };
}
