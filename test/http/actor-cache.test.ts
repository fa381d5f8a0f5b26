import t from 'tap';
import type { Actor } from '../../src/auth/actor.js';
import { createEventBus } from '../../src/events.js';
import { createActorCache } from '../../src/http/actor-cache.js';

// The per-token actor cache on its own: what it keeps, for how long, and what drops it. The
// GraphQL paths that invalidate it (every mutation kind that changes a signed-in user's access)
// are in test/graphql/actor-cache.test.ts.

const JWT = (n: number) => `Bearer aaa.bbb${n}.ccc`;
const actorOf = (businessId: string, expiresAt?: number): Actor => ({ businessId, userId: `u-${businessId}`, role: 'OWNER', plan: 'PRO', ...(expiresAt !== undefined ? { expiresAt } : {}) });

function setup(opts: { ttlMs?: number; maxEntries?: number } = {}) {
  const events = createEventBus((err) => {
    throw err;
  });
  let clock = 1_000_000;
  const calls: string[] = [];
  const answers = new Map<string, Actor | undefined>();
  let gate: Promise<void> | undefined;
  const cache = createActorCache({
    resolve: async (header) => {
      calls.push(String(header));
      if (gate) await gate;
      return answers.get(String(header));
    },
    ttlMs: opts.ttlMs ?? 5_000,
    events,
    now: () => clock,
    ...(opts.maxEntries ? { maxEntries: opts.maxEntries } : {}),
  });
  return {
    cache,
    events,
    calls,
    answers,
    tick: (ms: number) => (clock += ms),
    now: () => clock,
    hold: () => {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = undefined;
        release();
      };
    },
  };
}

t.test('a JWT is resolved once per ttl; the actor is frozen and the same for each hit', async (t) => {
  const s = setup();
  s.answers.set(JWT(1), actorOf('b1', s.now() + 3_600_000));
  const a = await s.cache.get(JWT(1));
  const b = await s.cache.get(JWT(1));
  t.equal(s.calls.length, 1);
  t.same(a, actorOf('b1', s.now() + 3_600_000));
  t.equal(a, b);
  t.ok(Object.isFrozen(a), 'no request can change what the next one sees');
  s.tick(5_001);
  await s.cache.get(JWT(1));
  t.equal(s.calls.length, 2, 'read again after the ttl (another instance may have changed it)');
});

t.test('business.changed drops that business only', async (t) => {
  const s = setup();
  s.answers.set(JWT(1), actorOf('b1'));
  s.answers.set(JWT(2), actorOf('b2'));
  await s.cache.get(JWT(1));
  await s.cache.get(JWT(2));
  s.events.publish({ type: 'business.changed', businessId: 'b1' });
  s.answers.set(JWT(1), undefined); // e.g. the user was removed
  t.equal(await s.cache.get(JWT(1)), undefined, 'the change is seen at once');
  await s.cache.get(JWT(2));
  t.same(s.calls, [JWT(1), JWT(2), JWT(1)], "the other business's entry stayed");
});

t.test('clear drops every entry', async (t) => {
  const s = setup();
  s.answers.set(JWT(1), actorOf('b1'));
  s.answers.set(JWT(2), actorOf('b2'));
  await s.cache.get(JWT(1));
  await s.cache.get(JWT(2));
  s.cache.clear();
  await s.cache.get(JWT(1));
  await s.cache.get(JWT(2));
  t.equal(s.calls.length, 4);
});

t.test('a resolution that was in flight during an invalidation is not kept', async (t) => {
  const s = setup();
  s.answers.set(JWT(1), actorOf('b1'));
  const release = s.hold();
  const pending = s.cache.get(JWT(1)); // read the old row...
  s.events.publish({ type: 'business.changed', businessId: 'b1' }); // ...then the change committed
  release();
  t.same(await pending, actorOf('b1'), 'that request answers with what it read');
  await s.cache.get(JWT(1));
  t.equal(s.calls.length, 2, 'the next request reads again');
});

t.test('a token is never served past its own expiry', async (t) => {
  const s = setup({ ttlMs: 60_000 });
  s.answers.set(JWT(1), actorOf('b1', s.now() + 1_000));
  await s.cache.get(JWT(1));
  s.tick(1_000);
  s.answers.set(JWT(1), undefined); // what the JWT check says for an expired token
  t.equal(await s.cache.get(JWT(1)), undefined);
  t.equal(s.calls.length, 2);
});

t.test('only JWTs are kept: API keys, refusals and other headers are resolved every time', async (t) => {
  const s = setup();
  const key = 'Bearer sk_live_abcdefabcdef_' + 'x'.repeat(30);
  s.answers.set(key, actorOf('b1'));
  await s.cache.get(key);
  await s.cache.get(key);
  t.equal(s.calls.length, 2, 'an API key (its revocation and last-used time are per key)');
  await s.cache.get(JWT(9));
  await s.cache.get(JWT(9));
  t.equal(s.calls.length, 4, 'an unknown or refused token');
  await s.cache.get('Basic abc');
  await s.cache.get(undefined);
  t.equal(s.calls.length, 6);
});

t.test('ttl 0 turns it off; entries are bounded', async (t) => {
  const off = setup({ ttlMs: 0 });
  off.answers.set(JWT(1), actorOf('b1'));
  await off.cache.get(JWT(1));
  await off.cache.get(JWT(1));
  t.equal(off.calls.length, 2);

  const small = setup({ maxEntries: 2 });
  for (const n of [1, 2, 3]) small.answers.set(JWT(n), actorOf(`b${n}`));
  for (const n of [1, 2, 3]) await small.cache.get(JWT(n));
  await small.cache.get(JWT(1));
  t.equal(small.calls.length, 4, 'the oldest entry went');
  await small.cache.get(JWT(3));
  t.equal(small.calls.length, 4);
});

t.test('close stops listening', async (t) => {
  const s = setup();
  s.answers.set(JWT(1), actorOf('b1'));
  await s.cache.get(JWT(1));
  s.cache.close();
  s.events.publish({ type: 'business.changed', businessId: 'b1' });
  await s.cache.get(JWT(1));
  t.equal(s.calls.length, 1);
});
