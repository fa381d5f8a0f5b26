import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// A question asked beside a request, which the knowledge does not cover: the agent says it does
// not know (issue 12 item 3's honest "I don't know that"), then the details start.

const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
const agent = app.services.agent;

t.test('a question beside a request that the knowledge does not cover: "I don\'t know that", then the details', async (t) => {
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: '10.0.77.1',
    payload: {
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { businessId } }',
      variables: { input: { businessName: 'Unknown Answers Co', email: `dk-${Date.now()}@example.com`, password: 'a good long password', trade: 'PLUMBING_HVAC' } },
    },
  });
  const businessId = res.json().data?.signUp?.businessId as string;
  t.ok(businessId);
  const c = await agentChat(agent, businessId);
  const r = await c.say('i need a plumber, how much is a call out');
  t.match(r.reply, /^I don't know that, but the team can/);
  t.match(r.reply, /What is your name\?/);
});
