import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat, talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 35: a family dental practice's page (test/fixtures/guides/dental.md), chatted with as its patients would.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Riverbend Family Dental', guide: '../guides/dental.md', trade: 'CLINIC', remoteAddress: '10.0.35.1' });
const talk = talkTo(app.services.agent, businessId);

t.test('a mishap of the visitor\'s own is trouble told, not a price asked (read-intent toldMishap)', async (t) => {
  // ("my crown fell off" got "Crown — Price: from $1,150.": the price of a new crown, as if asked.)
  for (const told of ['my crown fell off', 'my filling fell out', 'i lost a filling yesterday', 'the crown came off']) {
    const [reply] = await talk(told);
    t.match(reply, /^Sorry to hear that\. If you like, I can take a few details and pass this to the Riverbend Family Dental team/, told);
    t.notMatch(reply, /\$|fill in forms/, `${told}: no price row, no loosely matching sentence`);
  }
  // (Asked, the price is the answer.)
  const [asked] = await talk('how much is a crown');
  t.equal(asked, 'Crown — Price: from $1,150.');
  const [fallen] = await talk('my crown fell off, how much to fix it');
  t.match(fallen, /Crown — Price: from \$1,150/, 'a price asked after the trouble is still asked');
  // (Good news and errands are no mishap: read-intent toldMishap.)
  const { toldMishap } = await import('../../src/agent/read-intent.js');
  for (const fine of ['my hair came out great, thanks', 'i lost a lot of weight thanks to your program', 'i dropped the kids off at 8', 'my sister came out last week to see the house', 'my crown never fell off', 'what if my crown falls off']) t.notOk(toldMishap(fine), fine);
  for (const told of ['my crown came off', 'he chipped his tooth', 'my tooth hurts', 'my crown is cracked']) t.ok(toldMishap(told), told);
});

t.test('the mishap leads the problem the owner reads, before what was asked earlier', async (t) => {
  const c = await agentChat(app.services.agent, businessId);
  await c.say('how much is a cleaning if i dont have insurance');
  await c.say('my crown fell off yesterday');
  t.match((await c.say('yes')).reply, /name/i);
  await c.say('Maria Lopez');
  let r = await c.say('614 555 7788');
  for (let i = 0; i < 4 && !r.lead; i++) r = await c.say('skip');
  t.ok(r.lead, 'the lead is written');
  const lead = await app.deps.db.selectFrom('leads').select(['issue', 'priority']).where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.match(lead.issue, /^my crown fell off yesterday/);
  t.equal(lead.priority, 'NORMAL', 'trouble told is work wanted, not an information question (priority describesWork)');
});

t.test('a checkup is what a practice calls an exam (lexical-related)', async (t) => {
  const [kid, price] = await talk('my 6 yr old needs a checkup, do u see kids', 'how much is it');
  t.match(kid, /^Yes\. .*children from age 2/);
  t.match(price, /Price: \$/, 'the price of a visit, not "I don\'t know"');
  const [adult] = await talk('how much is a check-up');
  t.match(adult, /exam, X-rays and cleaning — Price: \$189/);
});

t.test('an emergency\'s confirmation names the emergency line its first reply gave (replies.straightAway)', async (t) => {
  // (A caller was told "if it gets worse, use the emergency line. If you need someone straight away, call
  // 614-555-0140": no emergency line named, and then the office line, closed, where the page gives (614) 555-0188.)
  const c = await agentChat(app.services.agent, businessId, 'CALL', '+16145553344');
  t.match((await c.say('hi my son just knocked his front tooth out playing hockey')).reply, /keep it in milk/);
  let r = await c.say('just the essentials');
  for (const a of ['Dan Webb', 'skip', 'skip', 'skip']) {
    if (r.lead) break;
    r = await c.say(a);
  }
  t.ok(r.lead, 'the lead is written');
  t.match(r.reply, /If you need someone straight away, call our emergency line, \(614\) 555-0188\./);
});

t.test('a filler before the greeting is dropped with it from the problem the owner reads (format.visitorWords)', async (t) => {
  // (The owner's e-mail read "High priority: hi my crown fell off yesterday" for a caller's "yeah hi my crown fell off yesterday".)
  const { visitorWords } = await import('../../src/agent/format.js');
  t.equal(visitorWords('yeah hi my crown fell off yesterday'), 'my crown fell off yesterday');
  t.equal(visitorWords('ok hi there, this is Sam Park. my tap leaks'), 'my tap leaks');
  t.equal(visitorWords('yeah hi'), 'yeah hi', 'nothing else said: kept as said');
});

t.test('whether insurance pays is not answered by a price (answer-unsaid payerUnsaid)', async (t) => {
  // ("is whitening covered by insurance" got "Yes. Teeth whitening (in office) — Price: $399.", under a
  // heading "Prices without insurance".)
  for (const q of ['is whitening covered by insurance', 'is a crown covered by insurance', 'are fillings covered', 'does insurance cover whitening']) {
    const [reply] = await talk(q);
    t.notMatch(reply, /^Yes\b|Price:|\$/, q);
  }
  const [plan] = await talk('do you take delta dental');
  t.match(plan, /^Yes\. We are in network with Delta Dental/);
});

t.test('an age told without its apostrophe is read ("shes 18 months"), and one under the youngest seen is a no (answer-ages)', async (t) => {
  // (Got an invented "Yes. ... see adults and children from age 2.")
  const [reply] = await talk('can my kid see the dentist, shes 18 months');
  t.match(reply, /^No\. .*from age 2/);
});
