import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { lastMessage, lastUser, startOpenAiFake, systemText, type FakeChatRequest, type FakeModelReply } from '../helpers/openai-fake.js';
import { createKnowledgeAnswerer, DONT_KNOW } from '../../src/agent/answer.js';
import { loadBusinessContext } from '../../src/agent/context.js';

// With OPENAI_API_KEY the knowledge answer is written by the model, grounded ONLY in the
// retrieved chunks: the real `openai` SDK talks to the local fake, which answers from the
// numbered passages it was sent (and cites them), or returns null when they don't cover the
// question. The agent then answers with those sources, or says it doesn't know.

const fake = await startOpenAiFake(t);
const { app } = await buildTestApp(t, {
  config: { MAX_EVENT_LOOP_DELAY: 0, OPENAI_API_KEY: fake.apiKey, OPENAI_BASE_URL: fake.baseURL, OPENAI_DAILY_TOKEN_BUDGET: 1_000_000 },
});
const { db } = app.deps;
const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Grounded Plumbing' });
const rival = await createTestBusiness(app, { plan: 'PRO', name: 'Rival Plumbing' });
for (const [businessId, price] of [
  [biz.businessId, '$89.50'],
  [rival.businessId, '$10'],
] as const) {
  const item = await db
    .insertInto('knowledge_items')
    .values({
      business_id: businessId,
      title: 'Prices and hours',
      source: 'MARKDOWN',
      content: `# Prices\n## Call-out\nA standard call-out costs ${price} including 30 minutes of labour.\n## Hours\nWe are open Monday to Friday, 8am to 6pm.`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await app.services.knowledge.ingestItem(businessId, item.id);
}

const GROUNDED = /numbered passages/;
/** The fake model: a grounded-answer request is answered from the passage that holds the fact. */
function groundedReply(req: FakeChatRequest): FakeModelReply {
  const user = lastUser(req);
  const question = user.slice(user.lastIndexOf('Question:') + 9).trim();
  const passages = user.split(/\n\n(?=\[\d+\])/);
  const n = passages.findIndex((p) => /call-out costs/.test(p)) + 1;
  if (/call.?out/i.test(question) && n > 0) {
    const price = /costs (\$[\d.]+)/.exec(passages[n - 1]!)![1];
    return { content: JSON.stringify({ answer: `A standard call-out costs ${price}, including 30 minutes of labour.`, sources: [n] }) };
  }
  if (/warranty/i.test(question)) return { content: JSON.stringify({ answer: 'All work carries a 10 year warranty.', sources: [] }) }; // uncited: must be dropped
  return { content: JSON.stringify({ answer: null, sources: [] }) };
}

t.test('the answerer: a grounded answer with its sources; null when the chunks do not cover it', async (t) => {
  fake.model = (req) => (GROUNDED.test(systemText(req)) ? groundedReply(req) : { content: 'unused' });
  const answerer = createKnowledgeAnswerer({ knowledge: app.services.knowledge, chat: app.services.ai.chat });
  const ctx = (await loadBusinessContext(db, biz.businessId))!;

  const before = fake.chatRequests.length;
  const covered = await answerer.answer(ctx, 'how much is a call out?', { model: true });
  t.equal(covered.answer?.text, 'A standard call-out costs $89.50, including 30 minutes of labour.');
  t.equal(covered.answer?.sources.length, 1);
  t.equal(covered.answer?.sources[0]!.title, 'Prices and hours');
  const cited = covered.hits.find((h) => h.chunkId === covered.answer?.sources[0]!.chunkId);
  t.match(cited?.content, /\$89\.50/, 'the source is the chunk that holds the fact');
  const req = fake.chatRequests[before]!;
  t.equal(req.response_format?.type, 'json_object');
  t.match(lastUser(req), /\[1\] Prices and hours/, 'passages are numbered with their titles');
  t.notMatch(lastUser(req), /\$10\b/, "another business's chunks are never sent");
  t.match(systemText(req), /ONLY the numbered passages/);

  t.equal((await answerer.answer(ctx, 'do you install solar panels?', { model: true })).answer, null, 'not covered: null');
  t.equal((await answerer.answer(ctx, 'what is your warranty?', { model: true })).answer, null, 'an answer citing no passage is not an answer');
  const local = await answerer.answer(ctx, 'how much is a call out?');
  t.match(local.answer?.text, /costs \$89\.50 including/, 'without model: true the answer is extractive (the local brain)');
});

t.test('the model failing falls back to the extractive answer', async (t) => {
  fake.model = (req) => (GROUNDED.test(systemText(req)) ? groundedReply(req) : { content: 'unused' });
  const answerer = createKnowledgeAnswerer({ knowledge: app.services.knowledge, chat: app.services.ai.chat });
  const ctx = (await loadBusinessContext(db, biz.businessId))!;
  fake.failNext(3, 500); // one try and the SDK's two retries
  const r = await answerer.answer(ctx, 'how much is a call-out', { model: true });
  t.match(r.answer?.text, /\$89\.50/);
  t.ok(r.answer?.sources.length);
});

t.test('through the public chat API: the model replies with the grounded answer, or says it does not know', async (t) => {
  const toolOutputs: Array<{ answer: string | null }> = [];
  fake.model = (req: FakeChatRequest): FakeModelReply => {
    if (GROUNDED.test(systemText(req))) return groundedReply(req);
    if (req.response_format?.type === 'json_object') return { content: JSON.stringify({ severity: 2 }) };
    const last = lastMessage(req);
    if (last.role === 'tool') {
      const out = JSON.parse(last.content ?? '{}') as { answer: string | null };
      toolOutputs.push(out);
      return { content: out.answer ?? DONT_KNOW };
    }
    return { toolCalls: [{ name: 'search_knowledge', arguments: { query: lastUser(req) } }] };
  };
  const start = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: biz.businessId } });
  const { sessionId } = start.json() as { sessionId: string };
  const say = async (text: string) => (await app.inject({ method: 'POST', url: `/api/chat/${sessionId}/message`, payload: { text } })).json() as { reply: string };

  // The fake's grounded wording ("costs $89.50, including") differs from the document's, so this
  // reply can only come from the grounded model answer.
  const a = await say('how much is a call-out?');
  t.equal(a.reply, 'A standard call-out costs $89.50, including 30 minutes of labour.');
  t.ok(fake.chatRequests.some((r) => GROUNDED.test(systemText(r)) && lastUser(r).endsWith('Question: how much is a call-out?')));
  const b = await say('do you install solar panels?');
  t.match(b.reply, /don't know/);
  t.notMatch(b.reply, /\$/, 'no price invented');
  for (const out of toolOutputs) t.not(out.answer, undefined);
});
