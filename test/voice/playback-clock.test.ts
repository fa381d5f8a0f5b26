import t from 'tap';
import fc from 'fast-check';
import { PlaybackClock } from '../../src/voice/playback-clock.js';

// The PlaybackClock against a simulated Twilio playback queue, in fake time (1 ms steps).
// Twilio plays 8000 bytes/s (1 ms of audio per ms), echoes a mark when the audio queued before
// it has played, and on `clear` drops its queue (pending marks are echoed, and ignored by the
// bridge: older generation). Messages each way keep their order (one TCP connection) and take a
// one-way latency plus jitter; some mark echoes come back late. The model's answers arrive
// faster than real time, slower, in bursts, or at real time with jitter, several per call.
// Measured: what the clock says the caller heard when a clear takes effect, minus what the
// simulated Twilio had really played at that moment.

type Pattern = 'fast' | 'slow' | 'burst' | 'realtime';

interface Answer {
  pattern: Pattern;
  lengthMs: number;
  chunkMs: number;
  speed: number;
  /** Relative barge-in time (fraction of the answer's playing time), or null: not interrupted. */
  barge: number | null;
  gapBeforeMs: number;
  burstMs: number;
  burstGapMs: number;
}

interface Scenario {
  fwdMs: number;
  backMs: number;
  jitterMs: number;
  lateProb: number;
  lateMaxMs: number;
  answers: Answer[];
  seed: number;
}

/** A deterministic PRNG per scenario (jitter and late echoes). */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const MARK_EVERY_MS = 500;

/** Runs one call; returns the truncation errors (estimate - heard, ms), one per barge-in. */
export function simulate(sc: Scenario): number[] {
  const rnd = prng(sc.seed);
  const clock = new PlaybackClock();
  const errors: number[] = [];
  // Network queues (arrival time, message), each in order.
  type Msg = { kind: 'media'; pos: number; ms: number } | { kind: 'mark'; name: string } | { kind: 'clear'; estimate: number };
  type ToTwilio = Msg & { at: number };
  const toTwilio: ToTwilio[] = [];
  const toBridge: Array<{ at: number; name: string }> = [];
  let lastToTwilio = 0;
  let lastToBridge = 0;
  const sendTwilio = (now: number, m: Msg) => {
    lastToTwilio = Math.max(lastToTwilio, now + sc.fwdMs + rnd() * sc.jitterMs);
    toTwilio.push({ ...m, at: lastToTwilio });
  };
  // Twilio's playback queue.
  const queue: Array<{ kind: 'audio'; pos: number; ms: number; off: number } | { kind: 'mark'; name: string }> = [];
  let heardPos = 0;
  // The bridge: generation, per-item mark bookkeeping.
  let generation = 0;
  let itemSent = 0;
  let itemMarked = 0;

  let tNow = 0;
  let answerIdx = -1;
  let deltas: Array<{ at: number; ms: number; last: boolean }> = [];
  let nextAnswerAt = 50;
  let bargeAt = Infinity;
  let firstAudioAt = Infinity;
  const END = 120_000;

  const startAnswer = (now: number) => {
    answerIdx++;
    const a = sc.answers[answerIdx]!;
    itemSent = 0;
    itemMarked = 0;
    deltas = [];
    const n = Math.max(1, Math.ceil(a.lengthMs / a.chunkMs));
    let at = now;
    let inBurst = 0;
    for (let j = 0; j < n; j++) {
      const ms = Math.min(a.chunkMs, a.lengthMs - j * a.chunkMs) || a.chunkMs;
      deltas.push({ at: Math.round(at), ms, last: j === n - 1 });
      if (a.pattern === 'fast' || a.pattern === 'slow') at += ms / a.speed;
      else if (a.pattern === 'realtime') at = Math.max(at, now + (j + 1) * a.chunkMs + (rnd() * 20 - 5));
      else {
        inBurst += ms;
        at += ms / 20;
        if (inBurst >= a.burstMs) {
          inBurst = 0;
          at += a.burstGapMs * rnd();
        }
      }
    }
    // Playing time is at least the audio length, at most when the last chunk arrives + its length.
    const playSpan = Math.max(a.lengthMs, deltas[deltas.length - 1]!.at - now + a.chunkMs);
    bargeAt = a.barge === null ? Infinity : Math.round(now + 150 + a.barge * playSpan);
  };

  while (tNow < END) {
    // 1. Echoes reaching the bridge.
    while (toBridge.length && toBridge[0]!.at <= tNow) {
      const { name } = toBridge.shift()!;
      const [gen, pos] = name.split('.').map(Number) as [number, number];
      if (gen === generation) clock.markEchoed(pos, tNow);
    }
    // 2. Model audio reaching the bridge, forwarded to Twilio.
    if (answerIdx < sc.answers.length - 1 && deltas.length === 0 && tNow >= nextAnswerAt) startAnswer(tNow);
    while (deltas.length && deltas[0]!.at <= tNow) {
      const d = deltas.shift()!;
      const pos = clock.sentMs;
      const markNow = clock.sent(d.ms, tNow);
      if (firstAudioAt === Infinity) firstAudioAt = tNow;
      itemSent += d.ms;
      sendTwilio(tNow, { kind: 'media', pos, ms: d.ms });
      if (markNow || itemSent - itemMarked >= MARK_EVERY_MS || d.last) {
        itemMarked = itemSent;
        sendTwilio(tNow, { kind: 'mark', name: `${generation}.${clock.sentMs}` });
      }
      if (d.last) nextAnswerAt = tNow + sc.answers[answerIdx]!.gapBeforeMs;
    }
    // 3. The caller barges in (the bridge acts only while audio is queued or playing).
    if (tNow >= bargeAt) {
      bargeAt = Infinity;
      if (clock.queuedMs(tNow) > 0 && tNow - firstAudioAt >= 300) {
        sendTwilio(tNow, { kind: 'clear', estimate: clock.clear(tNow) });
        generation++;
      }
      if (deltas.length) {
        // The model's response is cancelled: its remaining audio never comes.
        deltas = [];
        nextAnswerAt = tNow + sc.answers[answerIdx]!.gapBeforeMs;
      }
    }
    // 4. Messages reaching Twilio.
    while (toTwilio.length && toTwilio[0]!.at <= tNow) {
      const m = toTwilio.shift()!;
      if (m.kind === 'media') queue.push({ kind: 'audio', pos: m.pos, ms: m.ms, off: 0 });
      else if (m.kind === 'mark') queue.push({ kind: 'mark', name: m.name });
      else {
        const head = queue.find((q) => q.kind === 'audio') as { pos: number; off: number } | undefined;
        const heard = head ? head.pos + head.off : heardPos;
        errors.push(m.estimate - heard);
        for (const q of queue) if (q.kind === 'mark') echo(q.name);
        queue.length = 0;
      }
    }
    // 5. Twilio plays 1 ms.
    let budget = 1;
    while (queue.length) {
      const head = queue[0]!;
      if (head.kind === 'mark') {
        echo(head.name);
        queue.shift();
        continue;
      }
      if (budget <= 0) break;
      const take = Math.min(budget, head.ms - head.off);
      head.off += take;
      budget -= take;
      heardPos = head.pos + head.off;
      if (head.off >= head.ms) queue.shift();
    }
    tNow++;
    if (answerIdx === sc.answers.length - 1 && deltas.length === 0 && queue.length === 0 && toTwilio.length === 0 && toBridge.length === 0) break;
  }
  return errors;

  function echo(name: string): void {
    const late = rnd() < sc.lateProb ? rnd() * sc.lateMaxMs : 0;
    lastToBridge = Math.max(lastToBridge, tNow + sc.backMs + rnd() * sc.jitterMs + late);
    toBridge.push({ at: lastToBridge, name });
  }
}

const answerArb: fc.Arbitrary<Answer> = fc.record({
  pattern: fc.constantFrom<Pattern>('fast', 'slow', 'burst', 'realtime'),
  lengthMs: fc.integer({ min: 300, max: 5000 }),
  chunkMs: fc.constantFrom(20, 40, 60, 100),
  speed: fc.double({ min: 0.5, max: 20, noNaN: true }),
  barge: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4, nil: null }),
  gapBeforeMs: fc.integer({ min: 0, max: 2000 }),
  burstMs: fc.integer({ min: 40, max: 800 }),
  burstGapMs: fc.integer({ min: 0, max: 500 }),
}).map((a) => ({ ...a, speed: a.pattern === 'slow' ? Math.min(a.speed, 0.95) : a.pattern === 'fast' ? Math.max(a.speed, 1.2) : a.speed }));

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  fwdMs: fc.integer({ min: 2, max: 80 }),
  backMs: fc.integer({ min: 2, max: 80 }),
  jitterMs: fc.integer({ min: 0, max: 8 }),
  lateProb: fc.double({ min: 0, max: 0.3, noNaN: true }),
  lateMaxMs: fc.integer({ min: 0, max: 300 }),
  answers: fc.array(answerArb, { minLength: 2, maxLength: 6 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});

t.test('unit: faster than real time, one mark, the clock follows the evidence', async (t) => {
  const c = new PlaybackClock();
  // 2 s of audio sent in 100 ms.
  for (let i = 0; i < 100; i++) t.equal(c.sent(20, i), i === 0, i === 0 ? 'a new run asks for a mark' : 'not mid-run');
  t.equal(c.sentMs, 2000);
  t.equal(c.played(100), 100, 'without evidence: real time since sending');
  // Twilio echoes the mark after the first chunk at t=80: 20 ms played, round trip 60 ms.
  c.markEchoed(20, 80);
  t.equal(c.roundTripMs, 60);
  // At t=500 the clear arrives at t=530; the first chunk began playing at 30 (echo time 60).
  t.equal(c.played(500), 500 + 60 - 60, 'played = position anchored on the echo + time since + round trip');
  t.equal(c.queuedMs(500), 1500);
  t.equal(c.clear(500), 500);
  t.equal(c.sentMs, 500, 'the timeline ends where playback stopped');
  t.equal(c.played(10_000), 500, 'nothing queued after a clear');
});

t.test('unit: a late echo never drags the clock back; the estimate never passes what was sent', async (t) => {
  const c = new PlaybackClock();
  for (let i = 0; i < 50; i++) c.sent(20, 0);
  c.markEchoed(20, 40); // rtt 20
  c.markEchoed(500, 700); // late: implies a start at 200, the first echo said 20
  t.equal(c.played(600), 600 + 20 - 20);
  t.equal(c.played(5000), 1000, 'capped at the audio sent');
  // Slower than real time: Twilio runs dry between chunks; the clock does not run ahead.
  const s = new PlaybackClock();
  s.sent(20, 0);
  s.markEchoed(20, 30); // rtt 10
  s.sent(20, 100);
  t.equal(s.played(105), 25, 'the second chunk starts a round trip after it was sent (5 ms of it by the time a clear lands)');
  t.equal(s.played(500), 40, 'and ends where the audio ends');
});

t.test('property: truncation error within +-40 ms under any arrival pattern', async (t) => {
  const all: number[] = [];
  const worst: Array<{ e: number; sc: Scenario }> = [];
  fc.assert(
    fc.property(scenarioArb, (sc) => {
      const errors = simulate(sc);
      all.push(...errors);
      for (const e of errors) if (Math.abs(e) > 40) worst.push({ e, sc });
      return true;
    }),
    { numRuns: Number(process.env.CLOCK_RUNS ?? 300), seed: 20261201 },
  );
  const abs = all.map(Math.abs).sort((a, b) => a - b);
  const p99 = abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.99))] ?? 0;
  const max = abs[abs.length - 1] ?? 0;
  t.ok(all.length >= 300, `${all.length} barge-ins measured`);
  t.comment(`truncation error over ${all.length} barge-ins: max ${max.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, mean ${(all.reduce((a, b) => a + b, 0) / all.length).toFixed(1)} ms (signed)`);
  for (const w of worst.slice(0, 5)) t.comment(`error ${w.e.toFixed(1)} ms in ${JSON.stringify(w.sc)}`);
  t.ok(max <= 40, `max |error| ${max.toFixed(1)} ms`);
});
