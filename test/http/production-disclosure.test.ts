import t from 'tap';
import { buildTestApp } from '../helpers/app.js';

// L9: in production GraphQL gives no "Did you mean" suggestions, /metrics needs METRICS_TOKEN
// (off without one), and /health shows only its status unless the token is given.

const production = { NODE_ENV: 'production' as const };

t.test('production without METRICS_TOKEN', async (t) => {
  const { app } = await buildTestApp(t, { config: production });
  const health = await app.inject({ method: 'GET', url: '/health' });
  t.equal(health.statusCode, 200);
  t.same(Object.keys(health.json()), ['status'], 'the public part is the status only');
  t.equal((await app.inject({ method: 'GET', url: '/metrics' })).statusCode, 404, '/metrics is off');
  const gql = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ leadz { id } }' } });
  const message = (gql.json() as { errors: Array<{ message: string }> }).errors[0]!.message;
  t.match(message, /Cannot query field "leadz"/);
  t.notMatch(message, /Did you mean/, 'no schema hints');
});

t.test('production with METRICS_TOKEN', async (t) => {
  const { app } = await buildTestApp(t, { config: { ...production, METRICS_TOKEN: 'metrics-token-0123456789' } });
  t.equal((await app.inject({ method: 'GET', url: '/metrics' })).statusCode, 401);
  t.equal((await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode, 401);
  const ok = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer metrics-token-0123456789' } });
  t.equal(ok.statusCode, 200);
  t.match(ok.body, /http_request_duration_seconds|# HELP/);
  const detailed = await app.inject({ method: 'GET', url: '/health', headers: { authorization: 'Bearer metrics-token-0123456789' } });
  t.ok(detailed.json().checks, 'details with the token');
  t.same(Object.keys((await app.inject({ method: 'GET', url: '/health' })).json()), ['status']);
});
