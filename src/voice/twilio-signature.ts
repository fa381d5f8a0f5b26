import { createHmac, timingSafeEqual } from 'node:crypto';

// Twilio signs each request: HMAC-SHA1 (auth token) over the full URL followed by every POST
// parameter, sorted by name, as name+value with no separators; base64. WebSocket upgrades are
// signed over the wss:// URL with no parameters.

export type SignedParams = Record<string, string | string[] | undefined>;

export function twilioSignature(authToken: string, url: string, params: SignedParams = {}): string {
  const hmac = createHmac('sha1', authToken);
  hmac.update(url);
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    if (value === undefined) continue;
    // Repeated parameters are signed one after another, each with its name, values sorted.
    const values = Array.isArray(value) ? [...value].sort() : [value];
    for (const v of values) hmac.update(name + v);
  }
  return hmac.digest('base64');
}

/** Constant-time check of the X-Twilio-Signature header. */
export function isValidTwilioSignature(authToken: string, header: unknown, url: string, params: SignedParams = {}): boolean {
  if (typeof header !== 'string' || header.length === 0 || header.length > 128) return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
