import { OPEN, type CallStats, type Socket } from './bridge-types.js';
import { REALTIME, base64DecodedLength } from './frames.js';

// The OpenAI Realtime side of one call: the socket's life (open, ready, lost, reconnect once,
// give up) and the caller's audio on its way there. The CallBridge decides what to say; the
// link only carries it.
//
// Caller audio is batched: Twilio sends 20 ms per message, and each WebSocket message costs a
// frame header, the client's mask over every byte and a write syscall, more than the bridge's
// own work on it. The link decodes each frame into one buffer and sends AUDIO_BATCH_FRAMES of
// them (60 ms: 480 bytes, 640 base64 characters) as one `input_audio_buffer.append`. Nothing
// is held longer than a batch would take to fill (the age timer), and what is held goes out
// before any event (order kept), when the call ends, and to the new socket after a reconnect.
// The model's VAD hears the caller at most one batch later (README, voice section). The same
// buffer holds the audio that arrives while the socket is not ready (up to 5 s, oldest dropped).
// Every count here is of audio (20 ms of it is one frame), not of messages.

/** Audio bytes a slow peer may have queued before frames to it are dropped (bounded memory). */
export const MAX_BUFFERED = 512 * 1024;
/** Caller audio is mu-law at 8 kHz: 8 bytes per ms, 160 in a Twilio frame (20 ms). */
export const FRAME_BYTES = 160;
/** Twilio frames per append while the socket is ready (bench/voice.ts measures 1-3). */
export const AUDIO_BATCH_FRAMES = 3;
/** Caller audio kept while the OpenAI socket is (re)connecting: 5 s. */
const MAX_HELD_BYTES = 250 * FRAME_BYTES;
/** Audio held during a (re)connect goes out in appends of at most 1 s each. */
const MAX_APPEND_BYTES = 50 * FRAME_BYTES;
/** The batch buffer's usual size (it grows only while audio is held for a connect). */
const BATCH_CAPACITY = 1024;
/** ws copies its options into a fresh object per send: one frozen constant saves an allocation per frame. */
const TEXT = Object.freeze({ binary: false });

export interface RealtimeLinkHooks {
  open(): Socket;
  onMessage(data: Buffer): void;
  /** The socket dropped and a new one is being opened (the conversation will be replayed). */
  onReconnecting(): void;
  /** Lost twice: the call must go on without the model. */
  onGiveUp(): void;
  log: { warn(obj: object, msg: string): void };
  now(): number;
}

export class RealtimeLink {
  private socket: Socket | undefined;
  private ready = false;
  /** Caller audio (mu-law) not sent yet: the current batch, or what is held while not ready. */
  private audio: Buffer = Buffer.allocUnsafe(BATCH_CAPACITY);
  private audioLen = 0;
  private readonly batchBytes: number;
  private readonly maxAgeMs: number;
  /** Flushes a batch that did not fill in time (re-armed, never re-created, at each batch's first frame). */
  private ageTimer: NodeJS.Timeout | undefined;
  private reconnectAttempted = false;
  private closed = false;
  /** When the current socket was opened (first-audio latency). */
  openedAt = 0;

  constructor(
    private readonly hooks: RealtimeLinkHooks,
    private readonly stats: CallStats,
    private readonly callSid: string,
    batchFrames = AUDIO_BATCH_FRAMES,
  ) {
    this.batchBytes = Math.max(1, batchFrames) * FRAME_BYTES;
    this.maxAgeMs = Math.max(1, batchFrames) * 20;
  }

  connect(): void {
    if (this.closed) return;
    let rt: Socket;
    try {
      rt = this.hooks.open();
    } catch (err) {
      this.hooks.log.warn({ err: (err as Error).message }, 'realtime connect failed');
      return void this.lost();
    }
    this.socket = rt;
    this.ready = false;
    this.openedAt = this.hooks.now();
    rt.on('message', (data) => this.hooks.onMessage(data as Buffer));
    rt.on('error', (err) => this.hooks.log.warn({ err: err.message, callSid: this.callSid }, 'realtime socket error'));
    rt.on('close', () => {
      if (this.socket === rt && !this.closed) this.lost();
    });
  }

  private lost(): void {
    this.socket = undefined;
    this.ready = false;
    if (this.closed) return;
    if (!this.reconnectAttempted) {
      this.reconnectAttempted = true;
      this.stats.reconnects++;
      this.stats.status = 'reconnecting';
      this.hooks.log.warn({ callSid: this.callSid }, 'realtime socket dropped: reconnecting once');
      this.hooks.onReconnecting();
      return this.connect();
    }
    this.stats.status = 'fallback';
    this.hooks.log.warn({ callSid: this.callSid }, 'realtime socket lost again: falling back to voicemail');
    this.hooks.onGiveUp();
  }

  /** session.created arrived: audio may flow; what was held is sent in order. */
  markReady(): void {
    this.ready = true;
    this.flush();
  }

  get isReady(): boolean {
    return this.ready;
  }

  /**
   * Hot path: one caller audio frame, the base64 in `src[start..end)` (a Twilio media message).
   * Node's base64 codec (SIMD) through a string beats a JavaScript one straight from the bytes
   * by 2x (bench/voice-base64.ts). A payload that is not base64 is decoded by Node's lenient
   * rules (garbage in, garbage audio out; it used to be forwarded as it came).
   */
  appendAudio(src: Buffer, start: number, end: number): void {
    const max = base64DecodedLength(src, start, end);
    const rt = this.socket;
    const live = this.ready && rt !== undefined && rt.readyState === OPEN;
    if (live && rt.bufferedAmount > MAX_BUFFERED) {
      this.stats.framesDropped += Math.ceil(max / FRAME_BYTES);
      return;
    }
    const before = this.audioLen;
    if (before + max > this.audio.length) this.grow(before + max);
    this.audioLen = before + this.audio.write(src.toString('latin1', start, end), before, 'base64');
    if (!live) {
      if (this.audioLen > MAX_HELD_BYTES) this.dropOldest(this.audioLen - MAX_HELD_BYTES);
    } else if (this.audioLen >= this.batchBytes) {
      this.flush();
    } else if (before === 0) {
      if (this.ageTimer) this.ageTimer.refresh();
      else {
        this.ageTimer = setTimeout(() => this.flush(), this.maxAgeMs);
        this.ageTimer.unref();
      }
    }
  }

  /** Sends the audio not sent yet (as appends of at most 1 s), unless the socket is not ready. */
  private flush(): void {
    const len = this.audioLen;
    if (len === 0) return;
    const rt = this.socket;
    if (!this.ready || rt === undefined || rt.readyState !== OPEN) return;
    this.audioLen = 0;
    if (rt.bufferedAmount > MAX_BUFFERED) {
      this.stats.framesDropped += Math.ceil(len / FRAME_BYTES);
      return;
    }
    for (let at = 0; at < len; at += MAX_APPEND_BYTES) rt.send(this.appendFrame(at, Math.min(len, at + MAX_APPEND_BYTES)), TEXT);
    if (this.audio.length > BATCH_CAPACITY) this.audio = Buffer.allocUnsafe(BATCH_CAPACITY);
  }

  /** `{"type":"input_audio_buffer.append","audio":"<base64 of audio[start..end)>"}` in one allocation. */
  private appendFrame(start: number, end: number): Buffer {
    const b64 = this.audio.toString('base64', start, end);
    const p = REALTIME.appendPrefix.length;
    const out = Buffer.allocUnsafe(p + b64.length + REALTIME.appendSuffix.length);
    out.set(REALTIME.appendPrefix, 0);
    out.write(b64, p, 'latin1');
    out.set(REALTIME.appendSuffix, p + b64.length);
    return out;
  }

  private grow(needed: number): void {
    const next = Buffer.allocUnsafe(Math.max(needed, this.audio.length * 2));
    next.set(this.audio.subarray(0, this.audioLen), 0);
    this.audio = next;
  }

  /** Drops at least `bytes` of the oldest held audio, in whole frames (each counted). */
  private dropOldest(bytes: number): void {
    const drop = Math.min(this.audioLen, Math.ceil(bytes / FRAME_BYTES) * FRAME_BYTES);
    this.audio.copyWithin(0, drop, this.audioLen);
    this.audioLen -= drop;
    this.stats.framesDropped += Math.ceil(drop / FRAME_BYTES);
  }

  /** A control event: the caller audio before it goes first (the model hears them in order). */
  sendEvent(event: object): void {
    this.flush();
    const rt = this.socket;
    if (rt && rt.readyState === OPEN) rt.send(JSON.stringify(event));
  }

  /** Ends the link: the socket is closed at once (cut off if it does not answer the close). */
  close(): void {
    // The caller's last words go out before the close (the socket sends in order).
    this.flush();
    clearTimeout(this.ageTimer);
    this.closed = true;
    const rt = this.socket;
    this.socket = undefined;
    if (!rt) return;
    try {
      rt.close(1000, 'call ended');
    } catch {
      rt.terminate();
    }
    setTimeout(() => rt.readyState !== 3 && rt.terminate(), 500).unref?.();
  }
}
