import type { RawData } from 'ws';
import type { Plan } from '../db/schema.js';
import type { VoiceAgentProfile } from './realtime-session.js';

// The shapes the CallBridge shares with the service around it (setup, hooks, stats).

/** The subset of a `ws` WebSocket the bridge uses (tests and the bench pass real ones). */
export interface Socket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: string | Buffer, options?: { binary?: boolean }, cb?: (err?: Error) => void): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  on(event: 'message', fn: (data: RawData, isBinary: boolean) => void): unknown;
  on(event: 'close', fn: (code: number, reason: Buffer) => void): unknown;
  on(event: 'error', fn: (err: Error) => void): unknown;
  on(event: 'open', fn: () => void): unknown;
  removeAllListeners(event?: string): unknown;
}

export const OPEN = 1;

/** ws's underlying net.Socket, to write a media frame and its mark in one syscall. */
export function rawSocket(ws: Socket): { cork(): void; uncork(): void } | undefined {
  const raw = (ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
  return raw && typeof raw.cork === 'function' ? raw : undefined;
}

export interface StartInfo {
  streamSid: string;
  callSid: string;
  accountSid?: string;
  customParameters: Record<string, string>;
}

export interface CallSetup {
  businessId: string;
  conversationId: string;
  callSid: string;
  profile: VoiceAgentProfile;
  plan: Plan;
  fromNumber: string | null;
  /** Where transfer_call dials, in order (a waterfall of up to 3): the business's people. */
  transferNumbers: string[];
  say: { voice: string; language: string };
  /** Lead ids captured during this call (so a second lead is not extracted after it). */
  leadIds: string[];
  emergency: boolean;
  /** The call was handed to a warm transfer: it goes on after this stream (no lead extraction yet). */
  transferring?: boolean;
  /** Set when the call came back to the agent after a transfer nobody took. */
  resumedAfter?: 'transfer-failed';
}

export interface ToolResult {
  /** JSON string returned to the model as function_call_output. */
  output: string;
  /** After the model's reply has played: hang up (end_call). */
  hangupAfterReply?: boolean;
}

/** One caller turn: from the end of their speech to the first answer audio sent to Twilio. */
export interface TurnLatency {
  totalMs: number;
  /** The model's share (total minus the bridge's). */
  modelMs: number;
  /** The bridge's own share: tools it ran for the turn and forwarding the first audio. */
  bridgeMs: number;
}

export interface CallStats {
  startedAt: number;
  framesIn: number;
  framesOut: number;
  framesDropped: number;
  malformedFrames: number;
  marksEchoed: number;
  interruptions: number;
  truncations: number;
  toolCalls: Record<string, number>;
  openaiErrors: number;
  reconnects: number;
  firstAudioMs: number | null;
  turns: TurnLatency[];
  status: 'connecting' | 'active' | 'reconnecting' | 'fallback' | 'ended';
}

export function newCallStats(startedAt: number): CallStats {
  return {
    startedAt,
    framesIn: 0,
    framesOut: 0,
    framesDropped: 0,
    malformedFrames: 0,
    marksEchoed: 0,
    interruptions: 0,
    truncations: 0,
    toolCalls: {},
    openaiErrors: 0,
    reconnects: 0,
    firstAudioMs: null,
    turns: [],
    status: 'connecting',
  };
}

export interface HistoryEntry {
  role: 'user' | 'assistant';
  text: string;
}

export interface BridgeHooks {
  /** Validates start (token vs callSid), loads the business. Undefined => close 1008. */
  authorize(start: StartInfo): Promise<CallSetup | undefined>;
  /** Opens (or hands over a pre-warmed) OpenAI socket for this call. */
  openRealtime(setup: CallSetup): Socket;
  executeTool(name: string, args: string, setup: CallSetup, history: readonly HistoryEntry[]): Promise<ToolResult>;
  onTranscript(setup: CallSetup, role: 'user' | 'assistant', text: string): void;
  /** Apologise and take a voicemail once the model cannot be reached. */
  fallback(setup: CallSetup): Promise<void>;
  hangup(setup: CallSetup): Promise<void>;
  onEnd(setup: CallSetup | undefined, stats: CallStats, history: HistoryEntry[]): void;
  onAudioRelayed?(direction: 'in' | 'out', addedMs: number): void;
  onTurn?(turn: TurnLatency): void;
  /** The conversation so far, when the call resumes (after a transfer nobody took). */
  history?(setup: CallSetup): Promise<HistoryEntry[]>;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  now(): number;
  model: string;
  transcriptionModel?: string;
}
