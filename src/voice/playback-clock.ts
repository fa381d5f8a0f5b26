// Where the caller is in the agent's audio, estimated from Twilio's own evidence. Pure: no
// timers, no I/O; time is passed in (tests drive it with fake time).
//
// The bridge sends audio to Twilio as fast as the model produces it (often faster than real
// time); Twilio queues it and plays 8000 bytes/s. Each echoed mark says "the audio before this
// has played", but it arrives a network trip after it was played, and a clear sent now takes
// effect a trip later still. So the clock works on the bridge's side of the wire ("echo time":
// when the bridge would hear of a position being played) and looks one round trip ahead:
//   - audio is kept as runs: stretches Twilio plays back to back. A chunk that reaches Twilio
//     after its queue has run dry starts a new run (slow or bursty arrival);
//   - a run's start is anchored by the marks echoed for it (the earliest a mark implies, so a
//     late echo never drags the clock back); a run with no evidence yet starts one round trip
//     after it was sent, or when the previous run ends, whichever is later;
//   - the round trip is learnt from each run that began after silence (its anchored start minus
//     when it was sent), taking the least of the recent runs: a sample is never below the true
//     round trip (queueing and late echoes only add to it), and a run's later marks refine it.
// The estimate never passes the audio sent, nor falls behind what a mark proved.

interface Run {
  id: number;
  /** When the run's first chunk was sent. */
  sendAt: number;
  /** Timeline positions (ms of audio) the run covers. */
  startPos: number;
  endPos: number;
  /** Earliest start implied by an echoed mark (echo time), or NaN without evidence. */
  anchor: number;
  /** Estimated start in echo time (anchor, or derived from sendAt / the previous run). */
  start: number;
}

/** Runs kept at most (slow arrival makes one per chunk until a mark prunes them). */
const MAX_RUNS = 64;
/** Round-trip samples kept (the least is used). */
const MAX_RTT_SAMPLES = 8;
/** A new run after a gap this long (ms of silence at Twilio) asks for a mark to anchor it. */
const GAP_MARK_MS = 60;
/** How much later than expected a run may really start (network jitter) before its first echo counts as late. */
const LATE_ECHO_TOLERANCE_MS = 25;

export class PlaybackClock {
  private runs: Run[] = [];
  private sentPos = 0;
  private provenPos = 0;
  /** Per run that began after silence: its best (anchor - sendAt), the round trip it implies. */
  private rttSamples: Array<{ id: number; v: number }> = [];
  private rtt = 0;
  private runSeq = 0;

  /** Ms of audio sent on the call's timeline (after clears, the timeline ends where playback stopped). */
  get sentMs(): number {
    return this.sentPos;
  }

  /** The learnt round trip to Twilio and back (ms); 0 until a sample. */
  get roundTripMs(): number {
    return this.rtt;
  }

  /**
   * `ms` of audio sent at `now`. True when the bridge should send a mark right after it: the
   * chunk starts a run after silence (or the round trip is still unknown), so an echo soon tells
   * when Twilio really started playing it.
   */
  sent(ms: number, now: number): boolean {
    const runs = this.runs;
    const last = runs.length > 0 ? runs[runs.length - 1]! : undefined;
    const arrive = now + this.rtt;
    this.sentPos += ms;
    if (last !== undefined && last.start + (last.endPos - last.startPos) >= arrive) {
      last.endPos += ms;
      return false;
    }
    const gap = last === undefined ? Infinity : arrive - (last.start + (last.endPos - last.startPos));
    runs.push({ id: ++this.runSeq, sendAt: now, startPos: this.sentPos - ms, endPos: this.sentPos, anchor: NaN, start: arrive });
    if (runs.length > MAX_RUNS) {
      // Merge the two oldest runs (the older one is surely played by now).
      const a = runs.shift()!;
      const b = runs[0]!;
      const len = a.endPos - a.startPos;
      b.startPos = a.startPos;
      b.start -= len;
      if (!Number.isNaN(b.anchor)) b.anchor -= len;
      b.sendAt = a.sendAt;
    }
    return gap >= GAP_MARK_MS || this.rttSamples.length === 0;
  }

  /** Twilio echoed the mark placed at timeline position `pos`, received at `now`. */
  markEchoed(pos: number, now: number): void {
    if (pos > this.sentPos) pos = this.sentPos; // mark names carry whole ms
    if (pos < this.provenPos) return;
    const runs = this.runs;
    let k = -1;
    for (let i = runs.length - 1; i >= 0; i--) {
      if (runs[i]!.startPos < pos) {
        k = i;
        break;
      }
    }
    if (pos > this.provenPos) this.provenPos = pos;
    if (k < 0) return;
    const run = runs[k]!;
    const into = pos - run.startPos;
    const implied = now - into;
    if (Number.isNaN(run.anchor)) {
      // The first echo of a run: it cannot have started much later than the audio could reach
      // Twilio (or the previous run ended); later than that, the echo itself was late.
      run.anchor = this.rttSamples.length > 0 ? Math.min(implied, run.start + LATE_ECHO_TOLERANCE_MS) : implied;
    } else run.anchor = Math.min(run.anchor, implied);
    this.learnRtt(run.id, run.anchor - run.sendAt);
    // Everything before this run has played: forget it.
    if (k > 0) runs.splice(0, k);
    this.restart(0);
  }

  /** A run's start is evidence of the round trip: later marks of the same run can only lower it. */
  private learnRtt(id: number, sample: number): void {
    if (!(sample >= 0)) return;
    const samples = this.rttSamples;
    const last = samples.length > 0 ? samples[samples.length - 1]! : undefined;
    if (last !== undefined && last.id === id) last.v = Math.min(last.v, sample);
    else {
      samples.push({ id, v: sample });
      if (samples.length > MAX_RTT_SAMPLES) samples.shift();
    }
    let min = Infinity;
    for (const s of samples) if (s.v < min) min = s.v;
    this.rtt = min;
  }

  /** Recomputes run starts from run `from` on. */
  private restart(from: number): void {
    const runs = this.runs;
    for (let i = from; i < runs.length; i++) {
      const r = runs[i]!;
      if (!Number.isNaN(r.anchor)) {
        r.start = r.anchor;
        continue;
      }
      const prev = i > 0 ? runs[i - 1]! : undefined;
      const prevEnd = prev ? prev.start + (prev.endPos - prev.startPos) : -Infinity;
      r.start = Math.max(r.sendAt + this.rtt, prevEnd);
    }
  }

  /**
   * The position (ms on the timeline) the caller will have heard when a `clear` sent at `now`
   * takes effect at Twilio.
   */
  played(now: number): number {
    const t = now + this.rtt;
    const runs = this.runs;
    let pos = runs.length > 0 ? runs[0]!.startPos : this.sentPos;
    for (let i = runs.length - 1; i >= 0; i--) {
      const r = runs[i]!;
      if (t >= r.start) {
        pos = Math.min(r.endPos, r.startPos + (t - r.start));
        break;
      }
    }
    if (pos < this.provenPos) pos = this.provenPos;
    return pos > this.sentPos ? this.sentPos : pos;
  }

  /** Ms sent that the caller has not heard yet. */
  queuedMs(now: number): number {
    return this.sentPos - this.played(now);
  }

  /** Twilio dropped its queue (clear): the timeline ends where playback stopped. Returns that position. */
  clear(now: number): number {
    const pos = this.played(now);
    this.sentPos = pos;
    this.provenPos = pos;
    this.runs = [];
    return pos;
  }
}
