import type { Counter, Gauge, Histogram } from 'prom-client';
import type { Metrics } from '../observability/metrics.js';

// Voice metrics on the app's registry. Per-frame counts live on each CallBridge as plain
// numbers (no prom-client call on the hot path) and are summed when /metrics is scraped.

export interface VoiceCollected {
  framesIn: number;
  framesOut: number;
  dropped: number;
  malformed: number;
  active: number;
  sockets: number;
}

export interface VoiceMetrics {
  calls: Counter<'mode'>;
  active: Gauge<string>;
  interruptions: Counter<string>;
  openaiErrors: Counter<string>;
  toolCalls: Counter<'tool'>;
  fallbacks: Counter<string>;
  deadPeers: Counter<string>;
  relayLatency: Histogram<'direction'>;
  firstAudio: Histogram<string>;
  turnLatency: Histogram<'part'>;
  streamsRefused: Counter<'reason'>;
  transfers: Counter<'outcome'>;
  triageEmergencies: Counter<string>;
  onCollect(fn: () => VoiceCollected): void;
}

export function createVoiceMetrics(m: Metrics): VoiceMetrics {
  let collect: (() => VoiceCollected) | undefined;
  const read = (): VoiceCollected => collect?.() ?? { framesIn: 0, framesOut: 0, dropped: 0, malformed: 0, active: 0, sockets: 0 };
  m.gauge('voice_frames_relayed', 'Media frames relayed since start, by direction (in: caller->model, out: model->caller)', ['direction'], (g) => {
    const c = read();
    g.set({ direction: 'in' }, c.framesIn);
    g.set({ direction: 'out' }, c.framesOut);
  });
  m.gauge('voice_frames_dropped', 'Media frames dropped because a peer was too slow (bounded queues)', [], (g) => g.set(read().dropped));
  m.gauge('voice_malformed_frames', 'WebSocket messages that could not be understood (ignored)', [], (g) => g.set(read().malformed));
  m.gauge('voice_websockets', 'Open Twilio media-stream sockets', [], (g) => g.set(read().sockets));
  return {
    calls: m.counter('voice_calls_total', 'Answered calls by mode', ['mode']),
    active: m.gauge('voice_active_calls', 'Calls bridged to the realtime model right now'),
    interruptions: m.counter('voice_interruptions_total', 'Caller barge-ins that stopped the agent'),
    openaiErrors: m.counter('voice_openai_errors_total', 'Error events from the OpenAI Realtime API'),
    toolCalls: m.counter('voice_tool_calls_total', 'Tool calls made by the model during calls', ['tool']),
    fallbacks: m.counter('voice_fallbacks_total', 'Calls that fell back to voicemail after losing the model'),
    deadPeers: m.counter('voice_dead_peers_total', 'Sockets dropped for not answering the heartbeat'),
    relayLatency: m.histogram('voice_relay_added_latency_seconds', 'Time a sampled media frame spends in the bridge', [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01], ['direction']),
    firstAudio: m.histogram('voice_first_audio_seconds', 'From opening the model socket to its first audio', [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5]),
    turnLatency: m.histogram(
      'voice_turn_latency_seconds',
      "Per caller turn: from the end of the caller's speech to the first answer audio sent to Twilio (total), split into the model's share and the bridge's own (tools it ran, forwarding)",
      [0.005, 0.025, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5],
      ['part'],
    ),
    streamsRefused: m.counter('voice_streams_refused_total', 'Media-stream sockets refused or closed: bad-token, token-replay, no-start (no start within 5 s), no-business, call-limit', ['reason']),
    transfers: m.counter('voice_transfers_total', 'Warm transfers by outcome: accepted, returned (back to the agent), voicemail', ['outcome']),
    triageEmergencies: m.counter('voice_triage_emergencies_total', "Emergencies raised from the caller's transcript (the model had not reported one)"),
    onCollect(fn) {
      collect = fn;
    },
  };
}
