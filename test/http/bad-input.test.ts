import t, { type Test } from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';

// L5: bad input is a 4xx with a coded error, never INTERNAL or a 500: NUL bytes, out-of-range
// dates and cursors, malformed / empty / wrong-content-type GraphQL bodies, /api/login garbage.

const { app } = await buildTestApp(t);
const owner = await createTestBusiness(app, { plan: 'PRO' });
const auth = { authorization: `Bearer ${owner.token}` };

function expect4xx(t: Test, res: { statusCode: number; body: string }, what: string) {
  t.ok(res.statusCode >= 400 && res.statusCode < 500, `${what}: ${res.statusCode} ${res.body.slice(0, 160)}`);
  t.notMatch(res.body, /INTERNAL/, `${what}: not INTERNAL`);
}

t.test('/api/login garbage', async (t) => {
  for (const [payload, type] of [
    ['{"email":"a\\u0000b@example.com","password":"x\\u0000"}', 'application/json'],
    ['{"email":', 'application/json'],
    ['', 'application/json'],
    ['email=a@b.c&password=x', 'text/plain'],
    ['[1,2,3]', 'application/json'],
    ['{"email":"' + 'a'.repeat(300) + '@x.com","password":"p"}', 'application/json'],
  ] as const) {
    const res = await app.inject({ method: 'POST', url: '/api/login', headers: { 'content-type': type }, payload });
    expect4xx(t, res, `login ${payload.slice(0, 30)} (${type})`);
    t.ok(res.json().error?.code, 'coded');
  }
});

t.test('GraphQL bodies', async (t) => {
  const cases: Array<[string, string]> = [
    ['', 'application/json'],
    ['{"query":', 'application/json'],
    ['{}', 'application/json'],
    ['{"query": 42}', 'application/json'],
    ['query { me { id } }', 'text/plain'],
    ['{"query":"{ me { id } }"}', 'application/xml'],
  ];
  for (const [payload, type] of cases) {
    const res = await app.inject({ method: 'POST', url: '/graphql', headers: { ...auth, 'content-type': type }, payload });
    expect4xx(t, res, `graphql body ${JSON.stringify(payload)} (${type})`);
  }
});

t.test('NUL bytes, out-of-range dates and cursors in GraphQL', async (t) => {
  const ops: Array<[string, Record<string, unknown>]> = [
    ['mutation($input: ClientInput!) { createClient(input: $input) { id } }', { input: { name: 'Bad\u0000Name' } }],
    ['query($f: LeadFilter) { leads(first: 5, filter: $f) { nodes { id } } }', { f: { search: 'pipe\u0000' } }],
    ['query($f: LeadFilter) { leads(first: 5, filter: $f) { nodes { id } } }', { f: { createdAfter: '275760-09-14T00:00:00Z' } }],
    ['query($f: LeadFilter) { leads(first: 5, filter: $f) { nodes { id } } }', { f: { createdBefore: '-000001-01-01T00:00:00Z' } }],
    ['query($a: String) { leads(first: 5, after: $a) { nodes { id } } }', { a: 'not-a-cursor' }],
    ['query($a: String) { leads(first: 5, after: $a) { nodes { id } } }', { a: Buffer.from('{"t":"99999-99-99","id":"x"}').toString('base64url') }],
    ['query($a: String) { leads(first: 5, after: $a) { nodes { id } } }', { a: Buffer.from('9999999999999999|zzz').toString('base64url') }],
  ];
  for (const [query, variables] of ops) {
    const res = await app.inject({ method: 'POST', url: '/graphql', headers: auth, payload: { query, variables } });
    t.ok(res.statusCode < 500, `${JSON.stringify(variables)}: HTTP ${res.statusCode}`);
    const codes = ((res.json() as { errors?: Array<{ extensions?: { code?: string } }> }).errors ?? []).map((e) => e.extensions?.code);
    t.notOk(codes.includes('INTERNAL'), `${JSON.stringify(variables)}: ${codes.join(',') || 'no error'}`);
  }
});

t.test('NUL bytes in chat', async (t) => {
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: `${owner.businessId}\u0000` } });
  expect4xx(t, res, 'chat start with NUL');
});
