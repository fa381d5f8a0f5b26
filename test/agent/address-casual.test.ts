import t from 'tap';
import { buildTestApp, createTestBusiness } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';
import { knowledgeOf } from '../helpers/knowledge.js';
import { extractiveAnswer } from '../../src/agent/answer.js';

// QA as a visitor of a tutoring centre whose FAQ says "**Where are you located?** Our learning
// centre is at 210 Queen St W": "where r u" and "where are u guys" got "I don't know" (every word
// of them is a stop word); and "where is your office" never reached the business profile's
// address, because the casual reading had already turned it into "where is your address location".

t.test("a guide's address answers 'where r u'", async (t) => {
  const { hits, vocabulary } = knowledgeOf('FAQ', `**Where are you located?**
Our learning centre is at 210 Queen St W, Unit 4 (above the pharmacy). Free parking behind the building.

**What are your hours?**
Mon–Thu 3:30pm–8:30pm, Sat 9am–2pm.`);
  for (const q of ['where r u', 'where are u guys?', 'where are you located', 'wheres ur location']) t.match(extractiveAnswer(q, hits, { vocabulary })?.text, /210 Queen St W/, q);
  t.notMatch(extractiveAnswer('where are you going to park the van', hits, { vocabulary })?.text ?? '', /210 Queen/, 'a longer question is not rewritten');
});

t.test("the profile's address answers the same questions when the documents do not", async (t) => {
  const { app } = await buildTestApp(t, { config: { MAX_EVENT_LOOP_DELAY: 0 } });
  const biz = await createTestBusiness(app, { plan: 'PRO', name: 'Corner Tutors' });
  await app.deps.db.updateTable('businesses').set({ address: '9 Elm Road, Guelph' }).where('id', '=', biz.businessId).execute();
  const c = await agentChat(app.services.agent, biz.businessId, 'CHAT');
  for (const q of ['where r u', 'where is your office', 'where are you located?']) t.equal((await c.say(q)).reply, 'We are at 9 Elm Road, Guelph.', q);
});
