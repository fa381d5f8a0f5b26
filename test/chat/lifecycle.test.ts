import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startHookReceiver, waitUntil } from '../notify/helpers.js';
import type { DomainEvent } from '../../src/events.js';

// Chat lifecycle: the visitor ends a chat, idle chats are ended by the sweep (summary,
// conversation.ended webhook), a message to an ended chat opens a new conversation, and two
// messages sent at once on one session are both answered and persisted in order.

// Long enough that a turn stalled by a loaded machine is not idle yet (the idle chat below is
// backdated an hour); the sweep runs every IDLE / 4.
const IDLE = 12_000;
const { app } = await buildTestApp(t, {
  config: {
    SEED_DEMO: true,
    DEMO_OWNER_PASSWORD: 'demo-password-123',
    MAX_EVENT_LOOP_DELAY: 0,
    CHAT_RATE_LIMIT_PER_MINUTE: 1000,
    CHAT_IDLE_END: IDLE,
    ALLOW_PRIVATE_WEBHOOK_TARGETS: true,
    NOTIFY_POLL_INTERVAL: 200,
  },
});
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
const events: DomainEvent[] = [];
app.deps.events.subscribe((e) => {
  events.push(e);
});

async function start(businessId: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId } });
  if (res.statusCode !== 201) throw new Error(`start failed: ${res.body}`);
  return res.json().sessionId as string;
}
const say = (sessionId: string, text: string) => app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text } });
const endChat = (sessionId: string, payload: Record<string, unknown> = {}) => app.inject({ method: 'POST', url: `/api/chat/${sessionId}/end`, payload });
const conversationsOf = (sessionId: string) =>
  db.selectFrom('conversations').selectAll().where('session_id', '=', sessionId).orderBy('created_at').execute();
const messagesOf = (conversationId: string) =>
  db.selectFrom('messages').select(['role', 'content']).where('conversation_id', '=', conversationId).orderBy('created_at').execute();

// QA 33: a tenant's "theres a weird gas smell in my kitchen" got the gas instruction and the
// emergency banner, then left: the owner's list said "Chat of 0s ... No lead captured.", no word
// of an emergency (only an URGENT lead marked it).
t.test('a chat the agent treated as an emergency is summarised as one, lead or not', async (t) => {
  const sid = await start(demo.id);
  t.ok((await say(sid, 'theres a weird gas smell in my kitchen')).json().emergency, 'the emergency banner was shown');
  t.equal((await endChat(sid)).statusCode, 200);
  const [conv] = await conversationsOf(sid);
  // (QA 34: and the emergency is written as an unfinished lead, so the team hears of it: test/chat/unfinished-lead.)
  t.match(conv!.summary, /^EMERGENCY chat of \d+s\. Visitor: "theres a weird gas smell in my kitchen"\. Lead captured\.$/);
});

t.test('"End chat" ends the conversation once: status, duration, summary, event', async (t) => {
  const sid = await start(demo.id);
  t.equal((await say(sid, 'how much is a call-out?')).statusCode, 200);
  const res = await endChat(sid);
  t.equal(res.statusCode, 200);
  const [conv] = await conversationsOf(sid);
  t.same(res.json(), { conversationId: conv!.id, status: 'ENDED' });
  t.equal(conv!.status, 'ENDED');
  t.ok(conv!.ended_at, 'ended_at set');
  t.ok(conv!.duration_seconds !== null && conv!.duration_seconds >= 0, 'duration recorded');
  t.match(conv!.summary, /^Chat of \d+s\. Visitor: "how much is a call-out\?"\. No lead captured\.$/);
  t.match(conv!.metadata, { endedBy: 'visitor' });
  const again = await endChat(sid);
  t.equal(again.statusCode, 200, 'ending twice is fine');
  const endedEvents = events.filter((e) => e.type === 'conversation.updated' && e.conversationId === conv!.id && e.status === 'ENDED');
  t.equal(endedEvents.length, 1, 'conversation.updated ENDED published exactly once');
  const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  t.match(metrics, /chat_conversations_ended_total\{reason="visitor"\} [1-9]/, 'counted');
});

t.test('end: unknown session, malformed id, another business => 404', async (t) => {
  const sid = await start(demo.id);
  const other = await createTestBusiness(app, { plan: 'PRO', name: 'Other Co' });
  t.equal((await endChat('A'.repeat(32))).statusCode, 404);
  t.equal((await endChat('bad id')).statusCode, 404);
  const cross = await endChat(sid, { businessId: other.businessId });
  t.equal(cross.statusCode, 404);
  t.equal(cross.json().error.code, 'NOT_FOUND');
  t.equal((await conversationsOf(sid))[0]!.status, 'ACTIVE', 'a refused end changes nothing');
});

t.test('a message to an ended chat is answered in a new conversation on the same session', async (t) => {
  const sid = await start(demo.id);
  await say(sid, 'hello');
  await endChat(sid);
  const res = await say(sid, 'how much is a call-out?');
  t.equal(res.statusCode, 200);
  t.match(res.json(), { newConversation: true, reply: /\$89/ });
  const [old, fresh] = await conversationsOf(sid);
  t.equal(old!.status, 'ENDED');
  t.equal(fresh!.status, 'ACTIVE');
  t.same((await messagesOf(fresh!.id)).map((m) => m.role), ['assistant', 'user', 'assistant'], 'greeting + the new turn');
  t.equal((await messagesOf(old!.id)).length, 3, 'the ended transcript is untouched');
  const next = await say(sid, 'thanks');
  t.equal(next.statusCode, 200);
  t.notOk(next.json().newConversation, 'later messages continue the new conversation');
  t.equal((await conversationsOf(sid)).length, 2);
  t.ok(events.some((e) => e.type === 'conversation.updated' && e.conversationId === fresh!.id && e.status === 'ACTIVE'), 'the new conversation is announced');
});

t.test('two messages at once on one session: both answered, both turns persisted in order', async (t) => {
  const sid = await start(demo.id);
  // A turn takes a while in real life (the model): make it so, or the two would not overlap.
  const agent = app.services.agent;
  const handleTurn = agent.handleTurn;
  agent.handleTurn = async (state, text) => {
    await new Promise((r) => setTimeout(r, 150));
    return handleTurn(state, text);
  };
  t.teardown(() => {
    agent.handleTurn = handleTurn;
  });
  const [a, b] = await Promise.all([say(sid, 'how much is a call-out?'), say(sid, 'do you do water heaters?')]);
  t.equal(a.statusCode, 200);
  t.equal(b.statusCode, 200);
  t.match(a.json().reply, /\$89/, 'first message gets its own reply');
  t.notMatch(b.json().reply, /\$89/, 'second message is not answered with the first one\'s reply');
  const [conv] = await conversationsOf(sid);
  const rows = await messagesOf(conv!.id);
  // Two requests sent at once have no arrival order (either may take the first turn), but the
  // turns must not interleave: the greeting, then each question directly followed by its answer.
  const qa = [
    ['user', 'how much is a call-out?'],
    ['assistant', 'A'],
  ];
  const qb = [
    ['user', 'do you do water heaters?'],
    ['assistant', 'B'],
  ];
  const got = rows.map((m) => [m.role, m.role === 'user' ? m.content : m.content === a.json().reply ? 'A' : m.content === b.json().reply ? 'B' : '?']);
  const aFirst = got[1]?.[1] === 'how much is a call-out?';
  t.same(got, [['assistant', '?'], ...(aFirst ? [...qa, ...qb] : [...qb, ...qa])], 'greeting, then each question followed by its own answer');
  const store = app.deps.sessions.namespace<{ state: { turns: number; history: unknown[] }; seq?: number }>('chat', 60_000);
  const session = await store.get(sid);
  t.equal(session?.state.turns, 2, 'the session state kept both turns');
  t.equal(session?.state.history.length, 4);
  t.equal(session?.seq, 2);
});

t.test('a turn claimed by another instance is waited for, then this one runs on its result', async (t) => {
  const sid = await start(demo.id);
  const store = app.deps.sessions.namespace<{ businessId: string; state: { turns: number }; seq?: number }>('chat', 60_000);
  // "Another instance" claims turn 0 (the same counter it would take in Redis).
  t.ok((await app.deps.sessions.hit(`chat:turn:${sid}:0`, 1, 30_000)).allowed);
  let done = false;
  const pending = say(sid, 'how much is a call-out?').then((r) => {
    done = true;
    return r;
  });
  await new Promise((r) => setTimeout(r, 400));
  t.notOk(done, 'the message waits while the other turn is in progress');
  // The other instance finishes its turn: state moved on, ticket bumped.
  const s = (await store.get(sid))!;
  await store.set(sid, { ...s, state: { ...s.state, turns: s.state.turns + 1 }, seq: 1 });
  const res = await pending;
  t.equal(res.statusCode, 200);
  t.match(res.json().reply, /\$89/);
  const after = (await store.get(sid))!;
  t.equal(after.state.turns, 2, 'built on the other instance\'s state, not on a stale copy');
  t.equal(after.seq, 2);
});

t.test('idle chats are ended by the sweep, with a conversation.ended webhook; active ones stay', async (t) => {
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Hooked Co' });
  const receiver = await startHookReceiver();
  t.teardown(() => receiver.close());
  const created = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { authorization: `Bearer ${biz.token}` },
    payload: { query: 'mutation($url: String) { createWebhookEndpoint(input: { url: $url, events: [CONVERSATION_ENDED] }) { secret } }', variables: { url: receiver.url } },
  });
  t.notOk(created.json().errors, 'webhook endpoint created');

  const idleSid = await start(biz.businessId);
  await say(idleSid, 'my kitchen tap drips');
  const [idle] = await conversationsOf(idleSid);
  // Backdate: the visitor last wrote an hour ago.
  const hourAgo = Date.now() - 3600_000;
  await db.updateTable('conversations').set({ started_at: new Date(hourAgo - 120_000) }).where('id', '=', idle!.id).execute();
  const rows = await db.selectFrom('messages').select('id').where('conversation_id', '=', idle!.id).orderBy('created_at').execute();
  for (const [i, r] of rows.entries()) await db.updateTable('messages').set({ created_at: new Date(hourAgo - 60_000 + i * 30_000) }).where('id', '=', r.id).execute();

  const activeSid = await start(biz.businessId);
  await say(activeSid, 'hello there');

  const ended = await waitUntil('idle chat ended', async () => {
    const [c] = await conversationsOf(idleSid);
    return c!.status === 'ENDED' ? c : null;
  }, 10_000);
  t.match(ended.metadata, { endedBy: 'idle' });
  t.equal(new Date(ended.ended_at!).getTime(), hourAgo, 'ended when the visitor last wrote');
  t.equal(ended.duration_seconds, 120, 'duration up to the last message');
  t.match(ended.summary, /^Chat of 120s\. Visitor: "my kitchen tap drips"\./);
  t.equal((await conversationsOf(activeSid))[0]!.status, 'ACTIVE', 'a chat written to just now is not ended');

  const hook = await waitUntil('conversation.ended webhook', async () => receiver.received.find((h) => JSON.parse(h.body).type === 'conversation.ended'));
  const body = JSON.parse(hook.body);
  t.match(body.data, { summary: ended.summary });
  t.match((await app.inject({ method: 'GET', url: '/metrics' })).body, /chat_conversations_ended_total\{reason="idle"\} [1-9]/);
  t.same(body.data.transcript.filter((m: { role: string }) => m.role === 'user').map((m: { content: string }) => m.content), ['my kitchen tap drips']);
  await new Promise((r) => setTimeout(r, IDLE / 4 + 500));
  t.equal(receiver.received.filter((h) => JSON.parse(h.body).type === 'conversation.ended').length, 1, 'sent once, though the sweep ran again');
});

t.test("a message's turn is claimed with its rate limits in one round trip, and a refused message claims nothing", async (t) => {
  const sid = await start(demo.id);
  const sessions = app.deps.sessions;
  const { hit, hitAll } = sessions;
  const calls: string[][] = [];
  sessions.hit = (key, max, windowMs) => {
    calls.push([key]);
    return hit(key, max, windowMs);
  };
  sessions.hitAll = (limits) => {
    calls.push(limits.map((l) => l.key));
    return hitAll(limits);
  };
  t.teardown(() => {
    sessions.hit = hit;
    sessions.hitAll = hitAll;
  });
  t.equal((await say(sid, 'what are your opening hours?')).statusCode, 200);
  t.equal(calls.length, 1, 'one counting round trip for the message');
  t.equal(calls[0]!.at(-1), `chat:turn:${sid}:0`, 'the turn ticket is the last counter of it');
  t.equal((await say(sid, 'do you do water heaters?')).statusCode, 200);
  t.equal(calls[1]!.at(-1), `chat:turn:${sid}:1`, 'the next turn takes the next ticket');

  // The business's per-minute limit refuses: the ticket of the next turn is not taken.
  const limited = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0, CHAT_RATE_LIMIT_PER_MINUTE: 1000, CHAT_BUSINESS_RATE_LIMIT_PER_MINUTE: 3 } });
  const business = await limited.app.deps.db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
  const started = await limited.app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: business.id } });
  const lsid = started.json().sessionId as string;
  const codes: number[] = [];
  for (const text of ['hello', 'what are your opening hours?', 'thanks']) codes.push((await limited.app.inject({ method: 'POST', url: `/api/chat/${lsid}/message`, payload: { text } })).statusCode);
  t.same(codes, [200, 200, 429], 'the start and two messages used the minute');
  t.ok((await limited.app.deps.sessions.hit(`chat:turn:${lsid}:2`, 1, 30_000)).allowed, 'the refused message left turn 2 unclaimed');
});

t.test('a turn that fails hands the session on as it was before the turn', async (t) => {
  const sid = await start(demo.id);
  t.equal((await say(sid, 'what are your opening hours?')).statusCode, 200);
  const store = app.deps.sessions.namespace<{ state: { turns: number; history: unknown[] }; seq?: number }>('chat', 60_000);
  const before = await store.get(sid);
  const agent = app.services.agent;
  const handleTurn = agent.handleTurn;
  agent.handleTurn = async (state) => {
    // Changes the state in place (as a real turn does), then fails.
    state.turns += 5;
    state.history.push({ role: 'user', content: 'half a turn' });
    throw new Error('brain failure');
  };
  const failed = await say(sid, 'do you do water heaters?');
  agent.handleTurn = handleTurn;
  t.equal(failed.statusCode, 500);
  const after = await store.get(sid);
  t.same(after?.state, before?.state, 'the state is the one before the failed turn');
  t.equal(after?.seq, (before?.seq ?? 0) + 1, 'the turn is handed on');
  const next = await say(sid, 'do you do water heaters?');
  t.equal(next.statusCode, 200, 'the next message is answered at once');
  t.equal((await store.get(sid))?.state.turns, (before?.state.turns ?? 0) + 1);
});
