import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Encryptor } from '../../crypto/encryption.js';
import { maskSecret } from '../../crypto/encryption.js';
import type { Database, Integration } from '../../db/schema.js';
import { AppError, badInput } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { limit } from '../../plans/index.js';
import type { KnowledgeService } from '../../knowledge/service.js';
import { syncEligible } from '../sync-eligible.js';
import { fetchJson, ProviderError, readBoundedBytes } from '../pm/http.js';
import { accessTokenFor, parseServiceAccountKey } from './google-auth.js';
import { extractPdfText } from './pdf-text.js';

// Google Drive as a knowledge source (the spec's `sync-gdrive`). One folder per business:
// Google Docs are exported as text, text/markdown/PDF files downloaded. Each sync lists the
// folder's metadata (all pages), downloads only files whose modifiedTime moved, and removes
// the knowledge items of files that left the folder or were trashed. Content goes through the
// knowledge service (chunking + embeddings).

export interface DriveSyncDeps {
  db: Kysely<Database>;
  config: Config;
  encryptor: Encryptor;
  logger: Logger;
  fetch: typeof fetch;
  now: () => number;
  /** Built before this service: Drive content is chunked and embedded through it. */
  knowledge: Pick<KnowledgeService, 'ingestItem' | 'deleteItem'>;
}

const GOOGLE_DOC = 'application/vnd.google-apps.document';
const SUPPORTED = new Set([GOOGLE_DOC, 'text/plain', 'text/markdown', 'text/x-markdown', 'application/pdf']);
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_CONTENT_CHARS = 500_000;

interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  modifiedTime: string;
  size?: string;
}

export interface DriveSyncResult {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  skipped: number;
}

export interface DriveSync {
  /** Stores the (encrypted) credentials for the business's Drive folder after Google accepted them. */
  connect(businessId: string, input: { serviceAccountKey?: string | null; accessToken?: string | null; folderId: string }): Promise<Integration>;
  /** Syncs the business's folder now. */
  sync(businessId: string): Promise<DriveSyncResult>;
  /** Every Drive integration of every business (the scheduler's tick). */
  syncAll(): Promise<{ ok: number; failed: number }>;
}

export function createDriveSync(deps: DriveSyncDeps): DriveSync {
  const { db, config, encryptor } = deps;
  const log = deps.logger.child({ component: 'gdrive' });
  const base = () => `${config.DRIVE_API_BASE_URL ?? 'https://www.googleapis.com'}/drive/v3`;
  const tokenUrl = () => config.GOOGLE_OAUTH_TOKEN_URL ?? 'https://oauth2.googleapis.com/token';

  async function listFolder(token: string, folderId: string): Promise<DriveFile[]> {
    const files: DriveFile[] = [];
    let pageToken: string | undefined;
    for (let i = 0; i < 500; i++) {
      const q = new URLSearchParams({
        q: `'${folderId}' in parents and trashed = false`,
        fields: 'nextPageToken,files(id,name,mimeType,modifiedTime,size)',
        pageSize: '100',
        supportsAllDrives: 'true',
        includeItemsFromAllDrives: 'true',
        ...(pageToken ? { pageToken } : {}),
      });
      const page = await fetchJson<{ files?: DriveFile[]; nextPageToken?: string }>(deps.fetch, `${base()}/files?${q}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      files.push(...(page?.files ?? []));
      pageToken = page?.nextPageToken;
      if (!pageToken) return files;
    }
    throw new ProviderError('Drive pagination did not end');
  }

  async function download(token: string, file: DriveFile): Promise<string> {
    const url =
      file.mimeType === GOOGLE_DOC
        ? `${base()}/files/${encodeURIComponent(file.id)}/export?mimeType=text/plain`
        : `${base()}/files/${encodeURIComponent(file.id)}?alt=media&supportsAllDrives=true`;
    const res = await deps.fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(60_000) }).catch((err: Error) => {
      throw new ProviderError(`Drive download failed: ${err.message}`);
    });
    if (!res.ok) {
      await res.body?.cancel();
      throw new ProviderError(`Drive answered ${res.status} for ${file.name}`, res.status);
    }
    const bytes = await readBoundedBytes(res, MAX_FILE_BYTES);
    const text = file.mimeType === 'application/pdf' ? await extractPdfText(bytes) : bytes.toString('utf8');
    return text.replace(/\u0000/g, '').slice(0, MAX_CONTENT_CHARS).trim();
  }

  async function syncRow(row: Integration): Promise<DriveSyncResult> {
    const settings = (row.settings ?? {}) as { folderId?: string };
    const result: DriveSyncResult = { added: 0, updated: 0, removed: 0, unchanged: 0, skipped: 0 };
    const businessId = row.business_id;
    await db.updateTable('integrations').set({ status: 'SYNCING' }).where('id', '=', row.id).execute();
    try {
      if (!settings.folderId) throw new ProviderError('No Drive folder chosen');
      const credentials = JSON.parse(encryptor.decrypt(row.credentials_encrypted)) as Record<string, string>;
      const token = await accessTokenFor(deps.fetch, tokenUrl(), credentials, deps.now());
      const files = (await listFolder(token, settings.folderId)).filter((f) => {
        const ok = SUPPORTED.has(f.mimeType) && (!f.size || Number(f.size) <= MAX_FILE_BYTES);
        if (!ok) result.skipped++;
        return ok;
      });
      const existing = await db
        .selectFrom('knowledge_items')
        .select(['id', 'external_id', 'external_modified_at'])
        .where('business_id', '=', businessId)
        .where('source', '=', 'GDRIVE')
        .execute();
      const byFile = new Map(existing.map((e) => [e.external_id, e]));
      const business = await db.selectFrom('businesses').select('plan').where('id', '=', businessId).executeTakeFirstOrThrow();
      const [{ count }] = (await db.selectFrom('knowledge_items').select((eb) => eb.fn.countAll<number>().as('count')).where('business_id', '=', businessId).execute()) as [
        { count: number },
      ];
      let room = limit(business.plan, 'knowledgeItems') - Number(count);
      const { knowledge } = deps;
      const seen = new Set<string>();
      for (const file of files) {
        seen.add(file.id);
        const prior = byFile.get(file.id);
        const modified = new Date(file.modifiedTime);
        if (prior?.external_modified_at && prior.external_modified_at.getTime() >= modified.getTime()) {
          result.unchanged++;
          continue;
        }
        if (!prior && room <= 0) {
          result.skipped++;
          continue;
        }
        const content = await download(token, file);
        if (!content) {
          result.skipped++;
          continue;
        }
        const title = file.name.slice(0, 300) || 'Untitled';
        const now = new Date(deps.now());
        const saved = await db
          .insertInto('knowledge_items')
          .values({
            business_id: businessId,
            title,
            source: 'GDRIVE',
            content,
            external_id: file.id,
            external_modified_at: modified,
            integration_id: row.id,
            status: 'PENDING',
          })
          .onConflict((oc) =>
            oc
              .columns(['business_id', 'source', 'external_id'])
              .where('external_id', 'is not', null)
              .doUpdateSet({ title, content, external_modified_at: modified, integration_id: row.id, status: 'PENDING', updated_at: now }),
          )
          .returning('id')
          .executeTakeFirstOrThrow();
        if (prior) result.updated++;
        else {
          result.added++;
          room--;
        }
        await knowledge.ingestItem(businessId, saved.id);
      }
      for (const e of existing) {
        if (e.external_id && !seen.has(e.external_id)) {
          await knowledge.deleteItem(businessId, e.id);
          result.removed++;
        }
      }
      await db
        .updateTable('integrations')
        .set({
          status: 'CONNECTED',
          last_sync_at: new Date(deps.now()),
          last_error: result.skipped ? `${result.skipped} file(s) skipped (unsupported type, too large, empty or over the plan's knowledge limit)` : null,
          project_count: 0,
          task_count: files.length,
          updated_at: new Date(deps.now()),
        })
        .where('id', '=', row.id)
        .execute();
      return result;
    } catch (err) {
      const message = err instanceof ProviderError || err instanceof AppError ? err.message.slice(0, 500) : 'Unexpected error while syncing Drive';
      log.warn({ integrationId: row.id, error: message }, 'drive sync failed');
      await db.updateTable('integrations').set({ status: 'ERROR', last_error: message, updated_at: new Date(deps.now()) }).where('id', '=', row.id).execute();
      throw err instanceof ProviderError ? new AppError('SERVICE_UNAVAILABLE', err.message) : err;
    }
  }

  return {
    /** Stores the credentials (encrypted) and folder, checks access, and runs the first sync. */
    async connect(businessId: string, input: { serviceAccountKey?: string | null; accessToken?: string | null; folderId: string }): Promise<Integration> {
      const folderId = input.folderId.trim();
      if (!/^[\w-]{5,200}$/.test(folderId)) throw badInput('folderId must be a Drive folder id');
      const credentials: Record<string, string> = {};
      if (input.serviceAccountKey) {
        if (input.serviceAccountKey.length > 10_000) throw badInput('The service account key is too long');
        try {
          const key = parseServiceAccountKey(input.serviceAccountKey);
          credentials.serviceAccountKey = input.serviceAccountKey;
          credentials.hint = key.client_email;
        } catch (err) {
          throw badInput((err as Error).message);
        }
      } else if (input.accessToken) {
        if (input.accessToken.length > 4000) throw badInput('The access token is too long');
        credentials.accessToken = input.accessToken.trim();
      } else {
        throw badInput('Give a service account key or an OAuth access token');
      }
      try {
        const token = await accessTokenFor(deps.fetch, tokenUrl(), credentials, deps.now());
        await fetchJson(deps.fetch, `${base()}/files/${encodeURIComponent(folderId)}?fields=id,name,mimeType&supportsAllDrives=true`, {
          headers: { authorization: `Bearer ${token}` },
        });
      } catch (err) {
        throw err instanceof ProviderError ? badInput(`Google Drive refused the connection: ${err.message}`) : err;
      }
      const hint = credentials.hint ? credentials.hint.replace(/^(.{3}).*(@.*)$/, '$1…$2') : maskSecret(credentials.accessToken ?? '');
      delete credentials.hint;
      const values = {
        status: 'CONNECTED' as const,
        credentials_encrypted: encryptor.encrypt(JSON.stringify(credentials)),
        credentials_key_id: encryptor.keyId,
        credentials_hint: hint,
        settings: JSON.stringify({ folderId }),
        last_error: null,
        updated_at: new Date(deps.now()),
      };
      const row = await db
        .insertInto('integrations')
        .values({ business_id: businessId, provider: 'GDRIVE', ...values })
        .onConflict((oc) => oc.columns(['business_id', 'provider']).doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
      await syncRow(row).catch(() => {});
      return db.selectFrom('integrations').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    },

    async sync(businessId: string): Promise<DriveSyncResult> {
      const row = await db.selectFrom('integrations').selectAll().where('business_id', '=', businessId).where('provider', '=', 'GDRIVE').executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', 'Google Drive is not connected');
      return syncRow(row);
    },

    /** Every connected Drive (scheduler). */
    async syncAll(): Promise<{ ok: number; failed: number }> {
      return syncEligible(db, 'drive', 'knowledgeBase', syncRow);
    },
  };
}

