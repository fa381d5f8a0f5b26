import t from 'tap';
import fc from 'fast-check';
import { buildTestApp } from '../helpers/app.js';

// Property-based abuse of the foundation's REST surface: whatever arrives, the answer is a
// coded 4xx (never a 5xx, never a crash).
const { app } = await buildTestApp(t);

const unhandled: unknown[] = [];
const onUnhandled = (err: unknown) => void unhandled.push(err);
process.on('unhandledRejection', onUnhandled);
t.teardown(() => process.off('unhandledRejection', onUnhandled));

const anyJson = fc.jsonValue({ maxDepth: 4 });

t.test('POST /api/login with arbitrary JSON bodies', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(anyJson, fc.record({ email: fc.oneof(fc.string(), anyJson), password: fc.oneof(fc.string(), anyJson) })), async (body) => {
      const res = await app.inject({ method: 'POST', url: '/api/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      if (res.statusCode >= 500) throw new Error(`${res.statusCode} for ${JSON.stringify(body)}`);
      const parsed = res.json();
      if (res.statusCode !== 200 && typeof parsed?.error?.code !== 'string') throw new Error(`uncoded error body ${res.body}`);
    }),
    { numRuns: 150 },
  );
  t.pass('no 5xx over 150 bodies');
});

t.test('raw bytes and odd content types', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream', 'multipart/form-data'), async (bytes, type) => {
      const res = await app.inject({ method: 'POST', url: '/api/login', headers: { 'content-type': type }, payload: Buffer.from(bytes) });
      if (res.statusCode >= 500) throw new Error(`${res.statusCode} for ${type}`);
    }),
    { numRuns: 150 },
  );
  t.pass('no 5xx over 150 raw bodies');
});

t.test('arbitrary Authorization headers on an authenticated route', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.string().map((s) => `Bearer ${s}`), fc.string().map((s) => `Bearer sk_live_${s}`)), async (header) => {
      const safe = header.replace(/[^\x20-\x7e]/g, '');
      const res = await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: safe } });
      if (res.statusCode !== 401) throw new Error(`${res.statusCode} for ${JSON.stringify(safe)}`);
    }),
    { numRuns: 200 },
  );
  t.pass('always 401');
});

t.test('no unhandled rejections', async (t) => {
  t.same(unhandled, []);
});
