import twilio from 'twilio';
import type { Config } from '../config.js';

export type TwilioRestClient = ReturnType<typeof twilio>;

const TWILIO_API_ORIGIN = /^https:\/\/api\.twilio\.com(?=\/|$)/;

/**
 * The official `twilio` REST client, with TWILIO_API_BASE_URL (a proxy, or a local fake in
 * tests) replacing https://api.twilio.com. The SDK has no base-URL option, so a RequestClient
 * subclass rewrites the origin of each request; everything else (auth, form encoding, error
 * mapping) is the SDK's own. Returns null when Twilio credentials are not configured.
 */
export function createTwilioRestClient(
  config: Pick<Config, 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_API_BASE_URL'>,
  opts: { timeoutMs?: number } = {},
): TwilioRestClient | null {
  if (!config.TWILIO_ACCOUNT_SID || !config.TWILIO_AUTH_TOKEN) return null;
  const base = config.TWILIO_API_BASE_URL;
  class RewritingRequestClient extends twilio.RequestClient {
    override request<TData>(options: Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0]) {
      const uri = base ? options.uri.replace(TWILIO_API_ORIGIN, base) : options.uri;
      return super.request<TData>({ ...options, uri, timeout: options.timeout ?? opts.timeoutMs ?? 15_000 } as never);
    }
  }
  return twilio(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN, {
    httpClient: new RewritingRequestClient({ timeout: opts.timeoutMs ?? 15_000, keepAlive: true }),
  });
}
