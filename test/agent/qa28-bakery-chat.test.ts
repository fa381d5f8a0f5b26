import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 28 QA: a bakery and caterer (trade OTHER, its page as knowledge:
// test/fixtures/guides/sweet-maple-bakery.md) chatted with in the widget as its customers type.
// - "is it nut free? my son has a severe peanut allergy" got "Yes. Our kitchen handles ... peanuts and
//   tree nuts, so we cannot guarantee any item is allergen-free.": a yes a parent could act on.
// - "do you deliver" got "No. ... we do not deliver tiered cakes by courier." (cake delivery is $40).
// - "how much for a cake that feeds about 100" got "I don't know" (cakes are priced per serving).
// - "how far ahead do i need to order a wedding cake" got the tastings and the cupcakes' 48 hours.
// - "about 20 kids" said at the name question was refused and lost from the owner's e-mail.

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
const businessId = await businessWithGuide(app, { name: 'Sweet Maple Bakery', guide: 'sweet-maple-bakery.md', trade: 'OTHER', remoteAddress: '10.0.28.1' });
const first = async (text: string) => (await (await agentChat(app.services.agent, businessId)).say(text)).reply;

t.test('a thing asked to be left out that the kitchen handles is a no', async (t) => {
  for (const text of ['is it nut free? my son has a severe peanut allergy', 'is it nut free', 'are your cakes peanut free?', 'is it dairy free']) {
    t.match(await first(text), /^No\. Our kitchen handles/, text);
  }
  // (What the page says is free of it stays a yes.)
  t.match(await first('do you have gluten free options'), /^Yes\. We offer gluten-free/);
  t.match(await first('can you make it sugar free'), /^No\. We do not make sugar-free items/);
});

t.test('a case denied is no answer to the service asked alone', async (t) => {
  for (const text of ['do you deliver', 'do you guys deliver?']) {
    const reply = await first(text);
    t.match(reply, /^Yes\./, `${text}: delivery is offered`);
    t.match(reply, /delivery.* \$\d/, `${text}: what it costs`);
  }
  t.match(await first('do you deliver tiered cakes by courier'), /^No\./, 'the case asked is the one denied');
});

t.test('the words people use for servings and notice', async (t) => {
  t.match(await first('how much for a cake that feeds about 100'), /per serving|serves/);
  t.match(await first('how far ahead do i need to order a wedding cake'), /^Custom cakes need at least 7 days notice; wedding cakes need 6 weeks\./);
});

t.test('a count with its noun said at the name question goes to the team', async (t) => {
  const c = await agentChat(app.services.agent, businessId);
  t.match((await c.say('hey i need a birthday cake for saturday for my daughter, shes turning 6, unicorn theme')).reply, /What is your name\?$/);
  t.match((await c.say('about 20 kids')).reply, /^Thanks, I've added that to the details for the team\. What is your name\?$/);
  t.match((await c.say('Maria Lopez')).reply, /phone number/);
  t.match((await c.say('(503) 201-8890')).reply, /What is the address, if we need to come to you\?/);
  t.match((await c.say('skip')).reply, /e-mail/);
  let r = await c.say('skip');
  for (let i = 0; i < 4 && !r.lead; i++) r = await c.say('skip');
  t.ok(r.lead, 'the lead was taken');
  const lead = await app.deps.db.selectFrom('leads').select('issue').where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.match(lead.issue, /unicorn theme\. about 20 kids/, 'the count is in what the team reads');
  // (A name is still a name, and a number alone still no name.)
  const d = await agentChat(app.services.agent, businessId);
  await d.say('i need a birthday cake');
  for (const text of ['555 0123', '20']) {
    const reply = (await d.say(text)).reply;
    t.notMatch(reply, /added that to the details/, `${text}: no detail`);
    t.match(reply, /your name\b.*\?$/, `${text}: the name asked again`);
  }
});
