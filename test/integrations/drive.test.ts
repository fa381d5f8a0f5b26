import t from 'tap';
import { generateKeyPairSync } from 'node:crypto';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startDriveFake } from '../helpers/drive-fake.js';
import { extractPdfText } from '../../src/integrations/drive/pdf-text.js';
import { minimalPdf } from '../helpers/pdf.js';

// Google Drive as a knowledge source, against a local Drive v3 + OAuth token fake: a service
// account key signs the JWT-bearer grant; a folder of three documents (a Google Doc exported as
// text, a Markdown file, a PDF) becomes three knowledge items that the knowledge service chunks
// and indexes; a changed file re-syncs (only that one is downloaded again); a deleted file's
// item is removed.

const drive = await startDriveFake();
t.teardown(() => drive.close());
const { app, database } = await buildTestApp(t, {
  config: { DRIVE_API_BASE_URL: drive.url, GOOGLE_OAUTH_TOKEN_URL: drive.tokenUrl, PM_SYNC_INTERVAL: 3_600_000, MAX_EVENT_LOOP_DELAY: 0 },
});
const db = database.db;
const integrations = app.services.integrations;

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const clientEmail = 'kb-sync@demo-project.iam.gserviceaccount.com';
drive.registerServiceAccount(clientEmail, publicKey.export({ type: 'spki', format: 'pem' }).toString());
const serviceAccountKey = JSON.stringify({
  type: 'service_account',
  project_id: 'demo-project',
  private_key_id: 'abc123',
  private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  client_email: clientEmail,
  token_uri: 'https://evil.example/token',
});

/** A one-page PDF with the text and a second line (the shared builder in test/helpers/pdf.ts). */
const pdf = (text: string): Buffer => minimalPdf([text, 'Second line of the PDF']);

const t0 = '2026-11-20T10:00:00.000Z';
drive.files.push(
  { id: 'doc-pricing', name: 'Pricing', mimeType: 'application/vnd.google-apps.document', parents: ['folder-1'], modifiedTime: t0, content: 'Our call-out fee is $89. Drain cleaning starts at $150.' },
  { id: 'md-area', name: 'Service area.md', mimeType: 'text/markdown', parents: ['folder-1'], modifiedTime: t0, content: '# Service area\n\nWe cover Springfield and Shelbyville.' },
  { id: 'pdf-warranty', name: 'Warranty.pdf', mimeType: 'application/pdf', parents: ['folder-1'], modifiedTime: t0, content: pdf('Warranty: two years on all parts and labour') },
  { id: 'img-logo', name: 'logo.png', mimeType: 'image/png', parents: ['folder-1'], modifiedTime: t0, content: Buffer.from([0x89, 0x50]) },
  { id: 'other-folder', name: 'Elsewhere', mimeType: 'text/plain', parents: ['folder-2'], modifiedTime: t0, content: 'not in the folder' },
);

const biz = await createTestBusiness(app, { plan: 'PRO' });
const items = () =>
  db.selectFrom('knowledge_items').selectAll().where('business_id', '=', biz.businessId).where('source', '=', 'GDRIVE').orderBy('external_id').execute();
const downloads = () => drive.requests.filter((r) => /\/files\/[\w-]+(\/export)?$/.test(r.path) && (r.path.endsWith('/export') || r.query.get('alt') === 'media')).map((r) => r.path);

const row = await integrations.drive.connect(biz.businessId, { serviceAccountKey, folderId: 'folder-1' });

t.test('the PDF extractor reads FlateDecode text streams', async (t) => {
  t.equal(await extractPdfText(pdf('Hello (world)')), 'Hello (world)\nSecond line of the PDF');
  t.equal(await extractPdfText(Buffer.from('%PDF-1.4 not really a PDF')), '', 'an unreadable PDF gives no text (the file is skipped as empty)');
});

t.test('a folder of three documents syncs into knowledge items', async (t) => {
  t.equal(row.status, 'CONNECTED', row.last_error ?? '');
  const list = await items();
  t.same(
    list.map((i) => [i.external_id, i.title]),
    [
      ['doc-pricing', 'Pricing'],
      ['md-area', 'Service area.md'],
      ['pdf-warranty', 'Warranty.pdf'],
    ],
  );
  t.match(list[0]!.content, /call-out fee is \$89/);
  t.match(list[2]!.content, /two years on all parts/);
  t.ok(list.every((i) => i.integration_id === row.id && i.external_modified_at?.toISOString() === t0));
  t.match(row.last_error, /1 file\(s\) skipped/, 'the image is skipped and said so');
  t.ok(drive.requests.some((r) => r.path === '/drive/v3/files' && r.query.get('pageToken')), 'the listing was paged');
  t.ok(drive.requests.some((r) => r.path === '/token'), 'the service account key was exchanged for a token at the configured endpoint');
});

t.test('synced items are chunked and searchable through the knowledge service', async (t) => {
  const list = await items();
  t.ok(list.every((i) => i.status === 'READY'), list.map((i) => i.status).join());
  const chunks = await db.selectFrom('knowledge_chunks').select('item_id').where('business_id', '=', biz.businessId).execute();
  t.ok(list.every((i) => chunks.some((c) => c.item_id === i.id)));
  const hits = await app.services.knowledge.search(biz.businessId, 'warranty on parts', 3);
  t.ok(hits.some((h) => /two years on all parts/.test(h.content)));
});

t.test('the service account key is encrypted at rest and never shown', async (t) => {
  const stored = await db.selectFrom('integrations').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  t.notMatch(JSON.stringify(stored), 'PRIVATE KEY');
  t.notMatch(JSON.stringify(stored), clientEmail);
  t.equal(stored.credentials_hint, 'kb-…@demo-project.iam.gserviceaccount.com');
  const views = await integrations.list(biz.businessId);
  t.notMatch(JSON.stringify(views), 'PRIVATE KEY');
});

t.test('a changed document re-syncs; unchanged ones are not downloaded again', async (t) => {
  const before = downloads().length;
  const doc = drive.files.find((f) => f.id === 'doc-pricing')!;
  doc.content = 'Our call-out fee is now $99. Drain cleaning starts at $150.';
  doc.modifiedTime = '2026-11-24T09:00:00.000Z';
  const res = await integrations.drive.sync(biz.businessId);
  t.same(res, { added: 0, updated: 1, removed: 0, unchanged: 2, skipped: 1 });
  t.same(downloads().slice(before), ['/drive/v3/files/doc-pricing/export']);
  const updated = (await items())[0]!;
  t.match(updated.content, /now \$99/);
  t.equal(updated.status, 'READY');
  const hits = await app.services.knowledge.search(biz.businessId, 'call-out fee', 3);
  t.ok(hits.some((h) => /\$99/.test(h.content)) && !hits.some((h) => /\$89/.test(h.content)), 'old chunks replaced');
});

t.test('a deleted document is removed, with its chunks', async (t) => {
  const gone = (await items()).find((i) => i.external_id === 'md-area')!;
  drive.files.find((f) => f.id === 'md-area')!.trashed = true;
  const res = await integrations.drive.sync(biz.businessId);
  t.equal(res.removed, 1);
  t.same((await items()).map((i) => i.external_id), ['doc-pricing', 'pdf-warranty']);
  const chunks = await db.selectFrom('knowledge_chunks').select('id').where('item_id', '=', gone.id).execute();
  t.equal(chunks.length, 0);
});

t.test('an OAuth access token works too; a bad one is refused at connect', async (t) => {
  const other = await createTestBusiness(app, { plan: 'PRO' });
  drive.oauthTokens.add('ya29.owner-oauth-token-xyz');
  const ok = await integrations.drive.connect(other.businessId, { accessToken: 'ya29.owner-oauth-token-xyz', folderId: 'folder-2' });
  t.equal(ok.status, 'CONNECTED');
  t.equal(ok.credentials_hint, '••••-xyz');
  const n = await db.selectFrom('knowledge_items').select('external_id').where('business_id', '=', other.businessId).execute();
  t.same(n.map((x) => x.external_id), ['other-folder']);
  await t.rejects(integrations.drive.connect(other.businessId, { accessToken: 'ya29.wrong', folderId: 'folder-2' }), { code: 'BAD_USER_INPUT' });
  await t.rejects(integrations.drive.connect(other.businessId, { serviceAccountKey: '{"client_email":"x"}', folderId: 'folder-2' }), { code: 'BAD_USER_INPUT' });
  await t.rejects(integrations.drive.connect(other.businessId, { accessToken: 'ya29.owner-oauth-token-xyz', folderId: "x' or 1=1" }), { code: 'BAD_USER_INPUT' });
});
