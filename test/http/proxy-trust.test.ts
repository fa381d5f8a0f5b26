import t from 'tap';
import { readFileSync } from 'node:fs';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { loadConfig } from '../../src/config.js';

// H2: behind Fly's proxy the client-written part of X-Forwarded-For cannot change the address
// every per-address limit keys on.

const flyToml = readFileSync(new URL('../../fly.toml', import.meta.url), 'utf8');
const shipped = /^\s*TRUST_PROXY\s*=\s*"([^"]*)"/m.exec(flyToml)?.[1];

t.test('fly.toml trusts a hop count, parsed as a number', async (t) => {
  t.ok(shipped !== undefined, 'fly.toml sets TRUST_PROXY');
  t.not(shipped, 'true');
  t.equal(loadConfig({ TRUST_PROXY: shipped }).TRUST_PROXY, 1);
  t.equal(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY, 2);
  t.same(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY, ['10.0.0.0/8', '127.0.0.1']);
  t.equal(loadConfig({}).TRUST_PROXY, false);
  t.throws(() => loadConfig({ TRUST_PROXY: 'everything' }), /TRUST_PROXY/);
});

t.test('rotating the client-written X-Forwarded-For entries does not escape the chat limit', async (t) => {
  const { app } = await buildTestApp(t, { config: { TRUST_PROXY: loadConfig({ TRUST_PROXY: shipped }).TRUST_PROXY, CHAT_RATE_LIMIT_PER_MINUTE: 3 } });
  const b = await createTestBusiness(app, { plan: 'PRO' });
  const codes: number[] = [];
  for (let i = 0; i < 6; i++) {
    // What Fly forwards: whatever the client sent, then the address Fly saw.
    const res = await app.inject({ method: 'POST', url: '/api/chat', remoteAddress: '172.16.0.2', headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` }, payload: { businessId: b.businessId } });
    codes.push(res.statusCode);
  }
  t.same(codes, [201, 201, 201, 429, 429, 429]);
  // Another real client (another address appended by the proxy) is not affected.
  const other = await app.inject({ method: 'POST', url: '/api/chat', remoteAddress: '172.16.0.2', headers: { 'x-forwarded-for': '203.0.113.8' }, payload: { businessId: b.businessId } });
  t.equal(other.statusCode, 201);
});

t.test('CLIENT_IP_HEADER: the platform header is the address, X-Forwarded-For is ignored', async (t) => {
  // Even with every hop trusted, the platform header decides.
  const env = loadConfig({ CLIENT_IP_HEADER: 'Fly-Client-IP', TRUST_PROXY: 'true' });
  const { app } = await buildTestApp(t, { config: { CLIENT_IP_HEADER: env.CLIENT_IP_HEADER, TRUST_PROXY: env.TRUST_PROXY, CHAT_RATE_LIMIT_PER_MINUTE: 2 } });
  const b = await createTestBusiness(app, { plan: 'PRO' });
  const codes: number[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await app.inject({ method: 'POST', url: '/api/chat', headers: { 'x-forwarded-for': `198.51.100.${i}`, 'fly-client-ip': '203.0.113.9' }, payload: { businessId: b.businessId } });
    codes.push(res.statusCode);
  }
  t.same(codes, [201, 201, 429, 429]);
});
