import t from 'tap';
import { errorOf, startGraphqlApp } from './harness.js';

// Owners type their own numbers the way they are written at home ("612 555 0199"), not in E.164.
// Every setting that takes a number reads one without its country code in the business's country
// (contacts/businessCountry: its numbers, else its time zone) and stores E.164; a number that is
// not possible there is refused with a message that says so (found signing up a Minneapolis bike
// shop in the console: "612 555 0199" as its public phone was refused and the profile not saved).

const h = await startGraphqlApp(t);

t.test('a US business: public, notification, escalation, transfer and client numbers typed locally', async (t) => {
  const owner = await h.business({ plan: 'PRO', name: 'Northside Bike Repair' });
  const b = await owner.gql.mutation({ updateBusiness: { __args: { input: { timezone: 'America/Chicago', phoneNumber: '612 555 0199' } }, phoneNumber: true } });
  t.equal(b.updateBusiness.phoneNumber, '+16125550199', 'the public phone, saved with the time zone that says where the business is');
  const n = await owner.gql.mutation({
    updateNotificationSettings: { __args: { input: { notificationPhoneNumber: '(612) 555-0142', escalationContacts: ['612-867-5309', '+44 20 7946 0958'] } }, notificationSettings: { notificationPhoneNumber: true, escalationContacts: true } },
  });
  t.same(n.updateNotificationSettings.notificationSettings, { notificationPhoneNumber: '+16125550142', escalationContacts: ['+16128675309', '+442079460958'] }, 'local and international numbers side by side');
  const tr = await owner.gql.mutation({ setCallTransfer: { __args: { numbers: ['612 867 5309'] }, numbers: true } });
  t.same(tr.setCallTransfer.numbers, ['+16128675309']);
  const c = await owner.gql.mutation({ createClient: { __args: { input: { name: 'Ann Lee', phone: '612.555.0177' } }, phone: true } });
  t.equal(c.createClient.phone, '+16125550177');

  const short = await errorOf(owner.gql.mutation({ updateBusiness: { __args: { input: { phoneNumber: '555-0199' } }, id: true } }));
  t.equal(short.extensions.code, 'BAD_USER_INPUT');
  t.equal(short.message, 'Phone number is not a possible phone number in US: check the digits, or write it with its country code, e.g. +15555550123');
  const kept = await owner.gql.query({ business: { phoneNumber: true } });
  t.equal(kept.business.phoneNumber, '+16125550199', 'a refused number does not overwrite the saved one');
});

t.test("a London business reads the same digits as a UK number", async (t) => {
  const owner = await h.business({ name: 'Camden Cycles' });
  const b = await owner.gql.mutation({ updateBusiness: { __args: { input: { timezone: 'Europe/London', phoneNumber: '020 7946 0958' } }, phoneNumber: true } });
  t.equal(b.updateBusiness.phoneNumber, '+442079460958');
  const n = await owner.gql.mutation({ updateNotificationSettings: { __args: { input: { notificationPhoneNumber: '07700 900123' } }, notificationSettings: { notificationPhoneNumber: true } } });
  t.equal(n.updateNotificationSettings.notificationSettings.notificationPhoneNumber, '+447700900123');
  const us = await errorOf(owner.gql.mutation({ updateNotificationSettings: { __args: { input: { notificationPhoneNumber: '612 555 01' } }, id: true } }));
  t.match(us.message, /not a possible phone number in GB/);
});
