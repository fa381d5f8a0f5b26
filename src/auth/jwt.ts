import { createHmac, timingSafeEqual } from 'node:crypto';

// Minimal HS256 JWT. Only HS256 is accepted: the header's alg is checked before anything else,
// so `none` and algorithm-confusion tokens are rejected.

export const JWT_ISSUER = 'smb-agent-platform';
export const JWT_AUDIENCE = 'smb-agent-admin';

export interface TokenClaims {
  sub: string;
  bid: string;
  role: string;
  iat: number;
  exp: number;
  iss: string;
  aud: string;
  typ?: string;
  [extra: string]: unknown;
}

const b64url = (buf: Buffer | string): string => Buffer.from(buf).toString('base64url');

export function signJwt(
  secret: string,
  payload: Record<string, unknown> & { sub: string },
  opts: { expiresInSec: number; audience?: string; now?: number },
): string {
  const now = Math.floor((opts.now ?? Date.now()) / 1000);
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ ...payload, iat: now, exp: now + opts.expiresInSec, iss: JWT_ISSUER, aud: opts.audience ?? JWT_AUDIENCE }));
  const sig = createHmac('sha256', secret).update(`${header}.${body}`).digest('base64url');
  return `${header}.${body}.${sig}`;
}

export type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

export function verifyJwt(secret: string, token: string, opts: { audience?: string; now?: number } = {}): VerifyResult {
  if (token.length > 4096) return { ok: false, reason: 'token too long' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed token' };
  const [h, b, s] = parts as [string, string, string];
  let header: { alg?: unknown };
  let claims: TokenClaims;
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(b, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed token' };
  }
  if (header.alg !== 'HS256') return { ok: false, reason: 'unsupported algorithm' };
  const expected = createHmac('sha256', secret).update(`${h}.${b}`).digest();
  const given = Buffer.from(s, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad signature' };
  const now = Math.floor((opts.now ?? Date.now()) / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= now) return { ok: false, reason: 'token expired' };
  if (claims.iss !== JWT_ISSUER) return { ok: false, reason: 'wrong issuer' };
  if (claims.aud !== (opts.audience ?? JWT_AUDIENCE)) return { ok: false, reason: 'wrong audience' };
  if (typeof claims.sub !== 'string') return { ok: false, reason: 'missing subject' };
  return { ok: true, claims };
}
