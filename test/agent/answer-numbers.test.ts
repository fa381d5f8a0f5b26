import t from 'tap';
import { measuresAsDigits } from '../../src/agent/answer-numbers.js';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { businessWithGuide } from '../helpers/guide-business.js';

// Session 25 QA, by phone: "hi um yeah i was wondering uh how much is a ninety minute deep tissue"
// got "I don't know that" from a guide that says "Deep tissue massage: ... 90 minutes $140": the
// transcript said the length in words.

t.test('a number said in words before what it measures is written as digits', async (t) => {
  for (const [said, asDigits] of [
    ['how much is a ninety minute deep tissue', 'how much is a 90 minute deep tissue'],
    ['forty five minute lesson', '45 minute lesson'],
    ['twenty-five minutes', '25 minutes'],
    ['a two hundred gallon tank', 'a 200 gallon tank'],
    ['for three people', 'for 3 people'],
    ['a three-bedroom house', 'a 3-bedroom house'],
    ['Two hours', '2 hours'],
    // Any other number word is left as said.
    ['do you have one for kids', 'do you have one for kids'],
    ['one more thing', 'one more thing'],
    ['someone tonight', 'someone tonight'],
    ['ninety nine problems', 'ninety nine problems'],
  ] as const) t.equal(measuresAsDigits(said), asDigits, said);
});

t.test('by phone, a length said in words finds the price written in digits', async (t) => {
  const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
  const businessId = await businessWithGuide(app, { name: 'Riverside Massage', guide: 'massage.md', remoteAddress: '10.0.80.3' });
  const c = await agentChat(app.services.agent, businessId, 'CALL', '+17205550142');
  t.match((await c.say('hi um yeah i was wondering uh how much is a ninety minute deep tissue')).reply, /Deep tissue massage: .*90 minutes \$140/);
});
