import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startTwilioRestFake } from '../helpers/twilio-rest-fake.js';
import { twilioSignature } from '../../src/twilio/signature.js';
import { assignNumberCommand } from '../../src/twilio/numbers-cli.js';

// Phone numbers through GraphQL against the Twilio REST fake (the real twilio client):
// search, buy, connect, release, the voice URL Twilio is given, uniqueness across businesses,
// the operator's assignment, and "not configured". Then calls reach the right business.

const PUBLIC = 'https://phone.example.test';
const ADMIN_TOKEN = 'platform-admin-token-for-numbers-test-000';
const rest = await startTwilioRestFake(t);
const { app, database } = await buildTestApp(t, {
  config: {
    TWILIO_ACCOUNT_SID: rest.accountSid,
    TWILIO_AUTH_TOKEN: rest.authToken,
    TWILIO_API_BASE_URL: rest.url,
    PUBLIC_BASE_URL: PUBLIC,
    PLATFORM_ADMIN_TOKEN: ADMIN_TOKEN,
  },
});
const { db } = app.deps;

interface GqlResult {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}
async function gql(token: string, query: string, variables: Record<string, unknown> = {}, target = app): Promise<GqlResult> {
  const res = await target.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${token}` }, payload: { query, variables } });
  return res.json() as GqlResult;
}
const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code ?? 'OK';

const BUSINESS_FIELDS = 'id twilioNumber phoneNumberSource';
const PROVISION = `mutation($n: String!) { provisionPhoneNumber(phoneNumber: $n) { ${BUSINESS_FIELDS} } }`;
const CONNECT = `mutation($n: String!) { connectPhoneNumber(phoneNumber: $n) { ${BUSINESS_FIELDS} } }`;
const RELEASE = `mutation { releasePhoneNumber { ${BUSINESS_FIELDS} } }`;
const ASSIGN = `mutation($b: ID!, $n: String) { assignPhoneNumber(businessId: $b, phoneNumber: $n) { ${BUSINESS_FIELDS} } }`;
const SEARCH = `query($a: String, $c: String, $country: String) { availablePhoneNumbers(areaCode: $a, contains: $c, country: $country) { phoneNumber friendlyName locality region isoCountry voice sms } }`;

/** A signed Twilio voice webhook to this server, as Twilio sends it for a call to `to`. */
async function inboundCall(to: string, callSid: string) {
  const params = { CallSid: callSid, AccountSid: rest.accountSid, From: '+15557770123', To: to, CallStatus: 'ringing', Direction: 'inbound' };
  const res = await app.inject({
    method: 'POST',
    url: '/api/voice/inbound',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(rest.authToken, `${PUBLIC}/api/voice/inbound`, params) },
    payload: new URLSearchParams(params).toString(),
  });
  return res;
}

const sid = (n: number) => `CA${String(n).padStart(32, '0')}`;

t.test('search: local voice numbers by area code and pattern; PRO owner/admin only', async (t) => {
  const owner = await createTestBusiness(app, { plan: 'PRO' });
  const r = await gql(owner.token, SEARCH, { a: '415', c: '55510' });
  t.equal(code(r), 'OK');
  const found = r.data!.availablePhoneNumbers as Array<{ phoneNumber: string; isoCountry: string; voice: boolean; locality: string }>;
  t.ok(found.length > 0 && found.length <= 20, `${found.length} numbers, at most 20`);
  t.ok(found.every((n) => /^\+1415\d{7}$/.test(n.phoneNumber) && n.phoneNumber.includes('55510')), 'all in 415 and containing the pattern');
  t.ok(found.every((n) => n.isoCountry === 'US' && n.voice && n.locality === 'San Francisco'));
  const sent = rest.requests.filter((q) => q.action === 'search').at(-1)!;
  t.equal(sent.path, `/2010-04-01/Accounts/${rest.accountSid}/AvailablePhoneNumbers/US/Local.json`, 'country defaults to US');
  t.match(sent.params, { AreaCode: '415', Contains: '55510', VoiceEnabled: 'true' });

  const gb = await gql(owner.token, SEARCH, { country: 'gb' });
  t.ok((gb.data!.availablePhoneNumbers as Array<{ phoneNumber: string }>).every((n) => n.phoneNumber.startsWith('+44')), 'another country');
  t.equal(code(await gql(owner.token, SEARCH, { a: '41x' })), 'BAD_USER_INPUT', 'a bad area code is refused before Twilio');
  t.equal(code(await gql(owner.token, SEARCH, { country: 'USA' })), 'BAD_USER_INPUT');

  const basic = await createTestBusiness(app, { plan: 'BASIC' });
  t.equal(code(await gql(basic.token, SEARCH)), 'PLAN_UPGRADE_REQUIRED');
  t.equal(code(await gql(basic.token, PROVISION, { n: '+14155551000' })), 'PLAN_UPGRADE_REQUIRED');
  const member = await createTestBusiness(app, { plan: 'PRO', role: 'MEMBER' });
  t.equal(code(await gql(member.token, PROVISION, { n: '+14155551000' })), 'FORBIDDEN');
});

t.test('buy, connect, release; the voice URL points here; numbers are unique; calls reach the right business', async (t) => {
  const a = await createTestBusiness(app, { plan: 'PRO', name: 'Alpha Plumbing' });
  const b = await createTestBusiness(app, { plan: 'PRO', name: 'Bravo Electric' });

  // Buy: E.164 from a formatted input, recorded as PROVISIONED, Twilio told our URLs.
  const bought = await gql(a.token, PROVISION, { n: '+1 (415) 555-1000' });
  t.equal(code(bought), 'OK', JSON.stringify(bought.errors));
  t.same(bought.data!.provisionPhoneNumber, { id: a.businessId, twilioNumber: '+14155551000', phoneNumberSource: 'PROVISIONED' });
  const buy = rest.requests.filter((q) => q.action === 'buy').at(-1)!;
  t.match(buy.params, {
    PhoneNumber: '+14155551000',
    VoiceUrl: `${PUBLIC}/api/voice/inbound`,
    VoiceMethod: 'POST',
    StatusCallback: `${PUBLIC}/api/voice/status`,
    StatusCallbackMethod: 'POST',
  });
  const onAccount = [...rest.numbers.values()].find((n) => n.phone_number === '+14155551000')!;
  t.equal(onAccount.voice_url, `${PUBLIC}/api/voice/inbound`, 'the bought number calls this server');
  t.equal(code(await gql(a.token, PROVISION, { n: '+14155551037' })), 'BAD_USER_INPUT', 'one number per business: release first');

  // Uniqueness: another business cannot take it by any route, and Twilio is not asked to buy.
  const buysBefore = rest.requests.filter((q) => q.action === 'buy').length;
  t.equal(code(await gql(b.token, PROVISION, { n: '+14155551000' })), 'CONFLICT');
  t.equal(code(await gql(b.token, CONNECT, { n: '4155551000'.replace(/^/, '+1') })), 'CONFLICT');
  t.equal(code(await gql(ADMIN_TOKEN, ASSIGN, { b: b.businessId, n: '+14155551000' })), 'CONFLICT');
  t.equal(rest.requests.filter((q) => q.action === 'buy').length, buysBefore, 'no purchase attempted for a taken number');
  await t.rejects(db.updateTable('businesses').set({ twilio_number: '+14155551000' }).where('id', '=', b.businessId).execute(), { code: '23505' }, 'the database refuses a duplicate too');
  t.equal(code(await gql(b.token, PROVISION, { n: '+1415' })), 'BAD_USER_INPUT', 'not a valid number');
  t.equal(code(await gql(b.token, PROVISION, { n: '+12125559999' })), 'BAD_USER_INPUT', 'a number Twilio does not sell: its 400 becomes bad input');

  // A second business gets its own number and a call to it is answered as that business.
  const second = await gql(b.token, PROVISION, { n: '+12125552000' });
  t.equal(code(second), 'OK', JSON.stringify(second.errors));
  const callToB = await inboundCall('+12125552000', sid(2));
  t.equal(callToB.statusCode, 200);
  t.match(callToB.body, /<Gather[^>]*input="speech"/, 'PRO without OpenAI: the Gather loop answers');
  const convB = await db.selectFrom('conversations').select(['business_id', 'channel']).where('call_sid', '=', sid(2)).executeTakeFirstOrThrow();
  t.same(convB, { business_id: b.businessId, channel: 'CALL' }, 'the call is recorded on the second business');
  const callToA = await inboundCall('+14155551000', sid(1));
  t.equal(callToA.statusCode, 200);
  const convA = await db.selectFrom('conversations').select('business_id').where('call_sid', '=', sid(1)).executeTakeFirstOrThrow();
  t.equal(convA.business_id, a.businessId);

  // Connect: a number already on the account is pointed here; one that is not is refused.
  const c = await createTestBusiness(app, { plan: 'PRO', name: 'Charlie Clinic' });
  const owned = rest.addOwnedNumber('+14155550199');
  t.equal(code(await gql(c.token, CONNECT, { n: '+14155550188' })), 'BAD_USER_INPUT', 'not on the account');
  const connected = await gql(c.token, CONNECT, { n: '+14155550199' });
  t.same(connected.data!.connectPhoneNumber, { id: c.businessId, twilioNumber: '+14155550199', phoneNumberSource: 'CONNECTED' });
  t.equal(owned.voice_url, `${PUBLIC}/api/voice/inbound`);
  t.equal(owned.status_callback, `${PUBLIC}/api/voice/status`);

  // Release: the bought number goes back to Twilio; the connected one stays, unhooked.
  const releasedA = await gql(a.token, RELEASE);
  t.same(releasedA.data!.releasePhoneNumber, { id: a.businessId, twilioNumber: null, phoneNumberSource: null });
  t.notOk([...rest.numbers.values()].some((n) => n.phone_number === '+14155551000'), 'released to Twilio (DELETE)');
  const releasedC = await gql(c.token, RELEASE);
  t.equal(releasedC.data!.releasePhoneNumber.twilioNumber, null);
  t.ok(rest.numbers.has(owned.sid), 'a connected number stays on the account');
  t.equal(owned.voice_url, '', 'and no longer calls this server');
  t.equal(code(await gql(a.token, RELEASE)), 'BAD_USER_INPUT', 'nothing to release');
  t.match((await inboundCall('+14155551000', sid(3))).body, /not connected to a business/, 'a released number reaches nobody');
  // Once released, the number is free for another business.
  t.equal(code(await gql(ADMIN_TOKEN, ASSIGN, { b: c.businessId, n: '+14155551000' })), 'OK');
});

t.test('operators assign a number without Twilio; null clears; owners cannot', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'FREE', name: 'Delta Dental' });
  const before = rest.requests.length;
  const set = await gql(ADMIN_TOKEN, ASSIGN, { b: biz.businessId, n: '+44 20 7946 0958' });
  t.same(set.data!.assignPhoneNumber, { id: biz.businessId, twilioNumber: '+442079460958', phoneNumberSource: 'ASSIGNED' });
  t.equal(rest.requests.length, before, 'Twilio was not called');
  t.equal(code(await gql(biz.token, ASSIGN, { b: biz.businessId, n: '+14155550111' })), 'FORBIDDEN', 'an owner is not an operator');
  t.equal(code(await gql(ADMIN_TOKEN, ASSIGN, { b: '00000000-0000-4000-8000-000000000000', n: '+14155550111' })), 'NOT_FOUND');
  t.equal(code(await gql(ADMIN_TOKEN, ASSIGN, { b: biz.businessId, n: 'call me' })), 'BAD_USER_INPUT');
  const cleared = await gql(ADMIN_TOKEN, ASSIGN, { b: biz.businessId, n: null });
  t.same(cleared.data!.assignPhoneNumber, { id: biz.businessId, twilioNumber: null, phoneNumberSource: null });

  // The same through the operator command.
  const cli = await assignNumberCommand([biz.businessId, '+1 212 555 0147'], { db });
  t.equal(cli.exitCode, 0, cli.output);
  t.match(JSON.parse(cli.output), { businessId: biz.businessId, twilioNumber: '+12125550147', source: 'ASSIGNED' });
  t.same(await assignNumberCommand([biz.businessId], { db }), { exitCode: 2, output: 'usage: assign-number <businessId> <E.164 number | none>' });
  const clash = await assignNumberCommand([(await createTestBusiness(app)).businessId, '+12125550147'], { db });
  t.equal(clash.exitCode, 1);
  t.match(clash.output, /^CONFLICT/);
  t.equal((await assignNumberCommand([biz.businessId, 'none'], { db })).exitCode, 0);
  t.equal((await db.selectFrom('businesses').select('twilio_number').where('id', '=', biz.businessId).executeTakeFirstOrThrow()).twilio_number, null);
});

t.test('a business that drops below PRO keeps its number; its calls go to voicemail, not refused', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Echo Roofing' });
  t.equal(code(await gql(biz.token, PROVISION, { n: '+14155551037' })), 'OK');
  t.equal(code(await gql(ADMIN_TOKEN, `mutation($b: ID!) { setPlan(businessId: $b, plan: BASIC) { id } }`, { b: biz.businessId })), 'OK');
  const row = await db.selectFrom('businesses').select(['twilio_number', 'twilio_number_source']).where('id', '=', biz.businessId).executeTakeFirstOrThrow();
  t.same(row, { twilio_number: '+14155551037', twilio_number_source: 'PROVISIONED' }, 'the number is kept');
  const call = await inboundCall('+14155551037', sid(4));
  t.equal(call.statusCode, 200);
  t.match(call.body, /<Record\b/, 'voicemail to lead');
  t.notMatch(call.body, /not connected to a business/);
  t.notMatch(call.body, /<Hangup/);
  t.equal(code(await gql(biz.token, PROVISION, { n: '+14155551074' })), 'PLAN_UPGRADE_REQUIRED', 'no new number below PRO');
  t.equal(code(await gql(biz.token, RELEASE)), 'OK', 'but it can still let the number go');
});

t.test('without Twilio credentials provisioning answers TWILIO_NOT_CONFIGURED', async (t) => {
  const { app: bare } = await buildTestApp(t, { database, config: { PUBLIC_BASE_URL: PUBLIC, PLATFORM_ADMIN_TOKEN: ADMIN_TOKEN } });
  const biz = await createTestBusiness(bare, { plan: 'PRO' });
  for (const [query, vars] of [
    [SEARCH, {}],
    [PROVISION, { n: '+14155551111' }],
    [CONNECT, { n: '+14155551111' }],
  ] as const) {
    const r = await gql(biz.token, query, vars, bare);
    t.equal(code(r), 'TWILIO_NOT_CONFIGURED');
    t.match(r.errors![0]!.message, /TWILIO_ACCOUNT_SID/);
  }
  t.equal(code(await gql(ADMIN_TOKEN, ASSIGN, { b: biz.businessId, n: '+14155551111' }, bare)), 'OK', 'assigning needs no Twilio');
});

t.test('signed up through the API, upgraded to PRO: searches, buys a number and answers a call on it', async (t) => {
  const anon = await app.inject({
    method: 'POST',
    url: '/graphql',
    payload: {
      query: 'mutation($i: SignUpInput!) { signUp(input: $i) { token businessId } }',
      variables: { i: { businessName: 'Foxtrot Heating', email: 'fox@heating.example', password: 'a long enough password' } },
    },
  });
  const { token, businessId } = (anon.json() as GqlResult).data!.signUp as { token: string; businessId: string };
  t.equal(code(await gql(token, SEARCH, { a: '212' })), 'PLAN_UPGRADE_REQUIRED', 'FREE cannot get a number');
  t.equal(code(await gql(ADMIN_TOKEN, `mutation($b: ID!) { setPlan(businessId: $b, plan: PRO) { id } }`, { b: businessId })), 'OK');
  // The same token: the plan is read per request, not baked into the JWT.
  const offer = await gql(token, SEARCH, { a: '212' });
  t.equal(code(offer), 'OK', JSON.stringify(offer.errors));
  const pick = (offer.data!.availablePhoneNumbers as Array<{ phoneNumber: string }>)[0]!.phoneNumber;
  const bought = await gql(token, PROVISION, { n: pick });
  t.same(bought.data!.provisionPhoneNumber, { id: businessId, twilioNumber: pick, phoneNumberSource: 'PROVISIONED' });

  const answer = await inboundCall(pick, sid(5));
  t.equal(answer.statusCode, 200);
  t.match(answer.headers['content-type'], /xml/);
  t.match(answer.body, /<Gather[^>]*input="speech"/, 'the agent answers');
  const conv = await db.selectFrom('conversations').select(['business_id', 'to_number']).where('call_sid', '=', sid(5)).executeTakeFirstOrThrow();
  t.same(conv, { business_id: businessId, to_number: pick }, 'the call is answered as, and recorded on, the new business');
});
