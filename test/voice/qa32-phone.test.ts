import t from 'tap';
import { dialGather, startSignedUpCallApp } from '../helpers/voice-call.js';
import { agentChat } from '../helpers/agent-chat.js';
import { renderOwnerLeadEmail } from '../../src/notify/email-templates.js';

// Session 32 QA: the phone channel and lead priority as a small business's callers meet them. An
// electrician (Brightline, as in qa31) for the defects seen last session, and a dental clinic signed
// up new (its own knowledge, a number, PRO) called as its patients would, through the Gather loop.

const PUBLIC = 'https://phone.example.test';
// The app's clock moves a second each time it is read: the transcript keeps its order (a frozen
// clock gives every turn the same timestamps).
const electricClock = { now: Date.parse('2026-12-08T16:00:00Z') }; // Tuesday 10:00 in Austin (open)
const dentalClock = { now: Date.parse('2026-12-08T17:00:00Z') }; // Tuesday 10:00 in Boise (open)
const weekday = (day: string, open: string, close: string) => ({ day, ranges: [{ open, close }] });
const electric = await startSignedUpCallApp(t, {
  publicBaseUrl: PUBLIC,
  businessName: 'Brightline Electric',
  trade: 'ELECTRICAL',
  timezone: 'America/Chicago',
  knowledge: 'phone/brightline-electric.md',
  weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => weekday(d, '07:30', '17:00')),
  phoneNumber: '(512) 555-0188',
  notificationPhoneNumber: '512 555 0177',
  now: () => (electricClock.now += 1000),
});
const dental = await startSignedUpCallApp(t, {
  publicBaseUrl: PUBLIC,
  businessName: 'Juniper Family Dental',
  trade: 'CLINIC',
  timezone: 'America/Boise',
  knowledge: 'phone/juniper-dental.md',
  weekly: [...['mon', 'tue', 'wed', 'thu'].map((d) => weekday(d, '08:00', '17:00')), weekday('fri', '08:00', '14:00')],
  phoneNumber: '(208) 555-0164',
  notificationPhoneNumber: '208 555 0177',
  now: () => (dentalClock.now += 1000),
});
type App = typeof electric;

const dial = (app: App, from: string) => dialGather(app, from);

/** The same conversation in the website chat (the agent brain the chat API drives). */
async function chat(app: App, lines: string[]) {
  const c = await agentChat(app.app.services.agent, app.businessId);
  for (const line of lines) await c.say(line);
  return c.state;
}

t.test('a price question, then the project: a routine lead (NORMAL), not LOW, on the phone and in the chat', async (t) => {
  const c = await dial(electric, '+15125550201');
  const lines = ['how much for a new panel?', 'we have an old fuse box and want to upgrade to 200 amp', 'yes', 'john smith', '12 oak street austin', 'sometime next week in the afternoon', 'skip'];
  const heard = await c.talk(...lines);
  t.match(heard[0], /\$2,400 to \$3,200/);
  t.match(heard.at(-1), /I have passed your request/);
  const [lead] = await c.leads();
  // (QA: LOW, as if the caller had only asked a price.)
  t.equal(lead!.priority, 'NORMAL', 'a job described after the price question');
  t.match(JSON.stringify(lead!.captured_data), /sometime next week in the afternoon/, 'the time kept as said');
  t.equal((await chat(electric, lines.slice(0, 3))).priority, 'NORMAL', 'the chat marks it the same');
  // A question and nothing more stays information; a time given as the answer never lowers a lead.
  t.equal((await chat(electric, ['how much for a new panel?'])).priority, 'LOW');
  const timed = await dial(electric, '+15125550202');
  await timed.talk('can someone come out and put in a ceiling fan', 'john smith', '12 oak street austin', 'sometime next week in the afternoon', 'skip');
  t.equal((await timed.leads())[0]!.priority, 'NORMAL', '"sometime next week in the afternoon" is a time, not a deferral');
});

t.test('"are you open right now" asks the hours: no urgency on the lead that follows', async (t) => {
  const c = await dial(electric, '+15125550203');
  const heard = await c.talk('are you open right now', 'i need an outlet replaced', 'jane doe', '12 oak street austin', 'skip', 'skip');
  t.match(heard[0], /^Yes\. We are open right now, until 5pm\.$/);
  const [lead] = await c.leads();
  // (QA: HIGH, from "right now" in the hours question.)
  t.equal(lead!.priority, 'NORMAL');
  t.equal((await chat(electric, ['are you open right now', 'i need an outlet replaced'])).priority, 'NORMAL', 'the chat agrees');
  // Urgency the caller states is still heard.
  t.equal((await chat(electric, ['are you open right now? i need someone out today, my outlet is dead'])).priority, 'HIGH');
  t.equal((await chat(electric, ['i need an outlet replaced today'])).priority, 'HIGH');
});

t.test('a call of questions only: no lead and no "New lead" e-mail, as in the chat; the summary says what went unanswered', async (t) => {
  const { db, app, businessId } = electric;
  const before = await db.selectFrom('leads').select('id').where('business_id', '=', businessId).execute();
  const c = await dial(electric, '+15125550204');
  const heard = await c.talk('how much is a service call', 'do you install backup generators');
  t.match(heard[0], /\$95/);
  t.match(heard[1], /^I don't know that/);
  const bye = await c.turn('thanks bye');
  t.ok(bye.hangup);
  await c.hangUp();
  // (QA: a NORMAL lead, no name, "how much is a service call" as its issue, e-mailed as a new lead.)
  t.same(await c.leads(), [], 'no lead from a call that asked for nothing');
  const conv = await c.conversation();
  t.match(conv.summary, /^Call of \d+s\. Caller: "how much is a service call" \(\+2 more\)\. Not answered: "do you install backup generators"\. No lead captured\.$/);
  // The chat: the same questions, the chat ended: no lead either.
  const start = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId } });
  const sid = start.json().sessionId as string;
  for (const text of ['how much is a service call', 'do you install backup generators']) await app.inject({ method: 'POST', url: `/api/chat/${sid}/message`, payload: { text } });
  t.equal((await app.inject({ method: 'POST', url: `/api/chat/${sid}/end`, payload: {} })).statusCode, 200);
  const chatConv = await db.selectFrom('conversations').select(['summary']).where('session_id', '=', sid).executeTakeFirstOrThrow();
  t.match(chatConv.summary, /Not answered: "do you install backup generators"\. No lead captured\.$/, 'the chat summary names it too');
  const after = await db.selectFrom('leads').select('id').where('business_id', '=', businessId).execute();
  t.equal(after.length, before.length, 'neither channel wrote a lead');
});

t.test('a callback number given, then the call drops: the lead and the e-mail carry it, and "this number" is not said', async (t) => {
  const from = '+15125550205';
  const c = await dial(electric, from);
  const heard = await c.talk('can someone come out to fix an outlet', 'its john smith', 'please call me back on 512 555 0123');
  // (QA: "please call me back on ..." to the address question was stored as the address.)
  t.match(heard[2], /^Thanks, I've noted your phone number\. What is the address where the work is needed\?$/);
  await c.turn('12 oak street');
  await c.hangUp();
  const [lead] = await c.leads();
  t.equal(lead!.phone, '+15125550123', 'the number they gave, not the caller ID');
  t.equal(lead!.address, '12 oak street');
  const data = lead!.captured_data as { answers?: Array<{ question: string; answer: string }> };
  const email = renderOwnerLeadEmail({ business: { name: 'Brightline Electric', phone_number: null, timezone: 'America/Chicago' }, lead: lead!, answers: data.answers ?? [], leadUrl: 'u', priorityFlag: false });
  t.match(email.text, /Call: \(512\) 555-0123/);
  t.notMatch(email.text, /555 0205/, 'the caller ID is not offered as the number to call');

  // The same, silent at the end: the goodbye names the number they gave.
  const quiet = await dial(electric, '+15125550206');
  await quiet.talk('can someone come out to fix an outlet', 'its john smith', 'you can reach me at five one two five five five zero one two four', '12 oak street');
  // (QA: silence after "When would suit you for a visit? If you'd rather not say, just say skip." got "Is there anything else I can help with?")
  t.equal((await quiet.turn(null)).gather?.prompt, "Sorry, I did not catch that. When would suit you for a visit? If you'd rather not say, just say skip.");
  await quiet.turn(null);
  const end = await quiet.turn(null);
  t.ok(end.hangup);
  const goodbye = end.says.join(' ');
  t.match(goodbye, /will call you back on 512-555-0124, the number you gave\. Goodbye\.$/);
  t.notMatch(goodbye, /this number/);
  t.equal((await quiet.leads())[0]!.phone, '+15125550124');
  // A caller who gives no number hears "this number".
  const plain = await dial(electric, '+15125550207');
  await plain.talk('can someone come out to fix an outlet', 'its john smith', '12 oak street');
  for (const s of [null, null]) await plain.turn(s);
  t.match((await plain.turn(null)).says.join(' '), /call you back on this number\. Goodbye\.$/);
});

t.test('water dripping from the ceiling light: asked what to do, the caller hears the one instruction that matters', async (t) => {
  const c = await dial(electric, '+15125550208');
  const [first, advice] = await c.talk('water dripping from the ceiling light', 'what should i do');
  t.match(first, /^If water is leaking onto lights, outlets or the panel, turn off the power at the main breaker/);
  // (QA: the water instruction, then the sparks one, read out one after the other.)
  t.match(advice, /^If water is leaking onto lights, outlets or the panel/);
  t.notMatch(advice, /sparks/, 'one instruction on the phone');
  await c.hangUp();
  const [lead] = await c.leads();
  t.equal(lead!.priority, 'URGENT');
});

t.test('a dental clinic: a knocked-out tooth gets the clinic\'s own instruction, and the team is alerted', async (t) => {
  const c = await dial(dental, '+12085550211');
  t.equal(c.greeting, 'Thanks for calling Juniper Family Dental. How can I help you today?');
  const [first, advice] = await c.talk('my son just knocked out his front tooth playing hockey', 'what do i do');
  // (QA: the heavy-bleeding sentence, "call 911 or go to the emergency room", for a tooth the clinic says to bring in within the hour.)
  t.match(first, /^If a permanent tooth is knocked out, pick it up by the crown, not the root/);
  t.notMatch(first, /not an appointment/);
  t.match(first, /just say "connect me"/);
  t.match(advice, /^If a permanent tooth is knocked out/);
  t.notMatch(advice, /heavy bleeding/, 'one instruction on the phone');
  await c.hangUp();
  const [lead] = await c.leads();
  t.equal(lead!.priority, 'URGENT');
  // Bleeding that will not stop is still 911 first.
  const bleed = await dial(dental, '+12085550212');
  t.match((await bleed.talk('my mouth is bleeding heavily after an extraction and it wont stop'))[0], /911/);
});

t.test('a dental clinic: casual questions are answered and leave no lead; a number said in words is the callback number', async (t) => {
  const c = await dial(dental, '+12085550213');
  const heard = await c.talk('do yall take delta dental', 'wheres parking', 'whats the address', 'how much r crowns');
  t.match(heard[0], /^Yes\. We are in network with Delta Dental/);
  t.match(heard[1], /Free parking is in the lot behind the building\./);
  t.match(heard[2], /410 W Idaho Street, Suite 200, Boise/);
  t.match(heard[3], /Crown, Price: \$1,150\./);
  t.ok((await c.turn('ok thats all thanks')).hangup);
  await c.hangUp();
  t.same(await c.leads(), []);

  const booking = await dial(dental, '+12085550214');
  const said = await booking.talk('i need to make an appointment for a filling', 'its dave kim', 'you can reach me at two oh eight five five five zero one nine nine', 'tuesday morning', 'skip');
  t.match(said[2], /^Thanks, I've noted your phone number\./);
  t.match(said.at(-1), /I have passed your request to the Juniper Family Dental team/);
  const [lead] = await booking.leads();
  t.match(lead, { name: 'Dave Kim', phone: '+12085550199', priority: 'NORMAL' });
});

t.test('a dental clinic: "can i talk to someone" rings the clinic; a hang-up while it rings leaves a lead that says so', async (t) => {
  const c = await dial(dental, '+12085550215');
  const put = await c.turn('can i talk to someone');
  t.equal(put.dial, '+12085550164');
  t.match(put.says.join(' '), /^Sure, putting you through to the team now\. Please hold\.$/);
  await c.hangUp();
  const [lead] = await c.leads();
  // (QA: "can i talk to someone" as the lead's issue.)
  t.equal(lead!.issue, 'Caller asked to speak to someone (hung up while the team was rung)');
  t.equal(lead!.phone, '+12085550215');
});

t.test('a dental clinic after hours: "are you open" is answered for now, and "no thats it" ends the call', async (t) => {
  const tuesday = dentalClock.now;
  dentalClock.now = Date.parse('2026-12-12T20:00:00Z'); // Saturday 13:00 in Boise
  t.teardown(() => void (dentalClock.now = tuesday));
  const c = await dial(dental, '+12085550216');
  t.equal(c.greeting, 'Thanks for calling Juniper Family Dental. We are closed right now, we open Monday at 8am, but I can take your details and emergencies are handled straight away. How can I help you today?');
  // (QA: "Yes. Monday to Thursday, Hours: ..." on a Saturday afternoon.)
  t.equal((await c.turn('are you open')).gather?.prompt, 'No. We are closed right now. We open Monday at 8am.');
  // (QA: "You're welcome! If anything else comes up, just ask here.", and "no thats it" kept the line open.)
  t.equal((await c.turn('ok thanks')).gather?.prompt, "You're welcome! Is there anything else I can help with?");
  const end = await c.turn('no thats it');
  t.ok(end.hangup, 'the call ends');
  t.equal(end.says.join(' '), 'Thanks for calling. Goodbye.');
  await c.hangUp();
  t.same(await c.leads(), []);
});
