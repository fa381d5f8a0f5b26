import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { agentChat } from '../helpers/agent-chat.js';

// A question asked with an emergency, or right after the emergency reply, is answered from the
// business's knowledge while the emergency is handled (QA: the question after "my pipe burst"
// got no answer, only "just the essentials"). And a name typed in lower case is saved capitalised.

const { app } = await buildTestApp(t, { config: { SEED_DEMO: true, DEMO_OWNER_PASSWORD: 'demo-password-123', MAX_EVENT_LOOP_DELAY: 0 } });
const { db } = app.deps;
const demo = await db.selectFrom('businesses').select('id').where('name', '=', 'Demo Plumbing').executeTakeFirstOrThrow();

type Row = [emergency: string, question: string | null, answer: RegExp];
const rows: Row[] = [
  // the question in the same message: the answer sits between the line and the choice
  ['water is pouring out of the pipe under my sink, how fast can you get here?', null, /within 60 minutes/],
  ['i smell gas in the kitchen. how much is an emergency call-out?', null, /\$180/],
  // the question right after the emergency reply
  ['my pipe burst and the basement is flooding', 'how much is the emergency call out', /\$180/],
  ['theres sewage coming up through the shower drain', 'do you take checks?', /checks/i],
  // "gets here" / "show up" is arriving, not any duration (QA: answered with the 2-year warranty)
  ['water is pouring out from under my kitchen sink and wont stop!!', 'how long till someone gets here?', /within 60 minutes/],
];

t.test('a question with or after an emergency is answered, and the emergency goes on', async (t) => {
  for (const [emergency, question, answer] of rows) {
    const c = await agentChat(app.services.agent, demo.id);
    let r = await c.say(emergency);
    t.ok(r.emergency, `${JSON.stringify(emergency)}: handled as an emergency`);
    if (question) {
      t.notMatch(r.reply, answer, 'not answered before it is asked');
      r = await c.say(question);
      t.match(r.reply, /What is your name\?/, `${JSON.stringify(question)}: the essentials follow the answer`);
      t.ok(r.emergency, 'the call card stays up');
    } else {
      t.match(r.reply, /emergency line/i, 'the emergency line is still given');
      t.match(r.reply, /quick questions/i, 'and the choice');
    }
    t.match(r.reply, answer, `${JSON.stringify(question ?? emergency)}: answered`);
  }
});

t.test('the safety instruction is not repeated as an "answer" to "what do I do?"', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  const r = await c.say('i smell gas what do i do');
  t.ok(r.emergency);
  t.equal(r.reply.match(/leave the building/g)?.length, 1, r.reply);
});

t.test('a request in a question\'s clothes is not looked up; a lower-case name is saved capitalised', async (t) => {
  const c = await agentChat(app.services.agent, demo.id);
  let r = await c.say('a pipe burst in the kitchen, can someone come now?');
  t.ok(r.emergency);
  t.notMatch(r.reply, /don't know/i);
  r = await c.say('Quick questions');
  r = await c.say('carl diaz');
  t.match(r.reply, /Thanks/);
  r = await c.say('415 555 7788');
  r = await c.say('1 River Road');
  t.ok(r.lead, 'lead written');
  t.match(r.reply, /Thanks, Carl\b/);
  const lead = await db.selectFrom('leads').select('name').where('id', '=', r.lead!.id).executeTakeFirstOrThrow();
  t.equal(lead.name, 'Carl Diaz');
});

t.test('"what do I do" inside the emergency sentence gets the safety instruction once and nothing about another hazard', async (t) => {
  for (const said of ['i smell gas in my kitchen what do i do', 'theres a gas smell in the basement, what should we do??']) {
    const c = await agentChat(app.services.agent, demo.id);
    const r = await c.say(said);
    t.ok(r.emergency);
    t.equal(r.reply.match(/leave the building/g)?.length, 1, `${said}: ${r.reply}`);
    t.notMatch(r.reply, /pipe bursts/, 'QA: the burst-pipe advice followed the gas advice');
  }
});
