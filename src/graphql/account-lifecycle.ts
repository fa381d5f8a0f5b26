import type { User } from '../db/schema.js';
import { leadEmailRecipient, verifiedNotificationEmail } from '../notify/lead-notifications.js';
import { passwordPolicy } from '../auth/password-policy.js';
import { AuthPayloadRef, TeamRoleEnum } from './account.js';
import { builder } from './builder.js';
import { BusinessRef } from './business.js';
import { UserRef } from './me.js';

// The account lifecycle (src/accounts/lifecycle.ts): passwords changed and reset, team
// invitations, the notification e-mail proven by a link. E-mailed links open the console's
// /admin/reset-password, /admin/accept-invitation and /admin/verify-email pages, which call
// the public mutations below with the link's token.

builder.mutationField('changePassword', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AuthPayloadRef,
    description: 'Changes your password. Every other session of yours ends (other tokens, live subscriptions); use the returned token from now on',
    args: { currentPassword: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.accounts.changePassword(ctx.actor, args.currentPassword, args.newPassword),
  }),
);

builder.mutationField('requestPasswordReset', (t) =>
  t.field({
    type: 'Boolean',
    description: 'E-mails a password reset link (valid 1 hour, single use) if the address has an account. Always true: the answer never tells whether it has',
    args: { email: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await ctx.services.accounts.requestPasswordReset(args.email, ctx.ip);
      return true;
    },
  }),
);

builder.mutationField('resetPassword', (t) =>
  t.field({
    type: AuthPayloadRef,
    description: 'Sets a new password with the token from a reset link, ends every session of that user and signs in',
    args: { token: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.accounts.resetPassword(args.token, args.newPassword),
  }),
);

const PasswordCheckRef = builder.objectRef<{ ok: boolean; score: number; message: string | null }>('PasswordCheck').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'Whether the server would accept it' }),
    score: t.exposeInt('score', { description: 'Guessability from 0 (trivial) to 4 (strong); 3 is required' }),
    message: t.exposeString('message', { nullable: true, description: 'Why it would be refused' }),
  }),
});

builder.queryField('passwordStrength', (t) =>
  t.field({
    type: PasswordCheckRef,
    description: 'How the password rule judges a password (for a live strength meter); nothing is stored',
    args: { password: t.arg.string({ required: true }), email: t.arg.string({ description: 'The account e-mail: a password built from it is weak' }) },
    resolve: (_root, args) => passwordPolicy().check(args.password.slice(0, 500), [args.email ?? null]),
  }),
);

const InviteTeamMemberInput = builder.inputType('InviteTeamMemberInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string(),
    role: t.field({ type: TeamRoleEnum, required: true }),
  }),
});

builder.mutationField('inviteTeamMember', (t) =>
  t.withAuth({ owner: true }).field({
    type: UserRef,
    description: 'Adds a team member who gets an e-mailed invitation (valid 7 days) and chooses their own password',
    args: { input: t.arg({ type: InviteTeamMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.accounts.inviteMember(ctx.actor, input),
  }),
);

builder.mutationField('resendInvitation', (t) =>
  t.withAuth({ owner: true }).field({
    type: UserRef,
    description: 'E-mails a new invitation link to a member who has not accepted yet; the earlier link stops working',
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.accounts.resendInvitation(ctx.actor, String(args.userId)),
  }),
);

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: AuthPayloadRef,
    description: 'Accepts an invitation with the token from its link: chooses the password (and name) and signs in',
    args: { token: t.arg.string({ required: true }), password: t.arg.string({ required: true }), name: t.arg.string() },
    resolve: (_root, args, ctx) => ctx.services.accounts.acceptInvitation(args.token, args.password, args.name),
  }),
);

builder.objectField(UserRef, 'invitationPending', (t) =>
  t.boolean({ description: 'Invited and not accepted yet: cannot sign in', resolve: (u: User) => u.invitation_pending }),
);

builder.mutationField('resendVerificationEmail', (t) =>
  t.withAuth({ writer: true }).field({
    type: 'Boolean',
    description: 'E-mails a link (valid 24 hours) to the notification e-mail; lead e-mails go there once it is opened',
    resolve: async (_root, _args, ctx) => {
      await ctx.services.accounts.sendNotificationEmailVerification(ctx.actor);
      return true;
    },
  }),
);

builder.mutationField('verifyNotificationEmail', (t) =>
  t.field({
    type: 'String',
    description: 'Verifies the notification e-mail with the token from its link (no sign-in needed: the token is the proof); returns the address',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.accounts.verifyNotificationEmail(args.token),
  }),
);

builder.objectField(BusinessRef, 'notificationEmailVerified', (t) =>
  t.boolean({
    description: 'Whether the notification e-mail was verified through its link (lead e-mails go to it only then)',
    resolve: (b) => verifiedNotificationEmail(b) !== null,
  }),
);

builder.objectField(BusinessRef, 'leadEmailRecipient', (t) =>
  t.string({
    nullable: true,
    description: "Where lead e-mails go now: the verified notification e-mail, else the owner's login e-mail",
    resolve: (b, _args, ctx) => leadEmailRecipient(ctx.deps.db, b.id),
  }),
);
