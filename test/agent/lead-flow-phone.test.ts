import t from 'tap';
import { buildTestApp } from '../helpers/app.js';

// The phone step as a visitor types it, through the chat API: the reply says truthfully what is
// wrong with a number (libphonenumber-js through src/contacts decides), and only a valid number of
// the business's country is stored.

const { app } = await buildTestApp(t, {
  config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0, CHAT_RATE_LIMIT_PER_MINUTE: 1000 },
  overrides: { now: () => Date.parse('2026-11-25T15:00:00Z') },
});
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();

async function atPhoneStep() {
  const start = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: demo.id } });
  const { sessionId } = start.json() as { sessionId: string };
  const say = async (text: string) => {
    const res = await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text } });
    t.equal(res.statusCode, 200);
    return res.json() as { reply: string; inputHint?: string; lead?: { id: string } };
  };
  await say("I'd like to book a visit");
  const r = await say('Pat Doe');
  t.match(r.reply, /best phone number/);
  return say;
}

const cases: Array<[string, RegExp, string]> = [
  ['555 201 3344', /^That doesn't look like a valid phone number\. Could you check it and type it again, with the area code\?$/, '10 digits, no such area code: not "incomplete"'],
  ['my cell is 555 201 3344', /doesn't look like a valid phone number/, 'the same inside a sentence'],
  ['(212) 000-1234', /doesn't look like a valid phone number/, 'an exchange that cannot exist'],
  ['555-0142', /^That number looks too short\. Could you give me the full number, with the area code\?$/, 'seven digits: the area code is missing'],
  ['415 555 01', /looks too short/, 'a digit short'],
  ['4155550123999', /too many digits.*\+ and the country code/s, 'too long'],
  ['12', /does not look like a phone number/, 'not an attempt at a number'],
  ['call me maybe', /does not look like a phone number/, 'no digits'],
];

for (const [text, expected, why] of cases) {
  t.test(`phone "${text}": ${why}`, async (t) => {
    const say = await atPhoneStep();
    const r = await say(text);
    t.match(r.reply, expected);
    t.notMatch(r.reply, /doesn't look complete/, 'never blames completeness for a full-length number');
    t.equal(r.inputHint, 'phone', 'still on the phone step');
    t.notOk(r.lead);
  });
}

t.test('a valid number is stored in E.164 after a rejected one', async (t) => {
  const say = await atPhoneStep();
  await say('555 201 3344');
  t.match((await say('+1 (415) 555-0123')).reply, /e-mail address/);
  await say('skip');
  await say('9 Bay Street');
  await say('shower drain is slow');
  const done = await say('skip');
  t.ok(done.lead);
  const lead = await db.selectFrom('leads').select('phone').where('id', '=', done.lead!.id).executeTakeFirstOrThrow();
  t.equal(lead.phone, '+14155550123');
});
