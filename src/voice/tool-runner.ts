import type { BridgeHooks, CallSetup, CallStats, HistoryEntry, ToolResult } from './bridge-types.js';
import type { TurnTimer } from './turn-timer.js';

// The model's tool calls on one call: run through the hooks (bounded arguments, a failure
// becomes an apology for the model), the result sent back with a new response, the tool's
// time counted as the bridge's share of the turn, and end_call's hang-up once the goodbye has
// played (or after 15 s, if it never plays out).

const HANGUP_SAFETY_MS = 15_000;

export interface ToolRunnerContext {
  hooks: BridgeHooks;
  stats: CallStats;
  turn: TurnTimer;
  history: readonly HistoryEntry[];
  sendEvent(event: object): void;
  ended(): boolean;
}

export class ToolRunner {
  private hangupSetup: CallSetup | undefined;
  private hangupTimer: NodeJS.Timeout | undefined;

  constructor(private readonly c: ToolRunnerContext) {}

  get hangupPending(): boolean {
    return this.hangupSetup !== undefined;
  }

  async call(setup: CallSetup, callId: string, name: string, args: string): Promise<void> {
    const { hooks, stats, turn } = this.c;
    stats.toolCalls[name] = (stats.toolCalls[name] ?? 0) + 1;
    let result: ToolResult;
    const t0 = performance.now();
    const turnAt = turn.startedAt;
    try {
      result = await hooks.executeTool(name, args.slice(0, 16_000), setup, this.c.history);
    } catch (err) {
      hooks.log.warn({ err: (err as Error).message, tool: name }, 'voice tool failed');
      result = { output: JSON.stringify({ error: 'The tool failed; apologise and offer to take a message.' }) };
    }
    turn.toolTime(turnAt, performance.now() - t0);
    if (this.c.ended()) return;
    this.c.sendEvent({ type: 'conversation.item.create', item: { type: 'function_call_output', call_id: callId, output: result.output } });
    this.c.sendEvent({ type: 'response.create' });
    if (result.hangupAfterReply) {
      this.hangupSetup = setup;
      this.hangupTimer = setTimeout(() => this.hangup(), HANGUP_SAFETY_MS);
      this.hangupTimer.unref?.();
    }
  }

  /** Hangs up if end_call asked for it (the bridge calls this once the goodbye has played). */
  hangup(): void {
    const setup = this.hangupSetup;
    if (!setup) return;
    this.hangupSetup = undefined;
    clearTimeout(this.hangupTimer);
    void this.c.hooks.hangup(setup).catch((err: unknown) => this.c.hooks.log.warn({ err: (err as Error).message }, 'hang-up failed'));
  }

  stop(): void {
    clearTimeout(this.hangupTimer);
  }
}
