import { createVerify, randomBytes } from 'node:crypto';
import { json, startFakeServer, type FakeServer } from './fake-http.js';

// A local Google Drive v3 API plus the OAuth token endpoint:
// - POST /token: the JWT-bearer grant (RFC 7523); the RS256 assertion is verified against the
//   service account's public key, with `aud` = this URL, the Drive scope and a live `exp`.
// - GET /drive/v3/files?q='<folder>' in parents and trashed = false (pageSize/pageToken).
// - GET /drive/v3/files/{id}            metadata, or the bytes with alt=media (not for Google Docs)
// - GET /drive/v3/files/{id}/export     Google Docs only, mimeType=text/plain
// Every Drive call needs a bearer token the fake issued (or an extra OAuth token it accepts).

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  modifiedTime: string;
  trashed?: boolean;
  content: Buffer | string;
}

export interface DriveFake extends FakeServer {
  tokenUrl: string;
  files: DriveFile[];
  pageSize: number;
  /** Tokens accepted as if obtained through OAuth by the owner. */
  oauthTokens: Set<string>;
  registerServiceAccount(clientEmail: string, publicKeyPem: string): void;
}

const GOOGLE_DOC = 'application/vnd.google-apps.document';

export async function startDriveFake(): Promise<DriveFake> {
  let self!: DriveFake;
  const serviceAccounts = new Map<string, string>();
  const issued = new Set<string>();

  function verifyAssertion(assertion: string): boolean {
    const [h, p, s] = assertion.split('.');
    if (!h || !p || !s) return false;
    const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg?: string };
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as { iss?: string; aud?: string; scope?: string; exp?: number; iat?: number };
    const pem = claims.iss ? serviceAccounts.get(claims.iss) : undefined;
    if (header.alg !== 'RS256' || !pem) return false;
    if (!createVerify('RSA-SHA256').update(`${h}.${p}`).verify(pem, Buffer.from(s, 'base64url'))) return false;
    const now = Date.now() / 1000;
    return claims.aud === self.tokenUrl && /drive/.test(claims.scope ?? '') && (claims.exp ?? 0) > now && (claims.exp ?? 0) - (claims.iat ?? 0) <= 3600;
  }

  const server = await startFakeServer((req, res) => {
    if (req.method === 'POST' && req.path === '/token') {
      const form = new URLSearchParams(req.body);
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return json(res, 400, { error: 'unsupported_grant_type' });
      if (!verifyAssertion(form.get('assertion') ?? '')) return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
      const token = `ya29.${randomBytes(16).toString('hex')}`;
      issued.add(token);
      return json(res, 200, { access_token: token, expires_in: 3599, token_type: 'Bearer' });
    }
    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    if (!bearer || (!issued.has(bearer) && !self.oauthTokens.has(bearer))) {
      return json(res, 401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } });
    }
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && req.path === '/drive/v3/files') {
      const q = req.query.get('q') ?? '';
      const folder = /'([\w-]+)' in parents/.exec(q)?.[1];
      let list = self.files.filter((f) => !folder || f.parents.includes(folder));
      if (/trashed\s*=\s*false/.test(q)) list = list.filter((f) => !f.trashed);
      const size = Math.min(Number(req.query.get('pageSize') ?? 100), self.pageSize);
      const start = Number(req.query.get('pageToken') ?? 0);
      const page = list.slice(start, start + size).map((f) => ({ kind: 'drive#file', id: f.id, name: f.name, mimeType: f.mimeType, modifiedTime: f.modifiedTime, ...(f.mimeType === GOOGLE_DOC ? {} : { size: String(Buffer.byteLength(f.content)) }) }));
      const next = start + size < list.length ? String(start + size) : undefined;
      return json(res, 200, { kind: 'drive#fileList', files: page, ...(next ? { nextPageToken: next } : {}) });
    }
    if (req.method === 'GET' && (m = /^\/drive\/v3\/files\/([\w-]+)\/export$/.exec(req.path))) {
      const f = self.files.find((x) => x.id === m![1]);
      if (!f) return json(res, 404, { error: { code: 404, message: `File not found: ${m[1]}.` } });
      if (f.mimeType !== GOOGLE_DOC) return json(res, 403, { error: { code: 403, message: 'Export only supports Docs Editors files.', errors: [{ reason: 'fileNotExportable' }] } });
      if (req.query.get('mimeType') !== 'text/plain') return json(res, 400, { error: { code: 400, message: 'Invalid mimeType' } });
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(f.content);
      return;
    }
    if (req.method === 'GET' && (m = /^\/drive\/v3\/files\/([\w-]+)$/.exec(req.path))) {
      const f = self.files.find((x) => x.id === m![1]);
      if (m[1] === 'folder-1' || m[1] === 'folder-2') return json(res, 200, { id: m[1], name: 'Knowledge', mimeType: 'application/vnd.google-apps.folder' });
      if (!f) return json(res, 404, { error: { code: 404, message: `File not found: ${m[1]}.` } });
      if (req.query.get('alt') === 'media') {
        if (f.mimeType === GOOGLE_DOC) return json(res, 403, { error: { code: 403, message: 'Only files with binary content can be downloaded. Use Export with Docs Editors files.', errors: [{ reason: 'fileNotDownloadable' }] } });
        res.writeHead(200, { 'content-type': f.mimeType }).end(f.content);
        return;
      }
      return json(res, 200, { id: f.id, name: f.name, mimeType: f.mimeType, modifiedTime: f.modifiedTime });
    }
    return json(res, 404, { error: { code: 404, message: `No route ${req.method} ${req.path}` } });
  });

  self = {
    ...server,
    close: server.close,
    tokenUrl: `${server.url}/token`,
    files: [],
    pageSize: 2,
    oauthTokens: new Set(),
    registerServiceAccount(email, pem) {
      serviceAccounts.set(email, pem);
    },
  };
  return self;
}
