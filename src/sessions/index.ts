import type { RedisClientType } from '@redis/client';
import type KeyvRedisStore from '@keyv/redis';
import Keyv from 'keyv';
import { deserializeSession, serializeSession } from './serialize.js';

// Sessions and short-lived counters. Redis when configured, memory otherwise. If Redis drops,
// every read and write goes on in memory (logged once) and what was written meanwhile is
// copied back to Redis when it returns: no request fails because Redis is down.

export interface SessionLogger {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

export interface SessionNamespace<T> {
  get(id: string): Promise<T | undefined>;
  set(id: string, value: T, ttlMs?: number): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  remaining: number;
  resetMs: number;
}

export interface SessionStatus {
  backend: 'redis' | 'memory';
  redis: 'disabled' | 'connected' | 'fallback';
  fallbackEvents: number;
  memoryKeys: number;
}

export interface SessionStore {
  namespace<T>(name: string, defaultTtlMs: number): SessionNamespace<T>;
  /** Fixed-window counter: counts this hit and says whether it is within `max` per window. */
  hit(key: string, max: number, windowMs: number): Promise<RateLimitResult>;
  /**
   * Several fixed-window counters in order, in one Redis round trip: each is counted as `hit`
   * counts it, and the first one over its limit stops the rest (they are not counted). Returns
   * the results of the counters it reached; the last one is refused when any was.
   */
  hitAll(limits: ReadonlyArray<{ key: string; max: number; windowMs: number }>): Promise<RateLimitResult[]>;
  status(): SessionStatus;
  close(): Promise<void>;
}

export interface SessionStoreOptions {
  redisUrl?: string;
  logger: SessionLogger;
  /** How long a Redis command may take before the store falls back to memory. */
  commandTimeoutMs?: number;
  /** How often to probe Redis while in fallback. */
  probeIntervalMs?: number;
  /** Prefix for every key, so several apps (or test files) can share one Redis. */
  keyPrefix?: string;
  /** Live local entries per namespace; past it, new keys are refused (existing ones still update). */
  maxLocalEntries?: number;
}

/**
 * The memory store is full of live entries. A full store refuses new entries instead of
 * evicting others: a flood of new sessions must not push real visitors' sessions out (the
 * edges cap sessions per address, so one source cannot fill it).
 */
export class SessionStoreFullError extends Error {
  readonly code = 'SESSION_STORE_FULL';
  constructor() {
    super('the session store is full');
    this.name = 'SessionStoreFullError';
  }
}

interface Counter {
  count: number;
  resetAt: number;
}

// hitAll on Redis: KEYS are the counters in order, ARGV their max and window (ms) pairs. The
// same three steps as `hit` (INCR, PEXPIRE NX, PTTL) per key, stopping after the first refusal
// (a max of -1 is no limit).
const HIT_ALL_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  redis.call('PEXPIRE', key, ARGV[2 * i], 'NX')
  out[#out + 1] = count
  out[#out + 1] = redis.call('PTTL', key)
  local max = tonumber(ARGV[2 * i - 1])
  if max >= 0 and count > max then break end
end
return out`;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`redis command timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function createSessionStore(options: SessionStoreOptions): Promise<SessionStore> {
  const { logger } = options;
  const timeoutMs = options.commandTimeoutMs ?? 500;
  const probeMs = options.probeIntervalMs ?? 1000;
  const prefix = options.keyPrefix ?? '';
  const maxLocalEntries = options.maxLocalEntries ?? 20_000;
  const memoryMaps = new Map<string, Keyv>();
  /** Expiry (ms epoch) of every id held in memory, per namespace: expired ones make room first. */
  const memoryExpiry = new Map<string, Map<string, number>>();
  const redisKeyvs = new Map<string, Keyv>();
  const counters = new Map<string, Counter>();
  /** Keys written to memory while Redis was away: namespace -> id -> expiry (ms epoch). */
  const pendingSync = new Map<string, Map<string, number>>();
  let fallbackEvents = 0;
  let healthy = false;
  let probeTimer: NodeJS.Timeout | undefined;
  let closed = false;

  let client: RedisClientType | undefined;
  // The Redis clients (~500 modules) load only when Redis is configured.
  let KeyvRedis: typeof KeyvRedisStore | undefined;
  if (options.redisUrl) {
    const [{ createClient }, keyvRedis] = await Promise.all([import('@redis/client'), import('@keyv/redis')]);
    KeyvRedis = keyvRedis.default;
    client = createClient({
      url: options.redisUrl,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2000,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** Math.min(retries, 5), 2000),
      },
    }) as RedisClientType;
    client.on('error', () => {
      // Reported through markDown/status; the client reconnects by itself.
    });
    client.on('ready', () => {
      if (!healthy && !closed) void recover();
    });
    try {
      await withTimeout(client.connect(), 3000);
      healthy = true;
    } catch (err) {
      markDown(err);
    }
  }

  function memory(ns: string): Keyv {
    let kv = memoryMaps.get(ns);
    if (!kv) {
      kv = new Keyv({ store: new Map(), namespace: ns, serialize: serializeSession, deserialize: deserializeSession });
      memoryMaps.set(ns, kv);
    }
    return kv;
  }

  function redis(ns: string): Keyv {
    let kv = redisKeyvs.get(ns);
    if (!kv) {
      const store = new KeyvRedis!(client!, { throwOnErrors: true, throwOnConnectError: true });
      kv = new Keyv({ store, namespace: `${prefix}${ns}`, throwOnErrors: true, serialize: serializeSession, deserialize: deserializeSession });
      kv.on('error', () => {});
      redisKeyvs.set(ns, kv);
    }
    return kv;
  }

  function markDown(err: unknown): void {
    if (!client) return;
    if (healthy || fallbackEvents === 0) {
      fallbackEvents++;
      logger.warn({ err: (err as Error)?.message }, 'redis unavailable: sessions fall back to memory until it returns');
    }
    healthy = false;
    if (!probeTimer && !closed) {
      probeTimer = setInterval(() => void probe(), probeMs);
      probeTimer.unref();
    }
  }

  async function probe(): Promise<void> {
    if (!client || healthy || closed) return;
    try {
      await withTimeout(client.ping(), timeoutMs);
      await recover();
    } catch {
      // still down
    }
  }

  async function recover(): Promise<void> {
    if (!client || closed) return;
    try {
      // Copy back what was written during the outage, so a session started then goes on.
      for (const [ns, ids] of pendingSync) {
        for (const [id, expiresAt] of ids) {
          const value = await memory(ns).get(id);
          const ttl = expiresAt - Date.now();
          if (value !== undefined && ttl > 0) await withTimeout(redis(ns).set(id, value, ttl), timeoutMs);
        }
      }
      pendingSync.clear();
      healthy = true;
      if (probeTimer) clearInterval(probeTimer);
      probeTimer = undefined;
      logger.info({}, 'redis is back: sessions use redis again');
    } catch (err) {
      markDown(err);
    }
  }

  async function attempt<T>(op: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    if (!client || !healthy) return { ok: false };
    try {
      return { ok: true, value: await withTimeout(op(), timeoutMs) };
    } catch (err) {
      markDown(err);
      return { ok: false };
    }
  }

  async function keepLocal(ns: string, id: string, value: unknown, ttlMs: number): Promise<boolean> {
    let expiry = memoryExpiry.get(ns);
    if (!expiry) memoryExpiry.set(ns, (expiry = new Map()));
    const now = Date.now();
    if (!expiry.has(id) && expiry.size >= maxLocalEntries) {
      for (const [key, at] of expiry) {
        if (at > now) continue;
        expiry.delete(key);
        await memory(ns).delete(key);
      }
      if (expiry.size >= maxLocalEntries) return false;
    }
    await memory(ns).set(id, value, ttlMs);
    expiry.set(id, now + ttlMs);
    return true;
  }

  function namespace<T>(name: string, defaultTtlMs: number): SessionNamespace<T> {
    return {
      async get(id) {
        const r = await attempt(() => redis(name).get<T>(id));
        // Redis is the truth while it answers (another instance may have moved the session on).
        if (r.ok) return r.value ?? undefined;
        return (await memory(name).get<T>(id)) ?? undefined;
      },
      async set(id, value, ttlMs = defaultTtlMs) {
        // Always kept locally too (bounded): if Redis drops, the conversations this instance
        // was serving go on without a hiccup. A full memory store keeps what it has: while
        // Redis answers the new entry lives there only; without Redis it is refused.
        const kept = await keepLocal(name, id, value, ttlMs);
        const r = await attempt(() => redis(name).set(id, value, ttlMs));
        if (!kept && !r.ok) throw new SessionStoreFullError();
        if (r.ok || !client) return;
        let ids = pendingSync.get(name);
        if (!ids) pendingSync.set(name, (ids = new Map()));
        ids.set(id, Date.now() + ttlMs);
      },
      async delete(id) {
        await attempt(() => redis(name).delete(id));
        await memory(name).delete(id);
        memoryExpiry.get(name)?.delete(id);
        pendingSync.get(name)?.delete(id);
      },
    };
  }

  function memoryHit(key: string, max: number, windowMs: number): RateLimitResult {
    const now = Date.now();
    let c = counters.get(key);
    if (!c || c.resetAt <= now) {
      c = { count: 0, resetAt: now + windowMs };
      counters.set(key, c);
    }
    c.count++;
    if (counters.size > 50_000) {
      for (const [k, v] of counters) if (v.resetAt <= now) counters.delete(k);
    }
    return { allowed: c.count <= max, count: c.count, remaining: Math.max(0, max - c.count), resetMs: c.resetAt - now };
  }

  async function hit(key: string, max: number, windowMs: number): Promise<RateLimitResult> {
    const r = await attempt(async () => {
      const k = `${prefix}rl:${key}`;
      const replies = await client!.multi().incr(k).pExpire(k, windowMs, 'NX').pTTL(k).exec();
      return { count: Number(replies[0]), ttl: Number(replies[2]) };
    });
    if (r.ok) {
      const { count, ttl } = r.value;
      return { allowed: count <= max, count, remaining: Math.max(0, max - count), resetMs: ttl > 0 ? ttl : windowMs };
    }
    return memoryHit(key, max, windowMs);
  }

  async function hitAll(limits: ReadonlyArray<{ key: string; max: number; windowMs: number }>): Promise<RateLimitResult[]> {
    const r = await attempt(async () => {
      const replies = (await client!.eval(HIT_ALL_SCRIPT, {
        keys: limits.map((l) => `${prefix}rl:${l.key}`),
        arguments: limits.flatMap((l) => [Number.isFinite(l.max) ? String(l.max) : '-1', String(Math.max(1, Math.round(l.windowMs)))]),
      })) as number[];
      return replies;
    });
    const results: RateLimitResult[] = [];
    if (r.ok) {
      for (let i = 0; i < r.value.length / 2; i++) {
        const { max, windowMs } = limits[i]!;
        const count = Number(r.value[2 * i]);
        const ttl = Number(r.value[2 * i + 1]);
        results.push({ allowed: count <= max, count, remaining: Math.max(0, max - count), resetMs: ttl > 0 ? ttl : windowMs });
      }
      return results;
    }
    for (const l of limits) {
      const one = memoryHit(l.key, l.max, l.windowMs);
      results.push(one);
      if (!one.allowed) break;
    }
    return results;
  }

  return {
    namespace,
    hit,
    hitAll,
    status() {
      let memoryKeys = counters.size;
      for (const kv of memoryMaps.values()) memoryKeys += (kv.store as Map<string, unknown>).size ?? 0;
      return {
        backend: client && healthy ? 'redis' : 'memory',
        redis: !client ? 'disabled' : healthy ? 'connected' : 'fallback',
        fallbackEvents,
        memoryKeys,
      };
    },
    async close() {
      closed = true;
      if (probeTimer) clearInterval(probeTimer);
      if (client) {
        try {
          if (client.isOpen) await withTimeout(client.close(), 1000);
        } catch {
          // Redis is gone or slow: drop the socket instead of waiting for it.
          try {
            client.destroy();
          } catch {
            // already closed
          }
        }
      }
    },
  };
}
