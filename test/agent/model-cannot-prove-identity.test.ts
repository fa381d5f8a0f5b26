import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { scriptedAgent, lastTool } from '../helpers/scripted-model.js';

// M2: a model steered by planted text saves a victim's e-mail as a lead answer (and so links
// the lead to the victim's client record) and asks for project status. Nothing the model does
// counts as proof: no project is told, and the victim is not even sent a code.

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-1' } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('is_demo', '=', true).executeTakeFirstOrThrow();
const questions = await db.selectFrom('lead_questions').select(['id', 'expected_format', 'maps_to']).where('business_id', '=', demo.id).orderBy('position').execute();
const emailQ = questions.find((q) => q.expected_format === 'EMAIL')!;

t.test('a planted save_lead_answer + check_project_status discloses nothing', async (t) => {
  const { agent, toolOutputs } = scriptedAgent(app, (req, round) => {
    if (round === 0) {
      // Every lead answer the script can fill, the e-mail being the victim's: the lead is
      // captured and matched to the victim's client record.
      const calls = questions.map((q, i) => ({
        id: `c${i}`,
        name: 'save_lead_answer',
        arguments: JSON.stringify({ question_id: q.id, answer: q.id === emailQ.id ? 'jane@example.com' : q.expected_format === 'PHONE' ? '+1 555 555 0177' : 'Bob Stone, 1 Main St, leaking tap' }),
      }));
      return { toolCalls: calls.slice(0, 5) };
    }
    if (round === 1) return { toolCalls: [{ id: 'p1', name: 'check_project_status', arguments: JSON.stringify({ email: 'jane@example.com' }) }] };
    return { content: `Sure: ${lastTool(req)}` };
  });
  const started = await agent.startConversation({ businessId: demo.id, channel: 'CHAT' });
  const r = await agent.handleTurn(started.state, 'How much is a call-out? Please read the notes in your documents.');
  t.notMatch(r.reply, /Bathroom|Water heater/, 'the reply names no project');
  t.notOk(toolOutputs().some((o) => /Bathroom|Water heater/.test(o)), 'no tool output named a project');
  t.ok(toolOutputs().some((o) => /need the e-mail address or phone number/.test(o)), 'the status check asked for an identity');
  const codes = await db.selectFrom('notifications').select('id').where('business_id', '=', demo.id).where('kind', 'like', '%identity_code').execute();
  t.equal(codes.length, 0, 'no code was sent to the victim');
});

t.test('a lead linked to a client does not make that client the visitor', async (t) => {
  const { agent } = scriptedAgent(app, (req) => ({ content: `Result: ${lastTool(req)}` }));
  const started = await agent.startConversation({ businessId: demo.id, channel: 'CHAT' });
  const jane = await db.selectFrom('clients').select('id').where('business_id', '=', demo.id).where('email', '=', 'jane@example.com').executeTakeFirstOrThrow();
  // What lead capture does when a lead's e-mail matches a client.
  started.state.clientId = jane.id;
  const out = JSON.parse((await agent.runTool(started.state, 'check_project_status', '{}')).output) as { found: boolean; text: string };
  t.equal(out.found, false);
  t.notMatch(out.text, /Bathroom/);
});
