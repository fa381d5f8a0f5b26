import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 32: "whats your address and phone number" to the UK heating engineer (its page as knowledge:
// test/fixtures/guides/uk-heating.md, which gives no address) got one sentence of the page that says
// "number" ("Gas Safe registration number 548812"), or the emergency line alone, although the owner
// had typed the address and the office number into the profile. Each part is now answered on its own:
// from the profile when it has that field, else from the page, else named as not known.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Harbourside Heating & Plumbing', guide: 'uk-heating.md', trade: 'PLUMBING_HVAC', remoteAddress: '10.0.32.1' });
await app.deps.db.updateTable('businesses').set({ timezone: 'Europe/London', phone_number: '+441174960100' }).where('id', '=', businessId).execute();
const ask = async (q: string) => (await (await agentChat(app.services.agent, businessId)).say(q)).reply;

t.test('the address the profile lacks is named as not known, the number is the profile\'s', async (t) => {
  t.equal(await ask('whats your address and phone number'), 'You can reach us on 0117 496 0100. As for "whats your address": I don\'t know that, but I can have someone get back to you.');
});

t.test('both parts from the profile once the owner fills the address in', async (t) => {
  await app.deps.db.updateTable('businesses').set({ address: '12 Quay Street, Bristol BS1 4RR' }).where('id', '=', businessId).execute();
  t.equal(await ask('whats ur address and number'), 'We are at 12 Quay Street, Bristol BS1 4RR. You can reach us on 0117 496 0100.');
  t.equal(await ask('what is your address'), 'We are at 12 Quay Street, Bristol BS1 4RR.', 'one part asked: that part');
});
