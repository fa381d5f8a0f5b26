import t from 'tap';
import { readFileSync } from 'node:fs';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// Session 23 QA: a bike repair shop signed up with no trade and its web page as knowledge
// (test/fixtures/guides/bike-shop.md), asked the way a rider types. "my brakes are squeaking, can
// i bring it in tomorrow?" got "I don't know that" (bringing the bike in on a day is asking for a
// time, like "can i get in today"); and after the agent offered to have someone get back, a reply
// of just "tomorrow after 5" got "Sorry to hear that. If you like, I can take a few details ...":
// a time typed alone after the offer is the visitor taking it up, and it is when the team may
// call, not to be asked again.

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
const res = await app.inject({
  method: 'POST',
  url: '/graphql',
  remoteAddress: '10.0.79.1',
  payload: {
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { businessId } }',
    variables: { input: { businessName: 'Spoke & Chain Cycles', email: `bike-${Date.now()}@example.com`, password: 'a good long password' } },
  },
});
const businessId = res.json().data.signUp.businessId as string;
// (Knowledge answers are a paid feature: the owner's plan is raised as the platform operator would.)
await app.deps.db.updateTable('businesses').set({ plan: 'PRO' }).where('id', '=', businessId).execute();
await app.deps.db
  .insertInto('knowledge_items')
  .values({ business_id: businessId, title: 'Our shop', source: 'MARKDOWN', content: readFileSync(new URL('../fixtures/guides/bike-shop.md', import.meta.url), 'utf8') })
  .execute();
await app.services.knowledge.ingestPending(10);
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
  const rest = [];
  for (const text of ['Dave Kim', '416 555 0142', 'skip', 'skip']) if (!rest.some((r) => r.lead)) rest.push(await c.say(text));
  t.notMatch(rest.map((r) => r.reply).join(' '), /When would suit you/, 'the day was said: not asked again');
  const leadId = rest.map((r) => r.lead?.id).find(Boolean);
  t.ok(leadId, 'a lead was captured');
  t.match(await capturedOf(leadId!), /"preferredTime":"[^"]*tomorrow/i);
});

t.test('asking whether one may bring something, with no day, stays a question', async (t) => {
  for (const text of ['can i bring my own parts', 'can i bring it in without an appointment']) {
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
  const rest = [];
  for (const text of ['Dave Kim', '416 555 0142', 'skip', 'skip']) if (!rest.some((r) => r.lead)) rest.push(await c.say(text));
  t.notMatch(rest.map((r) => r.reply).join(' '), /When would suit you/);
  const leadId = rest.map((r) => r.lead?.id).find(Boolean);
  t.ok(leadId, 'a lead was captured');
  t.match(await capturedOf(leadId!), /"preferredTime":"[^"]*\(tomorrow after 5\)"/);
  t.match(await capturedOf(leadId!), /"answer":"my gears keep slipping, do you do bike fittings\?"/, 'the problem is what was told, without the time');
});
