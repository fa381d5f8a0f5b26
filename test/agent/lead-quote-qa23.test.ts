import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';
import { quoteAsPriceQuestion } from '../../src/agent/read-intent.js';

// Session 23 QA: a caterer's page (test/fixtures/guides/catering.md). "can i get a quote for 80 ppl
// bbq" got only "I can help with that. What is your name?" although the page prices the BBQ buffet
// per guest: the quote was looked up in its own words ("get a quote"), which no price sentence says.
// It is asked as the price question it is; the details still start.

t.test('a quote asked for is looked up as what the job costs', async (t) => {
  t.equal(quoteAsPriceQuestion('can i get a quote for 80 ppl bbq'), 'how much for 80 ppl bbq');
  t.equal(quoteAsPriceQuestion('could you quote me for a rewire'), 'how much for a rewire');
  t.equal(quoteAsPriceQuestion('i need a quote on a new water heater'), 'how much for a new water heater');
  for (const text of ['can i get a quote', 'can i get a quote for that', 'how much is a quote']) t.equal(quoteAsPriceQuestion(text), null, `${text}: no job named`);
});

t.test('the price comes before the details; the deposit asked is its amount', async (t) => {
  const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
  const businessId = await businessWithGuide(app, { name: 'Ember & Oak Catering', guide: 'catering.md', remoteAddress: '10.0.80.1' });
  const c = await agentChat(app.services.agent, businessId);
  const { reply } = await c.say('can i get a quote for 80 ppl bbq');
  t.match(reply, /^BBQ buffet — Per guest: \$42\. .*What is your name\?$/);
  // ("whats the deposit" got "Cancel more than 30 days before the event for a full refund of the
  // deposit": what the deposit is asks its amount.)
  const d = await agentChat(app.services.agent, businessId);
  t.match((await d.say('whats the deposit')).reply, /^A 25% deposit holds your date/);
  // ("how do we book a wedding": what the page says of booking, then the offer to take it.)
  const b = await agentChat(app.services.agent, businessId);
  t.match((await b.say('how do we book a wedding')).reply, /events@emberoak\.example.* I can take your details now and the team will set it up with you\. Would you like that\?$/);
});
