import WebSocket from 'ws';
import { twilioSignature } from '../../src/twilio/signature.js';

// A Twilio simulator: what Twilio does on a call. It signs webhooks like Twilio (HMAC-SHA1 of
// the public URL + sorted params), reads the TwiML answer, opens the Media Streams WebSocket
// with a signed upgrade, sends 20 ms mu-law frames, and plays the audio it receives on a
// real-time playback clock (8 bytes per ms): a mark is echoed when the audio queued before it
// has played; `clear` drops queued audio and echoes pending marks at once, as Twilio does.

export interface TwimlDoc {
  xml: string;
  stream?: { url: string; parameters: Record<string, string> };
  /** input: "speech" for the Gather loop, "dtmf" (Twilio's default) for key presses. */
  gather?: { action: string; prompt: string; input: string; numDigits?: string };
  says: string[];
  record?: { action: string; transcribeCallback?: string };
  dial?: string;
  /** Where Twilio posts the <Dial> outcome (DialCallStatus), when the document asks for it. */
  dialAction?: string;
  hangup: boolean;
  redirect?: string;
}

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]!) : undefined;
};

export function parseTwiml(xml: string): TwimlDoc {
  if (!/^<\?xml[^>]*>\s*<Response>[\s\S]*<\/Response>\s*$/.test(xml.trim())) throw new Error(`not a TwiML document: ${xml.slice(0, 200)}`);
  const doc: TwimlDoc = { xml, says: [], hangup: /<Hangup\s*\/>/.test(xml) };
  for (const m of xml.matchAll(/<Say[^>]*>([\s\S]*?)<\/Say>/g)) doc.says.push(unescape(m[1]!));
  const stream = /<Stream\b[^>]*>/.exec(xml);
  if (stream) {
    const parameters: Record<string, string> = {};
    for (const p of xml.matchAll(/<Parameter\b[^>]*\/>/g)) parameters[attr(p[0], 'name')!] = attr(p[0], 'value')!;
    doc.stream = { url: attr(stream[0], 'url')!, parameters };
  }
  const gather = /<Gather\b[^>]*>([\s\S]*?)<\/Gather>/.exec(xml);
  if (gather) {
    const say = /<Say[^>]*>([\s\S]*?)<\/Say>/.exec(gather[1]!);
    const input = attr(gather[0], 'input') ?? 'dtmf';
    if (!['speech', 'dtmf', 'dtmf speech'].includes(input)) throw new Error(`Gather with input="${input}"`);
    doc.gather = { action: attr(gather[0], 'action')!, prompt: say ? unescape(say[1]!) : '', input, numDigits: attr(gather[0], 'numDigits') };
  }
  const rec = /<Record\b[^>]*\/>/.exec(xml);
  if (rec) doc.record = { action: attr(rec[0], 'action')!, transcribeCallback: attr(rec[0], 'transcribeCallback') };
  const dial = /<Dial[^>]*>([\s\S]*?)<\/Dial>/.exec(xml);
  if (dial) {
    doc.dial = unescape(dial[1]!.replace(/<[^>]+>/g, '').trim());
    doc.dialAction = attr(dial[0].slice(0, dial[0].indexOf('>') + 1), 'action');
  }
  const redirect = /<Redirect[^>]*>([\s\S]*?)<\/Redirect>/.exec(xml);
  if (redirect) doc.redirect = unescape(redirect[1]!);
  return doc;
}

export interface SimOptions {
  /** Where the server really listens (http://127.0.0.1:port). */
  serverUrl: string;
  /** PUBLIC_BASE_URL the server validates signatures against. */
  publicBaseUrl: string;
  authToken: string;
  accountSid?: string;
}

export interface WebhookResult {
  status: number;
  body: string;
  twiml?: TwimlDoc;
}

let sidSeq = 0;
export const newCallSid = (): string => `CA${Date.now().toString(16)}${(++sidSeq).toString(16).padStart(8, '0')}`.padEnd(34, '0').slice(0, 34);

export class TwilioSim {
  constructor(readonly o: SimOptions) {}

  /** POSTs a form-encoded webhook signed like Twilio (or with `signature` when given). */
  async webhook(path: string, params: Record<string, string>, signature?: string): Promise<WebhookResult> {
    const url = this.o.publicBaseUrl + path;
    const sig = signature ?? twilioSignature(this.o.authToken, url, params);
    const res = await fetch(this.o.serverUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sig },
      body: new URLSearchParams(params).toString(),
    });
    const body = await res.text();
    const isXml = (res.headers.get('content-type') ?? '').includes('xml');
    return { status: res.status, body, twiml: isXml && res.status === 200 ? parseTwiml(body) : undefined };
  }

  /** Twilio's call webhook: the call rings the business number. */
  inbound(p: { callSid?: string; from: string; to: string }, signature?: string): Promise<WebhookResult> {
    return this.webhook(
      '/api/voice/inbound',
      {
        AccountSid: this.o.accountSid ?? 'ACtest',
        ApiVersion: '2010-04-01',
        CallSid: p.callSid ?? newCallSid(),
        CallStatus: 'ringing',
        Direction: 'inbound',
        From: p.from,
        To: p.to,
        Caller: p.from,
        Called: p.to,
      },
      signature,
    );
  }

  /** Opens the media stream the TwiML asked for. Rejects when the upgrade is refused. */
  async openStream(twiml: TwimlDoc, o: { callSid: string; signature?: string; parameters?: Record<string, string> }): Promise<SimCall> {
    if (!twiml.stream) throw new Error('TwiML has no <Stream>');
    const publicUrl = twiml.stream.url;
    const path = new URL(publicUrl).pathname;
    const wsUrl = this.o.serverUrl.replace(/^http/, 'ws') + path;
    const sig = o.signature ?? twilioSignature(this.o.authToken, publicUrl, {});
    const ws = new WebSocket(wsUrl, { headers: { 'x-twilio-signature': sig } });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { statusCode: res.statusCode })));
      ws.once('error', reject);
    });
    const call = new SimCall(ws, o.callSid, o.parameters ?? twiml.stream.parameters, this.o.accountSid ?? 'ACtest');
    call.begin();
    return call;
  }
}

interface Queued {
  kind: 'audio' | 'mark';
  bytes?: Buffer;
  name?: string;
}

export class SimCall {
  readonly streamSid = `MZ${Math.random().toString(16).slice(2).padEnd(32, '0').slice(0, 32)}`;
  /** Media payloads received (base64), in order. */
  readonly received: string[] = [];
  readonly marksSent: string[] = [];
  readonly clears: Array<{ at: number; playedByFill: Map<number, number> }> = [];
  /** Played ms per fill byte value (audio made by the fake with that fill). */
  readonly playedByFill = new Map<number, number>();
  playedMs = 0;
  closeCode: number | undefined;
  closed: Promise<number>;
  private queue: Queued[] = [];
  private queueHeadOffset = 0;
  private seq = 0;
  private chunk = 0;
  private mediaTimer: NodeJS.Timeout | undefined;
  private playTimer: NodeJS.Timeout | undefined;
  private lastTick = 0;
  private credit = 0;
  readonly others: Array<Record<string, unknown>> = [];

  constructor(
    readonly ws: WebSocket,
    readonly callSid: string,
    readonly parameters: Record<string, string>,
    readonly accountSid: string,
  ) {
    this.closed = new Promise((resolve) =>
      ws.on('close', (code) => {
        this.closeCode = code;
        this.stopTimers();
        resolve(code);
      }),
    );
    ws.on('message', (data) => this.onMessage(data.toString()));
  }

  send(msg: Record<string, unknown> | string): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
  }

  begin(): void {
    this.send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
    this.send({
      event: 'start',
      sequenceNumber: String(++this.seq),
      start: {
        accountSid: this.accountSid,
        streamSid: this.streamSid,
        callSid: this.callSid,
        tracks: ['inbound'],
        mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
        customParameters: this.parameters,
      },
      streamSid: this.streamSid,
    });
    this.lastTick = performance.now();
    this.playTimer = setInterval(() => this.tick(), 5);
  }

  /** One 20 ms inbound frame (160 mu-law bytes). */
  sendFrame(fill = 0xff): void {
    this.chunk++;
    this.send({
      event: 'media',
      sequenceNumber: String(++this.seq),
      media: { track: 'inbound', chunk: String(this.chunk), timestamp: String(this.chunk * 20), payload: Buffer.alloc(160, fill).toString('base64') },
      streamSid: this.streamSid,
    });
  }

  /** Sends caller audio in real time (50 frames/s) until stopSpeaking. */
  startSpeaking(fill = 0xff): void {
    this.stopSpeaking();
    this.mediaTimer = setInterval(() => this.sendFrame(fill), 20);
  }

  stopSpeaking(): void {
    if (this.mediaTimer) clearInterval(this.mediaTimer);
    this.mediaTimer = undefined;
  }

  dtmf(digit: string): void {
    this.send({ event: 'dtmf', streamSid: this.streamSid, sequenceNumber: String(++this.seq), dtmf: { track: 'inbound_track', digit } });
  }

  stop(): void {
    this.stopSpeaking();
    this.send({ event: 'stop', sequenceNumber: String(++this.seq), streamSid: this.streamSid, stop: { accountSid: this.accountSid, callSid: this.callSid } });
  }

  private onMessage(text: string): void {
    // Playback runs on wall time like Twilio's: bring it up to now first (the 5 ms timer may
    // have been held up by a busy event loop), so a clear stops audio where it really was.
    if (this.playTimer) this.tick();
    let msg: { event?: string; streamSid?: string; media?: { payload?: string }; mark?: { name?: string } };
    try {
      msg = JSON.parse(text);
    } catch {
      throw new Error(`server sent non-JSON to Twilio: ${text.slice(0, 80)}`);
    }
    if (msg.streamSid !== this.streamSid) throw new Error(`wrong streamSid in ${text.slice(0, 120)}`);
    if (msg.event === 'media') {
      const payload = msg.media?.payload ?? '';
      this.received.push(payload);
      this.queue.push({ kind: 'audio', bytes: Buffer.from(payload, 'base64') });
    } else if (msg.event === 'mark') {
      this.marksSent.push(msg.mark!.name!);
      this.queue.push({ kind: 'mark', name: msg.mark!.name! });
      this.drainMarks();
    } else if (msg.event === 'clear') {
      // Twilio: queued audio is dropped, pending marks are echoed.
      this.clears.push({ at: this.playedMs, playedByFill: new Map(this.playedByFill) });
      const pending = this.queue.filter((q) => q.kind === 'mark');
      this.queue = [];
      this.queueHeadOffset = 0;
      for (const m of pending) this.echo(m.name!);
    } else {
      this.others.push(msg as Record<string, unknown>);
    }
  }

  private echo(name: string): void {
    this.send({ event: 'mark', sequenceNumber: String(++this.seq), streamSid: this.streamSid, mark: { name } });
  }

  private drainMarks(): void {
    while (this.queue.length && this.queue[0]!.kind === 'mark') this.echo(this.queue.shift()!.name!);
  }

  /** The playback clock: consumes 8 bytes per elapsed ms, echoing marks as audio before them ends. */
  private tick(): void {
    const now = performance.now();
    this.credit += (now - this.lastTick) * 8;
    this.lastTick = now;
    this.drainMarks();
    if (this.queue.length === 0) {
      this.credit = 0; // silence is not banked
      return;
    }
    while (this.credit >= 1 && this.queue.length) {
      const head = this.queue[0]!;
      if (head.kind === 'mark') {
        this.echo(head.name!);
        this.queue.shift();
        continue;
      }
      const left = head.bytes!.length - this.queueHeadOffset;
      const take = Math.min(left, Math.floor(this.credit));
      const fill = head.bytes![this.queueHeadOffset]!;
      this.playedByFill.set(fill, (this.playedByFill.get(fill) ?? 0) + take / 8);
      this.playedMs += take / 8;
      this.credit -= take;
      this.queueHeadOffset += take;
      if (this.queueHeadOffset >= head.bytes!.length) {
        this.queue.shift();
        this.queueHeadOffset = 0;
      }
    }
    this.drainMarks();
    if (this.queue.length === 0) this.credit = 0;
  }

  /** Ms of audio queued but not yet played. */
  get queuedMs(): number {
    let bytes = -this.queueHeadOffset;
    for (const q of this.queue) if (q.kind === 'audio') bytes += q.bytes!.length;
    return Math.max(0, bytes / 8);
  }

  private stopTimers(): void {
    this.stopSpeaking();
    if (this.playTimer) clearInterval(this.playTimer);
    this.playTimer = undefined;
  }

  close(): void {
    this.stopTimers();
    this.ws.close();
  }
}
