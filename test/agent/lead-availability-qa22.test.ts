import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 22 QA: a chiropractic clinic signed up (trade CLINIC) with its web page as knowledge
// (test/fixtures/guides/chiropractic.md), asked the way a patient types. "can u see me today" got
// "Yes. We see kids of all ages, including babies.", "any openings tomorrow?" got "Yes. We're a
// family chiropractic clinic in Burlington, open since 2011.", and when the details did start the
// day already said was asked for again; "can i just come in without an appointment" started the
// details as a booking; "is there a spot saturday for a massage" got "No. ... no massage on
// Saturdays) I can take your details for that."

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
const businessId = await businessWithGuide(app, { name: 'Cornerstone Chiropractic', guide: 'chiropractic.md', trade: 'CLINIC', title: 'Our clinic', remoteAddress: '10.0.78.1' });
const say = async (...texts: string[]) => {
  const c = await agentChat(app.services.agent, businessId);
  const replies: string[] = [];
  for (const text of texts) replies.push((await c.say(text)).reply);
  return replies;
};

t.test('asking to be seen is a booking, and the day said is kept', async (t) => {
  const [first, , third] = await say('can u see me today', 'Priya Shah', '905 555 0199');
  t.match(first, /^The team will confirm a time with you, so let me take your details\. What is your name\?$/);
  t.notMatch(third, /When would suit you/, 'the day was said: not asked again');
  for (const text of ['any openings tomorrow?', 'do u have availability this week', 'can i get in today', 'can you fit me in']) {
    const [reply] = await say(text);
    t.notMatch(reply, /^Yes\b|I don't know/, `${text}: no yes from an unrelated sentence, no "I don't know"`);
    t.match(reply, /What is your name\?$/, `${text}: the details start`);
  }
});

t.test('coming without an appointment is a question about walk-ins, not a booking', async (t) => {
  const [reply] = await say('can i just come in without an appointment');
  t.notMatch(reply, /What is your name/);
});

t.test('a day the knowledge rules out gets its "no", then the details are still offered', async (t) => {
  const [reply] = await say('is there a spot saturday for a massage');
  t.match(reply, /no massage on Saturdays/);
  t.notMatch(reply, /for that\./, 'not "I can take your details for that" after a no');
  t.match(reply, /I can still take your details/);
});

t.test('a booking asked as a question is routine work, not a LOW information request', async (t) => {
  // ("table for 4 tonight at 7?" on a restaurant's chat was written as a LOW lead.)
  const c = await agentChat(app.services.agent, businessId);
  let r = await c.say('any openings tomorrow?');
  for (const text of ['Jordan Lee', '905 555 0142', 'my neck is stiff', 'skip', 'skip', 'skip']) if (!r.lead) r = await c.say(text);
  t.ok(r.lead, 'the lead was taken');
  const lead = await app.deps.db.selectFrom('leads').select(['priority', 'name']).where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.equal(lead.name, 'Jordan Lee');
  t.equal(lead.priority, 'NORMAL');
});

t.test('how long the trouble has gone on, told at the time question, is kept for the team and is no visit time', async (t) => {
  // ("stiff neck for 2 weeks" was stored as the time that suits, Fri 2 weeks ahead, then overwritten by "mornings": lost.)
  const c = await agentChat(app.services.agent, businessId);
  let r = await c.say('i want to book an initial assessment');
  r = await c.say('Sam Ortiz');
  r = await c.say('905 555 0123');
  t.match(r.reply, /When would suit you/);
  r = await c.say('stiff neck for 2 weeks');
  t.match(r.reply, /^Thanks, I've added that to the details for the team\. When would suit you/);
  r = await c.say('mornings');
  for (const text of ['skip', 'skip']) if (!r.lead) r = await c.say(text);
  t.ok(r.lead, 'the lead was taken');
  const lead = await app.deps.db.selectFrom('leads').select(['issue', 'captured_data']).where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.match(lead.issue, /stiff neck for 2 weeks/, 'the detail is in the problem the owner reads');
  t.match(JSON.stringify(lead.captured_data), /"preferredTime":"mornings"/);
});

t.test('a question beside a request is answered before the details; a request after a question starts them', async (t) => {
  // ("can i book a massage, do you direct bill?" got only "What is your name?"; "do you see kids? id like to
  // book my daughter in" got the answer and no details.)
  let [reply] = await say('can i book a massage, do you direct bill?');
  t.match(reply, /^Yes\. We bill most extended health plans directly .* What is your name\?$/);
  [reply] = await say('do you see kids? id like to book my daughter in');
  t.match(reply, /^Yes\. We see kids of all ages, including babies\..* What is your name\?$/);
});
