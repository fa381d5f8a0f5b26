// One typed Config parsed from the environment. The type is derived from `spec`, the single
// schema that validates it, so the two can never drift.

import { isEmail } from './contacts/email.js';
import { normalizeInternational } from './contacts/phone.js';

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Invalid environment variable ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

type Parser<T> = (raw: string | undefined, name: string) => T;

const str = (fallback?: string): Parser<string> => (raw, name) => {
  if (raw === undefined || raw === '') {
    if (fallback === undefined) throw new ConfigError(name, 'is required');
    return fallback;
  }
  return raw;
};

const optional: Parser<string | undefined> = (raw) => (raw === undefined || raw === '' ? undefined : raw);

const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): Parser<number> => (raw, name) => {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `expected a number between ${min} and ${max}, got ${n}`);
  return n;
};

const bool = (fallback: boolean): Parser<boolean> => (raw, name) => {
  if (raw === undefined || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
};

const url = (protocols: string[], fallback?: string): Parser<string | undefined> => (raw, name) => {
  const value = raw === undefined || raw === '' ? fallback : raw;
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL, got ${parsed.protocol}`);
  }
  return value.replace(/\/+$/, '');
};

const oneOf = <T extends string>(values: readonly T[], fallback: T): Parser<T> => (raw, name) => {
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `expected one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
};

const duration = (fallbackMs: number): Parser<number> => (raw, name) => {
  if (raw === undefined || raw === '') return fallbackMs;
  const m = /^(\d+)(ms|s|m|h)?$/.exec(raw.trim());
  if (!m) throw new ConfigError(name, `expected a duration like 30s, 5m or 1500ms, got "${raw}"`);
  const unit = m[2] ?? 'ms';
  const factor = unit === 'h' ? 3_600_000 : unit === 'm' ? 60_000 : unit === 's' ? 1000 : 1;
  return Number(m[1]) * factor;
};

const e164 = (fallback: string): Parser<string> => (raw, name) => {
  const value = raw === undefined || raw === '' ? fallback : raw;
  const phone = normalizeInternational(value);
  if (!phone) throw new ConfigError(name, `expected an E.164 phone number like +15555550100, got "${value}"`);
  return phone;
};

const email = (fallback: string): Parser<string> => (raw, name) => {
  const value = raw === undefined || raw === '' ? fallback : raw;
  if (!isEmail(value)) throw new ConfigError(name, `expected an e-mail address, got "${value}"`);
  return value;
};

/**
 * Which proxies to believe about the client address. `false` (default): none, the socket
 * address is the client. A number: that many proxy hops in front of us (Fly.io: 1), so the
 * client is the address the nearest trusted proxy appended, never a client-written entry.
 * A comma list of addresses/CIDRs: those proxies. `true` trusts every hop, which makes the
 * left-most X-Forwarded-For (written by the client) the address: only behind a proxy that
 * overwrites the header.
 */
const trustProxy: Parser<boolean | number | string[]> = (raw, name) => {
  if (raw === undefined || raw.trim() === '') return false;
  const v = raw.trim().toLowerCase();
  if (v === 'false' || v === 'no' || v === 'off') return false;
  if (v === 'true' || v === 'yes' || v === 'on') return true;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 10) throw new ConfigError(name, `expected at most 10 proxy hops, got ${hops}`);
    return hops === 0 ? false : hops;
  }
  const list = v.split(',').map((x) => x.trim()).filter(Boolean);
  if (!list.every((x) => /^[0-9a-f.:]+(?:\/\d{1,3})?$/.test(x) || ['loopback', 'linklocal', 'uniquelocal'].includes(x))) {
    throw new ConfigError(name, `expected false, a number of proxy hops, or a list of proxy addresses, got "${raw}"`);
  }
  return list;
};

/** A header name (lower-cased), for the platform's own client-address header (Fly-Client-IP). */
const headerName: Parser<string | undefined> = (raw, name) => {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^[A-Za-z0-9-]{1,64}$/.test(raw.trim())) throw new ConfigError(name, `expected an HTTP header name, got "${raw}"`);
  return raw.trim().toLowerCase();
};

export const spec = {
  NODE_ENV: oneOf(['development', 'production', 'test'] as const, 'development'),
  PORT: int(3000, 1, 65535),
  HOST: str('0.0.0.0'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  TRUST_PROXY: trustProxy,
  // When set, the client address is read from this header (set by the platform's edge proxy,
  // e.g. Fly-Client-IP), falling back to TRUST_PROXY's answer when it is missing.
  CLIENT_IP_HEADER: headerName,
  DATA_DIR: str('./data'),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  DATABASE_POOL_MAX: int(10, 1, 200),
  REDIS_URL: url(['redis:', 'rediss:']),
  JWT_SECRET: optional,
  ENCRYPTION_KEY: optional,
  PLATFORM_ADMIN_TOKEN: optional,
  // Bearer token for GET /metrics and the detailed GET /health. In production without it,
  // /metrics is off and /health shows only its status.
  METRICS_TOKEN: optional,
  PUBLIC_BASE_URL: url(['http:', 'https:']),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: url(['http:', 'https:']),
  OPENAI_REALTIME_URL: url(['ws:', 'wss:'], 'wss://api.openai.com/v1/realtime'),
  OPENAI_REALTIME_MODEL: str('gpt-realtime'),
  OPENAI_CHAT_MODEL: str('gpt-4.1-mini'),
  OPENAI_EMBEDDING_MODEL: str('text-embedding-3-small'),
  OPENAI_DAILY_TOKEN_BUDGET: int(200_000, 0),
  TWILIO_ACCOUNT_SID: optional,
  TWILIO_AUTH_TOKEN: optional,
  TWILIO_API_BASE_URL: url(['http:', 'https:']),
  TWILIO_FROM_NUMBER: optional,
  SMTP_URL: url(['smtp:', 'smtps:']),
  MAIL_FROM: str('SMB Agent <no-reply@smb-agent.local>'),
  ASANA_API_BASE_URL: url(['http:', 'https:'], 'https://app.asana.com/api/1.0'),
  JIRA_API_BASE_URL: url(['http:', 'https:']),
  MONDAY_API_URL: url(['http:', 'https:'], 'https://api.monday.com/v2'),
  DRIVE_API_BASE_URL: url(['http:', 'https:'], 'https://www.googleapis.com'),
  GOOGLE_OAUTH_TOKEN_URL: url(['http:', 'https:'], 'https://oauth2.googleapis.com/token'),
  PM_SYNC_INTERVAL: duration(5 * 60_000),
  SEED_MOCK_PROJECTS: bool(false),
  SEED_DEMO: bool(true),
  DEMO_PHONE_NUMBER: e164('+15555550100'),
  DEMO_OWNER_EMAIL: email('owner@demo.local'),
  DEMO_OWNER_PASSWORD: optional,
  WEBSOCKET_PING_INTERVAL: duration(30_000),
  WEBSOCKET_PONG_TIMEOUT: duration(10_000),
  MAX_WEBSOCKET_CONNECTIONS: int(1000, 1),
  // A GraphQL WebSocket that has not sent connection_init by then is closed (4408).
  WEBSOCKET_INIT_TIMEOUT: duration(10_000),
  BODY_LIMIT: int(1024 * 1024, 1024),
  REQUEST_TIMEOUT: duration(30_000),
  // Open TCP connections per instance; more are dropped at accept (fly.toml's hard_limit is the edge's cap).
  MAX_CONNECTIONS: int(10_000, 1),
  SHUTDOWN_GRACE: duration(30_000),
  MAX_EVENT_LOOP_DELAY: duration(1000),
  ALLOW_PRIVATE_WEBHOOK_TARGETS: bool(false),
  CHAT_RATE_LIMIT_PER_MINUTE: int(30, 1),
  CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE: int(600, 1),
  CHAT_SESSION_TTL: duration(2 * 3600_000),
  // Chat sessions one address may start per CHAT_SESSION_TTL (the memory store is never filled by one source).
  CHAT_SESSIONS_PER_ADDRESS: int(50, 1),
  CHAT_MAX_TURNS: int(60, 1, 1000),
  // A chat with no message for this long is ended by a background sweep (summary, conversation.ended).
  CHAT_IDLE_END: duration(30 * 60_000),
  // How long a business's settings (profile, agent, lead questions) are cached for chat and call
  // turns (src/business/cache.ts): an edit in this instance is seen at once, one made through
  // another instance within this long. 0 turns the cache off.
  BUSINESS_CACHE_TTL: duration(5_000),
  // Notifications outbox (src/notify): how often the worker looks for due rows when no event
  // woke it, the retry backoff (exponential with jitter, capped), and the emergency re-call policy.
  NOTIFY_POLL_INTERVAL: duration(1500),
  NOTIFY_RETRY_BASE: duration(5000),
  NOTIFY_RETRY_MAX: duration(15 * 60_000),
  NOTIFY_CONCURRENCY: int(8, 1, 64),
  EMERGENCY_ACK_TIMEOUT: duration(3 * 60_000),
  EMERGENCY_CALL_MAX_TRIES: int(3, 1, 10),
} satisfies Record<string, Parser<unknown>>;

type Spec = typeof spec;
export type Config = { [K in keyof Spec]: ReturnType<Spec[K]> };

/** Parses the environment. Throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const out: Record<string, unknown> = {};
  for (const [name, parse] of Object.entries(spec) as [string, Parser<unknown>][]) {
    out[name] = parse(env[name], name);
  }
  const config = out as Config;
  if (config.NODE_ENV === 'production') {
    // A production database gets the demo business (with a known login) only when asked for.
    if (env.SEED_DEMO === undefined || env.SEED_DEMO === '') config.SEED_DEMO = false;
    if (!config.JWT_SECRET) throw new ConfigError('JWT_SECRET', 'is required in production');
    if (!config.ENCRYPTION_KEY) throw new ConfigError('ENCRYPTION_KEY', 'is required in production');
  }
  if (config.JWT_SECRET && config.JWT_SECRET.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  }
  if (config.ENCRYPTION_KEY && !/^[0-9a-fA-F]{64}$/.test(config.ENCRYPTION_KEY) && Buffer.from(config.ENCRYPTION_KEY, 'base64').length !== 32) {
    throw new ConfigError('ENCRYPTION_KEY', 'must be 32 bytes, as 64 hex characters or base64');
  }
  return config;
}

/**
 * The origin this server is reached at: PUBLIC_BASE_URL (trailing slashes already dropped by
 * the parser), else http://localhost:PORT. Every absolute link (Twilio callbacks, e-mail
 * links, the start-up banner) is built on it.
 */
export function publicBaseUrl(config: Pick<Config, 'PUBLIC_BASE_URL' | 'PORT'>): string {
  return config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`;
}

/** A config for tests: embedded defaults, silent logs, fixed secrets. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    // Load shedding off unless a test sets it: a loaded CI machine must not turn into 503s.
    // The business cache off: test files edit businesses' rows directly, then expect the next
    // turn to see it (test/chat/business-cache.test.ts turns it on).
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', MAX_EVENT_LOOP_DELAY: '0', BUSINESS_CACHE_TTL: '0' }),
    JWT_SECRET: 'test-jwt-secret-that-is-long-enough-000',
    ENCRYPTION_KEY: '0'.repeat(63) + '1',
    ...overrides,
  };
}
