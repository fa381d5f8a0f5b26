import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { limit } from '../../src/plans/index.js';

// M6: starting a chat spends none of the business's daily message allowance, and one address
// cannot use more than its share of it: a flood of starts (or of messages from one source)
// leaves the widget working for everybody else.

const { app } = await buildTestApp(t, { config: { CHAT_RATE_LIMIT_PER_MINUTE: 100_000, CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE: 100_000, CHAT_SESSIONS_PER_ADDRESS: 100_000 } });
const daily = limit('FREE', 'chatMessagesPerDay');

const start = (businessId: string, ip: string) => app.inject({ method: 'POST', url: '/api/chat', remoteAddress: ip, payload: { businessId } });
const say = (sessionId: string, ip: string, text: string) => app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, remoteAddress: ip, payload: { text } });

t.test(`${daily + 20} session starts from 20 addresses do not spend a FREE business's day`, async (t) => {
  const b = await createTestBusiness(app, { plan: 'FREE' });
  let refused = 0;
  for (let i = 0; i < daily + 20; i++) {
    const res = await start(b.businessId, `198.51.100.${i % 20}`);
    if (res.statusCode !== 201) refused++;
  }
  t.equal(refused, 0, 'every start accepted');
  const visitor = (await start(b.businessId, '203.0.113.50')).json() as { sessionId: string };
  const res = await say(visitor.sessionId, '203.0.113.50', 'Hello, do you fix boilers?');
  t.equal(res.statusCode, 200, 'a real visitor still gets an answer');
});

t.test('one address cannot exhaust the business: it gets its share, others go on', async (t) => {
  const b = await createTestBusiness(app, { plan: 'FREE' });
  const flooder = '198.51.100.77';
  let sent = 0;
  let status = 200;
  let session = ((await start(b.businessId, flooder)).json() as { sessionId: string }).sessionId;
  for (let i = 0; i < daily && status === 200; i++) {
    if (i > 0 && i % 50 === 0) session = ((await start(b.businessId, flooder)).json() as { sessionId: string }).sessionId;
    const res = await say(session, flooder, `question number ${i}`);
    status = res.statusCode;
    if (status === 200) sent++;
  }
  t.equal(status, 429, 'the flooding address is stopped');
  t.ok(sent < daily / 2, `it got ${sent} of the ${daily} daily messages`);
  const other = ((await start(b.businessId, '203.0.113.60')).json() as { sessionId: string }).sessionId;
  t.equal((await say(other, '203.0.113.60', 'Hello there')).statusCode, 200, 'another visitor is served');
});
