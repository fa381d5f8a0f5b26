import { readFileSync } from 'node:fs';
import type { buildTestApp } from './app.js';

type App = Awaited<ReturnType<typeof buildTestApp>>['app'];

/**
 * A business signed up through the API as an owner would (optionally with a trade), raised to PRO
 * (knowledge answers are a paid feature) as the platform operator would, with one of the guides in
 * test/fixtures/guides/ as its knowledge, ingested. Returns its id.
 */
export async function businessWithGuide(app: App, opts: { name: string; guide: string; trade?: string; title?: string; remoteAddress: string }): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: opts.remoteAddress,
    payload: {
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { businessId } }',
      variables: { input: { businessName: opts.name, email: `guide-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, password: 'a good long password', ...(opts.trade ? { trade: opts.trade } : {}) } },
    },
  });
  const businessId = res.json().data.signUp.businessId as string;
  await app.deps.db.updateTable('businesses').set({ plan: 'PRO' }).where('id', '=', businessId).execute();
  await app.deps.db
    .insertInto('knowledge_items')
    .values({ business_id: businessId, title: opts.title ?? opts.name, source: 'MARKDOWN', content: readFileSync(new URL(`../fixtures/guides/${opts.guide}`, import.meta.url), 'utf8') })
    .execute();
  await app.services.knowledge.ingestPending(10);
  return businessId;
}
