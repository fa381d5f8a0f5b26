// The SDK's webhook helpers alone (the package root also loads its REST client, see twiml.ts).
import { getExpectedTwilioSignature, validateRequest } from 'twilio/lib/webhooks/webhooks.js';

// Twilio signs every request it makes: HMAC-SHA1 (auth token) over the full URL Twilio called
// followed by the POST parameters sorted by name; WebSocket upgrades are signed over the wss://
// URL with no parameters. The SDK's own helpers compute and check it (constant-time compare,
// with and without the default port, as Twilio may sign either form).

export type SignedParams = Record<string, string | string[] | undefined>;

const MAX_SIGNATURE_LENGTH = 128;

function definedParams(params: SignedParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(params)) if (value !== undefined) out[name] = value;
  return out;
}

/** The X-Twilio-Signature Twilio would send for this URL and these parameters (simulators, tests). */
export function twilioSignature(authToken: string, url: string, params: SignedParams = {}): string {
  return getExpectedTwilioSignature(authToken, url, definedParams(params) as Record<string, string>);
}

/** Checks the X-Twilio-Signature header with the SDK's validateRequest; any malformed input is false. */
export function isValidTwilioSignature(authToken: string, header: unknown, url: string, params: SignedParams = {}): boolean {
  if (typeof header !== 'string' || header.length === 0 || header.length > MAX_SIGNATURE_LENGTH) return false;
  try {
    return validateRequest(authToken, header, url, definedParams(params) as Record<string, string>);
  } catch {
    // validateRequest re-parses the URL; a request line no URL parser accepts is not Twilio's.
    return false;
  }
}

/** The URL Twilio signed: the public origin + the path and query it requested (ws:// for upgrades). */
export function signedUrl(publicBase: string, pathWithQuery: string, o: { websocket?: boolean } = {}): string {
  const base = publicBase.replace(/\/+$/, '');
  return (o.websocket ? base.replace(/^http/, 'ws') : base) + pathWithQuery;
}
