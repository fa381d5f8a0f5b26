import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { QueryCounter } from '../graphql/harness.js';
import { createTestDatabase } from '../helpers/db.js';

// "Widget loaded from an allowed origin": a chat started from one of the business's allowed
// origins records the origin and the time (at most once a minute unless the origin changes);
// nothing else a visitor sends is written; GraphQL exposes it as business.widgetLastSeen.

let clock = Date.parse('2026-12-01T10:00:00Z');
const database = await createTestDatabase(t);
const counter = new QueryCounter();
const { app } = await buildTestApp(t, { database: { ...database, db: database.db.withPlugin(counter) }, config: { MAX_EVENT_LOOP_DELAY: 0 }, overrides: { now: () => clock } });
const owner = await createTestBusiness(app, { plan: 'BASIC' });
const site = 'https://www.rapid-rooter.example';
await app.deps.db.updateTable('businesses').set({ allowed_origins: [site, 'https://shop.rapid-rooter.example'] }).where('id', '=', owner.businessId).execute();

const start = (origin?: string) => app.inject({ method: 'POST', url: '/api/chat', headers: origin ? { origin } : {}, payload: { businessId: owner.businessId } });
const seen = () => app.deps.db.selectFrom('businesses').select(['widget_seen_origin', 'widget_first_seen_at', 'widget_last_seen_at']).where('id', '=', owner.businessId).executeTakeFirstOrThrow();
const lastSeen = async () => {
  const r = await app.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${owner.token}` }, payload: { query: '{ business { widgetLastSeen { origin at firstAt } } }' } });
  return r.json().data.business.widgetLastSeen as { origin: string; at: string; firstAt: string } | null;
};
/** UPDATE statements on businesses sent while `fn` runs. */
async function businessWrites(fn: () => Promise<unknown>): Promise<number> {
  const seenSql: string[] = [];
  const orig = counter.transformQuery.bind(counter);
  counter.transformQuery = (args) => {
    if (args.node.kind === 'UpdateQueryNode') seenSql.push(JSON.stringify(args.node.table));
    return orig(args);
  };
  try {
    await fn();
  } finally {
    counter.transformQuery = orig;
  }
  return seenSql.filter((s) => s.includes('"businesses"')).length;
}

t.test('nothing is recorded before the widget runs on an allowed origin', async (t) => {
  t.equal(await lastSeen(), null);
  t.equal((await start()).statusCode, 201, 'no Origin (server to server)');
  t.equal((await start(`http://localhost`)).statusCode, 201, 'same host as the server (the /demo page)');
  t.equal((await start('https://evil.example')).statusCode, 403, 'a foreign origin is refused');
  t.same(await seen(), { widget_seen_origin: null, widget_first_seen_at: null, widget_last_seen_at: null }, 'none of them wrote anything');
});

t.test('a chat start from an allowed origin records it, at most once a minute', async (t) => {
  const first = new Date(clock);
  t.equal(await businessWrites(() => start('https://WWW.rapid-rooter.example/')), 1, 'one write');
  t.same(await lastSeen(), { origin: site, at: first.toISOString(), firstAt: first.toISOString() }, "stored as the owner's own entry, not the raw header");

  clock += 30_000;
  t.equal(await businessWrites(() => start(site)), 0, 'a second start within the minute writes nothing');
  const r = await start(site);
  const sessionId = r.json().sessionId as string;
  t.equal(await businessWrites(() => app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, headers: { origin: site }, payload: { text: 'hello' } })), 0, 'messages never write it');

  clock += 5_000;
  t.equal(await businessWrites(() => start('https://shop.rapid-rooter.example')), 1, 'another allowed origin writes at once');
  t.equal((await lastSeen())?.origin, 'https://shop.rapid-rooter.example');

  clock += 61_000;
  t.equal(await businessWrites(() => start('https://shop.rapid-rooter.example')), 1, 'a minute later it is refreshed');
  const now = await lastSeen();
  t.equal(now?.at, new Date(clock).toISOString());
  t.equal(now?.firstAt, first.toISOString(), 'the first time stays');
});

t.test('another tenant sees only its own signal', async (t) => {
  const other = await createTestBusiness(app, { plan: 'BASIC' });
  const r = await app.inject({ method: 'POST', url: '/graphql', headers: { authorization: `Bearer ${other.token}` }, payload: { query: '{ business { widgetLastSeen { origin } } }' } });
  t.equal(r.json().data.business.widgetLastSeen, null);
});
