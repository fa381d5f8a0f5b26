import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { generateSubscriptionOp } from '../../genql/index.js';
import { codeOf, errorOf, startGraphqlApp } from '../graphql/harness.js';
import { waitUntil } from '../notify/helpers.js';
import { watchSubscriptions } from '../helpers/subscriptions.js';
import { linkIn, mailbox, recipientOf, waitForMail, waitForMails } from './mail.js';

// The account lifecycle end to end, as the console drives it: the links are read from the
// .eml files the server wrote under DATA_DIR/mail, exactly what a person would click.

const dataDir = mkdtempSync(join(tmpdir(), 'accounts-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const h = await startGraphqlApp(t, { DATA_DIR: dataDir, PUBLIC_BASE_URL: 'https://console.example.test', NOTIFY_POLL_INTERVAL: 100 });
const subs = watchSubscriptions(h.app);
const NEW_PASSWORD = 'quartz lantern meadow 71';

const me = (token: string) => h.client(token).query({ me: { role: true, user: { email: true } } });

/** A graphql-transport-ws socket subscribed to leadCaptured with a token. */
async function subscribe(t: { teardown(fn: () => unknown): void }, token: string) {
  const ws = new WebSocket(`${h.base.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  t.teardown(() => ws.close());
  const messages: Array<{ type: string; payload?: unknown }> = [];
  ws.on('message', (raw) => messages.push(JSON.parse(raw.toString())));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await waitUntil('ack', async () => messages.some((m) => m.type === 'connection_ack'), 3000);
  const attached = subs.attached();
  ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: generateSubscriptionOp({ leadCaptured: { leadId: true, lead: { name: true } } }) }));
  await attached;
  return messages;
}

t.test('forgot password: the e-mailed link resets it once, ends every other session and subscription', async (t) => {
  const biz = await h.business({ plan: 'BASIC', name: 'Reset Co' });
  const other = await h.client().mutation({ login: { __args: { email: biz.email, password: biz.password }, token: true } });
  const live = await subscribe(t, other.login.token);

  const anon = h.client();
  t.equal((await anon.mutation({ requestPasswordReset: { __args: { email: biz.email.toUpperCase() } } })).requestPasswordReset, true);
  t.equal((await anon.mutation({ requestPasswordReset: { __args: { email: 'nobody@nowhere.test' } } })).requestPasswordReset, true, 'an unknown address gets the same answer');
  const mail = await waitForMail(dataDir, biz.email, /Reset your password/);
  const { url, token } = linkIn(mail, 'reset-password');
  t.match(url, /^https:\/\/console\.example\.test\/admin\/reset-password\?token=/, 'the link opens the console page');
  t.match(String(mail.html), /href="https:\/\/console\.example\.test\/admin\/reset-password\?token=/);
  const stored = await h.db.selectFrom('account_tokens').select(['token_hash']).where('email', '=', biz.email).execute();
  t.ok(stored.length >= 1 && stored.every((r) => r.token_hash !== token && !r.token_hash.includes(token)), 'only a hash of the token is stored');
  t.notOk((await mailbox(dataDir)).some((m) => recipientOf(m) === 'nobody@nowhere.test'), 'nothing is sent for an unknown address');

  const weak = await errorOf(anon.mutation({ resetPassword: { __args: { token, newPassword: 'password1234' } , token: true } }));
  t.equal(weak.extensions.code, 'BAD_USER_INPUT', 'a common password is refused');
  t.equal(weak.extensions.field, 'newPassword');

  const reset = await anon.mutation({ resetPassword: { __args: { token, newPassword: NEW_PASSWORD }, token: true, userId: true } });
  t.equal(reset.resetPassword.userId, biz.userId, 'the weak attempt did not burn the link; the reset signs in');
  t.equal((await me(reset.resetPassword.token)).me.user?.email, biz.email);

  const reuse = await errorOf(anon.mutation({ resetPassword: { __args: { token, newPassword: 'another quartz meadow 72' }, token: true } }));
  t.equal(reuse.extensions.code, 'BAD_USER_INPUT', 'the link works once');
  t.equal(reuse.extensions.field, 'token');

  t.equal(await codeOf(me(other.login.token)), 'UNAUTHENTICATED', 'a session from before the reset is over');
  t.equal(await codeOf(me(biz.token)), 'UNAUTHENTICATED', 'so is the original token');
  const lead = await h.db.insertInto('leads').values({ business_id: biz.businessId, channel: 'CHAT', name: 'After reset' }).returning('id').executeTakeFirstOrThrow();
  h.app.deps.events.publish({ type: 'lead.created', businessId: biz.businessId, leadId: lead.id });
  await waitUntil('subscription completes', async () => live.some((m) => m.type === 'complete'), 3000);
  t.notOk(JSON.stringify(live).includes('After reset'), 'the open subscription got nothing after the reset');

  t.equal((await h.client().mutation({ login: { __args: { email: biz.email, password: NEW_PASSWORD }, token: true } })).login.token.length > 20, true, 'the new password signs in');
  t.equal(await codeOf(h.client().mutation({ login: { __args: { email: biz.email, password: biz.password }, token: true } })), 'UNAUTHENTICATED', 'the old one does not');
});

t.test('a reset link expires after an hour', async (t) => {
  const biz = await h.business({ plan: 'FREE', name: 'Expiry Co' });
  await h.client().mutation({ requestPasswordReset: { __args: { email: biz.email } } });
  const { token } = linkIn(await waitForMail(dataDir, biz.email, /Reset your password/), 'reset-password');
  const row = await h.db.selectFrom('account_tokens').select(['expires_at', 'created_at']).where('email', '=', biz.email).executeTakeFirstOrThrow();
  const ttl = row.expires_at.getTime() - row.created_at.getTime();
  t.ok(Math.abs(ttl - 3600_000) < 5000, `valid for one hour (${ttl} ms)`);
  await h.db.updateTable('account_tokens').set({ expires_at: new Date(Date.now() - 1000) }).where('email', '=', biz.email).execute();
  t.equal(await codeOf(h.client().mutation({ resetPassword: { __args: { token, newPassword: NEW_PASSWORD }, token: true } })), 'BAD_USER_INPUT', 'an expired link is refused');
  t.equal(await codeOf(h.client().mutation({ resetPassword: { __args: { token: 'x'.repeat(43), newPassword: NEW_PASSWORD }, token: true } })), 'BAD_USER_INPUT', 'a made-up token too');
});

t.test('changePassword: needs the current one, returns a new token, ends the other sessions', async (t) => {
  const biz = await h.business({ plan: 'BASIC', name: 'Change Co' });
  const other = await h.client().mutation({ login: { __args: { email: biz.email, password: biz.password }, token: true } });
  const live = await subscribe(t, other.login.token);
  const wrong = await errorOf(biz.gql.mutation({ changePassword: { __args: { currentPassword: 'not it at all', newPassword: NEW_PASSWORD }, token: true } }));
  t.equal(wrong.extensions.code, 'BAD_USER_INPUT');
  t.equal(wrong.extensions.field, 'currentPassword');
  t.equal(await codeOf(biz.gql.mutation({ changePassword: { __args: { currentPassword: biz.password, newPassword: 'qwertyuiop12' }, token: true } })), 'BAD_USER_INPUT', 'a keyboard pattern is refused');
  const changed = await biz.gql.mutation({ changePassword: { __args: { currentPassword: biz.password, newPassword: NEW_PASSWORD }, token: true } });
  t.equal((await me(changed.changePassword.token)).me.user?.email, biz.email, 'the returned token works');
  t.equal(await codeOf(me(other.login.token)), 'UNAUTHENTICATED', 'the other session ended');
  t.equal(await codeOf(me(biz.token)), 'UNAUTHENTICATED', 'the token that made the change is replaced too');
  const lead = await h.db.insertInto('leads').values({ business_id: biz.businessId, channel: 'CHAT', name: 'After change' }).returning('id').executeTakeFirstOrThrow();
  h.app.deps.events.publish({ type: 'lead.created', businessId: biz.businessId, leadId: lead.id });
  await waitUntil('subscription completes', async () => live.some((m) => m.type === 'complete'), 3000);
  t.notOk(JSON.stringify(live).includes('After change'));
});

t.test('invitations: the owner never picks the password; the invitee accepts from the e-mailed link', async (t) => {
  const owner = await h.business({ plan: 'PRO', name: 'Invite & Co' });
  const invited = await owner.gql.mutation({ inviteTeamMember: { __args: { input: { email: 'New.Member@example.test', name: 'Nia', role: 'MEMBER' } }, id: true, invitationPending: true, role: true } });
  t.equal(invited.inviteTeamMember.invitationPending, true);
  t.equal(await codeOf(h.client().mutation({ login: { __args: { email: 'new.member@example.test', password: 'anything at all 1' }, token: true } })), 'UNAUTHENTICATED', 'cannot sign in before accepting');
  const mail = await waitForMail(dataDir, 'new.member@example.test', /invited to Invite & Co/);
  t.match(mail.text ?? '', /member: can see leads/);
  const { token } = linkIn(mail, 'accept-invitation');
  const accepted = await h.client().mutation({ acceptInvitation: { __args: { token, password: NEW_PASSWORD, name: 'Nia Member' }, token: true, role: true } });
  t.equal(accepted.acceptInvitation.role, 'MEMBER');
  const member = h.client(accepted.acceptInvitation.token);
  t.equal((await member.query({ me: { user: { name: true, invitationPending: true } } })).me.user?.name, 'Nia Member');
  t.equal(await codeOf(member.mutation({ updateBusiness: { __args: { input: { name: 'Hijack' } }, id: true } })), 'FORBIDDEN', 'a member reads, never writes');
  t.equal(await codeOf(h.client().mutation({ acceptInvitation: { __args: { token, password: NEW_PASSWORD }, token: true } })), 'BAD_USER_INPUT', 'the invitation works once');

  // The old addTeamMember keeps working for existing clients, and is an invitation too.
  const legacy = await owner.gql.mutation({ addTeamMember: { __args: { input: { email: 'legacy@example.test', role: 'ADMIN', password: 'owner chosen password' } }, id: true, invitationPending: true } });
  t.equal(legacy.addTeamMember.invitationPending, true);
  t.equal(await codeOf(h.client().mutation({ login: { __args: { email: 'legacy@example.test', password: 'owner chosen password' }, token: true } })), 'UNAUTHENTICATED', 'the password an owner typed is not the member\'s');
  const first = linkIn(await waitForMail(dataDir, 'legacy@example.test', /invited/), 'accept-invitation');
  await owner.gql.mutation({ resendInvitation: { __args: { userId: legacy.addTeamMember.id }, id: true } });
  const both = (await waitForMails(dataDir, 'legacy@example.test', /invited/, 2)).map((m) => linkIn(m, 'accept-invitation'));
  const second = both.find((l) => l.token !== first.token)!;
  t.ok(second, 'the resent invitation carries a new link');
  t.equal(await codeOf(h.client().mutation({ acceptInvitation: { __args: { token: first.token, password: NEW_PASSWORD }, token: true } })), 'BAD_USER_INPUT', 'a resent invitation replaces the first link');
  t.equal(await codeOf(h.client().mutation({ acceptInvitation: { __args: { token: second.token, password: NEW_PASSWORD }, token: true } })), 'OK');

  const other = await h.business({ plan: 'PRO', name: 'Other' });
  t.equal(await codeOf(other.gql.mutation({ resendInvitation: { __args: { userId: legacy.addTeamMember.id }, id: true } })), 'NOT_FOUND', "another tenant's member is not found");
});

t.test('notification e-mail verification: lead e-mails go to the login e-mail until the link is opened', async (t) => {
  const owner = await h.business({ plan: 'BASIC', name: 'Verify Co' });
  await owner.gql.mutation({ updateNotificationSettings: { __args: { input: { notificationEmail: 'alerts@verify.example.test' } }, id: true } });
  const before = await owner.gql.query({ business: { notificationEmailVerified: true, leadEmailRecipient: true } });
  t.same(before.business, { notificationEmailVerified: false, leadEmailRecipient: owner.email }, 'unverified: leads go to the login e-mail');
  t.equal((await owner.gql.mutation({ resendVerificationEmail: true })).resendVerificationEmail, true);
  const mail = await waitForMail(dataDir, 'alerts@verify.example.test', /Confirm this address/);
  const { token } = linkIn(mail, 'verify-email');
  t.equal((await h.client().mutation({ verifyNotificationEmail: { __args: { token } } })).verifyNotificationEmail, 'alerts@verify.example.test');
  const after = await owner.gql.query({ business: { notificationEmailVerified: true, leadEmailRecipient: true } });
  t.same(after.business, { notificationEmailVerified: true, leadEmailRecipient: 'alerts@verify.example.test' });
  t.equal(await codeOf(h.client().mutation({ verifyNotificationEmail: { __args: { token } } })), 'BAD_USER_INPUT', 'the link works once');
  await owner.gql.mutation({ updateNotificationSettings: { __args: { input: { notificationEmail: 'elsewhere@verify.example.test' } }, id: true } });
  t.same((await owner.gql.query({ business: { notificationEmailVerified: true } })).business, { notificationEmailVerified: false }, 'a new address must be verified again');
});
