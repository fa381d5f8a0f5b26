import t from 'tap';
import { plainAnswerKind, validateAnswer } from '../../src/agent/validate.js';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// QA on the phone loop: asked for the property's address, a caller said "yeah the number im
// calling from" (they thought it was the phone question) and that was stored as the address the
// owner's alert showed. Talk about how to reach someone is no address; real ones still pass.

const notAddresses = ['yeah the number im calling from', 'just use my cell', 'call me on this phone', 'text me', 'you can email me', 'same as my phone number'];
for (const text of notAddresses) {
  t.test(text, async (t) => {
    const r = validateAnswer('TEXT', 'ADDRESS', text);
    t.equal(r.ok, false, 'not taken as the address');
    if (!r.ok) t.match(r.message, /^That sounds like how to reach you rather than the address\. Could you give me the address, with the street and number\?$/);
  });
}

const addresses = ['12 Maple Avenue, Shelbyville', 'Springfield', 'Unit 4, Harbour View', 'the farmhouse on Mill Road past the church', '44 Phone Lane'];
for (const text of addresses) {
  t.test(text, async (t) => {
    t.same(validateAnswer('TEXT', 'ADDRESS', text), { ok: true, value: text });
  });
}

t.test('an address said with a lead-in and the town is plainly an address, whatever was asked', async (t) => {
  for (const text of ['yeah its 44 oak street in springfield', "it's at 12 Elm St, Shelbyville", 'ok 9 Mill Road near Ogdenville']) t.equal(plainAnswerKind(text), 'ADDRESS', text);
  t.same(validateAnswer('TEXT', 'ADDRESS', 'yeah its 44 oak street in springfield'), { ok: true, value: '44 oak street in springfield' });
  // A problem that happens to name a street is still not an address.
  t.equal(plainAnswerKind('the drain on 5th street outside my house is blocked and the water is backing into the yard'), null);
});

t.test('on the demo: an address given at the e-mail question is not asked for again', async (t) => {
  const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });
  const demo = await app.deps.db.selectFrom('businesses').select('id').where('is_demo', '=', true).executeTakeFirstOrThrow();
  const c = await agentChat(app.services.agent, demo.id);
  const replies: string[] = [];
  for (const text of ['can someone come out tomorrow morning', 'Maria Lopez', '415 555 2671']) replies.push((await c.say(text)).reply);
  t.match(replies.at(-1), /e-mail/i, 'at the e-mail question');
  t.match((await c.say('yeah its 44 oak street in springfield')).reply, /^Thanks, I've noted the address\./);
  const rest: string[] = [];
  for (const text of ['skip', 'my kitchen sink is backing up', 'tomorrow at 9am']) rest.push((await c.say(text)).reply);
  t.comment(rest.join(' || '));
  t.notOk(rest.some((r) => /address/i.test(r)), 'the address is not asked again');
});
