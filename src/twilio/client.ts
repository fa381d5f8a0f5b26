import { createRequire } from 'node:module';
import type twilio from 'twilio';
import type { Config } from '../config.js';

export type TwilioRestClient = ReturnType<typeof twilio>;
export type TwilioConfig = Pick<Config, 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_API_BASE_URL'>;

const TWILIO_API_ORIGIN = /^https:\/\/api\.twilio\.com(?=\/|$)/;
// The SDK's REST client (~150 ms of CPU to load) is loaded when a client is made, that is when
// Twilio is configured; TwiML and signatures take only their own parts of the SDK (twiml.ts).
const require = createRequire(import.meta.url);

export function twilioConfigured(config: TwilioConfig): boolean {
  return Boolean(config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN);
}

/**
 * The official `twilio` REST client, with TWILIO_API_BASE_URL (a proxy, or a local fake in
 * tests) replacing https://api.twilio.com. The SDK has no base-URL option, so a RequestClient
 * subclass rewrites the origin of each request; everything else (auth, form encoding, error
 * mapping) is the SDK's own. Returns null when Twilio credentials are not configured.
 */
export function createTwilioRestClient(config: TwilioConfig, opts: { timeoutMs?: number } = {}): TwilioRestClient | null {
  if (!config.TWILIO_ACCOUNT_SID || !config.TWILIO_AUTH_TOKEN) return null;
  const sdk = require('twilio') as typeof twilio;
  const base = config.TWILIO_API_BASE_URL;
  class RewritingRequestClient extends sdk.RequestClient {
    override request<TData>(options: Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0]) {
      const uri = base ? options.uri.replace(TWILIO_API_ORIGIN, base) : options.uri;
      return super.request<TData>({ ...options, uri, timeout: options.timeout ?? opts.timeoutMs ?? 15_000 } as never);
    }
  }
  return sdk(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN, {
    httpClient: new RewritingRequestClient({ timeout: opts.timeoutMs ?? 15_000, keepAlive: true }),
  });
}

/** A lazily built client: null (not configured) is remembered too, so callers can ask often. */
export function lazyTwilioClient(config: TwilioConfig, opts: { timeoutMs?: number } = {}): () => TwilioRestClient | null {
  let client: TwilioRestClient | null | undefined;
  return () => (client === undefined ? (client = createTwilioRestClient(config, opts)) : client);
}

/** Twilio's HTTP status on a REST error (RestException), when there is one. */
export function twilioErrorStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** 4xx other than 408/429: sending the same request again cannot succeed. */
export function isPermanentTwilioError(err: unknown): boolean {
  const status = twilioErrorStatus(err);
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 429 && status !== 408;
}
