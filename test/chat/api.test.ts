import t from 'tap';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';

// The widget's REST API: contracts, limits, CORS, rate limits and tenant isolation.

const { app } = await buildTestApp(t, {
  config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0, CHAT_RATE_LIMIT_PER_MINUTE: 1000, CHAT_MAX_TURNS: 5 },
});
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
const other = await createTestBusiness(app, { plan: 'BASIC', name: 'Other Co' });
await db.updateTable('businesses').set({ allowed_origins: ['https://other.example'] }).where('id', '=', other.businessId).execute();

async function start(businessId: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/chat', payload: { businessId }, headers });
}

t.test('POST /api/chat starts a session with the greeting; messages get replies', async (t) => {
  const res = await start(demo.id);
  t.equal(res.statusCode, 201);
  const body = res.json();
  t.match(body.sessionId, /^[A-Za-z0-9_-]{30,}$/);
  t.match(body.messages[0], { role: 'assistant', content: /Sam from Demo Plumbing/ });
  const m = await app.inject({ method: 'POST', url: `/api/chat/${body.sessionId}/message`, payload: { text: 'how much is a call-out?' } });
  t.equal(m.statusCode, 200);
  t.match(m.json(), { reply: /\$89/ });
  const e = await app.inject({ method: 'POST', url: `/api/chat/${body.sessionId}/message`, payload: { text: 'my pipe burst and the basement is flooding' } });
  t.match(e.json(), { emergency: { phone: '+15555550199', callUrl: 'tel:+15555550199' }, quickReplies: ['Call now', 'Request a callback', 'Quick questions'] });
  const convo = await db.selectFrom('conversations').select(['id', 'channel', 'session_id']).where('session_id', '=', body.sessionId).executeTakeFirstOrThrow();
  t.equal(convo.channel, 'CHAT');
  const count = await db.selectFrom('messages').select(db.fn.countAll<number>().as('n')).where('conversation_id', '=', convo.id).executeTakeFirstOrThrow();
  t.equal(Number(count.n), 5, 'greeting + 2 exchanges persisted');
});

t.test('widget config: colours, greeting, branding by plan', async (t) => {
  const res = await app.inject({ method: 'GET', url: `/api/widget/${demo.id}/config` });
  t.equal(res.statusCode, 200);
  t.match(res.json(), { businessId: demo.id, name: 'Demo Plumbing', greeting: /Questions about a plumbing job/, position: 'BOTTOM_RIGHT', showBranding: true, phone: '+15555550199' });
  await db.updateTable('widget_configs').set({ show_branding: false }).where('business_id', 'in', [demo.id, other.businessId]).execute();
  t.equal((await app.inject({ method: 'GET', url: `/api/widget/${demo.id}/config` })).json().showBranding, false, 'PRO may remove branding');
  const basic = await app.inject({ method: 'GET', url: `/api/widget/${other.businessId}/config`, headers: { origin: 'https://other.example' } });
  t.equal(basic.json().showBranding, true, 'BASIC cannot remove branding');
  t.equal((await app.inject({ method: 'GET', url: '/api/widget/not-a-uuid/config' })).statusCode, 404);
  t.equal((await app.inject({ method: 'GET', url: '/api/widget/00000000-0000-4000-8000-000000000000/config' })).statusCode, 404);
});

t.test('input limits: empty, too long, unknown fields, turns per session', async (t) => {
  const { sessionId } = (await start(demo.id)).json();
  const url = `/api/chat/${sessionId}/message`;
  t.equal((await app.inject({ method: 'POST', url, payload: { text: '' } })).statusCode, 400);
  const long = await app.inject({ method: 'POST', url, payload: { text: 'x'.repeat(2001) } });
  t.equal(long.statusCode, 400);
  t.equal(long.json().error.code, 'BAD_USER_INPUT');
  t.equal((await app.inject({ method: 'POST', url: '/api/chat', payload: {} })).statusCode, 400, 'businessId is required');
  for (let i = 0; i < 5; i++) t.equal((await app.inject({ method: 'POST', url, payload: { text: `hello ${i}` } })).statusCode, 200);
  const over = await app.inject({ method: 'POST', url, payload: { text: 'one more' } });
  t.equal(over.statusCode, 429);
  t.match(over.json().error.message, /message limit/);
});

t.test("a session of another business is not found; unknown sessions too", async (t) => {
  const { sessionId } = (await start(demo.id)).json();
  const cross = await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text: 'hi', businessId: other.businessId } });
  t.equal(cross.statusCode, 404);
  t.equal(cross.json().error.code, 'NOT_FOUND');
  t.equal((await app.inject({ method: 'POST', url: '/api/chat/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/message', payload: { text: 'hi' } })).statusCode, 404);
  t.equal((await app.inject({ method: 'POST', url: '/api/chat/../../etc/message', payload: { text: 'hi' } })).statusCode, 404);
});

t.test('CORS only for the business allowed origins (and same origin)', async (t) => {
  const ok = await start(other.businessId, { origin: 'https://other.example' });
  t.equal(ok.statusCode, 201);
  t.equal(ok.headers['access-control-allow-origin'], 'https://other.example');
  const bad = await start(other.businessId, { origin: 'https://evil.example' });
  t.equal(bad.statusCode, 403);
  t.notOk(bad.headers['access-control-allow-origin']);
  const demoFromOther = await start(demo.id, { origin: 'https://other.example' });
  t.equal(demoFromOther.statusCode, 403, "one business's origin does not open another's widget");
  const same = await start(demo.id, { origin: 'http://localhost:80', host: 'localhost:80' });
  t.equal(same.statusCode, 201, 'same origin (the /demo page) is allowed');
  const { sessionId } = ok.json();
  const msgBad = await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text: 'hi' }, headers: { origin: 'https://evil.example' } });
  t.equal(msgBad.statusCode, 403);
  const pre = await app.inject({ method: 'OPTIONS', url: '/api/chat', headers: { origin: 'https://other.example', 'access-control-request-method': 'POST' } });
  t.equal(pre.statusCode, 204);
  t.match(pre.headers['access-control-allow-headers'], /content-type/);
});

t.test('/widget.js is one small script; /demo embeds it for the demo business', async (t) => {
  const js = await app.inject({ method: 'GET', url: '/widget.js' });
  t.equal(js.statusCode, 200);
  t.match(js.headers['content-type'], /javascript/);
  const gz = gzipSync(js.body).length;
  t.ok(gz < 15 * 1024, `widget.js is ${gz} bytes gzipped (< 15 KB)`);
  t.match(js.body, /attachShadow/);
  t.notMatch(js.body, /innerHTML/, 'messages are never rendered as HTML');
  t.ok(gunzipSync(gzipSync(js.body)).length > 1000);
  const page = await app.inject({ method: 'GET', url: '/demo' });
  t.equal(page.statusCode, 200);
  t.match(page.body, new RegExp(`<script src="/widget.js" data-business-id="${demo.id}" async></script>`));
});

t.test('rate limit per IP answers 429 with Retry-After (last: it exhausts the window)', async (t) => {
  const { app: limited } = await buildTestApp(t, {
    database: app.deps.database,
    config: { MAX_EVENT_LOOP_DELAY: 0, CHAT_RATE_LIMIT_PER_MINUTE: 3 },
  });
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) codes.push((await limited.inject({ method: 'POST', url: '/api/chat', payload: { businessId: demo.id }, remoteAddress: '10.1.2.3' })).statusCode);
  t.same(codes, [201, 201, 201, 429, 429]);
  const res = await limited.inject({ method: 'POST', url: '/api/chat', payload: { businessId: demo.id }, remoteAddress: '10.1.2.3' });
  t.equal(res.json().error.code, 'RATE_LIMITED');
  t.ok(Number(res.headers['retry-after']) > 0);
  t.equal((await limited.inject({ method: 'POST', url: '/api/chat', payload: { businessId: demo.id }, remoteAddress: '10.9.9.9' })).statusCode, 201, 'another IP is not limited');
});

t.test('per-business limit', async (t) => {
  const { app: limited } = await buildTestApp(t, {
    database: app.deps.database,
    config: { MAX_EVENT_LOOP_DELAY: 0, CHAT_RATE_LIMIT_PER_MINUTE: 100, CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE: 2 },
  });
  const codes: number[] = [];
  for (let i = 0; i < 3; i++) codes.push((await limited.inject({ method: 'POST', url: '/api/chat', payload: { businessId: other.businessId }, remoteAddress: `10.0.0.${i + 1}` })).statusCode);
  t.same(codes, [201, 201, 429], 'many IPs, one business: limited');
});
