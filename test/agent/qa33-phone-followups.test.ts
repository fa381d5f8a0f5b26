import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { talkTo } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 33: follow-ups seen on the electrician's phone fixture (test/fixtures/phone/brightline-electric.md),
// through the agent brain as a caller or a chat visitor drives it.
// - "do you do ev chargers" -> "id like one installed" got the ceiling fan's installation price beside
//   the charger's: "one" after "like" stands for the charger (follow-up's STANDS_FOR).
// - "how much for a new panel?" -> "we have an old fuse box and want to upgrade to 200 amp" got the
//   same price again: told after the answer, the job is the visitor's case, and the team is offered.

const { app } = await buildTestApp(t);
const businessId = await businessWithGuide(app, { name: 'Brightline Electric', guide: '../phone/brightline-electric.md', trade: 'ELECTRICAL', remoteAddress: '10.0.33.1' });
const talk = talkTo(app.services.agent, businessId);

t.test('"id like one installed" after the chargers: the charger\'s price, not every installation', async (t) => {
  const [yes, one] = await talk('do you do ev chargers', 'id like one installed');
  t.equal(yes, 'Yes. EV charger install (Level 2) — Price: from $850.');
  t.match(one, /^EV charger install \(Level 2\) — Price: from \$850\. I can take your details/);
  t.notMatch(one, /Ceiling fan/);
  const [, want] = await talk('do u do ev chargers', 'i want one put in at my house');
  t.notMatch(want, /Ceiling fan/);
});

t.test('the job told after its price is answered with the offer, not the same price again', async (t) => {
  const [price, told, yes] = await talk('how much for a new panel?', 'we have an old fuse box and want to upgrade to 200 amp', 'yes');
  t.equal(price, 'Panel upgrade (200 amp) — Price: $2,400 - $3,200.');
  t.not(told, price);
  t.match(told, /pass this to the Brightline Electric team/);
  t.match(yes, /What is your name\?/);
});
