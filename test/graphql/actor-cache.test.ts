import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeOf, startGraphqlApp } from './harness.js';
import { linkIn, waitForMail } from '../accounts/mail.js';

// The signed-in caller is cached per token (src/http/actor-cache.ts). With a ttl far longer
// than the test, only invalidation can make a change visible: every way a user's access or the
// business's plan changes through the API must be seen by that user's very next request.

const PLATFORM_TOKEN = 'operator-token-for-actor-cache-tests-0123456789';
const NEW_PASSWORD = 'quartz lantern meadow 71';
const dataDir = mkdtempSync(join(tmpdir(), 'actor-cache-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const h = await startGraphqlApp(t, { BUSINESS_CACHE_TTL: 3_600_000, PLATFORM_ADMIN_TOKEN: PLATFORM_TOKEN, DATA_DIR: dataDir, PUBLIC_BASE_URL: 'https://console.example.test', NOTIFY_POLL_INTERVAL: 100 });

const me = (token: string) => h.client(token).query({ me: { role: true, business: { plan: true } } });

t.test('a repeated request does not resolve the caller again', async (t) => {
  const auth = h.app.deps.auth;
  const original = auth.actorFromAuthorization;
  let resolved = 0;
  auth.actorFromAuthorization = (header) => {
    resolved++;
    return original(header);
  };
  t.teardown(() => {
    auth.actorFromAuthorization = original;
  });
  const biz = await h.business({ plan: 'PRO' });
  await me(biz.token);
  await me(biz.token);
  await me(biz.token);
  t.equal(resolved, 1);
});

t.test("an owner's role change and removal are seen by the member's next request", async (t) => {
  const biz = await h.business({ plan: 'PRO' });
  const member = await h.db
    .insertInto('users')
    .values({ business_id: biz.businessId, email: `m-${Math.random().toString(36).slice(2)}@test.local`, password_hash: 'x', role: 'MEMBER' })
    .returning(['id', 'business_id', 'role'])
    .executeTakeFirstOrThrow();
  const token = h.app.deps.auth.issueToken(member);
  t.equal((await me(token)).me.role, 'MEMBER');
  await biz.gql.mutation({ setTeamMemberRole: { __args: { userId: member.id, role: 'ADMIN' }, id: true } });
  t.equal((await me(token)).me.role, 'ADMIN', 'promotion seen at once');
  await biz.gql.mutation({ removeTeamMember: { __args: { userId: member.id } } });
  t.equal(await codeOf(me(token)), 'UNAUTHENTICATED', 'a removed member is out at once');
});

t.test('a password change ends the other sessions at once', async (t) => {
  const biz = await h.business({ plan: 'PRO' });
  const other = await h.client().mutation({ login: { __args: { email: biz.email, password: biz.password }, token: true } });
  t.equal((await me(other.login.token)).me.role, 'OWNER');
  t.equal((await me(biz.token)).me.role, 'OWNER');
  const changed = await biz.gql.mutation({ changePassword: { __args: { currentPassword: biz.password, newPassword: NEW_PASSWORD }, token: true } });
  t.equal(await codeOf(me(other.login.token)), 'UNAUTHENTICATED');
  t.equal(await codeOf(me(biz.token)), 'UNAUTHENTICATED');
  t.equal((await me(changed.changePassword.token)).me.role, 'OWNER');
});

t.test('a reset by e-mail link (anonymous) ends the cached sessions at once', async (t) => {
  const biz = await h.business({ plan: 'PRO' });
  t.equal((await me(biz.token)).me.role, 'OWNER');
  await h.client().mutation({ requestPasswordReset: { __args: { email: biz.email } } });
  const { token } = linkIn(await waitForMail(dataDir, biz.email, /Reset your password/), 'reset-password');
  t.equal((await me(biz.token)).me.role, 'OWNER', 'asking for a link changes nothing');
  await h.client().mutation({ resetPassword: { __args: { token, newPassword: NEW_PASSWORD }, token: true } });
  t.equal(await codeOf(me(biz.token)), 'UNAUTHENTICATED');
});

t.test("the operator's plan change is seen by the business's next request", async (t) => {
  // liveCalls is a PRO feature, gated on the plan the caller's actor carries.
  const live = (token: string) => codeOf(h.client(token).query({ liveCalls: { callSid: true } }));
  const biz = await h.business({ plan: 'BASIC' });
  const bystander = await h.business({ plan: 'BASIC' });
  t.equal(await live(biz.token), 'PLAN_UPGRADE_REQUIRED');
  t.equal(await live(bystander.token), 'PLAN_UPGRADE_REQUIRED');
  const operator = h.client(PLATFORM_TOKEN);
  await operator.mutation({ setPlan: { __args: { businessId: biz.businessId, plan: 'PRO' }, plan: true } });
  t.equal(await live(biz.token), 'OK', 'the upgrade is seen at once');
  t.equal(await live(bystander.token), 'PLAN_UPGRADE_REQUIRED', 'another business is not touched');
  await operator.mutation({ setPlan: { __args: { businessId: biz.businessId, plan: 'FREE' }, plan: true } });
  t.equal(await live(biz.token), 'PLAN_UPGRADE_REQUIRED', 'and the downgrade');
});

t.test("a change made outside the API (another instance) is seen once the ttl has passed", async (t) => {
  const { app, business } = await (async () => {
    const short = await startGraphqlApp(t, { BUSINESS_CACHE_TTL: 300 });
    return { app: short, business: await short.business({ plan: 'PRO' }) };
  })();
  const ask = () => app.client(business.token).query({ me: { role: true } });
  t.equal((await ask()).me.role, 'OWNER');
  await app.db.updateTable('users').set((eb) => ({ token_version: eb('token_version', '+', 1) })).where('id', '=', business.userId).execute();
  await new Promise((r) => setTimeout(r, 350));
  t.equal(await codeOf(ask()), 'UNAUTHENTICATED');
});
