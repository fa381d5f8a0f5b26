import t from 'tap';
import { DONT_KNOW_REPLY } from '../../src/agent/policy.js';
import { codeOf, errorOf, startGraphqlApp } from './harness.js';

// askAgent: the owner's preview of the answer a visitor would get, with its sources, through the
// agent's own answerer; it writes nothing (no conversation, message, lead or notification).

const h = await startGraphqlApp(t);
const { db } = h;
const owner = await h.business({ plan: 'BASIC', name: 'Drain Pros' });
const other = await h.business({ plan: 'BASIC', name: 'Other Co' });

const created = await owner.gql.mutation({
  createKnowledgeItem: {
    __args: { input: { title: 'Drain cleaning prices', content: '# Drain cleaning\nA drain cleaning visit costs $149, including the first hour. We clear kitchen sinks, showers and main sewer lines.' } },
    status: true,
  },
});

async function writes(businessId: string) {
  const count = async (table: 'conversations' | 'messages' | 'leads' | 'notifications') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('business_id', '=', businessId).executeTakeFirstOrThrow()).n);
  return { conversations: await count('conversations'), messages: await count('messages'), leads: await count('leads'), notifications: await count('notifications') };
}

t.test('answers from the knowledge with its source, and writes nothing', async (t) => {
  t.equal(created.createKnowledgeItem.status, 'READY');
  const before = await writes(owner.businessId);
  const r = await owner.gql.query({ askAgent: { __args: { question: 'How much does drain cleaning cost?' }, answer: true, known: true, sources: { title: true } } });
  t.match(r.askAgent.answer, /\$149/, 'the answer quotes the knowledge');
  t.equal(r.askAgent.known, true);
  t.same(r.askAgent.sources, [{ title: 'Drain cleaning prices' }], 'the source is the knowledge item');
  // Even a question that sounds like an emergency or a booking only previews the answer.
  await owner.gql.query({ askAgent: { __args: { question: 'Water is pouring through my ceiling, book a visit now' }, answer: true } });
  t.same(await writes(owner.businessId), before, 'no conversation, message, lead or notification');
});

t.test('an uncovered question gets the agent\'s "don\'t know", without sources', async (t) => {
  const r = await owner.gql.query({ askAgent: { __args: { question: 'Do you repair violins?' }, answer: true, known: true, sources: { title: true } } });
  t.same(r.askAgent, { answer: DONT_KNOW_REPLY, known: false, sources: [] });
});

t.test('an FAQ answer names the FAQ as its source', async (t) => {
  await owner.gql.mutation({ updateAgentConfig: { __args: { input: { faq: [{ question: 'Do you offer financing?', answer: 'Yes, 12 months at 0% on jobs over $1,000.' }] } }, id: true } });
  const r = await owner.gql.query({ askAgent: { __args: { question: 'Do you offer financing?' }, answer: true, sources: { title: true } } });
  t.match(r.askAgent.answer, /12 months/);
  t.same(r.askAgent.sources, [{ title: 'FAQ' }]);
});

t.test('another business never sees this knowledge', async (t) => {
  const r = await other.gql.query({ askAgent: { __args: { question: 'How much does drain cleaning cost?' }, answer: true, known: true, sources: { title: true } } });
  t.equal(r.askAgent.known, false);
  t.notMatch(r.askAgent.answer, /\$149/);
});

t.test('plan, role and input checks', async (t) => {
  const free = await h.business({ plan: 'FREE' });
  const member = await h.business({ plan: 'BASIC', role: 'MEMBER' });
  const admin = await h.business({ plan: 'BASIC', role: 'ADMIN' });
  const q = (c: typeof owner.gql, question: string) => c.query({ askAgent: { __args: { question }, answer: true } });
  // (It was a BASIC feature; a FREE agent answers too, from the profile and FAQ, and its owner must be able to try it.)
  t.equal(await codeOf(q(free.gql, 'Hours?')), 'OK', 'every plan previews its answers');
  t.equal(await codeOf(q(member.gql, 'Hours?')), 'FORBIDDEN', 'members cannot');
  t.equal(await codeOf(q(admin.gql, 'Hours?')), 'OK', 'admins can');
  t.equal(await codeOf(q(h.client(), 'Hours?')), 'UNAUTHENTICATED');
  t.equal(await codeOf(q(owner.gql, '   ')), 'BAD_USER_INPUT', 'an empty question');
  const long = await errorOf(q(owner.gql, 'x'.repeat(1001)));
  t.equal(long.extensions.code, 'BAD_USER_INPUT', 'a question over 1000 characters');
});
