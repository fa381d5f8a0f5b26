import t from 'tap';
import WebSocket from 'ws';
import type { AddressInfo } from 'node:net';
import { buildTestApp } from '../helpers/app.js';
import { twilioSignature } from '../../src/twilio/signature.js';

// Socket-level limits of the media-stream endpoint: the global connection cap, 64 KiB frames,
// and the heartbeat that drops peers that stop answering pings.

const PUBLIC = 'https://voice.example.test';
const AUTH_TOKEN = 'limits-token';
const { app } = await buildTestApp(t, {
  config: {
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    PUBLIC_BASE_URL: PUBLIC,
    MAX_EVENT_LOOP_DELAY: 0,
    MAX_WEBSOCKET_CONNECTIONS: 2,
    WEBSOCKET_PING_INTERVAL: 150,
    WEBSOCKET_PONG_TIMEOUT: 150,
  },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const wsUrl = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/voice/stream`;
const sig = twilioSignature(AUTH_TOKEN, 'wss://voice.example.test/api/voice/stream', {});

function open(o: { autoPong?: boolean } = {}): Promise<WebSocket> {
  const ws = new WebSocket(wsUrl, { headers: { 'x-twilio-signature': sig }, autoPong: o.autoPong ?? true });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_q, res) => reject(Object.assign(new Error(`refused ${res.statusCode}`), { statusCode: res.statusCode })));
    ws.once('error', reject);
  });
}
const closed = (ws: WebSocket) => new Promise<number>((r) => ws.once('close', (code) => r(code)));

t.test('MAX_WEBSOCKET_CONNECTIONS: the next upgrade is refused with 503', async (t) => {
  const a = await open();
  const b = await open();
  const err = await open().then(() => undefined, (e: { statusCode?: number }) => e);
  t.equal(err?.statusCode, 503);
  a.close();
  b.close();
  await Promise.all([closed(a), closed(b)]);
  await new Promise((r) => setTimeout(r, 50));
  const c = await open();
  t.pass('accepted again once sockets closed');
  c.close();
  await closed(c);
});

t.test('a frame over 64 KiB closes the socket (1009); malformed frames are ignored', async (t) => {
  const ws = await open();
  ws.send('{not json');
  ws.send(JSON.stringify({ event: 'mystery' }));
  ws.send(Buffer.from([0xff, 0xfe, 0x00]));
  await new Promise((r) => setTimeout(r, 50));
  t.equal(ws.readyState, WebSocket.OPEN, 'malformed frames do not close the call');
  ws.send('x'.repeat(65 * 1024));
  t.equal(await closed(ws), 1009);
  const metrics = await app.inject({ url: '/metrics' });
  t.match(metrics.body, /voice_malformed_frames [1-9]/);
});

t.test('heartbeat: a peer that stops answering pings is dropped', async (t) => {
  const alive = await open();
  const dead = await open({ autoPong: false });
  const code = await closed(dead);
  t.equal(code, 1006, 'terminated without a close frame');
  t.equal(alive.readyState, WebSocket.OPEN, 'a peer that answers stays');
  alive.close();
  await closed(alive);
  const metrics = await app.inject({ url: '/metrics' });
  t.match(metrics.body, /voice_dead_peers_total [1-9]/);
});
