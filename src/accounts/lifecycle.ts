import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../auth/actor.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import type { AuthService, LoginResult } from '../auth/service.js';
import type { Encryptor } from '../crypto/encryption.js';
import type { AccountTokenPurpose, Database, Role, User } from '../db/schema.js';
import { isUuid } from '../db/ids.js';
import { AppError, badInput, forbidden, notFound } from '../errors.js';
import { NOTIFICATION_KINDS, idempotencyKey } from '../notify/kinds.js';
import { cheapestPlanAllowing, limit } from '../plans/index.js';
import type { SessionStore } from '../sessions/index.js';
import { checkPassword } from '../auth/password.js';
import { cleanEmail, emailKey } from '../contacts/index.js';
import { cleanText } from '../validate.js';
import { countUsers } from './team.js';
import { accountLink, type AccountLinkKind } from './links.js';
import { consumeAccountToken, issueAccountToken, revokeAccountTokens } from './tokens.js';
import { accountExists } from './account-exists.js';

// The account lifecycle: change and reset passwords, invite team members, verify the
// notification e-mail. Every e-mail is an outbox row written in the same transaction as its
// token (the notify worker sends it); a password change or reset raises the user's token
// version, which ends every session issued before it (src/auth checks it on each request and
// on live subscriptions).

type Db = Kysely<Database> | Transaction<Database>;

export interface AccountLifecycleDeps {
  db: Kysely<Database>;
  auth: AuthService;
  sessions: SessionStore;
  encryptor: Encryptor;
  now: () => number;
  /** Wakes the outbox worker after a commit that wrote an e-mail. */
  wakeOutbox: () => void;
  /** The public origin e-mailed links point at. */
  base: string;
}

export const RESET_REQUESTS_PER_IP_PER_HOUR = 10;
export const RESET_EMAILS_PER_ADDRESS_PER_HOUR = 3;
export const VERIFICATION_EMAILS_PER_HOUR = 5;
export const INVITATION_EMAILS_PER_HOUR = 20;
const CHANGE_ATTEMPTS_PER_15_MIN = 10;

const INVALID_LINK = 'This link is invalid or has expired; ask for a new one';
/** An unusable hash: an invited user cannot sign in before choosing a password. */
const NO_PASSWORD = '!invited';

export function createAccountLifecycle(deps: AccountLifecycleDeps) {
  const { db, auth, sessions, encryptor } = deps;
  const nowDate = () => new Date(deps.now());

  async function enqueueLinkEmail(
    trx: Db,
    kind: string,
    input: { businessId: string; tokenId: string; token: string; to: string; extra?: Record<string, unknown> },
  ): Promise<void> {
    await trx
      .insertInto('notifications')
      .values({
        business_id: input.businessId,
        kind,
        recipient: input.to,
        // The link's token travels encrypted (ENCRYPTION_KEY): the database holds no usable link.
        payload: JSON.stringify({ tokenId: input.tokenId, token: encryptor.encrypt(input.token), ...input.extra }),
        idempotency_key: idempotencyKey(`account:${input.tokenId}`, kind, input.to),
      })
      .execute();
  }

  async function rateLimit(key: string, max: number, windowMs: number, message: string): Promise<void> {
    const hit = await sessions.hit(key, max, windowMs);
    if (!hit.allowed) throw new AppError('RATE_LIMITED', message, { retryAfterSec: Math.ceil(hit.resetMs / 1000) });
  }

  /** Sets a new password and ends every earlier session; returns a fresh login for this one. */
  async function setPassword(trx: Db, user: Pick<User, 'id' | 'business_id' | 'role'>, password: string, extra: { name?: string | null } = {}): Promise<LoginResult> {
    const passwordHash = await hashPassword(password);
    const updated = await trx
      .updateTable('users')
      .set((eb) => ({
        password_hash: passwordHash,
        token_version: eb('token_version', '+', 1),
        invitation_pending: false,
        updated_at: nowDate(),
        ...(extra.name !== undefined ? { name: extra.name } : {}),
      }))
      .where('id', '=', user.id)
      .where('business_id', '=', user.business_id)
      .returning(['id', 'business_id', 'role', 'token_version'])
      .executeTakeFirstOrThrow();
    await revokeAccountTokens(trx, user.id, 'PASSWORD_RESET', nowDate());
    return { token: auth.issueToken(updated), userId: updated.id, businessId: updated.business_id, role: updated.role };
  }

  return {
    /** The signed-in user changes their password; every other session of theirs ends. */
    async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<LoginResult> {
      if (!actor.userId) throw forbidden('API keys have no password; sign in as a person to change it');
      await rateLimit(`password-change:${actor.userId}`, CHANGE_ATTEMPTS_PER_15_MIN, 15 * 60_000, 'Too many attempts; try again later');
      const user = await db.selectFrom('users').selectAll().where('id', '=', actor.userId).where('business_id', '=', actor.businessId).executeTakeFirst();
      if (!user) throw notFound('User');
      if (typeof currentPassword !== 'string' || currentPassword.length > 200 || !(await verifyPassword(currentPassword, user.password_hash))) {
        throw badInput('The current password is not correct', { field: 'currentPassword' });
      }
      if (newPassword === currentPassword) throw badInput('Choose a password different from the current one', { field: 'newPassword' });
      checkPassword(newPassword, [user.email, user.name], 'newPassword');
      return db.transaction().execute((trx) => setPassword(trx, user, newPassword));
    },

    /**
     * Sends a reset link when the address has an account. The answer never says whether it
     * has: same result, and the same work (one database read) either way.
     */
    async requestPasswordReset(email: string, ip: string): Promise<void> {
      await rateLimit(`password-reset:ip:${ip}`, RESET_REQUESTS_PER_IP_PER_HOUR, 3600_000, 'Too many requests from this address; try again later');
      const normalized = typeof email === 'string' ? emailKey(email) : '';
      if (!normalized || normalized.length > 320) return;
      const user = await db
        .selectFrom('users')
        .select(['id', 'business_id', 'email', 'invitation_pending'])
        .where((eb) => eb(eb.fn('lower', ['email']), '=', normalized))
        .executeTakeFirst();
      if (!user || user.invitation_pending) return;
      // Per address: a stranger cannot flood someone's inbox with reset e-mails (silently).
      const perAddress = await sessions.hit(`password-reset:to:${normalized}`, RESET_EMAILS_PER_ADDRESS_PER_HOUR, 3600_000);
      if (!perAddress.allowed) return;
      await db.transaction().execute(async (trx) => {
        const issued = await issueAccountToken(trx, { purpose: 'PASSWORD_RESET', businessId: user.business_id, userId: user.id, email: user.email, now: nowDate() });
        await enqueueLinkEmail(trx, NOTIFICATION_KINDS.PASSWORD_RESET_EMAIL, { businessId: user.business_id, tokenId: issued.id, token: issued.token, to: user.email });
      });
      deps.wakeOutbox();
    },

    /** The operator's reset (`npm run admin -- reset-password`): a link printed, not e-mailed. */
    async createPasswordResetLink(email: string): Promise<{ url: string; expiresAt: Date } | null> {
      const normalized = emailKey(email);
      const user = await db.selectFrom('users').select(['id', 'business_id', 'email']).where((eb) => eb(eb.fn('lower', ['email']), '=', normalized)).executeTakeFirst();
      if (!user) return null;
      const issued = await issueAccountToken(db, { purpose: 'PASSWORD_RESET', businessId: user.business_id, userId: user.id, email: user.email, now: nowDate() });
      return { url: accountLink(deps.base, 'reset-password', issued.token), expiresAt: issued.expiresAt };
    },

    /** Uses a reset link: new password, every session ended, signed in. */
    async resetPassword(token: string, newPassword: string): Promise<LoginResult> {
      return db.transaction().execute(async (trx) => {
        const row = await consumeAccountToken(trx, 'PASSWORD_RESET', token, nowDate());
        if (!row?.user_id) throw badInput(INVALID_LINK, { field: 'token' });
        const user = await trx.selectFrom('users').selectAll().where('id', '=', row.user_id).where('business_id', '=', row.business_id).executeTakeFirst();
        // The account's e-mail changed since the link was sent: the link was for another address.
        if (!user || emailKey(user.email) !== emailKey(row.email)) throw badInput(INVALID_LINK, { field: 'token' });
        // A refused password rolls the transaction back, so the link still works for a better one.
        checkPassword(newPassword, [user.email, user.name], 'newPassword');
        return setPassword(trx, user, newPassword);
      });
    },

    /** Adds a team member who sets their own password through the e-mailed invitation. */
    async inviteMember(actor: Actor, input: { email: string; name?: string | null; role: Role }): Promise<User> {
      if (input.role === 'OWNER') throw badInput('A business has one owner');
      const email = cleanEmail(input.email, 'E-mail');
      const name = input.name ? cleanText(input.name, 'Name', 200) : null;
      const max = limit(actor.plan, 'teamMembers');
      const count = await countUsers(db, actor.businessId);
      if (count >= max) {
        const plan = cheapestPlanAllowing('teamMembers', count + 1);
        throw new AppError('PLAN_UPGRADE_REQUIRED', `Your plan allows ${max} users${plan ? `; the ${plan} plan allows more` : ''}`, { limit: 'teamMembers', requiredPlan: plan });
      }
      await rateLimit(`invitations:${actor.businessId}`, INVITATION_EMAILS_PER_HOUR, 3600_000, 'Too many invitations sent; try again later');
      let user: User;
      try {
        user = await db.transaction().execute(async (trx) => {
          const created = await trx
            .insertInto('users')
            .values({ business_id: actor.businessId, email, name, role: input.role, password_hash: NO_PASSWORD, invitation_pending: true })
            .returningAll()
            .executeTakeFirstOrThrow();
          await sendInvitation(trx, actor, created);
          return created;
        });
      } catch (err) {
        // The answer must not tell whether the address has an account; its holder is told by e-mail.
        if ((err as { code?: string })?.code === '23505') throw await accountExists(db, email, 'team');
        throw err;
      }
      deps.wakeOutbox();
      return user;
    },

    /** A new invitation link for a member who has not accepted yet (the old link dies). */
    async resendInvitation(actor: Actor, userId: string): Promise<User> {
      if (!isUuid(userId)) throw notFound('User');
      const user = await db.selectFrom('users').selectAll().where('id', '=', userId).where('business_id', '=', actor.businessId).executeTakeFirst();
      if (!user) throw notFound('User');
      if (!user.invitation_pending) throw badInput('This member already accepted the invitation');
      await rateLimit(`invitations:${actor.businessId}`, INVITATION_EMAILS_PER_HOUR, 3600_000, 'Too many invitations sent; try again later');
      await db.transaction().execute((trx) => sendInvitation(trx, actor, user));
      deps.wakeOutbox();
      return user;
    },

    /** The invitee chooses their password (and name); signed in. */
    async acceptInvitation(token: string, password: string, name?: string | null): Promise<LoginResult> {
      return db.transaction().execute(async (trx) => {
        const row = await consumeAccountToken(trx, 'INVITATION', token, nowDate());
        if (!row?.user_id) throw badInput(INVALID_LINK, { field: 'token' });
        const user = await trx.selectFrom('users').selectAll().where('id', '=', row.user_id).where('business_id', '=', row.business_id).executeTakeFirst();
        if (!user || !user.invitation_pending) throw badInput(INVALID_LINK, { field: 'token' });
        const cleanName = name ? cleanText(name, 'Name', 200) : undefined;
        checkPassword(password, [user.email, cleanName ?? user.name], 'password');
        return setPassword(trx, user, password, cleanName !== undefined ? { name: cleanName } : {});
      });
    },

    /** E-mails a verification link to the business's current notification e-mail. */
    async sendNotificationEmailVerification(actor: Actor): Promise<string> {
      const business = await db.selectFrom('businesses').select(['id', 'notification_email']).where('id', '=', actor.businessId).executeTakeFirstOrThrow();
      if (!business.notification_email) throw badInput('Set a notification e-mail first', { field: 'notificationEmail' });
      await rateLimit(`verify-email:${actor.businessId}`, VERIFICATION_EMAILS_PER_HOUR, 3600_000, 'Too many verification e-mails; try again later');
      const to = business.notification_email;
      await db.transaction().execute(async (trx) => {
        const issued = await issueAccountToken(trx, { purpose: 'EMAIL_VERIFICATION', businessId: business.id, userId: null, email: to, now: nowDate() });
        await enqueueLinkEmail(trx, NOTIFICATION_KINDS.VERIFY_EMAIL, { businessId: business.id, tokenId: issued.id, token: issued.token, to });
      });
      deps.wakeOutbox();
      return to;
    },

    /** The link in the verification e-mail: the address is proven; lead e-mails go there from now on. */
    async verifyNotificationEmail(token: string): Promise<string> {
      return db.transaction().execute(async (trx) => {
        const row = await consumeAccountToken(trx, 'EMAIL_VERIFICATION', token, nowDate());
        if (!row) throw badInput(INVALID_LINK, { field: 'token' });
        const business = await trx.selectFrom('businesses').select(['id', 'notification_email']).where('id', '=', row.business_id).executeTakeFirst();
        if (!business?.notification_email || emailKey(business.notification_email) !== emailKey(row.email)) {
          throw badInput('The notification e-mail changed after this link was sent; verify the new address', { field: 'token' });
        }
        await trx.updateTable('businesses').set({ verified_notification_email: row.email, updated_at: nowDate() }).where('id', '=', business.id).execute();
        return row.email;
      });
    },
  };

  async function sendInvitation(trx: Db, actor: Actor, user: User): Promise<void> {
    const inviter = actor.userId ? await trx.selectFrom('users').select(['name', 'email']).where('id', '=', actor.userId).executeTakeFirst() : undefined;
    const issued = await issueAccountToken(trx, { purpose: 'INVITATION', businessId: actor.businessId, userId: user.id, email: user.email, now: nowDate() });
    await enqueueLinkEmail(trx, NOTIFICATION_KINDS.INVITATION_EMAIL, {
      businessId: actor.businessId,
      tokenId: issued.id,
      token: issued.token,
      to: user.email,
      extra: { invitedBy: inviter?.name || inviter?.email || null, role: user.role },
    });
  }
}

export type AccountLifecycle = ReturnType<typeof createAccountLifecycle>;
export type { AccountTokenPurpose, AccountLinkKind };
