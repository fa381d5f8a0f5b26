import t from 'tap';
import { sql } from 'kysely';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startTwilioRestFake } from '../helpers/twilio-rest-fake.js';
import { twilioSignature } from '../../src/twilio/signature.js';
import { captureLead, parseAlertTwiml, sleep, twilioFakeConfig, waitUntil } from './helpers.js';

// The emergency escalation against the Twilio REST fake (real twilio client): answering-machine
// detection (machine vs person), the SMS and its acknowledge link, and the ladder of contacts.

const PUBLIC = 'https://agent.example.test';
const rest = await startTwilioRestFake(t);
const { app } = await buildTestApp(t, {
  config: {
    ...twilioFakeConfig(rest),
    PUBLIC_BASE_URL: PUBLIC,
    NOTIFY_POLL_INTERVAL: 100,
    // Long enough that only AMD, a key press or the test's clock moves the ladder on.
    EMERGENCY_ACK_TIMEOUT: 10 * 60_000,
    EMERGENCY_CALL_MAX_TRIES: 3,
  },
});
const { db } = app.deps;
const A = '+14155550201';
const B = '+14155550202';
const C = '+14155550203';

const callTo = (n: string, index = 0) => rest.waitFor(`call ${index + 1} to ${n}`, () => rest.creates.filter((c) => c.params.To === n)[index]);
const smsTo = (n: string) => rest.waitFor(`SMS to ${n}`, () => rest.messages.find((m) => m.params.To === n));
const callSidOf = async (to: string, index = 0) => {
  await callTo(to, index);
  // The SID is in Twilio's answer, which the worker records on the call's outbox row.
  const row = await waitUntil('call row sent', async () =>
    (await db.selectFrom('notifications').select(['payload', 'recipient', 'status']).where('kind', '=', 'call.emergency').where('recipient', '=', to).execute()).filter((r) => r.status === 'SENT')[index],
  );
  return String((row.payload as { result?: { callSid?: string } }).result?.callSid);
};
/** Posts a form to the app as Twilio would: signed over PUBLIC + path + params. */
const twilioPost = (url: string, form: Record<string, string>, signature?: string) =>
  app.inject({
    method: 'POST',
    url: url.slice(PUBLIC.length),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature ?? twilioSignature(rest.authToken, url, form) },
    payload: new URLSearchParams(form).toString(),
  });
const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
  (await app.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${token}` }, payload: { query, variables } })).json() as {
    data?: any;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
const SETTINGS = `mutation($c: [String!]) { updateNotificationSettings(input: { escalationContacts: $c }) { notificationSettings { escalationContacts notificationPhoneNumber } } }`;

t.test('the ladder is set through GraphQL: E.164, in order, at most 3', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO' });
  const ok = await gql(biz.token, SETTINGS, { c: ['+1 (415) 555-0201', '+14155550202', '+14155550201'] });
  t.same(ok.data.updateNotificationSettings.notificationSettings.escalationContacts, [A, B], 'normalised, duplicates dropped');
  t.equal((await gql(biz.token, SETTINGS, { c: [A, B, C, '+14155550204'] })).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', 'four contacts');
  t.equal((await gql(biz.token, SETTINGS, { c: ['call my wife'] })).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  const cleared = await gql(biz.token, SETTINGS, { c: [] });
  t.same(cleared.data.updateNotificationSettings.notificationSettings.escalationContacts, []);
});

t.test('AMD: a voicemail gets the alert and does not acknowledge; the next contact is called at once; a person presses 1', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Machine & Human Co' });
  t.equal((await gql(biz.token, SETTINGS, { c: [A, B, C] })).errors, undefined);
  const lead = await captureLead(app, { business_id: biz.businessId, priority: 'URGENT', is_emergency: true, emergency_severity: 9, name: 'Ann', phone: '+15555550123', issue: 'Basement <flooding>' });

  const first = await callTo(A);
  t.match(first.params, { MachineDetection: 'DetectMessageEnd', AsyncAmd: 'true', AsyncAmdStatusCallbackMethod: 'POST' }, 'answering-machine detection, asynchronous');
  t.match(first.params.AsyncAmdStatusCallback, new RegExp(`^${PUBLIC}/api/notify/emergency/amd\\?n=[0-9a-f-]{36}&t=`));
  const sms = await smsTo(A);
  t.equal(sms.params.From, '+15555550199');
  t.match(sms.params.Body, /URGENT - Machine & Human Co: Basement <flooding>/, 'the issue (SMS is plain text)');
  t.match(sms.params.Body, /Caller: \+15555550123 \(Ann\)/, "the caller's number");
  t.match(sms.params.Body, new RegExp(`Acknowledge: ${PUBLIC}/api/notify/emergency/ack-link\\?n=[0-9a-f-]{36}&t=`), 'a signed acknowledge link');
  t.equal(rest.creates.filter((c) => c.params.To === B).length, 0, 'B is not called while A may still answer');

  // A's voicemail answers: Twilio reports it after the beep.
  const sidA = await callSidOf(A);
  const amd = rest.amdRequest(sidA, 'machine_end_beep');
  t.equal((await twilioPost(amd.url, amd.form, 'bm90IGEgc2lnbmF0dXJl')).statusCode, 403, 'an unsigned AMD callback is refused');
  t.equal((await twilioPost(amd.url.replace(/t=[^&]+/, 't=AAAA'), amd.form)).statusCode, 403, 'a forged token is refused');
  t.equal((await twilioPost(amd.url, amd.form, amd.signature)).statusCode, 204);
  const update = await rest.waitFor('voicemail TwiML', () => rest.updates.find((u) => u.callSid === sidA));
  const vm = parseAlertTwiml(update.params.Twiml!);
  t.match(vm.says[0], /^This is an automated emergency alert\. .*Basement <flooding>/, 'the alert is left on the voicemail');
  t.match(vm.says[1], /does not acknowledge the alert\. We are calling the next contact now/);
  t.notOk(vm.gather, 'no "press 1" for a machine');
  t.ok(vm.hangup);
  // Key tones reaching the first call's Gather after a machine verdict do not acknowledge.
  const gatherA = parseAlertTwiml(first.params.Twiml!).gather!.action;
  const pressed = await twilioPost(gatherA, { Digits: '1', CallSid: sidA });
  t.equal(pressed.statusCode, 200);
  t.notMatch(pressed.body, /acknowledged\./);
  t.equal((await db.selectFrom('leads').select('acknowledged_at').where('id', '=', lead.id).executeTakeFirstOrThrow()).acknowledged_at, null, 'a machine is never an acknowledgement');

  // B is called right away (not after the 10-minute acknowledgement timeout), with its SMS.
  const started = Date.now();
  const second = await callTo(B);
  t.ok(Date.now() - started < 8000, `B called ${Date.now() - started} ms after the machine verdict`);
  await smsTo(B);
  const sidB = await callSidOf(B);
  const human = rest.amdRequest(sidB, 'human');
  t.equal((await twilioPost(human.url, human.form, human.signature)).statusCode, 204);
  await sleep(300);
  t.notOk(rest.updates.some((u) => u.callSid === sidB), "a person's call keeps the alert and its press-1 prompt");
  const row = await db.selectFrom('notifications').select('payload').where('kind', '=', 'call.emergency').where('recipient', '=', B).executeTakeFirstOrThrow();
  t.equal((row.payload as { answeredBy?: string }).answeredBy, 'human', 'the verdict is recorded on the call row');

  const gatherB = parseAlertTwiml(second.params.Twiml!).gather!.action;
  const ack = await twilioPost(gatherB, { Digits: '1', CallSid: sidB });
  t.match(ack.body, /The alert is acknowledged/);
  const acked = await db.selectFrom('leads').select(['acknowledged_at', 'acknowledged_by']).where('id', '=', lead.id).executeTakeFirstOrThrow();
  t.ok(acked.acknowledged_at);
  t.equal(acked.acknowledged_by, B, 'acknowledged by the person who pressed 1');
  const esc = await db.selectFrom('emergency_escalations').selectAll().where('lead_id', '=', lead.id).executeTakeFirstOrThrow();
  t.match(esc, { status: 'ACKNOWLEDGED', acknowledged_by: B, contacts: [A, B, C] });
  const metrics = (await app.inject({ url: '/metrics' })).body;
  t.match(metrics, /notify_emergency_answered_by_total\{answered_by="machine_end_beep"\} 1/);
  t.match(metrics, /notify_emergency_answered_by_total\{answered_by="human"\} 1/);
  t.match(metrics, /notify_emergency_acknowledged_total\{via="call"\} 1/);
  // Even if C's turn comes due, nobody else is called or messaged.
  await db.updateTable('notifications').set({ next_attempt_at: sql<Date>`now()` }).where('lead_id', '=', lead.id).where('status', '=', 'PENDING').execute();
  await sleep(800);
  t.equal(rest.creates.filter((c) => c.params.To === C).length, 0, 'C is never called');
  t.equal(rest.messages.filter((m) => m.params.To === C).length, 0);
});

t.test('nobody answers: each contact in order, one SMS each, then the escalation is exhausted', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Ladder Co' });
  const D = '+14155550211';
  const E = '+14155550212';
  await gql(biz.token, SETTINGS, { c: [D, E] });
  const lead = await captureLead(app, { business_id: biz.businessId, priority: 'URGENT', is_emergency: true, phone: '+15555550124', issue: 'Gas smell' });
  const due = async () => {
    // The next try is written when the previous call has been placed...
    await waitUntil('the next try', async () =>
      (await db.selectFrom('notifications').select('id').where('lead_id', '=', lead.id).where('kind', '=', 'call.emergency').where('status', '=', 'PENDING').execute()).length > 0,
    );
    // ...and the acknowledgement timeout passes.
    await db.updateTable('notifications').set({ next_attempt_at: sql<Date>`now()` }).where('lead_id', '=', lead.id).where('status', '=', 'PENDING').execute();
    app.services.notify.worker.wake();
  };
  await callTo(D);
  await due();
  await callTo(E);
  await due();
  await callTo(D, 1);
  await sleep(800);
  const order = rest.creates.filter((c) => c.params.To === D || c.params.To === E).map((c) => c.params.To);
  t.same(order, [D, E, D], 'D, then E, then D again (3 tries over 2 contacts)');
  t.same(rest.messages.filter((m) => m.params.To === D || m.params.To === E).map((m) => m.params.To).sort(), [D, E], 'one SMS per contact');
  const last = parseAlertTwiml(rest.creates.filter((c) => c.params.To === D)[1]!.params.Twiml!);
  t.match(last.says.at(-1), /Goodbye/, 'the last try does not promise another call');
  const esc = await db.selectFrom('emergency_escalations').select('status').where('lead_id', '=', lead.id).executeTakeFirstOrThrow();
  t.equal(esc.status, 'EXHAUSTED');
});

t.test('the SMS link: GET shows the alert and a button, POST acknowledges; HTML escaped; tokens checked', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Link <b>Co</b>' });
  const F = '+14155550221';
  const G = '+14155550222';
  await gql(biz.token, SETTINGS, { c: [F, G] });
  const lead = await captureLead(app, { business_id: biz.businessId, priority: 'URGENT', is_emergency: true, phone: '+15555550125', name: '<script>x()</script>', issue: 'Water <img src=x onerror=alert(1)>' });
  const sms = await smsTo(F);
  const link = /Acknowledge: (\S+)/.exec(sms.params.Body!)![1]!;
  const path = link.slice(PUBLIC.length);

  const view = await app.inject({ method: 'GET', url: path });
  t.equal(view.statusCode, 200);
  t.match(view.headers['content-security-policy'], /default-src 'none'/);
  t.match(view.body, /<form method="post">/);
  t.notMatch(view.body, /<script>x|<img src=x|<b>Co/, 'nothing the visitor typed is live markup');
  t.match(view.body, /&lt;script&gt;x\(\)&lt;\/script&gt;/);
  t.equal((await db.selectFrom('leads').select('acknowledged_at').where('id', '=', lead.id).executeTakeFirstOrThrow()).acknowledged_at, null, 'opening the link (or a link preview) does not acknowledge');

  t.equal((await app.inject({ method: 'POST', url: path.replace(/t=[^&]+/, 't=forged') })).statusCode, 403, 'a forged token is refused');
  const call = await callTo(F);
  const callAck = parseAlertTwiml(call.params.Twiml!).gather!.action.slice(PUBLIC.length);
  t.equal((await app.inject({ method: 'GET', url: callAck.replace('/ack?', '/ack-link?') })).statusCode, 403, "a call's token does not open the SMS page (kinds are checked)");

  const done = await app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
  t.equal(done.statusCode, 200);
  t.match(done.body, /Acknowledged/);
  const acked = await db.selectFrom('leads').select(['acknowledged_at', 'acknowledged_by']).where('id', '=', lead.id).executeTakeFirstOrThrow();
  t.ok(acked.acknowledged_at);
  t.equal(acked.acknowledged_by, F);
  const pending = await db.selectFrom('notifications').select('kind').where('lead_id', '=', lead.id).where('status', '=', 'PENDING').execute();
  t.same(pending, [], 'no call or SMS left to send');
  t.match((await app.inject({ method: 'GET', url: path })).body, /Already acknowledged/);
});
