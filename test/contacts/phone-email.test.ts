import t from 'tap';
import { businessCountry, callerNumber, extractEmail, extractListedPhone, extractPhone, isEmail, normalizeEmail, normalizeInternational, normalizePhone, saidEmail, spokenDigits, spokenEmail, withoutEmails } from '../../src/contacts/index.js';
import { spellPhone } from '../../src/contacts/phone-display.js';
import { validateAnswer } from '../../src/agent/validate.js';

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

t.test('numbers we are given (caller ID, settings, config): written with a country code, a possible length', async (t) => {
  const cases: Array<[string | null, string | null, string]> = [
    ['+1 555-555-0123', '+15555550123', 'a fictional number keeps its shape (test and demo numbers)'],
    ['+44 (20) 7946-0958', '+442079460958', 'spaces, dashes and brackets removed'],
    ['+15550002002', '+15550002002', 'already E.164'],
    ['(555) 555-0123', null, 'no country code'],
    ['+1 (555) 555-01234', null, 'one digit too many for the country'],
    ['+1-555-0100', null, 'too short'],
    ['+266696687', null, "Twilio's 'anonymous' caller ID"],
    ['', null, 'empty'],
    [null, null, 'missing'],
  ];
  for (const [raw, want, why] of cases) t.equal(normalizeInternational(raw), want, why);
  t.equal(callerNumber('+15557771234'), '+15557771234', 'the carrier-reported number is kept');
  t.equal(callerNumber('(415) 555-2671'), '+14155552671', 'a local caller ID is read in the country');
  t.equal(callerNumber('020 7946 0958', 'GB'), '+442079460958');
  t.equal(callerNumber('anonymous'), null);
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
  t.equal(withoutEmails('write to Bob@Test.io or ann@x.co.uk please'), 'write to  or  please');
});

t.test('phone numbers spelled out for text-to-speech', async (t) => {
  t.equal(spellPhone('+1 (555) 555-0123'), '+ 1 5 5 5 5 5 5 0 1 2 3');
});

t.test('a number written into a sentence reads as people in the business country read it', async (t) => {
  const { phoneInText } = await import('../../src/contacts/phone-display.js');
  t.equal(phoneInText('+14155552671', 'US'), '(415) 555-2671', 'at home: national format');
  t.equal(phoneInText('+442079460958', 'US'), '+44 20 7946 0958', 'from abroad: international');
  t.equal(phoneInText('+442079460958', 'GB'), '020 7946 0958');
  t.equal(phoneInText('not a number', 'US'), 'not a number', 'anything else is left as it was');
});

// QA (a simulated call): the caller said their e-mail address and was asked to "type it".
t.test('an e-mail address said aloud, as speech recognition writes it, reads as the address; other "at ... dot" talk does not', async (t) => {
  const cases: Array<[string, string | null]> = [
    ['pat dot kim at gmail dot com', 'pat.kim@gmail.com'],
    ["it's jen underscore lee at outlook dot co dot uk", 'jen_lee@outlook.co.uk'],
    ['my email is Sam Rivera at Yahoo dot com', 'samrivera@yahoo.com'],
    ['bo dash li at my-company dot net.', 'bo-li@my-company.net'],
    ['pat at gmail', null],
    ["i'm at home dot", null],
    ['we are at the shop all day', null],
  ];
  for (const [said, expected] of cases) t.equal(spokenEmail(said), expected, said);
  t.same(validateAnswer('EMAIL', 'EMAIL', 'pat dot kim at gmail dot com'), { ok: true, value: 'pat.kim@gmail.com' }, 'the e-mail question takes it');
  t.notMatch((validateAnswer('EMAIL', 'EMAIL', 'pat at gmail') as { message: string }).message, /type/, 'never "type it" (a caller cannot)');
});

t.test('saidEmail: written or said aloud, one owner for both', async (t) => {
  t.equal(saidEmail('its jane@example.com thanks'), 'jane@example.com');
  t.equal(saidEmail('my email is jane at example dot com'), 'jane@example.com');
  t.equal(saidEmail('we are at the shop all day'), null);
});

// QA (a simulated call): "five five five two one two ..." said for the address was stored as the address.
t.test('digits said one by one read as a number; short runs of number words do not', async (t) => {
  t.equal(spokenDigits('five five five two one two three four five six seven').trim(), '55521234567');
  t.equal(spokenDigits('my number is four one five, five five five, oh one two three').trim(), 'my number is 4155550123');
  t.equal(spokenDigits('two three bedroom house'), 'two three bedroom house');
  t.equal(spokenDigits('one two three four five six'), 'one two three four five six', 'six words are not a number');
  t.equal(extractPhone('my number is four one five, five five five, oh one two three', 'US'), '+14155550123');
  t.same(validateAnswer('PHONE', 'PHONE', 'four one five five five five oh one two three', { country: 'US' }), { ok: true, value: '+14155550123' });
  const address = validateAnswer('TEXT', 'ADDRESS', 'five five five two one two three four five six seven');
  t.equal(address.ok, false, 'not an address');
  t.match((address as { message: string }).message, /phone number rather than the address/);
});
