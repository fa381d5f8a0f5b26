import t from 'tap';
import { request } from 'node:http';
import { codeOf, errorOf, rawQuery, startGraphqlApp } from './harness.js';
import { minimalPdf } from '../helpers/pdf.js';

// uploadKnowledgeFile: a file's name and base64 bytes become a knowledge item whose text the
// server extracted (PDF text layer, HTML stripped to text), bounded in size and checked by type.

const h = await startGraphqlApp(t);
const owner = await h.business({ plan: 'BASIC' });
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const upload = (fileName: string, contentBase64: string, gql = owner.gql) =>
  gql.mutation({ uploadKnowledgeFile: { __args: { input: { fileName, contentBase64 } }, id: true, title: true, source: true, status: true, content: true, fileName: true, fileSize: true, size: true } });

t.test('each accepted kind becomes a READY item with its text', async (t) => {
  const pdf = minimalPdf(['Warranty: two years on all parts and labour.', 'Call-outs on Sundays cost $120.']);
  const p = (await upload('Warranty terms.PDF', pdf.toString('base64'))).uploadKnowledgeFile;
  t.match(p, { title: 'Warranty terms', fileName: 'Warranty terms.PDF', fileSize: pdf.length, status: 'READY', source: 'TEXT' });
  t.match(p.content, /two years on all parts and labour[\s\S]*Sundays cost \$120/, 'the PDF text layer, extracted on the server');
  t.equal(p.size, p.content.length);

  const md = (await upload('prices.md', b64('# Prices\n\nDrain cleaning is $149.'))).uploadKnowledgeFile;
  t.match(md, { title: 'prices', source: 'MARKDOWN', status: 'READY', content: '# Prices\n\nDrain cleaning is $149.' });
  const txt = (await upload('areas.txt', b64('\uFEFFWe cover Springfield.'))).uploadKnowledgeFile;
  t.match(txt, { source: 'TEXT', content: 'We cover Springfield.' }, 'a byte-order mark is dropped');

  const html = await upload(
    'about.html',
    b64('<!doctype html><html><head><title>x</title><style>p{color:red}</style><script>alert("x")</script></head><body><h2>Opening hours</h2><p>Mon&ndash;Fri 8&#8211;5 &amp; Sat <b>9-1</b></p><img src=x onerror="alert(1)"></body></html>'),
  );
  const text = html.uploadKnowledgeFile.content;
  t.match(text, /## Opening hours/, 'headings survive as Markdown');
  t.match(text, /Sat 9-1/);
  t.notMatch(text, /alert|<|onerror|color:red/, 'no script, style, tags or attributes left');
  t.equal(html.uploadKnowledgeFile.source, 'MARKDOWN');

  const ask = await owner.gql.query({ askAgent: { __args: { question: 'How long is the warranty on parts?' }, answer: true, sources: { title: true } } });
  t.match(ask.askAgent.answer, /two years/i, 'the agent answers from the uploaded PDF');
  t.ok(ask.askAgent.sources.some((s) => s.title === 'Warranty terms'));
});

t.test('refused: other types, mismatched bytes, bad base64, empty, too big', async (t) => {
  const msg = async (p: Promise<unknown>) => {
    const e = await errorOf(p);
    t.equal(e.extensions.code, 'BAD_USER_INPUT', e.message);
    return e.message;
  };
  t.match(await msg(upload('photo.png', b64('\x89PNG\r\n'))), /\.md, \.txt, \.html or \.pdf/);
  t.match(await msg(upload('noext', b64('hello'))), /\.md, \.txt, \.html or \.pdf/);
  t.match(await msg(upload('fake.pdf', b64('just text pretending'))), /not a PDF/, 'PDF checked by its magic bytes');
  t.match(await msg(upload('sneaky.txt', minimalPdf(['x']).toString('base64'))), /is a PDF/);
  t.match(await msg(upload('binary.txt', Buffer.from([0xff, 0xfe, 0x00, 0x41]).toString('base64'))), /not a (UTF-8 )?text file/);
  t.match(await msg(upload('nul.txt', b64('a\u0000b'))), /not a text file/);
  t.match(await msg(upload('x.txt', 'not base64!!')), /base64/);
  t.match(await msg(upload('x.txt', '')), /empty/);
  t.match(await msg(upload('blank.html', b64('<script>only()</script>'))), /has no text/);
  t.match(await msg(upload('scan.pdf', Buffer.from('%PDF-1.4\ngarbage').toString('base64'))), /No text found/);
  const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x61).toString('base64');
  t.match(await msg(upload('big.txt', big)), /larger than 5 MB/, 'over 5 MB decoded: a clear error, not a 500');
  const items = await h.db.selectFrom('knowledge_items').select('file_name').where('business_id', '=', owner.businessId).execute();
  t.same(items.map((i) => i.file_name).sort(), ['Warranty terms.PDF', 'about.html', 'areas.txt', 'prices.md'], 'nothing refused was stored');
});

t.test('a 5 MB upload fits; the big body is only for signed-in callers', async (t) => {
  const exact = Buffer.alloc(5 * 1024 * 1024, 0x62);
  exact.write('Five megabytes of b. ');
  const r = await owner.gql.mutation({ uploadKnowledgeFile: { __args: { input: { fileName: 'exact.txt', contentBase64: exact.toString('base64') } }, id: true, fileSize: true } }).catch((e: Error) => e);
  // 5 MB of one letter exceeds the 200k-character text bound: refused by content, after the body was accepted.
  t.ok(r instanceof Error && /more than 200000 characters/.test(r.message), 'the body was read and the text bound applied');
  const anon = await fetch(`${h.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($c: String!) { uploadKnowledgeFile(input: { fileName: "a.txt", contentBase64: $c }) { id } }', variables: { c: 'a'.repeat(2 * 1024 * 1024) } }),
  });
  t.equal(anon.status, 413, 'anonymous: the usual body limit');
  t.match(await anon.json(), { data: null, errors: [{ message: 'Request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  // Without a Content-Length (chunked), an anonymous body is cut off at the usual limit too.
  const chunked = await new Promise<number>((resolve, reject) => {
    const req = request(`${h.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.write(`{"query":"{ __typename }","variables":{"c":"`);
    for (let i = 0; i < 4; i++) req.write('a'.repeat(512 * 1024));
    req.end('"}}');
  });
  t.equal(chunked, 413, 'anonymous chunked body: the usual limit');
  const small = await rawQuery(h.base, '{ __typename }');
  t.equal(small.status, 200, 'small anonymous requests are untouched');
});

t.test('plan, role and tenant', async (t) => {
  const free = await h.business({ plan: 'FREE' });
  t.equal(await codeOf(upload('a.txt', b64('hello'), free.gql)), 'PLAN_UPGRADE_REQUIRED');
  const viewer = await h.business({ plan: 'BASIC', role: 'MEMBER' });
  t.equal(await codeOf(upload('a.txt', b64('hello'), viewer.gql)), 'FORBIDDEN');
  const other = await h.business({ plan: 'BASIC' });
  const mine = (await upload('mine.txt', b64('Only mine.'))).uploadKnowledgeFile;
  t.equal(await codeOf(other.gql.mutation({ deleteKnowledgeItem: { __args: { id: mine.id } } })), 'NOT_FOUND', "another tenant's item is NOT_FOUND");
  t.equal((await owner.gql.mutation({ deleteKnowledgeItem: { __args: { id: mine.id } } })).deleteKnowledgeItem, true);
});
