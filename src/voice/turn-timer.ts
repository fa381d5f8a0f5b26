import type { TurnLatency } from './bridge-types.js';

// Per-turn latency of one call: from the end of the caller's speech (speech_stopped) to the
// first audio of the answer forwarded to Twilio, and the bridge's own share of it (the tools it
// ran for the turn, and forwarding that first audio). Monotonic time (performance.now()).

export class TurnTimer {
  /** performance.now() at speech_stopped; 0 when no turn is waiting for its answer. */
  startedAt = 0;
  /** The response that answers the turn (the last one created since it began). */
  responseId = '';
  private bridgeMs = 0;

  speechStopped(): void {
    this.startedAt = performance.now();
    this.responseId = '';
    this.bridgeMs = 0;
  }

  responseCreated(id: string): void {
    if (this.startedAt !== 0) this.responseId = id;
  }

  /** Time the bridge spent on a tool for the turn that began at `turnAt` (if it is still that turn). */
  toolTime(turnAt: number, ms: number): void {
    if (turnAt !== 0 && this.startedAt === turnAt) this.bridgeMs += ms;
  }

  /** The answer's first audio has gone to Twilio (it reached the bridge at `arrivedAt`). */
  answered(arrivedAt: number): TurnLatency {
    const now = performance.now();
    const totalMs = now - this.startedAt;
    const bridgeMs = Math.min(totalMs, this.bridgeMs + (now - arrivedAt));
    this.startedAt = 0;
    this.responseId = '';
    this.bridgeMs = 0;
    return { totalMs, modelMs: totalMs - bridgeMs, bridgeMs };
  }
}
