import t from 'tap';
import WebSocket from 'ws';
import { generateSubscriptionOp } from '../../genql/index.js';
import { TEST_EMAILS_PER_HOUR } from '../../src/notify/service.js';
import { MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY } from '../../src/notify/lead-notifications.js';
import { captureLead } from '../notify/helpers.js';
import { codeOf, errorOf, startGraphqlApp } from './harness.js';
import { watchSubscriptions } from '../helpers/subscriptions.js';

// Security review findings in the admin API: bounded link-rule values (the e-mail pattern
// backtracks on long input), tenant isolation of link rules, test e-mails rate-limited, visitor confirmations capped,
// live subscriptions end when their credential is revoked.

const h = await startGraphqlApp(t);
const subs = watchSubscriptions(h.app);
const a = await h.business({ plan: 'PRO', name: 'Tenant A' });
const b = await h.business({ plan: 'PRO', name: 'Tenant B' });

const clientOf = async (biz: typeof a, name: string) =>
  (await biz.gql.mutation({ createClient: { __args: { input: { name } }, id: true } })).createClient.id;

const addRule = (biz: typeof a, clientId: string, kind: 'EMAIL' | 'DOMAIN', value: string) =>
  biz.gql.mutation({ addClientLinkRule: { __args: { input: { clientId, kind, value } }, id: true, value: true } });

t.test('an oversized link-rule value is refused at once, whatever its shape', async (t) => {
  const clientId = await clientOf(a, 'Acme');
  const started = Date.now();
  const err = await errorOf(addRule(a, clientId, 'EMAIL', `a@${'.'.repeat(100_000)}@`));
  t.equal(err.extensions.code, 'BAD_USER_INPUT');
  t.match(err.message, /at most 254 characters/);
  t.ok(Date.now() - started < 5000, `answered in ${Date.now() - started} ms`);
  t.equal(await codeOf(addRule(a, clientId, 'DOMAIN', `${'a'.repeat(300)}.com`)), 'BAD_USER_INPUT');
  const ok = await addRule(a, clientId, 'EMAIL', 'Boss@Partner.example');
  t.equal(ok.addClientLinkRule.value, 'boss@partner.example', 'a normal address still works');
});

t.test("another tenant's client or rule behaves like a missing one", async (t) => {
  const theirs = await clientOf(b, 'Theirs');
  const theirRule = (await addRule(b, theirs, 'DOMAIN', 'theirs.example')).addClientLinkRule.id;
  t.equal(await codeOf(addRule(a, theirs, 'DOMAIN', 'mine.example')), 'NOT_FOUND');
  t.equal(await codeOf(addRule(a, 'not-a-uuid', 'DOMAIN', 'mine.example')), 'NOT_FOUND');
  t.equal(await codeOf(a.gql.mutation({ removeClientLinkRule: { __args: { id: theirRule } } })), 'NOT_FOUND');
  t.equal(await codeOf(a.gql.mutation({ removeClientLinkRule: { __args: { id: 'nope' } } })), 'NOT_FOUND');
  const rules = await b.gql.query({ clientLinkRules: { id: true } });
  t.same(rules.clientLinkRules.map((r) => r.id), [theirRule], "the other tenant's rule is untouched");
});

t.test('test e-mails to arbitrary addresses are rate-limited per business', async (t) => {
  const send = (biz: typeof a) => biz.gql.mutation({ sendTestEmail: { __args: { to: 'someone@example.test' }, success: true } });
  for (let i = 0; i < TEST_EMAILS_PER_HOUR; i++) t.equal(await codeOf(send(a)), 'OK', `test e-mail ${i + 1} is sent`);
  const err = await errorOf(send(a));
  t.equal(err.extensions.code, 'RATE_LIMITED');
  t.ok(Number(err.extensions.retryAfterSec) > 0, 'says when to retry');
  t.equal(await codeOf(send(b)), 'OK', 'another business has its own quota');
});

t.test('a visitor address gets a few confirmations a day, however many leads name it', async (t) => {
  const biz = await h.business({ plan: 'PRO', name: 'Confirmations' });
  const leads = [];
  for (let i = 0; i < 6; i++) {
    const email = i % 2 ? 'Stranger@Example.test' : 'stranger@example.test';
    leads.push(await captureLead(h.app, { business_id: biz.businessId, name: `Spam ${i}`, email, issue: 'Buy cheap pills at example.biz' }));
  }
  leads.push(await captureLead(h.app, { business_id: biz.businessId, name: 'Real', email: 'real@example.test' }));
  const rows = await h.db.selectFrom('notifications').select(['kind', 'recipient']).where('business_id', '=', biz.businessId).execute();
  const confirmations = rows.filter((r) => r.kind === 'email.lead_confirmation');
  t.equal(confirmations.filter((r) => r.recipient.toLowerCase() === 'stranger@example.test').length, MAX_CONFIRMATIONS_PER_ADDRESS_PER_DAY);
  t.equal(confirmations.filter((r) => r.recipient === 'real@example.test').length, 1, 'another visitor still gets theirs');
  t.equal(rows.filter((r) => r.kind === 'email.lead_owner').length, leads.length, 'the owner hears of every lead');
});

/** A graphql-transport-ws socket authenticated with `authorization`, subscribed to leadCaptured. */
async function subscribeToLeads(t: { teardown(fn: () => unknown): void }, authorization: string) {
  const ws = new WebSocket(`${h.base.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  t.teardown(() => ws.close());
  const messages: Array<{ type: string; id?: string; payload?: any }> = [];
  ws.on('message', (raw) => messages.push(JSON.parse(raw.toString())));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const waitFor = async (pred: (m: { type: string }) => boolean, ms = 3000) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const m = messages.find(pred);
      if (m) return m;
      await new Promise((r) => setTimeout(r, 25));
    }
    return undefined;
  };
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
  const acked = !!(await waitFor((m) => m.type === 'connection_ack'));
  const attached = subs.attached();
  ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: generateSubscriptionOp({ leadCaptured: { leadId: true, lead: { name: true } } }) }));
  await attached;
  return { messages, waitFor, acked };
}

const newLead = async (name: string) => (await h.db.insertInto('leads').values({ business_id: a.businessId, channel: 'CHAT', name }).returning('id').executeTakeFirstOrThrow()).id;

t.test('a live subscription stops as soon as its API key is revoked', async (t) => {
  const created = await a.gql.mutation({ createApiKey: { __args: { name: 'Dashboard TV', role: 'MEMBER' }, apiKey: { id: true }, secret: true } });
  const { messages, waitFor, acked } = await subscribeToLeads(t, `Bearer ${created.createApiKey.secret}`);
  t.ok(acked, 'connected with the key');
  h.app.deps.events.publish({ type: 'lead.created', businessId: a.businessId, leadId: await newLead('Before revocation') });
  t.ok(await waitFor((m) => m.type === 'next'), 'events arrive while the key is valid');
  await a.gql.mutation({ revokeApiKey: { __args: { id: created.createApiKey.apiKey.id }, id: true } });
  h.app.deps.events.publish({ type: 'lead.created', businessId: a.businessId, leadId: await newLead('After revocation') });
  t.ok(await waitFor((m) => m.type === 'complete'), 'the subscription completes');
  t.notOk(JSON.stringify(messages).includes('After revocation'), 'the lead captured after revocation never reached the socket');
  t.equal(messages.filter((m) => m.type === 'next').length, 1);
});

t.test('a live subscription stops once its JWT expires', async (t) => {
  const { signJwt } = await import('../../src/auth/jwt.js');
  const token = signJwt(h.app.deps.config.JWT_SECRET!, { sub: a.userId, bid: a.businessId, role: 'OWNER' }, { expiresInSec: 2 });
  const { messages, waitFor, acked } = await subscribeToLeads(t, `Bearer ${token}`);
  t.ok(acked, 'connected with a short-lived token');
  h.app.deps.events.publish({ type: 'lead.created', businessId: a.businessId, leadId: await newLead('While valid') });
  t.ok(await waitFor((m) => m.type === 'next'), 'events arrive while the token is valid');
  await new Promise((r) => setTimeout(r, 2200));
  h.app.deps.events.publish({ type: 'lead.created', businessId: a.businessId, leadId: await newLead('After expiry') });
  t.ok(await waitFor((m) => m.type === 'complete'), 'the subscription completes');
  t.notOk(JSON.stringify(messages).includes('After expiry'), 'the lead after expiry never reached the socket');
});
