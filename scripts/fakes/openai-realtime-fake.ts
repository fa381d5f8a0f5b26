import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage } from 'node:http';
import { localEmbedding } from '../../src/ai/local-embedder.js';

// A fake OpenAI Realtime GA server. It speaks the documented event protocol, insists on the GA
// session shape (audio/pcmu formats, output_modalities, type "realtime"; beta names refused),
// records every client event, lets a test script VAD, audio deltas, transcripts and function
// calls, and - like the real API - rejects a truncate past the audio it actually sent.

export interface ClientEvent {
  type: string;
  [k: string]: unknown;
}

export interface FakeRealtimeOptions {
  apiKey?: string;
  /** Audio (ms) spoken in answer to each response.create when no handler is set; 0 = none. */
  autoReplyMs?: number;
  /** Byte value filling auto-reply audio (lets the Twilio simulator tell items apart). */
  chunkMs?: number;
  /** Count appended audio but do not keep it (benchmarks). */
  light?: boolean;
  onConnection?: (conn: FakeRealtimeConnection) => void;
  /** Port to listen on (default: any free port). */
  port?: number;
}

let seq = 0;
const id = (prefix: string): string => `${prefix}_${(++seq).toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Validates a GA session.update; returns the problems (empty when fine). */
export function sessionProblems(ev: ClientEvent): string[] {
  const p: string[] = [];
  const s = ev.session as Record<string, any> | undefined;
  if (!s || typeof s !== 'object') return ['session missing'];
  if (s.type !== 'realtime') p.push('session.type must be "realtime"');
  for (const beta of ['modalities', 'input_audio_format', 'output_audio_format', 'turn_detection', 'voice', 'input_audio_transcription']) {
    if (beta in s) p.push(`beta field session.${beta} is not accepted by the GA API`);
  }
  if (s.output_modalities !== undefined && (!Array.isArray(s.output_modalities) || s.output_modalities.some((m: unknown) => m !== 'audio' && m !== 'text'))) {
    p.push('output_modalities must be ["audio"] or ["text"]');
  }
  const input = s.audio?.input;
  const output = s.audio?.output;
  if (input?.format?.type !== 'audio/pcmu') p.push('audio.input.format.type must be audio/pcmu for Twilio');
  if (output?.format?.type !== 'audio/pcmu') p.push('audio.output.format.type must be audio/pcmu for Twilio');
  const td = input?.turn_detection;
  if (td && !['server_vad', 'semantic_vad'].includes(td.type)) p.push('turn_detection.type must be server_vad or semantic_vad');
  if (s.tools !== undefined) {
    if (!Array.isArray(s.tools)) p.push('tools must be an array');
    else for (const t of s.tools) if (t.type !== 'function' || typeof t.name !== 'string' || typeof t.parameters !== 'object') p.push(`bad tool ${JSON.stringify(t).slice(0, 80)}`);
  }
  return p;
}

export class FakeRealtimeConnection {
  readonly events: ClientEvent[] = [];
  /**
   * input_audio_buffer.append payloads in arrival order (base64), unless light. One append may
   * carry several 20 ms frames (the bridge batches caller audio): appendedAudio() is the audio
   * itself, as the model's input buffer holds it, appendedFrames() the same cut into frames.
   */
  readonly appended: string[] = [];
  /** Append messages received. */
  appendedCount = 0;
  /** Caller audio received (decoded bytes: 8 per ms), also when light. */
  appendedBytes = 0;
  readonly rejections: ClientEvent[] = [];
  /** Audio ms sent per item. */
  readonly sentMs = new Map<string, number>();
  readonly truncates: Array<{ item_id: string; audio_end_ms: number }> = [];
  closed = false;
  closedAt = 0;
  session: Record<string, any> | undefined;
  private waiters: Array<{ pred: (e: ClientEvent) => boolean; resolve: (e: ClientEvent) => void }> = [];
  responseHandler: ((conn: FakeRealtimeConnection, ev: ClientEvent) => void) | undefined;
  private activeResponse: { id: string; itemId: string; cancelled: boolean } | undefined;

  constructor(
    readonly ws: WebSocket,
    readonly request: IncomingMessage,
    private readonly options: FakeRealtimeOptions,
  ) {
    ws.on('message', (data) => this.onMessage(data as Buffer));
    ws.on('close', () => {
      this.closed = true;
      this.closedAt = Date.now();
    });
    this.send({ type: 'session.created', event_id: id('event'), session: { id: id('sess'), object: 'realtime.session', type: 'realtime', model: 'gpt-realtime' } });
  }

  send(ev: Record<string, unknown>): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(ev));
  }

  private onMessage(data: Buffer): void {
    let ev: ClientEvent;
    try {
      ev = JSON.parse(data.toString('utf8')) as ClientEvent;
    } catch {
      this.send({ type: 'error', event_id: id('event'), error: { type: 'invalid_request_error', code: 'invalid_json', message: 'not JSON' } });
      return;
    }
    if (ev.type === 'input_audio_buffer.append') {
      this.appendedCount++;
      this.appendedBytes += Buffer.byteLength(String(ev.audio), 'base64');
      if (!this.options.light) this.appended.push(String(ev.audio));
      return;
    }
    this.events.push(ev);
    switch (ev.type) {
      case 'session.update': {
        const problems = sessionProblems(ev);
        if (problems.length) {
          this.rejections.push(ev);
          this.send({ type: 'error', event_id: id('event'), error: { type: 'invalid_request_error', code: 'invalid_session', message: problems.join('; ') } });
        } else {
          this.session = ev.session as Record<string, any>;
          this.send({ type: 'session.updated', event_id: id('event'), session: ev.session });
        }
        break;
      }
      case 'conversation.item.truncate': {
        const itemId = String(ev.item_id);
        const sent = this.sentMs.get(itemId);
        const end = Number(ev.audio_end_ms);
        if (sent === undefined || !Number.isFinite(end) || end < 0 || end > Math.ceil(sent)) {
          this.rejections.push(ev);
          this.send({
            type: 'error',
            event_id: id('event'),
            error: { type: 'invalid_request_error', code: 'invalid_value', message: `Audio content of ${sent ?? 0}ms is already shorter than ${end}ms`, param: 'audio_end_ms' },
          });
        } else {
          this.truncates.push({ item_id: itemId, audio_end_ms: end });
          this.send({ type: 'conversation.item.truncated', event_id: id('event'), item_id: itemId, content_index: 0, audio_end_ms: end });
        }
        break;
      }
      case 'response.cancel':
        if (this.activeResponse) this.activeResponse.cancelled = true;
        break;
      case 'response.create':
        if (this.responseHandler) this.responseHandler(this, ev);
        else if (this.options.autoReplyMs) void this.speak(this.options.autoReplyMs, { transcript: 'Auto reply.' });
        break;
      default:
        break;
    }
    for (const w of [...this.waiters]) {
      if (w.pred(ev)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(ev);
      }
    }
  }

  /** All caller audio appended so far, in order (mu-law bytes), unless light. */
  appendedAudio(): Buffer {
    return Buffer.concat(this.appended.map((p) => Buffer.from(p, 'base64')));
  }

  /** appendedAudio() cut into `frameBytes` frames (160: Twilio's 20 ms), whatever the appends were. */
  appendedFrames(frameBytes = 160): Buffer[] {
    const audio = this.appendedAudio();
    const frames: Buffer[] = [];
    for (let at = 0; at < audio.length; at += frameBytes) frames.push(audio.subarray(at, at + frameBytes));
    return frames;
  }

  /** Resolves with the first recorded (or future) client event matching. */
  waitFor(pred: string | ((e: ClientEvent) => boolean), timeoutMs = 5000): Promise<ClientEvent> {
    const p = typeof pred === 'string' ? (e: ClientEvent) => e.type === pred : pred;
    const found = this.events.find(p);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake realtime: timed out waiting for ${typeof pred === 'string' ? pred : 'event'}`)), timeoutMs);
      this.waiters.push({ pred: p, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }

  /** Waits for a NEW matching event (ignores those already recorded). */
  next(pred: string | ((e: ClientEvent) => boolean), timeoutMs = 5000): Promise<ClientEvent> {
    const p = typeof pred === 'string' ? (e: ClientEvent) => e.type === pred : pred;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake realtime: timed out waiting for next ${typeof pred === 'string' ? pred : 'event'}`)), timeoutMs);
      this.waiters.push({ pred: p, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }

  speechStarted(audioStartMs = 0): void {
    this.send({ type: 'input_audio_buffer.speech_started', event_id: id('event'), audio_start_ms: audioStartMs, item_id: id('item') });
  }

  speechStopped(audioEndMs = 0): void {
    this.send({ type: 'input_audio_buffer.speech_stopped', event_id: id('event'), audio_end_ms: audioEndMs, item_id: id('item') });
  }

  userTranscript(text: string): void {
    this.send({ type: 'conversation.item.input_audio_transcription.completed', event_id: id('event'), item_id: id('item'), content_index: 0, transcript: text });
  }

  /**
   * Speaks `ms` of mu-law audio as one assistant item, in `chunkMs` deltas, `fill` as the byte
   * value. Sent as fast as the socket takes it (like the real API) unless paceMs is given.
   * Returns the item id.
   */
  async speak(ms: number, o: { fill?: number; chunkMs?: number; transcript?: string; paceMs?: number } = {}): Promise<string> {
    const responseId = id('resp');
    const itemId = id('item');
    const chunkMs = o.chunkMs ?? this.options.chunkMs ?? 20;
    const state = { id: responseId, itemId, cancelled: false };
    this.activeResponse = state;
    this.send({ type: 'response.created', event_id: id('event'), response: { id: responseId, object: 'realtime.response', status: 'in_progress', output: [] } });
    this.send({ type: 'response.output_item.added', event_id: id('event'), response_id: responseId, output_index: 0, item: { id: itemId, type: 'message', role: 'assistant', status: 'in_progress', content: [] } });
    this.sentMs.set(itemId, 0);
    const chunk = Buffer.alloc(chunkMs * 8, o.fill ?? 0x55).toString('base64');
    for (let t = 0; t < ms && !state.cancelled && !this.closed; t += chunkMs) {
      this.send({ type: 'response.output_audio.delta', event_id: id('event'), response_id: responseId, item_id: itemId, output_index: 0, content_index: 0, delta: chunk });
      this.sentMs.set(itemId, this.sentMs.get(itemId)! + chunkMs);
      if (o.paceMs) await new Promise((r) => setTimeout(r, o.paceMs));
      else if ((t / chunkMs) % 25 === 24) await new Promise((r) => setImmediate(r));
    }
    if (!state.cancelled) {
      this.send({ type: 'response.output_audio.done', event_id: id('event'), response_id: responseId, item_id: itemId, output_index: 0, content_index: 0 });
      if (o.transcript) this.send({ type: 'response.output_audio_transcript.done', event_id: id('event'), response_id: responseId, item_id: itemId, output_index: 0, content_index: 0, transcript: o.transcript });
    }
    this.send({ type: 'response.done', event_id: id('event'), response: { id: responseId, object: 'realtime.response', status: state.cancelled ? 'cancelled' : 'completed', output: [], usage: { total_tokens: 10 } } });
    if (this.activeResponse === state) this.activeResponse = undefined;
    return itemId;
  }

  /** The model calls a tool; resolves with the bridge's function_call_output item. */
  async functionCall(name: string, args: Record<string, unknown>): Promise<{ output: unknown }> {
    const callId = id('call');
    const responseId = id('resp');
    this.send({ type: 'response.created', event_id: id('event'), response: { id: responseId, object: 'realtime.response', status: 'in_progress', output: [] } });
    this.send({ type: 'response.function_call_arguments.done', event_id: id('event'), response_id: responseId, item_id: id('item'), output_index: 0, call_id: callId, name, arguments: JSON.stringify(args) });
    this.send({ type: 'response.done', event_id: id('event'), response: { id: responseId, object: 'realtime.response', status: 'completed', output: [], usage: { total_tokens: 10 } } });
    const ev = await this.next((e) => e.type === 'conversation.item.create' && (e.item as { call_id?: string })?.call_id === callId, 10_000);
    const output = (ev.item as { output: string }).output;
    return { output: JSON.parse(output) };
  }

  errorEvent(message = 'something went wrong'): void {
    this.send({ type: 'error', event_id: id('event'), error: { type: 'server_error', code: 'server_error', message } });
  }

  /** Drops the connection the way a network failure would. */
  drop(): void {
    this.ws.terminate();
  }

  ofType(type: string): ClientEvent[] {
    return this.events.filter((e) => e.type === type);
  }
}

export interface FakeRealtime {
  url: string;
  /** OPENAI_BASE_URL for the same host: serves POST /v1/embeddings (deterministic vectors). */
  httpBaseUrl: string;
  connections: FakeRealtimeConnection[];
  /** Resolves with connection number `index` (0-based) once it is open. */
  connection(index?: number, timeoutMs?: number): Promise<FakeRealtimeConnection>;
  /** Refuse new connections (HTTP 503) to simulate an outage. */
  refuse: boolean;
  close(): Promise<void>;
}

export async function startFakeRealtime(options: FakeRealtimeOptions = {}): Promise<FakeRealtime> {
  const apiKey = options.apiKey ?? 'sk-test-realtime';
  const connections: FakeRealtimeConnection[] = [];
  const waiters: Array<() => void> = [];
  const state = { refuse: false };
  // The real API serves REST and realtime from one host; embeddings are here so that
  // knowledge ingestion works when a test sets OPENAI_API_KEY for the voice agent.
  const http = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/embeddings') || req.headers.authorization !== `Bearer ${apiKey}`) {
        res.writeHead(req.headers.authorization === `Bearer ${apiKey}` ? 404 : 401, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
      }
      const parsed = JSON.parse(body) as { input: string | string[]; model: string };
      const inputs = Array.isArray(parsed.input) ? parsed.input : [parsed.input];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          model: parsed.model,
          data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: localEmbedding(text) })),
          usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
        }),
      );
    });
  });
  await new Promise<void>((r) => http.listen(options.port ?? 0, '127.0.0.1', () => r()));
  const wss = new WebSocketServer({
    server: http,
    maxPayload: 16 * 1024 * 1024,
    verifyClient: (info, cb) => {
      if (state.refuse) return cb(false, 503, 'unavailable');
      const url = new URL(info.req.url ?? '/', 'http://x');
      if (info.req.headers.authorization !== `Bearer ${apiKey}`) return cb(false, 401, 'bad key');
      if (!url.searchParams.get('model')) return cb(false, 400, 'model required');
      cb(true);
    },
  });
  wss.on('connection', (ws, req) => {
    const conn = new FakeRealtimeConnection(ws, req, options);
    connections.push(conn);
    options.onConnection?.(conn);
    for (const w of waiters.splice(0)) w();
  });
  const port = (http.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/v1/realtime`,
    httpBaseUrl: `http://127.0.0.1:${port}/v1`,
    connections,
    get refuse() {
      return state.refuse;
    },
    set refuse(v: boolean) {
      state.refuse = v;
    },
    async connection(index = connections.length, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (connections.length <= index) {
        if (Date.now() > deadline) throw new Error(`fake realtime: connection ${index} never opened`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
      return connections[index]!;
    },
    async close() {
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
