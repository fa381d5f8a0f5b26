import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// Signature checks shared by the providers. Every comparison of a secret-derived value is
// constant-time over equal-length buffers.

export function hmacSha256Hex(secret: string, body: Buffer): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  // Compare against itself when lengths differ so the time does not depend on where they differ.
  if (ab.length !== bb.length) {
    timingSafeEqual(ab, ab);
    return false;
  }
  return timingSafeEqual(ab, bb);
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Verifies an HS256 JWT (monday signs webhook deliveries this way): signature with the
 * secret, `alg` pinned to HS256, and `exp` in the future when present. Returns the claims or null.
 */
export function verifyHs256Jwt(token: string, secret: string, nowMs: number): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
    claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (header.alg !== 'HS256') return null;
  const expected = createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url');
  if (!safeEqual(expected, s)) return null;
  if (claims.exp !== undefined && (typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs)) return null;
  return claims;
}
