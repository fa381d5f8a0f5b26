import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { questionDropOff } from '../../src/dashboard/analytics.js';
import { saveCallLead } from '../../src/voice/call-tools.js';

// "Questions leads leave unanswered" (dashboard, advanced; once "Where visitors stop answering"): a question counts as answered in
// every shape a lead's answers are stored in. It used to count only the lead columns and keys
// named after a question's id, so the visit time and every custom question read 100% dropped
// although visitors answered them.

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0, CHAT_RATE_LIMIT_PER_MINUTE: 1000 } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select(['id', 'timezone']).where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();
const range = () => ({ businessId: demo.id, from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000), timezone: demo.timezone });
const byQuestion = async () => Object.fromEntries((await questionDropOff(db, range())).questions.map((q) => [q.question, q.answered]));

// The visit time is given in the first message ("this week"), so the agent never asks for it:
// that still counts as the time question answered.
t.test('a chat lead: answered questions count, the skipped e-mail does not', async (t) => {
  const started = await app.inject({ method: 'POST', url: '/api/chat', payload: { businessId: demo.id } });
  const sid = started.json().sessionId as string;
  let last = '';
  for (const text of ['my water heater is leaking a bit, can someone come look at it this week', 'Sam Rivera', '720 555 0143', 'skip', '45 Elm St, Springfield']) {
    const res = await app.inject({ method: 'POST', url: `/api/chat/${sid}/message`, payload: { text } });
    t.equal(res.statusCode, 200, text);
    last = res.json().reply;
  }
  t.match(last, /passed your request/, 'the lead was taken');
  const answered = await byQuestion();
  t.same(answered, {
    'What is your name?': 1,
    'What is the best phone number to reach you?': 1,
    'What is your e-mail address?': 0,
    'What is the address of the property?': 1,
    'Briefly, what is the problem?': 1,
    'When would suit you for a visit?': 1,
  });
  const stored = await db.selectFrom('leads').select('captured_data').where('business_id', '=', demo.id).executeTakeFirstOrThrow();
  const visit = await db.selectFrom('lead_questions').select('id').where('business_id', '=', demo.id).where('maps_to', '=', 'PREFERRED_TIME').executeTakeFirstOrThrow();
  t.ok((stored.captured_data as { answers: Array<{ questionId: string }> }).answers.some((a) => a.questionId === visit.id), 'chat answers carry their question id');
});

t.test("a call lead: the model's answers keyed by the question's text and preferred_time count too", async (t) => {
  const pets = await db
    .insertInto('lead_questions')
    .values({ business_id: demo.id, position: 6, question: 'Any pets at the property?', expected_format: 'TEXT', required: false, maps_to: null, essential_for_emergency: false })
    .returning('id')
    .executeTakeFirstOrThrow();
  const call = await db.insertInto('conversations').values({ business_id: demo.id, channel: 'CALL' }).returning('id').executeTakeFirstOrThrow();
  await saveCallLead(app.services.leads, { businessId: demo.id, conversationId: call.id, fromNumber: '+14155552671', leadIds: [] }, {
    name: 'Lee Park',
    address: '9 Pine Rd',
    issue: 'dripping kitchen tap',
    preferred_time: 'friday morning',
    answers: { 'Any pets at the property?': 'a dog' },
  });
  const answered = await byQuestion();
  t.same(answered, {
    'What is your name?': 2,
    'What is the best phone number to reach you?': 2,
    'What is your e-mail address?': 0,
    'What is the address of the property?': 2,
    'Briefly, what is the problem?': 2,
    'When would suit you for a visit?': 2,
    'Any pets at the property?': 1,
  });
  const rows = (await questionDropOff(db, range())).questions;
  t.equal(rows.find((q) => q.questionId === pets.id)!.dropOffRate, 0.5);
  t.equal(rows.find((q) => /e-mail/.test(q.question))!.dropOffRate, 1);
  // (The console marks the optional ones: a skipped optional question is no visitor giving up.)
  t.same(
    rows.map((q) => [q.question, q.required]),
    [
      ['What is your name?', true],
      ['What is the best phone number to reach you?', true],
      ['What is your e-mail address?', false],
      ['What is the address of the property?', true],
      ['Briefly, what is the problem?', true],
      ['When would suit you for a visit?', false],
      ['Any pets at the property?', false],
    ],
  );
});
