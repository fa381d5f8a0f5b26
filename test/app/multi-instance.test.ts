import t from 'tap';
import WebSocket from 'ws';
import { createTestDatabase } from '../helpers/db.js';
import { hasRedisServer, startRedis } from '../helpers/redis-server.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { startTestSmtpServer } from '../helpers/smtp-server.js';
import { enqueueLeadNotifications } from '../../src/notify/lead-notifications.js';
import { NOTIFICATION_KINDS } from '../../src/notify/kinds.js';
import { skipLocally } from '../helpers/common.js';

// Two real server processes on one PostgreSQL and one Redis, as Fly runs them behind its
// proxy. Needs a real PostgreSQL (TEST_DATABASE_URL, as in CI) and redis-server.
const skip = skipLocally(
  !process.env.TEST_DATABASE_URL
    ? 'needs TEST_DATABASE_URL (a real PostgreSQL; CI provides it)'
    : !hasRedisServer()
      ? 'needs redis-server (CI installs it)'
      : false,
);

t.test('two instances share sessions, subscriptions, the outbox and rate limits', { skip }, async (t) => {
  const database = await createTestDatabase(t);
  const redis = await startRedis(t);
  const smtp = await startTestSmtpServer(t, { parse: false });
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    SEED_DEMO: 'true',
    DEMO_OWNER_PASSWORD: 'multi-instance-pass',
    CHAT_RATE_LIMIT_PER_MINUTE: '40',
    MAX_EVENT_LOOP_DELAY: '0',
  };
  // Started together: the demo seed must come out once even when both instances race for it.
  const [a, b] = (await Promise.all([startServerProcess(t, env), startServerProcess(t, env)])) as [ServerProcess, ServerProcess];
  const { db } = database;
  const businesses = await db.selectFrom('businesses').select(['id', 'name']).execute();
  t.equal(businesses.length, 1, 'one demo business although two instances seeded');
  const businessId = businesses[0]!.id;

  const post = async (server: ServerProcess, path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  // An owner subscribes to leads on A; the chat's last turn (which captures the lead) lands on B.
  const login = await post(a, '/api/login', { email: 'owner@demo.local', password: 'multi-instance-pass' });
  t.equal(login.status, 200);
  const ws = new WebSocket(`${a.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  t.teardown(() => ws.close());
  const wsMessages: any[] = [];
  ws.on('message', (raw) => wsMessages.push(JSON.parse(String(raw))));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${login.body.token}` } }));
  const waitFor = async (pred: (m: any) => boolean, ms = 15_000) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const found = wsMessages.find(pred);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    return undefined;
  };
  t.ok(await waitFor((m) => m.type === 'connection_ack'), 'subscription connection acknowledged on A');
  ws.send(JSON.stringify({ id: 'leads', type: 'subscribe', payload: { query: 'subscription { leadCaptured { leadId lead { name priority } } }' } }));
  await new Promise((r) => setTimeout(r, 500));

  // A chat started on A continues on B, turn by turn, to a captured lead.
  const started = await post(a, '/api/chat', { businessId });
  t.equal(started.status, 201);
  const sessionId = started.body.sessionId as string;
  const script = ['book a visit', 'Multi Instance', '415 555 2020', 'skip', '9 Shared Street', 'The boiler makes a banging noise', 'Monday morning'];
  let last: { status: number; body: Record<string, any> } | undefined;
  for (const [i, text] of script.entries()) {
    last = await post(i % 2 === 0 ? b : a, `/api/chat/${sessionId}/message`, { text });
    t.equal(last.status, 200, `turn ${i + 1} on ${i % 2 === 0 ? 'B' : 'A'}`);
  }
  t.ok(last?.body.lead?.id, 'the lead was captured, across instances');
  const leadId = last?.body.lead?.id as string;
  const event = await waitFor((m) => m.type === 'next' && m.id === 'leads');
  t.same(event?.payload?.data?.leadCaptured, { leadId, lead: { name: 'Multi Instance', priority: 'NORMAL' } }, 'a lead captured on B reached a subscriber on A');
  const mail = await smtp.waitFor(1, 20_000).then(() => true, () => false);
  t.ok(mail, 'its owner e-mail was delivered');

  // Rate limits are shared: 40 chat requests per IP per minute in all, whichever instance.
  // 1 start + 7 turns used so far.
  const statuses: number[] = [];
  for (let i = 0; i < 36; i++) statuses.push((await post(i % 2 ? a : b, '/api/chat', { businessId })).status);
  t.same(statuses.slice(0, 32), Array(32).fill(201), 'the first 32 more are served');
  t.same(statuses.slice(32), [429, 429, 429, 429], 'then both instances refuse: the counter is shared');

  // 500 leads written straight to the outbox (as if captured on either instance): both workers
  // claim rows; exactly one owner e-mail per lead arrives.
  const before = smtp.received.length;
  for (let batch = 0; batch < 10; batch++) {
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < 50; i++) {
        const lead = await trx
          .insertInto('leads')
          .values({ business_id: businessId, channel: 'API', name: `Bulk ${batch * 50 + i}`, phone: '+15555550000' })
          .returningAll()
          .executeTakeFirstOrThrow();
        await enqueueLeadNotifications(trx, lead);
      }
    });
  }
  await smtp.waitFor(before + 500, 120_000).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 2000)); // anything doubled would arrive by now
  const bulk = smtp.received.slice(before);
  const subjects = bulk.map((m) => /Bulk (\d+)/.exec(m.raw)?.[1]).filter(Boolean);
  t.equal(bulk.length, 500, 'exactly 500 e-mails');
  t.equal(new Set(subjects).size, 500, 'one per lead, none twice');
  const pending = await db.selectFrom('notifications').select(db.fn.countAll<number>().as('n')).where('status', '!=', 'SENT').where('kind', '=', NOTIFICATION_KINDS.OWNER_EMAIL).executeTakeFirstOrThrow();
  t.equal(Number(pending.n), 0, 'no owner e-mail left pending');
});
