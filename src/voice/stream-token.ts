import { createHmac, timingSafeEqual } from 'node:crypto';

// The short-lived token that TwiML hands to Twilio as a <Parameter> and that comes back in
// start.customParameters. It binds the media stream to one call and one business, so a
// stream cannot be opened for a call the webhook never answered, or for another tenant.

export interface StreamTokenClaims {
  callSid: string;
  businessId: string;
  conversationId: string;
  /** Expiry, ms since epoch. */
  exp: number;
  /** The call comes back to the agent (after a transfer nobody took): replay the conversation. */
  resume?: 'transfer-failed';
}

const b64 = (s: string): string => Buffer.from(s).toString('base64url');

function mac(secret: string, body: string): string {
  return createHmac('sha256', secret).update('voice-stream:' + body).digest('base64url');
}

export function signStreamToken(secret: string, claims: StreamTokenClaims): string {
  const body = b64(JSON.stringify(claims));
  return `${body}.${mac(secret, body)}`;
}

/** The claims if the token is authentic, unexpired and issued for `callSid`; otherwise undefined. */
export function verifyStreamToken(secret: string, token: unknown, callSid: string, now: number): StreamTokenClaims | undefined {
  if (typeof token !== 'string' || token.length > 1024) return undefined;
  const dot = token.indexOf('.');
  if (dot <= 0) return undefined;
  const body = token.slice(0, dot);
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(token.slice(dot + 1));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  let claims: StreamTokenClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as StreamTokenClaims;
  } catch {
    return undefined;
  }
  if (typeof claims.exp !== 'number' || claims.exp < now) return undefined;
  if (claims.callSid !== callSid) return undefined;
  return claims;
}
