import t from 'tap';
import { readFileSync } from 'node:fs';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
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

t.test('the price comes before the details', async (t) => {
  const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: '10.0.80.1',
    payload: {
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { businessId } }',
      variables: { input: { businessName: 'Ember & Oak Catering', email: `cater-${Date.now()}@example.com`, password: 'a good long password' } },
    },
  });
  const businessId = res.json().data.signUp.businessId as string;
  await app.deps.db.updateTable('businesses').set({ plan: 'PRO' }).where('id', '=', businessId).execute();
  await app.deps.db
    .insertInto('knowledge_items')
    .values({ business_id: businessId, title: 'Our menus', source: 'MARKDOWN', content: readFileSync(new URL('../fixtures/guides/catering.md', import.meta.url), 'utf8') })
    .execute();
  await app.services.knowledge.ingestPending(10);
  const c = await agentChat(app.services.agent, businessId);
  const { reply } = await c.say('can i get a quote for 80 ppl bbq');
  t.match(reply, /^BBQ buffet — Per guest: \$42\. .*What is your name\?$/);
});
