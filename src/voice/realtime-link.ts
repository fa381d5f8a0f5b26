import { OPEN, type CallStats, type Socket } from './bridge-types.js';

// The OpenAI Realtime side of one call: the socket's life (open, ready, lost, reconnect once,
// give up) and the bounded queue of caller audio held while it is not ready. The CallBridge
// decides what to say; the link only carries it.

/** Audio bytes a slow peer may have queued before frames to it are dropped (bounded memory). */
export const MAX_BUFFERED = 512 * 1024;
/** Frames kept while the OpenAI socket is (re)connecting: 5 s of caller audio. */
const MAX_PENDING_FRAMES = 250;
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
  private readonly pending: Buffer[] = [];
  private reconnectAttempted = false;
  private closed = false;
  /** When the current socket was opened (first-audio latency). */
  openedAt = 0;

  constructor(
    private readonly hooks: RealtimeLinkHooks,
    private readonly stats: CallStats,
    private readonly callSid: string,
  ) {}

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
    for (const frame of this.pending.splice(0)) this.send(frame);
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Hot path: one caller audio frame (already an input_audio_buffer.append event). */
  send(frame: Buffer): void {
    const rt = this.socket;
    if (!this.ready || rt === undefined || rt.readyState !== OPEN) {
      if (this.pending.length >= MAX_PENDING_FRAMES) {
        this.pending.shift();
        this.stats.framesDropped++;
      }
      this.pending.push(frame);
      return;
    }
    if (rt.bufferedAmount > MAX_BUFFERED) {
      this.stats.framesDropped++;
      return;
    }
    rt.send(frame, TEXT);
  }

  sendEvent(event: object): void {
    const rt = this.socket;
    if (rt && rt.readyState === OPEN) rt.send(JSON.stringify(event));
  }

  /** Ends the link: the socket is closed at once (cut off if it does not answer the close). */
  close(): void {
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
