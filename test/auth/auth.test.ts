import t from 'tap';
import { createHmac } from 'node:crypto';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { signJwt } from '../../src/auth/jwt.js';
import { hashPassword, verifyPassword } from '../../src/auth/password.js';

const { app, config } = await buildTestApp(t);
const biz = await createTestBusiness(app, { plan: 'BASIC' });
const secret = config.JWT_SECRET!;

const me = (authorization?: string) =>
  app.inject({ method: 'GET', url: '/api/me', headers: authorization ? { authorization } : {} });
const login = (email: string, password: string, ip = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/login', payload: { email, password }, remoteAddress: ip });

t.test('scrypt hashes verify and differ per salt', async (t) => {
  const a = await hashPassword('hunter2hunter2');
  const b = await hashPassword('hunter2hunter2');
  t.not(a, b);
  t.match(a, /^scrypt\$16384\$8\$1\$/);
  t.ok(await verifyPassword('hunter2hunter2', a));
  t.notOk(await verifyPassword('hunter2hunter3', a));
  t.notOk(await verifyPassword('x', 'garbage'));
});

t.test('login returns a JWT that resolves to the actor', async (t) => {
  const res = await login(biz.email.toUpperCase(), biz.password);
  t.equal(res.statusCode, 200);
  const { token } = res.json();
  t.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
  t.notOk(res.headers['set-cookie'], 'login sets nothing else');
  const who = await me(`Bearer ${token}`);
  t.equal(who.statusCode, 200);
  t.same(who.json(), { businessId: biz.businessId, userId: biz.userId, apiKeyId: null, role: 'OWNER', plan: 'BASIC' });
});

t.test('wrong password and unknown e-mail look the same', async (t) => {
  const timed = async (email: string) => {
    const started = performance.now();
    const res = await login(email, 'definitely wrong', `10.1.${Math.floor(Math.random() * 250)}.1`);
    return { res, ms: performance.now() - started };
  };
  const samples: Array<{ wrong: number; unknown: number }> = [];
  for (let i = 0; i < 5; i++) {
    const wrong = await timed(biz.email);
    const unknown = await timed(`nobody-${i}@nowhere.test`);
    t.equal(wrong.res.statusCode, 401);
    t.equal(unknown.res.statusCode, 401);
    t.same(wrong.res.json(), unknown.res.json());
    samples.push({ wrong: wrong.ms, unknown: unknown.ms });
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const w = median(samples.map((s) => s.wrong));
  const u = median(samples.map((s) => s.unknown));
  // Both pay one scrypt: same timing class (neither is an order of magnitude faster).
  t.ok(u > w / 3 && u < w * 3, `median wrong=${w.toFixed(1)}ms unknown=${u.toFixed(1)}ms`);
});

t.test('bad tokens are 401 with a coded body', async (t) => {
  const good = signJwt(secret, { sub: biz.userId, bid: biz.businessId, role: 'OWNER' }, { expiresInSec: 60 });
  const [h, b, s] = good.split('.') as [string, string, string];
  const payload = JSON.parse(Buffer.from(b, 'base64url').toString());
  const tamperedBody = Buffer.from(JSON.stringify({ ...payload, role: 'OWNER', bid: '00000000-0000-0000-0000-000000000000' })).toString('base64url');
  const noneHeader = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  const hs512Header = Buffer.from(JSON.stringify({ alg: 'HS512', typ: 'JWT' })).toString('base64url');
  const hs512Sig = createHmac('sha512', secret).update(`${hs512Header}.${b}`).digest('base64url');
  const cases: Record<string, string> = {
    tampered: `${h}.${tamperedBody}.${s}`,
    expired: signJwt(secret, { sub: biz.userId, bid: biz.businessId, role: 'OWNER' }, { expiresInSec: 60, now: Date.now() - 3600_000 }),
    'alg none': `${noneHeader}.${b}.`,
    'alg HS512': `${hs512Header}.${b}.${hs512Sig}`,
    'wrong key': signJwt('another-secret-that-is-long-enough-xx', { sub: biz.userId, bid: biz.businessId, role: 'OWNER' }, { expiresInSec: 60 }),
    'wrong audience': signJwt(secret, { sub: biz.userId, bid: biz.businessId, role: 'OWNER' }, { expiresInSec: 60, audience: 'someone-else' }),
    garbage: 'not.a.jwt',
  };
  for (const [name, token] of Object.entries(cases)) {
    const res = await me(`Bearer ${token}`);
    t.equal(res.statusCode, 401, name);
    t.equal(res.json().error.code, 'UNAUTHENTICATED', name);
  }
  t.equal((await me()).statusCode, 401, 'no credentials');
  t.equal((await me(`Bearer ${good}`)).statusCode, 200, 'the untampered token works');
});

t.test('API keys authenticate until revoked', async (t) => {
  const created = await app.deps.auth.createApiKey({ businessId: biz.businessId, userId: biz.userId, role: 'OWNER', plan: 'BASIC' }, 'zapier');
  t.match(created.key, /^sk_live_[A-Za-z0-9]{12}_[\w-]{40}$/);
  const stored = await app.deps.db.selectFrom('api_keys').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
  t.not(stored.key_hash, created.key, 'only a hash is stored');
  // The secret is everything after the public prefix and its separator; it is base64url, so it
  // may itself contain '_' (splitting on '_' would test only its tail).
  t.ok(created.key.startsWith(`${stored.prefix}_`), 'the stored prefix is the key\'s public part');
  const secret = created.key.slice(stored.prefix.length + 1);
  t.equal(secret.length, 40);
  t.notOk(JSON.stringify(stored).includes(secret), 'the secret part is nowhere in the row');
  t.notOk(JSON.stringify(stored).includes(secret.slice(0, 20)), 'nor its first half');
  const ok = await me(`Bearer ${created.key}`);
  t.equal(ok.statusCode, 200);
  t.equal(ok.json().apiKeyId, created.id);
  t.equal((await me(`Bearer ${created.key}x`)).statusCode, 401, 'a wrong secret with a right prefix is refused');
  await app.deps.auth.revokeApiKey({ businessId: biz.businessId, role: 'OWNER', plan: 'BASIC' }, created.id);
  t.equal((await me(`Bearer ${created.key}`)).statusCode, 401, 'revoked key is 401');
  await t.rejects(
    app.deps.auth.revokeApiKey({ businessId: '00000000-0000-0000-0000-000000000000', role: 'OWNER', plan: 'BASIC' }, created.id),
    { code: 'NOT_FOUND' },
  );
});

t.test('login is rate-limited per (e-mail, address) and per address, never locking the account (L1)', async (t) => {
  const target = await createTestBusiness(app);
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await login(target.email, 'nope nope', '10.9.0.1')).statusCode);
  t.same(statuses.slice(0, 10), Array(10).fill(401));
  t.equal(statuses[10], 429, 'the 11th attempt on one e-mail from one address is refused');
  const limited = await login(target.email, target.password, '10.9.0.1');
  t.equal(limited.statusCode, 429, 'that address waits out the window, even with the right password');
  t.ok(Number(limited.headers['retry-after']) > 0);
  t.equal(limited.json().error.code, 'RATE_LIMITED');
  t.equal((await login(target.email, target.password, '10.9.1.1')).statusCode, 200, 'the right password from another address still signs in');

  const ipStatuses: number[] = [];
  for (let i = 0; i < 31; i++) ipStatuses.push((await login(`someone${i}@x.test`, 'nope nope', '10.8.8.8')).statusCode);
  t.equal(ipStatuses[29], 401);
  t.equal(ipStatuses[30], 429, 'the 31st attempt from one IP is refused');
});

t.test('login validates its body', async (t) => {
  const res = await app.inject({ method: 'POST', url: '/api/login', payload: { email: 'x@y.z' } });
  t.equal(res.statusCode, 400);
  t.equal(res.json().error.code, 'BAD_USER_INPUT');
  const bad = await app.inject({ method: 'POST', url: '/api/login', headers: { 'content-type': 'application/json' }, payload: '{oops' });
  t.equal(bad.statusCode, 400);
  t.equal(bad.json().error.code, 'BAD_USER_INPUT');
});
