import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { startOpenAiFake } from '../helpers/openai-fake.js';

// L12: embeddings are paid tokens: they count in the business's daily OpenAI budget, and once
// it is spent no more embedding calls are made for that business (search falls back to full
// text, ingestion marks the item FAILED).

const fake = await startOpenAiFake(t);
fake.model = () => ({ content: 'model answer' });
const { app } = await buildTestApp(t, { config: { OPENAI_API_KEY: fake.apiKey, OPENAI_BASE_URL: fake.baseURL, OPENAI_DAILY_TOKEN_BUDGET: 60 } });
const { db } = app.deps;
const budget = app.services.ai.budget;

t.test('ingestion and search spend the budget; past it no embedding call is made', async (t) => {
  const b = await createTestBusiness(app, { plan: 'PRO' });
  // Three sections, searched for one: the question is embedded (a knowledge base no bigger than
  // what is asked for comes back whole without it).
  const content = '# Prices\nA call-out costs $89.\n\n# Hours\nWe open at 8 am.\n\n# Area\nWe cover Springfield.';
  const item = await db.insertInto('knowledge_items').values({ business_id: b.businessId, title: 'Prices', content, source: 'MARKDOWN' }).returning('id').executeTakeFirstOrThrow();
  t.ok((await app.services.knowledge.ingestItem(b.businessId, item.id)).chunks > 1, 'more chunks than the searches below ask for');
  const afterIngest = await budget.used(b.businessId);
  t.ok(afterIngest > 0, `ingestion counted ${afterIngest} tokens`);
  await app.services.knowledge.search(b.businessId, 'call-out price', 1);
  t.ok((await budget.used(b.businessId)) > afterIngest, 'the query embedding counted too');
  await budget.spend(b.businessId, 1000);
  const calls = fake.embeddingRequests.length;
  const hits = await app.services.knowledge.search(b.businessId, 'call-out price', 1);
  t.equal(fake.embeddingRequests.length, calls, 'no embedding call once the budget is spent');
  t.equal(hits[0]?.title, 'Prices', 'full-text search still answers');
  const other = await createTestBusiness(app, { plan: 'PRO' });
  const otherItem = await db.insertInto('knowledge_items').values({ business_id: other.businessId, title: 'Other', content, source: 'MARKDOWN' }).returning('id').executeTakeFirstOrThrow();
  await app.services.knowledge.ingestItem(other.businessId, otherItem.id);
  const otherCalls = fake.embeddingRequests.length;
  t.equal(otherCalls, calls + 1, "another business's ingestion is embedded");
  await app.services.knowledge.search(other.businessId, 'anything', 1);
  t.equal(fake.embeddingRequests.length, otherCalls + 1, "another business's budget is its own");
});
