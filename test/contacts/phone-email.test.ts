import t from 'tap';
import { businessCountry, extractEmail, extractListedPhone, extractPhone, isEmail, normalizeEmail, normalizePhone } from '../../src/contacts/index.js';

// The one phone and e-mail module: libphonenumber-js decides what a valid number is.

t.test('phones: E.164, the business country as default region, invalid numbers rejected', async (t) => {
  t.equal(normalizePhone('(415) 555-2671'), '+14155552671', 'US by default');
  t.equal(normalizePhone('415.555.2671'), '+14155552671');
  t.equal(normalizePhone('+44 20 7946 0958'), '+442079460958', 'an international number keeps its country');
  t.equal(normalizePhone('0044 20 7946 0958'), '+442079460958', '00 as the international prefix');
  t.equal(normalizePhone('020 7946 0958', 'GB'), '+442079460958', "a local number read in the business's country");
  t.equal(normalizePhone('020 7946 0958', 'US'), null, 'the same digits are no US number');
  t.equal(normalizePhone('555-0142'), null, '"555-0142" is not stored as +5550142');
  t.equal(normalizePhone('(555) 123-4567'), null, '555 is not an area code in service');
  t.equal(normalizePhone('12345'), null);
  t.equal(normalizePhone('call me'), null);
  t.equal(normalizePhone(''), null);
});

t.test('phones in free text; lookups accept numbers already on file', async (t) => {
  t.equal(extractPhone("I'm Ann, call me on 415 555 2671 after 5"), '+14155552671');
  t.equal(extractPhone('it happened on 2026-12-01 at 10:30'), null, 'a date is not a phone number');
  t.equal(extractPhone('my number is 555-0142'), null);
  t.equal(extractPhone('my phone is (555) 555-0123'), null, 'fictional numbers are not stored...');
  t.equal(extractPhone('my phone is (555) 555-0123', 'US', { lookup: true }), '+15555550123', '...but can be looked up');
  t.equal(extractListedPhone('Our 24/7 emergency line is (555) 010-9999.'), '(555) 010-9999', "the business's own listed number, as written");
});

t.test("the business's country: its own number first, then its timezone, then the US", async (t) => {
  t.equal(businessCountry({ phone_number: '+442079460958', timezone: 'America/New_York' }), 'GB');
  t.equal(businessCountry({ phone_number: null, twilio_number: null, timezone: 'Europe/London' }), 'GB');
  t.equal(businessCountry({ timezone: 'America/Toronto' }), 'CA');
  t.equal(businessCountry({ timezone: 'UTC' }), 'US');
});

t.test('e-mail: one shape check', async (t) => {
  t.equal(normalizeEmail('  Ann.Lee@Example.COM '), 'ann.lee@example.com');
  t.ok(isEmail('a+tag@sub.example.co.uk'));
  for (const bad of ['ann at example dot com', 'nope@', '@example.com', 'a b@example.com', 'ann@example', 'x'.repeat(65) + '@example.com']) t.notOk(isEmail(bad), bad);
  t.equal(extractEmail('reach me on Bob@Test.io or call'), 'bob@test.io');
  t.equal(extractEmail('skip'), null);
});
