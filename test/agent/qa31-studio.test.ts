import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 31 QA: a brand and web design studio in Toronto (its web page as knowledge:
// test/fixtures/guides/studio-ca.md), chatted with as its customers type.
// - "is hst included" got "Yes. All prices are in Canadian dollars, plus HST.": a tax added on top
//   of the price is not included, and the yes told a customer the opposite of the page.
// - "do i own the logo after" got "Yes. Brand identity: logo, colour palette, ...": "own" is a light
//   word ("our own"), so the question was only "logo", and a yes went to a sentence naming one.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Northlight Studio', guide: 'studio-ca.md', trade: 'STUDIO_AGENCY', remoteAddress: '10.0.31.1' });
const ask = async (q: string) => (await (await agentChat(app.services.agent, businessId)).say(q)).reply;

t.test('what the page adds on top of the price is not included', async (t) => {
  t.equal(await ask('is hst included'), 'No. All prices are in Canadian dollars, plus HST.');
  t.equal(await ask('is HST included in the price?'), 'No. All prices are in Canadian dollars, plus HST.');
  t.equal(await ask('is hst extra'), 'Yes. All prices are in Canadian dollars, plus HST.', 'asked the other way round, the same page is a yes');
});

t.test('the studio answers its plain questions from the page', async (t) => {
  t.equal(await ask('how much for a logo'), 'Logo refresh — Price: from $1,200.');
  t.equal(await ask('how long does a website take'), 'A website takes 6 to 10 weeks.');
  t.equal(await ask('are you open saturdays'), 'No. Closed weekends and statutory holidays.');
  t.equal(await ask('do you do wordpress'), 'Yes. Websites: design and build on Shopify, Squarespace or WordPress.');
});

t.test('who owns the work is answered from what the page says of ownership', async (t) => {
  const own = 'Yes. You own the final logo files and website content once the project is paid in full.';
  t.equal(await ask('do i own the logo after'), own);
  t.equal(await ask('will we own the website code'), own);
});
