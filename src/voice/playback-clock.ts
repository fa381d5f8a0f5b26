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
//   - a run's first echo may come late (a slow trip back, or a bridge too busy to read it), so
//     one echo cannot put the start later than a round trip (+ tolerance) after sending. Several
//     echoes agreeing on a later start can: then the audio itself reached Twilio late (a stall
//     on the way there), and believing the tolerance would put the clock ahead of the caller;
//   - the round trip is the least of recent samples, each aged a little so that a path that
//     got slower is followed: a run that began after silence gives one (its anchored start minus
//     when it was sent) and so does a probe (a mark sent while nothing is queued, echoed at
//     once, and taken when the caller's turn ends, before the answer). Queueing, late echoes and
//     a busy event loop only add to a sample, so the least of them is the estimate: a sample
//     inflated by load is outvoted by any clean one, and an old one ages out.
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
  /** The latest start one echo alone may set (sendAt + round trip + tolerance, fixed at the first echo). */
  cap: number;
  /** The least starts implied by the run's echoes, ascending (at most CONFIRM_ECHOES kept). */
  implied: number[];
  /** Early marks the run still asks for (EARLY_MARK_AT). */
  earlyMarks: number;
}

/** Runs kept at most (slow arrival makes one per chunk until a mark prunes them). */
const MAX_RUNS = 64;
/** Round-trip samples kept (the least, aged, is used). */
const MAX_RTT_SAMPLES = 16;
/** A sample's weight grows by this many ms per ms of age (1 ms per second): a newer one wins when the path got slower. */
const RTT_AGING = 0.001;
/** A new run after a gap this long (ms of silence at Twilio) asks for a mark to anchor it. */
const GAP_MARK_MS = 60;
/** How much later than expected a run may really start (network jitter) before its first echo counts as late. */
const LATE_ECHO_TOLERANCE_MS = 25;
/** Echoes that must say a later start (the two earliest agreeing) before it beats the tolerance. */
const CONFIRM_ECHOES = 3;
const AGREE_MS = 20;
/** Where a new answer (a run after EARLY_MARKS_GAP_MS of silence) asks for marks besides its first chunk, while the clock is unconfirmed: ms into the run. */
const EARLY_MARK_AT = [60, 200] as const;
/** Periodic marks (PlaybackTracker): every MARK_EVERY_MS[k] ms of audio, k = how many echoes in a row confirmed the clock (within CONFIRM_MS). */
const MARK_EVERY_MS = [500, 500, 1000, 1000, 2000] as const;
/** An echo within this of where the clock expected it confirms the clock (a fifth of the ±40 ms budget: event-loop jitter on a busy host is not a surprise). */
const CONFIRM_MS = 8;
/** A probe unanswered this long is presumed lost (another may go). */
const PROBE_TIMEOUT_MS = 5000;

/** Short-gap marks (sent) at most this often. */
const GAP_MARK_SPACING_MS = 500;

/** A new run after this much silence is a new answer: it asks for the early marks too; after less, for one mark. */
const EARLY_MARKS_GAP_MS = 250;

export class PlaybackClock {
  private runs: Run[] = [];
  private sentPos = 0;
  private provenPos = 0;
  /** Round-trip samples: per run that began after silence its best (anchor - sendAt), and per probe its echo time. */
  private rttSamples: Array<{ id: number; v: number; at: number }> = [];
  private rtt = 0;
  private runSeq = 0;
  private probeSeq = 0;
  /** When the probe in flight was sent, or NaN. */
  private probeSentAt = NaN;
  /** Echoes in a row that landed where the clock expected them. */
  private confirmations = 0;
  /** When a run last asked for a mark (sent). */
  private gapMarkAt = -Infinity;

  /** Ms of audio sent on the call's timeline (after clears, the timeline ends where playback stopped). */
  get sentMs(): number {
    return this.sentPos;
  }

  /**
   * How much audio between periodic marks: marks are evidence, and while the echoes keep landing
   * where the clock expects them fewer are needed (each costs a message both ways); any surprise
   * (late echo, stall, a queue that ran dry) brings them back to every 500 ms.
   */
  get markEveryMs(): number {
    return MARK_EVERY_MS[Math.min(this.confirmations, MARK_EVERY_MS.length - 1)]!;
  }

  /** The learnt round trip to Twilio and back (ms); 0 until a sample. */
  get roundTripMs(): number {
    return this.rtt;
  }

  /**
   * `ms` of audio sent at `now`. True when the bridge should send a mark right after it: the
   * chunk starts a run after silence (or the round trip is still unknown), or is one of the
   * early marks of a new answer, so echoes soon tell when Twilio really started playing it.
   * `itemStart`: the chunk is an answer's first (a gap inside one answer is the model pausing:
   * the run gets its one mark, not the early ones). Short gaps ask for a mark at most every
   * GAP_MARK_SPACING_MS: audio trickling in at about real time would otherwise ask for one per
   * chunk, and the runs in between are placed well enough by the round trip and the next echo.
   */
  sent(ms: number, now: number, itemStart = true): boolean {
    const runs = this.runs;
    const last = runs.length > 0 ? runs[runs.length - 1]! : undefined;
    const arrive = now + this.rtt;
    this.sentPos += ms;
    if (last !== undefined && last.start + (last.endPos - last.startPos) >= arrive) {
      last.endPos += ms;
      if (last.earlyMarks === 0 || last.endPos - last.startPos < EARLY_MARK_AT[EARLY_MARK_AT.length - last.earlyMarks]!) return false;
      last.earlyMarks--;
      return true;
    }
    const gap = last === undefined ? Infinity : arrive - (last.start + (last.endPos - last.startPos));
    const answer = gap >= EARLY_MARKS_GAP_MS;
    // The early marks are for a clock that is not sure of itself: while echoes keep landing
    // where it expects them, the answer's first-chunk mark anchors the run well enough.
    const early = answer && itemStart && this.confirmations < 2 ? EARLY_MARK_AT.length : 0;
    runs.push({ id: ++this.runSeq, sendAt: now, startPos: this.sentPos - ms, endPos: this.sentPos, anchor: NaN, start: arrive, cap: Infinity, implied: [], earlyMarks: early });
    if (runs.length > MAX_RUNS) {
      // Merge the two oldest runs (the older one is surely played by now).
      const a = runs.shift()!;
      const b = runs[0]!;
      const len = a.endPos - a.startPos;
      b.startPos = a.startPos;
      b.start -= len;
      b.cap -= len;
      if (!Number.isNaN(b.anchor)) b.anchor -= len;
      for (let i = 0; i < b.implied.length; i++) b.implied[i]! -= len;
      b.sendAt = a.sendAt;
    }
    // A short gap (slow or jittery arrival) asks for a mark only while the clock is unconfirmed,
    // and not again within GAP_MARK_SPACING_MS of the last one it asked for.
    const ask = answer || (gap >= GAP_MARK_MS && this.confirmations < 2 && now - this.gapMarkAt >= GAP_MARK_SPACING_MS) || this.rttSamples.length === 0;
    if (ask) this.gapMarkAt = now;
    return ask;
  }

  /**
   * Whether to send a probe (a mark with no audio before it) at `now`: only when Twilio's queue
   * is empty, so that its echo comes straight back and measures the round trip; one at a time.
   */
  probe(now: number): boolean {
    if (now - this.probeSentAt < PROBE_TIMEOUT_MS) return false;
    const last = this.runs.length > 0 ? this.runs[this.runs.length - 1]! : undefined;
    if (last !== undefined && last.start + (last.endPos - last.startPos) > now) return false;
    this.probeSentAt = now;
    return true;
  }

  /** The probe came back at `now`: a round-trip sample. */
  probeEchoed(now: number): void {
    if (Number.isNaN(this.probeSentAt)) return;
    this.learnRtt(-++this.probeSeq, now - this.probeSentAt, now);
    this.probeSentAt = NaN;
    this.restart(0);
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
    const implied = now - (pos - run.startPos);
    this.confirmations = Math.abs(implied - run.start) <= CONFIRM_MS ? this.confirmations + 1 : 0;
    const ev = run.implied;
    // The first echo of a run: it cannot have started much later than the audio could reach
    // Twilio (or the previous run ended) unless more echoes agree; later than that, the echo
    // itself was late.
    if (ev.length === 0 && this.rttSamples.length > 0) {
      this.restart(k); // its expected start, with the round trip known now
      run.cap = run.start + LATE_ECHO_TOLERANCE_MS;
    }
    let at = ev.length;
    while (at > 0 && ev[at - 1]! > implied) at--;
    if (at < CONFIRM_ECHOES) {
      ev.splice(at, 0, implied);
      if (ev.length > CONFIRM_ECHOES) ev.pop();
    }
    const least = ev[0]!;
    // Confirmed: three echoes all say later than the cap, and the two earliest agree (within
    // AGREE_MS, or half of how much later they say: a stall of Twilio's side makes the echoes
    // that follow it come late by varying amounts, each an upper bound of the same start).
    const confirmed = ev.length === CONFIRM_ECHOES && least > run.cap && ev[1]! - least <= Math.max(AGREE_MS, (least - run.cap) / 2);
    run.anchor = least <= run.cap || confirmed ? least : run.cap;
    this.learnRtt(run.id, run.anchor - run.sendAt, now);
    // Everything before this run has played: forget it.
    if (k > 0) runs.splice(0, k);
    this.restart(0);
  }

  /**
   * A sample is an upper bound of the round trip (queueing, late echoes and a busy event loop
   * only add to it): the least one, aged, is the estimate.
   */
  private learnRtt(id: number, sample: number, now: number): void {
    if (!(sample >= 0)) return;
    const samples = this.rttSamples;
    let s: { id: number; v: number; at: number } | undefined;
    for (let i = samples.length - 1; i >= 0 && s === undefined; i--) if (samples[i]!.id === id) s = samples[i];
    if (s !== undefined) {
      // A run's later marks can only refine its sample.
      if (sample < s.v) {
        s.v = sample;
        s.at = now;
      }
    } else {
      samples.push({ id, v: sample, at: now });
      if (samples.length > MAX_RTT_SAMPLES) samples.shift();
    }
    let min = Infinity;
    for (const x of samples) {
      const aged = x.v + (now - x.at) * RTT_AGING;
      if (aged < min) min = aged;
    }
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
