import { createSign } from 'node:crypto';
import { ProviderError } from '../pm/http.js';

// Google OAuth for Drive: either an access token the owner obtained (OAuth), or a service
// account key, exchanged for a token with the JWT-bearer grant (RFC 7523): an RS256 assertion
// { iss: client_email, scope, aud: token URL, iat, exp } posted to the token endpoint.
// The token endpoint is configuration (GOOGLE_OAUTH_TOKEN_URL), never the key's own
// `token_uri`, so an uploaded key cannot send our requests elsewhere.

export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive.readonly';

export interface ServiceAccountKey {
  client_email: string;
  private_key: string;
}

export function parseServiceAccountKey(json: string): ServiceAccountKey {
  let key: Record<string, unknown>;
  try {
    key = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw new ProviderError('The service account key is not valid JSON');
  }
  if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string' || !key.private_key.includes('PRIVATE KEY')) {
    throw new ProviderError('The service account key needs client_email and private_key');
  }
  return { client_email: key.client_email, private_key: key.private_key };
}

export function serviceAccountAssertion(key: ServiceAccountKey, tokenUrl: string, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc({ iss: key.client_email, scope: DRIVE_SCOPE, aud: tokenUrl, iat, exp: iat + 3600 })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key.private_key).toString('base64url');
  return `${unsigned}.${signature}`;
}

export async function accessTokenFor(
  fetchImpl: typeof fetch,
  tokenUrl: string,
  credentials: Record<string, string>,
  nowMs: number,
): Promise<string> {
  if (credentials.accessToken) return credentials.accessToken;
  if (!credentials.serviceAccountKey) throw new ProviderError('Google Drive needs a service account key or an OAuth access token');
  const key = parseServiceAccountKey(credentials.serviceAccountKey);
  let assertion: string;
  try {
    assertion = serviceAccountAssertion(key, tokenUrl, nowMs);
  } catch {
    throw new ProviderError('The service account private key could not be used');
  }
  const res = await fetchImpl(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }).toString(),
    signal: AbortSignal.timeout(20_000),
  }).catch((err: Error) => {
    throw new ProviderError(`Google token request failed: ${err.message}`);
  });
  const body = (await res.json().catch(() => ({}))) as { access_token?: string };
  if (!res.ok || !body.access_token) throw new ProviderError(`Google refused the service account (${res.status})`);
  return body.access_token;
}
