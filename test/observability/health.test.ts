import t from 'tap';
import { buildTestApp } from '../helpers/app.js';

const { app } = await buildTestApp(t);

t.test('GET /health reports ok with db details', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/health' });
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.equal(body.status, 'ok');
  t.equal(body.checks.db.status, 'ok');
  t.type(body.checks.db.latencyMs, 'number');
  t.type(body.uptimeSec, 'number');
  t.ok(body.memory.rssMb > 0);
});

t.test('GET /metrics is Prometheus text with the HTTP histogram', async (t) => {
  await app.inject({ method: 'GET', url: '/health' });
  const res = await app.inject({ method: 'GET', url: '/metrics' });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /text\/plain/);
  t.match(res.body, /http_request_duration_seconds_bucket\{.*route="\/health"/);
  t.match(res.body, /process_resident_memory_bytes/);
});

t.test('unknown route gets the coded 404 body', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/no/such/route' });
  t.equal(res.statusCode, 404);
  t.same(res.json(), { error: { code: 'NOT_FOUND', message: 'Route GET /no/such/route not found' } });
});

t.test('a 2 MiB body gets 413 with a coded body', async (t) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) }),
  });
  t.equal(res.statusCode, 413);
  t.equal(res.json().error.code, 'PAYLOAD_TOO_LARGE');
});

t.test('no x-powered-by, helmet headers present', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/health' });
  t.notOk(res.headers['x-powered-by']);
  t.equal(res.headers['x-content-type-options'], 'nosniff');
});
