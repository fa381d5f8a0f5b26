import t from 'tap';
import { startGraphqlApp } from '../graphql/harness.js';
import { captureLead } from '../notify/helpers.js';

// M4: the notification e-mail was never verified, so every lead mailed whatever address was
// typed. Owner lead e-mails now go only to a verified address, else to the owner's login e-mail.

const h = await startGraphqlApp(t);

const ownerRecipients = async (businessId: string) =>
  (await h.db.selectFrom('notifications').select('recipient').where('business_id', '=', businessId).where('kind', '=', 'email.lead_owner').execute()).map((r) => r.recipient);

t.test('an unverified notification e-mail gets no lead; the login e-mail does, until it is verified', async (t) => {
  const biz = await h.business({ plan: 'BASIC', name: 'M4 Co' });
  await biz.gql.mutation({ updateNotificationSettings: { __args: { input: { notificationEmail: 'victim@elsewhere.test' } }, id: true } });
  await captureLead(h.app, { business_id: biz.businessId, name: 'First', issue: 'Leak' });
  t.same(await ownerRecipients(biz.businessId), [biz.email], "the lead e-mail went to the owner's login e-mail, not the unproven address");

  await h.db.updateTable('businesses').set({ verified_notification_email: 'Victim@Elsewhere.test' }).where('id', '=', biz.businessId).execute();
  await captureLead(h.app, { business_id: biz.businessId, name: 'Second', issue: 'Leak' });
  t.same((await ownerRecipients(biz.businessId)).sort(), [biz.email, 'victim@elsewhere.test'].sort(), 'once verified, leads go to it');
  t.equal((await biz.gql.query({ business: { notificationEmailVerified: true } })).business.notificationEmailVerified, true);
});
