import type { Config } from '../config.js';
import type { HealthRegistry } from '../observability/health.js';
import type { CallBridge } from './call-bridge.js';
import type { CallStats, Socket } from './bridge-types.js';
import type { VoiceMetrics } from './voice-metrics.js';

// The live calls of this app instance: one CallBridge each, the per-business count the plan
// limits, the media-stream sockets (heartbeat, connection cap), the metrics summed at scrape
// time, and the drain at shutdown. The only mutable state of the voice service.

export interface LiveCall {
  callSid: string;
  businessId: string;
  conversationId: string;
  startedAt: number;
  stats: CallStats;
}

type PingSocket = Socket & { ping(): void };

export interface CallRegistry {
  /** Counts a call against its business; false when the business is at `max` already. */
  reserve(businessId: string, max: number): boolean;
  release(businessId: string): void;
  activeCalls(businessId: string): number;
  add(bridge: CallBridge, call: LiveCall | undefined): void;
  get(bridge: CallBridge): LiveCall | undefined;
  /** Forgets the bridge; its frame counts join the totals. */
  remove(bridge: CallBridge, stats: CallStats): LiveCall | undefined;
  addSocket(socket: PingSocket & { on(event: 'pong', fn: () => void): unknown }): () => void;
  canAcceptSocket(): boolean;
  liveCalls(businessId?: string): LiveCall[];
  startHeartbeat(): void;
  /** Waits for calls in progress (up to SHUTDOWN_GRACE - 2 s), then ends the rest. */
  drain(): Promise<void>;
}

export function createCallRegistry(deps: { config: Pick<Config, 'MAX_WEBSOCKET_CONNECTIONS' | 'WEBSOCKET_PING_INTERVAL' | 'WEBSOCKET_PONG_TIMEOUT' | 'SHUTDOWN_GRACE'>; metrics: VoiceMetrics; health: HealthRegistry; healthDetails: () => Record<string, unknown> }): CallRegistry {
  const { config, metrics } = deps;
  const live = new Map<CallBridge, LiveCall | undefined>();
  const perBusiness = new Map<string, number>();
  const sockets = new Set<{ socket: PingSocket; alive: boolean }>();
  let totals = { framesIn: 0, framesOut: 0, dropped: 0, malformed: 0 };

  metrics.onCollect(() => {
    let { framesIn, framesOut, dropped, malformed } = totals;
    let active = 0;
    for (const [bridge, call] of live) {
      framesIn += bridge.stats.framesIn;
      framesOut += bridge.stats.framesOut;
      dropped += bridge.stats.framesDropped;
      malformed += bridge.stats.malformedFrames;
      if (call) active++;
    }
    return { framesIn, framesOut, dropped, malformed, active, sockets: sockets.size };
  });

  const activeTotal = (): number => {
    let n = 0;
    for (const call of live.values()) if (call) n++;
    return n;
  };

  deps.health.register('voice', () => ({
    status: 'ok',
    activeCalls: activeTotal(),
    websockets: sockets.size,
    maxWebsockets: config.MAX_WEBSOCKET_CONNECTIONS,
    ...deps.healthDetails(),
  }));

  const activeCalls = (businessId: string): number => perBusiness.get(businessId) ?? 0;

  let heartbeat: NodeJS.Timeout | undefined;
  const pongTimers = new Set<NodeJS.Timeout>();

  return {
    reserve(businessId, max) {
      const n = activeCalls(businessId);
      if (n >= max) return false;
      perBusiness.set(businessId, n + 1);
      return true;
    },
    release(businessId) {
      const n = activeCalls(businessId) - 1;
      if (n > 0) perBusiness.set(businessId, n);
      else perBusiness.delete(businessId);
    },
    activeCalls,
    add(bridge, call) {
      live.set(bridge, call);
    },
    get: (bridge) => live.get(bridge),
    remove(bridge, stats) {
      const call = live.get(bridge);
      live.delete(bridge);
      totals = {
        framesIn: totals.framesIn + stats.framesIn,
        framesOut: totals.framesOut + stats.framesOut,
        dropped: totals.dropped + stats.framesDropped,
        malformed: totals.malformed + stats.malformedFrames,
      };
      return call;
    },
    addSocket(socket) {
      const entry = { socket, alive: true };
      sockets.add(entry);
      socket.on('pong', () => {
        entry.alive = true;
      });
      const forget = () => void sockets.delete(entry);
      socket.on('close', forget);
      return forget;
    },
    canAcceptSocket: () => sockets.size < config.MAX_WEBSOCKET_CONNECTIONS,
    liveCalls: (businessId) => [...live.values()].filter((c): c is LiveCall => Boolean(c) && (businessId === undefined || c!.businessId === businessId)),
    /** Heartbeat: ping every WEBSOCKET_PING_INTERVAL, drop a socket with no pong by the next round. */
    startHeartbeat() {
      if (heartbeat) return;
      heartbeat = setInterval(() => {
        for (const entry of sockets) {
          entry.alive = false;
          try {
            entry.socket.ping();
          } catch {
            continue;
          }
          const t = setTimeout(() => {
            pongTimers.delete(t);
            if (!entry.alive && sockets.has(entry)) {
              metrics.deadPeers.inc();
              entry.socket.terminate();
            }
          }, config.WEBSOCKET_PONG_TIMEOUT);
          pongTimers.add(t);
        }
      }, config.WEBSOCKET_PING_INTERVAL);
      heartbeat.unref();
    },
    async drain() {
      const deadline = Date.now() + Math.max(0, config.SHUTDOWN_GRACE - 2000);
      while (activeTotal() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      clearInterval(heartbeat);
      heartbeat = undefined;
      for (const t of pongTimers) clearTimeout(t);
      pongTimers.clear();
      for (const bridge of [...live.keys()]) bridge.finish('shutdown');
    },
  };
}
