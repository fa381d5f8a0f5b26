import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { validateAnswer } from '../../src/agent/validate.js';

// Session 23 QA: a bike repair shop signed up with no trade and its web page as knowledge
// (test/fixtures/guides/bike-shop.md), asked the way a rider types. "my brakes are squeaking, can
// i bring it in tomorrow?" got "I don't know that" (bringing the bike in on a day is asking for a
// time, like "can i get in today"); and after the agent offered to have someone get back, a reply
// of just "tomorrow after 5" got "Sorry to hear that. If you like, I can take a few details ...":
// a time typed alone after the offer is the visitor taking it up, and it is when the team may
// call, not to be asked again.

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
const businessId = await businessWithGuide(app, { name: 'Spoke & Chain Cycles', guide: 'bike-shop.md', remoteAddress: '10.0.79.1' });
const chat = () => agentChat(app.services.agent, businessId);
const capturedOf = async (leadId: string) =>
  JSON.stringify((await app.deps.db.selectFrom('leads').select('captured_data').where('id', '=', leadId).executeTakeFirstOrThrow()).captured_data);

t.test('bringing the thing in on a day is asking for a time: the details start and the day is kept', async (t) => {
  for (const text of ['my brakes are squeaking, can i bring it in tomorrow?', 'can i drop off my bike friday morning', 'could we drop the bike off on monday']) {
    const c = await chat();
    const first = await c.say(text);
    t.match(first.reply, /^The team will confirm (?:a time|that) with you, so let me take your details\. What is your name\?$/, text);
  }
  const c = await chat();
  await c.say('my brakes are squeaking, can i bring it in tomorrow?');
  const rest: Array<{ reply: string; lead?: { id: string } }> = [];
  for (const text of ['Dave Kim', '416 555 0142', 'skip', 'skip']) if (!rest.some((r) => r.lead)) rest.push(await c.say(text));
  t.notMatch(rest.map((r) => r.reply).join(' '), /When would suit you/, 'the day was said: not asked again');
  const leadId = rest.map((r) => r.lead?.id).find(Boolean);
  t.ok(leadId, 'a lead was captured');
  t.match(await capturedOf(leadId!), /"preferredTime":"[^"]*tomorrow/i);
});

t.test('asking whether one may bring something, with no day (a clock time asks the hours), stays a question', async (t) => {
  // ("can I drop my dog off at 6:30 in the morning on a weekday", a kennel eval item: whether they are open then.)
  for (const text of ['can i bring my own parts', 'can i bring it in without an appointment', 'can i drop my bike off at 6:30 in the morning on a weekday']) {
    const c = await chat();
    t.notMatch((await c.say(text)).reply, /What is your name/, text);
  }
});

t.test('a time typed alone after the offer takes it up, and is kept as when it suits', async (t) => {
  const c = await chat();
  const offer = await c.say('my gears keep slipping, do you do bike fittings?');
  t.match(offer.reply, /I don't know that, but I can have someone get back to you/);
  const taken = await c.say('tomorrow after 5');
  t.match(taken.reply, /^Thanks\. What is your name\?$/);
  t.notMatch(taken.reply, /Sorry to hear/);
  const rest: Array<{ reply: string; lead?: { id: string } }> = [];
  for (const text of ['Dave Kim', '416 555 0142', 'skip', 'skip']) if (!rest.some((r) => r.lead)) rest.push(await c.say(text));
  t.notMatch(rest.map((r) => r.reply).join(' '), /When would suit you/);
  const leadId = rest.map((r) => r.lead?.id).find(Boolean);
  t.ok(leadId, 'a lead was captured');
  t.match(await capturedOf(leadId!), /"preferredTime":"[^"]*\(tomorrow after 5\)"/);
  t.match(await capturedOf(leadId!), /"answer":"my gears keep slipping, do you do bike fittings\?"/, 'the problem is what was told, without the time');
});

// "how do i get my bike fixed" got the shop's description, "how do i book a tune up" a turnaround
// sentence and nothing more, "can i sign up for lessons" (a music school) "I don't know that": the
// agent takes bookings itself. Asking how is answered and the agent offers to take it; asking to
// sign up is a request like "can i book".
t.test('how to book is answered with the offer to take the booking; asking to sign up starts the details', async (t) => {
  const c = await chat();
  t.match((await c.say('how do i get my bike fixed')).reply, /I can take your details now and the team will set it up with you\. Would you like that\?$/);
  t.match((await c.say('yes')).reply, /What is your name\?$/, 'taking the offer starts the details');
  const other = await chat();
  t.equal((await other.say('how do i book a tune up')).reply, 'I can take your details now and the team will set it up with you. Would you like that?', 'a sentence about something else (how long a tune-up takes) is no answer to how to book');
  const join = await chat();
  t.match((await join.say('can i sign up for the kids trade-up program')).reply, /What is your name\?$/);
  const channel = await chat();
  t.notMatch((await channel.say('can i book online')).reply, /What is your name|Would you like that/, 'the way of booking is only asked about');
});

// A music school's parent answered "When would suit you?" with "weekday afternoons after school" and
// the owner's e-mail said "Mon, Dec 7 (weekday afternoons after school)": one Monday made up from a
// kind of day; "mondays after 3" was refused ("Sorry, I did not catch a day or time there").
t.test('a kind of day, every week, is kept as said; a day named once is still read as a date', async (t) => {
  const when = (text: string) => validateAnswer('TEXT', 'PREFERRED_TIME', text, { country: 'US', timezone: 'America/New_York', now: new Date('2026-12-04T15:00:00Z') });
  for (const text of ['weekday afternoons after school', 'mondays after 3', 'weeknights after 7', 'saturdays']) t.same(when(text), { ok: true, value: text }, text);
  t.same(when('monday'), { ok: true, value: 'Mon, Dec 7 (monday)' });
  t.same(when('tomorrow morning'), { ok: true, value: 'Sat, Dec 5, morning (tomorrow morning)' });
});
