import t from 'tap';
import { retryDelayMs, redact } from '../../src/notify/outbox-store.js';
import { escapeHtml, headerText, renderOwnerLeadEmail } from '../../src/notify/email-templates.js';
import { isPrivateAddress, parseWebhookUrl, assertPublicTarget } from '../../src/notify/webhook-target.js';
import { signWebhook, verifyWebhook } from '../../src/notify/webhook-signature.js';
import { ackUrl, buildAlertTwiml, renderEmergencyMessage, signAck, verifyAck } from '../../src/notify/emergency-call.js';
import { alertToneWav } from '../../src/notify/alert-tone.js';
import type { Lead } from '../../src/db/schema.js';

// Pure parts of src/notify, without a database.

const lead = (over: Partial<Lead> = {}): Lead => ({
  id: '00000000-0000-4000-8000-000000000001',
  business_id: '00000000-0000-4000-8000-000000000002',
  conversation_id: null,
  client_id: null,
  related_lead_id: null,
  channel: 'CHAT',
  status: 'NEW',
  priority: 'NORMAL',
  name: null,
  email: null,
  phone: null,
  address: null,
  issue: null,
  captured_data: {},
  is_emergency: false,
  emergency_severity: null,
  emergency_notes: null,
  notes: null,
  acknowledged_at: null,
  acknowledged_by: null,
  created_at: new Date('2026-11-25T10:00:00Z'),
  updated_at: new Date('2026-11-25T10:00:00Z'),
  ...over,
});

t.test('backoff grows exponentially, is capped, and jitters within [half, full]', async (t) => {
  t.equal(retryDelayMs(1, 1000, 60_000, () => 0), 500);
  t.equal(retryDelayMs(1, 1000, 60_000, () => 1), 1000);
  t.equal(retryDelayMs(4, 1000, 60_000, () => 1), 8000);
  t.equal(retryDelayMs(30, 1000, 60_000, () => 1), 60_000, 'capped');
  t.equal(retryDelayMs(30, 1000, 60_000, () => 0), 30_000, 'still jittered at the cap');
  const samples = Array.from({ length: 200 }, () => retryDelayMs(3, 1000, 60_000));
  t.ok(samples.every((d) => d >= 2000 && d <= 4000));
  t.ok(new Set(samples).size > 50, 'random spread, so retries of many rows do not stampede');
});

t.test('errors shown to owners have URL credentials removed', async (t) => {
  t.equal(redact('connect smtp://user:s3cret@mail.example.com:587 failed'), 'connect smtp://[redacted]@mail.example.com:587 failed');
});

t.test('escaping and header safety', async (t) => {
  t.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  t.equal(headerText('New lead\r\nBcc: victim@example.com'), 'New lead Bcc: victim@example.com', 'no header injection');
  t.equal(headerText('x'.repeat(500)).length, 150);
  const email = renderOwnerLeadEmail({
    business: { name: 'Biz\r\nX-Evil: 1', phone_number: null, timezone: 'Not/AZone' },
    lead: lead({ name: '"><svg onload=alert(1)>', priority: 'LOW' }),
    answers: [{ question: '<q>', answer: '<a>' }],
    leadUrl: 'https://x.test/leads/1?a=1&b="2"',
    priorityFlag: true,
  });
  t.equal(email.subject, 'New lead (low priority): "><svg onload=alert(1)>');
  t.notMatch(email.subject, /[\r\n]/, 'no header injection from any field');
  t.notMatch(email.html, /<svg|<q>|<a>/);
  t.match(email.html, /href="https:\/\/x.test\/leads\/1\?a=1&amp;b=&quot;2&quot;"/);
  t.equal(email.priority, 'low');
  t.match(email.text, /2026-11-25T10:00:00.000Z/, 'an invalid timezone falls back to ISO time');
  const free = renderOwnerLeadEmail({ business: { name: 'B', phone_number: null, timezone: 'UTC' }, lead: lead({ priority: 'URGENT' }), answers: [], leadUrl: 'u', priorityFlag: false });
  t.equal(free.priority, 'normal', 'priority flag only when the plan includes priority e-mails');
});

t.test('private and reserved addresses', async (t) => {
  for (const ip of ['127.0.0.1', '10.0.0.8', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1']) {
    t.ok(isPrivateAddress(ip), ip);
  }
  for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) t.notOk(isPrivateAddress(ip), ip);
  t.throws(() => parseWebhookUrl('ftp://example.com/x', true), { code: 'BAD_USER_INPUT' });
  t.equal(parseWebhookUrl('http://127.0.0.1:9/x', true).toString(), 'http://127.0.0.1:9/x', 'allowed when the operator allows private targets');
  await t.rejects(assertPublicTarget(new URL('https://internal.test/x'), false, (async () => [{ address: '10.1.1.1', family: 4 }]) as never), /private or loopback/);
  await t.resolves(assertPublicTarget(new URL('https://public.test/x'), false, (async () => [{ address: '93.184.216.34', family: 4 }]) as never));
  await t.rejects(
    assertPublicTarget(new URL('https://mixed.test/x'), false, (async () => [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }]) as never),
    /private/,
    'every resolved address must be public',
  );
});

t.test('webhook signatures: what receivers verify', async (t) => {
  const body = '{"id":"1","type":"lead.created"}';
  const sig = signWebhook('whsec_a', 1_700_000_000, body);
  t.match(sig, /^v1=[0-9a-f]{64}$/);
  t.ok(verifyWebhook('whsec_a', { signature: sig, timestamp: '1700000000' }, body, 1_700_000_100));
  t.ok(verifyWebhook('whsec_a', { signature: `v1=${'0'.repeat(64)} ${sig}`, timestamp: '1700000000' }, body, 1_700_000_100), 'any of several signatures');
  t.notOk(verifyWebhook('whsec_a', { signature: sig, timestamp: '1700000001' }, body, 1_700_000_100), 'timestamp is signed');
  t.notOk(verifyWebhook('whsec_a', { signature: sig, timestamp: '1700000000' }, body, 1_700_000_301), 'too old');
  t.notOk(verifyWebhook('whsec_a', { signature: undefined, timestamp: '1700000000' }, body, 1_700_000_000));
});

t.test('emergency message, TwiML and acknowledgement tokens', async (t) => {
  const msg = renderEmergencyMessage('Alert {business}: {issue} ({severity}) at {address}; {unknown}', {
    business: 'Acme\nPlumbing',
    lead: lead({ issue: 'x'.repeat(1000), emergency_severity: 8, address: null }),
  });
  t.match(msg, /^Alert Acme Plumbing: x+… \(8\) at not given; \{unknown\}$/, 'one line, bounded values, unknown placeholders left as typed');
  t.match(renderEmergencyMessage(null, { business: 'B', lead: lead({ phone: '+1 (555) 555-0123' }) }), /\+ 1 5 5 5 5 5 5 0 1 2 3/, 'default template; digits spelled out');
  // An emergency chat the visitor left with no number (agent/conversation-end.ts): nobody is told to call "not given" back.
  const noPhone = renderEmergencyMessage(null, { business: 'B', lead: lead({ phone: null, email: null, issue: 'gas smell in the kitchen', address: '12 Oak St' }) });
  t.equal(noPhone, 'Urgent alert from B. A customer reported an emergency: gas smell in the kitchen. They left no phone number. The address given is 12 Oak St.');
  t.notMatch(noPhone, /call them back|not given/);

  const xml = buildAlertTwiml({ message: 'a <b> & "c"', voice: 'alice', language: 'en-US', toneUrl: null, ackUrl: null, willCallAgain: false });
  t.notMatch(xml, /<Play|<Gather/, 'no tone or gather without a public URL');
  t.match(xml, /a &lt;b&gt; &amp; "c"/);

  const token = signAck('secret-1', 'row-1');
  t.ok(verifyAck('secret-1', 'row-1', token));
  t.notOk(verifyAck('secret-1', 'row-2', token), 'bound to one outbox row');
  t.notOk(verifyAck('secret-2', 'row-1', token), 'bound to the server secret');
  t.notOk(verifyAck('secret-1', 'row-1', token.slice(1)));
  t.match(ackUrl('https://x.test', 'secret-1', 'row-1'), /^https:\/\/x\.test\/api\/notify\/emergency\/ack\?n=row-1&t=[\w-]+$/);
});

t.test('alert tone is a valid 8 kHz 16-bit mono WAV', async (t) => {
  const wav = alertToneWav();
  t.equal(wav.toString('ascii', 0, 4), 'RIFF');
  t.equal(wav.toString('ascii', 8, 12), 'WAVE');
  t.equal(wav.readUInt32LE(24), 8000);
  t.equal(wav.readUInt16LE(34), 16);
  t.equal(wav.readUInt32LE(40), wav.length - 44);
  const samples = new Int16Array(wav.buffer.slice(wav.byteOffset + 44, wav.byteOffset + wav.length));
  t.ok(Math.max(...samples) > 20_000, 'loud enough');
});

t.test('the Twilio REST fake speaks to the real twilio client: create, update, fetch, auth', async (t) => {
  const { startTwilioRestFake } = await import('../helpers/twilio-rest-fake.js');
  const { createTwilioRestClient } = await import('../../src/twilio/client.js');
  const fake = await startTwilioRestFake(t);
  const client = createTwilioRestClient({ TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: fake.authToken, TWILIO_API_BASE_URL: fake.url })!;
  const call = await client.calls.create({ to: '+15555550142', from: '+15555550199', twiml: '<Response><Say>Hi</Say></Response>' });
  t.match(call.sid, /^CA[0-9a-f]{32}$/);
  t.equal(call.status, 'queued');
  t.equal(fake.creates[0]!.params.Twiml, '<Response><Say>Hi</Say></Response>');
  const updated = await client.calls(call.sid).update({ twiml: '<Response><Hangup/></Response>' });
  t.equal(updated.sid, call.sid);
  await client.calls(call.sid).update({ status: 'completed' });
  t.same(fake.updates.map((u) => [u.callSid, u.params.Twiml ?? u.params.Status]), [
    [call.sid, '<Response><Hangup/></Response>'],
    [call.sid, 'completed'],
  ]);
  t.equal((await client.calls(call.sid).fetch()).status, 'completed');
  const wrong = createTwilioRestClient({ TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: 'wrong', TWILIO_API_BASE_URL: fake.url })!;
  await t.rejects(wrong.calls.create({ to: '+15555550142', from: '+15555550199', twiml: '<Response/>' }), { status: 401, code: 20003 });
  fake.failNextCreates(1, 400, 21211);
  await t.rejects(client.calls.create({ to: '+1555', from: '+15555550199', twiml: '<Response/>' }), { status: 400, code: 21211 });
  t.equal(createTwilioRestClient({ TWILIO_ACCOUNT_SID: undefined, TWILIO_AUTH_TOKEN: undefined, TWILIO_API_BASE_URL: undefined }), null);
});

t.test('SMTP timeouts are bounded: a server that never greets fails the send in time', async (t) => {
  const net = await import('node:net');
  const { createMailer, DEFAULT_SMTP_TIMEOUTS } = await import('../../src/notify/mailer.js');
  t.ok(DEFAULT_SMTP_TIMEOUTS.connectionMs <= 10_000 && DEFAULT_SMTP_TIMEOUTS.greetingMs <= 10_000 && DEFAULT_SMTP_TIMEOUTS.socketMs <= 30_000, 'seconds, not minutes');
  const sockets: import('node:net').Socket[] = [];
  const silent = net.createServer((s) => sockets.push(s)); // accepts, never says 220
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
  t.teardown(() => {
    for (const s of sockets) s.destroy();
    silent.close();
  });
  const port = (silent.address() as { port: number }).port;
  const mailer = createMailer({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'a@b.test', DATA_DIR: '', timeouts: { connectionMs: 300, greetingMs: 300, socketMs: 600 } });
  t.teardown(() => mailer.close());
  const started = Date.now();
  await t.rejects(mailer.send({ to: 'x@y.test', subject: 's', text: 't', html: '<p>t</p>', priority: 'normal', messageId: '<1@x>' }), /Greeting never received|timeout/i);
  t.ok(Date.now() - started < 3000, `failed after ${Date.now() - started} ms`);
});
