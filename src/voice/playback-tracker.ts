import { PlaybackClock } from './playback-clock.js';

// Barge-in bookkeeping for one call (VOICE.md): per assistant item, the audio sent and the
// audio Twilio confirmed played, the marks in flight and their generation, and the
// PlaybackClock that says where the caller is. The CallBridge sends what this decides.

// Marks can be sparse because the clock does the rest: one per 500 ms of audio (up to 2 s while
// the echoes keep confirming the clock: PlaybackClock.markEveryMs), one at the end of each item,
// and those the clock asks for (audio starting after silence). That saves a write and a read
// per 20 ms of speech -- most of the bridge's cost over a plain relay.
/** Items remembered (an interruption truncates the ones still playing). */
const MAX_ITEMS = 8;

export interface ItemPlayback {
  itemId: string;
  /** itemId as bytes, to match deltas without decoding their item_id. */
  idBytes: Buffer;
  /** Sequence number of the item in this call (named in marks). */
  n: number;
  /** Position of the item's first audio on the call's output timeline (ms). */
  startMs: number;
  sentMs: number;
  /** sentMs when the last mark was sent. */
  markedMs: number;
  playedMs: number;
}

export interface Truncation {
  itemId: string;
  audioEndMs: number;
}

export class PlaybackTracker {
  /** The item of the last audio delta (the hot path compares its id bytes first). */
  lastItem: ItemPlayback | undefined;
  private readonly items: ItemPlayback[] = [];
  private generation = 0;
  private marksOutstanding = 0;
  private seq = 0;
  private probes = 0;
  private readonly clock = new PlaybackClock();

  /** The item `itemId` (new: appended, and the previous item is returned so its end gets a mark). */
  switchTo(itemId: string): { item: ItemPlayback; previous: ItemPlayback | undefined } {
    let item = this.items.find((i) => i.itemId === itemId);
    let previous: ItemPlayback | undefined;
    if (item === undefined) {
      previous = this.lastItem;
      item = { itemId, idBytes: Buffer.from(itemId, 'latin1'), n: ++this.seq, startMs: this.clock.sentMs, sentMs: 0, markedMs: 0, playedMs: 0 };
      this.items.push(item);
      if (this.items.length > MAX_ITEMS) this.items.shift();
    }
    this.lastItem = item;
    return { item, previous };
  }

  /** `chunkMs` of `item` sent at `now`; true when a mark should follow it. */
  sent(item: ItemPlayback, chunkMs: number, now: number): boolean {
    const itemStart = item.sentMs === 0;
    item.sentMs += chunkMs;
    return this.clock.sent(chunkMs, now, itemStart) || item.sentMs - item.markedMs >= this.clock.markEveryMs;
  }

  /** The name of a mark at the end of `item`'s audio so far (generation.item.ms), or undefined when nothing new was sent. */
  markName(item: ItemPlayback): string | undefined {
    if (item.sentMs <= item.markedMs) return undefined;
    item.markedMs = item.sentMs;
    this.marksOutstanding++;
    return `${this.generation}.${item.n}.${Math.round(item.sentMs)}`;
  }

  find(itemId: unknown): ItemPlayback | undefined {
    return this.items.find((i) => i.itemId === itemId);
  }

  /**
   * The name of a probe to send now (a mark with no audio before it: its echo measures the round
   * trip), or undefined when audio is queued at Twilio or a probe is already out.
   */
  probe(now: number): string | undefined {
    return this.clock.probe(now) ? `p${++this.probes}` : undefined;
  }

  /** Twilio echoed a mark at `now`. False for marks of audio a clear dropped (older generation) and for probes. */
  echoed(name: string, now: number): boolean {
    if (name.charCodeAt(0) === 0x70 /* p */) {
      if (name === `p${this.probes}`) this.clock.probeEchoed(now);
      return false;
    }
    const a = name.indexOf('.');
    const b = name.indexOf('.', a + 1);
    if (a < 0 || b < 0) return false;
    if (Number(name.slice(0, a)) !== this.generation) return false;
    if (this.marksOutstanding > 0) this.marksOutstanding--;
    const n = Number(name.slice(a + 1, b));
    const item = this.items.find((i) => i.n === n);
    const ms = Number(name.slice(b + 1));
    if (item !== undefined) {
      if (ms > item.playedMs) item.playedMs = ms;
      // Evidence for the playback clock: Twilio has just played up to this point.
      this.clock.markEchoed(item.startMs + ms, now);
    }
    return true;
  }

  get marksPending(): number {
    return this.marksOutstanding;
  }

  /** Audio queued at Twilio or playing (a barge-in only interrupts then). */
  get audioPlaying(): boolean {
    return this.marksOutstanding > 0 || (this.lastItem !== undefined && this.lastItem.sentMs > this.lastItem.markedMs);
  }

  /**
   * Barge-in: where each item still playing stops (never past what was received; items with no
   * audio are skipped), then the timeline ends there and marks in flight are void. The item
   * being streamed is truncated even when all its audio sent so far has played: the model made
   * more of it than reached the caller (its late deltas are dropped).
   */
  interrupt(now: number): Truncation[] {
    const playedTotalMs = this.clock.played(now);
    const out: Truncation[] = [];
    for (const item of this.items) {
      const played = Math.min(item.sentMs, Math.max(item.playedMs, playedTotalMs - item.startMs));
      if (item.sentMs <= 0 || (played >= item.sentMs && item !== this.lastItem)) continue;
      const audioEndMs = Math.floor(Math.min(item.sentMs, Math.max(0, played)));
      out.push({ itemId: item.itemId, audioEndMs });
      item.sentMs = audioEndMs;
      item.playedMs = audioEndMs;
    }
    this.clear(now);
    return out;
  }

  /** Twilio dropped what it had queued: the timeline ends at what was played. */
  clear(now: number): void {
    this.clock.clear(now);
    this.generation++;
    this.marksOutstanding = 0;
    this.lastItem = undefined;
    this.items.length = 0;
  }
}
